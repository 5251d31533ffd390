"""The ``cameo-codebook`` evaluation: mojibake repair, the table reader and the scorer."""

from __future__ import annotations

from pathlib import Path

import pytest
from eventkit import FakeReader, event

from strife.evaluation.cameo_codebook import (
    CodebookRow,
    cameo_codes,
    codebook_path,
    evaluate_cameo_codebook,
    examples,
    load_codebook_rows,
    repair_mojibake,
    score_codebook,
)
from strife.evaluation.event_reading import half
from strife.record import Event


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"Moscow\x82\xc4\xf4s will", "Moscow’s will"),  # ’ through Mac Roman and Windows-1252
        (b"\x82\xc4\xfaties\x82\xc4\xf9", "“ties”"),
        (b"a \x82\xc4\xee b", "a — b"),
        ("caf\u00e9 \u2019".encode(), "café ’"),  # proper UTF-8 is left alone
        (b"x \xff y", "x \ufffd y"),  # neither: replaced
    ],
)
def test_repair_mojibake(raw: bytes, text: str) -> None:
    assert repair_mojibake(raw) == text


HEADER = '"","eventtype_ID","name","code","goldstein","description","example","root_code"\n'


def write_table(tmp_path: Path, rows: list[str]) -> Path:
    path = tmp_path / "gold" / "cameo" / "cameo-codes.csv"
    path.parent.mkdir(parents=True)
    path.write_bytes((HEADER + "".join(rows)).encode("utf-8"))
    return tmp_path


def test_load_rows_and_examples(tmp_path: Path) -> None:
    root = write_table(
        tmp_path,
        [
            '"1",1,"CONSULT","04",1,NA,NA,"04"\n',
            '"2",2,"Meet","042",1.9,"x","Ruritania met Freedonia. ","04"\n',
            '"3",3,"Refuse","125",-5,"x","NEED EXAMPLE.","12"\n',
        ],
    )
    rows = load_codebook_rows(root)
    assert [(r.code, r.root, r.goldstein, r.example) for r in rows] == [
        ("04", "04", 1.0, None),
        ("042", "04", 1.9, "Ruritania met Freedonia."),
        ("125", "12", -5.0, "NEED EXAMPLE."),
    ]
    assert [r.code for r in examples(rows)] == ["042"]
    assert cameo_codes(root) == {"04", "042", "125"}


def test_real_codebook(shared_dir: Path) -> None:
    if not codebook_path(shared_dir).is_file():
        pytest.skip("the CAMEO codebook table is not in the shared folder")
    rows = load_codebook_rows(shared_dir)
    assert len(rows) == 312
    assert all(r.code.startswith(r.root) for r in rows)
    assert {r.root for r in rows} == {f"{n:02d}" for n in range(1, 21)}
    with_example = examples(rows)
    assert len(with_example) == 276
    text = " ".join(r.example or "" for r in with_example)
    assert "‚Äô" not in text and "’" in text
    assert text.count("\ufffd") <= 2  # one character in one example cannot be recovered


def row(code: str) -> CodebookRow:
    return CodebookRow(code=code, name="n", root=code[:2], goldstein=None, example="e")


CASES: list[tuple[str, str, Event | None, dict[str, float]]] = [
    ("exact code", "042", event("042"), {"code_accuracy": 1, "root_accuracy": 1, "coverage": 1}),
    ("same root", "042", event("043"), {"code_accuracy": 0, "root_accuracy": 1, "coverage": 1}),
    ("parent code", "042", event("04"), {"code_accuracy": 0, "root_accuracy": 1, "coverage": 1}),
    ("other root", "042", event("120"), {"code_accuracy": 0, "root_accuracy": 0, "coverage": 1}),
    ("no event", "042", None, {"code_accuracy": 0, "root_accuracy": 0, "coverage": 0}),
]


@pytest.mark.parametrize(("case", "gold", "predicted", "expected"), CASES, ids=[c[0] for c in CASES])
def test_score_one_example(case: str, gold: str, predicted: Event | None, expected: dict[str, float]) -> None:
    figures = score_codebook([row(gold)], [predicted])
    assert {k: figures[k] for k in expected} == pytest.approx(expected)
    assert figures["n_examples"] == 1


def test_evaluate_with_a_fake_reader(tmp_path: Path) -> None:
    root = write_table(
        tmp_path,
        [
            '"1",1,"Meet","042",1.9,"x","Ruritania met Freedonia.","04"\n',
            '"2",2,"Refuse","125",-5,"x","Ruritania refused Freedonia.","12"\n',
            '"3",3,"Attack","190",-10,"x","FAIL to read.","19"\n',
        ],
    )
    reader = FakeReader(lambda text: [event("042"), event("120", confidence=0.1)] if "met" in text else [])
    figures = evaluate_cameo_codebook(reader, root)
    assert [half(code) for code in ("042", "125", "190")] == ["report"] * 3  # the tune half is empty here
    assert figures == pytest.approx(
        {"code_accuracy": 1 / 3, "root_accuracy": 1 / 3, "coverage": 1 / 3, "n_examples": 3, "n_failed": 1}
        | {"code_accuracy_tune": 0.0, "root_accuracy_tune": 0.0, "coverage_tune": 0.0, "n_examples_tune": 0}
    )
    assert reader.read == ["Ruritania met Freedonia.", "Ruritania refused Freedonia.", "FAIL to read."]
