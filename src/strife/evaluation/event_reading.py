"""What the event-coding evaluations share: reading gold sentences, and the primary event of one.

The event-coding gold sets (``plover``, ``cameo-codebook``, ``petr-unit``) give one short text per
record, usually one sentence. :func:`read_texts` reads each as an article of its own (the text is the
whole body; no headline, no date) and keeps them in the gold order; a text the pipeline failed on comes
back as ``None`` and is scored as a text with no events (the evaluations count such failures in
``n_failed``).

Where gold gives one event per text, strife is judged by its **primary event**
(:func:`primary_event`): the event with the highest ``confidence``; among equals, the one whose
evidence starts first.

**Tune and report halves** (:func:`half`): the patterns and rules are written from CAMEO usage, and
where a gold set was looked at while writing them, only its *tune* half was. Each record goes to a
half by a hash of its key (a PLOVER record's id, a codebook row's code), fixed once; the evaluations
report the *report* half under the plain figure names and the tune half with ``_tune`` appended.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Literal, TypeVar

from strife.evaluation.gum import ArticleReader
from strife.events.codebook import load_codebook
from strife.record import Article, Event, RawArticle

#: The 16 event types of current PLOVER, in the order of the PLOVER manual (from the codebook).
PLOVER_TYPES: tuple[str, ...] = tuple(t.name for t in load_codebook().plover_types())

__all__ = ["PLOVER_TYPES", "by_half", "half", "primary_event", "read_texts"]

Half = Literal["tune", "report"]
_T = TypeVar("_T")


def half(key: str) -> Half:
    """The half a gold record belongs to, fixed by a hash of its key."""
    digest = hashlib.sha1(f"strife-half:{key}".encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "report"


def by_half(
    items: Sequence[_T], key: Callable[[_T], str], score: Callable[[list[int]], Mapping[str, float]]
) -> dict[str, float]:
    """``score`` of the report half's item indices under the plain names, of the tune half's with
    ``_tune`` appended."""
    figures: dict[str, float] = {}
    for name, suffix in (("report", ""), ("tune", "_tune")):
        chosen = [i for i, item in enumerate(items) if half(key(item)) == name]
        figures |= {f"{figure}{suffix}": value for figure, value in score(chosen).items()}
    return figures


def primary_event(article: Article | None) -> Event | None:
    """The event a one-event gold record is compared with: highest confidence, then earliest evidence."""
    if article is None or not article.events:
        return None
    return min(article.events, key=lambda e: (-e.confidence, e.evidence.start))


def read_texts(pipeline: ArticleReader, texts: Sequence[str], label: str) -> list[Article | None]:
    """Read each text as one article (id ``<label>-<index>``); ``None`` where the pipeline dropped it."""
    ids = [f"{label}-{i:04d}" for i in range(len(texts))]
    raws = (RawArticle(body=text, id=ident, origin=ident) for ident, text in zip(ids, texts, strict=True))
    by_id = {article.id: article for article in pipeline.pipe(raws)}
    return [by_id.get(ident) for ident in ids]
