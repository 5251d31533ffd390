"""Syndication: the same text from another outlet is its own article, a copy of the first.

Wire services sell one text to many outlets; each outlet that carries it is a report an analyst
counts. So an article whose text (its fingerprint, :func:`strife.record.fingerprint`) is already
stored is

- a **duplicate** (not stored) when it has the stored article's id (one the input gave; an id
  strife derived from the text says nothing of the outlet), or comes from the same outlet
  (case-insensitively) or the same URL as an article holding that text, or only one of the two
  names an outlet (nothing says it is another), or neither does and their ids are the same — the
  same report again;
- otherwise a **copy** (:func:`classify`): stored as an article of its own, marked ``copy_of`` the
  first article with that text, made from that article's record (:func:`make_copy`: its actors,
  quotes, events … with the copy's id, outlet, URL, date, headline and origin) so the text is not
  read twice. Its events join the original's incidents (one story: the same text is always one
  story), adding its outlet to their count.

A copy's fingerprint is the text's followed by ``:`` and a key of its outlet (or id, when it has no
outlet), so each outlet's copy is stored once, and :func:`text_of` gives the text's part back; a
copy whose id was derived from the text gets that key after its id too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from strife.record import Article, derive_id
from strife.store.rows import StoredText

__all__ = ["Match", "StoredText", "classify", "copy_fingerprint", "make_copy", "text_of"]

#: What an incoming article is, given what is stored.
Verdict = Literal["new", "duplicate", "copy"]


@dataclass(frozen=True)
class Match:
    """The verdict on an incoming article; ``original`` is the stored article it duplicates or
    copies (``None`` when it is new)."""

    verdict: Verdict
    original: str | None = None


def text_of(fingerprint: str) -> str:
    """The text's fingerprint of a stored fingerprint (a copy's has its outlet's key after ``:``)."""
    return fingerprint.split(":", 1)[0]


def _key(outlet: str | None, article_id: str) -> str:
    key = (outlet or "").strip().casefold() or f"id:{article_id}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def copy_fingerprint(text: str, outlet: str | None, article_id: str) -> str:
    """The fingerprint a copy is stored under: the text's, then a key of its outlet (else its id)."""
    return f"{text}:{_key(outlet, article_id)}"


def _derived(article: Article) -> bool:
    """Whether the article's id is the one strife derives from its text (the input gave none)."""
    return article.id == derive_id(article.body)


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b and a.strip().casefold() == b.strip().casefold())


def classify(incoming: Article, stored: Iterable[StoredText]) -> Match:
    """Whether ``incoming`` is new, a duplicate or a copy, given the stored articles that share its
    id or its text (:meth:`~strife.store.roles.ArticleStore.same_texts`; see the module docs)."""
    text = text_of(incoming.fingerprint)
    candidates = list(stored)
    if not _derived(incoming):
        for known in candidates:
            if known.id == incoming.id:
                return Match("duplicate", known.id)
    same_text = [k for k in candidates if text_of(k.fingerprint) == text]
    if not same_text:
        return Match("new")
    for known in same_text:
        if _same(known.outlet, incoming.outlet) or _same(known.url, incoming.url):
            return Match("duplicate", known.id)
        if bool(known.outlet) != bool(incoming.outlet):
            return Match("duplicate", known.id)  # one outlet unknown: nothing says it is another one
        if not known.outlet and known.id == incoming.id:
            return Match("duplicate", known.id)  # no outlet on either side: the same id says it
    first = next((k for k in same_text if k.fingerprint == text), same_text[0])
    return Match("copy", first.id)


def make_copy(original: Article, incoming: Article) -> Article:
    """The record of ``incoming`` as a copy of ``original``: everything read from the text is the
    original's (the same text, the same offsets), the identity and metadata are the copy's own."""
    own = f"{incoming.id}-{_key(incoming.outlet, incoming.id)[:8]}" if _derived(incoming) else incoming.id
    return original.model_copy(
        update={
            "id": own,
            "fingerprint": copy_fingerprint(text_of(original.fingerprint), incoming.outlet, incoming.id),
            "url": incoming.url,
            "outlet": incoming.outlet,
            "published": incoming.published,
            "headline": incoming.headline or original.headline,
            "origin": incoming.origin,
            "copy_of": original.id,
        },
        deep=True,
    )
