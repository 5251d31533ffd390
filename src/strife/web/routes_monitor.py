"""Monitoring over HTTP: stories, one story with its outlets side by side, dyad series, alerts.

Stories, incidents, dyad series and alerts depend on the clustering of the stored articles, which
the write path keeps up to date (:mod:`strife.monitor.refresh`); these routes only read it.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Response, status
from pydantic import BaseModel

from strife.monitor.alerts import Alert, AlertSettings, find_alerts
from strife.monitor.series import SeriesError, SeriesQuery, dyad_series, parse_day
from strife.monitor.stories import StoryDetail, story_detail
from strife.store.rows import Bucket, SeriesRow
from strife.store.story_rows import StoryRow
from strife.web.context import ContextDep
from strife.web.listing import (
    DOWNLOAD_RESPONSES,
    INCLUDE_HISTORICAL_HELP,
    INCLUDE_UNCODED_HELP,
    Page,
    PagingDep,
    given,
    list_response,
)

router = APIRouter(prefix="/api", tags=["monitoring"])

DAY_HELP = "YYYY-MM-DD, YYYY-MM or YYYY (a month or year: its {} day); inclusive."
ACTOR_HELP = "A country code (RUS), an actor code (RUSGOV, NATO) or a country or IGO name (Russia)."


class DyadView(BaseModel):
    """Two actors' event series bucket by bucket, and the escalation alerts of that pair."""

    a: str
    b: str
    by: Bucket
    directed: bool
    rows: list[SeriesRow]
    alerts: list[Alert]


class AlertList(BaseModel):
    """Escalation alerts by date, then detector, highest score first."""

    items: list[Alert]


@router.get("/stories", response_model=Page[StoryRow], responses=DOWNLOAD_RESPONSES)
def stories(
    context: ContextDep,
    paging: PagingDep,
    thread: Annotated[str | None, Query(description="Only the stories of this thread.")] = None,
    min_articles: Annotated[int, Query(ge=1, description="Only stories with this many articles.")] = 1,
) -> Page[StoryRow] | Response:
    """Stories (articles about one happening, across outlets), most recently seen first."""
    store, name = context.store, given(thread)
    return list_response(
        Page[StoryRow],
        lambda limit, offset: store.stories(
            thread=name, min_articles=min_articles, limit=limit, offset=offset
        ),
        paging,
        "stories",
    )


@router.get("/stories/{story_id}", responses={404: {"description": "No such story"}})
def story(story_id: str, context: ContextDep) -> StoryDetail:
    """One story: articles, incidents with how many articles and outlets reported each, and the
    outlets compared (who each quoted, whom it cited, what it called the actors, its tone)."""
    detail = story_detail(context.store, story_id)
    if detail is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, f"no story with id {story_id!r}; list them at /api/stories"
        )
    return detail


@router.get("/dyad")
def dyad(
    context: ContextDep,
    a: Annotated[str, Query(description=ACTOR_HELP)],
    b: Annotated[str, Query(description="The other actor, given as a is.")],
    by: Annotated[Bucket, Query(description="day, ISO week (from Monday) or calendar month.")] = "day",
    directed: Annotated[bool, Query(description="Only a acting on b (default: both ways).")] = False,
    since: Annotated[str | None, Query(description=DAY_HELP.format("first"))] = None,
    until: Annotated[str | None, Query(description=DAY_HELP.format("last"))] = None,
    include_uncoded: Annotated[bool, Query(description=INCLUDE_UNCODED_HELP)] = False,
    include_historical: Annotated[bool, Query(description=INCLUDE_HISTORICAL_HELP)] = False,
) -> DyadView:
    """Events between two actors per bucket (counts by quad class, Goldstein, tone; an event many
    articles report counts once), with the alerts of the pair in the same span."""
    query = SeriesQuery(a, b, by=by, directed=directed, since=given(since), until=given(until),
                        include_uncoded=include_uncoded, include_historical=include_historical)  # fmt: skip
    rows = dyad_series(context.store, query)
    pair = tuple(sorted((query.first, query.second)))
    settings = AlertSettings(include_uncoded=include_uncoded, include_historical=include_historical)
    found = find_alerts(context.store, since=query.start, until=query.end, settings=settings)
    alerts = [x for x in found if x.dyad == pair]
    return DyadView(a=query.first, b=query.second, by=query.by, directed=query.directed, rows=rows,
                    alerts=alerts)  # fmt: skip


@router.get("/alerts")
def alerts(
    context: ContextDep,
    since: Annotated[str | None, Query(description=DAY_HELP.format("first"))] = None,
    until: Annotated[str | None, Query(description=DAY_HELP.format("last"))] = None,
    include_uncoded: Annotated[bool, Query(description=INCLUDE_UNCODED_HELP)] = False,
    include_historical: Annotated[bool, Query(description=INCLUDE_HISTORICAL_HELP)] = False,
) -> AlertList:
    """Escalations per country and per dyad whose period overlaps since … until (all by default)."""
    start, end = _span(given(since), given(until))
    settings = AlertSettings(include_uncoded=include_uncoded, include_historical=include_historical)
    return AlertList(items=find_alerts(context.store, since=start, until=end, settings=settings))


def _span(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """The days of ``since`` and ``until`` (a month or year: its first, its last day)."""
    start = None if since is None else parse_day(since, field="since")
    end = None if until is None else parse_day(until, field="until", end=True)
    if start is not None and end is not None and end < start:
        raise SeriesError("until", until, f"is before since {start.isoformat()}; nothing can match")
    return start, end
