"""The rows of the stored alerts (schema version 5): one :class:`AlertRow` per alert, and the
:class:`AlertRun` that says when they were computed, with which settings, over which store.

Neutral ground like :mod:`strife.store.rows`: :mod:`strife.monitor.stored_alerts` turns its
``Alert`` models into these rows and back; the store knows nothing of the detectors.
"""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict

__all__ = ["AlertRow", "AlertRun"]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AlertRow(_Row):
    """One stored alert: its place ``seq`` in the order the alerts were found, its ``actors`` (one
    country key, or a dyad's two sorted keys), the period's first day and last day (``period_end``),
    what was measured and by which detector, its status, value, baseline, score, the articles of the
    period, the rates per 100 articles, the covered periods of history and its events' ids."""

    seq: int
    actors: tuple[str, ...]
    day: date
    period_end: date
    measure: str
    detector: str
    status: str
    value: float
    baseline: float | None
    score: float | None
    articles: int
    rate: float | None
    baseline_rate: float | None
    history: int
    events: tuple[str, ...]


class AlertRun(_Row):
    """When the stored alerts were computed (``computed_at``, UTC), how many there are, the settings
    they were computed with (``settings``: a canonical JSON text of the thresholds and counting rules)
    and the state of the store they were computed over (``signature``: its row counts as JSON text);
    a later run with the same two finds nothing to do."""

    computed_at: datetime
    alerts: int
    settings: str
    signature: str
