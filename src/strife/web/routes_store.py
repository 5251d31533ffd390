"""The store's tables over HTTP: health, articles, one article, events, quotes, actors.

Each list is paged (:mod:`strife.web.listing`) and filtered by query parameters that go to the
store as values (the store binds every one as a SQL parameter). A filter value the store cannot use
(an unknown quad class, a malformed date) is answered 422 with the store's own message.
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Response, status
from pydantic import BaseModel

from strife.events.labels import LabelledEvent, labelled
from strife.info import strife_version
from strife.monitor.series import actor_or_code
from strife.record import Article
from strife.store.event_filter import EventFilter
from strife.store.rows import ActorRow, ArticleRow, QuoteRow, SpeakerRow
from strife.web.context import ContextDep, StoreDep
from strife.web.listing import (
    DATE_HELP,
    DOWNLOAD_RESPONSES,
    INCLUDE_HISTORICAL_HELP,
    INCLUDE_UNCODED_HELP,
    Page,
    PagingDep,
    given,
    list_response,
    moment,
    unprocessable,
)

router = APIRouter(prefix="/api")

EVENT_DATE_HELP = (
    "YYYY-MM-DD, YYYY-MM or YYYY; inclusive. An event's date is its own, else its article's day; "
    "one dated to a month or year only is kept unless certainly outside."
)


class Health(BaseModel):
    """The server is up: strife's version, the store's schema version and its row counts."""

    status: str
    version: str
    schema_version: int
    counts: dict[str, int]


@router.get("/health", tags=["meta"])
def health(store: StoreDep) -> Health:
    """Whether the server and its store answer, with the store's row counts."""
    return Health(
        status="ok", version=strife_version(), schema_version=store.schema_version(), counts=store.counts()
    )


@router.get("/articles", response_model=Page[ArticleRow], responses=DOWNLOAD_RESPONSES, tags=["articles"])
def articles(
    store: StoreDep,
    paging: PagingDep,
    q: Annotated[str | None, Query(description="A part of the headline or body, any case.")] = None,
    outlet: Annotated[str | None, Query(description="The outlet's name, any case.")] = None,
    since: Annotated[str | None, Query(description=f"Published from: {DATE_HELP}")] = None,
    until: Annotated[str | None, Query(description=f"Published up to: {DATE_HELP}")] = None,
) -> Page[ArticleRow] | Response:
    """Stored articles, newest first (undated last), without their text: see /api/articles/{id}."""
    start, end = moment(since, "since"), moment(until, "until", end=True)
    if start and end and end < start:
        raise unprocessable(f"until {until!r} is before since {since!r}; nothing can match")
    text, name = given(q), given(outlet)
    return list_response(
        Page[ArticleRow],
        lambda limit, offset: store.articles(
            since=start, until=end, outlet=name, q=text, limit=limit, offset=offset
        ),
        paging,
        "articles",
    )


@router.get("/articles/{article_id}", responses={404: {"description": "No such article"}}, tags=["articles"])
def article(article_id: str, store: StoreDep) -> Article:
    """The whole stored record of one article: text, actors, quotes, places, events."""
    found = store.get(article_id)
    if found is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"no article with id {article_id!r}; list them at /api/articles"
        )
    return found


