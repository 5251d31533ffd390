"""Incidents: one real-world event, however many articles report it, with its corroboration.

GDELT counts every report as an event, so a happening that fifty outlets carry weighs fifty times.
strife groups the coded events of one story (articles about one happening, :mod:`strife.stories`)
into incidents. Two events of a story are one incident when they have

- the same source and the same target (each its country, else its code, else its name case-folded),
- the same CAMEO root (outlets word one act differently: "held talks" 040, "met" 043),
- the same realisation: asserted, negated, or not (yet) real (conditional, hypothetical, future,
  intended) — a threat and the act it threatens are not one incident,
- and no conflicting dates: events that carry their own dates are split by date; an event without
  its own date joins the dated group nearest its article's publication day.

An incident's corroboration is the number of articles and of distinct outlets reporting it, and who
reported it first (earliest publication, then article id). Its id is stable while its story and key
stay the same. Pure functions: the store reads the rows (:class:`EventReport`) and writes the
result (:class:`Incident`); both row types live in :mod:`strife.store.story_rows`.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime

from strife.store.story_rows import EventReport, Incident

#: Modalities that describe something that did not (or not yet) happen.
UNREALISED = frozenset({"conditional", "hypothetical", "future", "intended"})


def realisation(modality: str) -> str:
    """``asserted``, ``negated`` or ``unrealised``: what an incident key compares."""
    return "unrealised" if modality in UNREALISED else modality


def group_incidents(reports: Iterable[EventReport], story_of: Mapping[str, str]) -> list[Incident]:
    """The incidents of ``reports``; ``story_of`` maps an article id to its story id.

    An article missing from ``story_of`` is a story of its own. Incidents come sorted by id.
    """
    groups: dict[tuple[str, ...], list[EventReport]] = defaultdict(list)
    for report in reports:
        story = story_of.get(report.article_id, "article:" + report.article_id)
        key = (
            story,
            report.source or "",
            report.target or "",
            report.cameo_root,
            realisation(report.modality),
        )
        groups[key].append(report)
    incidents: list[Incident] = []
    for group, members in groups.items():
        in_story = None if group[0].startswith("article:") else group[0]
        for dated, part in _split_by_date(members).items():
            incidents.append(_incident("|".join((*group, dated)), in_story, part))
    return sorted(incidents, key=lambda i: i.id)


def _split_by_date(members: Sequence[EventReport]) -> dict[str, list[EventReport]]:
    """Reports grouped by their own full date; undated ones join the nearest dated group."""
    dated: dict[str, list[EventReport]] = defaultdict(list)
    undated: list[EventReport] = []
    for report in members:
        day = _full_date(report.date)
        (dated[day.isoformat()] if day else undated).append(report)
    if not dated:
        return {"": undated}
    for report in undated:
        dated[_nearest(sorted(dated), report.published)].append(report)
    return dict(dated)


def _full_date(text: str | None) -> date | None:
    if not text or len(text) != 10:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _nearest(days: list[str], published: datetime | None) -> str:
    if published is None:
        return days[0]
    day = published.date()
    return min(days, key=lambda d: (abs((date.fromisoformat(d) - day).days), d))


def _incident(key: str, story: str | None, members: list[EventReport]) -> Incident:
    ordered = sorted(members, key=_report_order)
    first = ordered[0]
    outlets = {m.outlet.casefold() for m in members if m.outlet}
    return Incident(
        id="i-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
        story_id=story,
        events=tuple(m.event_id for m in ordered),
        articles=len({m.article_id for m in members}),
        outlets=len(outlets),
        first_article_id=first.article_id,
        first_outlet=first.outlet,
        first_seen=first.published,
    )


def _report_order(report: EventReport) -> tuple[bool, datetime | str, str, int]:
    published = report.published
    return (published is None, published or "", report.article_id, report.idx)
