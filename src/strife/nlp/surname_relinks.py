"""A bare surname given to a namesake before the one it names was known.

The actors step links every bare surname to a person named in full (:meth:`PersonCoder.surnames`). A
person the NER missed is added later, when met as a speaker ("Neighbour Ilse Keller said …", a name the
NER tagged nothing): by then a later "Keller" of the same story already went to the first Keller named
("police chief Arno Keller"), or made a person of its own, known by the surname alone ("Kyrtsos" after
"Giorgos Kyrtsos, publisher of …, said", the full name untagged). Once the new person is added:

- a person known by that surname alone, met only after the new name, is the new person: all its
  mentions, pronouns included, join them;
- a later bare surname another person of that surname holds moves to the new one where the new one is
  the namesake named last before it, in its sentence or the one before (the rule
  :meth:`PersonCoder.find_person` reads namesakes by). Only names count there, not the pronouns linked
  while the new person was unknown ("… Keller said she heard").

A quote already given the moved speaker (a marked quote of the paragraph, read before its reported
speech named the new person) follows the mention.
"""

from __future__ import annotations

from strife.nlp.actor_spans import reassign
from strife.nlp.document import ArticleDoc, Loc, close_by

__all__ = ["relink_surnames"]


def relink_surnames(art: ArticleDoc, idx: int, loc: Loc) -> None:
    """Give person ``idx``, newly named at ``loc``, the later mentions of their surname that stand
    for them: a person known by the surname alone after ``loc``, and the bare surnames a namesake
    holds where ``idx`` is the namesake named last just before them."""
    actor = art.actors[idx]
    if actor.type != "person" or " " not in actor.name:
        return  # a single name is no full name: its surname is no one else's
    surname = actor.surname
    sharers = [
        i for i, a in enumerate(art.actors) if i != idx and a.type == "person" and a.surname == surname
    ]
    for holder in sharers:
        mentions = art.actors[holder].mentions
        if " " not in art.actors[holder].name and all(_after(m, loc) for m in mentions):
            for mention in list(mentions):
                _move(art, mention, holder, idx)
    later = sorted(
        ((m.para, m.start), m, i)
        for i in sharers
        for m in art.actors[i].mentions
        if _after(m, loc) and _bare(art, m, surname)
    )
    for at, mention, holder in later:
        named = [
            ((m.para, m.start), i)
            for i in (idx, *sharers)
            for m in art.actors[i].mentions
            if (m.para, m.start) < at and _named(art, m)
        ]
        last_at, last = max(named)
        if last == idx and close_by(art, last_at, at):
            _move(art, mention, holder, idx)


def _move(art: ArticleDoc, mention: Loc, holder: int, idx: int) -> None:
    """The mention and the quotes its speaker spoke go from ``holder`` to ``idx``."""
    reassign(art, mention, idx)
    for quote in art.quotes:
        if quote.speaker == holder and quote.speaker_loc == mention:
            quote.speaker = idx
    if not art.actors[holder].mentions:  # a person known by the surname alone: all of theirs
        for quote in art.quotes:
            if quote.speaker == holder:
                quote.speaker = idx


def _after(mention: Loc, loc: Loc) -> bool:
    return (mention.para, mention.start) > (loc.para, loc.start)


def _bare(art: ArticleDoc, mention: Loc, surname: str) -> bool:
    """The mention is the surname alone ("Keller said"), not a full name of its own."""
    return mention.end - mention.start == 1 and art.docs[mention.para][mention.start].text == surname


def _named(art: ArticleDoc, mention: Loc) -> bool:
    """The mention names its person (a name, not a pronoun linked to them)."""
    return any(t.pos_ == "PROPN" for t in art.docs[mention.para][mention.start : mention.end])
