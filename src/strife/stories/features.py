"""What the clusterer compares: TF-IDF vectors of words and of names, actor sets and dates.

The weights are fitted on the articles being clustered (unsupervised): once on all of them for
threads, and again on each thread's own articles for its stories, where words every article of the
thread shares (the earthquake, the region) weigh little and what tells one happening from another
(the town, the magnitude, the day) weighs more.

*Names* are the words written with a capital inside a sentence (not its first word), all-capital
words of two letters or more, and numbers: the cheap stand-in for named entities that tells two
happenings of one kind apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer

from strife.stories.model import StoryDoc

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_STRIP = "\"'()[]{}“”‘’«».,;:!?"
_NUMBER = re.compile(r"\d[\d.,]*\d|\d")


def text_of(doc: StoryDoc) -> str:
    """Headline and body, as one text."""
    return f"{doc.headline}.\n{doc.body}" if doc.headline else doc.body


def names_of(text: str) -> list[str]:
    """Capitalised words inside sentences, all-capital words and numbers, lower-cased."""
    names: list[str] = []
    for sentence in _SENTENCE.split(text):
        for position, raw in enumerate(sentence.split()):
            word = raw.strip(_STRIP)
            if not word:
                continue
            if _NUMBER.fullmatch(word):
                names.append("#" + word.replace(",", ""))
            elif (word.isupper() and len(word) > 1 and word.isalpha()) or (
                position > 0 and word[0].isupper()
            ):
                names.append(word.lower())
    return names


def timestamp(when: datetime | None) -> float:
    """Seconds since the epoch (a naive datetime is taken as UTC); NaN when unknown."""
    if when is None:
        return float("nan")
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


@dataclass(frozen=True)
class UnitFeatures:
    """Per unit (a group of near-duplicate articles): L2-normalised word and name vectors (rows),
    the actor sets and the earliest timestamp (NaN when no member is dated)."""

    words: sp.csr_matrix
    names: sp.csr_matrix
    actors: tuple[frozenset[str], ...]
    times: np.ndarray

    def __len__(self) -> int:
        return len(self.actors)


def _vectorizer(names: bool) -> TfidfVectorizer:
    if names:
        return TfidfVectorizer(
            sublinear_tf=True, lowercase=False, token_pattern=None, tokenizer=str.split, dtype=np.float32
        )
    return TfidfVectorizer(sublinear_tf=True, stop_words="english", dtype=np.float32)


def _fit(vectorizer: TfidfVectorizer, texts: list[str]) -> sp.csr_matrix:
    """The TF-IDF rows of ``texts``; all zero when no text has a word to weigh."""
    try:
        return sp.csr_matrix(vectorizer.fit_transform(texts))
    except ValueError:  # an empty vocabulary: nothing but stop words, or no names at all
        return sp.csr_matrix((len(texts), 1), dtype=np.float32)


def _pool(matrix: sp.csr_matrix, units: Sequence[Sequence[int]], n_docs: int) -> sp.csr_matrix:
    """One row per unit: the normalised sum of its members' rows."""
    rows = np.repeat(np.arange(len(units)), [len(u) for u in units])
    cols = np.fromiter((i for unit in units for i in unit), dtype=np.int64, count=len(rows))
    member = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(units), n_docs))
    return _normalise(sp.csr_matrix(member @ matrix))


def _normalise(matrix: sp.csr_matrix) -> sp.csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1.0 / norms) @ matrix, dtype=np.float32)


def unit_features(
    docs: Sequence[StoryDoc],
    units: Sequence[Sequence[int]],
    texts: Sequence[str] | None = None,
) -> UnitFeatures:
    """Fit word and name TF-IDF on ``docs`` and pool them by ``units`` (lists of indices into ``docs``).

    ``texts`` may pass :func:`text_of` already computed for ``docs``.
    """
    texts = list(texts) if texts is not None else [text_of(doc) for doc in docs]
    words = _fit(_vectorizer(names=False), texts)
    name_matrix = _fit(_vectorizer(names=True), [" ".join(names_of(text)) for text in texts])
    stamps = np.array([timestamp(doc.published) for doc in docs])
    times = np.array(
        [
            np.nanmin(stamps[list(unit)]) if not np.isnan(stamps[list(unit)]).all() else np.nan
            for unit in units
        ]
    )
    actors = tuple(frozenset(a for i in unit for a in docs[i].actors) for unit in units)
    return UnitFeatures(
        words=_pool(words, units, len(docs)),
        names=_pool(name_matrix, units, len(docs)),
        actors=actors,
        times=times,
    )
