"""What the export tables need of a stored article beyond its event rows: tone, length, where each
event's actors and sentence are, which sentence it is, whether coreference found an actor.

Sentences are counted here, not by the parser (strife keeps each event's sentence, not the whole
split): a sentence ends at ``.``, ``!`` or ``?`` (closing quotes and brackets may follow) before a
capital, a digit or an opening quote — not after a title, an initial or another common abbreviation
("Mr.", "U.S.", "Jan.") — and a paragraph break always ends one. The count agrees with the parser's
on ordinary news prose and can differ by one around unusual punctuation.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from strife.record import Actor, Article

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "him",
        "her",
        "them",
        "his",
        "hers",
        "its",
        "their",
        "theirs",
        "we",
        "us",
        "our",
        "i",
        "me",
        "my",
        "you",
        "your",
    ]
)
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "adm",
        "sen",
        "rep",
        "gov",
        "pres",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "a.m",
        "p.m",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
    ]
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[A-Z0-9\"“‘(])")
_PARAGRAPH = re.compile(r"\n\s*\n\s*")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?]*$")


def sentence_starts(body: str) -> list[int]:
    """Character offsets where the body's sentences start, in order (the first is its first text)."""
    first = len(body) - len(body.lstrip())
    starts = {first} if body.strip() else set()
    for match in _PARAGRAPH.finditer(body):
        if match.end() < len(body):
            starts.add(match.end())
    for match in _END.finditer(body):
        before = _WORD_BEFORE.search(body, max(0, match.start() - 20), match.start() + 1)
        word = before.group(1).rstrip(".").lower() if before else ""
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        starts.add(match.end())
    return sorted(starts)


def lead_end(body: str) -> int:
    """Where the lead (first) paragraph ends."""
    text_start = len(body) - len(body.lstrip())
    match = _PARAGRAPH.search(body, text_start)
    return match.start() if match else len(body)


@dataclass(frozen=True)
class EventFacts:
    source_offset: int  # -1: no mention
    target_offset: int
    action_offset: int
    sentence: int  # from 1
    in_raw_text: bool
    in_lead: bool


@dataclass(frozen=True)
class ArticleFacts:
    tone: float | None
    length: int
    url: str | None
    outlet: str | None
    published: datetime | None
    events: tuple[EventFacts, ...]
    ingested: datetime | None = None  # when the store took the article in


def by_coreference(actor: Actor | None) -> bool:
    """Whether the event names this actor through coreference: its mention there is a pronoun or a
    role noun ("the Russian official", "the alliance"), not a name ("the United States", "Moscow")."""
    if actor is None or not actor.mentions:
        return False
    words = actor.mentions[0].text.split()
    if not words:
        return False
    if words[0].lower() in PRONOUNS:
        return True
    return words[0].lower() == "the" and any(w[:1].islower() for w in words[1:])


def article_facts(article: Article) -> ArticleFacts:
    starts = sentence_starts(article.body)
    lead = lead_end(article.body)

    def offset(actor: Actor | None) -> int:
        return actor.mentions[0].start if actor is not None and actor.mentions else -1

    events = tuple(
        EventFacts(
            source_offset=offset(e.source),
            target_offset=offset(e.target),
            action_offset=e.evidence.start,
            sentence=max(1, bisect_right(starts, e.evidence.start)),
            in_raw_text=not (by_coreference(e.source) or by_coreference(e.target)),
            in_lead=e.evidence.start < lead,
        )
        for e in article.events
    )
    body = article.body
    return ArticleFacts(article.tone, len(body), article.url, article.outlet, article.published, events)


class FactsCache:
    """Facts per article id, each article read from the store once (``get`` and ``ingested``: the
    store's methods)."""

    def __init__(
        self,
        get: Callable[[str], Article | None],
        ingested: Callable[[str], datetime | None] = lambda article_id: None,
    ) -> None:
        self._get = get
        self._ingested = ingested
        self._facts: dict[str, ArticleFacts | None] = {}

    def __call__(self, article_id: str) -> ArticleFacts | None:
        if article_id not in self._facts:
            article = self._get(article_id)
            found = article_facts(article) if article is not None else None
            if found is not None:
                found = replace(found, ingested=self._ingested(article_id))
            self._facts[article_id] = found
        return self._facts[article_id]

    def event(self, article_id: str, idx: int) -> EventFacts | None:
        facts = self(article_id)
        if facts is None or not 0 <= idx < len(facts.events):
            return None
        return facts.events[idx]
