"""Incidents: one real-world event, however many articles report it, with its corroboration.

GDELT counts every report as an event, so a happening that fifty outlets carry weighs fifty times.
strife groups the coded events of one story (articles about one happening, :mod:`strife.stories`)
into incidents. Two events of a story are one incident when they have

- the same source and the same target (each its country, else its code, else its name case-folded),
- the same CAMEO root (outlets word one act differently: "held talks" 040, "met" 043),
- the same realisation: asserted, negated, or not (yet) real (conditional, hypothetical, future,
  intended) — a threat and the act it threatens are not one incident,
- and dates no further apart than the story's window (``window_days``, the clusterer's
  ``story_window_days``): events dated to different days by the text are different incidents; an
  event without a full date of its own joins the dated group nearest its article's publication day
  that lies within the window of that day (and inside the month or year the event is dated to, if
  any). One that fits no dated group joins the undated reports of its key published within the
  window of the first of them, else starts an incident of its own — so an event dated 1978 never
  joins one dated 2016, and undated reports weeks apart are not one incident.

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
from strife.stories.model import StorySettings

#: Modalities that describe something that did not (or not yet) happen.
UNREALISED = frozenset({"conditional", "hypothetical", "future", "intended"})


def realisation(modality: str) -> str:
    """``asserted``, ``negated`` or ``unrealised``: what an incident key compares."""
    return "unrealised" if modality in UNREALISED else modality


#: The story window incidents use when none is given (the clusterer's default).
DEFAULT_WINDOW_DAYS = StorySettings().story_window_days


def group_incidents(
    reports: Iterable[EventReport], story_of: Mapping[str, str], window_days: float = DEFAULT_WINDOW_DAYS
) -> list[Incident]:
    """The incidents of ``reports``; ``story_of`` maps an article id to its story id; no incident
    holds dates (or publication days, for reports without a date) further apart than
    ``window_days``.

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
        for dated, part in _split_by_date(members, window_days).items():
            incidents.append(_incident("|".join((*group, dated)), in_story, part))
    return sorted(incidents, key=lambda i: i.id)


def _split_by_date(members: Sequence[EventReport], window_days: float) -> dict[str, list[EventReport]]:
    """Reports grouped by their own full date; the others join the nearest dated group that fits
    them, else undated groups of reports published within ``window_days`` of the group's first."""
    dated: dict[str, list[EventReport]] = defaultdict(list)
    loose: list[EventReport] = []
    for report in members:
        day = _full_date(report.date)
        (dated[day.isoformat()] if day else loose).append(report)
    days = sorted(dated)
    floating: dict[str, list[EventReport]] = {}
    for report in sorted(loose, key=_report_order):
        fits = [d for d in days if _fits(report, date.fromisoformat(d), window_days)]
        if fits:
            dated[_nearest(fits, report.published)].append(report)
            continue
        key = next((k for k, group in floating.items() if _joins(report, group[0], window_days)), None)
        if key is None:
            key = "~" + (report.date or "") + "~" + _published_day(report)
            floating[key] = []
        floating[key].append(report)
    return {**dated, **floating} if dated or floating else {"": []}


def _fits(report: EventReport, day: date, window_days: float) -> bool:
    """Whether a report without a full date of its own can be of an event on ``day``."""
    if report.date and not day.isoformat().startswith(report.date):
        return False  # dated to another month or year
    return report.published is None or abs((day - report.published.date()).days) <= window_days


def _joins(report: EventReport, first: EventReport, window_days: float) -> bool:
    """Whether a report fitting no dated group joins the group that ``first`` opened: their own
    dates agree at the coarser precision (one without a date: its publication day falls in the
    other's month or year), and they were published within the window (or either when is
    unknown)."""
    if not (_agree(report, first) and _agree(first, report)):
        return False
    if report.published is None or first.published is None:
        return True
    return abs((report.published - first.published).total_seconds()) <= window_days * 86_400


def _agree(report: EventReport, other: EventReport) -> bool:
    """Whether ``other`` can be of the month or year ``report`` is dated to (if it is dated)."""
    if not report.date:
        return True
    theirs = other.date or _published_day(other)
    return not theirs or theirs.startswith(report.date) or report.date.startswith(theirs)


def _published_day(report: EventReport) -> str:
    return report.published.date().isoformat() if report.published else ""


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
