"""The attribute ruler's column matcher finds exactly what spaCy's ``Matcher`` finds."""

from __future__ import annotations

import pickle

import pytest
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from strife.nlp.attribute_match import (
    ColumnMatcher,
    TokenSetter,
    UnsupportedPattern,
    speed_up_attribute_ruler,
)
from strife.pipeline import Pipeline

# Sentences that reach the ruler's rarer patterns: contractions and two-token lemma exceptions
# (gonna, gotta, let's, y'all, c'mon, ain't), expletive "there" before a form of "be", auxiliaries,
# subordinating words, whitespace tokens, determiners and a quoted remark.
TEXTS = [
    "The minister said on Tuesday that talks would resume in Geneva.",
    "\u201cWe ain't gonna leave,\u201d a farmer told reporters. \u201cY'all can c'mon and see.\u201d",
    "Let's be clear: there is no deal, and there were never any talks.",
    "She's got ta answer, and he gets that, whether or not he has done it before.",
    "Ther'll be nothin' left  \n  of the port if the shelling goes on; I'd rather not say.",
    "Officials haven't confirmed it, though rebels have claimed it was theirs.",
    "  ",
    "",
    "Which side fired first? That remains unclear, since neither army would comment.",
]


@pytest.fixture(scope="module")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp


@pytest.fixture(scope="module")
def parsed(nlp: Language) -> list[Doc]:
    """The texts parsed up to the ruler (what it sees when it runs)."""
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(TEXTS))


def test_the_pipeline_matches_with_columns(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert ruler.match.__qualname__ == ColumnMatcher.match.__qualname__
    assert isinstance(ruler.set_annotations, TokenSetter)


def test_a_match_past_its_span_raises_spacys_error(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    doc = nlp.make_doc("Two words")
    with pytest.raises(ValueError, match="E1001"):
        TokenSetter(ruler)(doc, [(0, 0, 2, 2)])  # an empty span: no token at its index


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_same_matches_in_the_same_order_as_spacy(nlp: Language, parsed: list[Doc], index: int) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    doc = parsed[index]
    assert ColumnMatcher(ruler).match(doc) == AttributeRuler.match(ruler, doc)


def test_same_annotations_as_spacy(nlp: Language) -> None:
    """Whole parses with the column matcher and with spaCy's: every attribute the ruler sets agrees."""
    ruler = nlp.get_pipe("attribute_ruler")
    fast = list(nlp.pipe(TEXTS))
    ruler.match = AttributeRuler.match.__get__(ruler)  # type: ignore[method-assign]
    ruler.set_annotations = AttributeRuler.set_annotations.__get__(ruler)  # type: ignore[method-assign]
    try:
        slow = list(nlp.pipe(TEXTS))
    finally:
        assert speed_up_attribute_ruler(nlp)
    for a, b in zip(fast, slow, strict=True):
        assert [(t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in a] == [
            (t.pos_, t.tag_, str(t.morph), t.lemma_, t.dep_) for t in b
        ]


def test_the_memory_gives_what_a_fresh_matcher_gives(nlp: Language, parsed: list[Doc]) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    warm = ColumnMatcher(ruler)
    first = [warm.match(doc) for doc in parsed]
    assert [warm.match(doc) for doc in parsed] == first


@pytest.mark.parametrize(
    "pattern",
    [
        [{"LOWER": "war", "OP": "+"}],  # an operator
        [{"ORTH": "War"}],  # an attribute it does not read
        [{"LENGTH": {">=": 3}}],  # a comparison
        [{"IS_SPACE": "yes"}],  # a flag given a string
    ],
)
def test_other_patterns_keep_spacys_matcher(pattern: list[dict[str, object]]) -> None:
    nlp = Language()
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([pattern], {"LEMMA": "x"})
    with pytest.raises(UnsupportedPattern):
        ColumnMatcher(ruler)
    assert not speed_up_attribute_ruler(nlp)
    assert ruler.match.__qualname__ == AttributeRuler.match.__qualname__


def test_a_pipeline_without_a_ruler_is_left_alone() -> None:
    assert not speed_up_attribute_ruler(Language())


def test_the_pipeline_still_pickles(nlp: Language) -> None:
    """A pickled copy (what ``nlp.pipe(n_process=…)`` sends to its workers) matches with columns too."""
    copy = pickle.loads(pickle.dumps(nlp))
    ruler = copy.get_pipe("attribute_ruler")
    assert ruler.match.__qualname__ == ColumnMatcher.match.__qualname__
    (doc,) = copy.pipe(["Y'all said there is nothin' left."])
    (expected,) = nlp.pipe(["Y'all said there is nothin' left."])
    assert [(t.pos_, t.lemma_) for t in doc] == [(t.pos_, t.lemma_) for t in expected]
