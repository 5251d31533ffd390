"""The embedded DuckDB store: one file (or ``:memory:``), one writer process at a time.

Every SQL statement is parameterised; table and column names come from the constants below only.
Each :meth:`DuckDBStore.add` writes the article row and all its child rows in one transaction, so a
killed process never leaves a half-written article behind and rerunning a batch completes it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

import duckdb
from pydantic import BaseModel, ValidationError

from strife.errors import StoreError
from strife.monitor.incidents import EventReport, Incident
from strife.record import Actor, Article
from strife.store import series_query, story_tables
from strife.store.article_query import ACTOR_SQL, article_sql, quote_sql
from strife.store.base import COUNT_KEYS, ActorRow, ArticleRow, EventFilter, EventRow, QuoteRow
from strife.store.event_query import event_sql, paging
from strife.store.feed_ledger import mark_items, seen_items
from strife.store.migrations import migrate
from strife.store.series_query import Bucket, ConflictSeries, EventWindow, SeriesRow
from strife.store.story_rows import (
    IncidentRow,
    StoryBacklog,
    StoryInput,
    StoryMember,
    StoryRow,
    ThreadRow,
)

MEMORY = ":memory:"

Row = tuple[Any, ...]
_M = TypeVar("_M", bound=BaseModel)

#: Child tables in the order :meth:`DuckDBStore.add` writes them, with their columns.
CHILD_TABLES: dict[str, tuple[str, ...]] = {
    table: tuple(columns.split())
    for table, columns in {
        "actors": "article_id idx name code country sector type title",
        "mentions": "article_id actor_idx idx text start end",
        "quotes": "article_id idx text start end kind cue speaker_name speaker_code speaker_country "
        "speaker_mention_text speaker_mention_start speaker_mention_end tone",
        "attributed_sources": "article_id idx name cue mention_text mention_start mention_end",
        "places": "article_id idx name country type",
        "place_mentions": "article_id place_idx idx text start end",
        "events": "article_id idx cameo cameo_root quad_class goldstein plover_type plover_mode "
        "plover_context source_name source_code source_country source_sector source_type "
        "target_name target_code target_country target_sector target_type date location_name "
        "location_country location_lat location_lon modality evidence_text evidence_start evidence_end "
        "quote_idx confidence day dated_by historical coded",
    }.items()
}
_ARTICLE_COLUMNS = (
    "id", "fingerprint", "url", "outlet", "published", "headline", "body", "origin", "record", "tone",
)  # fmt: skip
_ROWS_PER_STATEMENT = 256


def child_rows(article: Article) -> dict[str, list[Row]]:
    """The rows of each child table for one article, in :data:`CHILD_TABLES` column order."""
    aid = article.id
    rows: dict[str, list[Row]] = {table: [] for table in CHILD_TABLES}
    for i, actor in enumerate(article.actors):
        rows["actors"].append(
            (aid, i, actor.name, actor.code, actor.country, actor.sector, actor.type, actor.title)
        )
        rows["mentions"] += [(aid, i, j, m.text, m.start, m.end) for j, m in enumerate(actor.mentions)]
    for i, q in enumerate(article.quotes):
        sp = q.speaker
        sm = sp.mention if sp else None
        rows["quotes"].append(
            (aid, i, q.text, q.start, q.end, q.kind, q.cue)
            + ((sp.name, sp.code, sp.country) if sp else (None, None, None))
            + ((sm.text, sm.start, sm.end) if sm else (None, None, None))
            + (q.tone,)
        )
    for i, s in enumerate(article.attributed_sources):
        rows["attributed_sources"].append(
            (aid, i, s.name, s.cue, s.mention.text, s.mention.start, s.mention.end)
        )
    for i, place in enumerate(article.places):
        rows["places"].append((aid, i, place.name, place.country, place.type))
        rows["place_mentions"] += [(aid, i, j, m.text, m.start, m.end) for j, m in enumerate(place.mentions)]
    published = _utc(article.published)
    day = published.astimezone(UTC).strftime("%Y-%m-%d") if published is not None else None
    for i, e in enumerate(article.events):
        pl, loc, ev = e.plover, e.location, e.evidence
        rows["events"].append(
            (aid, i, e.cameo, e.cameo_root, e.quad_class, e.goldstein)
            + ((pl.type, pl.mode, list(pl.context)) if pl else (None, None, None))
            + _event_actor(e.source)
            + _event_actor(e.target)
            + (e.date,)
            + ((loc.name, loc.country, loc.lat, loc.lon) if loc else (None, None, None, None))
            + (e.modality, ev.text, ev.start, ev.end, e.quote, e.confidence, e.date or day)
            + (e.dated_by, e.historical, e.coded)
        )
    return rows


def _event_actor(actor: Actor | None) -> Row:
    """An event's source or target as its columns: name, code, country, sector, type."""
    if actor is None:
        return (None,) * 5
    return (actor.name, actor.code, actor.country, actor.sector, actor.type)


