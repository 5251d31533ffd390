"""Descriptions that read as acts (sentences of our own): a person's career told in the present perfect
("She has also worked with a charity") is who the person is, no cooperation of the news; a line damaged
with no one named is an accident. Each row: a
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
    # … while a state's work with another, or work with an aim, is cooperation
    ("Kenya has worked with Uganda since March.", ["060 KEN>UGA"]),
    ("Smith has worked with police to find the missing boy.", ["060 ->---COP uncounted"]),
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
