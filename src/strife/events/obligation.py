"""Whether an action is said with obligation: what must be done, not what is done.

"Israel must withdraw", "it is imperative to reopen the crossings", "the need for sanctions", "it is
necessary for Israel to withdraw": the action is what someone says has to happen (a demand on the other
side, or the speaker's own intent).
A thing said to be needed *for* an action is a precondition, not the action: "better intelligence
was needed for a land attack on the bases to be considered" asks for intelligence; the attack is
only what it would serve, and no one is asked to make it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from strife.events.modality import EventCues

_MAX_CLIMB = 6
_CLIMB = frozenset({"conj", "xcomp", "pobj", "prep", "dobj", "acl"})  # the path up to the word of need
_UNDER_NEED = frozenset({"xcomp", "acl", "pobj", "prep", "ccomp"})  # how the action hangs on that word
_EXPLETIVE = frozenset({"it", "there", "this", "that", "what"})  # "it is vital to …": no thing needed


def obliged(head: Token, cues: EventCues) -> bool:
    """'must/should X', 'imperative to X', 'the need for X' (climbing coordination); not 'Y is
    needed for X' (Y is what must be had, X what it serves)."""
    tok = head
    for _ in range(_MAX_CLIMB):
        if any(c.dep_ == "aux" and cues.has("necessity", c) for c in tok.children):
            return True
        up = tok.head
        if up.i == tok.i:
            return False
        if (tok.dep_ in _UNDER_NEED or _for_clause(tok)) and _obliges(up, cues):
            return not _needed_for(tok, up)
        if tok.dep_ not in _CLIMB:
            return False
        tok = up
    return False


def _for_clause(tok: Token) -> bool:
    """'it is necessary for Israel to withdraw': the parser hangs the "for X to V" clause as advcl;
    it names who must act as "Israel must withdraw" does."""
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)


def _obliges(tok: Token, cues: EventCues) -> bool:
    """'imperative', 'need', or 'it is imperative': the word or its adjective complement."""
    if cues.has("necessity", tok):
        return True
    return any(c.dep_ in ("acomp", "attr") and cues.has("necessity", c) for c in tok.children)


def serves_need(head: Token, cues: EventCues) -> bool:
    """The action is what a thing said to be needed would serve ("intelligence was needed for an
    attack on the bases", "troops are needed to retake the town"): only a prospect, not done."""
    tok = head.head if head.dep_ == "pobj" and head.head.lower_ == "for" else head
    return tok.i != tok.head.i and _obliges(tok.head, cues) and _needed_for(tok, tok.head)


def _needed_for(tok: Token, need: Token) -> bool:
    """'intelligence was needed for an attack' / 'troops are needed to attack': the passive verb
    of need has its own subject, the thing needed, and the action is only its purpose."""
    if need.pos_ != "VERB" or tok.dep_ not in ("prep", "xcomp", "advcl"):
        return False
    return any(c.dep_ == "nsubjpass" and c.lower_ not in _EXPLETIVE for c in need.children)
