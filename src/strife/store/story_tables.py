"""The SQL behind stories, threads and incidents (tables of schema version 3).

Stories, threads, story membership and incidents are written together (:func:`replace_stories`,
one transaction): a re-clustering replaces the previous one (all of it, or the part it covered), so
nothing is stored twice and a reader never sees half of one. Rows go in through
:meth:`Session.insert <strife.store.session.Session.insert>`, the backend's fastest bulk insert.
Every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from strife.store.session import Row, Session, models, paging
from strife.store.story_rows import (
    EventReport,
    Incident,
    IncidentRow,
    StoryBacklog,
    StoryInput,
    StoryMember,
    StoryRow,
    ThreadRow,
)

_TABLES = ("incident_events", "incidents", "story_articles", "stories", "threads")


def _scoped(column: str, scope: Sequence[str] | None) -> tuple[str, list[Any]]:
    """A condition keeping the rows whose ``column`` is in ``scope`` (all rows for ``None``)."""
    if scope is None:
        return "TRUE", []
    return f"{column} IN (SELECT unnest(?::VARCHAR[]))", [list(scope)]


def story_inputs(session: Session, scope: Sequence[str] | None = None) -> list[StoryInput]:
    """The stored articles (those with ids in ``scope``, or all) with their distinct actor codes,
    earliest first (undated last)."""
    where, params = _scoped("a.id", scope)
    rows = session.rows(
        f"""
        SELECT a.id, a.headline, a.body, a.outlet, a.published,
               (SELECT array_agg(DISTINCT x.code ORDER BY x.code) FILTER (WHERE x.code IS NOT NULL)
                FROM actors x WHERE x.article_id = a.id)
        FROM articles a WHERE {where} ORDER BY a.published NULLS LAST, a.id""",
        params,
    )
    return [
        StoryInput(id=r[0], headline=r[1], body=r[2], outlet=r[3], published=r[4], actors=tuple(r[5] or ()))
        for r in rows
    ]


def event_reports(session: Session, scope: Sequence[str] | None = None) -> list[EventReport]:
    """The stored events (of the articles in ``scope``, or all) as incident grouping needs them."""
    where, params = _scoped("e.article_id", scope)
    rows = session.rows(
        f"""
        SELECT e.article_id, e.idx,
               coalesce(e.source_country, e.source_code, lower(e.source_name)),
               coalesce(e.target_country, e.target_code, lower(e.target_name)),
               e.cameo_root, e.modality, nullif(e.date, ''), a.published, a.outlet
        FROM events e JOIN articles a ON a.id = e.article_id WHERE {where}""",
        params,
    )
    return [EventReport(*row) for row in rows]


def backlog(session: Session) -> StoryBacklog:
    """The articles in no story yet (stored after the last clustering)."""
    rows = session.rows(
        """
        SELECT count(*), min(a.published), count(*) FILTER (WHERE a.published IS NULL),
               (SELECT count(*) FROM story_articles)
        FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles s WHERE s.article_id = a.id)"""
    )
    articles, earliest, undated, clustered = rows[0] if rows else (0, None, 0, 0)
    return StoryBacklog(articles=articles, earliest=earliest, undated=undated, clustered=clustered)


_TOUCHED_THREADS = """
    SELECT DISTINCT s.thread_id FROM stories s
    JOIN story_articles m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id
    WHERE a.published >= ?"""


def scope_since(session: Session, start: datetime) -> list[str]:
    """The articles a re-clustering from ``start`` must take: those published since, and every
    article of a thread holding one of them — the start moving back until no thread straddles it."""
    while True:
        found = session.rows(
            f"""
            SELECT min(a.published) FROM articles a JOIN story_articles m ON m.article_id = a.id
            JOIN stories s ON s.id = m.story_id WHERE s.thread_id IN ({_TOUCHED_THREADS})""",
            [start],
        )
        earliest = found[0][0] if found else None
        if earliest is None or earliest >= start:
            break
        start = earliest
    rows = session.rows(
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
    )
    return [r[0] for r in rows]


def replace_stories(
    session: Session,
    threads: Sequence[ThreadRow],
    stories: Sequence[StoryRow],
    members: Sequence[StoryMember],
    incidents: Sequence[Incident],
    scope: Sequence[str] | None = None,
) -> None:
    """Replace the stories, threads, memberships and incidents — all of them, or (with ``scope``)
    those of the articles in ``scope`` — with these, in one transaction."""
    with session.transaction():
        _delete(session, scope)
        tables: list[tuple[str, tuple[str, ...], list[Row]]] = [
            ("threads", ("id", "headline", "first_seen", "last_seen"),
             [(t.thread, t.headline, t.first_seen, t.last_seen) for t in threads]),
            ("stories", ("id", "thread_id", "headline", "first_seen", "last_seen"),
             [(s.story, s.thread, s.headline, s.first_seen, s.last_seen) for s in stories]),
            ("story_articles", ("article_id", "story_id", "duplicate_of"),
             [(m.article_id, m.story, m.duplicate_of) for m in members]),
        ]  # fmt: skip
        for table, columns, rows in tables:
            session.insert(table, columns, rows)
        _insert_incidents(session, incidents)


def _delete(session: Session, scope: Sequence[str] | None) -> None:
    """Delete every story row, or those of the articles in ``scope`` and what they leave empty."""
    if scope is None:
        for table in _TABLES:
            session.run(f"DELETE FROM {table}")
        return
    ids = [list(scope)]
    session.run("DELETE FROM incident_events WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", ids)
    session.run("DELETE FROM story_articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", ids)
    session.run("DELETE FROM incidents WHERE id NOT IN (SELECT incident_id FROM incident_events)")
    session.run("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)")
    session.run("DELETE FROM threads WHERE id NOT IN (SELECT thread_id FROM stories)")


def _insert_incidents(session: Session, incidents: Sequence[Incident]) -> None:
    columns = ("id", "story_id", "articles", "outlets", "first_article_id", "first_outlet", "first_seen")
    rows = [
        (i.id, i.story_id, i.articles, i.outlets, i.first_article_id, i.first_outlet, i.first_seen)
        for i in incidents
    ]
    session.insert("incidents", columns, rows)
    links: list[Row] = []
    for incident in incidents:
        for event in incident.events:
            article_id, _, idx = event.rpartition("#")
            links.append((article_id, int(idx), incident.id))
    session.insert("incident_events", ("article_id", "idx", "incident_id"), links)


_STORY_SELECT = """
    SELECT s.id, s.thread_id, s.headline,
           array_agg(m.article_id ORDER BY a.published NULLS LAST, m.article_id),
           array_agg(DISTINCT a.outlet ORDER BY a.outlet) FILTER (WHERE a.outlet IS NOT NULL),
           s.first_seen, s.last_seen
    FROM stories s JOIN story_articles m ON m.story_id = s.id JOIN articles a ON a.id = m.article_id"""
_STORY_GROUP = "GROUP BY s.id, s.thread_id, s.headline, s.first_seen, s.last_seen"


def stories(
    session: Session,
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
        f"{_STORY_SELECT} WHERE {' AND '.join(where)} {_STORY_GROUP} HAVING count(*) >= ? "
        "ORDER BY s.last_seen DESC NULLS LAST, s.id"
    )
    params.append(min_articles)
    sql += paging(params, limit, offset)
    rows = [(*row[:4], row[4] or [], *row[5:]) for row in session.rows(sql, params)]
    return models(StoryRow, rows)


def threads(session: Session, *, limit: int | None = None) -> list[ThreadRow]:
    """Threads with their stories (earliest first), most recently seen first."""
    sql = """
        SELECT t.id, t.headline,
               array_agg(s.id ORDER BY s.first_seen NULLS LAST, s.id),
               (SELECT count(*) FROM story_articles m JOIN stories x ON x.id = m.story_id
                WHERE x.thread_id = t.id),
               t.first_seen, t.last_seen
        FROM threads t JOIN stories s ON s.thread_id = t.id
        GROUP BY t.id, t.headline, t.first_seen, t.last_seen
        ORDER BY t.last_seen DESC NULLS LAST, t.id"""
    params: list[Any] = []
    sql += paging(params, limit, 0)
    return models(ThreadRow, session.rows(sql, params))


def members(session: Session, story: str) -> list[StoryMember]:
    """The articles of one story with the near-copy each is of (if any)."""
    rows = session.rows(
        "SELECT article_id, story_id, duplicate_of FROM story_articles WHERE story_id = ? "
        "ORDER BY article_id",
        [story],
    )
    return [StoryMember(article_id=r[0], story=r[1], duplicate_of=r[2]) for r in rows]


def incidents(session: Session, *, story: str | None = None) -> list[IncidentRow]:
    """Incidents (of one story, or all), most reported first; their code and actors are those of
    the first report."""
    order = "a.published NULLS LAST, e.article_id, e.idx"
    first = session.dialect.first
    sql = f"""
        SELECT i.id, i.story_id,
               array_agg(l.article_id || '#' || l.idx ORDER BY l.article_id, l.idx),
               i.articles, i.outlets, i.first_article_id, i.first_outlet, i.first_seen,
               {first("e.cameo", order)},
               {first("coalesce(e.source_code, e.source_name)", order)},
               {first("coalesce(e.target_code, e.target_name)", order)},
               min(e.modality), min(nullif(e.date, ''))
        FROM incidents i JOIN incident_events l ON l.incident_id = i.id
        JOIN events e ON e.article_id = l.article_id AND e.idx = l.idx
        JOIN articles a ON a.id = e.article_id
        WHERE CAST(? AS VARCHAR) IS NULL OR i.story_id = ?
        GROUP BY i.id, i.story_id, i.articles, i.outlets, i.first_article_id, i.first_outlet, i.first_seen
        ORDER BY i.articles DESC, i.outlets DESC, i.first_seen NULLS LAST, i.id"""
    return models(IncidentRow, session.rows(sql, [story, story]))
