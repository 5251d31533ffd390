"""Dyad time series: what two actors did to each other, bucket by bucket (``strife dyad``).

>>> SeriesQuery("Russia", "nato", by="week", since="2022-01").since
datetime.date(2022, 1, 1)

A :class:`SeriesQuery` names two actors and how to bucket; :func:`dyad_series` runs it on a store
and returns one :class:`~strife.store.rows.SeriesRow` per bucket. The counting is the store's, in
one SQL aggregation (:mod:`strife.store.series_query`); the rules:

- **Actors**: a country code (``RUS``), an actor code or code prefix (``RUSGOV``, ``NATO``) or a
  name from the bundled country and IGO dictionaries, in any case (``"Russia"``, ``"united
  states"``, ``"NATO"``). Events match as :class:`~strife.store.event_filter.EventFilter`'s ``dyad`` does:
  the source's (target's) code starts with the code, or its country is it. Either way round unless
  ``directed`` (then ``first`` → ``second`` only).
- **What counts**: asserted events only, in ``events``, the four quad classes and the Goldstein
  figures; negated ones in ``negated``; conditional, hypothetical, future and intended ones in
  ``unrealised``. One real-world event reported by many articles (an incident) counts once, on the
  day of its earliest report, with that report's quad class and Goldstein value.
- **Days**: an event's own date when the coder gave the day (``YYYY-MM-DD``), else — when it has
  no date — its article's publication day (UTC). An event dated to a month only (``YYYY-MM``) counts
  in ``month`` buckets and is left out of ``day`` and ``week`` ones (its day is unknown: putting it
  on its article's day would move it, often into the next month); one dated to a year only is left
  out of every series.
- **Buckets** (:func:`bucket_start`): the day itself, the ISO week's Monday, or the month's first
  day. Every bucket from the first to the last one with an event is returned, empty ones as zeros;
  ``since`` and ``until`` (both inclusive) widen or narrow that span, so the first or last bucket
  may cover part of its week or month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from strife.dictionary_files import (
    KINDS_BY_FILE,
    parse_actors,
    parse_countries,
    parse_sectors,
    read_bundled,
)
from strife.errors import StrifeError
from strife.store.roles import SeriesStore
from strife.store.rows import BUCKETS, Bucket, SeriesRow

__all__ = [
    "SeriesError",
    "SeriesQuery",
    "bucket_start",
    "dyad_series",
    "next_bucket",
    "parse_day",
    "resolve_actor",
]

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DASHES = str.maketrans({"-": " ", "–": " ", "—": " ", "’": "'", ".": ""})
ACTOR_HINT = "give a country code such as RUS, an actor code such as RUSGOV or NATO, or a name such as Russia"


class SeriesError(StrifeError, ValueError):
    """A series argument that cannot be used; ``field`` names it (``first``, ``since`` …) and
    ``reason`` says why, written to follow the value (``"is not an ISO date; give …"``)."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        super().__init__(f"{field} {value!r} {reason}")
        self.field = field
        self.value = value
        self.reason = reason


@dataclass(frozen=True)
class SeriesQuery:
    """Two actors, the bucket size, the direction and the span of a dyad series.

    ``first`` and ``second`` are resolved to codes (:func:`resolve_actor`), ``since`` and ``until``
    to days (:func:`parse_day`: ``"2022-01"`` as since is 1 January, as until 31 January) when the
    query is built; a value that cannot be used raises :class:`SeriesError`. Events with no coded
    side and events told as background history are not counted unless ``include_uncoded`` /
    ``include_historical``.
    """

    first: str
    second: str
    by: Bucket = "day"
    directed: bool = False
    since: str | date | None = None
    until: str | date | None = None
    include_uncoded: bool = False
    include_historical: bool = False

    def __post_init__(self) -> None:
        if self.by not in BUCKETS:
            raise SeriesError("by", self.by, f"is not a bucket; choose one of {', '.join(BUCKETS)}")
        since = None if self.since is None else parse_day(self.since, field="since")
        until = None if self.until is None else parse_day(self.until, field="until", end=True)
        if since is not None and until is not None and until < since:
            raise SeriesError("until", self.until, f"is before since {since.isoformat()}; nothing can match")
        first, second = resolve_actor(self.first, "first"), resolve_actor(self.second, "second")
        if first == second:
            raise SeriesError("second", self.second, f"is the same actor as the first ({first})")
        for name, value in (("first", first), ("second", second), ("since", since), ("until", until)):
            object.__setattr__(self, name, value)

    def counting(self, *, include_uncoded: bool, include_historical: bool) -> SeriesQuery:
        """The same query, counting also uncoded and/or historical events (see :class:`SeriesQuery`)."""
        return replace(self, include_uncoded=include_uncoded, include_historical=include_historical)

    @property
    def start(self) -> date | None:
        """``since`` as a day (``None`` when not given)."""
        return self.since if isinstance(self.since, date) else None

    @property
    def end(self) -> date | None:
        """``until`` as a day (``None`` when not given)."""
        return self.until if isinstance(self.until, date) else None

    @property
    def label(self) -> str:
        """``"RUS → UKR"`` or ``"RUS ↔ UKR"``, for titles."""
        return f"{self.first} {'→' if self.directed else '↔'} {self.second}"


