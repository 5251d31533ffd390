"""The rows the store's queries return: articles, quotes, actors, events and dyad series.

Neutral ground: these models import nothing of a backend, so the role interfaces
(:mod:`strife.store.roles`), both backends and the code that reads rows (the CLI, the API,
:mod:`strife.monitor`) share them.

Datetimes: ``published`` values are kept as timestamps with time zone. A naive datetime (no
``tzinfo``), in a record or as a ``since``/``until`` argument, is taken to be UTC. Row models return
aware datetimes in UTC.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict

from strife.record import ActorType, DatedBy, Modality, QuoteKind

__all__ = [
    "BUCKETS",
    "COUNT_KEYS",
    "ActorRow",
    "AlertSeries",
    "ArticleRow",
    "Bucket",
    "DayCount",
    "EventRow",
    "EventWindow",
    "QuoteRow",
    "SeriesRow",
    "SpeakerCount",
    "SpeakerRow",
    "StoredText",
    "WindowKind",
]

#: The keys of :meth:`~strife.store.roles.Store.counts`, each the number of rows in the table of that name.
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
    """One stored quote, with the article it is in, its speaker (if resolved) and the mention of the
    speaker in the text ("he", "the group"), resolved or not."""

    article_id: str
    published: datetime | None
    outlet: str | None
    speaker: str | None
    speaker_code: str | None
    speaker_mention: str | None
    kind: QuoteKind
    cue: str | None
    text: str
    start: int
    end: int


class SpeakerCount(_Row):
    """The quotes of one stored speaker name and code: how many, in how many articles."""

    name: str
    code: str | None
    quotes: int
    articles: int


class SpeakerRow(_Row):
    """One person quoted across the store (:mod:`strife.speaker_identity`): the canonical name, every
    code they were quoted under (by article date: "USAELI", then "USAGOV"), most quoted first, their
    quotes and the articles quoting them."""

    name: str
    codes: list[str]
    quotes: int
    articles: int


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
    ``historical`` (background told as history) and ``coded`` (a side has a CAMEO code or a country)
    are as in the record: series and alerts count only coded events that are not historical, and so
    do :meth:`~strife.store.roles.EventStore.events` and the listings unless asked. ``evidence`` is
    the text the event was
    coded from, ``body[evidence_start:evidence_end]`` of its article. ``incident`` is the real-world
    event this report is of, and ``incident_articles``/``incident_outlets`` how many articles and
    outlets report it (:mod:`strife.monitor.incidents`); all three are ``None`` until stories are
    computed over the article (:mod:`strife.monitor.stories`).
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
    """One bucket of a dyad's event series (see :meth:`~strife.store.roles.SeriesStore.dyad_series`).

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


class AlertSeries(_Row):
    """Asserted incidents per day of one country, or of one dyad, as the alerts read them (see
    :meth:`~strife.store.roles.SeriesStore.alert_series`).

    ``actors`` is ``(country,)`` or the dyad's two keys in sorted order; ``days`` (ascending) are the
    days with at least one incident; for each, ``events`` counts the incidents, ``conflict`` those
    of quad class 3 or 4, ``material`` those of material conflict (quad class 4) or threats (CAMEO
    13), and ``goldstein`` and ``goldstein_sq`` are the sum of their Goldstein scores and of their
    squares.
    """

    actors: tuple[str, ...]
    days: list[date]
    events: list[int]
    conflict: list[int]
    material: list[int]
    goldstein: list[float]
    goldstein_sq: list[float]


class DayCount(_Row):
    """How many articles the store holds that were published on ``day`` (UTC)."""

    day: date
    articles: int


#: Which events of an :class:`EventWindow` an alert lists.
WindowKind = Literal["conflict", "material", "all"]


class EventWindow(_Row):
    """A country (``actors == (key,)``) or a dyad (two sorted keys), a span of days (both ends
    included) and which of its events: ``conflict`` (quad class 3 or 4), ``material`` (material
    conflict or threats) or ``all``."""

    actors: tuple[str, ...]
    start: date
    end: date
    kind: WindowKind = "conflict"


class StoredText(_Row):
    """A stored article as the syndication check reads it (:mod:`strife.syndication`): its id,
    fingerprint (a copy's ends in ``:`` and its outlet's key), outlet and URL."""

    id: str
    fingerprint: str
    outlet: str | None
    url: str | None
