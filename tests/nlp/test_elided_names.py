"""States named together with their shared last words said once (:mod:`strife.nlp.elided_names`):
"North and South Korea" names two states, each an actor and a side (rows of our own)."""

from __future__ import annotations

import pytest

from strife.nlp.entity_mends import mend_entities
from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("North and South Korea exchanged artillery fire across the border on Tuesday.", {"PRK", "KOR"}),
        ("The talks between North and South Korea collapsed in March.", {"PRK", "KOR"}),
        ("Envoys from North or South Korea will attend the summit in Hanoi.", {"PRK", "KOR"}),
    ],
)
def test_an_elided_first_name_is_a_state_of_its_own(pipeline: Pipeline, text: str, codes: set[str]) -> None:
    article = pipeline.extract(text, published="2016-06-01")
    assert codes <= {a.code for a in article.actors}, [(a.name, a.code) for a in article.actors]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("North and South Korea signed a new border agreement on Friday.", {"PRK", "KOR"}),
        ("North and South Korea held talks at Panmunjom on Monday.", {"PRK", "KOR"}),
    ],
)
def test_both_states_are_sides(pipeline: Pipeline, text: str, sides: set[str]) -> None:
    article = pipeline.extract(text, published="2016-06-01")
    found = [{e.source.code, e.target.code} for e in article.events if e.source and e.target]
    assert sides in found, [(e.cameo, e.source, e.target) for e in article.events]


@pytest.mark.parametrize(
    "text",
    [
        "Storms hit North and South Carolina on Sunday, officials said.",
        "Apple and Google Maps both list the new bridge.",
    ],
)
def test_regions_and_firms_stay_as_read(pipeline: Pipeline, text: str) -> None:
    article = pipeline.extract(text, published="2016-06-01")
    assert not {"PRK", "KOR"} & {a.code for a in article.actors}
    assert all(a.name not in ("North Carolina", "Apple Maps") for a in article.actors), article.actors


@pytest.mark.parametrize("text", ["Seoul.", "North Korea", "Talks end.", "and"])
def test_short_lines_are_read(pipeline: Pipeline, text: str) -> None:
    doc = mend_entities(pipeline.nlp(text))  # a doc shorter than a coordination: nothing to split
    assert all(ent.text != "North" for ent in doc.ents)
