"""Alerts per country and per dyad over the store (``strife alerts``, ``/api/alerts``).

The store gives, for every country and every dyad, its asserted incidents per day (an incident that
many articles report counts once; see :meth:`Store.alert_series
<strife.store.base.Store.alert_series>`), and how many articles it holds per publication day — the
**exposure** every measure is read against, so that more news is not taken for more war. Four
detectors (:mod:`strife.monitor.detectors`) run on every series:

- ``onset`` on the daily count of **material conflict or threat** incidents (quad class 4, CAMEO 13):
  the first day with one after four weeks the store covered with none — or ever. A dyad that only
  cooperated, then fights, alerts on the first day of the fighting.
- ``change`` (ACLED-like change level) on the **weekly** conflict incidents (quad classes 3 and 4,
  ISO weeks from Monday) against the rates of the 4 and 52 weeks before, times the week's articles.
- ``surprise`` (negative-binomial tail probability) on the **daily** conflict incidents against the
  8 weeks before (less the 2 days just before), times the day's articles, with a prior: the pooled
  rate of all series of the same kind (countries, or dyads) — so two weeks of history suffice.
- ``intensity`` on the **mean Goldstein score** of the day's incidents against the 4 weeks before:
  a turn from cooperation to hostility shows even when the counts are small.

An :class:`Alert` is named by its ``dyad`` (two keys, sorted) or ``country`` (a key is the actor's
country, else its code: NATO stays NATO), dated by its period's first day (the week's Monday for
``change``) and carries the raw ``value`` beside the ``articles`` of the period and the ``rate``
per 100 articles, the ``baseline`` it was measured against, the ``score``, and the ids of the events
that drove it (``"{article_id}#{idx}"``, for ``strife show``). When the store has not covered enough
of the period's past for a detector (a new store, a gap), the period that could have fired is
reported once per series and detector with ``status`` ``"insufficient history"`` and no baseline
or score, instead of being scored against a baseline of 0.

The history the detectors need is read from before ``since`` when the store has it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal, get_args

import numpy as np
from numpy.typing import NDArray
from pydantic import BaseModel, ConfigDict

from strife.monitor.detectors import (
    ChangeRule,
    Detection,
    IntensityRule,
    OnsetRule,
    Status,
    SurpriseRule,
    change_level,
    intensity_drop,
    onset,
    surprise,
)
from strife.store.roles import SeriesStore
from strife.store.rows import AlertSeries, DayCount, EventWindow, WindowKind

if TYPE_CHECKING:
    from strife.settings import Settings

__all__ = [
    "DAILY",
    "DETECTORS",
    "INTENSITY",
    "ONSET",
    "THRESHOLDS",
    "WEEKLY",
    "Alert",
    "AlertSettings",
    "Detector",
    "daily_values",
    "detect",
    "find_alerts",
    "weekly_sums",
]

Detector = Literal["onset", "change", "surprise", "intensity"]
DETECTORS: tuple[Detector, ...] = get_args(Detector)
ONSET = "material conflict or threat incidents per day"
DAILY = "conflict incidents per day"
WEEKLY = "conflict incidents per week"
INTENSITY = "mean Goldstein score per day"
#: The thresholds settable in the configuration (as ``alert_<name>``) and on the command line, with
#: their defaults (those of the detectors' rules).
THRESHOLDS: dict[str, float] = {
    "quiet_days": OnsetRule().quiet,
    "surprise_threshold": SurpriseRule().threshold,
    "change_ratio": ChangeRule().ratio,
    "change_min_count": ChangeRule().min_count,
    "goldstein_drop": IntensityRule().min_drop,
}
#: Which events an alert of each detector lists.
_EVENTS: dict[Detector, WindowKind] = {
    "onset": "material",
    "change": "conflict",
    "surprise": "conflict",
    "intensity": "all",
}


class Alert(BaseModel):
    """One alert (see the module docs): a ``dyad`` (two keys, sorted) or a ``country``, the period's
    first ``date``, what was measured, which ``detector``, the ``status`` (``"alert"``, or
    ``"insufficient history"`` with no ``baseline`` or ``score``), the ``value`` (a count, or a mean
    Goldstein score), the ``articles`` the store holds for the period and, for counts, the
    ``rate`` and ``baseline_rate`` per 100 articles, the covered periods of ``history`` before it
    and the ids of its events."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dyad: tuple[str, str] | None
    country: str | None
    date: dt.date
    measure: str
    detector: Detector
    status: Status = "alert"
    value: float
    baseline: float | None
    score: float | None
    articles: int
    rate: float | None = None
    baseline_rate: float | None = None
    history: int
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
    """The detectors to run and their settings. ``include_uncoded`` / ``include_historical``: count
    also events with no coded side / events told as background history (both left out by default)."""

    onset: OnsetRule = field(default_factory=OnsetRule)
    change: ChangeRule = field(default_factory=ChangeRule)
    surprise: SurpriseRule = field(default_factory=SurpriseRule)
    intensity: IntensityRule = field(default_factory=IntensityRule)
    detectors: tuple[Detector, ...] = DETECTORS
    include_uncoded: bool = False
    include_historical: bool = False

    @classmethod
    def configured(
        cls,
        settings: Settings | None = None,
        *,
        detectors: Sequence[Detector] | None = None,
        include_uncoded: bool = False,
        include_historical: bool = False,
        **thresholds: float | None,
    ) -> AlertSettings:
        """The settings of the configuration (``alert_*`` in :class:`~strife.settings.Settings`),
        with ``thresholds`` given (not None) in their place: ``quiet_days``, ``surprise_threshold``,
        ``change_ratio``, ``change_min_count``, ``goldstein_drop``. Raises ``ValueError`` for a
        value a detector cannot use, and for an unknown threshold."""
        base = settings.as_dict() if settings is not None else {}
        unknown = set(thresholds) - set(THRESHOLDS)
        if unknown:
            raise ValueError(f"unknown alert threshold(s) {sorted(unknown)}; known: {', '.join(THRESHOLDS)}")
        value = {name: base.get(f"alert_{name}", default) for name, default in THRESHOLDS.items()}
        value.update({name: given for name, given in thresholds.items() if given is not None})
        return cls(
            onset=OnsetRule(quiet=int(value["quiet_days"])),
            change=ChangeRule(ratio=float(value["change_ratio"]), min_count=int(value["change_min_count"])),
            surprise=SurpriseRule(threshold=float(value["surprise_threshold"])),
            intensity=IntensityRule(min_drop=float(value["goldstein_drop"])),
            detectors=tuple(detectors) if detectors else DETECTORS,
            include_uncoded=include_uncoded,
            include_historical=include_historical,
        )

    @property
    def lookback(self) -> timedelta:
        """How far before ``since`` the history reaches: the longest window plus a week."""
        days = (
            7 * (self.change.long + 1),
            self.surprise.window + self.surprise.guard,
            self.onset.quiet,
            self.intensity.window,
        )
        return timedelta(days=max(days))


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
    series = store.alert_series(since=start, until=until, **counting)
    if not series:
        return []
    published = store.publication_days(since=start, until=until)
    first = min([s.days[0] for s in series] + [d.day for d in published[:1]])
    last = until or max([s.days[-1] for s in series] + [d.day for d in published[-1:]])
    exposure = _exposure(published, first, last)
    priors = _priors(series, exposure, first, last)
    found = [
        alert
        for s in series
        for alert in detect(s, exposure, first, settings, prior_rate=priors[len(s.actors)])
        if (since is None or alert.period_end >= since) and (until is None or alert.date <= until)
    ]
    found = _once_unscored(found)
    found.sort(key=lambda a: (a.date, a.status, a.detector, -(a.score or 0.0), a.actors))
    windows = [
        EventWindow(actors=a.actors, start=a.date, end=min(a.period_end, last), kind=_EVENTS[a.detector])
        for a in found
    ]
    ids = store.alert_events(windows, **counting)
    listed = [alert.model_copy(update={"events": events}) for alert, events in zip(found, ids, strict=True)]
    return _without_echoes(listed)


