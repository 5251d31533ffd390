"""The store's role interfaces: what each part of strife needs of a store, and :class:`Store`, all of them.

- :class:`ArticleStore`: add articles (each once) and read them back, list articles, quotes and
  actors; what ``strife ingest`` and the article commands and routes use.
- :class:`EventStore`: the coded events, filtered by an :class:`~strife.store.event_filter.EventFilter`
  (``strife events``, ``/api/events``, exports).
- :class:`SeriesStore`: dyad series and conflict counts per country and dyad (``strife dyad``, alerts).
- :class:`StoryStore`: the clusterer's input and output: stories, threads, incidents.
- :class:`AlertStore`: the alerts computed on the write path, read by ``strife alerts`` and the API.
- :class:`FeedLedger`: which feed items ``strife watch`` has already read.

Code outside :mod:`strife.store` asks for the narrowest role it needs and gets a :class:`Store` from
:func:`strife.store.open_store`: DuckDB (embedded, the default) or PostgreSQL, both built on
:class:`~strife.store.sql_store.SqlStore`. The rows these methods return are in
:mod:`strife.store.rows` and :mod:`strife.store.story_rows`.

Every method raises :class:`~strife.errors.StoreError` when the database cannot be read or written
(and after :meth:`Store.close`). ``limit`` must be ``None`` or a non-negative int, ``offset`` (rows
skipped first, for paging) a non-negative int (else ``ValueError``). A naive datetime given as an
argument is taken to be UTC; rows carry aware datetimes in UTC.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self, runtime_checkable

from strife.record import Article
from strife.store.alert_rows import AlertRow, AlertRun
from strife.store.event_filter import EventFilter
from strife.store.rows import (
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

__all__ = ["AlertStore", "ArticleStore", "EventStore", "FeedLedger", "SeriesStore", "Store", "StoryStore"]


@runtime_checkable
class ArticleStore(Protocol):
    """Articles in and out: each stored once, whole; listed with their quotes and actors."""

    @property
    def location(self) -> str:
        """Where the store is: a file path, ``":memory:"``, or a PostgreSQL URL without its password."""
        ...

    def add(self, article: Article) -> bool:
        """Store the article and all its child rows in one transaction.

        Returns ``True`` if it was stored, ``False`` if an article with the same id or the same
        fingerprint was already there (nothing is written then).
        """
        ...

    def stored_id(self, article_id: str | None, fingerprint: str) -> str | None:
        """The id under which this article is stored: ``article_id`` itself, or the id of the
        article with the same ``fingerprint`` (same text); ``None`` when neither is stored."""
        ...

    def same_texts(self, article_id: str, fingerprint: str) -> list[StoredText]:
        """The stored articles with this id or this text (the fingerprint's text part, copies
        included): what :func:`strife.syndication.classify` needs to tell a new article from a
        duplicate or a syndicated copy."""
        ...

    def contains(self, article_id: str | None, fingerprint: str) -> bool:
        """Whether an article with this id (if given) or this fingerprint is stored."""
        ...

    def get(self, article_id: str) -> Article | None:
        """The stored record with this id, equal to the one given to :meth:`add`; ``None`` if absent."""
        ...

    def ingested(self, article_id: str) -> datetime | None:
        """When the article was stored (UTC; the time of the transaction that added it); ``None`` if
        it is not stored. Exports use it as GDELT's DATEADDED."""
        ...

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
        """Stored articles, newest first (undated last, then by id).

        ``since <= published <= until`` (both inclusive); either one leaves out undated articles.
        ``outlet`` matches the outlet name case-insensitively; ``q`` is a case-insensitive substring
        of the headline or the body. ``offset`` skips that many rows first (paging).
        """
        ...

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
        """Stored quotes by article date (undated last), then article id, then position.

        ``speaker``: each of its words is a case-insensitive substring of the speaker's name
        ("grushko" finds "Alexander Grushko", "Donald Trump" finds "Donald J. Trump"; honorifics
        and middle initials are left out: "Mr. Trump" finds "Donald Trump"; quotes without a
        resolved speaker are left out). ``speakers``: the speaker's name is one of these, in any
        case (the canonical names :class:`strife.speaker_identity.SpeakerIdentity` gives for a
        query the dictionaries know). ``since`` (inclusive) compares
        with the article's published date and leaves out undated articles. ``q`` is a
        case-insensitive substring of the quoted text.
        """
        ...

    def speaker_counts(self) -> list[SpeakerCount]:
        """Quotes and articles per stored speaker name and code, most quoted first (a person quoted
        under several codes, by article date, has a row for each: see
        :meth:`strife.speaker_identity.SpeakerIdentity.group`)."""
        ...

    def actors(self, *, limit: int | None = None, offset: int = 0) -> list[ActorRow]:
        """Actors aggregated by ``(name, code)``, most articles first, then most mentions, then name."""
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table, keyed by :data:`COUNT_KEYS`."""
        ...


@runtime_checkable
class EventStore(Protocol):
    """The coded events, each with its article's date and outlet and its incident."""

    def events(
        self, where: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[EventRow]:
        """Stored events that pass ``where`` (all of them without it), by :attr:`EventRow.date`
        (undated last), then article id, then position in the article.

        See :class:`EventFilter` for what each filter matches and how dates of month or year
        precision compare.
        """
        ...


@runtime_checkable
class SeriesStore(Protocol):
    """Counts over time: a dyad's series, incidents per country and dyad for the alerts, their events,
    and the articles stored per day."""

    def dyad_series(
        self,
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
        """The events between two actors (matched as :class:`EventFilter` matches a dyad: code prefix
        or country), one :class:`SeriesRow` per bucket from the first to the last (or ``since`` to
        ``until``, both inclusive), empty buckets as zeros. ``directed``: ``first`` → ``second`` only.
        Only events with a coded side that are not told as history count, unless ``include_uncoded``
        / ``include_historical``.

        An event's day is its own date when the coder gave a full ``YYYY-MM-DD``, its article's
        publication day (UTC) when it has none; an event dated to a month only counts in ``month``
        buckets, one dated to a year only is left out. Events of one incident count once, on the
        day of its earliest report, with that report's quad class and Goldstein value.
        """
        ...

    def alert_series(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        min_total: int = 1,
        include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[AlertSeries]:
        """Asserted incidents per day, per country and per dyad (:class:`AlertSeries`); events
        counted as :meth:`dyad_series` counts them (``include_uncoded``, ``include_historical``).

        An actor's key is its country, else its code (so NATO stays NATO); a country's series holds
        the events it is the source or the target of, a dyad's those between two different keys,
        either way. An incident counts once per series, on its first day there. Days as in
        :meth:`dyad_series` (month- or year-dated events are left out), and an event dated more
        than two weeks before its article was published is history and left out. Series with
        fewer than ``min_total`` incidents in all are left out. Sorted by ``actors``.
        """
        ...

    def alert_events(
        self,
        windows: Sequence[EventWindow],
        *,
        include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[list[str]]:
        """For each window, the ids (``"{article_id}#{idx}"``) of the asserted events of its kind of
        that country or dyad dated in its span (as :meth:`alert_series` counts them), by day,
        article and position."""
        ...

    def publication_days(self, *, since: date | None = None, until: date | None = None) -> list[DayCount]:
        """Articles stored per publication day (UTC), days without any left out, oldest first."""
        ...


@runtime_checkable
class StoryStore(Protocol):
    """What story clustering reads and writes: articles' text and events in, stories and incidents out."""

    def story_inputs(self, scope: Sequence[str] | None = None) -> list[StoryInput]:
        """The articles with ids in ``scope`` (default: all) as the story clusterer reads them,
        earliest first (undated last)."""
        ...

    def event_reports(self, scope: Sequence[str] | None = None) -> list[EventReport]:
        """The events of the articles in ``scope`` (default: all) as incident grouping reads them
        (:mod:`strife.monitor.incidents`)."""
        ...

    def refresh_lock(self) -> AbstractContextManager[None]:
        """A block in which this process alone refreshes stories and what else is derived from the
        articles: a second refresh (another thread, another process on the same store) waits for it,
        then finds nothing left to do. Readers are not held up."""
        ...

    def story_backlog(self) -> StoryBacklog:
        """The articles in no story yet (stored after the last :meth:`replace_stories`)."""
        ...

    def story_scope(self, since: datetime) -> list[str]:
        """The ids of the articles a re-clustering from ``since`` must take: the articles published
        since then, those in no story yet, and every article of a thread holding one of them."""
        ...

    def replace_stories(
        self,
        threads: Sequence[ThreadRow],
        stories: Sequence[StoryRow],
        members: Sequence[StoryMember],
        incidents: Sequence[Incident],
        scope: Sequence[str] | None = None,
    ) -> None:
        """Replace the threads, stories, story memberships and incidents with these (one transaction):
        all of them, or with ``scope`` only those of the articles in ``scope`` (stories, threads and
        incidents left empty go too).

        Of ``stories`` only the id, thread, headline and dates are written; ``members`` say which
        articles each holds."""
        ...

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
        """Stories (of one thread, or the one with id ``story``) with at least ``min_articles``
        articles, most recently seen first (undated last), then by id; articles earliest first.
        ``order="outlets"``: those reported by the most outlets first, then by the most articles,
        then most recently seen (``ValueError`` for another order)."""
        ...

    def threads(self, *, limit: int | None = None) -> list[ThreadRow]:
        """Threads with their stories, most recently seen first."""
        ...

    def story_members(self, story: str) -> list[StoryMember]:
        """The articles of one story (none if there is no such story), by article id."""
        ...

    def incidents(self, *, story: str | None = None) -> list[IncidentRow]:
        """Incidents (those of one story, or all) with their corroboration, most reported first."""
        ...


@runtime_checkable
class AlertStore(Protocol):
    """The alerts of the whole store as the write path last computed them
    (:mod:`strife.monitor.stored_alerts`), for readers that must not compute."""

    def replace_alerts(self, alerts: Sequence[AlertRow], run: AlertRun) -> None:
        """Replace every stored alert and the run with these (one transaction)."""
        ...

    def stored_alerts(
        self, *, since: date | None = None, until: date | None = None, actors: Sequence[str] | None = None
    ) -> list[AlertRow]:
        """The stored alerts whose period overlaps ``since`` … ``until`` (both inclusive), of one
        country (``actors=(key,)``) or one dyad (its two keys, sorted) when given, in the order they
        were found (``seq``)."""
        ...

    def alert_run(self) -> AlertRun | None:
        """When and how the stored alerts were computed; None before the first run."""
        ...


@runtime_checkable
class FeedLedger(Protocol):
    """The feed items ``strife watch`` has read, so each is ingested once across rounds and restarts."""

    def seen_feed_items(self, feed: str, items: Sequence[str]) -> set[str]:
        """The item keys among ``items`` already recorded for ``feed`` by :meth:`mark_feed_items`."""
        ...

    def mark_feed_items(self, feed: str, items: Sequence[tuple[str, str | None]]) -> None:
        """Record that these ``(item key, article id)`` pairs of ``feed`` were read (``None``: the item
        gave no article, e.g. a duplicate); keys already recorded are left as they are. One transaction."""
        ...


@runtime_checkable
class Store(ArticleStore, EventStore, SeriesStore, StoryStore, AlertStore, FeedLedger, Protocol):
    """Every role, and the store's life: its schema version, and closing it (also as a context manager).

    One store object may be used from several threads: DuckDB's serialises its calls, PostgreSQL's
    gives each call a connection of its pool.
    """

    def schema_version(self) -> int:
        """The schema version of the open database."""
        ...

    def close(self) -> None:
        """Close the store (idempotent); later calls raise :class:`~strife.errors.StoreError`."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
