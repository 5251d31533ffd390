"""A private person's spokesperson named again is no government's (:mod:`strife.nlp.spokespeople`).
Sentences written for strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "her spokesman" of a private person, then "spokesman X": the same person's, no state's
        (
            "The singer Rosa Vale died on Friday in Miami, her spokesman said. Vale died in her sleep at"
            " home, spokesman Carl Dunn said.",
            "Carl Dunn",
            None,
        ),
        (
            "The novelist Peter Holm was taken to hospital in Ohio, his spokeswoman said. Holm is"
            " expected to recover, spokeswoman Ines Ford said.",
            "Ines Ford",
            None,
        ),
        # a bare spokesman with no private person's spokesman before stays the state's
        ("Floods killed 12 people in Ohio on Friday, spokesman Carl Dunn said.", "Carl Dunn", "USAGOV"),
    ],
)
def test_private_spokespeople(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    coded = codes_by_mention(read(pipeline, text, "2015-06-01"))
    assert mention in coded and coded[mention] == code, coded
