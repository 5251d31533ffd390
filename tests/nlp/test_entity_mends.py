"""Mending the NER's spans (:mod:`strife.nlp.entity_mends`): two bodies named one after the other with
no comma, run into one organisation by the NER, are two names (rows of our own)."""

from __future__ import annotations

import pytest

from strife.nlp.entity_mends import mend_entities
from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The senator told Congress the Republican Party would block the budget.",
            {"Congress", "Republican Party"},
        ),
        ("Parliament the Socialist Party rejected the budget.", {"Parliament", "Socialist Party"}),
        ("He warned Parliament the National Front would win.", {"Parliament", "National Front"}),
        ("The Senate the Democratic Party controls rejected the bill.", {"Senate", "Democratic Party"}),
    ],
)
def test_two_bodies_without_a_comma_are_two_names(pipeline: Pipeline, text: str, names: set[str]) -> None:
    ents = {ent.text for ent in mend_entities(pipeline.nlp(text)).ents}
    assert names <= ents and not any(" the " in ent for ent in ents), ents


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alexander the Great founded the city of Alexandria.", "Alexander the Great"),
        ("Tourists visited the Church of Jesus Christ of the Latter Day Saints.", "Latter Day Saints"),
    ],
)
def test_a_name_with_its_own_the_stays_whole(pipeline: Pipeline, text: str, name: str) -> None:
    ents = [ent.text for ent in mend_entities(pipeline.nlp(text)).ents]
    assert any(name in ent for ent in ents), ents
