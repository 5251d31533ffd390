"""An attack told without its author: force whose victims are counted or named while no one is named
doing it, told through the attack that did it.

"Two people were killed and a third wounded in a shooting at a warehouse", "a car bomb explosion
killed three soldiers", "four were hurt during a knife attack": the shooting, the explosion of a bomb,
the knife attack are someone's act, its author unknown. CAMEO coders code it (180, 183, 193 …) with no
sides, as they code "a camp was bombed". A toll told with no attack ("twelve people were killed"), one
told through an accident or a disaster ("killed in a gas explosion", "died in a fire") and a subject
that is only a thing ("the report hurt the minister") stay no event, and so does a participle
telling who someone is ("a soldier wounded in the ambush is recovering").

The attack nouns are the ``attack_noun`` and ``weapon`` words of ``data/event_cues.tsv``; an
explosion, blast or strike is an attack when an ``explosive`` word modifies it ("a bomb blast", "a
drone strike", "a suicide blast"), not a gas explosion.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.nlp.document import with_joined

_FORCE = frozenset({"18", "19", "20"})
_MEANS_PREPS = frozenset({"in", "during", "by", "with"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def attack_told(head: Token, code: str, cues: EventCues) -> bool:
    """Whether a use of force (a verb of roots 18–20) is told through the attack that did it: the
    subject of the verb, or the object of its "in/during/by/with" (or of the verb it is joined to,
    "were killed and dozens hurt in a bombing"), is an attack (:func:`is_attack`)."""
    if code[:2] not in _FORCE or head.pos_ != "VERB" or head.dep_ == "acl":
        return False  # not "a soldier wounded in the ambush is recovering": who the soldier is
    for verb in {v.i: v for v in (*with_joined(head), *_joined_to(head))}.values():
        for child in verb.children:
            if child.dep_ == "nsubj" and is_attack(child, cues):
                return True  # "a bomb explosion killed three soldiers"
            if _means_prep(child) and any(o.dep_ == "pobj" and is_attack(o, cues) for o in child.children):
                return True  # "were killed in a shooting", "wounded by a roadside bomb"
    return False


def is_attack(noun: Token, cues: EventCues) -> bool:
    """An attack noun ("shooting", "ambush"), a weapon ("a roadside bomb", "shelling"), or a noun an
    explosive word modifies ("a bomb blast", "a drone strike", "a car bomb explosion")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if cues.has("attack_noun", noun) or cues.has("weapon", noun):
        return True
    return any(c.dep_ in _MODIFIERS and cues.has("explosive", c) for c in noun.children)


def _means_prep(child: Token) -> bool:
    return child.dep_ in ("prep", "agent") and child.lower_ in _MEANS_PREPS


def _joined_to(head: Token) -> list[Token]:
    """The verbs joined to ``head`` ("were killed and three others wounded in a shooting")."""
    return [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
