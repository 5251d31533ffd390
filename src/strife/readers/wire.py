"""Plain-text wire dispatches: front matter, dateline, headline, body.

A dispatch reads, top to bottom (every part but the body is optional)::

    Outlet: Example Wire            <- front matter: "Key: value" lines (keys below)
    URL: https://example.org/a/1
    Jan 13, 2022 09:19 UTC          <- dateline: a date, optional time and zone, nothing else
      • Headline of the dispatch    <- headline: a bulleted line (•, -, *, –, ·) …
                                       … or a short single-line paragraph with no final period
    First paragraph, possibly
    wrapped over lines.

    Second paragraph.

Front-matter keys (case-insensitive): ``Outlet``/``Source``/``Publisher`` → outlet, ``URL``/``Link`` →
url, ``Headline``/``Title`` → headline, ``Published``/``Date`` → published, ``ID`` → id.

Datelines may carry a weekday and a ``Published:``/``Updated:`` label; dates as ``Jan 13, 2022``,
``13 January 2022``, ``2022-01-13``, ``13/01/2022``; times as ``09:19``, ``9:19 am``, ``14h05``; zones
as ``UTC``/``GMT``/common abbreviations, ``+0300``/``+03:00`` or ``GMT+3``. A dateline may also follow
the headline. ``published`` is in UTC (no zone = UTC, no time = midnight).

The dateline and headline never join the body. The body is the remaining paragraphs (blank-line
separated) with each paragraph's line-wraps joined by one space, joined with a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from strife.errors import DateRangeError, InputError
from strife.readers.dates import ZONES, parse_datetime, parse_full_date
from strife.record import RawArticle

_FRONT_KEYS = {
    "outlet": "outlet",
    "source": "outlet",
    "publisher": "outlet",
    "url": "url",
    "link": "url",
    "headline": "headline",
    "title": "headline",
    "published": "published",
    "date": "published",
    "id": "id",
}
# No lazy quantifier before a trailing \s*$: values are stripped in Python, so a hostile line of
# spaces cannot make the match quadratic.
_FRONT_LINE = re.compile(r"^\s*(" + "|".join(_FRONT_KEYS) + r")\s*:\s*(\S.{0,300})$", re.IGNORECASE)
_BULLET = re.compile(r"^\s*[•*·▪●–-]\s+(\S.*)$")
_HEADLINE_MAX = 200
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’»)\]]*$")

_DATELINE_MAX = 80
_DATELINE_LABEL = re.compile(
    r"^\s*(?:published|updated|last updated|posted|date|dated)\b\s*(?:on|at)?\s*:?\s*", re.IGNORECASE
)
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?"
    r"|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)
_ZONE_NAMES = "|".join(sorted(ZONES, key=len, reverse=True))
_DATELINE_TOKEN = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z\b|[+-]\d{2}:?\d{2}\b)?"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b"
    r"|\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\b\.?)?"
    r"|\b\d{1,2}\s*[ap]\.?m\b\.?"
    r"|\b(?:UTC|GMT)\s*[+-]\s*\d{1,2}(?::?\d{2})?\b"
    r"|[+-]\d{2}:?\d{2}\b"
    r"|\b\d{1,4}(?:st|nd|rd|th)?\b"
    rf"|\b(?:{_MONTHS})\b\.?"
    rf"|\b(?:{_WEEKDAYS})\b\.?"
    rf"|\b(?:{_ZONE_NAMES})\b"
    r"|\b(?:at|on|of|the)\b",
    re.IGNORECASE,
)
_DATELINE_REST = re.compile(r"^[\s,|/()–—-]*$")
_HAS_YEAR = re.compile(r"(?<!\d)(?:1[89]|20|21)\d{2}(?!\d)")


@dataclass
class _Header:
    outlet: str | None = None
    url: str | None = None
    headline: str | None = None
    published: datetime | None = None
    id: str | None = None


def parse_dateline(line: str) -> datetime | None:
    """The UTC datetime a dateline line gives, or None when the line is not only a date."""
    text = line.strip()
    if not 6 <= len(text) <= _DATELINE_MAX or not _HAS_YEAR.search(text):
        return None
    text = _DATELINE_LABEL.sub("", text)
    if not _DATELINE_REST.match(_DATELINE_TOKEN.sub(" ", text)):
        return None
    return parse_full_date(text)


def _is_blank(line: str) -> bool:
    return not line.strip()


def _skip_blank(lines: list[str], pos: int) -> int:
    while pos < len(lines) and _is_blank(lines[pos]):
        pos += 1
    return pos


def _read_front_matter(lines: list[str], pos: int, header: _Header, origin: str) -> int:
    while pos < len(lines):
        match = _FRONT_LINE.match(lines[pos])
        if not match:
            break
        key, value = _FRONT_KEYS[match[1].lower()], match[2].strip()
        if key == "published":
            try:
                published = parse_datetime(value)
            except DateRangeError as exc:
                raise InputError(origin, f"front-matter date {exc}") from None
            if published is None:
                raise InputError(origin, f"front-matter date {value!r} is not a date; write e.g. 2022-01-13")
            header.published = published
        else:
            setattr(header, key, value)
        pos += 1
    return pos


def _plain_headline(lines: list[str], pos: int) -> str | None:
    """The line at ``pos`` when it is a short one-line paragraph with no final punctuation, followed
    by more text."""
    line = lines[pos].strip()
    if len(line) > _HEADLINE_MAX or _SENTENCE_END.search(line):
        return None
    if pos + 1 >= len(lines) or not _is_blank(lines[pos + 1]):
        return None
    if _skip_blank(lines, pos + 1) >= len(lines):
        return None  # the only paragraph: that is the body, not a headline
    return line


def _read_header(lines: list[str], pos: int, header: _Header) -> int:
    """Dateline and headline, in either order; returns the first body line."""
    pos = _skip_blank(lines, pos)
    for _ in range(2):
        if pos >= len(lines):
            break
        line = lines[pos]
        if header.published is None and (published := parse_dateline(line)) is not None:
            header.published = published
        elif header.headline is None and (bullet := _BULLET.match(line)) and not _next_is_bullet(lines, pos):
            header.headline = bullet[1].strip()
        elif header.headline is None and (plain := _plain_headline(lines, pos)) is not None:
            header.headline = plain
        else:
            break
        pos = _skip_blank(lines, pos + 1)
    return pos


def _next_is_bullet(lines: list[str], pos: int) -> bool:
    """A bullet line followed by another bullet line is a list in the body, not a headline."""
    return pos + 1 < len(lines) and _BULLET.match(lines[pos + 1]) is not None


def join_paragraphs(lines: list[str]) -> str:
    """Blank-line separated paragraphs, each with its line-wraps joined by one space."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        stripped = line.strip()
        if stripped:
            current.append(stripped)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return "\n\n".join(paragraphs)


def split_lines(text: str) -> list[str]:
    """Lines of a text with any newline convention (only \\r\\n, \\r and \\n break lines)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_wire(text: str, origin: str | None = None) -> RawArticle:
    """Read one plain-text dispatch into a :class:`RawArticle` (see the module text for the layout).

    Raises :class:`InputError` when there is no body text, a front-matter date cannot be read, or a
    date (front matter or dateline) names no instant strife can hold (see :mod:`strife.readers.dates`).
    """
    name = origin or "<text>"
    lines = split_lines(text.lstrip("\ufeff"))
    header = _Header()
    pos = _read_front_matter(lines, _skip_blank(lines, 0), header, name)
    try:
        pos = _read_header(lines, pos, header)
    except DateRangeError as exc:
        raise InputError(name, f"the dateline's date {exc}") from None
    body = join_paragraphs(lines[pos:])
    if not body:
        if not text.strip():
            raise InputError(name, "has no text; nothing to read")
        raise InputError(name, "has no body text after its dateline, headline or front matter")
    return RawArticle(
        body=body,
        id=header.id,
        url=header.url,
        outlet=header.outlet,
        published=header.published,
        headline=header.headline,
        origin=origin,
    )
