"""The lemmatizer's column lookup gives exactly the lemmas spaCy's own loop gives."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

from strife.nlp.lemma_columns import LemmaColumns, speed_up_lemmatizer
from strife.pipeline import Pipeline

# Inflected verbs, nouns and adjectives, irregular forms, proper nouns, contractions the attribute
# ruler lemmatizes itself (gonna, let's), numbers, whitespace tokens and an empty text.
TEXTS = [
    "The ministers were meeting in Brussels after talks had broken down over the weekend.",
    "Rebels seized two towns; the army said its losses were worse than the rebels' best guess.",
    "\u201cWe're gonna hold them,\u201d the colonel said. \u201cLet's see who blinks first.\u201d",
    "Prices rose 12.5% in 2024  \n  and fell again, the bank's analysts wrote.",
    "Geese, mice and wolves: the children went, saw and left.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp


def _lemmatizer(nlp: Language) -> Lemmatizer:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    return lemmatizer


@pytest.fixture(scope="module")
def unlemmatized(nlp: Language) -> list[Doc]:
    with nlp.select_pipes(disable=["lemmatizer", "ner"]):
        return list(nlp.pipe(TEXTS))


def test_the_pipeline_lemmatizes_with_columns(nlp: Language) -> None:
    assert _lemmatizer(nlp).pipe.__qualname__ == LemmaColumns.pipe.__qualname__


@pytest.mark.parametrize("index", range(len(TEXTS)))
def test_same_lemmas_as_spacy(nlp: Language, unlemmatized: list[Doc], index: int) -> None:
    lemmatizer = _lemmatizer(nlp)
    spacy_doc, column_doc = unlemmatized[index].copy(), unlemmatized[index].copy()
    type(lemmatizer).__call__(lemmatizer, spacy_doc)
    columns = LemmaColumns(lemmatizer)
    columns(column_doc)
    assert [t.lemma_ for t in column_doc] == [t.lemma_ for t in spacy_doc]
    again = unlemmatized[index].copy()  # the second time from the memory
    columns(again)
    assert [t.lemma_ for t in again] == [t.lemma_ for t in spacy_doc]


def test_ruler_lemmas_are_kept(nlp: Language) -> None:
    """The attribute ruler's lemmas (gonna → go, let's → us) stay, as spaCy keeps them."""
    (doc,) = nlp.pipe(["We're gonna go. Let's see."])  # nlp.pipe: what the pipeline calls
    lemmas = [t.lemma_ for t in doc]
    assert lemmas[2:4] == ["go", "to"]
    assert lemmas[7] == "us"


def test_other_lemmatizers_keep_spacys_loop() -> None:
    nlp = Language()
    assert not speed_up_lemmatizer(nlp)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not speed_up_lemmatizer(nlp)


def test_the_same_word_with_another_morphology_is_lemmatized_again(nlp: Language) -> None:
    """A noun marked singular is a base form ("houses" kept); marked plural it is lemmatized."""
    words = ["houses", "houses", "left", "left"]
    doc = Doc(
        nlp.vocab,
        words=words,
        pos=["NOUN", "NOUN", "VERB", "VERB"],
        morphs=["Number=Sing", "Number=Plur", "VerbForm=Inf", "Tense=Past|VerbForm=Fin"],
    )
    LemmaColumns(_lemmatizer(nlp))(doc)
    assert [t.lemma_ for t in doc] == ["houses", "house", "left", "leave"]