@router.get("/events", response_model=Page[LabelledEvent], responses=DOWNLOAD_RESPONSES, tags=["events"])
def events(
    store: StoreDep,
    paging: PagingDep,
    actor: Annotated[
        str | None,
        Query(
            description="Source or target: a code prefix (RUS, RUSGOV, NATO), a country, or a country or "
            "IGO name (Russia, United States)."
        ),
    ] = None,
    dyad: Annotated[
        str | None, Query(description="Two actors, codes or names, comma-separated: NATO,RUS.")
    ] = None,
    directed: Annotated[bool, Query(description="With dyad: the first acting on the second only.")] = False,
    root: Annotated[str | None, Query(description="CAMEO root code, 01 to 20.")] = None,
    quad: Annotated[
        int | None,
        Query(
            ge=1,
            le=4,
            description="Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
            "4 material conflict.",
        ),
    ] = None,
    place: Annotated[
        str | None, Query(description="Location: a part of its name (kyiv) or its country code (UKR).")
    ] = None,
    since: Annotated[str | None, Query(description=f"From: {EVENT_DATE_HELP}")] = None,
    until: Annotated[str | None, Query(description=f"Up to: {EVENT_DATE_HELP}")] = None,
    q: Annotated[str | None, Query(description="A part of the evidence sentence, any case.")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. THREATEN.")] = None,
    modality: Annotated[
        str | None, Query(description="asserted, negated, conditional, hypothetical, future or intended.")
    ] = None,
    include_uncoded: Annotated[bool, Query(description=INCLUDE_UNCODED_HELP)] = False,
    include_historical: Annotated[bool, Query(description=INCLUDE_HISTORICAL_HELP)] = False,
    outlet: Annotated[str | None, Query(description="The article's outlet, any case.")] = None,
    min_confidence: Annotated[
        float | None, Query(ge=0, le=1, description="Only events coded with this confidence or more.")
    ] = None,
    published_since: Annotated[str | None, Query(description=f"Article published from: {DATE_HELP}")] = None,
    published_until: Annotated[str | None, Query(description=f"Article published up to: {DATE_HELP}")] = None,
    sort: Annotated[
        Literal["oldest", "newest"], Query(description="oldest first (undated last) or newest first.")
    ] = "oldest",
) -> Page[LabelledEvent] | Response:
    """Coded events with their evidence sentence, by date (undated last; newest first with
    sort=newest), article and position, with the CAMEO code's name and the PLOVER label; as in series
    and alerts, events with no coded side and background history only when asked for."""
    pair = given(dyad)
    who = given(actor)
    where = EventFilter(
        actor=actor_or_code(who) if who is not None else None,
        dyad=_pair(pair) if pair is not None else None,
        directed=directed,
        root=given(root),
        quad_class=quad,
        place=given(place),
        since=given(since),
        until=given(until),
        text=given(q),
        plover=given(plover),
        modality=given(modality),
        outlet=given(outlet),
        min_confidence=min_confidence,
        published_since=moment(published_since, "published_since"),
        published_until=moment(published_until, "published_until", end=True),
        order=sort,
        include_uncoded=include_uncoded,
        include_historical=include_historical,
    )
    return list_response(
        Page[LabelledEvent],
        lambda limit, offset: list(labelled(store.events(where, limit=limit, offset=offset))),
        paging,
        "events",
    )


def _pair(dyad: str) -> tuple[str, str]:
    parts = [p.strip() for p in dyad.split(",")]
    if len(parts) != 2 or not all(parts):
        raise unprocessable(f"dyad {dyad!r}: give two actors separated by a comma, e.g. NATO,RUS")
    return actor_or_code(parts[0]), actor_or_code(parts[1])


@router.get("/quotes", response_model=Page[QuoteRow], responses=DOWNLOAD_RESPONSES, tags=["quotes"])
def quotes(
    store: StoreDep,
    paging: PagingDep,
    context: ContextDep,
    speaker: Annotated[
        str | None,
        Query(
            description="The speaker: a person the dictionaries know, by any of their names "
            "('Mr. Trump', 'Donald J. Trump': all of Donald Trump's quotes), else words of the "
            "speaker's name, any case."
        ),
    ] = None,
    q: Annotated[str | None, Query(description="A part of the quoted text, any case.")] = None,
    since: Annotated[str | None, Query(description=f"Article published from: {DATE_HELP}")] = None,
) -> Page[QuoteRow] | Response:
    """Quotes with their speakers, by article date (undated last), article and position."""
    start, text, who = moment(since, "since"), given(q), given(speaker)
    people = context.identity().names_for(who) if who else None
    return list_response(
        Page[QuoteRow],
        lambda limit, offset: store.quotes(
            speaker=None if people else who, speakers=people, since=start, q=text, limit=limit, offset=offset
        ),
        paging,
        "quotes",
    )


@router.get("/speakers", response_model=Page[SpeakerRow], responses=DOWNLOAD_RESPONSES, tags=["quotes"])
def speakers(store: StoreDep, context: ContextDep, paging: PagingDep) -> Page[SpeakerRow] | Response:
    """Quoted people, most quoted first: one row per person (the dictionaries' canonical name) with
    every code they were quoted under (by article date)."""
    rows = context.identity().group(store.speaker_counts())
    return list_response(
        Page[SpeakerRow],
        lambda limit, offset: rows[offset : offset + limit],
        paging,
        "speakers",
    )


@router.get("/actors", response_model=Page[ActorRow], responses=DOWNLOAD_RESPONSES, tags=["actors"])
def actors(store: StoreDep, paging: PagingDep) -> Page[ActorRow] | Response:
    """Actors over all articles by name and code, most articles first."""
    return list_response(
        Page[ActorRow],
        lambda limit, offset: store.actors(limit=limit, offset=offset),
        paging,
        "actors",
    )
