"""The cue tables' ``has`` (by string id and remembered lemmas) answers as the word-and-lemma rule does."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.role_cues import RoleCues
from strife.pipeline import Pipeline

SENTENCES = [
    "Rebels shelled the garrison and were later detained by border guards.",
    "The Minister Denied any role in the Ambush, aides said on Friday.",
    "Protesters marched peacefully; police arrested three men for arson.",
    "U.S. envoys are expected to sign the truce in Geneva next week.",
]


@pytest.fixture(scope="module")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp


def _rule(words: frozenset[str], tok: Token) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


@pytest.mark.parametrize("text", SENTENCES)
def test_has_is_the_word_and_lemma_rule(nlp: Language, text: str) -> None:
    tables = (EventCues.load(), RoleCues.load())
    for tok in nlp(text):
        for table in tables:
            for role, words in table.words.items():
                assert table.has(role, tok) == _rule(words, tok), (tok.text, role)
