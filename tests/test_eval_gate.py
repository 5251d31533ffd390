"""Evaluation gate: strife's figures on gold data must stay at or above their pinned floors.

The figures are computed by :mod:`strife.evaluation` (each module says exactly what a figure
measures) on the gold sets in ``../shared/gold``; the whole gate reads 43 GUM news and interview
documents, 90 re3d documents, 322 PLOVER records, 276 CAMEO codebook examples, 284 PETRARCH2
unit-test sentences, 228 ECB+ documents (for speaker coverage), the 84 ECB+ documents of the quote dev
set (``tests/data/ecbplus_quotes_dev.tsv``) and the 53 documents of the news dev set
(``tests/data/news_events_dev.tsv``) once each. A floor sits a little (~0.02–0.03) under the last
measured value, so a change that makes strife read worse fails here; when a change makes it read
better, raise the floor.
The floors live in :mod:`strife.evaluation.floors`, so ``strife eval`` shows them beside the figures.
``pytest -s tests/test_eval_gate.py`` prints the table; ``python bench/eval_report.py`` too.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.evaluation import EVALUATIONS, format_table, run_all
from strife.evaluation.cameo_codebook import codebook_path
from strife.evaluation.ecbplus import ARCHIVE as ECBPLUS_ARCHIVE
from strife.evaluation.ecbplus_quotes import check_texts as check_quote_texts
from strife.evaluation.ecbplus_quotes import half_of as quote_half_of
from strife.evaluation.ecbplus_quotes import load_quote_set, quote_documents, quote_set_path
from strife.evaluation.floors import FLOORS
from strife.evaluation.gum import ArticleReader
from strife.evaluation.gum_corpus import gum_dir, load_gum
from strife.evaluation.gum_speakers import GENRES as SPEAKER_GENRES
from strife.evaluation.gum_speakers import half_of
from strife.evaluation.news_events import dev_path
from strife.evaluation.petr_unit import dictionary_folder, unit_test_path
from strife.evaluation.plover import plover_path
from strife.evaluation.re3d import load_re3d, re3d_dir


@pytest.fixture(scope="module")
def results(default_pipeline: ArticleReader, shared_dir: Path) -> dict[str, dict[str, float]]:
    needed = [
        gum_dir(shared_dir) / "dep",
        re3d_dir(shared_dir),
        plover_path(shared_dir),
        codebook_path(shared_dir),
        unit_test_path(shared_dir),
        dictionary_folder(shared_dir),
        shared_dir / ECBPLUS_ARCHIVE,
        dev_path(),
        quote_set_path(),
    ]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        pytest.skip(f"gold data not found: {', '.join(missing)}")
    measured = run_all(default_pipeline, shared_dir)
    print("\n" + format_table(measured, {(e, f): floor for e, f, floor in FLOORS}))
    return measured


def test_floors_name_known_figures() -> None:
    assert {e for e, _, _ in FLOORS} <= set(EVALUATIONS)
    assert len({(e, f) for e, f, _ in FLOORS}) == len(FLOORS)


@pytest.mark.slow
@pytest.mark.parametrize(("evaluation", "figure", "floor"), FLOORS, ids=[f"{e}:{f}" for e, f, _ in FLOORS])
def test_figure_at_or_above_floor(
    results: dict[str, dict[str, float]], evaluation: str, figure: str, floor: float
) -> None:
    value = results[evaluation][figure]
    assert value >= floor, f"{evaluation} {figure} = {value:.3f}, under its floor {floor:.3f}"


# --- the gold readers on the real files (no spaCy) ------------------------------------------------


def test_gum_bodies_hold_every_sentence(shared_dir: Path) -> None:
    """The rebuilt body holds each CoNLL-U sentence text verbatim, except headlines and captions."""
    base = gum_dir(shared_dir)
    if not (base / "dep").is_dir():
        pytest.skip(f"GUM not found at {base}")
    docs = load_gum(shared_dir)
    assert len(docs) == 24
    missing = 0
    for doc in docs:
        text = (base / "dep" / f"{doc.name}.conllu").read_text(encoding="utf-8")
        sentences = [line[len("# text = ") :] for line in text.splitlines() if line.startswith("# text = ")]
        missing += sum(s not in doc.body and s != doc.headline for s in sentences)
        for start, end in [q.span for q in doc.quotes] + doc.neutral:
            assert 0 <= start < end <= len(doc.body)
        for m in doc.mentions:
            assert m.start < 0 or doc.body[m.start : m.end] == m.text
    captions = 74  # sentences inside <figure>/<caption>, left out of the bodies on purpose
    assert missing == captions
    assert sum(len(d.quotes) for d in docs) == 82
    annotated = [d for d in docs if d.quotes_annotated]
    assert len(annotated) == 18
    assert sum(len(d.quotes) for d in annotated) == 80
    assert sum(q.speaker is not None for d in annotated for q in d.quotes) == 72


def test_gum_speaker_halves(shared_dir: Path) -> None:
    """The fixed split of the GUM news and interview documents into a tune and a report half."""
    if not (gum_dir(shared_dir) / "dep").is_dir():
        pytest.skip(f"GUM not found at {gum_dir(shared_dir)}")
    docs = load_gum(shared_dir, SPEAKER_GENRES)
    halves = {h: [d for d in docs if half_of(d.name) == h] for h in ("tune", "report")}
    assert [len(halves["tune"]), len(halves["report"])] == [20, 23]
    annotated = {h: [q for d in ds if d.quotes_annotated for q in d.quotes] for h, ds in halves.items()}
    assert [len(annotated["tune"]), len(annotated["report"])] == [45, 46]
    assert [sum(q.speaker is not None for q in annotated[h]) for h in ("tune", "report")] == [40, 40]
    assert all(q.speaker_span is not None for qs in annotated.values() for q in qs if q.speaker)


def test_ecbplus_quote_set(shared_dir: Path) -> None:
    """The hand-labelled ECB+ quotes: their fixed halves, and every span still holding its hashed text."""
    gold = load_quote_set(quote_set_path())
    docs = {g.doc for g in gold}
    assert len(docs) == 84  # 52, then 17 (session 5) and 15 (session 6), each labelled before any rule change
    assert all(g.split == quote_half_of(g.doc) for g in gold)
    quotes = {h: [g for g in gold if g.kind == "quote" and g.split == h] for h in ("tune", "report")}
    assert [len(quotes["tune"]), len(quotes["report"])] == [216, 199]
    assert sum(g.speaker is not None for qs in quotes.values() for g in qs) == 412
    if not (shared_dir / ECBPLUS_ARCHIVE).is_file():
        pytest.skip(f"ECB+ not found under {shared_dir}")
    check_quote_texts(gold, quote_documents(shared_dir, docs))


def test_re3d_offsets(shared_dir: Path) -> None:
    if not re3d_dir(shared_dir).is_dir():
        pytest.skip(f"re3d not found at {re3d_dir(shared_dir)}")
    docs = load_re3d(shared_dir)
    assert len(docs) == 90
    entities = [e for d in docs for e in d.entities]
    assert len(entities) == 2000
    assert all(d.text[e.start : e.end] == e.text for d in docs for e in d.entities)
