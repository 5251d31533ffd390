"""Alerts computed when the store changes, and read back by those who must not compute.

The write path (:func:`strife.monitor.refresh.refresh`: ``strife ingest``, each ``strife watch``
round, ``POST /api/articles``, ``strife refresh``) ends with the ``alerts`` refresher: after the
stories, it runs :func:`~strife.monitor.alerts.find_alerts` over the whole store with the configured
thresholds (``alert_*`` settings) and the default counting (coded events, not history), and stores
every alert with the run's time, settings and the store's row counts (:func:`refresh_alerts`). When
neither the counts nor the settings changed since the last run there is nothing to do.

``/api/alerts``, ``/api/dyad``, the dashboard and ``strife alerts`` without options read the stored
alerts (:func:`read_alerts`); :func:`alerts_state` says whether they are current. A reader that
asks for other thresholds or counting computes them itself (``strife alerts --quiet-days …``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, ConfigDict

from strife.errors import ConfigError
from strife.monitor.alerts import Alert, AlertSettings, find_alerts
from strife.store.alert_rows import AlertRow, AlertRun
from strife.store.roles import AlertStore, ArticleStore, SeriesStore

if TYPE_CHECKING:
    from strife.settings import Settings

__all__ = [
    "AlertsState",
    "alert_row",
    "alerts_state",
    "read_alerts",
    "refresh_alerts",
    "settings_key",
    "stored_settings",
]


class _Store(AlertStore, SeriesStore, ArticleStore, Protocol):
    """What computing and storing the alerts needs of a store."""


#: ``current``: computed with these settings over the store as it is; ``stale``: articles came in
#: (or the settings changed) since; ``none``: never computed (a store made before alerts were stored,
#: or written without a refresh).
Freshness = Literal["current", "stale", "none"]


class AlertsState(BaseModel):
    """Whether the stored alerts are current, when they were computed and how many there are."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    freshness: Freshness
    computed_at: datetime | None = None
    alerts: int = 0


def stored_settings(settings: Settings | None = None) -> AlertSettings:
    """The settings the stored alerts are computed with: the configured thresholds, every detector,
    the default counting. Raises :class:`ConfigError` for thresholds a detector cannot use."""
    try:
        return AlertSettings.configured(settings)
    except ValueError as exc:
        raise ConfigError(f"alert thresholds cannot be used: {exc}; fix the alert_* settings") from exc


def settings_key(settings: AlertSettings) -> str:
    """A canonical text of ``settings`` (equal settings, equal text)."""
    return json.dumps(asdict(settings), sort_keys=True, default=list)


def _signature(store: ArticleStore) -> str:
    return json.dumps(store.counts(), sort_keys=True)


def refresh_alerts(store: _Store, settings: AlertSettings, *, full: bool = False) -> AlertRun | None:
    """Compute every alert of ``store`` with ``settings`` and store them; None (nothing done) when
    they are already stored for the store as it is and these settings, unless ``full``."""
    signature, key = _signature(store), settings_key(settings)
    last = store.alert_run()
    if not full and last is not None and (last.signature, last.settings) == (signature, key):
        return None
    found = find_alerts(store, settings=settings)
    run = AlertRun(computed_at=datetime.now(UTC), alerts=len(found), settings=key, signature=signature)
    store.replace_alerts([alert_row(a, seq) for seq, a in enumerate(found)], run)
    return run


def alerts_state(store: _Store, settings: AlertSettings | None = None) -> AlertsState:
    """Whether the stored alerts are those of the store as it is (and, given ``settings``, of
    those settings)."""
    run = store.alert_run()
    if run is None:
        return AlertsState(freshness="none")
    same = run.signature == _signature(store)
    if settings is not None:
        same = same and run.settings == settings_key(settings)
    freshness: Freshness = "current" if same else "stale"
    return AlertsState(freshness=freshness, computed_at=run.computed_at, alerts=run.alerts)


def read_alerts(
    store: AlertStore,
    *,
    since: date | None = None,
    until: date | None = None,
    dyad: tuple[str, str] | None = None,
) -> list[Alert]:
    """The stored alerts whose period overlaps ``since`` … ``until`` (of one ``dyad``, its keys in
    either order, when given), in the order :func:`find_alerts` gives."""
    actors = None if dyad is None else tuple(sorted(dyad))
    return [_alert(row) for row in store.stored_alerts(since=since, until=until, actors=actors)]


def alert_row(alert: Alert, seq: int) -> AlertRow:
    """``alert`` as the store keeps it, ``seq``-th in order."""
    return AlertRow(
        seq=seq, actors=alert.actors, day=alert.date, period_end=alert.period_end, measure=alert.measure,
        detector=alert.detector, status=alert.status, value=alert.value, baseline=alert.baseline,
        score=alert.score, articles=alert.articles, rate=alert.rate, baseline_rate=alert.baseline_rate,
        history=alert.history, events=tuple(alert.events),
    )  # fmt: skip


def _alert(row: AlertRow) -> Alert:
    pair = (row.actors[0], row.actors[1]) if len(row.actors) == 2 else None
    fields = {
        "dyad": pair, "country": row.actors[0] if pair is None else None, "date": row.day,
        "measure": row.measure, "detector": row.detector, "status": row.status, "value": row.value,
        "baseline": row.baseline, "score": row.score, "articles": row.articles, "rate": row.rate,
        "baseline_rate": row.baseline_rate, "history": row.history, "events": list(row.events),
    }  # fmt: skip
    return Alert.model_validate(fields)
