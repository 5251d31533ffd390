"""Readers: files, folders, patterns and standard input into :class:`~strife.record.RawArticle` records.

>>> for item in read_inputs(["news/", "feeds/*.xml", "-"]):
...     if isinstance(item, InputError):
...         report(item)        # a bad input: reported, the rest goes on
...     else:
...         handle(item)        # a RawArticle

Formats (``fmt``): ``text`` (wire dispatches, :mod:`strife.readers.wire`), ``html``
(:mod:`strife.readers.html`), ``feed`` — RSS/Atom (:mod:`strife.readers.feed`), ``jsonl``
(:mod:`strife.readers.jsonl`), or ``auto`` to choose per input by extension, then by content
(:mod:`strife.readers.sources`).

Bad inputs are yielded as :class:`~strife.errors.InputError` (never raised): a path that names
nothing, a missing, unreadable, empty, binary or undecodable file, one over ``max_bytes`` (refused
from its size before it is read), a broken feed, HTML without article text, a bad JSON line or feed
item. ``origin`` on each record says where it came from: the path, ``path:LINE`` for JSON Lines,
the item link or ``path#N`` for feed items, ``<stdin>`` for standard input.

Readers leave ``id`` unset unless the input gives one; the pipeline derives it from the body.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from strife.errors import InputError, InputWarning
from strife.readers.decode import Loaded, load_file, load_stream
from strife.readers.feed import read_feed
from strife.readers.html import parse_html
from strife.readers.jsonl import read_jsonl
from strife.readers.sources import (
    FORMATS,
    Format,
    InputFormat,
    Source,
    expand,
    format_by_extension,
    sniff_format,
)
from strife.readers.wire import parse_wire
from strife.record import RawArticle

__all__ = ["InputError", "InputFormat", "RawArticle", "parse_wire", "read_data", "read_inputs"]


def _load(
    source: Source, max_bytes: int, stdin: BinaryIO | None, nul_ok: bool, data: bytes | None = None
) -> Loaded:
    if data is not None:  # read elsewhere (Ray Data)
        return load_stream(io.BytesIO(data), source.origin, max_bytes, nul_ok=nul_ok)
    if source.is_stdin:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return load_stream(stream, source.origin, max_bytes, nul_ok=nul_ok)
    return load_file(source.path, max_bytes, nul_ok=nul_ok)


def _read_one(
    source: Source,
    fmt: InputFormat,
    max_bytes: int,
    stdin: BinaryIO | None,
    allow_private: bool,
    data: bytes | None = None,
) -> Iterator[RawArticle | InputError]:
    origin = source.origin
    try:
        known = fmt if fmt != "auto" else format_by_extension(source.path)
        # JSON Lines is judged line by line: a NUL byte spoils its line, not the file. Until the
        # format is known (sniffed from the content) NUL bytes are let through, then judged.
        loaded = _load(source, max_bytes, stdin, nul_ok=known in ("jsonl", None), data=data)
        kind: Format = known or sniff_format(loaded.text)
        if kind != "jsonl" and "\x00" in loaded.text:
            raise InputError(
                origin,
                "looks like a binary file (NUL bytes), not text; give a text, HTML, feed or JSON Lines file",
            )
        for warning in loaded.warnings:
            yield InputWarning(origin, warning)
        if kind == "text":
            yield parse_wire(loaded.text, origin)
        elif kind == "html":
            yield parse_html(loaded.text, origin)
        elif kind == "feed":
            # Local pages only for a feed file (under its folder); a feed on stdin links to the web only.
            base_dir = None if source.is_stdin else os.path.dirname(os.path.abspath(source.path))
            yield from read_feed(
                loaded.data, origin, base_dir=base_dir, max_bytes=max_bytes, allow_private=allow_private
            )
        else:
            yield from read_jsonl(loaded.text, origin)
    except InputError as exc:
        yield exc
    except MemoryError:
        yield InputError(origin, "is too large to read in the memory available; split it")
    except Exception as exc:  # a parser choking on hostile content must not end the whole run
        yield InputError(origin, f"could not be read ({type(exc).__name__}: {exc})")


def read_data(
    data: bytes,
    path: str,
    fmt: InputFormat = "auto",
    *,
    max_bytes: int = 20_000_000,
    allow_private_urls: bool = False,
) -> Iterator[RawArticle | InputError]:
    """What the file ``path`` holds, from its bytes read elsewhere (Ray Data's ``read_binary_files``):
    the same checks, format choice, warnings and origins as :func:`read_inputs` gives that file."""
    return _read_one(Source(path), fmt, max_bytes, None, allow_private_urls, data)


def read_inputs(
    paths: Sequence[str],
    fmt: InputFormat = "auto",
    *,
    max_bytes: int = 20_000_000,
    stdin: BinaryIO | None = None,
    exclude: Sequence[str] = (),
    allow_private_urls: bool = False,
) -> Iterator[RawArticle | InputError]:
    """Every article the paths hold, in order, with an :class:`InputError` for each bad input.

    ``paths``: files, folders (recursive, sorted, hidden names skipped), glob patterns, ``-`` for
    standard input (``stdin`` if given, else ``sys.stdin.buffer``). ``fmt`` forces one format for all
    inputs or, with ``auto``, picks each input's. ``max_bytes`` caps the size of any one input.
    ``exclude``: files never to read (such as the store's own database in a folder being read).
    ``allow_private_urls``: accept feed items linking to loopback, link-local or private addresses
    (:mod:`strife.readers.links`).
    An unknown ``fmt`` or a ``max_bytes`` below 1 raises :class:`ValueError` at once.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown input format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, not {max_bytes}")
    names = [paths] if isinstance(paths, str) else [os.fspath(path) for path in paths]
    return _read_all(names, fmt, max_bytes, stdin, exclude, allow_private_urls)


def _read_all(
    names: list[str],
    fmt: InputFormat,
    max_bytes: int,
    stdin: BinaryIO | None,
    exclude: Sequence[str],
    allow_private: bool,
) -> Iterator[RawArticle | InputError]:
    for found in expand(names, exclude):
        if isinstance(found, InputError):
            yield found
        else:
            yield from _read_one(found, fmt, max_bytes, stdin, allow_private)
