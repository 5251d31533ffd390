"""Near-duplicate articles — syndicated copies, lightly edited re-posts — found by MinHash.

Each body (the headline is left out, since outlets rewrite it) becomes the set of its word shingles
(``shingle_words`` consecutive lower-cased words); MinHash signatures with a fixed seed estimate the
Jaccard similarity of two sets, and locality-sensitive hashing (:class:`datasketch.MinHashLSH`) finds
the candidate pairs without comparing every pair. A candidate pair whose estimated similarity reaches
``near_duplicate_threshold`` is a copy; copies of copies are one group (union-find). Groups are
always one story, whatever their dates: a text re-posted months later is the same report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from datasketch import MinHash, MinHashLSH

from strife.stories.model import StorySettings

_WORD = re.compile(r"\w+")
LSH_MARGIN = 0.15


def shingles(body: str, size: int) -> set[bytes]:
    """The set of ``size``-word shingles of ``body`` (lower-cased words; fewer words: one shingle)."""
    words = _WORD.findall(body.lower())
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def near_duplicate_groups(bodies: Sequence[str], settings: StorySettings) -> list[list[int]]:
    """Partition of ``range(len(bodies))`` into groups of near-duplicates (singletons included).

    Groups are lists of indices in increasing order, sorted by their first index.
    """
    sets = [shingles(body, settings.shingle_words) for body in bodies]
    signatures: list[MinHash | None] = [None] * len(bodies)
    filled = [i for i, s in enumerate(sets) if s]
    batch = MinHash.bulk(
        [list(sets[i]) for i in filled], num_perm=settings.minhash_permutations, seed=settings.minhash_seed
    )
    for i, signature in zip(filled, batch, strict=True):
        signatures[i] = signature
    # Candidates from a looser LSH band setting, so that pairs near the threshold are not missed.
    candidate = max(0.05, settings.near_duplicate_threshold - LSH_MARGIN)
    lsh = MinHashLSH(threshold=candidate, num_perm=settings.minhash_permutations)
    found = _UnionFind(len(bodies))
    for i in filled:
        signature = signatures[i]
        assert signature is not None
        for j in lsh.query(signature):
            other = signatures[j]
            if other is not None and signature.jaccard(other) >= settings.near_duplicate_threshold:
                found.union(i, j)
        lsh.insert(i, signature)
    groups: dict[int, list[int]] = {}
    for i in range(len(bodies)):
        groups.setdefault(found.find(i), []).append(i)
    return sorted(groups.values(), key=lambda group: group[0])
