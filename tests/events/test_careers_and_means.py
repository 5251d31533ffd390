"""Descriptions that read as acts (sentences of our own): a person's career told in the perfect ("She
has also worked with a charity", "had worked with") is who the person is, no cooperation of the news; a
line damaged with no one named is an accident; a phone call made is a talk by telephone; a
gerund under a noun of method ("procedures for contacting him") is no act, nor is what a thing is used
for ("is used by police to arrest suspects"). Each row: a
sentence, then every event strife reports in it as "CODE SOURCE>TARGET" (see described_events.py)."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline

PUBLISHED = "2024-05-02T12:00:00Z"

CAREERS = [
    # a person's career: a work verb in the present perfect, undated, with no aim of its own
    ("She has also worked with Catholic Charities in Mobile.", []),
    ("Anna Ruiz has worked with the UN refugee agency in Jordan.", []),
    ("He has volunteered for the Red Cross in Haiti and Peru.", []),
    # … in the past perfect too, simple or progressive, and over a stretch "for" how long
    ("Maria Okafor had worked with the Red Cross in Lagos for a decade.", []),
    ("Tom Reyes had been working with the UN refugee agency for the last six years.", []),
    ("Lena Brandt has worked with the Red Cross for twenty years.", []),
    # … while a state's work with another, or work with an aim, is cooperation
    ("Kenya has worked with Uganda since March.", ["060 KEN>UGA"]),
    ("Smith has worked with police to find the missing boy.", ["060 ->---COP uncounted"]),
    ("Smith had worked with police to find the missing boy.", ["060 ->---COP uncounted"]),
]


@pytest.mark.parametrize(("text", "expected"), CAREERS)
def test_careers_are_no_events(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert described(pipeline.extract(text, published=PUBLISHED)) == expected


LINES = [
    # a line that carries power, data, gas or water damaged with no one named: wear or an accident
    ("A Telecom Egypt fiber line near Alexandria has been damaged.", []),
    ("A Kenya Power cable in Mombasa was damaged on Monday.", []),
    # … not when a weapon or the one who did it is named
    ("Ugandan rebels said a Kenya Power cable in Mombasa was damaged with explosives.", ["171 ->KEN"]),
    ("A Telecom Egypt fiber line near Alexandria was damaged by rebels.", ["171 EGYREB>EGYMED"]),
]


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_damaged_lines_are_accidents(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert described(pipeline.extract(text, published=PUBLISHED)) == expected


PHONE_CALLS = [
    # a phone call made or placed is a talk by telephone (041), no appeal to meet (026)
    ("After locking herself in a bathroom, Hiller made a number of phone calls to relatives and police.", []),
    ("Hiller made a phone call to her mother.", []),
    (
        "The Kenyan foreign minister made a phone call to his Ugandan counterpart on Monday.",
        ["041 KENGOV>UGAGOV"],
    ),
    (
        "The Kenyan president placed a telephone call to Ugandan President Yoweri Museveni.",
        ["041 KENGOV>UGAGOV"],
    ),
    # calls made to a region with no "for" are telephone traffic, no appeal to it
    (
        "Acme said it has rerouted traffic for its customers making calls to the Middle East by sending it"
        " to Europe.",
        [],
    ),
    # … while a call for talks stays an appeal to meet, and one for calm an appeal
    ("Kenya made a call for talks with Uganda.", ["026 KEN>UGA"]),
    ("The Kenyan president made a call for calm on Monday.", ["020 KENGOV>-"]),
]


@pytest.mark.parametrize(("text", "expected"), PHONE_CALLS)
def test_phone_calls_made_are_talks(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert described(pipeline.extract(text, published=PUBLISHED)) == expected


METHODS = [
    # a gerund under a noun of the way a thing is done tells how it is done, no act of its own
    ("The Kenyan police had strict procedures for arresting Somali traders.", []),
    ("Kenyan police developed a new method of tracking Somali pirates.", []),
    # … while the act itself is one
    ("Kenyan police arrested Somali traders for smuggling.", ["173 KENCOP>SOMBUS"]),
]


@pytest.mark.parametrize(("text", "expected"), METHODS)
def test_methods_are_no_acts(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert described(pipeline.extract(text, published=PUBLISHED)) == expected


USES = [
    # an act in the "to" clause of a present passive of use is what a thing serves for, no act
    ("The database, which is used by officers to track and prosecute polluters, was leaked.", []),
    ("The software is used by Kenyan police to arrest and question suspects.", []),
    # … while a use told in the past tells the act done
    ("Tear gas was used by Kenyan police to disperse the crowd.", ["175 KENCOP>-"]),
]


@pytest.mark.parametrize(("text", "expected"), USES)
def test_uses_told_are_no_events(pipeline: Pipeline, text: str, expected: list[str]) -> None:
    assert described(pipeline.extract(text, published=PUBLISHED)) == expected
