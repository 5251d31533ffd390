"""The SQL behind a dyad's event series (:class:`SeriesStore <strife.store.roles.SeriesStore>`'s
``dyad_series``); its events (:func:`events_sql`) are also what the alerts count
(:mod:`strife.store.alert_query`).

Each is one aggregation inside the database: no event row is loaded into Python. Every value the
caller gives is a ``?`` parameter; the bucket's SQL comes from :data:`_BUCKET_SQL` only.

Counting rules:

- An event's **day**: its own date when the coder wrote a full ``YYYY-MM-DD``; the day its article
  was published (UTC, the store's session time zone) when it has no date; ``NULL`` otherwise (an
  event dated to a month only keeps that month in ``month_day``, for month buckets).
- An event's **key**: its incident (table ``incident_events``), else ``"{article_id}#{idx}"``; the
  rows of one key count once, on the earliest day they have.
- Only **counted** events: with a coded source or target and not background told as history
  (``historical``), unless ``include_uncoded`` / ``include_historical`` say otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from strife.store.dialect import Dialect
from strife.store.event_query import counted, dyad_match
from strife.store.rows import Bucket, SeriesRow
from strife.store.session import Session, models

__all__ = ["dyad_series", "events_sql"]

#: Each event with its article's tone, its incident key and its day; an event dated to a month has
#: ``day`` NULL and the month's first day in ``month_day``; one dated to a year has both NULL.
_EVENTS = """
    SELECT e.article_id, e.idx, e.quad_class, e.goldstein, e.modality, a.tone,
           e.cameo_root, e.source_code, e.source_country, e.target_code, e.target_country,
           CAST(a.published AS DATE) AS published_day,
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


def events_sql(dialect: Dialect) -> str:
    """Every event with its day, month day, incident key and its article's tone and publication day."""
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
        events=events_sql(session.dialect),
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
