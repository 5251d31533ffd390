"""The SQL behind the stored alerts (tables of schema version 5).

The alerts refresher (:mod:`strife.monitor.stored_alerts`) computes every alert of the store when
articles come in and writes them with :func:`replace_alerts`: the alerts and their run replaced as a
whole in one transaction, so a reader sees the last complete computation, never half of one. The
GET routes and ``strife alerts`` read them with :func:`stored_alerts`. An alert's event ids are kept
as one JSON array text (both backends read and write it the same way). Every value is a parameter.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

from strife.store.alert_rows import AlertRow, AlertRun
from strife.store.session import Row, Session

__all__ = ["alert_run", "replace_alerts", "stored_alerts"]

_COLUMNS = (
    "seq", "actor_a", "actor_b", "day", "period_end", "measure", "detector", "status", "value", "baseline",
    "score", "articles", "rate", "baseline_rate", "history", "events",
)  # fmt: skip
_RUN_COLUMNS = ("id", "computed_at", "alerts", "settings", "signature")


def replace_alerts(session: Session, alerts: Sequence[AlertRow], run: AlertRun) -> None:
    """Replace the stored alerts and their run with these, in one transaction."""
    with session.transaction():
        session.run("DELETE FROM alerts")
        session.run("DELETE FROM alert_runs")
        session.insert("alerts", _COLUMNS, [_row(a) for a in alerts])
        session.insert(
            "alert_runs", _RUN_COLUMNS, [(1, run.computed_at, run.alerts, run.settings, run.signature)]
        )


def _row(alert: AlertRow) -> Row:
    if len(alert.actors) not in (1, 2):
        raise ValueError(f"an alert has one country or two dyad keys, not {alert.actors!r}")
    second = alert.actors[1] if len(alert.actors) == 2 else None
    return (
        alert.seq, alert.actors[0], second, alert.day, alert.period_end, alert.measure, alert.detector,
        alert.status, alert.value, alert.baseline, alert.score, alert.articles, alert.rate,
        alert.baseline_rate, alert.history, json.dumps(list(alert.events)),
    )  # fmt: skip


def stored_alerts(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    actors: Sequence[str] | None = None,
) -> list[AlertRow]:
    """The stored alerts whose period overlaps ``since`` … ``until`` (both inclusive), of the one
    country or sorted dyad ``actors`` when given, in the order they were found."""
    conditions, params = ["TRUE"], list[Any]()
    if since is not None:
        conditions.append("period_end >= ?")
        params.append(since)
    if until is not None:
        conditions.append("day <= ?")
        params.append(until)
    if actors is not None:
        if len(actors) not in (1, 2):
            raise ValueError(f"give one country or two dyad keys, not {tuple(actors)!r}")
        conditions.append("actor_a = ?")
        params.append(actors[0])
        conditions.append("actor_b = ?" if len(actors) == 2 else "actor_b IS NULL")
        params += list(actors[1:])
    rows = session.rows(
        f"SELECT {', '.join(_COLUMNS)} FROM alerts WHERE {' AND '.join(conditions)} ORDER BY seq", params
    )
    return [_alert(r) for r in rows]


def _alert(r: Row) -> AlertRow:
    actors = (r[1],) if r[2] is None else (r[1], r[2])
    return AlertRow(
        seq=r[0], actors=actors, day=r[3], period_end=r[4], measure=r[5], detector=r[6], status=r[7],
        value=r[8], baseline=r[9], score=r[10], articles=r[11], rate=r[12], baseline_rate=r[13],
        history=r[14], events=tuple(json.loads(r[15])),
    )  # fmt: skip


def alert_run(session: Session) -> AlertRun | None:
    """The run of the stored alerts, or None when none was ever stored."""
    rows = session.rows(f"SELECT {', '.join(_RUN_COLUMNS[1:])} FROM alert_runs WHERE id = 1")
    if not rows:
        return None
    computed_at, alerts, settings, signature = rows[0]
    return AlertRun(computed_at=computed_at, alerts=alerts, settings=settings, signature=signature)
