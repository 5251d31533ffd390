"""Which inputs a list of paths names, and which format each one is in.

:func:`expand` turns the paths given on a command line into inputs: a file stays itself; a folder is
walked recursively in sorted order, skipping hidden files and folders (names starting with ``.``)
and not following symlinked folders; a glob pattern (``data/*.txt``, ``data/**/*.jsonl``) expands to
its sorted matches, hidden ones skipped; ``-`` is standard input. A file named twice is read once.
A path that matches nothing, or a folder with no files, becomes one :class:`InputError`; so does a URL
(``https://…``, ``file://…``) that names no file here: nothing is fetched or read through a URL.

:func:`detect_format` picks the reader in ``auto`` mode: by extension first (``.txt``/``.text`` →
text, ``.html``/``.htm``/``.xhtml`` → html, ``.xml``/``.rss``/``.atom`` → feed, ``.jsonl``/``.ndjson``
→ jsonl), then — for other extensions, no extension and standard input — by sniffing the start of
the content (``<?xml``/``<rss``/``<feed`` → feed, ``<!doctype html``/``<html`` → html, a first
non-blank line holding a JSON object → jsonl), falling back to text.
"""

from __future__ import annotations

import glob
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from strife.errors import InputError

InputFormat = Literal["auto", "text", "html", "feed", "jsonl"]
Format = Literal["text", "html", "feed", "jsonl"]
FORMATS: tuple[InputFormat, ...] = ("auto", "text", "html", "feed", "jsonl")

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

_BY_EXTENSION: dict[str, Format] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
_GLOB_CHARS = re.compile(r"[*?\[]")
_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+)://")  # a scheme and "://"
_FIRST_TAG = re.compile(r"<\s*([a-z][\w:.-]*)")
_MARKUP_NOISE = re.compile(r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!(?!doctype)[^>]*>)*", re.S)
_FIRST_LINE = re.compile(r"[^\s\ufeff][^\n]*")
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf", "channel"}
_HTML_TAGS = {"html", "head", "body", "div", "p", "article", "main", "section", "meta", "title", "span"}


@dataclass(frozen=True)
class Source:
    """One input to read: a file path, or standard input when ``path`` is ``-``."""

    path: str

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    @property
    def origin(self) -> str:
        return STDIN_ORIGIN if self.is_stdin else self.path


def _hidden(name: str) -> bool:
    return name.startswith(".") and name not in (".", "..")


def _walk(folder: str) -> Iterator[str]:
    """Files under a folder, recursively, sorted, hidden ones and symlinked folders skipped."""
    for root, dirs, files in os.walk(folder, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if not _hidden(name):
                yield os.path.join(root, name)


def _expand_one(path: str) -> Iterator[str] | InputError:
    if path == STDIN:
        return iter([STDIN])
    if os.path.isdir(path):
        found = list(_walk(path))
        if not found:
            return InputError(path, "folder holds no files to read (hidden files are skipped)")
        return iter(found)
    if not os.path.lexists(path) and (refused := _url_refusal(path)) is not None:
        return InputError(path, refused)
    if os.path.lexists(path) or not _GLOB_CHARS.search(path):
        # A file, or a missing path the reader reports as such.
        return iter([path])
    matches: list[str] = []
    # glob's wildcards do not match hidden names; folders matched are walked like folders given.
    for match in sorted(glob.glob(path, recursive=True)):
        matches.extend(sorted(_walk(match)) if os.path.isdir(match) else [match])
    if not matches:
        return InputError(path, "pattern matches no files; check the path (and quote the pattern)")
    return iter(matches)


def _url_refusal(path: str) -> str | None:
    """Why a URL given where a file is read is refused (None when ``path`` is no URL): files are read
    from the disk by their path, feeds are followed by ``strife watch``, and nothing else is fetched."""
    found = _URL.match(path)
    if found is None:
        return None
    if found.group(1).lower() == "file":
        return "is a file:// URL; give the file's path instead"
    if found.group(1).lower() in ("http", "https"):
        return "is a web address, and only files are read here; follow a feed with `strife watch URL`"
    return f"is a URL ({found.group(1)}://), which strife does not read; give a file's path"


def expand(paths: list[str], exclude: Sequence[str] = ()) -> Iterator[Source | InputError]:
    """Every input the paths name, in order; an :class:`InputError` for each that names nothing.

    Files in ``exclude`` are passed over without a word.
    """
    seen: set[str] = {os.path.realpath(path) for path in exclude}
    for path in paths:
        found = _expand_one(path)
        if isinstance(found, InputError):
            yield found
            continue
        for item in found:
            key = item if item == STDIN else os.path.realpath(item)
            if key in seen and item != STDIN:
                continue
            seen.add(key)
            yield Source(item)


def format_by_extension(path: str) -> Format | None:
    """The format a file name's extension says, or None (no extension, unknown one, stdin)."""
    if path == STDIN:
        return None
    return _BY_EXTENSION.get(os.path.splitext(path)[1].lower())


def sniff_format(text: str) -> Format:
    """The format the start of a text looks like: feed, html, jsonl, or text."""
    head = text[:4096].lstrip("\ufeff \t\r\n")
    if head.startswith("<"):
        lowered = head.lower()
        if lowered.startswith("<?xml"):
            rest = _MARKUP_NOISE.sub("", lowered, count=1)
            if rest.startswith("<!doctype html"):
                return "html"
            tag = _FIRST_TAG.match(rest)
            return "html" if tag and tag[1] in _HTML_TAGS else "feed"
        rest = _MARKUP_NOISE.sub("", lowered, count=1)
        if rest.startswith("<!doctype html"):
            return "html"
        tag = _FIRST_TAG.match(rest)
        if tag and tag[1] in _FEED_ROOTS:
            return "feed"
        if tag and tag[1] in _HTML_TAGS:
            return "html"
        return "text"
    first = _FIRST_LINE.search(text)
    if first is not None and first[0].startswith("{"):
        try:
            if isinstance(json.loads(first[0]), dict):
                return "jsonl"
        except ValueError:
            pass
    return "text"


def detect_format(path: str, text: str) -> Format:
    """The format of one input in ``auto`` mode: the extension's, else the sniffed one."""
    return format_by_extension(path) or sniff_format(text)
