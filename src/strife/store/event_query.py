"""The SQL behind :meth:`EventStore.events <strife.store.roles.EventStore.events>`: an
:class:`EventFilter` as one parameterised statement over the ``events`` and ``articles`` tables.

Column names come from the constants here only; every value the user gave is a ``?`` parameter.
The statement uses ``left`` and ``length`` (both backends have them); the
:class:`~strife.store.dialect.Dialect` gives the prefix and substring tests and how the chosen page
is joined back to its rows (DuckDB's ``rowid``, PostgreSQL's primary key). An event's ``day`` (its
own date, else its article's publication day in UTC) is stored with it when it is written.

``since``/``until`` compare dates at the shorter precision of the two, which no index can serve;
each also gets a plain range on ``day`` that every event it keeps is inside (``day >= '2022'`` for
``since`` 2022-05-01, ``day <= '2022-05-99'`` for ``until`` 2022-05), which DuckDB's zone maps and
PostgreSQL's ``(day, article_id, idx)`` index use to skip the rest.

No index serves these conditions: code prefixes, and dates compared at the shorter of two
precisions, are not point look-ups, which is all DuckDB's ART indexes speed up; DuckDB scans its
compressed columns with min/max zone maps instead (measured on 2 million events: an exact code went
from 16 to 3 ms with an index, a prefix or a date range not at all faster).
"""

from __future__ import annotations

from typing import Any, Literal

from strife.store.dialect import Dialect
from strife.store.event_filter import EventFilter
from strife.store.session import paging

Side = Literal["source", "target"]

#: The statement's output columns, in :class:`~strife.store.rows.EventRow` field order.
_SELECT = """
    e.article_id, e.idx, page.day,
    coalesce(e.dated_by, CASE WHEN nullif(e.date, '') IS NOT NULL THEN 'event'
                             WHEN a.published IS NOT NULL THEN 'article' END) AS dated_by,
    e.historical, e.coded, a.published, a.outlet, e.cameo, e.cameo_root, e.quad_class, e.goldstein,
    e.plover_type, e.plover_mode, e.plover_context,
    e.source_name, e.source_code, e.source_country, e.source_sector, e.source_type,
    e.target_name, e.target_code, e.target_country, e.target_sector, e.target_type,
    e.location_name, e.location_country, e.location_lat, e.location_lon,
    e.modality, e.evidence_text, e.evidence_start, e.evidence_end, e.quote_idx, e.confidence,
    l.incident_id, i.articles, i.outlets"""

# Two steps: the page's events are chosen from the events table alone (its stored ``day``, no join),
# then only they are joined to their article and incident. Choosing first and fetching 36 columns
# for the page only is what keeps a page fast when hundreds of thousands of events match.
_PAGE = """
    WITH page AS (
        SELECT {row_key} day, article_id, idx FROM events
        WHERE {conditions}
        ORDER BY day NULLS LAST, article_id, idx{limit})"""

_FETCH = """
    SELECT {select}
    FROM page JOIN events e ON {same_row} JOIN articles a ON a.id = e.article_id
    LEFT JOIN incident_events l ON l.article_id = e.article_id AND l.idx = e.idx
    LEFT JOIN incidents i ON i.id = l.incident_id
    ORDER BY page.day NULLS LAST, page.article_id, page.idx"""
_SIDES: tuple[Side, Side] = ("source", "target")


def _match(dialect: Dialect, side: Side, actor: str) -> tuple[str, list[str]]:
    """The condition that the event's ``side`` is ``actor`` (code prefix or country), its values."""
    prefix, value = dialect.has_prefix(f"{side}_code", actor)
    return f"({prefix} OR {side}_country = ?)", [value, actor]


def event_sql(
    dialect: Dialect, where: EventFilter, *, limit: int | None = None, offset: int = 0
) -> tuple[str, list[Any]]:
    """The SELECT statement and its parameters for the events passing ``where``, at most ``limit``
    of them (all for ``None``) after skipping ``offset``."""
    conditions, params = ["TRUE"], list[Any]()

    def add(condition: str, *values: Any) -> None:
        conditions.append(condition)
        params.extend(values)

    if where.actor is not None:
        (source, values), (target, more) = (
            _match(dialect, side, where.actor) for side in ("source", "target")
        )
        add(f"({source} OR {target})", *values, *more)
    if where.dyad is not None:
        condition, values = dyad_match(dialect, *where.dyad, directed=where.directed)
        add(condition, *values)
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
        add(*dialect.has_prefix("cameo", where.code))
    if where.place is not None:
        named, value = dialect.has_text("location_name", where.place)
        add(f"({named} OR location_country = upper(?))", value, where.place)
    if where.text is not None:
        add(*dialect.has_text("evidence_text", where.text))
    conditions.append(
        counted(include_uncoded=where.include_uncoded, include_historical=where.include_historical)
    )
    # Compared at the shorter precision of the two: left(day, len(since)) >= left(since, len(day));
    # and a range on day itself that holds every event kept (see the module docs).
    if isinstance(where.since, str):  # normalised to text when the filter was built
        add(
            "day >= ? AND left(day, ?) >= left(?, length(day))",
            where.since[:4],
            len(where.since),
            where.since,
        )
    if isinstance(where.until, str):
        add(
            "day <= ? AND left(day, ?) <= left(?, length(day))",
            where.until + "-99",
            len(where.until),
            where.until,
        )
    page = paging(params, limit, offset)
    sql = _PAGE.format(row_key=dialect.row_key, conditions=" AND ".join(conditions), limit=page)
    sql += _FETCH.format(select=_SELECT, same_row=dialect.same_row("page", "e"))
    return sql, params


def counted(*, include_uncoded: bool, include_historical: bool, alias: str = "") -> str:
    """The condition on events that are counted: a coded source or target, and not background told
    as history, unless included (``alias``: the events table's alias with its dot, e.g. ``"e."``)."""
    parts = ([] if include_uncoded else [f"{alias}coded"]) + (
        [] if include_historical else [f"NOT {alias}historical"]
    )
    return " AND ".join(parts) or "TRUE"


def dyad_match(dialect: Dialect, first: str, second: str, *, directed: bool) -> tuple[str, list[str]]:
    """The condition (and its values) for events between two actors, each matched by code prefix
    or country: ``first`` the source and ``second`` the target, or either way unless ``directed``."""
    (s1, v1), (t2, v2) = _match(dialect, "source", first), _match(dialect, "target", second)
    forward = f"({s1} AND {t2})"
    if directed:
        return forward, v1 + v2
    (s2, v3), (t1, v4) = _match(dialect, "source", second), _match(dialect, "target", first)
    return f"({forward} OR ({s2} AND {t1}))", v1 + v2 + v3 + v4
