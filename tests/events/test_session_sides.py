"""Which actor is a side of an event, on sentences of our own: a war told as the time of another act
("the deadliest attack of the war with Israel", "since the start of the war") is no event of its own,
and the side it names "with" is no target; an appeal to someone unnamed is aimed at no one inside what
it asks for; a "his" in what police or troops do is not an officer's.

Each row: a sentence, the dyads an analyst expects among its events as "ROOT SOURCE>TARGET" (a side's
code, else its country, else its name in brackets, "-" for none), and dyads that must not be read.
"""

from __future__ import annotations

import pytest

from strife.pipeline import Pipeline
from strife.record import Actor, Article

PUBLISHED = "2019-06-04T12:00:00Z"

CASES: list[tuple[str, list[str], list[str]]] = [
    # a war as the time of the told act: the "of" object of a counted act or day, or after "since the
    # start of", "during": no attack on the side it is waged "with"
    (
        "Militants fired mortars at a Kirkuk checkpoint on Sunday in the deadliest attack of the war with"
        " Iraq.",
        [],
        ["19 ->IRQ"],
    ),
    ("It was the deadliest day of the war with Georgia, officials in Moscow said.", [], ["19 ->GEO"]),
    (
        "Hezbollah fired rockets on Friday in the heaviest barrage since the start of the war with Israel.",
        [],
        ["19 ->ISR"],
    ),
    # a "his" in a clause whose subject is police or troops is not an officer named before: the one
    # whose car or home they search is the other person
    (
        "Sergeant Luis Ortega pulled over Dean Fowler near Dalton on Friday. Officers seized cash from his"
        " truck.",
        ["17 USAMIL>(Dean Fowler)"],
        ["17 USAMIL>(Luis Ortega)"],
    ),
    (
        "Captain Omar Hadi questioned Samir Aziz in Basra on Monday. Soldiers later raided his home.",
        ["17 IRQMIL>(Samir Aziz)"],
        ["17 IRQMIL>(Omar Hadi)"],
    ),
    # an appeal whose object is someone no actor stands for is aimed at no one named: not at those
    # inside the act it asks for
    (
        "Rosa Delgado had asked him to tell police about the calls, her sister said.",
        [],
        ["02 (Rosa Delgado)>---COP", "02 (Rosa Delgado)>USACOP"],
    ),
    (
        "Liam Cole asked her to inform the FBI about the letters, a friend said.",
        [],
        ["02 (Liam Cole)>USACOP"],
    ),
    # a war someone wages stays an event of its sides
    ("Russia launched a war with Ukraine in February.", ["19 RUS>UKR"], []),
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
