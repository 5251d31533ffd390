"""Keeping stories current: a full clustering first, then only the recent part of the store; the
write path's refresh that runs it (and any other registered refresher), one at a time."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from strife.errors import ConfigError
from strife.monitor import refresh as refresh_module
from strife.monitor.refresh import RefreshNote, refresh, register_refresher, registered_refreshers
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


# --- the write path's refresh: registered refreshers, one refresh at a time -------------------------


def test_refresh_runs_the_stories_refresher_and_says_what_it_did(store: Store) -> None:
    [note] = refresh(store)
    assert note.name == "stories" and note.note.startswith("clustered 6 articles:")
    assert refresh(store) == []  # nothing came in since
    [full] = refresh(store, full=True)
    assert full.note.startswith("clustered 6 articles:")


def test_a_registered_refresher_runs_after_the_stories(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[int, bool]] = []

    def count(s: Store, *, full: bool) -> str | None:
        seen.append((s.story_backlog().articles, full))
        return "counted"

    monkeypatch.setattr("strife.monitor.refresh._REGISTRY", {**refresh_module._REGISTRY})
    register_refresher("count")(count)
    notes = refresh(store, ["stories", "count"])
    assert [n.name for n in notes] == ["stories", "count"] and seen == [(0, False)]
    assert "count" in registered_refreshers()


def test_an_unknown_refresher_is_refused(store: Store) -> None:
    with pytest.raises(ConfigError, match=r"unknown refresher.*nope.*registered: .*stories"):
        refresh(store, ["nope"])


def test_two_refreshes_at_once_take_turns(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two threads refresh one store at once: the second waits, then finds nothing left to do."""
    inside: list[int] = []
    original = refresh_module._REGISTRY["stories"]

    def slow(s: Store, *, full: bool) -> str | None:
        inside.append(1)
        assert len(inside) == 1, "two refreshes ran at once"
        time.sleep(0.3)
        try:
            return original(s, full=full)
        finally:
            inside.pop()

    monkeypatch.setitem(refresh_module._REGISTRY, "stories", slow)
    results: list[list[RefreshNote]] = []
    threads = [threading.Thread(target=lambda: results.append(refresh(store))) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(len(r) for r in results) == [0, 1]
