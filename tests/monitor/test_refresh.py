"""Keeping stories current: a full clustering first, then only the recent part of the store."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from strife.monitor.stories import ensure_stories
from strife.record import Article, fingerprint
from strife.store import Store, open_store

FLOOD = "Flood waters swept through the river town of Kelmora after the Varna dam burst on {}. "
TALKS = "Diplomats from Arvenia and Belost met in Geneva for talks on the border on {}. "


def article(aid: str, text: str, month: int, day: int) -> Article:
    body = (text.format(f"day {day}") + f"Report {aid}. ") * 3
    published = datetime(2026, month, day, 9, tzinfo=UTC)
    return Article(id=aid, fingerprint=fingerprint(body), outlet="Wire", published=published, body=body)


@pytest.fixture
def store() -> Iterator[Store]:
    with open_store(":memory:") as s:
        for n in range(3):
            s.add(article(f"flood-{n}", FLOOD, 1, 10 + n))
            s.add(article(f"talks-{n}", TALKS, 8, 10 + n))
        yield s


def test_first_clustering_takes_everything_and_a_second_call_nothing(store: Store) -> None:
    done = ensure_stories(store)
    assert done is not None and done.articles == 6
    assert ensure_stories(store) is None


def test_a_new_article_re_clusters_only_the_threads_it_can_join(store: Store) -> None:
    ensure_stories(store)
    before = {s.story: s.articles for s in store.stories() if "flood-0" in s.articles}
    store.add(article("talks-9", TALKS, 8, 14))
    done = ensure_stories(store)
    assert done is not None and done.articles == 4  # the August thread and the new article
    assert {s.story: s.articles for s in store.stories() if "flood-0" in s.articles} == before
    [talks] = [s for s in store.stories() if "talks-9" in s.articles]
    assert sorted(talks.articles) == ["talks-0", "talks-1", "talks-2", "talks-9"]


def test_an_undated_newcomer_makes_it_cluster_everything(store: Store) -> None:
    ensure_stories(store)
    body = "An undated note on the Kelmora flood and the Varna dam."
    store.add(Article(id="undated", fingerprint=fingerprint(body), body=body))
    done = ensure_stories(store)
    assert done is not None and done.articles == 7
