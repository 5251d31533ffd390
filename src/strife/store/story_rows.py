"""The rows of stories, threads and incidents that the store keeps and returns.

Stories and threads are computed over the store (:mod:`strife.monitor.stories`) and written back
with :meth:`StoryStore.replace_stories <strife.store.roles.StoryStore.replace_stories>`; these
models are what goes in and what comes out. :class:`EventReport` is a stored event as incident
grouping (:mod:`strife.monitor.incidents`) reads it and :class:`Incident` what that grouping
writes back: both live here, on neutral ground, so the store never imports the monitoring code.
Event ids are ``"{article_id}#{idx}"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from pydantic import BaseModel, ConfigDict


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class EventReport:
    """One stored event as incident grouping sees it: its actors' keys (country, else code, else
    the name case-folded), CAMEO root, modality, own date and its article's date and outlet."""

    article_id: str
    idx: int
    source: str | None
    target: str | None
    cameo_root: str
    modality: str
    date: str | None
    published: datetime | None
    outlet: str | None

    @property
    def event_id(self) -> str:
        return f"{self.article_id}#{self.idx}"


@dataclass(frozen=True)
class Incident:
    """One real-world event and the reports of it (``events``: their ids, first report first)."""

    id: str
    story_id: str | None
    events: tuple[str, ...]
    articles: int
    outlets: int
    first_article_id: str
    first_outlet: str | None
    first_seen: datetime | None


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
