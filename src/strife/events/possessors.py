"""Whose thing an "its" or "their" names: the last state or organisation named before it in the sentence
("The FSB said its border guards detained …"), never the one that obstructs the thing.

A possessive on the object of a verb of obstructing (``obstruct`` in ``data/role_cues.tsv``) is not who
obstructs it: "the administration's attempts to block its investigation" is another body's inquiry (one
does not block one's own), so the owner is looked for before that agent, back through the paragraph
("The FBI opened an inquiry. The White House tried to block its investigation": the FBI's).

An "its" or "their" in a phrase put before the subject of its sentence is that subject's, named after
it ("Under pressure from the White House to drop its inquiry, the FBI …": the FBI's; "In its annual
report, the IMF said …"), not the body the phrase names before it.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.role_cues import RoleCues
from strife.nlp.document import ArticleDoc, fronted_subject

__all__ = ["possessor"]

_OWNERS = frozenset({"state", "igo", "organization", "group"})
_SUBJECTS = frozenset({"nsubj"})
_CLAUSES = frozenset({"xcomp", "acl"})  # "tried to block", "attempts to block"


def possessor(art: ArticleDoc, para: int, tok: Token, cues: RoleCues) -> int | None:
    """The actor an "its/their" at ``tok`` stands for, or None."""
    fronted = _fronted_owner(art, para, tok)
    if fronted is not None:
        return fronted
    blockers = _obstructors(art, para, tok, cues)
    before = tok.doc[: tok.i] if blockers else tok.doc[tok.sent.start : tok.i]
    for prev in reversed(before):
        hit = art.actor_at(para, prev)
        if hit is not None and art.actors[hit[0]].type in _OWNERS and hit[0] not in blockers:
            return hit[0]
    return None


def _obstructors(art: ArticleDoc, para: int, tok: Token, cues: RoleCues) -> set[int]:
    """Who obstructs the thing ``tok`` owns: the subject of the obstructing verb, or of the clause or
    the possessor of the noun ("attempts", "bid") its to-clause hangs on."""
    thing = tok.head
    verb = thing.head
    if tok.dep_ != "poss" or thing.dep_ != "dobj" or not cues.has("obstruct", verb):
        return set()
    if cues.has("boundary", thing):
        return set()  # "blocked its border": its own
    agents = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not agents and verb.dep_ in _CLAUSES:
        agents = [c for c in verb.head.children if c.dep_ in _SUBJECTS or c.dep_ == "poss"]
    hits = (art.actor_at(para, a) for a in agents)
    return {hit[0] for hit in hits if hit is not None}


def _fronted_owner(art: ArticleDoc, para: int, tok: Token) -> int | None:
    """The state or organisation named as the main verb's subject after the fronted phrase that holds
    ``tok`` ("Under pressure … to drop its inquiry, the FBI was …"), or None."""
    subject = fronted_subject(tok)
    if subject is None:
        return None
    hit = art.actor_at(para, subject)
    return hit[0] if hit is not None and art.actors[hit[0]].type in _OWNERS else None
