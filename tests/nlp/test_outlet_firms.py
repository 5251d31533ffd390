"""An outlet's acronym opening a firm's longer name in the article ("RBC Capital Markets") is that firm
there, alone or before a title; elsewhere it stays the outlet. Sentences written for these tests."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the acronym before a title, in an article that names the firm: the firm's analyst, no outlet's
        (
            'RBC Capital Markets said the bank would cut jobs. "It is fair," said RBC analyst Jane Moss.',
            "Jane Moss",
            None,
        ),
        (
            '"It is a good price," said RBC analyst Jane Moss, who covers banks for RBC Capital Markets.',
            "RBC Capital Markets",
            None,
        ),
        # the acronym alone, after the firm's name
        (
            "NHK Securities raised its forecast for Toyota on Monday. NHK said profits would rise.",
            "NHK",
            None,
        ),
        # with no such firm named, the acronym is the outlet, as before
        ("RBC reported that the Kremlin would raise taxes, citing two sources.", "RBC", "RUSMED"),
        ("NHK said profits at Toyota would rise, citing company sources.", "NHK", "JPNMED"),
        # an outlet's web domain is that outlet
        (
            "The mayor will step down in June, washingtonpost.com reported on Monday.",
            "washingtonpost.com",
            "USAMED",
        ),
        ("The airline will cut 400 jobs next year, theguardian.com said.", "theguardian.com", "GBRMED"),
    ],
)
def test_an_outlet_acronym_opening_a_firm_name(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    coded = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert mention in coded and coded[mention] == code, coded
