"""Clauses a speech verb governs that are no report of it (:mod:`strife.nlp.that_clause`), on parses
written out by hand so that each row shows the parser's reading it guards against."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from strife.nlp.that_clause import relative_that

_VOCAB = spacy.blank("en").vocab

# (words, heads, deps, comp, verb, expected): heads as token indices.
CASES = [
    (  # "Dell added 96 yards for the Rams, who had 300 yards": the team's relative clause hung on "added"
        ["Dell", "added", "96", "yards", "for", "the", "Rams", ",", "who", "had", "300", "yards"],
        [1, 1, 3, 1, 1, 6, 4, 1, 9, 1, 11, 9],
        [
            "nsubj",
            "ROOT",
            "nummod",
            "dobj",
            "prep",
            "det",
            "pobj",
            "punct",
            "nsubj",
            "ccomp",
            "nummod",
            "dobj",
        ],
        9,
        1,
        True,
    ),
    (  # … and with "which" for a thing
        ["Kenya", "said", "the", "plan", ",", "which", "failed"],
        [1, 1, 3, 1, 1, 6, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ccomp"],
        6,
        1,
        True,
    ),
    (  # "The minister said the rebels would return": a report
        ["The", "minister", "said", "the", "rebels", "would", "return"],
        [1, 2, 2, 4, 6, 6, 2],
        ["det", "nsubj", "ROOT", "det", "nsubj", "aux", "ccomp"],
        6,
        2,
        False,
    ),
    (  # "She asked who had fired": an indirect question, no comma before "who"
        ["She", "asked", "who", "had", "fired"],
        [1, 1, 4, 4, 1],
        ["nsubj", "ROOT", "nsubj", "aux", "ccomp"],
        4,
        1,
        False,
    ),
]


@pytest.mark.parametrize(("words", "heads", "deps", "comp", "verb", "expected"), CASES)
def test_relative_that(
    words: list[str], heads: list[int], deps: list[str], comp: int, verb: int, expected: bool
) -> None:
    doc = Doc(_VOCAB, words=words, heads=heads, deps=deps)
    assert relative_that(doc[comp], doc[verb]) is expected
