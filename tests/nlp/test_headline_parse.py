"""A title-case headline is parsed in sentence case (strife.nlp.headline_parse; lines of our own):
its verbs become verbs, its text, tokens and real names stay; other lines keep their first parse."""

from __future__ import annotations

import pytest

from strife.nlp.headline_parse import sentence_cased
from strife.pipeline import Pipeline

CASES = [
    # a title-case line: the act is a verb, the place a place
    ("Police Arrest 12 Protesters In Athens", "Arrest", "VERB", ["Athens"]),
    # … ("Israel Bombs School", an ORG of English words, is no name: the dictionary names Israel)
    ("Israel Bombs School In Gaza, Killing 40", "Bombs", "VERB", ["Gaza"]),
    # a name of no English word keeps its capitals and stays a name
    ("Kraft Shooting: Yvonne Hiller Charged With Two Counts Of Murder", "Charged", "VERB", ["Yvonne Hiller"]),
    # a sentence, or a line in sentence case, is no headline: its first parse stays
    ("Police arrested twelve protesters in Athens on Sunday.", "arrested", "VERB", ["Athens", "Sunday"]),
]


@pytest.mark.parametrize(("line", "word", "pos", "names"), CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_cased(pipeline: Pipeline, line: str, word: str, pos: str, names: list[str]) -> None:
    doc = sentence_cased(pipeline.nlp, pipeline.nlp(line))
    assert doc.text == line
    assert next(t for t in doc if t.text == word).pos_ == pos
    assert all(any(name in e.text for e in doc.ents) for name in names)
