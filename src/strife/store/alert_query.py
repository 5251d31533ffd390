"""The SQL behind the alerts: incidents per day per country and per dyad, the events behind an alert,
and how many articles the store holds per day (:meth:`Store.alert_series
<strife.store.base.Store.alert_series>`, ``alert_events`` and ``publication_days``).

Each is one aggregation inside DuckDB; every value the caller gives is a ``?`` parameter. Rules:

- asserted events only; an event's **day** as in the dyad series (:mod:`strife.store.series_query`):
  its own full date, else its article's publication day (UTC); month- and year-dated events are
  left out;
- **history is not news**: an event dated more than :data:`HISTORY_DAYS` before its article was
  published ("the 1978 attack", "the 2016 election") is left out;
- an event's **key** is its incident, else ``"{article_id}#{idx}"``: the reports of one incident
  count once per series, on the first day they have, with that report's quad class, CAMEO root and
  Goldstein value;
- an **actor key** is the actor's country, else its code (NATO stays NATO); a country's series holds
  the events it is the source or the target of, a dyad's those between two different keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import duckdb

from strife.store.base import AlertSeries, DayCount, EventWindow
from strife.store.series_query import EVENTS_SQL

__all__ = ["HISTORY_DAYS", "alert_events", "alert_series", "publication_days"]

#: An event dated more than this many days before its article's publication is history, not news.
HISTORY_DAYS = 14

#: Asserted, dated, recent events with their flags, their two actor keys and the dyad's keys.
_ASSERTED = """
    WITH ev AS ({events}
        WHERE e.modality = 'asserted'),
    asserted AS (
        SELECT article_id, idx, event_key, day, goldstein,
               quad_class >= 3 AS conflict, quad_class = 4 OR cameo_root = '13' AS material,
               coalesce(source_country, source_code) AS s, coalesce(target_country, target_code) AS t,
               least(s, t) AS lo, greatest(s, t) AS hi
        FROM ev
        WHERE day IS NOT NULL
          AND (published_day IS NULL OR day >= published_day - INTERVAL {history} DAY)
          AND (CAST(? AS DATE) IS NULL OR day >= ?) AND (CAST(? AS DATE) IS NULL OR day <= ?))"""

_SERIES = """
    {asserted},
    keyed AS (
        SELECT s AS a, NULL::VARCHAR AS b, * EXCLUDE (s, t, lo, hi) FROM asserted WHERE s IS NOT NULL
        UNION ALL
        SELECT t, NULL, * EXCLUDE (s, t, lo, hi) FROM asserted WHERE t IS NOT NULL AND t IS DISTINCT FROM s
        UNION ALL
        SELECT lo, hi, * EXCLUDE (s, t, lo, hi) FROM asserted WHERE lo IS NOT NULL AND lo <> hi),
    firsts AS (
        SELECT a, b, event_key, min(day) AS day,
               arg_min(conflict, (day, article_id, idx)) AS conflict,
               arg_min(material, (day, article_id, idx)) AS material,
               arg_min(goldstein, (day, article_id, idx)) AS goldstein
        FROM keyed GROUP BY a, b, event_key),
    daily AS (
        SELECT a, b, day, count(*) AS events, count(*) FILTER (WHERE conflict) AS conflict,
               count(*) FILTER (WHERE material) AS material,
               sum(goldstein) AS goldstein, sum(goldstein * goldstein) AS goldstein_sq
        FROM firsts GROUP BY a, b, day)
    SELECT a, b, list(day ORDER BY day), list(events ORDER BY day), list(conflict ORDER BY day),
           list(material ORDER BY day), list(goldstein ORDER BY day), list(goldstein_sq ORDER BY day)
    FROM daily GROUP BY a, b HAVING sum(events) >= ?
    ORDER BY a, b NULLS FIRST"""


def _asserted() -> str:
    return _ASSERTED.format(events=EVENTS_SQL, history=HISTORY_DAYS)


def alert_series(
    con: duckdb.DuckDBPyConnection,
    *,
    since: date | None = None,
    until: date | None = None,
    min_total: int = 1,
) -> list[AlertSeries]:
    """The rows of :meth:`Store.alert_series <strife.store.base.Store.alert_series>`."""
    sql = _SERIES.format(asserted=_asserted())
    rows = con.execute(sql, [since, since, until, until, min_total]).fetchall()
    return [
        AlertSeries(
            actors=(a,) if b is None else (a, b),
            days=days,
            events=events,
            conflict=conflict,
            material=material,
            goldstein=goldstein,
            goldstein_sq=squares,
        )
        for a, b, days, events, conflict, material, goldstein, squares in rows
    ]


#: Which events of a window an alert lists, by the window's ``kind``.
_KINDS = {"conflict": "c.conflict", "material": "c.material", "all": "TRUE"}

_IDS = """
    {asserted},
    w AS (
        SELECT unnest(?::INTEGER[]) AS i, unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS b,
               unnest(?::DATE[]) AS d0, unnest(?::DATE[]) AS d1, unnest(?::VARCHAR[]) AS kind),
    hits AS (
        SELECT w.i, c.article_id, c.idx, c.day FROM asserted c
        JOIN w ON (CASE w.kind {kinds} END)
              AND c.day BETWEEN w.d0 AND w.d1
              AND ((w.b IS NULL AND (c.s = w.a OR c.t = w.a))
                   OR (c.lo = w.a AND c.hi = w.b AND c.lo <> c.hi)))
    SELECT i, list(article_id || '#' || idx ORDER BY day, article_id, idx) FROM hits GROUP BY i"""


def alert_events(con: duckdb.DuckDBPyConnection, windows: Sequence[EventWindow]) -> list[list[str]]:
    """The rows of :meth:`Store.alert_events <strife.store.base.Store.alert_events>`."""
    if not windows:
        return []
    columns: list[list[Any]] = [
        list(range(len(windows))),
        [w.actors[0] for w in windows],
        [w.actors[1] if len(w.actors) > 1 else None for w in windows],
        [w.start for w in windows],
        [w.end for w in windows],
        [w.kind for w in windows],
    ]
    kinds = " ".join(f"WHEN '{kind}' THEN {condition}" for kind, condition in _KINDS.items())
    lo, hi = min(w.start for w in windows), max(w.end for w in windows)
    sql = _IDS.format(asserted=_asserted(), kinds=kinds)
    found = dict(con.execute(sql, [lo, lo, hi, hi, *columns]).fetchall())
    return [list(found.get(i, [])) for i in range(len(windows))]


_DAYS = """
    SELECT CAST(published AS DATE) AS day, count(*) FROM articles
    WHERE published IS NOT NULL
      AND (CAST(? AS DATE) IS NULL OR CAST(published AS DATE) >= ?)
      AND (CAST(? AS DATE) IS NULL OR CAST(published AS DATE) <= ?)
    GROUP BY day ORDER BY day"""


def publication_days(
    con: duckdb.DuckDBPyConnection, *, since: date | None = None, until: date | None = None
) -> list[DayCount]:
    """The rows of :meth:`Store.publication_days <strife.store.base.Store.publication_days>`."""
    rows = con.execute(_DAYS, [since, since, until, until]).fetchall()
    return [DayCount(day=day, articles=n) for day, n in rows]
