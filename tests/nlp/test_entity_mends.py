"""Entity spans mended before the reading steps (:mod:`strife.nlp.entity_mends`): a name the NER ran on
across the comma after a fronted phrase ("In an interview with People, Reid claimed …") is the phrase's
object, and the subject after the comma speaks (rows of our own)."""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_speakers

from strife.nlp.entity_mends import mend_entities
from strife.pipeline import Pipeline

CASES: list[Case] = [
    (
        "interview-with-a-magazine-then-subject",
        'In an interview with People, Reid claimed that "the show was rigged."',
        [("the show was rigged", "Reid", "Reid", ANY)],
    ),
    (
        "interview-with-a-chart-then-subject",
        'In an interview with Billboard, Carmody said "the album is done."',
        [("the album is done", "Carmody", "Carmody", ANY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fronted_phrase_object_is_no_speaker(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Shares of Apple, Inc. fell sharply on Monday.", "Apple, Inc.")],
)
def test_names_with_a_comma_of_their_own_stay_whole(pipeline: Pipeline, text: str, name: str) -> None:
    doc = pipeline.nlp(text)
    assert name in [ent.text for ent in doc.ents]
    assert name in [ent.text for ent in mend_entities(doc).ents]
