"""Whom a complaint is aimed at when it is lodged with a body and the sentence names the accused.

"Khartoum submitted a complaint to the UN Security Council, accusing Juba of arming rebels": the Council
is where the complaint is lodged, Juba whom it is about. A disapproval (CAMEO 11x) whose only targets are
the objects of a "to/with/before" phrase on its verb or on the complaint noun, told with a participle
clause of allegation hanging on that verb ("accusing X of …", "blaming X for …"; ``allegation`` in
``data/role_cues.tsv``) whose object names someone, is aimed at that someone; so is one told with a
participle of claiming whose clause names who acts ("…, arguing that Juba was arming rebels"; ``allege`` in
``data/event_cues.tsv``).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.roles import Party, Roles

__all__ = ["accused_instead"]

_DISAPPROVE = "11"
_LODGED = frozenset({"to", "with", "before"})
_PARTICIPLE = frozenset({"VBG"})
_CLAUSES = frozenset({"advcl", "xcomp", "conj"})


def accused_instead(
    roles: Roles, head: Token, code: str, sources: list[Party], targets: list[Party]
) -> list[Party]:
    """The accused of a complaint lodged with a body, or ``targets`` unchanged."""
    if not code.startswith(_DISAPPROVE):
        return targets
    verb = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" else head
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    lodged = [
        o.i
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in _LODGED
        for o in p.subtree
    ]
    own = {s.actor for s in sources}
    if any(t.loc is None or t.loc.end - 1 not in lodged for t in targets if t.actor not in own):
        return targets  # a target named otherwise ("complained to Kenya about its troops"): kept
    accused = [p for clause in _allegations(roles, verb) for p in _objects(roles, clause)]
    return [p for p in accused if p.actor not in own] or targets


def _allegations(roles: Roles, verb: Token) -> list[Token]:
    """Participle clauses of allegation hanging on the verb ("…, accusing X of …", "…, arguing that …")."""
    return [
        c
        for c in verb.children
        if c.dep_ in _CLAUSES
        and c.tag_ in _PARTICIPLE
        and (roles.role_cues.has("allegation", c) or roles.cues.has("allege", c))
    ]


def _objects(roles: Roles, clause: Token) -> list[Party]:
    """The parties the allegation's direct object names, or the subject of the clause it claims."""
    named = [c for c in clause.children if c.dep_ == "dobj"]
    named += [s for c in clause.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    return [p for c in named for p in roles.agent(c)]
