"""A craft's heading changed is a maneuver, no change of policy; a craft rescued is no aid.

"Altered course", "reversed course" and "changed course" are CAMEO's change of policy (0832) when a
government or a party turns ("the government reversed course on the fuel tax"). Said of a ship, a
plane or a convoy they tell where it steers: the warship "altered course and launched its helicopter",
"the course of HMS Kent was altered to intercept the skiffs". A ``heading`` noun of
``data/event_cues.tsv`` (course, heading …) as the verb's object is a maneuver when the one that steers
(the verb's subject, the heading's "of" owner, or the subject of the verb it is joined to) is a
``craft`` word, or when the turn is made to close with someone (a "to" clause of a ``pursuit`` verb:
"altered course to confront the smugglers"). The act it is made for is coded on its own.

A craft rescued ("the navy rescued the ship", "had rescued two merchant vessels under attack") is a
ship saved from an attack or a wreck, no humanitarian aid (073) to anyone: a verb of rescue
(``relief``) whose every object is a ``craft`` word is no event of its own; "rescued the crew" and
"rescued 700 asylum seekers" stay aid.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues

_OBJECTS = frozenset({"dobj", "nsubjpass"})  # "altered course", "the course was altered"
_PURPOSE = frozenset({"advcl", "xcomp"})


def steered(head: Token, cues: EventCues) -> bool:
    """Whether the act at ``head`` is a craft's change of heading (see the module docs)."""
    if head.pos_ != "VERB":
        return False
    headings = [c for c in head.children if c.dep_ in _OBJECTS and cues.has("heading", c)]
    if not headings:
        return False
    if any(c.dep_ in _PURPOSE and cues.has("pursuit", c) for c in head.children):
        return True
    return any(cues.has("craft", s) for s in _steerers(head, headings))


def craft_rescued(head: Token, cues: EventCues) -> bool:
    """Whether the act at ``head`` is a rescue of craft only (see the module docs)."""
    if head.pos_ != "VERB" or not cues.has("relief", head):
        return False
    objects = [c for c in head.children if c.dep_ in _OBJECTS]
    return bool(objects) and all(cues.has("craft", o) for o in objects)


def _steerers(head: Token, headings: list[Token]) -> list[Token]:
    """The verb's subject (or that of the verb it is joined to) and the heading's "of" owner."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if not subjects and head.dep_ == "conj":
        subjects = [c for c in head.head.children if c.dep_ == "nsubj"]
    owners = [
        o
        for h in headings
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return subjects + owners
