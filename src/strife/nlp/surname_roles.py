"""A surname two people of one article share, read by the part its clause gives it.

A crime story names the accused and the victim, often of one family ("Daniel Gomes is accused of
killing his wife, Katherine Gomes"). A bare "Gomes" that is arrested, charged or convicted (an
``allegation`` verb of ``role_cues.tsv``: its passive subject or its object) is not the one harmed
before it: the passive subject or object of a ``harmed`` verb ("was killed", "was found dead",
"killing Katherine Gomes", "his wife, Katherine Gomes" in apposition to such an object) or the subject
of a ``perish`` verb ("died"). A bare "Gomes" dead (a ``fatal`` verb's: "was killed", "was found dead",
or "died") is, in turn, not the one arrested or accused before it; one merely harmed may be ("police
shot Gomes" after "Gomes was charged"). Where every sharer fits, or none does, the clause says
nothing and the usual reading holds (:meth:`strife.nlp.people.PersonCoder.find_person`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from strife.events.role_cues import RoleCues
from strife.nlp.document import ArticleDoc

__all__ = ["accused", "harmed", "sharers_that_fit"]

_DONE_TO = frozenset({"nsubjpass", "dobj"})
_STATE_OF = frozenset({"oprd", "acomp"})  # "was found dead", "lay dead"


def _done_to(tok: Token) -> Token:
    """The token whose place in the clause says what is done to ``tok``: the noun it is in apposition
    to ("his wife, Katherine Gomes": the wife)."""
    return tok.head if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN") else tok


def accused(tok: Token, cues: RoleCues) -> bool:
    """``tok`` is arrested, charged, accused or sentenced: the passive subject or the object of an
    ``allegation`` verb ("Gomes was arrested", "police charged Gomes")."""
    tok = _done_to(tok)
    return tok.dep_ in _DONE_TO and cues.has("allegation", tok.head)


def harmed(tok: Token, cues: RoleCues, role: str = "harmed") -> bool:
    """``tok`` is harmed: the passive subject or object of a ``harmed`` verb, found in a harmed state
    ("was found dead"), or the subject of a ``perish`` verb ("died"); with ``role`` "fatal", killed or
    dead only."""
    tok = _done_to(tok)
    verb = tok.head
    if tok.dep_ == "nsubj" and cues.has("perish", verb):
        return True
    if tok.dep_ not in _DONE_TO:
        return False
    return cues.has(role, verb) or (
        tok.dep_ == "nsubjpass" and any(c.dep_ in _STATE_OF and cues.has(role, c) for c in verb.children)
    )


def dead(tok: Token, cues: RoleCues) -> bool:
    """``tok`` is killed, found dead or died: the one harmed who can be no one arrested later."""
    return harmed(tok, cues, "fatal")


def sharers_that_fit(art: ArticleDoc, found: list[int], tok: Token, para: int, cues: RoleCues) -> list[int]:
    """The people of ``found`` (who share the surname ``tok``) whose part fits the clause of ``tok``: not
    the harmed for one arrested or charged, not the accused for one harmed; all of them where the
    clause takes no such part or the part rules out every one."""
    if len(found) < 2:
        return found
    unfit: Callable[[Token, RoleCues], bool] | None = (
        harmed if accused(tok, cues) else accused if dead(tok, cues) else None
    )
    if unfit is None:
        return found
    kept = [
        i
        for i in found
        if not any(
            unfit(art.docs[m.para][m.start : m.end].root, cues)
            for m in art.actors[i].mentions
            if (m.para, m.start) < (para, tok.i)
        )
    ]
    return kept or found
