"""A body's noun that names a ground, no body ("laid the foundation":
:func:`strife.nlp.agent_grammar.a_basis`). Sentences written for strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        # a foundation laid, built or shaken, or "of"/"for" something no actor, is a ground
        ("The two presidents laid the foundation for a lasting truce.", "foundation", False),
        ("The foundation for the ceasefire was laid in secret talks last year.", "foundation", False),
        ("Cheap loans were the foundation of the housing boom.", "foundation", False),
        ("The scandal shook the foundations of the ruling coalition.", "foundations", False),
        # a foundation that acts is a body
        ("A charitable foundation donated blankets to the flood victims.", "foundation", True),
    ],
)
def test_grounds_are_no_bodies(pipeline: Pipeline, text: str, word: str, body: bool) -> None:
    coded = codes_by_mention(read(pipeline, text, "2015-06-01"))
    assert any(word in mention for mention in coded) == body, coded