def _utc(value: datetime | None) -> datetime | None:
    """Naive datetimes are taken as UTC, so DuckDB never reads them in a local time zone."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def _check_limit(limit: int | None, offset: int = 0) -> None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be None or a non-negative int, not {limit!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset must be a non-negative int, not {offset!r}")


def _limit(sql: str, params: list[Any], limit: int | None, offset: int = 0) -> str:
    """``sql`` with its LIMIT and OFFSET (none when ``limit`` is None and ``offset`` 0)."""
    _check_limit(limit, offset)
    return sql + paging(params, limit, offset)


def _quoted(columns: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in columns)


class DuckDBStore:
    """A :class:`~strife.store.base.Store` in a DuckDB database. Open it with :meth:`open`."""

    def __init__(self, con: duckdb.DuckDBPyConnection, location: str) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self._location = location
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path) -> DuckDBStore:
        """Open (creating parent folders and schema, or migrating it) the store at ``path``."""
        if str(path) == MEMORY:
            location, target = MEMORY, MEMORY
        else:
            file = Path(path).expanduser().absolute()
            location = target = str(file)
            try:
                file.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the folder {file.parent} for the store {location} "
                    f"({exc.strerror or exc}); "
                    "choose a writable location with --db or STRIFE_DB"
                ) from exc
            if file.is_dir():
                raise StoreError(
                    f"the store path {location} is a folder; give a file path such as {file}/strife.duckdb "
                    "with --db or STRIFE_DB"
                )
        try:
            con = duckdb.connect(target)
        except duckdb.Error as exc:
            raise StoreError(_open_message(location, exc)) from exc
        try:
            con.execute("SET TimeZone = 'UTC'")
            con.execute("SET enable_progress_bar = false")
            migrate(con, location)
        except BaseException as exc:
            con.close()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"cannot set up the store {location} ({exc})") from exc
            raise
        return cls(con, location)

    # -- plumbing ------------------------------------------------------------------------------

    @property
    def location(self) -> str:
        return self._location

    def __repr__(self) -> str:
        state = "closed" if self._con is None else "open"
        return f"DuckDBStore({self._location!r}, {state})"

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            con, self._con = self._con, None
            if con is not None:
                try:
                    con.close()
                except duckdb.Error as exc:
                    raise StoreError(f"cannot close the store {self._location} ({exc})") from exc

    @contextlib.contextmanager
    def _connection(self, doing: str) -> Iterator[duckdb.DuckDBPyConnection]:
        """The open connection, under the lock; DuckDB errors become StoreError naming the store."""
        with self._lock:
            if self._con is None:
                raise StoreError(f"the store {self._location} is closed; open it again to {doing}")
            try:
                yield self._con
            except duckdb.Error as exc:
                raise StoreError(f"cannot {doing} in the store {self._location} ({exc})") from exc

    def _query(self, doing: str, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._connection(doing) as con:
            return con.execute(sql, list(params)).fetchall()

    # -- writing -------------------------------------------------------------------------------

    def add(self, article: Article) -> bool:
        with self._connection(f"add article {article.id!r}") as con:
            con.execute("BEGIN TRANSACTION")
            try:
                if self._exists(con, article.id, article.fingerprint):
                    con.execute("ROLLBACK")
                    return False
                try:
                    self._insert_rows(con, "articles", _ARTICLE_COLUMNS, [self._article_row(article)])
                except duckdb.ConstraintException:
                    # Stored meanwhile through another connection to the same database.
                    con.execute("ROLLBACK")
                    return False
                for table, rows in child_rows(article).items():
                    self._insert_rows(con, table, CHILD_TABLES[table], rows)
                con.execute("COMMIT")
            except BaseException:
                _rollback(con)
                raise
            return True

    @staticmethod
    def _article_row(article: Article) -> Row:
        a = article
        return (a.id, a.fingerprint, a.url, a.outlet, _utc(a.published), a.headline, a.body, a.origin,
                a.model_dump_json(), a.tone)  # fmt: skip

    @staticmethod
    def _insert_rows(
        con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], rows: list[Row]
    ) -> None:
        """Insert rows into one table, many per statement (all values are parameters)."""
        placeholders = "(" + ", ".join("?" * len(columns)) + ")"
        for at in range(0, len(rows), _ROWS_PER_STATEMENT):
            chunk = rows[at : at + _ROWS_PER_STATEMENT]
            sql = f"INSERT INTO {table} ({_quoted(columns)}) VALUES " + ", ".join([placeholders] * len(chunk))
            con.execute(sql, [value for row in chunk for value in row])

    # -- reading -------------------------------------------------------------------------------

    @staticmethod
    def _exists(con: duckdb.DuckDBPyConnection, article_id: str | None, fingerprint: str) -> bool:
        row = con.execute(
            "SELECT EXISTS (SELECT 1 FROM articles WHERE fingerprint = ? OR (? IS NOT NULL AND id = ?))",
            [fingerprint, article_id, article_id],
        ).fetchone()
        return bool(row and row[0])

    def stored_id(self, article_id: str | None, fingerprint: str) -> str | None:
        with self._connection("look up an article") as con:
            row = con.execute(
                "SELECT id FROM articles WHERE id = ? OR fingerprint = ? ORDER BY id = ? DESC LIMIT 1",
                [article_id, fingerprint, article_id],
            ).fetchone()
        return str(row[0]) if row else None

    def contains(self, article_id: str | None, fingerprint: str) -> bool:
        with self._connection("look up an article") as con:
            return self._exists(con, article_id, fingerprint)

    def get(self, article_id: str) -> Article | None:
        rows = self._query(
            f"read article {article_id!r}", "SELECT record FROM articles WHERE id = ?", [article_id]
        )
        if not rows:
            return None
        try:
            return Article.model_validate_json(rows[0][0])
        except ValidationError as exc:
            raise StoreError(
                f"the stored record of article {article_id!r} in {self._location} is not a valid article "
                f"({exc.error_count()} error(s), first: {exc.errors()[0]['msg']}); re-ingest it"
            ) from exc

    def articles(
        self,
        *,
        since: datetime | None = None,
        until: datetime | None = None,
        outlet: str | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleRow]:
        sql, params = article_sql(since=since, until=until, outlet=outlet, q=q)
        sql = _limit(sql, params, limit, offset)
        return _rows(ArticleRow, self._query("list articles", sql, params))

    def quotes(
        self,
        *,
        speaker: str | None = None,
        since: datetime | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[QuoteRow]:
        sql, params = quote_sql(speaker=speaker, since=since, q=q)
        sql = _limit(sql, params, limit, offset)
        return _rows(QuoteRow, self._query("list quotes", sql, params))

    def actors(self, *, limit: int | None = None, offset: int = 0) -> list[ActorRow]:
        params: list[Any] = []
        sql = _limit(ACTOR_SQL, params, limit, offset)
        return _rows(ActorRow, self._query("list actors", sql, params))

    def events(
        self, where: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[EventRow]:
        _check_limit(limit, offset)
        sql, params = event_sql(where or EventFilter(), limit=limit, offset=offset)
        return _rows(EventRow, self._query("list events", sql, params))

    def counts(self) -> dict[str, int]:
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {table})" for table in COUNT_KEYS)
        rows = self._query("count rows", sql)
        return dict(zip(COUNT_KEYS, (int(n) for n in rows[0]), strict=True))

    def story_inputs(self, scope: Sequence[str] | None = None) -> list[StoryInput]:
        with self._connection("read articles for story clustering") as con:
            return story_tables.story_inputs(con, scope)

    def event_reports(self, scope: Sequence[str] | None = None) -> list[EventReport]:
        with self._connection("read events for incident grouping") as con:
            return story_tables.event_reports(con, scope)

    def story_backlog(self) -> StoryBacklog:
        with self._connection("count articles without a story") as con:
            return story_tables.backlog(con)

    def story_scope(self, since: datetime) -> list[str]:
        with self._connection("find the articles to re-cluster") as con:
            return story_tables.scope_since(con, _utc(since) or since)

    def replace_stories(
        self,
        threads: Sequence[ThreadRow],
        stories: Sequence[StoryRow],
        members: Sequence[StoryMember],
        incidents: Sequence[Incident],
        scope: Sequence[str] | None = None,
    ) -> None:
        with self._connection("write stories") as con:
            story_tables.replace_stories(con, threads, stories, members, incidents, scope)

    def stories(
        self,
        *,
        thread: str | None = None,
        story: str | None = None,
        min_articles: int = 1,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[StoryRow]:
        _check_limit(limit, offset)
        with self._connection("list stories") as con:
            return story_tables.stories(
                con, thread=thread, story=story, min_articles=min_articles, limit=limit, offset=offset
            )

    def threads(self, *, limit: int | None = None) -> list[ThreadRow]:
        _check_limit(limit)
        with self._connection("list threads") as con:
            return story_tables.threads(con, limit=limit)

    def story_members(self, story: str) -> list[StoryMember]:
        with self._connection(f"read story {story!r}") as con:
            return story_tables.members(con, story)

    def incidents(self, *, story: str | None = None) -> list[IncidentRow]:
        with self._connection("list incidents") as con:
            return story_tables.incidents(con, story=story)

    def dyad_series(
        self, first: str, second: str, *, by: Bucket = "day", directed: bool = False,
        since: date | None = None, until: date | None = None, include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[SeriesRow]:  # fmt: skip
        with self._connection(f"build the series of the dyad {first}-{second}") as con:
            return series_query.dyad_series(con, first, second, by=by, directed=directed, since=since,
                                            until=until, include_uncoded=include_uncoded,
                                            include_historical=include_historical)  # fmt: skip

    def conflict_series(
        self, *, since: date | None = None, until: date | None = None, min_total: int = 1,
        include_uncoded: bool = False, include_historical: bool = False,
    ) -> list[ConflictSeries]:  # fmt: skip
        with self._connection("count conflict incidents") as con:
            return series_query.conflict_series(con, since=since, until=until, min_total=min_total,
                                                include_uncoded=include_uncoded,
                                                include_historical=include_historical)  # fmt: skip

    def conflict_events(
        self, windows: Sequence[EventWindow], *, include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[list[str]]:  # fmt: skip
        with self._connection("list conflict events") as con:
            return series_query.conflict_events(con, windows, include_uncoded=include_uncoded,
                                                include_historical=include_historical)  # fmt: skip

    def seen_feed_items(self, feed: str, items: Sequence[str]) -> set[str]:
        with self._connection(f"look up items of the feed {feed}") as con:
            return seen_items(con, feed, items)

    def mark_feed_items(self, feed: str, items: Sequence[tuple[str, str | None]]) -> None:
        with self._connection(f"record items of the feed {feed}") as con:
            mark_items(con, feed, items)

    def schema_version(self) -> int:
        rows = self._query(
            "read the schema version", "SELECT coalesce(max(version), 0) FROM schema_migrations"
        )
        return int(rows[0][0])


def _rows(model: type[_M], rows: list[Row]) -> list[_M]:
    fields = model.model_fields
    return [model(**dict(zip(fields, row, strict=True))) for row in rows]


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    # No transaction open, or the connection is gone: nothing is left to undo then.
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")


def _open_message(location: str, exc: duckdb.Error) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return (
            f"the store {location} is in use by another process "
            f"(DuckDB allows one writer at a time): {text}. "
            "Wait for that process to finish or stop it, or use another store with --db or STRIFE_DB."
        )
    if "not a valid DuckDB database" in text:
        return (
            f"the file {location} is not a DuckDB database ({text}); "
            "move it away or choose another store with --db or STRIFE_DB."
        )
    return (
        f"cannot open the store {location} ({text}); make sure the file and its folder are writable, "
        "or choose another store with --db or STRIFE_DB."
    )
