"""Which arm a use of force is told with: CAMEO splits fighting by its means, so a generic attack (190)
or small-arms fire (193) whose doer is a warplane, a drone or a helicopter gunship is the use of aerial
weapons (195), and one by tanks or artillery is fighting with artillery and tanks (194) ("Israeli tanks
fired on the town", "warplanes attacked a convoy", "artillery fire hit the camp", "shelled the town
using howitzers"). The arms are the words of ``data/event_cues.tsv`` with the roles ``air_arm`` and
``heavy_arm``; they are read only where they name the means: the subject of the act, its "by" agent,
a word modifying a noun act ("tank fire", "a helicopter attack"), the object of "using" or
"with", and a word modifying what a verb of firing shoots ("fired artillery rounds"). A target that is
a plane ("fired at a helicopter") changes nothing."""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.role_cues import RoleCues, wielded
from strife.events.speech import Draft

_GENERIC = frozenset({"190", "193"})  # CAMEO: any force, small arms
_AERIAL = "195"
_HEAVY = "194"
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_MEANS = frozenset({"with", "using"})  # "fired on the town with tanks", "using drones"
_OWN = frozenset({"conj", "compound"})  # the rest of the arm's phrase ("tanks and artillery")
_FIRING = frozenset({"fire", "launch", "lob"})  # verbs whose object is what is shot, never the target


def armed_code(draft: Draft, cues: EventCues, role_cues: RoleCues) -> str:
    """The draft's code, made 195 or 194 when a generic or small-arms attack names its aerial or heavy
    arm as the means."""
    if draft.code not in _GENERIC:
        return draft.code
    arms = _means(draft) + wielded(draft.head, role_cues)  # "shelled the town using howitzers"
    if any(cues.has("air_arm", t) for t in arms):
        return _AERIAL
    if any(cues.has("heavy_arm", t) for t in arms):
        return _HEAVY
    return draft.code


def _means(draft: Draft) -> list[Token]:
    """The words that may name the arm: the subject and its joined nouns, the "by" agent, the noun
    act's modifiers, the object of a means preposition and the projectile's modifiers (what a
    participle of using uses is :func:`strife.events.role_cues.wielded`'s)."""
    head = draft.head
    found: list[Token] = []
    if draft.subject is not None:
        found += [draft.subject, *(c for c in draft.subject.children if c.dep_ in _OWN)]
    for child in head.children:
        if child.dep_ in _MODIFIERS and head.pos_ in ("NOUN", "PROPN"):
            found.append(child)
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _MEANS):
            found += [c for c in child.children if c.dep_ == "pobj"]
        if child.dep_ == "dobj" and head.lemma_.lower() in _FIRING:  # "fired artillery rounds"
            found += [c for c in child.children if c.dep_ in _MODIFIERS]
    return found
