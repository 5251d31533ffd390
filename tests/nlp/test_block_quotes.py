"""Statements printed as paragraphs after "X said:" with no quotation marks (issue 12: colon and block
attributions): each paragraph of the speaker's own words is a direct quote of the line's speaker, and
the events told in them are the speaker's. Sentences written for strife."""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, check_speakers

from strife.pipeline import Pipeline

BLOCKS: list[Case] = [
    (
        "two-paragraphs-first-person",
        "Sweden's government spoke after the attack.\n\nForeign Minister Anna Lindqvist said:\n\n"
        "I am shocked by the bombing of the market. We stand with the families.\n\n"
        "We will send doctors to the city.",
        [
            ("I am shocked by the bombing", "Anna Lindqvist", "Anna Lindqvist", ANY),
            ("We will send doctors", "Anna Lindqvist", "Anna Lindqvist", ANY),
        ],
    ),
    (
        "first-paragraph-in-third-person",
        "Britain's government spoke after the attack.\n\nThe Defence Secretary, Mark Olden, said:\n\n"
        "The attack on the convoy was a cowardly act.",
        [("The attack on the convoy", "Mark Olden", "Mark Olden", ANY)],
    ),
    (
        "narrative-naming-the-speaker-ends-it",
        "Mayor Rosa Delgado said:\n\nWe will rebuild every school.\n\nDelgado later toured the flooded "
        "district with engineers.",
        [("We will rebuild every school", "Rosa Delgado", "Rosa Delgado", "name")],
    ),
    (
        "another-speaker-ends-it",
        "Senator Paul Ames said:\n\nWe must act now.\n\nThe ministry said the plan was too costly.",
        [
            ("We must act now", "Paul Ames", "Paul Ames", "name"),
            ("the plan was too costly", "ministry", ANY, ANY),
        ],
    ),
    (
        "a-heading-ends-it",
        "Police chief Ivan Kolar said:\n\nWe have arrested two men.\n\nNotes to editors",
        [("We have arrested two men", "Ivan Kolar", "Ivan Kolar", "name")],
    ),
    (
        "marked-quotes-keep-their-own-reading",
        "Coach Lena Ortiz said:\n\n“We played well.”",
        [("We played well", "Lena Ortiz", "Lena Ortiz", "name")],
    ),
    # a colon line with no speech verb opens a block only in the first person
    (
        "frame-line-first-person",
        "The team lost again on Sunday.\n\nCoach Lena Ortiz was blunt:\n\nWe played badly and we know it.",
        [("We played badly", "Lena Ortiz", "Lena Ortiz", ANY)],
    ),
    (
        "frame-line-third-person-is-the-writers",
        "Thousands marched through the capital on Sunday.\n\nOthers are less defined:\n\n"
        "They are looking for a change of government.\n\nPolice said the march was peaceful.",
        [("the march was peaceful", "Police", ANY, ANY)],
    ),
    (
        "utterance-frame-line-third-person-is-the-writers",
        "When Lee was given the case, he again asked Berg for help.\n\nHis request came at a hard time "
        "for the agency:\n\nBerg's mentor, the founding director, had died the month before, and a new "
        "chief had been named.\n\nBerg agreed to help.",
        [],
    ),
    # no colon line, no block: an unmarked paragraph after a plain sentence is the writer's
    ("no-colon-no-quote", "Minister Anna Lindqvist spoke on Monday.\n\nThe bridge will reopen in May.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BLOCKS], ids=[c[0] for c in BLOCKS])
def test_block_paragraphs_are_the_speakers_quotes(pipeline: Pipeline, text: str, expected: list) -> None:
    check_speakers(pipeline, text, expected)


def test_events_in_a_block_are_the_speakers(pipeline: Pipeline) -> None:
    text = "Foreign Minister Anna Lindqvist of Sweden said:\n\nWe condemn the shelling of Aleppo by Russia."
    events = pipeline.extract(text, published="2016-06-01").events
    assert any(e.cameo_root == "11" and e.source and e.source.code == "SWEGOV" for e in events), events
