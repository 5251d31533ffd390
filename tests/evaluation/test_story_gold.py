"""The story gold: its file, pairwise scores on hand tables, and every document found."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from strife.errors import InputError
from strife.evaluation.ecbplus import ARCHIVE
from strife.evaluation.story_gold import _raws, pairwise, read_gold

GOLD = {"a": "X", "b": "X", "c": "X", "d": "Y"}


@pytest.mark.parametrize(
    ("predicted", "precision", "recall"),
    [
        ({"a": 1, "b": 1, "c": 1, "d": 2}, 1.0, 1.0),
        ({"a": 1, "b": 1, "c": 1, "d": 1}, 0.5, 1.0),  # 6 pairs, 3 right
        ({"a": 1, "b": 2, "c": 3, "d": 4}, 1.0, 0.0),  # no pairs: nothing wrong, nothing found
        ({"a": 1, "b": 1, "c": 2, "d": 2}, 0.5, 1 / 3),
    ],
)
def test_pairwise(predicted: dict[str, int], precision: float, recall: float) -> None:
    score = pairwise(GOLD, predicted)
    assert (score.precision, score.recall) == (pytest.approx(precision), pytest.approx(recall))


def test_pairwise_needs_the_same_items() -> None:
    with pytest.raises(ValueError, match="different items"):
        pairwise({"a": 1}, {"b": 1})


def test_the_gold_file() -> None:
    gold = read_gold()
    assert len(gold) == 200 and len({g.doc for g in gold}) == 200
    sources = Counter(g.source for g in gold)
    assert sources == {"ecbplus": 142, "gum": 24, "sample": 34}
    assert len({g.story for g in gold}) == 83
    assert all(g.published is not None for g in gold if g.source != "sample")
    assert all(g.published is None and g.outlet is None for g in gold if g.source == "sample")


def test_a_bad_line_is_named() -> None:
    with pytest.raises(InputError, match=r"story_gold\.tsv:2"):
        read_gold("# header\necbplus:1_1ecb\tstory\n")


def test_every_gold_document_is_found(shared_dir: Path) -> None:
    if not (shared_dir / ARCHIVE).is_file():
        pytest.skip("ECB+ archive not found")
    raws = _raws(read_gold(), shared_dir)
    assert len(raws) == 200 and all(r.body.strip() for r in raws)
    assert {r.id for r in raws} == {g.doc for g in read_gold()}
