"""The store's methods, written once for both backends over a :class:`~strife.store.session.Session`.

:class:`SqlStore` implements every role of :class:`~strife.store.roles.Store` with the query modules
(:mod:`~strife.store.article_query`, :mod:`~strife.store.event_query`,
:mod:`~strife.store.series_query`, :mod:`~strife.store.story_tables`,
:mod:`~strife.store.alert_tables`, :mod:`~strife.store.feed_ledger`). A backend subclass says only
how to get a session for one call (:meth:`SqlStore._session`), where the store is and how to close
it: :mod:`~strife.store.duckdb_store` and :mod:`~strife.store.postgres_store`.

Each :meth:`SqlStore.add` writes the article row and all its child rows in one transaction, the
article row first with ``ON CONFLICT DO NOTHING``: an article another process stored meanwhile (same
id or same text) makes the insert write nothing, and the transaction ends without child rows. So
however many writers share a database, no article is stored twice or half.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, Self

from pydantic import ValidationError

from strife.errors import StoreError
from strife.record import Article
from strife.store import alert_query, alert_tables, feed_ledger, series_query, story_tables
from strife.store.alert_rows import AlertRow, AlertRun
from strife.store.article_query import ACTOR_SQL, SPEAKER_COUNT_SQL, article_sql, quote_sql
from strife.store.article_rows import ARTICLE_COLUMNS, CHILD_TABLES, article_row, child_rows, utc
from strife.store.event_filter import EventFilter
from strife.store.event_query import event_sql
from strife.store.rows import (
    COUNT_KEYS,
    ActorRow,
    AlertSeries,
    ArticleRow,
    Bucket,
    DayCount,
    EventRow,
    EventWindow,
    QuoteRow,
    SeriesRow,
    SpeakerCount,
    StoredText,
)
from strife.store.session import QueryError, Row, Session, check_limit, models, paging
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

__all__ = ["SqlStore"]

_INSERT_ARTICLE = (
    f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))}) "
    "ON CONFLICT DO NOTHING RETURNING id"
)


class SqlStore(ABC):
    """A :class:`~strife.store.roles.Store` over SQL; subclasses give the sessions."""

    # -- what a backend provides ---------------------------------------------------------------

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the store is (no password in it)."""

    @abstractmethod
    def _connect(self, doing: str) -> AbstractContextManager[Session]:
        """A session for one call; raises :class:`StoreError` when the store is closed or unreachable."""

    @abstractmethod
    def close(self) -> None:
        """Close the store (idempotent); later calls raise :class:`StoreError`."""

    @abstractmethod
    def refresh_lock(self) -> AbstractContextManager[None]:
        """Held while what is derived from the articles is refreshed (one refresh at a time)."""

    # -- plumbing ------------------------------------------------------------------------------

    @contextmanager
    def _session(self, doing: str) -> Iterator[Session]:
        """A session for one call; a statement the database refuses becomes a :class:`StoreError`
        saying what the store was doing."""
        with self._connect(doing) as session:
            try:
                yield session
            except QueryError as exc:
                raise StoreError(f"cannot {doing} in the store {self.location} ({exc.detail})") from exc

    def _rows(self, doing: str, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._session(doing) as session:
            return session.rows(sql, params)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- articles ------------------------------------------------------------------------------

    def add(self, article: Article) -> bool:
        with self._session(f"add article {article.id!r}") as session, session.transaction():
            if not session.rows(_INSERT_ARTICLE, article_row(article)):
                return False  # stored before, or meanwhile by another writer: nothing was written
            for table, rows in child_rows(article).items():
                session.insert(table, CHILD_TABLES[table], rows)
        return True

    def stored_id(self, article_id: str | None, fingerprint: str) -> str | None:
        rows = self._rows(
            "look up an article",
            "SELECT id FROM articles WHERE id = ? OR fingerprint = ? ORDER BY id = ? DESC LIMIT 1",
            [article_id, fingerprint, article_id],
        )
        return str(rows[0][0]) if rows else None

    def same_texts(self, article_id: str, fingerprint: str) -> list[StoredText]:
        text = fingerprint.split(":", 1)[0]
        rows = self._rows(
            "look up an article's text",
            "SELECT id, fingerprint, outlet, url FROM articles "
            "WHERE id = ? OR fingerprint = ? OR fingerprint LIKE ? ORDER BY id",
            [article_id, text, text + ":%"],
        )
        return models(StoredText, rows)

    def contains(self, article_id: str | None, fingerprint: str) -> bool:
        rows = self._rows(
            "look up an article",
            "SELECT EXISTS (SELECT 1 FROM articles "
            "WHERE fingerprint = ? OR (CAST(? AS VARCHAR) IS NOT NULL AND id = ?))",
            [fingerprint, article_id, article_id],
        )
        return bool(rows and rows[0][0])

    def ingested(self, article_id: str) -> datetime | None:
        rows = self._rows(
            f"read when article {article_id!r} was stored",
            "SELECT ingested_at FROM articles WHERE id = ?",
            [article_id],
        )
        if not rows:
            return None
        stamp: datetime = rows[0][0]
        return stamp.astimezone(UTC) if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)

    def get(self, article_id: str) -> Article | None:
        rows = self._rows(
            f"read article {article_id!r}",
            "SELECT CAST(record AS VARCHAR) FROM articles WHERE id = ?",
            [article_id],
        )
        if not rows:
            return None
        try:
            return Article.model_validate_json(rows[0][0])
        except ValidationError as exc:
            raise StoreError(
                f"the stored record of article {article_id!r} in {self.location} is not a valid article "
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
        with self._session("list articles") as session:
            sql, params = article_sql(session.dialect, since=since, until=until, outlet=outlet, q=q)
            sql += paging(params, limit, offset)
            return models(ArticleRow, session.rows(sql, params))

    def quotes(
        self,
        *,
        speaker: str | None = None,
        speakers: Sequence[str] | None = None,
        since: datetime | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[QuoteRow]:
        with self._session("list quotes") as session:
            sql, params = quote_sql(session.dialect, speaker=speaker, speakers=speakers, since=since, q=q)
            sql += paging(params, limit, offset)
            return models(QuoteRow, session.rows(sql, params))

    def speaker_counts(self) -> list[SpeakerCount]:
        return models(SpeakerCount, self._rows("count quotes by speaker", SPEAKER_COUNT_SQL))

    def actors(self, *, limit: int | None = None, offset: int = 0) -> list[ActorRow]:
        params: list[Any] = []
        sql = ACTOR_SQL + paging(params, limit, offset)
        return models(ActorRow, self._rows("list actors", sql, params))

    def counts(self) -> dict[str, int]:
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {table})" for table in COUNT_KEYS)
        rows = self._rows("count rows", sql)
        return dict(zip(COUNT_KEYS, (int(n) for n in rows[0]), strict=True))

    def schema_version(self) -> int:
        rows = self._rows(
            "read the schema version", "SELECT coalesce(max(version), 0) FROM schema_migrations"
        )
        return int(rows[0][0])

    # -- events and series ---------------------------------------------------------------------

    def events(
        self, where: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[EventRow]:
        check_limit(limit, offset)
        with self._session("list events") as session:
            sql, params = event_sql(session.dialect, where or EventFilter(), limit=limit, offset=offset)
            return models(EventRow, session.rows(sql, params))

    def dyad_series(
        self, first: str, second: str, *, by: Bucket = "day", directed: bool = False,
        since: date | None = None, until: date | None = None, include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[SeriesRow]:  # fmt: skip
        with self._session(f"build the series of the dyad {first}-{second}") as session:
            return series_query.dyad_series(session, first, second, by=by, directed=directed, since=since,
                                            until=until, include_uncoded=include_uncoded,
                                            include_historical=include_historical)  # fmt: skip

    def alert_series(
        self, *, since: date | None = None, until: date | None = None, min_total: int = 1,
        include_uncoded: bool = False, include_historical: bool = False,
    ) -> list[AlertSeries]:  # fmt: skip
        with self._session("count incidents for the alerts") as session:
            return alert_query.alert_series(session, since=since, until=until, min_total=min_total,
                                            include_uncoded=include_uncoded,
                                            include_historical=include_historical)  # fmt: skip

    def alert_events(
        self, windows: Sequence[EventWindow], *, include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[list[str]]:  # fmt: skip
        with self._session("list the events of the alerts") as session:
            return alert_query.alert_events(session, windows, include_uncoded=include_uncoded,
                                            include_historical=include_historical)  # fmt: skip

    def publication_days(self, *, since: date | None = None, until: date | None = None) -> list[DayCount]:
        with self._session("count articles per day") as session:
            return alert_query.publication_days(session, since=since, until=until)

    # -- stories and incidents -----------------------------------------------------------------

    def story_inputs(self, scope: Sequence[str] | None = None) -> list[StoryInput]:
        with self._session("read articles for story clustering") as session:
            return story_tables.story_inputs(session, scope)

    def event_reports(self, scope: Sequence[str] | None = None) -> list[EventReport]:
        with self._session("read events for incident grouping") as session:
            return story_tables.event_reports(session, scope)

    def story_backlog(self) -> StoryBacklog:
        with self._session("count articles without a story") as session:
            return story_tables.backlog(session)

    def story_scope(self, since: datetime) -> list[str]:
        with self._session("find the articles to re-cluster") as session:
            return story_tables.scope_since(session, utc(since) or since)

    def replace_stories(
        self,
        threads: Sequence[ThreadRow],
        stories: Sequence[StoryRow],
        members: Sequence[StoryMember],
        incidents: Sequence[Incident],
        scope: Sequence[str] | None = None,
    ) -> None:
        with self._session("write stories") as session:
            story_tables.replace_stories(session, threads, stories, members, incidents, scope)

    def stories(
        self,
        *,
        thread: str | None = None,
        story: str | None = None,
        min_articles: int = 1,
        limit: int | None = None,
        offset: int = 0,
        order: str = "recent",
    ) -> list[StoryRow]:
        check_limit(limit, offset)
        if order not in story_tables.STORY_ORDERS:
            raise ValueError(f"order must be one of {', '.join(story_tables.STORY_ORDERS)}, not {order!r}")
        with self._session("list stories") as session:
            return story_tables.stories(
                session, thread=thread, story=story, min_articles=min_articles, limit=limit, offset=offset,
                order=order,
            )  # fmt: skip

    def threads(self, *, limit: int | None = None) -> list[ThreadRow]:
        check_limit(limit)
        with self._session("list threads") as session:
            return story_tables.threads(session, limit=limit)

    def story_members(self, story: str) -> list[StoryMember]:
        with self._session(f"read story {story!r}") as session:
            return story_tables.members(session, story)

    def incidents(self, *, story: str | None = None) -> list[IncidentRow]:
        with self._session("list incidents") as session:
            return story_tables.incidents(session, story=story)

    # -- stored alerts -------------------------------------------------------------------------

    def replace_alerts(self, alerts: Sequence[AlertRow], run: AlertRun) -> None:
        with self._session("write the alerts") as session:
            alert_tables.replace_alerts(session, alerts, run)

    def stored_alerts(
        self, *, since: date | None = None, until: date | None = None, actors: Sequence[str] | None = None
    ) -> list[AlertRow]:
        with self._session("read the alerts") as session:
            return alert_tables.stored_alerts(session, since=since, until=until, actors=actors)

    def alert_run(self) -> AlertRun | None:
        with self._session("read when the alerts were computed") as session:
            return alert_tables.alert_run(session)

    # -- the feed ledger -----------------------------------------------------------------------

    def seen_feed_items(self, feed: str, items: Sequence[str]) -> set[str]:
        with self._session(f"look up items of the feed {feed}") as session:
            return feed_ledger.seen_items(session, feed, items)

    def mark_feed_items(self, feed: str, items: Sequence[tuple[str, str | None]]) -> None:
        with self._session(f"record items of the feed {feed}") as session:
            feed_ledger.mark_items(session, feed, items)
