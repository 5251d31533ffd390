"""The SQL behind :meth:`Store.events <strife.store.base.Store.events>`: an :class:`EventFilter` as
one parameterised statement over the ``events`` and ``articles`` tables.

Column names come from the constants here only; every value the user gave is a ``?`` parameter.
The statement uses ``starts_with``, ``left``, ``length`` and ``strftime`` (DuckDB; PostgreSQL has the
first three and ``to_char`` for the last).

No index serves these conditions: code prefixes, and dates compared at the shorter of two
precisions, are not point look-ups, which is all DuckDB's ART indexes speed up; DuckDB scans its
compressed columns with min/max zone maps instead (measured on 2 million events: an exact code went
from 16 to 3 ms with an index, a prefix or a date range not at all faster).
"""

from __future__ import annotations

from typing import Any, Literal

from strife.store.event_filter import EventFilter

Side = Literal["source", "target"]

#: The statement's output columns, in :class:`~strife.store.base.EventRow` field order.
_SELECT = """
    article_id, idx, day, dated_by, published, outlet, cameo, cameo_root, quad_class, goldstein,
    plover_type, plover_mode, plover_context,
    source_name, source_code, source_country, source_sector, source_type,
    target_name, target_code, target_country, target_sector, target_type,
    location_name, location_country, location_lat, location_lon,
    modality, evidence_text, evidence_start, evidence_end, quote_idx, confidence,
    incident_id, incident_articles, incident_outlets"""

_FROM = """
    WITH ev AS (
        SELECT e.*, a.published, a.outlet, l.incident_id,
               i.articles AS incident_articles, i.outlets AS incident_outlets,
               coalesce(nullif(e.date, ''), strftime(a.published, '%Y-%m-%d')) AS day,
               CASE WHEN nullif(e.date, '') IS NOT NULL THEN 'event'
                    WHEN a.published IS NOT NULL THEN 'article' END AS dated_by
        FROM events e JOIN articles a ON a.id = e.article_id
        LEFT JOIN incident_events l ON l.article_id = e.article_id AND l.idx = e.idx
        LEFT JOIN incidents i ON i.id = l.incident_id)"""

_ORDER = "ORDER BY day NULLS LAST, article_id, idx"

_MATCH: dict[Side, str] = {
    side: f"(starts_with({side}_code, ?) OR {side}_country = ?)" for side in ("source", "target")
}


def event_sql(where: EventFilter) -> tuple[str, list[Any]]:
    """The SELECT statement (without LIMIT) and its parameters for the events passing ``where``."""
    conditions, params = ["TRUE"], list[Any]()

    def add(condition: str, *values: Any) -> None:
        conditions.append(condition)
        params.extend(values)

    if where.actor is not None:
        add(f"({_MATCH['source']} OR {_MATCH['target']})", *[where.actor] * 4)
    if where.dyad is not None:
        first, second = where.dyad
        forward = f"({_MATCH['source']} AND {_MATCH['target']})"
        if where.directed:
            add(forward, first, first, second, second)
        else:
            add(f"({forward} OR {forward})", first, first, second, second, second, second, first, first)
    for column, value in (
        ("cameo_root", where.root),
        ("upper(plover_type)", where.plover),
        ("quad_class", where.quad_class),
        ("modality", where.modality),
        ("article_id", where.article),
    ):
        if value is not None:
            add(f"{column} = ?", value)
    if where.code is not None:
        add("starts_with(cameo, ?)", where.code)
    if where.place is not None:
        add(
            "(contains(lower(location_name), lower(?)) OR location_country = upper(?))",
            where.place,
            where.place,
        )
    if where.text is not None:
        add("contains(lower(evidence_text), lower(?))", where.text)
    # Compared at the shorter precision of the two: left(day, len(since)) >= left(since, len(day)).
    if where.since is not None:
        add("left(day, length(?)) >= left(?, length(day))", where.since, where.since)
    if where.until is not None:
        add("left(day, length(?)) <= left(?, length(day))", where.until, where.until)
    sql = f"{_FROM}\n    SELECT {_SELECT}\n    FROM ev WHERE {' AND '.join(conditions)}\n    {_ORDER}"
    return sql, params
