"""The store's interface: the :class:`Store` protocol and the rows its queries return.

Everything outside :mod:`strife.store` codes against :class:`Store` only, so a PostgreSQL store can
stand beside the embedded DuckDB one. A store keeps each :class:`~strife.record.Article` twice: the
full record as JSON (so :meth:`Store.get` round-trips it exactly) and normalised tables (articles,
actors, mentions, quotes, attributed_sources, places, place_mentions, events) for queries.
:class:`EventFilter` says which events :meth:`Store.events` returns.

Datetimes: ``published`` values are kept as timestamps with time zone. A naive datetime (no
``tzinfo``), in a record or as a ``since``/``until`` argument, is taken to be UTC. Row models return
aware datetimes in UTC; the record returned by :meth:`Store.get` keeps the value exactly as given.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from types import TracebackType
from typing import Literal, Protocol, Self, get_args, runtime_checkable

from pydantic import BaseModel, ConfigDict

from strife.monitor.incidents import EventReport, Incident
from strife.record import ActorType, Article, DatedBy, Modality, QuoteKind
from strife.store.event_filter import EventFilter, EventFilterError
from strife.store.story_rows import (
    IncidentRow,
    StoryBacklog,
    StoryInput,
    StoryMember,
    StoryRow,
    ThreadRow,
)

__all__ = [
    "BUCKETS",
    "COUNT_KEYS",
    "ActorRow",
    "ArticleRow",
    "Bucket",
    "ConflictSeries",
    "EventFilter",
    "EventFilterError",
    "EventRow",
    "EventWindow",
    "QuoteRow",
    "SeriesRow",
    "Store",
]

#: The keys of :meth:`Store.counts`, each the number of rows in the table of that name.
COUNT_KEYS = ("articles", "actors", "quotes", "mentions", "attributed_sources", "places", "events")


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ArticleRow(_Row):
    """One stored article, without its body and child records."""

    id: str
    published: datetime | None
    outlet: str | None
    headline: str | None
    url: str | None
    n_quotes: int
    n_actors: int
    n_events: int
    origin: str | None


class QuoteRow(_Row):
    """One stored quote, with the article it is in and its speaker (if resolved)."""

    article_id: str
    published: datetime | None
    outlet: str | None
    speaker: str | None
    speaker_code: str | None
    kind: QuoteKind
    cue: str | None
    text: str
    start: int
    end: int


class ActorRow(_Row):
    """One actor aggregated over all stored articles by ``(name, code)``.

    ``country``, ``sector`` and ``type`` are the most frequent values among its article rows;
    ``articles`` counts the articles that name it, ``mentions`` all its mentions in them and
    ``quotes`` the quotes whose speaker has the same name and code.
    """

    name: str
    code: str | None
    country: str | None
    sector: str | None
    type: ActorType
    articles: int
    mentions: int
    quotes: int


class EventRow(_Row):
    """One stored event with its article's date and outlet, its actors flattened to columns.

    ``date`` is the date the filters and the order use: the event's own (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD`` as the coder wrote it) or else the article's publication day in UTC;
    ``dated_by`` says where it came from (:data:`~strife.record.DatedBy`: the event's own words, its
    paragraph, an earlier or later paragraph, or the article; ``None`` when neither is known).
    ``historical`` (background told as history) and ``coded`` (a side has a CAMEO code) are as in the
    record: series and alerts count only coded events that are not historical, and so do
    :meth:`Store.events` and the listings unless asked. ``evidence`` is the text the event was
    coded from, ``body[evidence_start:evidence_end]`` of its article. ``incident`` is the real-world
    event this report is of, and ``incident_articles``/``incident_outlets`` how many articles and
    outlets report it (:mod:`strife.monitor.incidents`); all three are ``None`` until stories are
    computed over the article (``strife stories`` or :func:`strife.monitor.stories.ensure_stories`).
    """

    article_id: str
    idx: int
    date: str | None
    dated_by: DatedBy | None
    historical: bool
    coded: bool
    published: datetime | None
    outlet: str | None
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    plover_context: list[str] | None
    source_name: str | None
    source_code: str | None
    source_country: str | None
    source_sector: str | None
    source_type: ActorType | None
    target_name: str | None
    target_code: str | None
    target_country: str | None
    target_sector: str | None
    target_type: ActorType | None
    location_name: str | None
    location_country: str | None
    location_lat: float | None
    location_lon: float | None
    modality: Modality
    evidence: str
    evidence_start: int
    evidence_end: int
    quote_idx: int | None
    confidence: float
    incident: str | None = None
    incident_articles: int | None = None
    incident_outlets: int | None = None


#: How a dyad series is bucketed: by day, by ISO week (starting on Monday) or by calendar month.
Bucket = Literal["day", "week", "month"]
BUCKETS: tuple[str, ...] = get_args(Bucket)


class SeriesRow(_Row):
    """One bucket of a dyad's event series (see :meth:`Store.dyad_series`).

    ``date`` is the bucket's first day. A real-world event reported by several articles (one
    incident) counts once. ``events``, the four quad-class counts and the Goldstein figures count
    asserted events only; events reported as not having happened are counted in ``negated``, those
    reported as conditional, hypothetical, future or intended in ``unrealised``. ``goldstein_mean``
    and ``tone_mean`` (the mean tone of the articles reporting the counted events) are ``None``
    when there is nothing to average.
    """

    date: date
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    tone_mean: float | None
    negated: int
    unrealised: int


class ConflictSeries(_Row):
    """Conflict incidents per day of one country, or of one dyad (see :meth:`Store.conflict_series`).

    ``actors`` is ``(country,)`` or the dyad's two keys in sorted order; ``days`` (ascending) are the
    days with at least one incident and ``counts`` the number on each.
    """

    actors: tuple[str, ...]
    days: list[date]
    counts: list[int]


class EventWindow(_Row):
    """A country (``actors == (key,)``) or a dyad (two sorted keys) and a span of days, both ends included."""

    actors: tuple[str, ...]
    start: date
    end: date


@runtime_checkable
class Store(Protocol):
    """Where read articles are kept and queried. One store object is for one thread at a time.

    Every method raises :class:`~strife.errors.StoreError` when the database cannot be read or written
    (and after :meth:`close`). ``limit`` must be ``None`` or a non-negative int, ``offset`` (rows
    skipped first, for paging) a non-negative int (else ``ValueError``).
    """

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

    def contains(self, article_id: str | None, fingerprint: str) -> bool:
        """Whether an article with this id (if given) or this fingerprint is stored."""
        ...

    def get(self, article_id: str) -> Article | None:
        """The stored record with this id, equal to the one given to :meth:`add`; ``None`` if absent."""
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
        since: datetime | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[QuoteRow]:
        """Stored quotes by article date (undated last), then article id, then position.

        ``speaker`` is a case-insensitive substring of the speaker's name ("grushko" finds
        "Alexander Grushko"; quotes without a speaker are left out). ``since`` (inclusive) compares
        with the article's published date and leaves out undated articles. ``q`` is a
        case-insensitive substring of the quoted text.
        """
        ...

    def actors(self, *, limit: int | None = None, offset: int = 0) -> list[ActorRow]:
        """Actors aggregated by ``(name, code)``, most articles first, then most mentions, then name."""
        ...

    def events(
        self, where: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[EventRow]:
        """Stored events that pass ``where`` (all of them without it), by :attr:`EventRow.date`
        (undated last), then article id, then position in the article.

        See :class:`EventFilter` for what each filter matches and how dates of month or year
        precision compare.
        """
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table, keyed by :data:`COUNT_KEYS`."""
        ...

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

    def conflict_series(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        min_total: int = 1,
        include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[ConflictSeries]:
        """Asserted conflict incidents (quad class 3 or 4) per day, per country and per dyad; events
        counted as :meth:`dyad_series` counts them (``include_uncoded``, ``include_historical``).

        An actor's key is its country, else its code (so NATO stays NATO); a country's series holds
        the events it is the source or the target of, a dyad's those between two different keys,
        either way. An incident counts once per series, on its first day there. Days as in
        :meth:`dyad_series` (month- or year-dated events are left out); series with fewer than
        ``min_total`` incidents in all are left out. Sorted by ``actors``.
        """
        ...

    def conflict_events(
        self,
        windows: Sequence[EventWindow],
        *,
        include_uncoded: bool = False,
        include_historical: bool = False,
    ) -> list[list[str]]:
        """For each window, the ids (``"{article_id}#{idx}"``) of the asserted conflict events of
        that country or dyad dated in its span, by day, article and position."""
        ...

    def story_inputs(self, scope: Sequence[str] | None = None) -> list[StoryInput]:
        """The articles with ids in ``scope`` (default: all) as the story clusterer reads them,
        earliest first (undated last)."""
        ...

    def event_reports(self, scope: Sequence[str] | None = None) -> list[EventReport]:
        """The events of the articles in ``scope`` (default: all) as incident grouping reads them
        (:mod:`strife.monitor.incidents`)."""
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
    ) -> list[StoryRow]:
        """Stories (of one thread, or the one with id ``story``) with at least ``min_articles``
        articles, most recently seen first (undated last), then by id; articles earliest first."""
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

    def seen_feed_items(self, feed: str, items: Sequence[str]) -> set[str]:
        """The item keys among ``items`` already recorded for ``feed`` by :meth:`mark_feed_items`."""
        ...

    def mark_feed_items(self, feed: str, items: Sequence[tuple[str, str | None]]) -> None:
        """Record that these ``(item key, article id)`` pairs of ``feed`` were read (``None``: the item
        gave no article, e.g. a duplicate); keys already recorded are left as they are. One transaction."""
        ...

    def schema_version(self) -> int:
        """The schema version of the open database."""
        ...

    @property
    def location(self) -> str:
        """Where the store is: a file path, or ``":memory:"``."""
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
