"""Discard phrases: stories and sentences strife leaves uncoded (sentences of our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from described_events import described

from strife.errors import DictionaryError
from strife.events.discards import Discards, compile_phrases, words_of
from strife.pipeline import Pipeline

PUBLISHED = "2024-05-02T12:00:00Z"


@pytest.fixture(scope="module")
def discards() -> Discards:
    return Discards.load()


@pytest.mark.parametrize(
    ("text", "discarded"),
    [
        # sports and entertainment stories: two different genre words, three times in all
        ("The quarterback threw a touchdown pass, then a second touchdown in the fourth.", True),
        ("The actress entered rehab on Friday, her publicist said; it is her third stay in rehab.", True),
        ("Hosting the Oscars is hard, the comedian said of the Academy Awards and its box office.", True),
        # … pin-ups and movies, and the names of the ball games, are such words too
        ("The pin-up model starred in two movies before she left Hollywood.", True),
        ("The basketball coach won an NBA championship with his team.", True),
        # … and so are the big leagues' team names: a club's offer to a player is no diplomacy
        ("The Yankees and the Dodgers matched the Red Sox offer to the outfielder on Friday.", True),
        ("Washington raised its offer after the Orioles and the Padres bid; the Mets stayed out.", True),
        # … and so are the words of a team's season: its coach, its off-season, a player's figures
        ("The head coach was fired in the offseason; the team had signed a rebounder in May.", True),
        ("The running back missed training camp, and the tight end was a first-round draft pick.", True),
        ("The senator criticised a movie about the war.", False),
        # one genre word, or two once each, turns up in any news
        ("The senator, a former reality show host, criticised Hollywood.", False),
        ("Rebels shelled the stadium where a tournament was to be held.", False),
        ("Russia attacked Ukraine on Thursday.", False),
        # business stories: three different words of company or gadget reporting
        ("The chipmaker told shareholders the merger would lift earnings next year.", True),
        ("Its new smartphone has a faster processor, and the apps run twice as fast.", True),
        ("The firm patched its browser after intruders used a flaw in the software against customers.", True),
        # … two of them turn up in political news
        ("The minister said consumers would pay more after the merger of the two state banks.", False),
        ("Rebels seized a laptop and software from the army post.", False),
        # a story-discard phrase of PETRARCH's (Phoenix) list
        ("The Champions League draw was held in Monaco.", True),
    ],
)
def test_stories_discarded(discards: Discards, text: str, discarded: bool) -> None:
    assert discards.story_discarded(text) is discarded


DISCARDED_STORIES = [
    # a sports or entertainment story gets no events: its attacks and accusations are the game's
    (
        "The heavyweight champion attacked his challenger in the third round and won by knockout. "
        "The title fight drew a record crowd. The challenger's team accused the referee of bias.",
        [],
    ),
    # … and a title captured is no arrest
    (
        "The quarterback threw two touchdown passes in the playoff game. "
        "The Ravens captured the title after the running back scored in overtime.",
        [],
    ),
    # … but the law's hold on someone in it (arrested, charged or jailed by the police, a court or no
    # one named) is news: a player's arrest
    (
        "The quarterback threw two touchdown passes in the playoff game. "
        "Marcus Oduya, the team's running back, was arrested on suspicion of drunk driving on Tuesday.",
        ["173 ->- uncounted"],
    ),
    (
        "The actress entered rehab on Friday; it is her third stay in rehab. "
        "Kenyan police charged her manager with fraud on Monday.",
        ["173 KENCOP>-"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISCARDED_STORIES, ids=[s[0][-40:] for s in DISCARDED_STORIES])
def test_discarded_stories_keep_only_the_law(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert described(pipeline.extract(text, published=PUBLISHED)) == expected


def test_user_genre_words(tmp_path: Path) -> None:
    path = tmp_path / "discards.tsv"
    path.write_text("phrase\tcategory\ncurling\tgenre\nstone\tgenre\n", encoding="utf-8")
    assert Discards.load([path]).story_discarded("Curling: the stone slid, the last stone won.")
    path.write_text("phrase\tcategory\ncurling\tsport\n", encoding="utf-8")
    with pytest.raises(DictionaryError, match="category must be"):
        Discards.load([path])


@pytest.mark.parametrize(
    ("phrases", "text", "found"),
    [
        (["box office"], "It topped the BOX   Office on Sunday.", True),  # any case, any spacing
        (["box office"], "The office had a box of files.", False),  # every word, but not the phrase
        (["box office"], "The boxoffice was closed.", False),  # whole words only
        (["x-games", "no.1 seed"], "She won gold at the X-Games.", True),  # words around punctuation
        (["x-games", "no.1 seed"], "He was the No.1 seed.", True),
        (["x-games", "no.1 seed"], "No games today.", False),
        (["(live)"], "Watch it (LIVE) tonight.", True),  # a phrase that starts with no word character
    ],
)
def test_phrases_match_whole_words(phrases: list[str], text: str, found: bool) -> None:
    """The word prefilter never hides a phrase the full pattern would find."""
    compiled = compile_phrases(phrases)
    assert compiled is not None
    assert compiled.search(text) is found
    assert (compiled.pattern.search(text) is not None) is found


@pytest.mark.parametrize(
    "text",
    [
        "The striker scored twice before the Champions League final in Lisbon.",
        "Box office takings fell as the heavyweight bout was called off.",
        "Ministers met in Oslo to discuss the ceasefire.",
        "",
    ],
)
def test_words_read_once_find_what_a_fresh_reading_finds(discards: Discards, text: str) -> None:
    """The story's words, read once for its three checks, give each check what reading them anew gives."""
    for phrases in (discards.story, discards.sentence, discards.genre, discards.business):
        if phrases is not None:
            present = words_of(text)
            assert phrases.search(text, present) == phrases.search(text)
            assert phrases.found(text, present) == phrases.found(text)
