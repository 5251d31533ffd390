"""The SQL behind stories, threads and incidents (tables of schema version 3).

Stories, threads, story membership and incidents are written together and as a whole
(:func:`replace_stories`, one transaction): a re-clustering replaces the previous one, so nothing is
stored twice and a reader never sees half of one. Columns are inserted as lists (``unnest(?)``),
which DuckDB reads far faster than rows of parameters. Every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import duckdb

from strife.monitor.incidents import EventReport, Incident
from strife.store.event_query import paging
from strife.store.story_rows import (
    IncidentRow,
    StoryBacklog,
    StoryInput,
    StoryMember,
    StoryRow,
    ThreadRow,
)

_TABLES = ("incident_events", "incidents", "story_articles", "stories", "threads")


def insert_columns(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[Any]
) -> None:
    """Insert ``rows`` (tuples in ``columns`` order) into ``table`` in one statement."""
    if not rows:
        return
    values = [list(column) for column in zip(*rows, strict=True)]
    names = ", ".join(f'"{c}"' for c in columns)
    unnest = ", ".join("unnest(?)" for _ in columns)
    con.execute(f"INSERT INTO {table} ({names}) SELECT {unnest}", values)


def _scoped(column: str, scope: Sequence[str] | None) -> tuple[str, list[Any]]:
    """A condition keeping the rows whose ``column`` is in ``scope`` (all rows for ``None``)."""
    if scope is None:
        return "TRUE", []
    return f"{column} IN (SELECT unnest(?::VARCHAR[]))", [list(scope)]


def story_inputs(con: duckdb.DuckDBPyConnection, scope: Sequence[str] | None = None) -> list[StoryInput]:
    """The stored articles (those with ids in ``scope``, or all) with their distinct actor codes,
    earliest first (undated last)."""
    where, params = _scoped("a.id", scope)
    rows = con.execute(
        f"""
        SELECT a.id, a.headline, a.body, a.outlet, a.published,
               (SELECT coalesce(list_sort(list_distinct(list(x.code))), [])
                FROM actors x WHERE x.article_id = a.id)
        FROM articles a WHERE {where} ORDER BY a.published NULLS LAST, a.id""",
        params,
    ).fetchall()
    return [
        StoryInput(id=r[0], headline=r[1], body=r[2], outlet=r[3], published=r[4], actors=tuple(r[5]))
        for r in rows
    ]


def event_reports(con: duckdb.DuckDBPyConnection, scope: Sequence[str] | None = None) -> list[EventReport]:
    """The stored events (of the articles in ``scope``, or all) as incident grouping needs them."""
    where, params = _scoped("e.article_id", scope)
    rows = con.execute(
        f"""
        SELECT e.article_id, e.idx,
               coalesce(e.source_country, e.source_code, lower(e.source_name)),
               coalesce(e.target_country, e.target_code, lower(e.target_name)),
               e.cameo_root, e.modality, nullif(e.date, ''), a.published, a.outlet
        FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}""",
        params,
    ).fetchall()
    return [EventReport(*row) for row in rows]


def backlog(con: duckdb.DuckDBPyConnection) -> StoryBacklog:
    """The articles in no story yet (stored after the last clustering)."""
    row = con.execute(
        """
        SELECT count(*), min(a.published), count(*) FILTER (WHERE a.published IS NULL),
               (SELECT count(*) FROM story_articles)
        FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"""
    ).fetchone()
    articles, earliest, undated, clustered = row if row else (0, None, 0, 0)
    return StoryBacklog(articles=articles, earliest=earliest, undated=undated, clustered=clustered)


_TOUCHED_THREADS = """
    SELECT DISTINCT s.thread_id FROM stories s
    JOIN story_articles m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id
    WHERE a.published >= ?"""


def scope_since(con: duckdb.DuckDBPyConnection, start: datetime) -> list[str]:
    """The articles a re-clustering from ``start`` must take: those published since, and every
    article of a thread holding one of them — the start moving back until no thread straddles it."""
    while True:
        row = con.execute(
            f"""
            SELECT min(a.published) FROM articles a JOIN story_articles m ON m.article_id = a.id
            JOIN stories s ON s.id = m.story_id WHERE s.thread_id IN ({_TOUCHED_THREADS})""",
            [start],
        ).fetchone()
        earliest = row[0] if row else None
        if earliest is None or earliest >= start:
            break
        start = earliest
    rows = con.execute(
        f"""
        SELECT id FROM articles WHERE published >= ?
        UNION
        SELECT m.article_id FROM story_articles m JOIN stories s ON s.id = m.story_id
        WHERE s.thread_id IN ({_TOUCHED_THREADS})
        UNION
        SELECT a.id FROM articles a
        WHERE NOT EXISTS (SELECT 1 FROM story_articles m WHERE m.article_id = a.id)
        ORDER BY 1""",
        [start, start],
    ).fetchall()
    return [r[0] for r in rows]


def replace_stories(
    con: duckdb.DuckDBPyConnection,
    threads: Sequence[ThreadRow],
    stories: Sequence[StoryRow],
    members: Sequence[StoryMember],
    incidents: Sequence[Incident],
    scope: Sequence[str] | None = None,
) -> None:
    """Replace the stories, threads, memberships and incidents — all of them, or (with ``scope``)
    those of the articles in ``scope`` — with these, in one transaction."""
    con.execute("BEGIN TRANSACTION")
    try:
        _delete(con, scope)
        tables: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]] = [
            ("threads", ("id", "headline", "first_seen", "last_seen"),
             [(t.thread, t.headline, t.first_seen, t.last_seen) for t in threads]),
            ("stories", ("id", "thread_id", "headline", "first_seen", "last_seen"),
             [(s.story, s.thread, s.headline, s.first_seen, s.last_seen) for s in stories]),
            ("story_articles", ("article_id", "story_id", "duplicate_of"),
             [(m.article_id, m.story, m.duplicate_of) for m in members]),
        ]  # fmt: skip
        for table, columns, rows in tables:
            insert_columns(con, table, columns, rows)
        _insert_incidents(con, incidents)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def _delete(con: duckdb.DuckDBPyConnection, scope: Sequence[str] | None) -> None:
    """Delete every story row, or those of the articles in ``scope`` and what they leave empty."""
    if scope is None:
        for table in _TABLES:
            con.execute(f"DELETE FROM {table}")
        return
    ids = [list(scope)]
    con.execute("DELETE FROM incident_events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", ids)
    con.execute("DELETE FROM story_articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", ids)
    con.execute("DELETE FROM incidents WHERE id NOT IN (SELECT incident_id FROM incident_events)")
    con.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)")
    con.execute("DELETE FROM threads WHERE id NOT IN (SELECT thread_id FROM stories)")


def _insert_incidents(con: duckdb.DuckDBPyConnection, incidents: Sequence[Incident]) -> None:
    columns = ("id", "story_id", "articles", "outlets", "first_article_id", "first_outlet", "first_seen")
    rows = [
        (i.id, i.story_id, i.articles, i.outlets, i.first_article_id, i.first_outlet, i.first_seen)
        for i in incidents
    ]
    insert_columns(con, "incidents", columns, rows)
    links = []
    for incident in incidents:
        for event in incident.events:
            article_id, _, idx = event.rpartition("#")
            links.append((article_id, int(idx), incident.id))
    insert_columns(con, "incident_events", ("article_id", "idx", "incident_id"), links)


_STORY_SELECT = """
    SELECT s.id, s.thread_id, s.headline,
           list(m.article_id ORDER BY a.published NULLS LAST, m.article_id),
           coalesce(list_sort(list_distinct(list(a.outlet))), []),
           s.first_seen, s.last_seen
    FROM stories s JOIN story_articles m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id"""


def stories(
    con: duckdb.DuckDBPyConnection,
    *,
    thread: str | None = None,
    story: str | None = None,
    min_articles: int = 1,
    limit: int | None = None,
    offset: int = 0,
) -> list[StoryRow]:
    """Stories, most recently seen first (undated last), then by id."""
    where, params = ["TRUE"], list[Any]()
    for column, value in (("s.thread_id", thread), ("s.id", story)):
        if value is not None:
            where.append(f"{column} = ?")
            params.append(value)
    sql = (
        f"{_STORY_SELECT} WHERE {' AND '.join(where)} GROUP BY ALL HAVING count(*) >= ? "
        "ORDER BY s.last_seen DESC NULLS LAST, s.id"
    )
    params.append(min_articles)
    sql += paging(params, limit, offset)
    fields = StoryRow.model_fields
    return [StoryRow(**dict(zip(fields, row, strict=True))) for row in con.execute(sql, params).fetchall()]


def threads(con: duckdb.DuckDBPyConnection, *, limit: int | None = None) -> list[ThreadRow]:
    """Threads with their stories (earliest first), most recently seen first."""
    sql = """
        SELECT t.id, t.headline,
               list(s.id ORDER BY s.first_seen NULLS LAST, s.id),
               (SELECT count(*) FROM story_articles m JOIN stories x ON x.id = m.story_id
                WHERE x.thread_id = t.id),
               t.first_seen, t.last_seen
        FROM threads t JOIN stories s ON s.thread_id = t.id
        GROUP BY ALL ORDER BY t.last_seen DESC NULLS LAST, t.id"""
    params: list[Any] = []
    sql += paging(params, limit, 0)
    fields = ThreadRow.model_fields
    return [ThreadRow(**dict(zip(fields, row, strict=True))) for row in con.execute(sql, params).fetchall()]


def members(con: duckdb.DuckDBPyConnection, story: str) -> list[StoryMember]:
    """The articles of one story with the near-copy each is of (if any)."""
    rows = con.execute(
        "SELECT article_id, story_id, duplicate_of FROM story_articles WHERE story_id = ? "
        "ORDER BY article_id",
        [story],
    ).fetchall()
    return [StoryMember(article_id=r[0], story=r[1], duplicate_of=r[2]) for r in rows]


def incidents(con: duckdb.DuckDBPyConnection, *, story: str | None = None) -> list[IncidentRow]:
    """Incidents (of one story, or all), most reported first; their code and actors are those of
    the first report."""
    sql = """
        SELECT i.id, i.story_id,
               list(l.article_id || '#' || l.idx ORDER BY l.article_id, l.idx),
               i.articles, i.outlets, i.first_article_id, i.first_outlet, i.first_seen,
               first(e.cameo ORDER BY a.published NULLS LAST, e.article_id, e.idx),
               first(coalesce(e.source_code, e.source_name)
                     ORDER BY a.published NULLS LAST, e.article_id, e.idx),
               first(coalesce(e.target_code, e.target_name)
                     ORDER BY a.published NULLS LAST, e.article_id, e.idx),
               any_value(e.modality), min(nullif(e.date, ''))
        FROM incidents i JOIN incident_events l ON l.incident_id = i.id
        JOIN events e ON e.article_id = l.article_id AND e.idx = l.idx
        JOIN articles a ON a.id = e.article_id
        WHERE ? IS NULL OR i.story_id = ?
        GROUP BY ALL ORDER BY i.articles DESC, i.outlets DESC, i.first_seen NULLS LAST, i.id"""
    fields = IncidentRow.model_fields
    rows = con.execute(sql, [story, story]).fetchall()
    return [IncidentRow(**dict(zip(fields, row, strict=True))) for row in rows]
