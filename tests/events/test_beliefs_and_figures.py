"""Beliefs and figures of speech (sentences of our own): what someone else knew or thought is no threat
or intent of the one who tells it; force on animals is no event between actors; a position taken on a
topic is a view, no ground seized; a state that beats another in a final is its team. Each row: a
sentence, then every event strife reports in it as "CODE SOURCE>TARGET" ("-" for a side with no code),
followed by " uncounted" for an event left out of series and alerts; an empty list for none."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

BELIEFS = [
    # a future act in what someone else, quoted, knew or thought is their belief, no threat of the speaker
    ('"He knew he was going to be arrested," the Kenyan police chief said.', ["173 KENCOP>- uncounted"]),
    (
        '"The rebels think we will attack their camps," the Ugandan army chief said.',
        ["190 UGAMIL>---REB uncounted"],
    ),
    (
        '"The farmers believed the Kenyan army would seize their land," the Ugandan minister said.',
        ["171 KENMIL>---AGR uncounted"],
    ),
    # … while the speaker's own belief stays the speaker's intent or threat, and so does what a verb of
    # knowing holds true of the speaker's side
    ('"I think we will sign a deal with Kenya soon," the Ugandan president said.', ["037 UGAGOV>KEN"]),
    (
        '"The rebels know we are going to attack their camps," the Ugandan army chief said.',
        ["1384 UGAMIL>---REB"],
    ),
]

CREATURES = [
    # force that lands only on animals hits no one's side: no event between actors
    (
        "Kenya's government is going after the elephants and kicking them when they are down, a group said.",
        [],
    ),
    ("The Ugandan government wants to attack endangered wildlife in the north, activists said.", []),
    ("Ugandan soldiers shot three lions near the park.", []),
    # … while people hit with them keep it
    ("Kenyan soldiers shot two herders and their cattle.", ["193 KENMIL>---AGR"]),
]

VIEWS = [
    # a position or stance taken with a "that" clause or a topic is a view held, no ground seized
    ("The Kenyan president took a tough position on Uganda.", []),
    ("The Ugandan government has taken the position that Kenya must pay for the dam.", []),
    (
        '"We have always taken the position that Kenya should join the talks," the Ugandan minister said.',
        ["100 UGAGOV>KEN"],
    ),
    ('"I have always taken the position that\'s a fair demand," the Kenyan minister said.', []),
    # … while positions taken on the ground stay ground seized
    ("Ugandan troops took the rebel positions on the ridge.", ["192 UGAMIL>-"]),
    ("Ugandan troops took the position that the rebels had held.", ["192 UGAMIL>-"]),
]

GAMES = [
    # a state that beats another near a word of games is its team, even told as a condition
    ("Kenya beat Uganda 2-1 in the final on Sunday.", []),
    ("If Kenya beat Uganda on Sunday, they will reach the final.", []),
    # … while its forces, or a blow in an election's time, stay force
    ("Kenyan troops beat protesters after the vote.", ["175 KENMIL>---CVL"]),
    ("Kenya shelled the Ugandan border town during the election campaign.", ["194 KEN>UGA"]),
]

CASES = BELIEFS + CREATURES + VIEWS + GAMES


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected
