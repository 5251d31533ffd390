"""Stories, threads and incidents over the bundled sample corpus, read by the real pipeline."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest

from strife.ingest import ingest
from strife.monitor.stories import ensure_stories, refresh_stories
from strife.pipeline import Pipeline
from strife.store import Store, open_store

CORPUS = Path(str(resources.files("strife").joinpath("sample", "corpus")))
AP = "2026-03-06-ap-russian-jets-enter-estonian-airspace.txt"
ABC = "2026-03-06-abcnews-syndicated-ap-russian-jets.txt"
REUTERS = "2026-03-02-reuters-border-guards-detained-on-lake-peipus.txt"
TASS = "2026-03-02-tass-fsb-says-estonian-patrol-crossed-border.txt"
VIENNA = "2026-03-18-afp-estonia-and-russia-open-talks-in-vienna.txt"


@pytest.fixture(scope="module")
def store(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("stories") / "s.duckdb") as s:
        ingest([str(CORPUS)], s, pipeline, max_bytes=5_000_000)
        refresh = ensure_stories(s)
        assert refresh is not None and refresh.articles == s.counts()["articles"]
        yield s


@pytest.fixture(scope="module")
def ids(store: Store) -> dict[str, str]:
    """File name → article id."""
    return {Path(r.origin or "").name: r.id for r in store.articles()}


@pytest.fixture(scope="module")
def story_of(store: Store) -> dict[str, str]:
    return {a: s.story for s in store.stories() for a in s.articles}


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [(AP, ABC, True), (REUTERS, TASS, True), (AP, VIENNA, False), (REUTERS, VIENNA, False)],
)
def test_articles_about_one_happening_share_a_story(
    ids: dict[str, str], story_of: dict[str, str], first: str, second: str, together: bool
) -> None:
    assert (story_of[ids[first]] == story_of[ids[second]]) is together


def test_the_syndicated_copy_is_marked_and_corroborates_the_original(
    store: Store, ids: dict[str, str]
) -> None:
    story = next(s for s in store.stories() if ids[AP] in s.articles)
    copies = {m.article_id: m.duplicate_of for m in store.story_members(story.story)}
    assert copies[ids[ABC]] == ids[AP]
    assert {"ABC News", "The Associated Press"} <= set(story.outlets)
    shared = [i for i in store.incidents(story=story.story) if {ids[AP], ids[ABC]} <= _articles(i.events)]
    assert shared, "the copy's events should join the original's incidents"
    assert all(i.outlets >= 2 and i.first_outlet == "The Associated Press" for i in shared)


def test_every_story_is_in_one_thread_and_nothing_is_left_out(store: Store) -> None:
    stories = store.stories()
    threads = store.threads()
    assert sorted(s for t in threads for s in t.stories) == sorted(s.story for s in stories)
    assert sum(len(s.articles) for s in stories) == store.counts()["articles"]
    assert len(stories) > len(threads) >= 1


def test_every_event_is_in_exactly_one_incident(store: Store) -> None:
    events = [e for i in store.incidents() for e in i.events]
    assert len(events) == len(set(events)) == store.counts()["events"]


def test_a_refresh_keeps_the_ids(store: Store) -> None:
    before = sorted((s.story, s.thread) for s in store.stories())
    assert ensure_stories(store) is None
    refresh_stories(store)
    assert sorted((s.story, s.thread) for s in store.stories()) == before


def _articles(events: list[str]) -> set[str]:
    return {e.rpartition("#")[0] for e in events}


def test_articles_coming_in_later_join_their_thread(store: Store, ids: dict[str, str]) -> None:
    """The articles of the last days come in after the rest was clustered. Their thread (the whole
    crisis, here) is re-clustered with them; every article and event stays in one story, one incident."""
    refresh_stories(store)
    before = {a: s.story for s in store.stories() for a in s.articles}
    late = [aid for name, aid in ids.items() if name.startswith(("2026-03-21", "2026-03-22"))]
    store.replace_stories([], [], [], [], scope=late)  # as if just stored
    assert store.story_backlog().articles == len(late)
    done = ensure_stories(store)
    assert done is not None and done.articles == store.counts()["articles"]  # one thread: all of it
    after = {a: s.story for s in store.stories() for a in s.articles}
    assert sorted(after) == sorted(before)
    events = [e for i in store.incidents() for e in i.events]
    assert len(events) == len(set(events)) == store.counts()["events"]
    refresh_stories(store)
    assert {a: s.story for s in store.stories() for a in s.articles} == before
