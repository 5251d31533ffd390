"""The SQL behind the alerts: incidents per day per country and per dyad, the events behind an alert,
and how many articles the store holds per day (:meth:`SeriesStore.alert_series
<strife.store.roles.SeriesStore.alert_series>`, ``alert_events`` and ``publication_days``).

Each is one aggregation inside the database, in the SQL DuckDB and PostgreSQL share
(:mod:`~strife.store.dialect`); every value the caller gives is a ``?`` parameter. Rules:

- asserted, counted events only (a coded source or target, not background told as history, unless
  ``include_uncoded`` / ``include_historical``); an event's **day** as in the dyad series
  (:mod:`strife.store.series_query`):
  its own full date, else its article's publication day (UTC); month- and year-dated events are
  left out;
- **history is not news**: an event dated more than :data:`HISTORY_DAYS` before its article was
  published ("the 1978 attack", "the 2016 election") is left out;
- an event's **key** is its incident, else ``"{article_id}#{idx}"``: the reports of one incident
  count once per series, on the first day they have, with their mean Goldstein value (they share a
  CAMEO root, so their quad class);
- an **actor key** is the actor's country, else its code (NATO stays NATO); a country's series holds
  the events it is the source or the target of, a dyad's those between two different keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from strife.store.dialect import Dialect
from strife.store.event_query import counted
from strife.store.rows import AlertSeries, DayCount, EventWindow
from strife.store.series_query import events_sql
from strife.store.session import Session, models

__all__ = ["HISTORY_DAYS", "alert_events", "alert_series", "publication_days"]

#: An event dated more than this many days before its article's publication is history, not news.
HISTORY_DAYS = 14

#: Asserted, dated, recent events with their flags, their two actor keys (none for a party of
#: unknown country) and the dyad's keys.
_ASSERTED = """
    WITH ev AS ({events}
        WHERE e.modality = 'asserted' AND {counted}),
    keys AS (
        SELECT article_id, idx, event_key, event_key <> article_id || '#' || idx AS shared, day, goldstein,
               quad_class >= 3 AS conflict, quad_class = 4 OR cameo_root = '13' AS material,
               {key_s} AS s, {key_t} AS t
        FROM ev
        WHERE day IS NOT NULL
          AND (published_day IS NULL OR day >= CAST(published_day - INTERVAL '{history} days' AS DATE))
          AND (CAST(? AS DATE) IS NULL OR day >= ?) AND (CAST(? AS DATE) IS NULL OR day <= ?)),
    asserted AS (SELECT *, least(s, t) AS lo, greatest(s, t) AS hi FROM keys)"""

_SERIES = """
    {asserted},
    keyed AS (
        SELECT s AS a, CAST(NULL AS VARCHAR) AS b, {columns} FROM asserted WHERE s IS NOT NULL
        UNION ALL
        SELECT t, NULL, {columns} FROM asserted WHERE t IS NOT NULL AND t IS DISTINCT FROM s
        UNION ALL
        SELECT lo, hi, {columns} FROM asserted WHERE lo IS NOT NULL AND lo <> hi),
    firsts AS (
        SELECT a, b, day, conflict, material, goldstein FROM keyed WHERE NOT shared
        UNION ALL
        SELECT a, b, min(day), bool_or(conflict), bool_or(material), avg(goldstein)
        FROM keyed WHERE shared GROUP BY a, b, event_key),
    daily AS (
        SELECT a, b, day, count(*) AS events, count(*) FILTER (WHERE conflict) AS conflict,
               count(*) FILTER (WHERE material) AS material,
               sum(goldstein) AS goldstein, sum(goldstein * goldstein) AS goldstein_sq
        FROM firsts GROUP BY a, b, day)
    SELECT a, b, array_agg(day ORDER BY day), array_agg(events ORDER BY day),
           array_agg(conflict ORDER BY day), array_agg(material ORDER BY day),
           array_agg(goldstein ORDER BY day), array_agg(goldstein_sq ORDER BY day)
    FROM daily GROUP BY a, b HAVING sum(events) >= ?
    ORDER BY a, b NULLS FIRST"""


#: The columns a keyed row carries on from ``asserted``.
_COLUMNS = "event_key, shared, day, goldstein, conflict, material"


def _asserted(dialect: Dialect, include_uncoded: bool, include_historical: bool) -> str:
    which = counted(include_uncoded=include_uncoded, include_historical=include_historical, alias="e.")
    return _ASSERTED.format(
        events=events_sql(dialect),
        history=HISTORY_DAYS,
        counted=which,
        key_s=_key("source"),
        key_t=_key("target"),
    )


def _key(side: str) -> str:
    """A side's series key: its country, else its code; none for a party of unknown country
    (``---MIL``, ``---REB``): "someone's soldiers" is no country or dyad to watch."""
    key = f"coalesce({side}_country, {side}_code)"
    return f"CASE WHEN {key} LIKE '---%' THEN NULL ELSE {key} END"


def alert_series(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    min_total: int = 1,
    include_uncoded: bool = False,
    include_historical: bool = False,
) -> list[AlertSeries]:
    """The rows of :meth:`SeriesStore.alert_series <strife.store.roles.SeriesStore.alert_series>`."""
    asserted = _asserted(session.dialect, include_uncoded, include_historical)
    sql = _SERIES.format(asserted=asserted, columns=_COLUMNS)
    rows = session.rows(sql, [since, since, until, until, min_total])
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


_IDS = """
    {asserted},
    w AS (
        SELECT unnest(?::INTEGER[]) AS i, unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS b,
               unnest(?::DATE[]) AS d0, unnest(?::DATE[]) AS d1, unnest(?::VARCHAR[]) AS kind),
    hits AS (
        SELECT w.i, w.kind, w.d0, w.d1, c.article_id, c.idx, c.day, c.conflict, c.material
        FROM asserted c JOIN w ON w.b IS NULL AND c.s = w.a
        UNION
        SELECT w.i, w.kind, w.d0, w.d1, c.article_id, c.idx, c.day, c.conflict, c.material
        FROM asserted c JOIN w ON w.b IS NULL AND c.t = w.a
        UNION
        SELECT w.i, w.kind, w.d0, w.d1, c.article_id, c.idx, c.day, c.conflict, c.material
        FROM asserted c JOIN w ON c.lo = w.a AND c.hi = w.b AND c.lo <> c.hi)
    SELECT i, array_agg(article_id || '#' || idx ORDER BY day, article_id, idx) FROM hits
    WHERE day BETWEEN d0 AND d1 AND (CASE kind {kinds} END)
    GROUP BY i"""

#: Which events of a window an alert lists, by the window's ``kind``.
_KINDS = {"conflict": "conflict", "material": "material", "all": "TRUE"}


def alert_events(
    session: Session,
    windows: Sequence[EventWindow],
    *,
    include_uncoded: bool = False,
    include_historical: bool = False,
) -> list[list[str]]:
    """The rows of :meth:`SeriesStore.alert_events <strife.store.roles.SeriesStore.alert_events>`."""
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
    sql = _IDS.format(asserted=_asserted(session.dialect, include_uncoded, include_historical), kinds=kinds)
    found = {i: ids for i, ids in session.rows(sql, [lo, lo, hi, hi, *columns])}
    return [list(found.get(i, [])) for i in range(len(windows))]


_DAYS = """
    SELECT CAST(published AS DATE) AS day, count(*) FROM articles
    WHERE published IS NOT NULL
      AND (CAST(? AS DATE) IS NULL OR CAST(published AS DATE) >= ?)
      AND (CAST(? AS DATE) IS NULL OR CAST(published AS DATE) <= ?)
    GROUP BY CAST(published AS DATE) ORDER BY day"""


def publication_days(
    session: Session, *, since: date | None = None, until: date | None = None
) -> list[DayCount]:
    """The rows of :meth:`SeriesStore.publication_days <strife.store.roles.SeriesStore.publication_days>`."""
    return models(DayCount, session.rows(_DAYS, [since, since, until, until]))
