"""ArticleDoc.text: each paragraph's text sliced once from the body, the same as spaCy's Doc.text; doc_text:
Doc.text joined once per parsed paragraph."""

from __future__ import annotations

import time

import pytest

from strife.nlp.document import ArticleDoc, doc_text
from strife.nlp.labels import dateline_end
from strife.pipeline import Pipeline
from strife.record import RawArticle


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Ministers met in Oslo on Monday.", "“We agreed,” the minister said.  "],
        ["  Leading spaces stay.", "One word"],
        ["A paragraph with a tab\tand   runs of spaces.", "Ünïcödé names: Łukasz Nowak said “tak”."],
    ],
)
def test_paragraph_text_is_the_docs_text(pipeline: Pipeline, paragraphs: list[str]) -> None:
    body, offsets = "", []
    for text in paragraphs:
        offsets.append(len(body))
        body += text + "\n\n"
    docs = [pipeline.nlp(text) for text in paragraphs]
    art = ArticleDoc(raw=RawArticle(body=body), offsets=offsets, docs=docs)
    assert [art.text(i) for i in range(len(docs))] == [doc.text for doc in docs] == paragraphs
    assert art.text(0) is art.text(0)  # sliced once


def test_empty_paragraph_has_no_text(pipeline: Pipeline) -> None:
    art = ArticleDoc(raw=RawArticle(body="x"), offsets=[0], docs=[pipeline.nlp("")])
    assert art.text(0) == ""


@pytest.mark.parametrize(
    "text",
    [
        "KYIV (Reuters) - Officials said on Tuesday the talks would resume.",
        "  Leading spaces, a tab\tand trailing spaces stay.  ",
        "",
    ],
)
def test_doc_text_is_joined_once(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.nlp(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # joined once


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("TARNOW (Reuters) - Police said", len("TARNOW (Reuters) -")),
        ("LEMBERG, June 9 (AP) — The council", len("LEMBERG, June 9 (AP) —")),
        ("ST. OLAV, 4 May  - Two boats", len("ST. OLAV, 4 May  -")),
        ("OSLO:", 5),
        ("OSLO-Bergen trains ran late", 0),
        ("OSLO, -", 0),
        ("OSLO, \n - x", len("OSLO, \n -")),
        ("KIRUNA, " + "and so on " * 400, 0),
        ("KIRUNA," + " " * 300 + "so", 0),  # cubic in the spaces before the regex was tightened
        ("KIRUNA, May" + " " * 300 + "so", 0),
    ],
)
def test_dateline_end(text: str, end: int) -> None:
    """Where a dateline ends, in linear time: long openings with a comma and runs of spaces too."""
    started = time.perf_counter()
    assert dateline_end(text) == end
    assert time.perf_counter() - started < 0.5


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Police arrested two men in Tarnow.", "Soldiers were seen near the bridges."],
        ["The Lemberg council met.", ""],
        [""],
    ],
)
def test_lemmas_are_gathered_once(pipeline: Pipeline, paragraphs: list[str]) -> None:
    docs = [pipeline.nlp(text) for text in paragraphs]
    art = ArticleDoc(raw=RawArticle(body="\n\n".join(paragraphs) or "x"), offsets=[0] * len(docs), docs=docs)
    assert art.lemmas() == {t.lemma_.lower() for doc in docs for t in doc}
    assert art.lemmas() is art.lemmas()  # read once per article


@pytest.mark.parametrize(
    ("text", "word", "deps", "child"),
    [
        ("Rebels and soldiers fought near Kivu on Monday.", "fought", ("nsubj",), "Rebels"),
        ("Rebels and soldiers fought near Kivu on Monday.", "fought", ("npadvmod", "prep"), "near"),
        ("Rebels and soldiers fought near Kivu on Monday.", "fought", ("dobj",), None),
    ],
)
def test_first_child_with_a_relation(
    pipeline: Pipeline,
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    word: str,
    deps: tuple[str, ...],
    child: str | None,
) -> None:
    """The first child in text order of one of the relations, read off the index without the window that
    only the nearest child needs."""
    import strife.nlp.document as document

    def windowed(indices: list[int], at: int, nearest: bool) -> list[int]:
        raise AssertionError("no window for the first child")

    monkeypatch.setattr(document, "_candidates", windowed)
    tok = next(t for t in pipeline.nlp(text) if t.text == word)
    found = document.child_with(tok, deps)
    assert (found.text if found is not None else None) == child
    assert found == next((c for c in tok.children if c.dep_ in deps), None)