def dyad_series(store: SeriesStore, query: SeriesQuery) -> list[SeriesRow]:
    """The query's series from the store, one row per bucket (see the module docs)."""
    return store.dyad_series(
        query.first, query.second, by=query.by, directed=query.directed, since=query.start, until=query.end,
        include_uncoded=query.include_uncoded, include_historical=query.include_historical,
    )  # fmt: skip


# --- actors ---------------------------------------------------------------------------------------


def resolve_actor(text: str, field: str = "actor") -> str:
    """The code of an actor given as a code or a name: ``"Russia"`` → ``RUS``, ``"nato"`` → ``NATO``,
    ``"United States"`` → ``USA``, ``"rusgov"`` → ``RUSGOV``.

    A name of a bundled country or IGO (name or alias, any case, a leading "the" ignored) gives its
    code; otherwise the text, in upper case, must be a known country or IGO code, alone or followed
    by sector codes (``RUSMIL``, ``USAGOVMIL``), so a misspelt name ("Rusia") is not taken for a
    code. Anything else raises :class:`SeriesError`.
    """
    if not isinstance(text, str) or not text.strip():
        raise SeriesError(field, text, f"is empty; {ACTOR_HINT}")
    names, codes, sectors = _known()
    code = names.get(_fold(text))
    if code is not None:
        return code
    upper = text.strip().upper()
    for known in codes:
        rest = upper[len(known) :]
        sector_codes = [rest[i : i + 3] for i in range(0, len(rest), 3)]
        if upper.startswith(known) and all(len(c) == 3 and c in sectors for c in sector_codes):
            return upper
    raise SeriesError(field, text, f"is not a country, organisation or actor code strife knows; {ACTOR_HINT}")


def _fold(text: str) -> str:
    words = text.translate(_DASHES).casefold().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


@cache
def _known() -> tuple[dict[str, str], tuple[str, ...], frozenset[str]]:
    """Folded country and IGO names → code, every known code (longest first), the sector codes."""
    names: dict[str, str] = {}
    codes: set[str] = set()
    countries = parse_countries(read_bundled("countries.tsv"))
    for country in countries:
        codes.add(country.iso3)
        for name in (country.name, *country.aliases):
            names.setdefault(_fold(name), country.iso3)
    igos = parse_actors(read_bundled("igos.tsv"), KINDS_BY_FILE["igos.tsv"], (), {c.iso3 for c in countries})
    for igo in igos:
        if igo.entry.code is None:  # every IGO row has its own code; kept for the type checker
            continue
        codes.add(igo.entry.code)
        for name in (igo.entry.name, *igo.aliases):
            names.setdefault(_fold(name), igo.entry.code)
    sectors = frozenset(parse_sectors(read_bundled("sectors.tsv")))
    return names, tuple(sorted(codes, key=lambda c: (-len(c), c))), sectors


# --- days and buckets -----------------------------------------------------------------------------


def parse_day(value: str | date, *, field: str = "date", end: bool = False) -> date:
    """A day from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (or a :class:`~datetime.date`): the period's
    first day, or with ``end`` its last (``"2022-02"`` → 28 February 2022)."""
    if isinstance(value, date):
        return value
    text = value.strip() if isinstance(value, str) else ""
    match = _DATE.fullmatch(text)
    if match is not None:
        year, month, day = (int(part) if part else None for part in match.groups())
        assert year is not None  # the pattern requires it
        try:
            if month is None:
                return date(year, 12, 31) if end else date(year, 1, 1)
            if day is None:
                return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
            return date(year, month, day)
        except ValueError:
            pass
    raise SeriesError(field, value, "is not an ISO date; give YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2022-01-13)")


def bucket_start(day: date, by: Bucket) -> date:
    """The first day of the bucket ``day`` falls in: itself, its ISO week's Monday, its month's 1st."""
    if by == "day":
        return day
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    raise SeriesError("by", by, f"is not a bucket; choose one of {', '.join(BUCKETS)}")


def next_bucket(start: date, by: Bucket) -> date:
    """The first day of the bucket after the one starting on ``start``."""
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return start + timedelta(days=1 if by == "day" else 7)
