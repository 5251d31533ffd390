"""What a relative "that" or "which" speaking a quote stands for (:mod:`strife.nlp.relatives`): the letter
or sign a phrase of address or place follows, not the one it was written to or the place it hangs; a
sign's quoted words, not what a later clause says they reveal (a name inside them is no subject); a
sign's participle the parser hung on the verb before. Rows as in ``test_speaker_categories.py``;
sentences of our own.
"""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_speakers

from strife.pipeline import Pipeline

CASES: list[Case] = [
    (
        "note-to-addressee-that-read",
        "Oxfam wrote a note to the minister that read: “Your plan will leave millions hungry this winter.”",
        [("Your plan will leave", ANY, "Oxfam", "owner")],
    ),
    (
        "letter-to-addressee-which-said",
        "Amnesty International sent a letter to Governor Ruiz which said, “The prisoners must be freed.”",
        [("The prisoners must be freed", ANY, "Amnesty International", "owner")],
    ),
    ("banner-over-place-that-reads", "Residents hung a banner over the gate that reads “Go home.”", []),
    (
        "sign-reveals-second-slogan",
        "Fans held signs saying “Kane 104” that flipped over to reveal “Record 105” at the final whistle.",
        [],
    ),
    (  # no "that": the parser takes the name inside the first slogan for the subject of "turned"
        "sign-name-turned-to-reveal",
        "Fans held signs saying “Kane 104” turned over to reveal “Record 105” at the final whistle.",
        [],
    ),
    (  # control: a slogan and a speaker's own words in one sentence
        "placard-then-speaker",
        "Voters read placards saying “Vote Ruiz” while Ruiz told them, “I will fix the roads.”",
        [("I will fix the roads", "Ruiz", ANY, ANY)],
    ),
    ("banners-reading-after-carried", "Protesters carried banners reading “No war in our name” today.", []),
    ("placards-proclaiming", "Nurses waved placards proclaiming “Pay us fairly” outside the clinic.", []),
    (  # controls: a person the relative stands for still speaks
        "witness-who-said",
        "Police spoke to a witness who said, “I saw two men running from the bank.”",
        [("I saw two men running", "witness", ANY, ANY)],
    ),
    (
        "minister-that-said",
        "Dana Ruiz is the only minister that said, “We cannot wait another year.”",
        [("We cannot wait another year", "only minister", ANY, ANY)],
    ),
    (
        "carried-then-said",
        "Farmers carried their produce to the square, saying “We will not sell at a loss.”",
        [("We will not sell at a loss", "Farmers", ANY, ANY)],
    ),
]
PARAMS = [pytest.param(text, want, id=name) for name, text, want in CASES]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_relative_speakers(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)
