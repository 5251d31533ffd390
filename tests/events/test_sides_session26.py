"""Sides of events on sentences of our own: the object of a verb of trading blows ("exchanged artillery
fire") is what the sides pass each other, no side, and the second of the joined subjects is the target
(strife.events.role_cues, strife.events.roles); demonyms joined before one agent word are each their
state's agent ("Israeli and Syrian troops": ISRMIL and SYRMIL, strife.nlp.agent_passes); a sentence-
opening "it" is the body or craft the sentence before had as its subject, not an empty "it" of being
(strife.events.they); a town the gazetteer places in a state the story is not about, and names no actor
of, gives no state (strife.nlp.story_country).

Each row: a sentence, the dyads an analyst expects among its events as "ROOT SOURCE>TARGET" (a side's
code, else its country, else its name in brackets, "-" for none), and dyads that must not be read.
"""

from __future__ import annotations

import pytest

from strife.pipeline import Pipeline
from strife.record import Actor, Article

PUBLISHED = "2019-06-04T12:00:00Z"

CASES: list[tuple[str, list[str], list[str]]] = [
    # joined subjects trading fire: each other's side, the weapon none
    (
        "North Korea and South Korea traded heavy artillery fire near the disputed island.",
        ["19 PRK>KOR"],
        ["19 PRK>PRKMIL", "19 KOR>PRKMIL"],
    ),
    (
        "Armenia and Azerbaijan exchanged artillery fire along the front line.",
        ["19 ARM>AZE"],
        ["19 ARM>ARMMIL", "19 AZE>ARMMIL"],
    ),
    # demonyms joined before one agent word: each state's own agent of that sector
    (
        "Israeli and Syrian troops exchanged mortar fire across the border on Monday.",
        ["19 ISRMIL>SYRMIL"],
        ["19 ISRMIL>SYR"],
    ),
    ("Kenyan and Somali troops clashed near the border.", ["19 KENMIL>SOMMIL"], ["19 KENMIL>SOM"]),
    (
        "American and British diplomats met the Iranian envoy in Vienna.",
        ["04 USAGOV>IRNGOV", "04 GBRGOV>IRNGOV"],
        ["04 GBR>IRNGOV"],
    ),
    (
        "French and German police arrested three suspects near the border.",
        ["17 FRACOP>(three suspects)", "17 DEUCOP>(three suspects)"],
        [],
    ),
    # "it" opening a sentence: the body or craft the sentence before had as its subject
    (
        "The Indian navy said its warship had fired on the vessel. It had sunk a Thai trawler after a chase.",
        ["19 INDMIL>THA"],
        ["19 ->THA"],
    ),
    (
        "The Kenyan navy said a patrol boat had chased the skiff. It later seized two suspected pirates.",
        ["17 KENMIL>---CRM"],
        ["17 ->---CRM"],
    ),
    (
        "The army said its helicopter had come under fire. It then bombed rebel positions near Gao.",
        ["19 ---MIL>---REB"],
        ["19 ->---REB"],
    ),
    # a town the gazetteer places abroad, in a story about another state that names none of its actors
    (
        "Fighting along the border has driven thousands of Sudanese refugees into South Sudan. "
        "The aid group's protection team arrived in Yida one month ago.",
        [],
        ["04 (NP)>SAU", "04 ---NGO>SAU"],
    ),
    (
        "Kenyan police said they had arrested the leader of the sect. The police raided homes in Bountiful.",
        ["17 KENCOP>(leader)"],
        ["17 KENCOP>USA"],
    ),
    (
        "Sudanese warplanes bombed villages in South Kordofan. A doctor said he had visited five aid "
        "workers in the Yida camp on Monday.",
        ["19 SDNMIL>(villages)"],
        ["04 (doctor)>SAUNGO"],
    ),
    # … a town of the story's own state still gives it
    ("Turkish troops imposed a curfew in Cizre after the clashes.", ["17 TURMIL>TUR"], []),
]


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _, _ in CASES}


def _side(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return actor.code or actor.country or f"({actor.name})"


def _dyads(article: Article) -> list[str]:
    return [f"{e.cameo_root} {_side(e.source)}>{_side(e.target)}" for e in article.events]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=[c[0][:45] for c in CASES])
def test_sides(read: dict[str, Article], text: str, expected: list[str], absent: list[str]) -> None:
    dyads = _dyads(read[text])
    for dyad in expected:
        assert dyad in dyads, f"{dyad} not in {dyads}"
    for dyad in absent:
        assert dyad not in dyads, f"{dyad} read in {dyads}"
