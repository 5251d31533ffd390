"""The typed records that flow between strife's steps and out of it.

:class:`RawArticle` is what a reader yields; :class:`Article` is what the pipeline returns and what the
store keeps. Every offset (``start``/``end``) is a character offset into ``Article.body``.
The JSON Schema in ``strife/schema/article.schema.json`` is generated from :class:`Article`
(``python -m strife.schema``) and tests keep the two in step.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from strife.errors import DateRangeError

SCHEMA_VERSION = 1

ActorType = Literal["person", "organization", "state", "igo", "media", "group"]
QuoteKind = Literal["direct", "partial", "indirect"]
PlaceType = Literal["country", "city", "region", "other"]
Modality = Literal["asserted", "negated", "conditional", "hypothetical", "future", "intended"]
SpeakerResolution = Literal["name", "coreference", "owner", "description", "continuation", "unresolved"]
#: Where an event's date came from: its own words ("event"), an earlier sentence of its paragraph
#: ("paragraph"), an earlier paragraph ("earlier_paragraph"), a later paragraph that names the day of
#: the same speaker's remark ("later_paragraph": "made the remark on Wednesday"), or the article's date.
DatedBy = Literal["event", "paragraph", "earlier_paragraph", "later_paragraph", "article"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_serialization_defaults_required=True)


class Mention(_Record):
    """A stretch of the body: its text and character offsets (``body[start:end] == text``)."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Actor(_Record):
    """A canonical actor met in the article, with every mention of it (names, surnames, pronouns)."""

    name: str
    code: str | None = Field(
        description="CAMEO code: ISO 3166 alpha-3 + sector (RUSGOV; ---REB when the country is unknown) "
        "or an IGO's CAMEO code (IGOWSTNAT for NATO)"
    )
    country: str | None = Field(description="ISO 3166 alpha-3 country the actor belongs to, if any")
    sector: str | None = Field(description="CAMEO sector code (GOV, MIL, MED, …) if known")
    type: ActorType
    title: str | None = Field(
        default=None, description="Role or title as written, e.g. 'Deputy Foreign Minister'"
    )
    mentions: list[Mention] = Field(default_factory=list)


class Speaker(_Record):
    """Who said a quote: the mention in the text that names them there, and the actor it resolves to.

    The mention is always given when the text has one ("he", "the group", "a report by X"); ``name``,
    ``code`` and ``country`` only when the speaker is resolved to an actor, and ``resolved_by`` says how.
    """

    name: str | None = Field(
        description="The resolved speaker (the actor's canonical name, or the owner of a document); "
        "null when only the mention is known (an unresolved 'he')"
    )
    code: str | None
    country: str | None
    type: ActorType | None = Field(default=None, description="The resolved actor's type")
    mention: Mention | None = Field(description="The speaker mention nearest the quote (may be a pronoun)")
    resolved_by: SpeakerResolution = Field(
        default="name",
        description="How the speaker was found: 'name' (the mention names the actor), 'coreference' "
        "(a pronoun or a noun such as 'the minister', 'the group' resolved to an actor named before), "
        "'owner' (a document or spokesperson coded by its owner: 'a report by X'), 'description' (an "
        "unnamed actor known by its description: 'a Kremlin spokesman'), 'continuation' (a quote with "
        "no cue of its own continuing the quotation next to it), 'unresolved' (the mention only)",
    )


