"""The rows of stories, threads and incidents that the store keeps and returns.

Stories and threads are computed over the whole store (:mod:`strife.monitor.stories`) and written
back as a whole with :meth:`Store.replace_stories <strife.store.base.Store.replace_stories>`; these
models are what goes in and what comes out. Event ids are ``"{article_id}#{idx}"``.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class StoryInput(_Row):
    """One stored article as the story clusterer reads it: text, outlet, date and its actors' codes."""

    id: str
    headline: str | None
    body: str
    outlet: str | None
    published: datetime | None
    actors: tuple[str, ...]


class StoryBacklog(_Row):
    """Articles stored since the last clustering: how many, the earliest date among them, how many
    have no date, and how many articles are in stories already."""

    articles: int
    earliest: datetime | None
    undated: int
    clustered: int


class StoryRow(_Row):
    """One story: articles about one happening, across outlets (earliest first)."""

    story: str
    thread: str
    headline: str | None
    articles: list[str]
    outlets: list[str]
    first_seen: datetime | None
    last_seen: datetime | None


class ThreadRow(_Row):
    """Related stories (successive rounds of the same talks), earliest story first."""

    thread: str
    headline: str | None
    stories: list[str]
    articles: int
    first_seen: datetime | None
    last_seen: datetime | None


class StoryMember(_Row):
    """An article's place in a story; ``duplicate_of`` names the article it is a near-copy of."""

    article_id: str
    story: str
    duplicate_of: str | None = None


class IncidentRow(_Row):
    """One real-world event and its corroboration: how many articles and outlets, who was first."""

    incident: str
    story: str | None
    events: list[str]
    articles: int
    outlets: int
    first_article_id: str
    first_outlet: str | None
    first_seen: datetime | None
    cameo: str
    source: str | None
    target: str | None
    modality: str
    date: str | None
