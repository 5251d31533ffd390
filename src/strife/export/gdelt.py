"""GDELT 2.0's Event and Mentions tables from the store.

GDELT counts an event once and lists every article that mentions it in the Mentions table. strife
has the same split: an *incident* is one real-world event however many articles report it
(:mod:`strife.monitor.incidents`), and each report is one coded event of one article. So the events
table has one row per incident — written from its earliest report among those the filter keeps, with
NumMentions/NumSources/NumArticles and AvgTone from the whole incident — and the mentions table one
row per report. An event in no incident yet (stories never computed) is an incident of its own.
``strife/data/export_gdelt_*.tsv`` list the columns and how each is filled.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlsplit

from strife.export.facts import FactsCache
from strife.export.geo import Geo, country_geo, place_geo
from strife.store.rows import EventRow
from strife.store.story_rows import IncidentRow

Row = list[Any]
#: The actor types whose code is a "known group" in GDELT's sense.
GROUP_TYPES = frozenset({"igo", "group", "organization"})


def stable_id(key: str) -> int:
    """A key (an incident id, ``ARTICLE#INDEX``) as a number that stays the same across exports."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:15], 16)


def incident_key(row: EventRow) -> str:
    return row.incident or f"{row.article_id}#{row.idx}"


def event_day(row: EventRow) -> date | None:
    """The event's own day when it has a full date, else its article's publication day (UTC)."""
    if row.date and len(row.date) == 10:
        try:
            return date.fromisoformat(row.date)
        except ValueError:
            pass
    return row.published.astimezone(UTC).date() if row.published else None


def stamp(moment: datetime | None) -> int | None:
    """YYYYMMDDHHMMSS in UTC."""
    return int(moment.astimezone(UTC).strftime("%Y%m%d%H%M%S")) if moment else None


def _earliest(rows: Sequence[EventRow]) -> EventRow:
    return min(rows, key=lambda r: (r.published is None, r.published or datetime.max.replace(tzinfo=UTC),
                                    r.article_id, r.idx))  # fmt: skip


def _groups(rows: Iterable[EventRow]) -> dict[str, list[EventRow]]:
    groups: dict[str, list[EventRow]] = {}
    for row in rows:
        groups.setdefault(incident_key(row), []).append(row)
    return groups


def _actor(name: str | None, code: str | None, country: str | None, sector: str | None,
           kind: str | None) -> Row:  # fmt: skip
    # a known group: an organisation with a code of its own (NATO, not ESTMIL: country + sector)
    group = code if kind in GROUP_TYPES and code and not (country and code.startswith(country)) else None
    return [code, name.upper() if name else None, country, group, None, None, None, sector, None, None]


def _geo(geo: Geo | None) -> Row:
    if geo is None:
        return [None] * 8
    return [geo.type, geo.full_name, geo.country, geo.adm1, None, geo.lat, geo.lon, geo.feature]


def _day_columns(day: date | None) -> Row:
    if day is None:
        return [None] * 4
    days = 366 if day.year % 4 == 0 and (day.year % 100 != 0 or day.year % 400 == 0) else 365
    fraction = round(day.year + (day.timetuple().tm_yday - 1) / days, 4)
    return [int(day.strftime("%Y%m%d")), day.year * 100 + day.month, day.year, fraction]


def _added(reports: Sequence[EventRow], incident: IncidentRow | None, facts: FactsCache) -> int | None:
    """DATEADDED: when strife first stored a report of the event (the earliest time the store took in
    one of the incident's articles)."""
    ids = {m.rsplit("#", 1)[0] for m in incident.events} if incident else {r.article_id for r in reports}
    times = [f.ingested for f in map(facts, sorted(ids)) if f is not None and f.ingested is not None]
    return stamp(min(times)) if times else None


def _source_url(row: EventRow, facts: FactsCache) -> str:
    found = facts(row.article_id)
    return (found.url if found and found.url else None) or f"strife:{row.article_id}"


def event_rows(
    rows: Iterable[EventRow], incidents: dict[str, IncidentRow], facts: FactsCache
) -> Iterator[Row]:
    """One 61-column row per incident among ``rows``, in the order the incidents first appear."""
    for key, reports in _groups(rows).items():
        first = _earliest(reports)
        incident = incidents.get(key)
        mentions = incident.events if incident else [f"{first.article_id}#{first.idx}"]
        article_ids = sorted({m.rsplit("#", 1)[0] for m in mentions})
        tones = [f.tone for f in map(facts, article_ids) if f is not None and f.tone is not None]
        sources = incident.outlets if incident else (1 if first.outlet else 0)
        event_facts = facts.event(first.article_id, first.idx)
        yield [
            stable_id(key),
            *_day_columns(event_day(first)),
            *_actor(first.source_name, first.source_code, first.source_country, first.source_sector,
                    first.source_type),
            *_actor(first.target_name, first.target_code, first.target_country, first.target_sector,
                    first.target_type),
            int(event_facts.in_lead) if event_facts else 0,
            first.cameo,
            first.cameo[:3],
            first.cameo_root,
            first.quad_class,
            first.goldstein,
            len(mentions),
            sources,
            incident.articles if incident else 1,
            round(100 * sum(tones) / len(tones), 4) if tones else None,
            *_geo(country_geo(first.source_country)),
            *_geo(country_geo(first.target_country)),
            *_geo(place_geo(first.location_name, first.location_country, first.location_lat,
                            first.location_lon)),
            _added(reports, incident, facts),
            _source_url(first, facts),
        ]  # fmt: skip


def mention_rows(
    rows: Iterable[EventRow], incidents: dict[str, IncidentRow], facts: FactsCache
) -> Iterator[Row]:
    """One 16-column row per report (stored event) among ``rows``."""
    groups = _groups(rows)
    for key, reports in groups.items():
        added = _added(reports, incidents.get(key), facts)
        for row in reports:
            article = facts(row.article_id)
            found = facts.event(row.article_id, row.idx)
            url = article.url if article else None
            source = (article.outlet if article else None) or (urlsplit(url).hostname if url else None)
            yield [
                stable_id(key),
                added,
                stamp(article.ingested) if article else None,
                1 if url else 2,
                source,
                url or f"strife:{row.article_id}",
                found.sentence if found else None,
                found.source_offset if found else -1,
                found.target_offset if found else -1,
                found.action_offset if found else row.evidence_start,
                int(found.in_raw_text) if found else 1,
                round(row.confidence * 100),
                article.length if article else None,
                round(100 * article.tone, 4) if article and article.tone is not None else None,
                None,
                None,
            ]
