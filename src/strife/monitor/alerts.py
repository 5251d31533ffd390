"""Escalation alerts per country and per dyad over the store (``strife alerts``).

The measure is the number of **conflict incidents** (quad class 3 or 4, asserted only; an incident
that many articles report counts once) per day, for every country and every dyad:

- an actor's key is its country, else its code, so NATO stays NATO; a **country**'s series holds
  the events where it is the source or the target, a **dyad**'s the events between two different
  keys, either way round (named by the two keys in sorted order);
- the days are the store's (:mod:`strife.store.series_query`): an event's own day, else its
  article's; events dated to a month or a year only are left out.

Two detectors (:mod:`strife.monitor.detectors`) run on every series:

- ``change`` (ACLED-like change level) on the **weekly** counts (ISO weeks, Monday first): the
  week against its 4-week and 52-week norms. The alert's ``date`` is the week's Monday, its
  ``measure`` ``"conflict incidents per week"``; the current week counts the days so far.
- ``surprise`` (negative-binomial tail probability) on the **daily** counts against the 8 weeks
  before (less the 2 days just before). The alert's ``date`` is the day, its ``measure``
  ``"conflict incidents per day"``.

Each :class:`Alert` carries the ids of the conflict events of its period (day or week) for its
country or dyad, for an analyst to check. The history the detectors need (52 weeks) is read from
before ``since`` when the store has it; a series starts on the first day of conflict in the store,
so days before the store's first report are not taken for quiet ones.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict

from strife.monitor.detectors import ChangeRule, Detection, SurpriseRule, change_level, surprise
from strife.store.roles import SeriesStore
from strife.store.rows import ConflictSeries, EventWindow

__all__ = [
    "DAILY",
    "WEEKLY",
    "Alert",
    "AlertSettings",
    "daily_counts",
    "detect",
    "find_alerts",
    "weekly_counts",
]

Detector = Literal["change", "surprise"]
DAILY = "conflict incidents per day"
WEEKLY = "conflict incidents per week"


class Alert(BaseModel):
    """One escalation: a ``dyad`` (two keys, sorted) or a ``country``, the period's first ``date``,
    what was counted (``measure``), which ``detector`` fired, the ``baseline`` it compared with,
    the ``value``, the ``score`` and the ids (``"{article_id}#{idx}"``) of the period's conflict
    events."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dyad: tuple[str, str] | None
    country: str | None
    date: dt.date
    measure: str
    detector: Detector
    baseline: float
    value: float
    score: float
    events: list[str]

    @property
    def actors(self) -> tuple[str, ...]:
        return self.dyad if self.dyad is not None else (self.country or "",)

    @property
    def period_end(self) -> dt.date:
        """The last day of the alert's period: the day itself, or the week's Sunday."""
        return self.date + timedelta(days=6 if self.measure == WEEKLY else 0)


@dataclass(frozen=True)
class AlertSettings:
    """The two detectors' settings; ``min_total``: series with fewer incidents in all are skipped
    (neither detector could fire on them). ``include_uncoded`` / ``include_historical``: count also
    events with no coded side / events told as background history (both left out by default)."""

    change: ChangeRule = field(default_factory=ChangeRule)
    surprise: SurpriseRule = field(default_factory=SurpriseRule)
    include_uncoded: bool = False
    include_historical: bool = False

    @property
    def min_total(self) -> int:
        return min(self.change.min_count, self.surprise.min_count)

    @property
    def lookback(self) -> timedelta:
        """How far before ``since`` the history reaches: the longer norm plus the current week."""
        return timedelta(days=max(7 * (self.change.long + 1), self.surprise.window + self.surprise.guard))


def find_alerts(
    store: SeriesStore,
    *,
    since: date | None = None,
    until: date | None = None,
    settings: AlertSettings | None = None,
) -> list[Alert]:
    """Every alert whose period overlaps ``since`` … ``until`` (both inclusive; the whole store by
    default), by date, then detector, then highest score first."""
    settings = settings or AlertSettings()
    start = None if since is None else since - settings.lookback
    counting = {
        "include_uncoded": settings.include_uncoded,
        "include_historical": settings.include_historical,
    }
    series = store.conflict_series(since=start, until=until, min_total=settings.min_total, **counting)
    if not series:
        return []
    first = min(s.days[0] for s in series)
    last = until or max(s.days[-1] for s in series)
    found = [
        alert
        for s in series
        for alert in detect(s.actors, daily_counts(s, first, last), first, settings)
        if (since is None or alert.period_end >= since) and (until is None or alert.date <= until)
    ]
    found.sort(key=lambda a: (a.date, a.detector, -a.score, a.actors))
    windows = [EventWindow(actors=a.actors, start=a.date, end=min(a.period_end, last)) for a in found]
    ids = store.conflict_events(windows, **counting)
    return [alert.model_copy(update={"events": events}) for alert, events in zip(found, ids, strict=True)]


def detect(
    actors: Sequence[str], daily: NDArray[np.int64], first: date, settings: AlertSettings | None = None
) -> list[Alert]:
    """The alerts of one series of daily counts starting on ``first`` (without their events)."""
    settings = settings or AlertSettings()
    monday, weekly = weekly_counts(daily, first)
    alerts = [
        _alert(actors, monday + timedelta(weeks=d.index), WEEKLY, "change", d)
        for d in change_level(weekly, settings.change)
    ]
    alerts += [
        _alert(actors, first + timedelta(days=d.index), DAILY, "surprise", d)
        for d in surprise(daily, settings.surprise)
    ]
    return alerts


def _alert(actors: Sequence[str], day: date, measure: str, detector: Detector, found: Detection) -> Alert:
    pair = (actors[0], actors[1]) if len(actors) == 2 else None
    return Alert(
        dyad=pair,
        country=actors[0] if pair is None else None,
        date=day,
        measure=measure,
        detector=detector,
        baseline=round(found.baseline, 4),
        value=found.value,
        score=round(found.score, 4),
        events=[],
    )


def daily_counts(series: ConflictSeries, first: date, last: date) -> NDArray[np.int64]:
    """The series' counts for every day from ``first`` to ``last`` (both included), zeros between."""
    counts = np.zeros(max((last - first).days + 1, 0), dtype=np.int64)
    for day, n in zip(series.days, series.counts, strict=True):
        at = (day - first).days
        if 0 <= at < counts.size:
            counts[at] = n
    return counts


def weekly_counts(daily: NDArray[np.int64], first: date) -> tuple[date, NDArray[np.int64]]:
    """Daily counts starting on ``first`` summed per ISO week: the first week's Monday and the sums
    (the first and last weeks may be partial)."""
    lead = first.weekday()
    padded = np.concatenate((np.zeros(lead, dtype=np.int64), daily))
    padded = np.concatenate((padded, np.zeros(-padded.size % 7, dtype=np.int64)))
    return first - timedelta(days=lead), padded.reshape(-1, 7).sum(axis=1)
