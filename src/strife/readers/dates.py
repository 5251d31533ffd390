"""Dates as inputs write them, read into timezone-aware UTC datetimes.

:func:`parse_datetime` reads ISO 8601 and the free forms news uses (``Jan 13, 2022 09:19 UTC``,
``Thu 13 Jan 2022 09:19 +0300``, ``13 January 2022 14:05 GMT``). A time without a zone is taken as
UTC; a date without a time is midnight UTC. :func:`parse_full_date` is the strict variant the wire
reader uses for datelines: it refuses text that lacks a year, a month or a day.

Both return None for text that is not a date, and raise :class:`~strife.errors.DateRangeError` for
a date that is one but names no instant a ``datetime`` holds in UTC (``9999-12-31T23:59:59-01:00``
is in year 10000 in UTC; ``0001-01-01T00:00:00+14:00`` in year 0): the readers make that an error
for that item alone.
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime

from dateutil import parser as _dateutil

from strife.record import to_utc

__all__ = ["ZONES", "parse_datetime", "parse_full_date", "to_utc"]

_HOUR = 3600

# Zone abbreviations seen in datelines, as UTC offsets in seconds. Ambiguous ones take the reading
# most common in English-language news (CST = US Central, IST = India, AST = Arabia).
ZONES: dict[str, int] = {
    "UTC": 0,
    "UT": 0,
    "GMT": 0,
    "Z": 0,
    "WET": 0,
    "WEST": _HOUR,
    "BST": _HOUR,
    "CET": _HOUR,
    "MET": _HOUR,
    "WAT": _HOUR,
    "CEST": 2 * _HOUR,
    "MEST": 2 * _HOUR,
    "EET": 2 * _HOUR,
    "CAT": 2 * _HOUR,
    "SAST": 2 * _HOUR,
    "EEST": 3 * _HOUR,
    "MSK": 3 * _HOUR,
    "TRT": 3 * _HOUR,
    "AST": 3 * _HOUR,
    "EAT": 3 * _HOUR,
    "IDT": 3 * _HOUR,
    "IRST": 3 * _HOUR + 1800,
    "GST": 4 * _HOUR,
    "AFT": 4 * _HOUR + 1800,
    "PKT": 5 * _HOUR,
    "IST": 5 * _HOUR + 1800,
    "ICT": 7 * _HOUR,
    "WIB": 7 * _HOUR,
    "HKT": 8 * _HOUR,
    "SGT": 8 * _HOUR,
    "PHT": 8 * _HOUR,
    "AWST": 8 * _HOUR,
    "JST": 9 * _HOUR,
    "KST": 9 * _HOUR,
    "AEST": 10 * _HOUR,
    "AEDT": 11 * _HOUR,
    "NZST": 12 * _HOUR,
    "NZDT": 13 * _HOUR,
    "EST": -5 * _HOUR,
    "EDT": -4 * _HOUR,
    "CST": -6 * _HOUR,
    "CDT": -5 * _HOUR,
    "MST": -7 * _HOUR,
    "MDT": -6 * _HOUR,
    "PST": -8 * _HOUR,
    "PDT": -7 * _HOUR,
    "AKST": -9 * _HOUR,
    "AKDT": -8 * _HOUR,
    "HST": -10 * _HOUR,
}

# "GMT+3" / "UTC-05:30" mean an offset east/west of UTC; dateutil reads them POSIX-style (inverted),
# so they are rewritten to a plain "+03:00" first.
_NAMED_OFFSET = re.compile(r"\b(?:UTC|GMT)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.IGNORECASE)
# "14h05" (French style) and "14.05" as times.
_H_TIME = re.compile(r"\b(\d{1,2})[h.](\d{2})\b(?![./-]\d)")
_DASHES = re.compile(r"\s[–—-]\s|[|()–—]")

_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2001, 2, 2)


def _prepare(text: str) -> str:
    text = _NAMED_OFFSET.sub(lambda m: f" {m[1]}{int(m[2]):02d}:{m[3] or '00'}", text)
    text = _H_TIME.sub(r"\1:\2", text)
    return _DASHES.sub(" ", text).strip()


def _dateutil_parse(text: str, default: datetime) -> datetime | None:
    with warnings.catch_warnings():
        # An unknown zone name is ignored (the time is then read as UTC) rather than warned about.
        warnings.simplefilter("ignore", _dateutil.UnknownTimezoneWarning)
        try:
            found: datetime = _dateutil.parse(text, default=default, tzinfos=ZONES)
            return found
        except (ValueError, OverflowError, TypeError):
            return None


def _fromisoformat(text: str) -> datetime | None:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def parse_datetime(text: str) -> datetime | None:
    """An aware UTC datetime from ISO 8601 or a free-form date string; None when it is not a date."""
    text = text.strip()
    if not text or not any(ch.isdigit() for ch in text):
        return None
    found = _fromisoformat(text) or _dateutil_parse(_prepare(text), _DEFAULT_A)
    return to_utc(found) if found else None


def parse_full_date(text: str) -> datetime | None:
    """Like :func:`parse_datetime`, but only when the text gives year, month and day itself."""
    text = text.strip()
    iso = _fromisoformat(text)
    if iso is not None:
        return to_utc(iso)
    prepared = _prepare(text)
    first = _dateutil_parse(prepared, _DEFAULT_A)
    second = _dateutil_parse(prepared, _DEFAULT_B)
    if first is None or second is None:
        return None
    if (first.year, first.month, first.day) != (second.year, second.month, second.day):
        return None  # part of the date came from the default, not from the text
    return to_utc(first)
