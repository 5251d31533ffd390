"""Warnings, aims, kinds of happening and obstruction (sentences of our own). Each row: a sentence, then
every event strife reports in it as "CODE SOURCE>TARGET" ("-" for a side with no code), followed by
" uncounted" for an event left out of series and alerts; an empty list for none."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

INTOLERANCE = [
    # refusing to tolerate others' acts is a warning made now: of repression for protests (137), a
    # threat (130) for attacks and interference; not the protest or the attack it names
    ("The Kenyan government will no longer tolerate rallies by the opposition.", ["137 KENGOV>KENOPP"]),
    ("Kenya's interior minister said police would not tolerate street protests.", ["137 KENCOP>-"]),
    ("Uganda's army will not tolerate attacks on its soldiers, a spokesman said.", ["130 UGAMIL>-"]),
    ("Beijing won't tolerate any interference in its internal affairs.", ["130 CHN>-"]),
    # … while tolerance, or a past act of not tolerating, is no event
    ("The Egyptian government tolerated the weekly rallies for months.", []),
    ("The Syrian regime did not tolerate dissent.", []),
]

ASCRIBED_AIMS = [
    # an aim someone's possessive ascribes ("the rebels' goal is to …") is a reading of that side's aim,
    # no threat it made: the act stays future, uncounted
    ("The Ugandan rebels' goal is to seize the capital.", ["192 UGAREB>- uncounted"]),
    ("Analysts say Moscow's aim is to capture the port of Odessa.", ["192 RUSGOV>UKR uncounted"]),
    # … and so is a second verb sharing that infinitive, and the act it forces on another side
    (
        "Moscow's end game is to seize the oil fields or force the government to withdraw its troops.",
        ["171 RUSGOV>- uncounted", "0874 RUSGOV>- uncounted"],
    ),
    (
        "The Sudanese rebels' aim is to besiege the capital and force the army to retreat.",
        ["191 SDNREB>- uncounted", "0874 SDNREB>- uncounted"],
    ),
]

KINDS_NAMED = [
    # a gerund whose doers are a bare plural, as the subject or the fronted phrase of "be", names a kind
    # of happening and judges it: no act told as done
    (
        '"Kenyan police shooting young men, young men shooting young men, it is a crisis," the mayor said.',
        [],
    ),
    ('"Nigerian soldiers killing villagers, it is a tragedy," the senator said.', []),
    ("Israeli troops demolishing Palestinian homes is a violation of the law, the envoy said.", []),
    # … while such a phrase in a clause of its own verb tells what was seen done
    ("Kenyan police officers firing tear gas at students were filmed by residents.", ["175 KENCOP>---EDU"]),
]

OBSTRUCTED = [
    # obstructing an investigation or a legal process refuses judicial cooperation (1213), no blocking of
    # passage (144)
    ("The Kenyan government tried to block the commission's investigation.", ["1213 KENGOV>-"]),
    ("Russia blocked a United Nations inquiry into the chemical attack.", ["1213 RUS>IGOUNO"]),
    ("The Kenyan government obstructed the inquiry.", ["1213 KENGOV>-"]),
    # … while blocking a road stays 144
    ("Kenyan protesters blocked the road to the airport.", ["144 KENCVL>KENGOV"]),
]

HOPED = [
    # a use of force someone hopes to do warns no one: no threat (13x), the act stays intended, uncounted;
    # the hope for an act of one's own is no optimistic comment (013) beside it
    ("Kenyan police were hoping to arrest him before he fled.", ["173 KENCOP>- uncounted"]),
    ("Ugandan rebels hope to seize the capital within a month.", ["192 UGAREB>- uncounted"]),
    # … also told by officials of the same side: no threat they report
    (
        "Kenyan police officer John Kamau was looking for a man and was hoping to arrest him on suspicion of "
        "murder, officials said Saturday.",
        ["173 KENCOP>- uncounted"],
    ),
    # … while a plan to use force stays a threat, and a hoped-for meeting an intent
    ("The Kenyan army plans to attack the rebel camp.", ["1384 KENMIL>-"]),
    ("The Kenyan president hoped to meet the Ugandan leader soon.", ["036 KENGOV>UGAGOV"]),
]

CASES = INTOLERANCE + ASCRIBED_AIMS + KINDS_NAMED + OBSTRUCTED + HOPED


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected
