"""ECB+ evaluation: B-cubed on hand tables, the document reader, and the archive when it is there."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.errors import InputError
from strife.evaluation.ecbplus import bcubed, detokenize, parse_document, read_ecbplus

GOLD = {"a": "X", "b": "X", "c": "Y", "d": "Y"}


@pytest.mark.parametrize(
    ("gold", "predicted", "precision", "recall"),
    [
        (GOLD, {"a": 1, "b": 1, "c": 2, "d": 2}, 1.0, 1.0),  # perfect, labels renamed
        (GOLD, {"a": 0, "b": 0, "c": 0, "d": 0}, 0.5, 1.0),  # all in one
        (GOLD, {"a": 1, "b": 2, "c": 3, "d": 4}, 1.0, 0.5),  # all singletons
        ({"a": "X", "b": "X", "c": "X", "d": "Y"}, {"a": 1, "b": 1, "c": 2, "d": 2}, 0.75, 2 / 3),
        ({}, {}, 1.0, 1.0),
    ],
)
def test_bcubed(gold: dict[str, str], predicted: dict[str, int], precision: float, recall: float) -> None:
    score = bcubed(gold, predicted)
    assert score.precision == pytest.approx(precision)
    assert score.recall == pytest.approx(recall)
    expected_f1 = 2 * precision * recall / (precision + recall)
    assert score.f1 == pytest.approx(expected_f1)


def test_bcubed_needs_the_same_items() -> None:
    with pytest.raises(ValueError, match="different items"):
        bcubed({"a": 1}, {"b": 1})


@pytest.mark.parametrize(
    ("tokens", "text"),
    [
        (["The", "mayor", "said", ",", "``", "no", "''", "."], "The mayor said, `` no ''."),
        (["It", "was", "Reid", "'s", "car", "(", "a", "van", ")", "."], "It was Reid's car (a van)."),
        (["It", "does", "n't", "matter", "!"], "It doesn't matter!"),
    ],
)
def test_detokenize(tokens: list[str], text: str) -> None:
    assert detokenize(tokens) == text


def _xml(sentences: list[list[str]]) -> bytes:
    tokens = "".join(
        f'<token t_id="{n}" sentence="{s}" number="{i}">{word}</token>'
        for s, words in enumerate(sentences)
        for i, word in enumerate(words)
        for n in [s * 100 + i]
    )
    return f'<Document doc_name="x">{tokens}<Markables/></Document>'.encode()


def test_parse_document_drops_the_address_line_of_ecbplus_files() -> None:
    sentences = [
        ["http", ":", "/", "/", "example", ".", "org"],
        ["Storm", "hits", "coast"],
        ["Rain", "fell", "."],
    ]
    doc = parse_document("ECB+/4/4_2ecbplus.xml", _xml(sentences))
    assert (doc.id, doc.topic, doc.seminal, doc.story, doc.thread) == (
        "4_2ecbplus",
        4,
        "ecbplus",
        "4/ecbplus",
        "4",
    )
    assert (doc.headline, doc.body) == ("Storm hits coast", "Rain fell.")
    assert not doc.dev  # even topic: test half


def test_parse_document_keeps_the_first_sentence_of_ecb_files() -> None:
    doc = parse_document("ECB+/3/3_1ecb.xml", _xml([["Storm", "hits", "coast"], ["Rain", "fell", "."]]))
    assert (doc.headline, doc.body, doc.dev) == ("Storm hits coast", "Rain fell.", True)


@pytest.mark.parametrize(
    ("name", "xml", "reason"),
    [
        ("ECB+/3/notes.xml", b"<Document/>", "is not named"),
        ("ECB+/3/3_1ecb.xml", b"<Document>", "well-formed"),
        ("ECB+/3/3_1ecb.xml", b"<Document/>", "no tokens"),
    ],
)
def test_parse_document_errors(name: str, xml: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason):
        parse_document(name, xml)


def test_read_the_real_archive(shared_dir: Path) -> None:
    docs = read_ecbplus(shared_dir)
    assert len(docs) == 982
    assert len({d.thread for d in docs}) == 43
    assert len({d.story for d in docs}) == 86
    assert sum(d.seminal == "ecbplus" for d in docs) == 502
    assert not any(d.headline.startswith("http") for d in docs)
    assert len({d.thread for d in docs if d.dev}) == 21
