"""The sides of an attack fended off: "the warship repelled an attack on a merchant ship".

A verb of fending off (``repel`` in ``data/event_cues.tsv``: repel, thwart, foil, ward off …) is force
against the attackers, so the attack's author is its target, and the side the attack was aimed at is
defended, not a target. The author is read from the attack noun itself, its possessor, modifier or "by"
phrase ("thwarted the rebels' attack", "foiled an attack by gunmen"), a crime it is named by ("foiled a
piracy attempt": the pirates, ``---CRM``); with none there, an outlaw group (pirates, rebels, gunmen,
insurgents) the same sentence names outside the defended side ("the pirates had surrounded the vessel
when the warship warded off the attack").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.events.noun_roles import noun_parties
from strife.events.roles import Party, Roles
from strife.nlp.document import ArticleDoc
from strife.nlp.story_country import OUTLAW_SECTORS

__all__ = ["attackers", "defended"]

_AIMED = frozenset({"on", "against"})
Criminals = Callable[[ArticleDoc, int, Token], Party]


def _attacks(head: Token) -> list[Token]:
    """The attacks fended off: the verb's objects, or its passive subject ("the attack was foiled")."""
    found = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return [c for o in found for c in (o, *o.conjuncts)]


def defended(roles: Roles, head: Token) -> list[Party]:
    """The side an attack fended off was aimed at: "on/against X" of the verb's object ("repelled an
    attack on a merchant ship") is defended, not the target of the one who fends it off."""
    preps = [p for o in _attacks(head) for p in o.children if p.dep_ == "prep" and p.lower_ in _AIMED]
    return [party for p in preps for o in p.children if o.dep_ == "pobj" for party in roles.agent(o)]


def attackers(
    roles: Roles, head: Token, cues: EventCues, sources: list[Party], criminals: Criminals
) -> list[Party]:
    """The authors of the attack a ``repel`` verb fends off, the target of fending it off; none when
    the sentence names none."""
    if not cues.has("repel", head):
        return []
    shut = {p.actor for p in (*sources, *defended(roles, head))}
    for attack in _attacks(head):
        named = [p for p in noun_parties(roles, attack)[0] if p.actor not in shut]
        if named:
            return named[:1]
        for word in (m for m in attack.children if m.dep_ in ("compound", "amod")):
            if cues.has("crime", word):  # "foiled a piracy attempt": the pirates
                return [criminals(roles.art, roles.para, word)]
            outlaws = [p for p in roles.agent(word) if _outlaw(roles.art, p)]
            if outlaws:  # "a pirate attack", "a rebel raid"
                return outlaws
    return _outlaws_near(roles, head, shut) if _attacks(head) else []


def _outlaws_near(roles: Roles, head: Token, shut: set[int]) -> list[Party]:
    """An outlaw group the sentence names, nearest the verb first: who the attack must have been by."""
    art, sent = roles.art, head.sent
    seen: list[tuple[int, Party]] = []
    for tok in sent:
        hit = art.actor_at(roles.para, tok)
        if hit is None or hit[0] in shut or not _outlaw(art, Party(hit[0], hit[1])):
            continue
        if all(p.actor != hit[0] for _, p in seen):
            seen.append((abs(tok.i - head.i), Party(hit[0], hit[1])))
    return [min(seen, key=lambda s: s[0])[1]] if seen else []


def _outlaw(art: ArticleDoc, party: Party) -> bool:
    """Pirates, rebels, gunmen, insurgents: a group that attacks outside any state's forces."""
    return art.actors[party.actor].any_sector in OUTLAW_SECTORS
