"""Story and thread clustering on small hand-written news sets."""

from __future__ import annotations

import dataclasses
import hashlib
from datetime import UTC, datetime, timedelta

import pytest

from strife.stories import Clustering, StoryDoc, StoryError, StorySettings, cluster_stories

T0 = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)

QUAKE_A = (
    "A strong earthquake of magnitude 6.4 struck near the town of Valdoria in the northern hills on "
    "Monday, toppling old stone houses and cutting power to thousands of homes. Seismologists said the "
    "epicentre was at a shallow depth and warned of aftershocks. Rescue teams from Brenmouth pulled "
    "survivors from the rubble of the Valdoria market hall, and the regional governor Mara Quillon said "
    "at least 14 people had died. The quake was felt as far as the coastal city of Port Selwyn. "
    "Volunteers set up tents on the football ground for families whose houses were no longer safe, and "
    "the army flew in water, blankets and generators. Quillon asked engineers to check every school "
    "and clinic in the district before they reopen, and the railway line to Brenmouth stayed shut."
)
QUAKE_B = (
    "An earthquake of magnitude 5.1 shook the fishing village of Ostrava Bay in the southern hills on "
    "Friday, cracking the harbour wall and damaging old houses. Seismologists said the epicentre was "
    "at a shallow depth and warned of aftershocks. Rescue teams from Kellhaven searched the rubble of a "
    "collapsed church, and Mayor Tobin Arkwright said 3 fishermen were hurt but nobody had died. The "
    "quake was felt along the coast, where power to homes was cut for an hour."
)
TALKS = (
    "Negotiators from Norland and Estmark met in Geneva for a second day of talks on fishing quotas in "
    "the Grey Sea, with the envoy Ilse Varga saying the gap between the two sides had narrowed. "
    "Delegates discussed a joint patrol of the disputed banks and a freeze on new licences for trawlers. "
    "Varga told reporters that a draft text could be ready by the end of the week if both capitals "
    "agreed to the patrol, while the Estmark delegation asked for more time to consult its fleet "
    "owners. A third round is planned for next month in Oslo, where the two sides last met in the "
    "autumn and failed to agree on the size of the catch."
)


def doc(
    id: str,
    body: str,
    headline: str | None = None,
    when: datetime | None = T0,
    outlet: str | None = None,
    actors: tuple[str, ...] = (),
) -> StoryDoc:
    return StoryDoc(id, headline, body, outlet, when, actors)


def reworded(body: str, first: str) -> str:
    """The body with its first sentence replaced."""
    return first + " " + body.split(". ", 1)[1]


def stories_of(clustering: Clustering) -> set[frozenset[str]]:
    return {frozenset(story.article_ids) for story in clustering.stories}


def threads_of(clustering: Clustering) -> set[frozenset[str]]:
    stories = {story.id: story.article_ids for story in clustering.stories}
    return {frozenset(a for s in thread.story_ids for a in stories[s]) for thread in clustering.threads}


def quake_set(when_b: datetime | None) -> list[StoryDoc]:
    """Three reports of quake A, two of quake B (``when_b``), one about talks."""
    return [
        doc("a1", QUAKE_A, "Deadly quake hits Valdoria", outlet="Wire One"),
        doc("a2", reworded(QUAKE_A, "Houses collapsed in Valdoria after a powerful tremor."), outlet="Daily"),
        doc("a3", QUAKE_A, "Valdoria earthquake kills 14", T0 + timedelta(hours=2), "Herald"),
        doc("b1", QUAKE_B, "Quake damages Ostrava Bay harbour", when_b, "Wire One"),
        doc("b2", reworded(QUAKE_B, "No deaths after a tremor rattled Ostrava Bay."), None, when_b),
        doc("t1", TALKS, "Fishing talks go on in Geneva", T0 + timedelta(days=1), "Daily"),
    ]


@pytest.mark.parametrize(
    ("when_b", "label"),
    [
        (T0 + timedelta(days=4, hours=1), "dated, days apart"),
        (None, "quake B undated"),
    ],
)
def test_two_quakes_are_two_stories(when_b: datetime | None, label: str) -> None:
    clustering = cluster_stories(quake_set(when_b))
    assert stories_of(clustering) == {
        frozenset({"a1", "a2", "a3"}),
        frozenset({"b1", "b2"}),
        frozenset({"t1"}),
    }, label
    assert frozenset({"t1"}) in threads_of(clustering)