def _without_echoes(alerts: list[Alert]) -> list[Alert]:
    """The alerts less those of a country that a dyad alert of the same day and detector already
    makes with the very same events (the country's whole activity was that dyad's)."""
    dyads = {
        (a.date, a.detector, a.status, country, tuple(a.events))
        for a in alerts
        if a.dyad is not None
        for country in a.dyad
    }
    return [
        a
        for a in alerts
        if a.country is None or (a.date, a.detector, a.status, a.country, tuple(a.events)) not in dyads
    ]


def detect(
    series: AlertSeries,
    exposure: NDArray[np.int64],
    first: date,
    settings: AlertSettings | None = None,
    *,
    prior_rate: float | None = None,
) -> list[Alert]:
    """The alerts of one series (without their events); ``exposure`` holds the articles stored per
    day from ``first`` on, and the series' values are laid out on the same days."""
    settings = settings or AlertSettings()
    at = _positions(series.days, first)

    def values(name: str) -> NDArray[np.float64]:
        return _place(at, getattr(series, name), len(exposure))

    conflict = values("conflict")
    alerts: list[Alert] = []
    if "onset" in settings.detectors:
        found = onset(values("material"), exposure, settings.onset)
        alerts += _alerts(series.actors, found, first, 1, ONSET, "onset", exposure)
    if "change" in settings.detectors:
        monday, weekly = weekly_sums(conflict, first)
        _, weekly_exposure = weekly_sums(exposure, first)
        found = change_level(weekly, settings.change, weekly_exposure)
        alerts += _alerts(series.actors, found, monday, 7, WEEKLY, "change", weekly_exposure)
    if "surprise" in settings.detectors:
        found = surprise(conflict, settings.surprise, exposure, prior_rate)
        alerts += _alerts(series.actors, found, first, 1, DAILY, "surprise", exposure)
    if "intensity" in settings.detectors:
        found = intensity_drop(
            values("goldstein"), values("goldstein_sq"), values("events"), exposure, settings.intensity
        )
        alerts += _alerts(series.actors, found, first, 1, INTENSITY, "intensity", exposure)
    return alerts


