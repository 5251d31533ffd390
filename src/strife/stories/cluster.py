"""Cluster articles into stories and stories into threads (:func:`cluster_stories`).

1. Near-duplicates (:mod:`strife.stories.near_duplicates`) become *units*: one story, always.
2. Threads: average-link over the units' similarity graph with weights fitted on all articles
   (:mod:`strife.stories.features`), at ``thread_threshold``, within ``thread_window_days``.
3. Stories: inside each thread, TF-IDF is fitted again on the thread's articles alone and its units
   are clustered at ``story_threshold`` within ``story_window_days`` — what the thread's articles all
   share weighs little, what tells its happenings apart weighs more. A thread of fewer than
   ``local_min_units`` units is split with the corpus-wide weights at ``small_thread_story_threshold``.

Clustering top-down makes every story lie in exactly one thread. The input order does not matter
(articles are taken in id order) and the same input gives the same output. A story's id is ``"s-"``
and the first 12 hex digits of the SHA-1 of its earliest article's id (earliest by publication time,
dated before undated, then by id); a thread's is ``"t-"`` and the same digest of its earliest
article's id — so ids stay put while the earliest member does.
"""

from __future__ import annotations

import hashlib
import itertools
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

import numpy as np

from strife.stories.features import UnitFeatures, text_of, timestamp, unit_features
from strife.stories.graph import Edges, average_link, similarity_edges
from strife.stories.model import Clustering, Story, StoryDoc, StoryError, StorySettings, Thread, lead
from strife.stories.near_duplicates import near_duplicate_groups


def cluster_stories(docs: Sequence[StoryDoc], settings: StorySettings | None = None) -> Clustering:
    """Stories (one happening each) and threads (related stories) of ``docs``.

    Raises :class:`StoryError` when two documents share an id.
    """
    settings = settings or StorySettings()
    ordered = sorted(docs, key=lambda doc: doc.id)
    for first, second in itertools.pairwise(ordered):
        if first.id == second.id:
            raise StoryError(f"two documents share the id {first.id!r}")
    if not ordered:
        return Clustering((), ())
    units = near_duplicate_groups([doc.body for doc in ordered], settings)
    texts = [text_of(doc) for doc in ordered]
    features = unit_features(ordered, units, texts)
    edges = similarity_edges(features, settings.thread_window_days, settings)
    threads = _groups(average_link(len(units), edges, settings.thread_threshold))
    story_units: list[list[list[int]]] = []
    for thread in threads:
        members = [units[u] for u in thread]
        split = _split_thread(ordered, texts, members, _subset(features, thread), settings)
        story_units.append([[i for local in story for i in members[local]] for story in split])
    return _records(ordered, units, story_units)


def _groups(labels: list[int]) -> list[list[int]]:
    """Indices grouped by label, each group in increasing order, groups by their first index."""
    groups: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        groups[label].append(index)
    return sorted(groups.values(), key=lambda group: group[0])


def _subset(features: UnitFeatures, rows: list[int]) -> UnitFeatures:
    return UnitFeatures(
        words=features.words[rows],
        names=features.names[rows],
        actors=tuple(features.actors[r] for r in rows),
        times=features.times[rows],
    )


def _split_thread(
    docs: Sequence[StoryDoc],
    texts: Sequence[str],
    members: list[list[int]],
    corpus_wide: UnitFeatures,
    settings: StorySettings,
) -> list[list[int]]:
    """A thread's units (``members``: article indices per unit) grouped into stories (unit indices)."""
    if len(members) == 1:
        return [[0]]
    if len(members) < settings.local_min_units:
        features, threshold = corpus_wide, settings.small_thread_story_threshold
    else:
        articles = [i for unit in members for i in unit]
        local = {article: k for k, article in enumerate(articles)}
        features = unit_features(
            [docs[i] for i in articles],
            [[local[i] for i in unit] for unit in members],
            [texts[i] for i in articles],
        )
        threshold = settings.story_threshold
    edges: Edges = similarity_edges(features, settings.story_window_days, settings)
    return _groups(average_link(len(members), edges, threshold))


# --- records ------------------------------------------------------------------------------------------


def _order_key(doc: StoryDoc) -> tuple[bool, float, str]:
    """Earliest first: dated before undated, then by time, then by id."""
    stamp = timestamp(doc.published)
    return (bool(np.isnan(stamp)), 0.0 if np.isnan(stamp) else stamp, doc.id)


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _span(docs: Sequence[StoryDoc]) -> tuple[datetime | None, datetime | None]:
    dated = [doc.published for doc in docs if doc.published is not None]
    if not dated:
        return None, None
    return min(dated, key=timestamp), max(dated, key=timestamp)


def _story(members: list[StoryDoc], units: list[list[str]]) -> Story:
    members = sorted(members, key=_order_key)
    first_seen, last_seen = _span(members)
    headline = next((doc.headline for doc in members if doc.headline), None) or lead(members[0].body)
    return Story(
        id="s-" + _digest(members[0].id),
        article_ids=tuple(doc.id for doc in members),
        headline=headline,
        outlets=tuple(sorted({doc.outlet for doc in members if doc.outlet})),
        first_seen=first_seen,
        last_seen=last_seen,
        near_duplicates=tuple(sorted(tuple(sorted(unit)) for unit in units if len(unit) > 1)),
    )


def _thread(stories: list[tuple[Story, StoryDoc]]) -> Thread:
    stories = sorted(stories, key=lambda pair: _order_key(pair[1]))
    largest = max(stories, key=lambda pair: len(pair[0].article_ids))  # the first of the largest
    seen = [s.first_seen for s, _ in stories if s.first_seen] + [
        s.last_seen for s, _ in stories if s.last_seen
    ]
    return Thread(
        id="t-" + _digest(stories[0][1].id),
        story_ids=tuple(story.id for story, _ in stories),
        headline=largest[0].headline,
        first_seen=min(seen, key=timestamp) if seen else None,
        last_seen=max(seen, key=timestamp) if seen else None,
    )


def _records(docs: Sequence[StoryDoc], units: list[list[int]], threads: list[list[list[int]]]) -> Clustering:
    unit_of = {i: k for k, unit in enumerate(units) for i in unit}
    all_stories: list[tuple[Story, StoryDoc]] = []
    all_threads: list[tuple[Thread, StoryDoc]] = []
    for thread in threads:
        stories: list[tuple[Story, StoryDoc]] = []
        for story in thread:
            members = [docs[i] for i in story]
            story_units = sorted({unit_of[i] for i in story})
            record = _story(members, [[docs[i].id for i in units[u]] for u in story_units])
            stories.append((record, min(members, key=_order_key)))
        all_stories.extend(stories)
        record_thread = _thread(stories)
        all_threads.append((record_thread, min((earliest for _, earliest in stories), key=_order_key)))
    all_stories.sort(key=lambda pair: _order_key(pair[1]))
    all_threads.sort(key=lambda pair: _order_key(pair[1]))
    return Clustering(
        stories=tuple(story for story, _ in all_stories), threads=tuple(thread for thread, _ in all_threads)
    )
