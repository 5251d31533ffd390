"""Whom an act drives to act: "shelled the village, forcing residents to flee" was done to the residents.

A participle of coercion (``driving`` in ``data/role_cues.tsv``: force, compel, drive, oblige) set after an
act that names no target of its own, with its own object and what that object is made to do ("to flee",
"from their homes", "out"), tells whom the act fell on: "police fired tear gas, forcing the crowd to
disperse" (the crowd), "the warship fired warning shots, forcing the pirates to surrender" (the pirates).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Token

from strife.events.role_cues import RoleCues

P = TypeVar("P")
_DRIVEN = frozenset({"xcomp", "ccomp", "prt"})  # "forcing X to flee", "driving X out"
_AWAY = frozenset({"from", "out", "into", "across"})  # "driving X from their homes", "into hiding"
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def driven_off(verb: Token, cues: RoleCues, agent: Callable[[Token], list[P]]) -> list[P]:
    """The parties of the object of a coercion participle on ``verb`` ("…, forcing the pirates to give
    up"), unnamed groups made actors by ``agent`` ("residents", "the crowd"); none when the participle
    has a subject of its own ("…, with the clashes forcing X to …") or says nothing the object is made
    to do ("forcing a vote": no one driven)."""
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBG" or not cues.has("driving", clause):
            continue
        if any(c.dep_ in _SUBJECTS for c in clause.children) or not _drives(clause):
            continue
        found = [p for o in _driven(clause) for p in agent(o)]
        if found:
            return found
    return []


def _driven(clause: Token) -> list[Token]:
    """The participle's object, or the subject the parser gave its to-clause ("forcing hundreds of
    protesters to flee" read as a clause of its own)."""
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    told = (s for c in clause.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj")
    return objects or list(told)


def _drives(clause: Token) -> bool:
    """The participle says what its object is made to do or where it is driven."""
    return any(c.dep_ in _DRIVEN or (c.dep_ == "prep" and c.lower_ in _AWAY) for c in clause.children)
