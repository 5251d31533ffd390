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
from strife.events.roles import Party
from strife.nlp.document import with_joined

_FORCE = frozenset({"18", "19", "20"})
_MEANS_PREPS = frozenset({"in", "during", "by", "with"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_NOUNS = frozenset({"NOUN", "PROPN"})
_LOCUS_PREPS = frozenset({"on", "in", "against"})
_LOCUS_ENTITIES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
_OWNERS = frozenset({"poss", "compound", "amod", "nmod"})


def attack_told(head: Token, code: str, cues: EventCues, located: bool | None = None) -> bool:
    """Whether a use of force (a verb of roots 18–20) is told through the attack that did it: the
    subject of the verb, or the object of its "in/during/by/with" (or of the verb it is joined to,
    "were killed and dozens hurt in a bombing"), is an attack (:func:`is_attack`). A noun of force is
    one when it is a :func:`located_attack` (``located``: that answer for ``head``, when the caller
    has it already)."""
    if code[:2] in _FORCE and head.pos_ in _NOUNS:
        return located_attack(head, cues) if located is None else located
    if code[:2] not in _FORCE or head.pos_ != "VERB" or head.dep_ == "acl":
        return False  # not "a soldier wounded in the ambush is recovering": who the soldier is
    for verb in {v.i: v for v in (*with_joined(head), *_joined_to(head))}.values():
        for child in verb.children:
            if child.dep_ == "nsubj" and is_attack(child, cues):
                return True  # "a bomb explosion killed three soldiers"
            if _means_prep(child) and any(o.dep_ == "pobj" and is_attack(o, cues) for o in child.children):
                return True  # "were killed in a shooting", "wounded by a roadside bomb"
    return False


def located_attack(noun: Token, cues: EventCues) -> bool:
    """An attack told as a noun with a named place, target or author: an ``attack_noun`` with an
    "on/in/against" phrase naming a place or an organisation ("the attack on Camp Hurriya", "the
    attacks in Paris", "the bombing in the Karrada district of Baghdad") or an owner or modifier naming
    a people, state or group ("the Israeli attack", "ISIL's attacks"): that attack, an event even
    when it is what someone condemns or responds to; "the attack", "the shooting" alone stay the topic."""
    if noun.pos_ not in _NOUNS or not cues.has("attack_noun", noun):
        return False
    for child in noun.children:
        if child.dep_ in _OWNERS and child.ent_type_ in _LOCUS_ENTITIES:
            return True  # "the Israeli attack", "ISIL's attacks"
        if _locus(child):
            return True  # "the attack on a market in Kabul"
    return False


def _locus(child: Token) -> bool:
    """An "on/in/against" phrase naming a place or an organisation."""
    if child.dep_ != "prep" or child.lower_ not in _LOCUS_PREPS:
        return False
    return any(t.ent_type_ in _LOCUS_ENTITIES for t in child.subtree)


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


def own_authors(noun: Token, sources: list[Party], cues: EventCues) -> list[Party]:
    """The sources of a located attack noun (:func:`located_attack`) named inside its own phrase
    ("the Israeli attack on the school"): not the subject of the verb it is the object of ("the
    minister condemned the attack in Kabul": the minister condemns, no one named attacks), unless
    that verb carries the attack ("the rebels launched an attack on the town") or it is no verb
    ("Al-Shabaab was responsible for the attack on the town"), or it kills or shoots in it ("troops
    killed 40 people during an attack on a school")."""
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    if governor.pos_ != "VERB" or cues.has("light", governor) or killed_in(noun, cues):
        return sources  # "Al-Shabaab was responsible for the attack on the town": its author
    inside = range(noun.left_edge.i, noun.right_edge.i + 1)
    return [p for p in sources if p.loc is not None and p.loc.start in inside]


def killed_in(noun: Token, cues: EventCues) -> bool:
    """An attack noun "in/during" which a verb of killing or shooting is told ("killed 40 people during
    an attack on a school"): who kills made the attack."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "during")
        and cues.has("attack_noun", noun)
        and cues.has("lethal", noun.head.head)
    )
