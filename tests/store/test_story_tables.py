"""Stories, threads, memberships and incidents in the store: written as a whole, read back whole."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from backends import NewStore
from event_factories import GRUSHKO, NATO, Spec, article_with_events

from strife.monitor.incidents import group_incidents
from strife.store import Store
from strife.store.story_rows import EventReport, StoryBacklog, StoryMember, StoryRow, ThreadRow

T = [datetime(2022, 1, d, 9, tzinfo=UTC) for d in range(1, 32)]
THREAT = Spec(GRUSHKO, NATO, "138", 3, "THREATEN")
ARTICLES = [
    article_with_events("a", T[12], [THREAT], outlet="TASS"),
    article_with_events("b", T[13], [THREAT], outlet="Reuters"),
    article_with_events("c", T[13], [THREAT], outlet="Reuters"),
    article_with_events("d", T[20], [Spec(NATO, GRUSHKO, "036", 1, "CONSULT")], outlet=None),
]
STORY_OF = {"a": "s-1", "b": "s-1", "c": "s-1", "d": "s-2"}


def story_row(story: str, thread: str, articles: list[str]) -> StoryRow:
    days = [next(x.published for x in ARTICLES if x.id == a) for a in articles]
    return StoryRow(story=story, thread=thread, headline=f"Headline {articles[0]}", articles=articles,
                    outlets=[], first_seen=min(days), last_seen=max(days))  # fmt: skip


@pytest.fixture
def store(new_store: NewStore) -> Store:
    s = new_store()
    for article in ARTICLES:
        assert s.add(article)
    return s


def write(store: Store) -> None:
    threads = [ThreadRow(thread="t-1", headline="Headline a", stories=["s-1", "s-2"], articles=4,
                         first_seen=T[12], last_seen=T[20])]  # fmt: skip
    stories = [story_row("s-1", "t-1", ["a", "b", "c"]), story_row("s-2", "t-1", ["d"])]
    members = [
        StoryMember(article_id=a, story=s, duplicate_of="b" if a == "c" else None)
        for a, s in STORY_OF.items()
    ]
    store.replace_stories(threads, stories, members, group_incidents(store.event_reports(), STORY_OF))


def test_inputs_carry_text_outlet_date_and_actor_codes(store: Store) -> None:
    [first, *_] = store.story_inputs()
    assert (first.id, first.outlet, first.published) == ("a", "TASS", T[12])
    assert first.body == ARTICLES[0].body
    assert store.event_reports()[0] == EventReport(
        "a", 0, "RUS", "NATO", "13", "asserted", None, T[12], "TASS"
    )


def test_stories_round_trip_and_replace_leaves_no_copies(store: Store) -> None:
    assert store.story_backlog().articles == 4
    write(store)
    write(store)
    assert store.story_backlog().articles == 0
    [s2, s1] = store.stories()
    assert (s1.story, s1.articles, s1.outlets) == ("s-1", ["a", "b", "c"], ["Reuters", "TASS"])
    assert (s2.story, s2.outlets, s2.first_seen) == ("s-2", [], T[20])
    assert [s.story for s in store.stories(min_articles=2)] == ["s-1"]
    assert store.stories(story="nope") == []
    [thread] = store.threads()
    assert (thread.thread, thread.stories, thread.articles) == ("t-1", ["s-1", "s-2"], 4)
    assert [(m.article_id, m.duplicate_of) for m in store.story_members("s-1")] == [
        ("a", None), ("b", None), ("c", "b")
    ]  # fmt: skip


def test_incidents_are_stored_once_with_corroboration(store: Store) -> None:
    write(store)
    [threat] = store.incidents(story="s-1")
    assert (threat.articles, threat.outlets, threat.first_outlet, threat.first_article_id) == (
        3,
        2,
        "TASS",
        "a",
    )
    assert (threat.cameo, threat.source, threat.target) == ("138", "RUSGOV", "NATO")
    assert sorted(threat.events) == ["a#0", "b#0", "c#0"]
    assert len(store.incidents()) == 2
    rows = {f"{r.article_id}#{r.idx}": r for r in store.events()}
    assert {(r.incident, r.incident_articles, r.incident_outlets) for k, r in rows.items() if k != "d#0"} == {
        (threat.incident, 3, 2)
    }
    assert (rows["d#0"].incident_articles, rows["d#0"].incident_outlets) == (1, 0)


def test_a_new_article_makes_stories_stale(store: Store) -> None:
    write(store)
    store.add(article_with_events("e", T[25], [], outlet="AP"))
    store.add(article_with_events("f", None, [], outlet="AP"))
    assert store.story_backlog() == StoryBacklog(articles=2, earliest=T[25], undated=1, clustered=4)


def test_scope_takes_recent_articles_and_the_whole_threads_they_touch(store: Store) -> None:
    store.add(article_with_events("old", T[1], [], outlet="AP"))
    store.add(article_with_events("new", T[28], [], outlet="AP"))
    threads = [
        ThreadRow(thread="t-0", headline=None, stories=["s-0"], articles=1, first_seen=T[1], last_seen=T[1]),
        ThreadRow(thread="t-1", headline=None, stories=["s-1", "s-2"], articles=4, first_seen=T[12],
                  last_seen=T[20]),
    ]  # fmt: skip
    stories = [story_row("s-1", "t-1", ["a", "b", "c"]), story_row("s-2", "t-1", ["d"])]
    stories.append(StoryRow(story="s-0", thread="t-0", headline=None, articles=["old"], outlets=[],
                            first_seen=T[1], last_seen=T[1]))  # fmt: skip
    members = [StoryMember(article_id=a, story=s) for a, s in {**STORY_OF, "old": "s-0"}.items()]
    store.replace_stories(threads, stories, members, [])
    # From the 19th: d is in t-1, so all of t-1 comes (back to the 12th), and the unclustered "new".
    assert store.story_scope(T[19]) == ["a", "b", "c", "d", "new"]
    assert store.story_scope(T[29]) == ["new"]
    assert store.story_scope(T[0]) == ["a", "b", "c", "d", "new", "old"]


def test_a_scoped_replace_leaves_other_stories_alone(store: Store) -> None:
    write(store)
    # Re-cluster only d: its old story goes, a new one takes it; s-1 and its incident stay.
    new = StoryRow(story="s-9", thread="t-9", headline=None, articles=["d"], outlets=[], first_seen=T[20],
                   last_seen=T[20])  # fmt: skip
    thread = ThreadRow(
        thread="t-9", headline=None, stories=["s-9"], articles=1, first_seen=T[20], last_seen=T[20]
    )
    incidents = group_incidents(store.event_reports(["d"]), {"d": "s-9"})
    store.replace_stories([thread], [new], [StoryMember(article_id="d", story="s-9")], incidents, scope=["d"])
    assert sorted((s.story, s.thread) for s in store.stories()) == [("s-1", "t-1"), ("s-9", "t-9")]
    assert sorted(t.thread for t in store.threads()) == ["t-1", "t-9"]
    assert sorted(i.story or "" for i in store.incidents()) == ["s-1", "s-9"]
    assert [i.id for i in store.story_inputs(["d", "a"])] == ["a", "d"]
