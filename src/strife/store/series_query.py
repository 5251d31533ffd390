"""The SQL behind the monitoring queries: a dyad's event series, and conflict counts per country and
per dyad with the events behind them (:class:`SeriesStore <strife.store.roles.SeriesStore>`'s
``dyad_series``, ``conflict_series`` and ``conflict_events``).

Each is one aggregation inside the database: no event row is loaded into Python. Every value the
caller gives is a ``?`` parameter; the bucket's SQL comes from :data:`_BUCKET_SQL` only.

Counting rules shared by the three:

- An event's **day**: its own date when the coder wrote a full ``YYYY-MM-DD``; the day its article
  was published (UTC, the store's session time zone) when it has no date; ``NULL`` otherwise (an
  event dated to a month only keeps that month in ``month_day``, for month buckets).
- An event's **key**: its incident (table ``incident_events``), else ``"{article_id}#{idx}"``; the
  rows of one key count once, on the earliest day they have.
- An **actor key** (alerts): the actor's country, else its code, so NATO stays NATO.
- Only **counted** events: with a coded source or target and not background told as history
  (``historical``), unless ``include_uncoded`` / ``include_historical`` say otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from strife.store.dialect import Dialect
from strife.store.event_query import counted, dyad_match
from strife.store.rows import Bucket, ConflictSeries, EventWindow, SeriesRow
from strife.store.session import Session, models

__all__ = ["conflict_events", "conflict_series", "dyad_series"]

#: Each event with its article's tone, its incident key and its day; an event dated to a month has
#: ``day`` NULL and the month's first day in ``month_day``; one dated to a year has both NULL.
_EVENTS = """
    SELECT e.article_id, e.idx, e.quad_class, e.goldstein, e.modality, a.tone,
           e.source_code, e.source_country, e.target_code, e.target_country,
           coalesce(ie.incident_id, e.article_id || '#' || e.idx) AS event_key,
           CASE WHEN nullif(e.date, '') IS NULL THEN CAST(a.published AS DATE)
                WHEN length(e.date) = 10 THEN {try_date_day} END AS day,
           CASE WHEN length(e.date) = 7 THEN {try_date_month} END AS month_day
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN incident_events ie ON ie.article_id = e.article_id AND ie.idx = e.idx"""

#: The first day of an event's bucket (NULL: the event has no day at this precision).
_BUCKET_SQL: dict[str, str] = {
    "day": "day",
    "week": "CAST(date_trunc('week', day) AS DATE)",
    "month": "CAST(date_trunc('month', coalesce(day, month_day)) AS DATE)",
}
#: The step between two buckets.
_STEP_SQL: dict[str, str] = {
    "day": "INTERVAL '1 day'",
    "week": "INTERVAL '7 days'",
    "month": "INTERVAL '1 month'",
}


def _events(dialect: Dialect) -> str:
    return _EVENTS.format(
        try_date_day=dialect.try_date("e.date"), try_date_month=dialect.try_date("e.date || '-01'")
    )


_SERIES = """
    WITH ev AS ({events}
        WHERE {dyad} AND {counted}),
    kept AS (
        SELECT *, {bucket} AS bucket, coalesce(day, month_day) AS sort_day,
               CASE modality WHEN 'asserted' THEN 'asserted' WHEN 'negated' THEN 'negated'
                    ELSE 'unrealised' END AS status
        FROM ev
        WHERE {bucket} IS NOT NULL
          AND (CAST(? AS DATE) IS NULL
               OR coalesce(day, CAST(month_day + INTERVAL '1 month' - INTERVAL '1 day' AS DATE)) >= ?)
          AND (CAST(? AS DATE) IS NULL OR coalesce(day, month_day) <= ?)),
    one AS (
        SELECT event_key, status,
               {first_bucket} AS bucket,
               {first_quad} AS quad_class,
               {first_goldstein} AS goldstein
        FROM kept GROUP BY event_key, status),
    agg AS (
        SELECT bucket,
               count(*) FILTER (WHERE status = 'asserted') AS events,
               count(*) FILTER (WHERE status = 'asserted' AND quad_class = 1) AS verbal_coop,
               count(*) FILTER (WHERE status = 'asserted' AND quad_class = 2) AS material_coop,
               count(*) FILTER (WHERE status = 'asserted' AND quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE status = 'asserted' AND quad_class = 4) AS material_conflict,
               coalesce(sum(goldstein) FILTER (WHERE status = 'asserted'), 0.0) AS goldstein_sum,
               avg(goldstein) FILTER (WHERE status = 'asserted') AS goldstein_mean,
               count(*) FILTER (WHERE status = 'negated') AS negated,
               count(*) FILTER (WHERE status = 'unrealised') AS unrealised
        FROM one GROUP BY bucket),
    tones AS (
        SELECT bucket, avg(tone) AS tone_mean FROM (
            SELECT DISTINCT one.bucket, kept.article_id, kept.tone
            FROM kept JOIN one ON one.event_key = kept.event_key AND one.status = kept.status
            WHERE kept.status = 'asserted') AS reporting
        GROUP BY bucket),
    span AS (
        SELECT coalesce({since_bucket}, min(bucket)) AS lo,
               coalesce({until_bucket}, max(bucket), {since_bucket}) AS hi
        FROM one),
    grid AS (
        SELECT CAST(g.step_at AS DATE) AS bucket
        FROM span,
             generate_series(CAST(span.lo AS TIMESTAMP), CAST(span.hi AS TIMESTAMP), {step}) AS g(step_at)
        WHERE span.lo <= span.hi)
    SELECT grid.bucket, coalesce(events, 0), coalesce(verbal_coop, 0), coalesce(material_coop, 0),
           coalesce(verbal_conflict, 0), coalesce(material_conflict, 0), coalesce(goldstein_sum, 0.0),
           goldstein_mean, tone_mean, coalesce(negated, 0), coalesce(unrealised, 0)
    FROM grid LEFT JOIN agg ON agg.bucket = grid.bucket LEFT JOIN tones ON tones.bucket = grid.bucket
    ORDER BY grid.bucket"""


def dyad_series(
    session: Session,
    first: str,
    second: str,
    *,
    by: Bucket = "day",
    directed: bool = False,
    since: date | None = None,
    until: date | None = None,
    include_uncoded: bool = False,
    include_historical: bool = False,
) -> list[SeriesRow]:
    """The rows of :meth:`SeriesStore.dyad_series <strife.store.roles.SeriesStore.dyad_series>`."""
    if by not in _BUCKET_SQL:
        raise ValueError(f"by must be one of {', '.join(_BUCKET_SQL)}, not {by!r}")
    a, b = first.strip().upper(), second.strip().upper()
    dyad, values = dyad_match(session.dialect, a, b, directed=directed)
    params: list[Any] = list(values)
    order = "sort_day, article_id, idx"
    first_of = session.dialect.first
    sql = _SERIES.format(
        events=_events(session.dialect),
        dyad=dyad,
        counted=counted(include_uncoded=include_uncoded, include_historical=include_historical, alias="e."),
        first_bucket=first_of("bucket", order),
        first_quad=first_of("quad_class", order),
        first_goldstein=first_of("goldstein", order),
        bucket=_BUCKET_SQL[by],
        step=_STEP_SQL[by],
        since_bucket=_date_bucket(by, since),
        until_bucket=_date_bucket(by, until),
    )
    params += [since, since, until, until]
    params += [since] * (since is not None) + [until] * (until is not None) + [since] * (since is not None)
    return models(SeriesRow, session.rows(sql, params))


def _date_bucket(by: str, value: date | None) -> str:
    """The SQL for the bucket of a given day (one ``?``), or ``NULL``."""
    if value is None:
        return "NULL"
    return {"day": "CAST(? AS DATE)", "week": "CAST(date_trunc('week', CAST(? AS DATE)) AS DATE)",
            "month": "CAST(date_trunc('month', CAST(? AS DATE)) AS DATE)"}[by]  # fmt: skip


#: Asserted conflict events with their two actor keys and the dyad's keys in sorted order.
_CONFLICT = """
    WITH ev AS ({events}
        WHERE e.modality = 'asserted' AND e.quad_class >= 3 AND {counted}),
    keys AS (
        SELECT article_id, idx, event_key, day,
               coalesce(source_country, source_code) AS s, coalesce(target_country, target_code) AS t
        FROM ev
        WHERE day IS NOT NULL AND (CAST(? AS DATE) IS NULL OR day >= ?)
          AND (CAST(? AS DATE) IS NULL OR day <= ?)),
    conflict AS (SELECT *, least(s, t) AS lo, greatest(s, t) AS hi FROM keys)"""

_COUNTS = """
    {conflict},
    keyed AS (
        SELECT s AS a, NULL::VARCHAR AS b, event_key, day FROM conflict WHERE s IS NOT NULL
        UNION ALL
        SELECT t, NULL, event_key, day FROM conflict WHERE t IS NOT NULL AND t IS DISTINCT FROM s
        UNION ALL
        SELECT lo, hi, event_key, day FROM conflict WHERE lo IS NOT NULL AND lo <> hi),
    firsts AS (SELECT a, b, event_key, min(day) AS day FROM keyed GROUP BY a, b, event_key),
    daily AS (SELECT a, b, day, count(*) AS n FROM firsts GROUP BY a, b, day)
    SELECT a, b, array_agg(day ORDER BY day), array_agg(n ORDER BY day)
    FROM daily GROUP BY a, b HAVING sum(n) >= ?
    ORDER BY a, b NULLS FIRST"""


def conflict_series(
    session: Session,
    *,
    since: date | None = None,
    until: date | None = None,
    min_total: int = 1,
    include_uncoded: bool = False,
    include_historical: bool = False,
) -> list[ConflictSeries]:
    """The rows of :meth:`SeriesStore.conflict_series <strife.store.roles.SeriesStore.conflict_series>`."""
    sql = _COUNTS.format(conflict=_conflict(session.dialect, include_uncoded, include_historical))
    rows = session.rows(sql, [since, since, until, until, min_total])
    return [
        ConflictSeries(actors=(a,) if b is None else (a, b), days=days, counts=counts)
        for a, b, days, counts in rows
    ]


_IDS = """
    {conflict},
    w AS (
        SELECT unnest(?::INTEGER[]) AS i, unnest(?::VARCHAR[]) AS a, unnest(?::VARCHAR[]) AS b,
               unnest(?::DATE[]) AS d0, unnest(?::DATE[]) AS d1),
    hits AS (
        SELECT w.i, c.article_id, c.idx, c.day FROM conflict c
        JOIN w ON w.b IS NULL AND c.s = w.a AND c.day BETWEEN w.d0 AND w.d1
        UNION
        SELECT w.i, c.article_id, c.idx, c.day FROM conflict c
        JOIN w ON w.b IS NULL AND c.t = w.a AND c.day BETWEEN w.d0 AND w.d1
        UNION
        SELECT w.i, c.article_id, c.idx, c.day FROM conflict c
        JOIN w ON c.lo = w.a AND c.hi = w.b AND c.lo <> c.hi AND c.day BETWEEN w.d0 AND w.d1)
    SELECT i, array_agg(article_id || '#' || idx ORDER BY day, article_id, idx) FROM hits GROUP BY i"""


def conflict_events(
    session: Session,
    windows: Sequence[EventWindow],
    *,
    include_uncoded: bool = False,
    include_historical: bool = False,
) -> list[list[str]]:
    """The rows of :meth:`SeriesStore.conflict_events <strife.store.roles.SeriesStore.conflict_events>`."""
    if not windows:
        return []
    columns: list[list[Any]] = [
        list(range(len(windows))),
        [w.actors[0] for w in windows],
        [w.actors[1] if len(w.actors) > 1 else None for w in windows],
        [w.start for w in windows],
        [w.end for w in windows],
    ]
    sql = _IDS.format(conflict=_conflict(session.dialect, include_uncoded, include_historical))
    lo, hi = min(w.start for w in windows), max(w.end for w in windows)
    found = {i: ids for i, ids in session.rows(sql, [lo, lo, hi, hi, *columns])}
    return [list(found.get(i, [])) for i in range(len(windows))]


def _conflict(dialect: Dialect, include_uncoded: bool, include_historical: bool) -> str:
    which = counted(include_uncoded=include_uncoded, include_historical=include_historical, alias="e.")
    return _CONFLICT.format(events=_events(dialect), counted=which)
