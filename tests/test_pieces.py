"""Long texts in bounded pieces: paragraphs cut, groups and pieces, records merged, the time budget."""

from __future__ import annotations

from dataclasses import replace

import pytest

import strife.pieces as pieces_module
from strife.errors import ExtractionError
from strife.pieces import Paragraph, groups, merge, minibatches, paragraphs, pieces
from strife.pipeline import Pipeline
from strife.record import Actor, Article, Event, Mention, Place, Quote, RawArticle, Speaker


@pytest.mark.parametrize(
    ("body", "limit", "expected"),
    [
        ("One.\n\nTwo.", 100, ["One.", "Two."]),
        (
            "First sentence here. Second sentence there.",
            30,
            ["First sentence here.", "Second sentence there."],
        ),
        ("aaaa bbbb cccc dddd", 10, ["aaaa bbbb", "cccc dddd"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_paragraphs_are_cut_at_sentence_ends(
    body: str, limit: int, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pieces_module, "PARAGRAPH_CHARS", limit)
    found = paragraphs(body)
    assert [p.text for p in found] == expected
    assert all(body[p.offset : p.offset + len(p.text)] == p.text for p in found)


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [
        ([3, 3, 3], [[0, 1, 2]]),
        ([6, 6, 6], [[0], [1], [2]]),
        ([4, 20, 4, 4], [[0], [1], [2, 3]]),
        ([], []),
    ],
)
def test_groups(sizes: list[int], expected: list[list[int]], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 10)
    assert groups([RawArticle(body="x" * n) for n in sizes]) == expected


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [([3, 3, 3, 3], [[3, 3, 3], [3]]), ([20, 1], [[20], [1]]), ([1, 20, 1], [[1], [20], [1]]), ([], [])],
)
def test_minibatches_hold_at_most_parse_chars(
    sizes: list[int], expected: list[list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pieces_module, "PARSE_CHARS", 10)
    assert list(minibatches(sizes, lambda n: n)) == expected


def test_pieces_hold_whole_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 12)
    paras = [
        Paragraph(0, "aaaa"),
        Paragraph(6, "bbbb"),
        Paragraph(12, "cccccccccccccccc"),
        Paragraph(30, "d"),
    ]
    found = pieces(paras)
    assert [(p.start, p.end, len(p.paragraphs)) for p in found] == [(0, 10, 2), (12, 28, 1), (30, 31, 1)]


def _part(body: str, tone: float) -> Article:
    m = Mention(text=body[:6], start=0, end=6)
    nato = Actor(name="NATO", code="NATO", country=None, sector=None, type="igo", mentions=[m])
    quote = Quote(
        text=body[7:11],
        start=7,
        end=11,
        kind="direct",
        cue="said",
        speaker=Speaker(name="NATO", code="NATO", country=None, mention=m),
    )
    event = Event(
        cameo="010",
        cameo_root="01",
        quad_class=1,
        goldstein=0.0,
        source=nato,
        evidence=m,
        quote=0,
        confidence=0.5,
    )
    place = Place(name="Geneva", country="CHE", type="city", mentions=[m])
    return Article(
        id="p",
        fingerprint="f",
        body=body,
        actors=[nato],
        quotes=[quote],
        events=[event],
        places=[place],
        tone=tone,
    )


def test_merge_moves_offsets_and_joins_actors() -> None:
    body = "NATO said: talk.\n\nNATO's envoy said: more."
    shell = Article(id="whole", fingerprint="w", body=body)
    second = body.index("NATO's")
    merged = merge(shell, [(0, _part(body[:16], 0.5), 1), (second, _part(body[second:], -0.1), 3)])
    (nato,) = merged.actors
    assert [m.start for m in nato.mentions] == [0, second]
    assert all(body[m.start : m.end] == m.text for m in nato.mentions)
    assert [q.start for q in merged.quotes] == [7, second + 7]
    assert merged.quotes[1].speaker is not None and merged.quotes[1].speaker.mention.start == second  # type: ignore[union-attr]
    assert len(merged.events) == 1  # the same action in two pieces is one event, retold in the second
    assert [m.start for m in merged.events[0].retold] == [second]
    assert len(merged.places) == 1 and len(merged.places[0].mentions) == 2
    assert merged.tone == pytest.approx((0.5 - 0.3) / 4)
    assert merged.id == "whole"


def test_a_long_article_is_read_in_pieces(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    import strife.pipeline as pipeline_module

    paragraph = (
        "“We will not accept these terms,” said Russian Deputy Foreign Minister Alexander Grushko. "
        "NATO Secretary-General Jens Stoltenberg said the alliance was ready for talks in Brussels."
    )
    body = "\n\n".join([paragraph] * 12)
    raw = RawArticle(body=body, id="long-one", published="2022-01-13T09:00:00Z")
    (whole,) = pipeline.pipe([raw])
    monkeypatch.setattr(pipeline_module, "PIECE_CHARS", 800)
    monkeypatch.setattr(pieces_module, "PIECE_CHARS", 800)
    (pieced,) = pipeline.pipe([raw])
    assert pieced.id == whole.id == "long-one" and pieced.fingerprint == whole.fingerprint
    assert [(q.start, q.end, q.kind) for q in pieced.quotes] == [
        (q.start, q.end, q.kind) for q in whole.quotes
    ]
    assert {a.name for a in pieced.actors} == {a.name for a in whole.actors}
    for article in (pieced,):
        assert all(body[m.start : m.end] == m.text for a in article.actors for m in a.mentions)
        assert all(body[e.evidence.start : e.evidence.end] == e.evidence.text for e in article.events)


def test_an_article_over_its_time_budget_is_stopped_with_an_error(pipeline: Pipeline) -> None:
    slow = Pipeline(replace(pipeline.settings, article_time_budget=1e-9), nlp=pipeline.nlp)
    errors: list[ExtractionError] = []
    raws = [RawArticle(body="Envoys met in Geneva on Monday.", origin="feed.xml#3")]
    assert list(slow.pipe(raws, on_error=errors.append)) == []
    (error,) = errors
    assert error.origin == "feed.xml#3"
    assert "time budget" in error.reason and "article_time_budget" in error.reason


def test_an_article_over_max_article_bytes_is_refused_by_name(pipeline: Pipeline) -> None:
    small = Pipeline(replace(pipeline.settings, max_article_bytes=40), nlp=pipeline.nlp)
    errors: list[ExtractionError] = []
    raws = [
        RawArticle(body="Envoys met in Geneva on Monday for talks.", origin="big.txt"),
        RawArticle(body="Talks ended.", origin="small.txt"),
    ]
    assert [a.origin for a in small.pipe(raws, on_error=errors.append)] == ["small.txt"]
    (error,) = errors
    assert error.origin == "big.txt" and "max_article_bytes" in error.reason
