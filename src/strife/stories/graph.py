"""A sparse similarity graph of units and average-link agglomeration over it.

No n × n matrix is ever held: the similarity is computed block by block of rows (``block_rows`` × n
floats at a time), and each unit keeps only its ``max_neighbours`` most similar others at or above
``similarity_floor`` (an edge kept by either end is kept). Average-link then treats a missing edge as
similarity 0, which is what it nearly is.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from strife.stories.features import UnitFeatures
from strife.stories.model import StorySettings

DAY_S = 86_400.0


@dataclass(frozen=True)
class Edges:
    """Undirected weighted edges ``left[k] < right[k]``, sorted."""

    left: np.ndarray
    right: np.ndarray
    weight: np.ndarray

    def __len__(self) -> int:
        return len(self.left)


def _actor_matrix(actors: tuple[frozenset[str], ...]) -> sp.csr_matrix | None:
    names = sorted({a for group in actors for a in group})
    if not names:
        return None
    column = {name: i for i, name in enumerate(names)}
    rows = [i for i, group in enumerate(actors) for _ in group]
    cols = [column[a] for group in actors for a in sorted(group)]
    data = np.ones(len(rows), dtype=np.float32)
    return sp.csr_matrix((data, (rows, cols)), shape=(len(actors), len(names)))


def _block(
    features: UnitFeatures,
    actor_matrix: sp.csr_matrix | None,
    start: int,
    stop: int,
    window_days: float,
    settings: StorySettings,
) -> np.ndarray:
    """Similarities of units ``start:stop`` to every unit, as a dense block (diagonal at -1)."""
    wn, wa = settings.name_weight, settings.actor_weight
    words = (features.words[start:stop] @ features.words.T).toarray()
    names = (features.names[start:stop] @ features.names.T).toarray()
    block = ((1.0 - wn - wa) * words + wn * names) / (1.0 - wa)
    if actor_matrix is not None and wa > 0:
        sizes = np.asarray(actor_matrix.sum(axis=1)).ravel()
        shared = (actor_matrix[start:stop] @ actor_matrix.T).toarray()
        union = sizes[start:stop, None] + sizes[None, :] - shared
        both = (sizes[start:stop, None] > 0) & (sizes[None, :] > 0)
        jaccard = np.divide(shared, union, out=np.zeros_like(shared), where=union > 0)
        block = np.where(both, block * (1.0 - wa) + wa * jaccard, block)
    times = features.times
    with np.errstate(invalid="ignore"):
        gap = np.abs(times[start:stop, None] - times[None, :]) / (window_days * DAY_S)
        apart = gap > 1.0
        if settings.time_decay > 0:
            block *= np.where(np.isnan(gap), 1.0, 1.0 - settings.time_decay * np.minimum(gap, 1.0))
    block[apart] = 0.0
    block[np.arange(stop - start), np.arange(start, stop)] = -1.0
    return np.asarray(block)


def similarity_edges(features: UnitFeatures, window_days: float, settings: StorySettings) -> Edges:
    """Each unit's ``max_neighbours`` most similar units at or above the floor, both ways merged."""
    n = len(features)
    actor_matrix = _actor_matrix(features.actors)
    keep = min(settings.max_neighbours, n - 1)
    codes: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for start in range(0, n, settings.block_rows):
        stop = min(start + settings.block_rows, n)
        block = _block(features, actor_matrix, start, stop, window_days, settings)
        if keep <= 0:
            break
        top = np.argpartition(-block, keep - 1, axis=1)[:, :keep]
        values = np.take_along_axis(block, top, axis=1)
        rows = np.repeat(np.arange(start, stop), keep)
        cols, values = top.ravel(), values.ravel()
        mask = values >= settings.similarity_floor
        rows, cols, values = rows[mask], cols[mask], values[mask]
        codes.append(np.minimum(rows, cols).astype(np.int64) * n + np.maximum(rows, cols))
        weights.append(values)
    if not codes:
        empty = np.zeros(0, dtype=np.int64)
        return Edges(empty, empty, np.zeros(0))
    unique, first = np.unique(np.concatenate(codes), return_index=True)
    return Edges(unique // n, unique % n, np.concatenate(weights)[first].astype(np.float64))


def average_link(n: int, edges: Edges, threshold: float) -> list[int]:
    """Average-link agglomeration of ``n`` nodes: merge the two clusters with the highest mean
    similarity over all their cross pairs (missing edges count 0) while it is at least ``threshold``.

    Returns each node's cluster label, the smallest node index in its cluster. Ties are broken by
    the smaller indices, so the result depends only on the edges.
    """
    sums: list[dict[int, float]] = [{} for _ in range(n)]
    for a, b, w in zip(edges.left.tolist(), edges.right.tolist(), edges.weight.tolist(), strict=True):
        sums[a][b] = w
        sums[b][a] = w
    size = [1] * n
    version = [0] * n
    heap = [
        (-w, a, b, 0, 0)
        for a, b, w in zip(edges.left.tolist(), edges.right.tolist(), edges.weight.tolist(), strict=True)
    ]
    heapq.heapify(heap)
    label = list(range(n))
    while heap:
        negative, a, b, va, vb = heapq.heappop(heap)
        if -negative < threshold:
            break
        if label[a] != a or label[b] != b or version[a] != va or version[b] != vb:
            continue
        _merge(a, b, sums, size, label)
        version[a] += 1
        for c, total in sums[a].items():
            low, high = (a, c) if a < c else (c, a)
            heapq.heappush(heap, (-total / (size[a] * size[c]), low, high, version[low], version[high]))
    return [_root(label, i) for i in range(n)]


def _merge(a: int, b: int, sums: list[dict[int, float]], size: list[int], label: list[int]) -> None:
    """Fold cluster ``b`` into ``a`` (``a < b``)."""
    for c, total in sums[b].items():
        del sums[c][b]
        if c != a:
            sums[a][c] = sums[a].get(c, 0.0) + total
            sums[c][a] = sums[a][c]
    sums[a].pop(b, None)
    sums[b] = {}
    size[a] += size[b]
    label[b] = a


def _root(label: list[int], i: int) -> int:
    while label[i] != i:
        i = label[i]
    return i