def _alerts(
    actors: Sequence[str],
    found: Iterable[Detection],
    start: date,
    days: int,
    measure: str,
    detector: Detector,
    exposure: NDArray[np.integer] | NDArray[np.floating],
) -> list[Alert]:
    pair = (actors[0], actors[1]) if len(actors) == 2 else None
    counts = detector != "intensity"
    alerts = []
    for d in found:
        articles = int(exposure[d.index])
        alerts.append(
            Alert(
                dyad=pair,
                country=actors[0] if pair is None else None,
                date=start + timedelta(days=days * d.index),
                measure=measure,
                detector=detector,
                status=d.status,
                value=d.value,
                baseline=_round(d.baseline),
                score=_round(d.score),
                articles=articles,
                rate=_round(_per_100(d.value, articles)) if counts else None,
                baseline_rate=_round(_per_100(d.baseline, articles)) if counts else None,
                history=d.history,
                events=[],
            )
        )
    return alerts


def _per_100(value: float | None, articles: int) -> float | None:
    return None if value is None or articles <= 0 else 100.0 * value / articles


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _once_unscored(alerts: list[Alert]) -> list[Alert]:
    """The alerts, with only the first "insufficient history" period of each series and detector."""
    seen: set[tuple[tuple[str, ...], str]] = set()
    kept = []
    for alert in sorted(alerts, key=lambda a: a.date):
        key = (alert.actors, alert.detector)
        if alert.status == "alert":
            kept.append(alert)
        elif key not in seen:
            kept.append(alert)
            seen.add(key)
    return kept


def _exposure(published: Sequence[DayCount], first: date, last: date) -> NDArray[np.int64]:
    return daily_values([d.day for d in published], [d.articles for d in published], first, last).astype(
        np.int64
    )


def _priors(
    series: Sequence[AlertSeries], exposure: NDArray[np.int64], first: date, last: date
) -> dict[int, float | None]:
    """The mean conflict rate per article of the series of each kind (1: countries, 2: dyads)."""
    articles = float(exposure.sum())
    priors: dict[int, float | None] = {1: None, 2: None}
    for arity in priors:
        kind = [s for s in series if len(s.actors) == arity]
        if kind and articles > 0:
            conflict = sum(
                n for s in kind for d, n in zip(s.days, s.conflict, strict=True) if first <= d <= last
            )
            priors[arity] = conflict / articles / len(kind)
    return priors


def daily_values(
    days: Sequence[date], values: Sequence[float] | Sequence[int], first: date, last: date
) -> NDArray[np.float64]:
    """``values`` on ``days`` laid out on every day from ``first`` to ``last`` (both included),
    zeros between; days outside are dropped."""
    return _place(_positions(days, first), values, max((last - first).days + 1, 0))


def _positions(days: Sequence[date], first: date) -> NDArray[np.int64]:
    return np.asarray([(day - first).days for day in days], dtype=np.int64)


def _place(at: NDArray[np.int64], values: Sequence[float] | Sequence[int], size: int) -> NDArray[np.float64]:
    """``values`` at the positions ``at`` of ``size`` zeros; positions outside are dropped."""
    out = np.zeros(size, dtype=float)
    inside = (at >= 0) & (at < size)
    out[at[inside]] = np.asarray(values, dtype=float)[inside]
    return out


def weekly_sums(
    daily: NDArray[np.integer] | NDArray[np.floating], first: date
) -> tuple[date, NDArray[np.float64]]:
    """Daily values starting on ``first`` summed per ISO week: the first week's Monday and the sums
    (the first and last weeks may be partial)."""
    lead = first.weekday()
    padded = np.concatenate((np.zeros(lead), np.asarray(daily, dtype=float)))
    padded = np.concatenate((padded, np.zeros(-padded.size % 7)))
    return first - timedelta(days=lead), padded.reshape(-1, 7).sum(axis=1)