class Quote(_Record):
    """A quoted or reported statement."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    kind: QuoteKind
    cue: str | None = Field(
        description="The speech verb or phrase that introduces it, e.g. 'said', 'according to'"
    )
    speaker: Speaker | None
    tone: float | None = Field(
        default=None,
        description="Tone of the quoted words, -1 (most negative) to 1 (most positive): VADER compound score",
    )


class AttributedSource(_Record):
    """An outlet a claim came through: 'According to Press TV', 'told Reuters', 'TASS reported'."""

    name: str
    cue: str
    mention: Mention


class Place(_Record):
    """A place named in the article."""

    name: str
    country: str | None = Field(description="ISO 3166 alpha-3 code of the country it is in (or is)")
    type: PlaceType
    mentions: list[Mention] = Field(default_factory=list)


class EventLocation(_Record):
    name: str
    country: str | None
    lat: float | None
    lon: float | None


class Plover(_Record):
    type: str
    mode: str | None = None
    context: list[str] = Field(default_factory=list)


def places_event(code: str | None, country: str | None) -> bool:
    """An actor that places an event in a dyad: a country, or an organisation's or group's own code
    (IGOWSTNAT, IMGMOSISI); a generic agent of no known country ("---CVL" children, "---BUS" a
    company) names no one an analyst can count."""
    return country is not None or (code is not None and not code.startswith("---"))


class Event(_Record):
    """One coded event (filled by the event coder; the foundation leaves ``events`` empty)."""

    cameo: str
    cameo_root: str
    quad_class: int = Field(ge=1, le=4)
    goldstein: float
    plover: Plover | None = None
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    dated_by: DatedBy | None = Field(
        default=None,
        description="Where the date came from: the event's own words, its paragraph, an earlier or a later "
        "paragraph (the same speaker's remarks), or the article's date; null when there is no date",
    )
    historical: bool = Field(
        default=False,
        description="Background, not news: dated more than a year before the article, or told as past "
        "history ('in 1945', 'in the 1990s', 'decades ago'); left out of series, alerts and the timeline",
    )
    coded: bool = Field(
        default=True,
        description="Counted: the action happened (not hypothetical, future or intended, nor negated: "
        "'did not attack', 'foiled the attack'; a negated rejection, 'did not rule out talks', counts) "
        "and the source or the target has a "
        "country or an organisation's own CAMEO code and is no company (a generic agent of no known "
        "country, '---CVL', or a business, 'MNCUSA', does not count); any other event stays in the "
        "record but is left out of series, alerts and counts",
    )
    location: EventLocation | None = None
    modality: Modality = "asserted"
    evidence: Mention
    retold: list[Mention] = Field(
        default_factory=list,
        description="Other sentences of the article that tell the same act (same code and sides, no "
        "conflicting date): the act is one event, counted once, told in each of them",
    )
    quote: int | None = Field(default=None, description="Index into quotes[] of the quote the event sits in")
    confidence: float = Field(ge=0.0, le=1.0)


class Article(_Record):
    """One article read by strife: the contract between steps, the output line and the stored row."""

    schema_version: int = SCHEMA_VERSION
    id: str
    fingerprint: str = Field(
        description="sha256 of the normalised body (a syndicated copy's: followed by ':' and a key of its "
        "outlet); the same text is stored once per outlet"
    )
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    headline: str | None = None
    body: str
    origin: str | None = Field(default=None, description="Where it was read from: path, path:line or URL")
    attributed_sources: list[AttributedSource] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    tone: float | None = Field(
        default=None,
        description="Tone of the article, -1 to 1: the mean VADER compound score of its sentences",
    )
    copy_of: str | None = Field(
        default=None,
        description="The id of the article whose text this one carries (another outlet's syndicated copy)",
    )


class RawArticle(_Record):
    """What a reader yields: the body text and whatever metadata the input carried."""

    body: str
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: datetime | None = None
    headline: str | None = None
    origin: str | None = None

    @field_validator("published")
    @classmethod
    def _published_in_utc(cls, value: datetime | None) -> datetime | None:
        return None if value is None else to_utc(value)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> RawArticle:
        """From a plain record with ``text`` (or ``body``) and metadata keys."""
        return cls(**{("body" if key == "text" else key): value for key, value in record.items()})


_SPACE = re.compile(r"\s+")


def to_utc(value: datetime) -> datetime:
    """The same instant in UTC (a naive datetime is taken to be UTC already).

    Raises :class:`~strife.errors.DateRangeError` (a ``ValueError``) when the instant falls outside
    the years 1 to 9999 in UTC, which no ``datetime`` holds: ``9999-12-31T23:59:59-01:00``.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        return value.replace(tzinfo=UTC)
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise DateRangeError(
            f"{value.isoformat()} falls outside the years 1 to 9999 once in UTC; give a date in that range"
        ) from None


def normalise_text(text: str) -> str:
    """Text as compared for duplicates: NFKC, case-folded, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def fingerprint(text: str) -> str:
    """Stable hash of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def derive_id(text: str) -> str:
    """A stable article id derived from its content when the input gave none."""
    return fingerprint(text)[:16]
