"""Keeping a store's stories, threads and incidents up to date.

:func:`refresh_stories` clusters every stored article (:func:`strife.stories.cluster_stories`),
groups the events of each story into incidents (:func:`strife.monitor.incidents.group_incidents`)
and writes both back with :meth:`StoryStore.replace_stories`, replacing the previous clustering.
Story and thread ids depend on their earliest article, so they stay the same across refreshes while
that article does. :func:`ensure_stories` refreshes only when articles came in since the last one,
and then only the recent part of the store they can belong with; it is the ``stories`` refresher of
the write path (:mod:`strife.monitor.refresh`): after ``strife ingest``, each ``strife watch`` round
that stored something, ``POST /api/articles``, and ``strife refresh``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from pydantic import BaseModel

from strife.monitor.compare import OutletView, compare_outlets
from strife.monitor.incidents import group_incidents
from strife.store.roles import Store, StoryStore
from strife.store.story_rows import IncidentRow, StoryInput, StoryMember, StoryRow, ThreadRow
from strife.stories import Clustering, StoryDoc, StorySettings, cluster_stories


@dataclass(frozen=True)
class StoryRefresh:
    """What one refresh found: articles clustered, stories, threads, incidents and events in them."""

    articles: int
    stories: int
    threads: int
    incidents: int
    events: int


def refresh_stories(
    store: StoryStore, settings: StorySettings | None = None, *, scope: Sequence[str] | None = None
) -> StoryRefresh:
    """Re-cluster the stored articles — all of them, or those with ids in ``scope`` — and re-group
    their events into incidents; stories of articles outside ``scope`` are left as they are."""
    inputs = store.story_inputs(scope)
    clustering = cluster_stories([_doc(row) for row in inputs], settings)
    # The events of exactly the articles clustered (one stored meanwhile waits for the next refresh).
    reports = store.event_reports([row.id for row in inputs])
    incidents = group_incidents(reports, clustering.story_of())
    threads, stories, members = _rows(clustering)
    store.replace_stories(threads, stories, members, incidents, scope)
    return StoryRefresh(
        articles=len(inputs),
        stories=len(stories),
        threads=len(threads),
        incidents=len(incidents),
        events=len(reports),
    )


def ensure_stories(store: StoryStore, settings: StorySettings | None = None) -> StoryRefresh | None:
    """Bring the stories up to date when some article is in no story yet; ``None`` when none is.

    Only the recent part of the store is re-clustered: the articles from ``thread_window_days``
    before the earliest new one on, with every thread they touch (a new article can join nothing
    older). When a new article has no date, or nothing was clustered before, all articles are.
    """
    settings = settings or StorySettings()
    backlog = store.story_backlog()
    if backlog.articles == 0:
        return None
    if backlog.undated or backlog.earliest is None or backlog.clustered == 0:
        return refresh_stories(store, settings)
    start = backlog.earliest - timedelta(days=settings.thread_window_days)
    return refresh_stories(store, settings, scope=store.story_scope(start))


class StoryDetail(BaseModel):
    """One story: its row, its articles (with near-copies marked), its incidents with their
    corroboration, and how each outlet told it (:func:`strife.monitor.compare.compare_outlets`)."""

    story: StoryRow
    members: list[StoryMember]
    incidents: list[IncidentRow]
    outlets: list[OutletView]


def story_detail(store: Store, story_id: str) -> StoryDetail | None:
    """Everything about the story ``story_id``; ``None`` when there is no such story."""
    found = store.stories(story=story_id)
    if not found:
        return None
    records = [store.get(a) for a in found[0].articles]
    return StoryDetail(
        story=found[0],
        members=store.story_members(story_id),
        incidents=store.incidents(story=story_id),
        outlets=compare_outlets(r for r in records if r is not None),
    )


def _doc(row: StoryInput) -> StoryDoc:
    return StoryDoc(
        id=row.id,
        headline=row.headline,
        body=row.body,
        outlet=row.outlet,
        published=row.published,
        actors=row.actors,
    )


def _rows(clustering: Clustering) -> tuple[list[ThreadRow], list[StoryRow], list[StoryMember]]:
    thread_of = clustering.thread_of()
    sizes = {story.id: len(story.article_ids) for story in clustering.stories}
    threads = [
        ThreadRow(
            thread=t.id,
            headline=t.headline,
            stories=list(t.story_ids),
            articles=sum(sizes[s] for s in t.story_ids),
            first_seen=t.first_seen,
            last_seen=t.last_seen,
        )
        for t in clustering.threads
    ]
    stories, members = [], []
    for story in clustering.stories:
        stories.append(
            StoryRow(
                story=story.id,
                thread=thread_of[story.id],
                headline=story.headline,
                articles=list(story.article_ids),
                outlets=list(story.outlets),
                first_seen=story.first_seen,
                last_seen=story.last_seen,
            )
        )
        copy_of = _copy_of(story.article_ids, story.near_duplicates)
        members += [
            StoryMember(article_id=a, story=story.id, duplicate_of=copy_of.get(a)) for a in story.article_ids
        ]
    return threads, stories, members


def _copy_of(order: tuple[str, ...], groups: tuple[tuple[str, ...], ...]) -> dict[str, str]:
    """Each near-copy's original: the earliest article of its group (``order`` is earliest first)."""
    rank = {article: i for i, article in enumerate(order)}
    copy_of: dict[str, str] = {}
    for group in groups:
        first = min(group, key=lambda a: rank.get(a, len(rank)))
        copy_of.update({a: first for a in group if a != first})
    return copy_of
