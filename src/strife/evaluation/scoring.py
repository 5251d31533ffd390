"""Span arithmetic and precision/recall bookkeeping shared by the evaluations.

Spans are half-open character ranges ``(start, end)``. Gold and predicted spans are matched by
*coverage*: the share of one span's characters that lie inside another span (or inside the union of
several). Because a prediction may cover several gold spans and a gold span may be covered by several
predictions, the two sides are counted separately: recall counts gold spans found, precision counts
predictions confirmed. :class:`Counts` keeps both numerators and both denominators.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Span = tuple[int, int]

#: Share of a span that must be covered for it to count as matched (see :func:`covered`).
MIN_COVERAGE = 0.5


def length(span: Span) -> int:
    """Number of characters in ``span`` (0 for empty or inverted spans)."""
    return max(0, span[1] - span[0])


def overlap(a: Span, b: Span) -> int:
    """Characters shared by ``a`` and ``b``."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def merge(spans: Iterable[Span]) -> list[Span]:
    """The union of ``spans`` as sorted, disjoint, non-empty spans."""
    out: list[Span] = []
    for start, end in sorted(s for s in spans if length(s) > 0):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def coverage(span: Span, others: Iterable[Span]) -> float:
    """Share of ``span``'s characters inside the union of ``others`` (0.0 for an empty span)."""
    size = length(span)
    if size == 0:
        return 0.0
    return sum(overlap(span, o) for o in merge(others)) / size


def best_coverage(span: Span, others: Iterable[Span]) -> float:
    """The largest share of ``span`` covered by any *single* one of ``others``."""
    size = length(span)
    if size == 0:
        return 0.0
    return max((overlap(span, o) / size for o in others), default=0.0)


def covered(span: Span, others: Sequence[Span], *, union: bool, min_coverage: float = MIN_COVERAGE) -> bool:
    """Whether at least ``min_coverage`` of ``span`` lies in ``others`` (their union, or one of them)."""
    share = coverage(span, others) if union else best_coverage(span, others)
    return share >= min_coverage and share > 0.0


def best_match(span: Span, others: Sequence[Span]) -> int | None:
    """Index of the span in ``others`` sharing most characters with ``span`` (earliest on ties)."""
    best: int | None = None
    best_chars = 0
    for i, other in enumerate(others):
        chars = overlap(span, other)
        if chars > best_chars:
            best, best_chars = i, chars
    return best


def ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator``, or 0.0 when there is nothing to divide by."""
    return numerator / denominator if denominator else 0.0


def f1(precision: float, recall: float) -> float:
    return ratio(2 * precision * recall, precision + recall)


@dataclass
class Counts:
    """Matched/total counts for both sides of a comparison."""

    gold: int = 0
    gold_matched: int = 0
    pred: int = 0
    pred_matched: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.gold += other.gold
        self.gold_matched += other.gold_matched
        self.pred += other.pred
        self.pred_matched += other.pred_matched
        return self

    @property
    def recall(self) -> float:
        return ratio(self.gold_matched, self.gold)

    @property
    def precision(self) -> float:
        return ratio(self.pred_matched, self.pred)

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def figures(self, prefix: str) -> dict[str, float]:
        """``{prefix}_precision``, ``_recall``, ``_f1`` and the four counts as named figures."""
        return {
            f"{prefix}_precision": self.precision,
            f"{prefix}_recall": self.recall,
            f"{prefix}_f1": self.f1,
            f"{prefix}_n_gold": float(self.gold),
            f"{prefix}_n_pred": float(self.pred),
        }


def match_spans(
    gold: Sequence[Span],
    pred: Sequence[Span],
    *,
    union: bool,
    ignore: Sequence[Span] = (),
    min_coverage: float = MIN_COVERAGE,
) -> Counts:
    """Count gold spans found and predictions confirmed.

    A gold span is *found* when at least ``min_coverage`` of its characters are covered by the
    predictions (by their union when ``union``, else by a single prediction). A prediction is
    *confirmed* when at least ``min_coverage`` of it lies in gold spans, in the same way. A
    prediction that is not confirmed but lies mostly (``min_coverage``) in an ``ignore`` span is left
    out of the count: it is neither right nor wrong.
    """
    counts = Counts(gold=len(gold), pred=len(pred))
    counts.gold_matched = sum(covered(g, pred, union=union, min_coverage=min_coverage) for g in gold)
    for p in pred:
        if covered(p, gold, union=union, min_coverage=min_coverage):
            counts.pred_matched += 1
        elif ignore and covered(p, ignore, union=True, min_coverage=min_coverage):
            counts.pred -= 1
    return counts
