"""A people named by a state's demonym after "ethnic": "ethnic Albanians in southern Serbia", "ethnic
Uzbeks" detained in Kyrgyzstan. They are a group of the country the text puts them in, not the state
of their demonym: a civilian group (``CVL``, as CAMEO codes an ethnic group) of the one other country
their paragraph names (its states and places, and the actors coded in it), else of the story's main
country; where the text names no other country they stay a mention of the demonym's state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import cache

from spacy.tokens import Span

from strife.dictionaries import ActorEntry, Dictionaries
from strife.nlp.document import ArticleDoc, Loc
from strife.nlp.word_lists import AgentWords

__all__ = ["ethnic_group", "ethnic_mark", "mark_start", "people_name"]

_SECTOR = "CVL"


@cache
def _marks() -> frozenset[str]:
    """Words before a demonym that make it a people rather than a state (``ethnic_mark`` words of the
    bundled ``agent_words.tsv``)."""
    return AgentWords.load().ethnic_mark


def ethnic_mark(span: Span) -> bool:
    """Whether a demonym comes right after "ethnic" ("three ethnic Albanians")."""
    if span[0].lower_ in _marks():  # the NER's own span "Ethnic Russians"
        return True
    return span.start > 0 and span.doc[span.start - 1].lower_ in _marks()


def ethnic_group(
    art: ArticleDoc, dicts: Dictionaries, para: int, span: Span, places: Mapping[Loc, str]
) -> ActorEntry | None:
    """The group an "ethnic" demonym names, or ``None`` where the text names no other country."""
    start = mark_start(span)
    own = dicts.demonym(span.doc[start + 1 : span.end].text)
    country = _paragraph_country(art, para, places, own) or _story_country(art, places, own)
    if country is None:
        return None
    name = span.doc[start : span.end].text
    return ActorEntry(name, country + _SECTOR, country, _SECTOR, "group")


def mark_start(span: Span) -> int:
    """Where "ethnic" stands: the span's first word or the word before it."""
    return span.start if span[0].lower_ in _marks() else span.start - 1


def people_name(span: Span) -> str:
    """The demonym of an "ethnic" span, without the mark."""
    return span.doc[mark_start(span) + 1 : span.end].text


def _paragraph_country(art: ArticleDoc, para: int, places: Mapping[Loc, str], own: str | None) -> str | None:
    named = {c for loc, c in places.items() if loc.para == para}
    for actor in art.actors:
        if actor.country is not None and any(loc.para == para for loc in actor.mentions):
            named.add(actor.country)
    named.discard(own or "")
    return next(iter(named)) if len(named) == 1 else None


def _story_country(art: ArticleDoc, places: Mapping[Loc, str], own: str | None) -> str | None:
    counts: Counter[str] = Counter(places.values())
    for actor in art.actors:
        if actor.country is not None and actor.type != "igo":
            counts[actor.country] += len(actor.mentions)
    counts.pop(own or "", None)
    return counts.most_common(1)[0][0] if counts else None
