"""What a verb of sending moves, and who does what is sent to do.

- The object of a verb of sending that is an unnamed group of the senders' own country (or of none) is
  what is moved, no target: "Germany sent 500 soldiers to Mali" (DEUMIL is sent, not attacked).
- A passive of sending with no sender named makes the ones sent the doers of what they are sent for:
  "soldiers were deployed to rescue victims" (the forces give the aid), "investigators for the FBI were
  dispatched to the scene" (the FBI investigates; it is not what is investigated); forces deployed or put
  on alert show their own force ("Kenyan troops were deployed to the border": KENMIL, no target).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from strife.events.roles import Party
from strife.nlp.document import ArticleDoc, first_conjunct

_FORCES = frozenset({"MIL", "COP"})  # who is deployed
_RELIEF = "073"  # forces deployed for rescue or relief give humanitarian aid
_POSTURE = "15"  # armed forces deployed, mobilized or put on alert show their own side's force
_ARMED = "MIL"
_INVESTIGATE = "090"  # investigators sent investigate
_OWNERS = frozenset({"of", "for", "from"})  # "hundreds of troops", "investigators for the FBI"


def sent(art: ArticleDoc, head: Token, party: Party, senders: Sequence[Party]) -> bool:
    """An unnamed group of no country, or of the senders' own country, that is the object of a verb of
    sending ("Germany sent 500 soldiers", DEUMIL): what is sent, not whom it is sent to."""
    actor = art.actors[party.actor]
    own = {art.actors[p.actor].country for p in senders} - {None}
    if party.loc is None or actor.type != "group" or (actor.country and actor.country not in own):
        return False
    if not actor.country and actor.code and not actor.code.startswith("---"):
        return False  # a named organisation ("sent the UN mission") is a party
    word = head.doc[party.loc.end - 1]
    return word.dep_ == "dobj" and word.head.i == head.i


def sent_doers(
    art: ArticleDoc, head: Token, code: str, targets: Sequence[Party], matched: Sequence[int]
) -> list[Party]:
    """The parties a passive verb of sending with no sender named sends to do the act: forces deployed for
    relief; armed forces of a named state deployed, mobilized or put on alert at all ("Kenyan troops were
    deployed to the border", "the army was placed on high alert": they show their force, no one's force
    is shown them; "a warship was deployed" and police posted stay as read); the body of investigators
    dispatched, when the pattern's own noun names them ("the company was investigated" keeps the
    company a target)."""
    if code == _RELIEF or code.startswith(_POSTURE):
        forces = [
            t for t in targets if _sent_word(head, t) is not None and art.actors[t.actor].sector in _FORCES
        ]
        if code == _RELIEF:
            return forces
        armed = [t for t in forces if art.actors[t.actor].sector == _ARMED]  # police posted: procedure.py
        return armed if all(art.actors[t.actor].country for t in armed) else []  # not "a warship"
    if code != _INVESTIGATE or head.pos_ not in ("VERB", "AUX"):
        return []
    return [t for t in targets if (word := _sent_word(head, t)) is not None and word.i in matched]


def _sent_word(head: Token, party: Party) -> Token | None:
    """The passive subject of the head that names the party, itself, through an "of", "for" or "from"
    noun, or as a conjunct ("hundreds of troops were deployed", "police and troops were deployed")."""
    if party.loc is None:
        return None
    word = head.doc[party.loc.end - 1]
    while word.dep_ == "pobj" and word.head.lower_ in _OWNERS and word.head.head.i != head.i:
        word = word.head.head
    word = first_conjunct(word)
    return word if word.dep_ == "nsubjpass" and word.head.i == head.i else None
