"""Bytes in, text out: bounded reading, binary detection and decoding of one input.

Every reader goes through :func:`load_file` or :func:`load_stream`, so the same checks guard every
format: a file over the size limit is refused from its ``stat`` size before a byte is read (and a
stream is never read past the limit), empty and whitespace-only inputs, binary data (NUL bytes or
many control characters) and bytes that are text in no known encoding are refused with an
:class:`~strife.errors.InputError` that says what to do.

Decoding order: a byte-order mark, then UTF-8; a file that is *mostly* UTF-8 (it holds valid
multi-byte UTF-8 sequences, and no more invalid ones than valid) is read as UTF-8 with each bad
byte sequence replaced by U+FFFD and a warning naming the byte offsets; only a file that is not
mostly UTF-8 goes on to the encoding the document declares (``<?xml encoding=…>`` or
``<meta charset=…>``), then charset_normalizer's best guess. (Before, a UTF-8 file with one bad
byte was guessed to be in a DOS code page: "charg├®".)

``nul_ok`` (JSON Lines): NUL bytes do not make the whole input binary; the JSON Lines reader judges
each line. Many control characters still do.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from typing import BinaryIO

from strife.errors import InputError

_GIVE_TEXT = "give a text, HTML, feed or JSON Lines file"
_CHUNK = 1 << 20
_SAMPLE = 1 << 16
_CONTROL_RATIO = 0.10
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED = re.compile(
    rb"""(?:<\?xml[^>]*?encoding|<meta[^>]*?charset)\s*=\s*["']?([A-Za-z0-9._:-]{2,40})""", re.IGNORECASE
)
# Bytes that plain text does not hold: C0 controls other than \t \n \v \f \r, ESC allowed, and DEL.
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])


_REPLACEMENT = "\ufffd"
_SHOWN_OFFSETS = 5


@dataclass(frozen=True)
class Loaded:
    """One input read and decoded: the raw bytes (for parsers that decode themselves), the text,
    and what the user should be warned of (bytes replaced)."""

    data: bytes
    text: str
    warnings: tuple[str, ...] = ()


def human_size(size: int) -> str:
    """A byte count as people read it: ``52 MB``, ``3.5 kB``, ``120 bytes``."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}".replace(".0 ", " ")
    return f"{size} bytes"


def _too_big(size: int | None, limit: int) -> str:
    shown, cap = human_size(size) if size is not None else None, human_size(limit)
    if shown is not None and shown == cap:
        shown = f"{size:,} bytes"
        cap = f"{limit:,} bytes"
    where = f"is {shown}, over the {cap} limit" if shown else f"is over the {cap} limit"
    return f"{where}; split it or raise max_input_bytes"


def read_bounded(stream: BinaryIO, limit: int) -> bytes | None:
    """At most ``limit`` bytes of the stream; None when it holds more (it is read only to limit + 1)."""
    chunks: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return None if total > limit else b"".join(chunks)


def _looks_binary(data: bytes, nul_ok: bool = False) -> str | None:
    if b"\x00" in data and not nul_ok:
        return "NUL bytes"
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls > _CONTROL_RATIO * len(sample):
        return f"{controls * 100 // len(sample)}% control characters"
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer comes with trafilatura
        return None
    best = from_bytes(data).best()
    return None if best is None else str(best)


def mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """``data`` as UTF-8 with bad sequences replaced, and the warning to give, when it is mostly UTF-8.

    Mostly UTF-8: it holds valid multi-byte sequences and no more bad sequences than valid ones.
    None when it is not (a file in Latin-1 or a DOS code page has no valid multi-byte sequences).
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))
    multibyte = len(text) - len(text.encode("ascii", errors="ignore")) - text.count(_REPLACEMENT)
    if bad <= 0 or multibyte < bad:
        return None
    offsets = _bad_offsets(data, _SHOWN_OFFSETS)
    shown = ", ".join(str(o) for o in offsets) + (
        f" and {bad - len(offsets)} more" if bad > len(offsets) else ""
    )
    where = "byte offset" if bad == 1 else "byte offsets"
    what = (
        "1 byte sequence that is not UTF-8 was"
        if bad == 1
        else f"{bad} byte sequences that are not UTF-8 were"
    )
    return text, f"{what} read as U+FFFD (at {where} {shown}); the rest is UTF-8"


def _bad_offsets(data: bytes, most: int) -> list[int]:
    """Byte offsets of the first ``most`` sequences that are not UTF-8."""
    offsets: list[int] = []
    decoder = codecs.getincrementaldecoder("utf-8")()
    pos = 0
    while len(offsets) < most and pos < len(data):
        try:
            decoder.decode(data[pos:], final=True)
            break
        except UnicodeDecodeError as exc:
            offsets.append(pos + exc.start)
            pos += exc.end
            decoder.reset()
    return offsets


def decode(data: bytes, origin: str, *, nul_ok: bool = False) -> str:
    """The text of ``data``, or :class:`InputError` when it is empty, binary or not text."""
    return decode_with_warnings(data, origin, nul_ok=nul_ok)[0]


def decode_with_warnings(data: bytes, origin: str, *, nul_ok: bool = False) -> tuple[str, tuple[str, ...]]:
    """The text of ``data`` and the warnings to give about it (bytes replaced); :class:`InputError`
    when it is empty, binary or not text."""
    if not data:
        raise InputError(origin, "is empty; nothing to read")
    text: str | None = None
    warnings: tuple[str, ...] = ()
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data, encoding)
            break
    else:
        if (why := _looks_binary(data, nul_ok)) is not None:
            raise InputError(origin, f"looks like a binary file ({why}), not text; {_GIVE_TEXT}")
        text = _try(data, "utf-8")
        if text is None and (mostly := mostly_utf8(data)) is not None:
            text, warnings = mostly[0], (mostly[1],)
        if text is None and (declared := _DECLARED.search(data[:4096])) is not None:
            text = _try(data, declared[1].decode("ascii"))
        if text is None:
            text = _guess(data)
    if text is None or ("\x00" in text and not nul_ok):
        raise InputError(origin, "is not valid text in any known encoding; convert it to UTF-8")
    if not text.strip():
        raise InputError(origin, "holds only whitespace; nothing to read")
    return text.lstrip("\ufeff"), warnings


def load_stream(stream: BinaryIO, origin: str, max_bytes: int, *, nul_ok: bool = False) -> Loaded:
    """Read and decode a stream (stdin, a pipe) without reading past ``max_bytes``."""
    try:
        data = read_bounded(stream, max_bytes)
    except OSError as exc:
        raise InputError(origin, f"cannot be read ({exc.strerror or exc})") from exc
    if data is None:
        raise InputError(origin, _too_big(None, max_bytes))
    return Loaded(data, *decode_with_warnings(data, origin, nul_ok=nul_ok))


def load_file(path: str, max_bytes: int, origin: str | None = None, *, nul_ok: bool = False) -> Loaded:
    """Read and decode one file, refusing it by its size before reading when it is too big."""
    name = origin or path
    try:
        info = os.stat(path)
    except FileNotFoundError as exc:
        raise InputError(name, "no such file; check the path") from exc
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from exc
    if stat.S_ISDIR(info.st_mode):
        raise InputError(name, "is a folder, not a file")
    if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
        raise InputError(name, _too_big(info.st_size, max_bytes))
    try:
        with open(path, "rb") as stream:
            return load_stream(stream, name, max_bytes, nul_ok=nul_ok)
    except OSError as exc:
        raise InputError(name, f"cannot be read ({exc.strerror or exc})") from exc