def test_two_quakes_share_a_thread_and_copies_are_marked() -> None:
    clustering = cluster_stories(quake_set(T0 + timedelta(days=4)))
    assert frozenset({"a1", "a2", "a3", "b1", "b2"}) in threads_of(clustering)
    quake_a = next(s for s in clustering.stories if "a1" in s.article_ids)
    assert ("a1", "a2", "a3") in quake_a.near_duplicates
    assert quake_a.outlets == ("Daily", "Herald", "Wire One")
    assert quake_a.headline == "Deadly quake hits Valdoria"  # the earliest (a1 and a2 tie; a1 by id)
    assert (quake_a.first_seen, quake_a.last_seen) == (T0, T0 + timedelta(hours=2))


@pytest.mark.parametrize(
    ("gap", "together"),
    [
        (timedelta(hours=6), True),
        (timedelta(days=200), True),  # near-duplicates are one story whatever their dates
    ],
)
def test_copies_are_one_story_at_any_distance(gap: timedelta, together: bool) -> None:
    docs = [
        doc("x1", TALKS, "Talks resume", T0),
        doc("x2", TALKS.replace("Negotiators from", "Envoys of"), "Quota talks", T0 + gap),
    ]
    assert (len(cluster_stories(docs).stories) == 1) is together


def test_same_happening_in_other_words_far_apart_is_two_stories() -> None:
    rewritten = (
        "Quake of magnitude 6.4 near Valdoria: the governor Mara Quillon counts 14 dead as rescuers from "
        "Brenmouth search the Valdoria market hall, and Port Selwyn closes its schools and shops."
    )
    near = [doc("a1", QUAKE_A), doc("a9", rewritten, when=T0 + timedelta(days=1))]
    far = [doc("a1", QUAKE_A), doc("a9", rewritten, when=T0 + timedelta(days=30))]
    assert len(cluster_stories(near).stories) == 1
    clustering = cluster_stories(far)
    assert len(clustering.stories) == 2
    assert len(clustering.threads) == 1  # still one thread: 30 days is inside the thread window


def test_undated_documents_cluster_by_content() -> None:
    docs = [dataclasses.replace(d, published=None) for d in quake_set(None)]
    clustering = cluster_stories(docs)
    assert frozenset({"a1", "a2", "a3"}) in stories_of(clustering)
    assert all(story.first_seen is None for story in clustering.stories)


def test_output_is_deterministic_and_order_free() -> None:
    docs = quake_set(T0 + timedelta(days=4))
    first = cluster_stories(docs)
    assert cluster_stories(list(reversed(docs))) == first
    assert cluster_stories(docs) == first


def test_ids_follow_the_earliest_member() -> None:
    docs = quake_set(T0 + timedelta(days=4))
    clustering = cluster_stories(docs)
    quake_a = next(s for s in clustering.stories if "a1" in s.article_ids)
    assert quake_a.id == "s-" + hashlib.sha1(b"a1").hexdigest()[:12]
    assert quake_a.article_ids[0] == "a1"
    later = doc("a4", QUAKE_A, "Valdoria counts its dead", T0 + timedelta(hours=5), "Courier")
    grown = cluster_stories([*docs, later])
    assert quake_a.id in {s.id for s in grown.stories}
    thread_ids = {t.id for t in clustering.threads}
    assert thread_ids == {t.id for t in grown.threads}
    assert all(t.id.startswith("t-") and len(t.id) == 14 for t in grown.threads)


def test_every_story_in_exactly_one_thread() -> None:
    clustering = cluster_stories(quake_set(T0 + timedelta(days=4)))
    placed = [s for thread in clustering.threads for s in thread.story_ids]
    assert sorted(placed) == sorted(s.id for s in clustering.stories)


@pytest.mark.parametrize(
    ("docs", "stories", "threads"),
    [
        ([], 0, 0),
        ([doc("only", TALKS, "Talks")], 1, 1),
        ([doc("e", "", None), doc("f", "the and of", None)], 2, 2),  # nothing to compare: apart
    ],
)
def test_small_inputs(docs: list[StoryDoc], stories: int, threads: int) -> None:
    clustering = cluster_stories(docs)
    assert (len(clustering.stories), len(clustering.threads)) == (stories, threads)


def test_shared_ids_are_an_error() -> None:
    with pytest.raises(StoryError, match="'x'"):
        cluster_stories([doc("x", TALKS), doc("x", QUAKE_A)])


def test_actors_pull_borderline_articles_together() -> None:
    one = "Officials met on Tuesday to discuss the border crossing and the new customs rules."
    two = "The customs talks on Tuesday ended without a deal on the crossing, officials said."
    settings = StorySettings(actor_weight=0.5)
    apart = cluster_stories([doc("p", one), doc("q", two)], settings)
    together = cluster_stories(
        [doc("p", one, actors=("NORGOV", "ESTGOV")), doc("q", two, actors=("NORGOV", "ESTGOV"))], settings
    )
    assert len(together.stories) <= len(apart.stories)
    assert len(together.stories) == 1
