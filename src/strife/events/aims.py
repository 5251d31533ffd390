"""What a protest is for: CAMEO splits demonstrations, hunger strikes, strikes and boycotts, blockades
and riots (141-145) by their aim — a change of leader (…1), of policy (…2), rights (…3), or a change
of institutions or regime (…4).

The aim is read around the protest word, nearest first, in what hangs off it (its object, its "over/
against/in protest of" phrase, the clause that says why: "calling for independence", "to press their
demands for greater freedom", "saying he must resign"), never in its subject:

- an action coded there whose code already carries the aim — the appeals, demands, concessions,
  intents and rejections of CAMEO's own four-way split (024x, 034x, 083x, 104x, 123x: "calling for
  the removal of the president" is 0241, so the protest is for a change of leader);
- else a word of the aim (``event_cues.tsv`` roles ``aim_leader``, ``aim_policy``, ``aim_rights``,
  ``aim_regime``): "riots against military policies", "blocked roads to demand more freedom".

A protest whose code already has four digits, or with no aim found, keeps its code.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from strife.events.modality import EventCues

_PROTESTS = frozenset({"141", "142", "143", "144", "145"})
#: Codes whose last digit is CAMEO's aim: 1 leader, 2 policy, 3 rights, 4 institutions or regime.
_AIMED = frozenset({"024", "034", "083", "104", "123"})
_AIM_ROLES = (("aim_leader", "1"), ("aim_policy", "2"), ("aim_rights", "3"), ("aim_regime", "4"))
_NOT_AIM = frozenset({"nsubj", "nsubjpass", "csubj", "punct", "cc", "det"})  # the protesters are no aim
_MAX_DEPTH = 4


def aimed_protest(head: Token, code: str, cues: EventCues, code_at: Callable[[Token], str | None]) -> str:
    """``code`` with the aim of the protest at ``head`` as its fourth digit, when it is a three-digit
    protest code (141-145) and an aim is found; otherwise ``code``. ``code_at`` gives the CAMEO code
    of the action at a token, if any."""
    if code not in _PROTESTS:
        return code
    aim = _aim(head, cues, code_at)
    return code + aim if aim else code


def _aim(head: Token, cues: EventCues, code_at: Callable[[Token], str | None]) -> str | None:
    layer = [c for c in head.children if c.dep_ not in _NOT_AIM]
    for _ in range(_MAX_DEPTH):
        for tok in layer:
            found = _aim_of(tok, cues, code_at)
            if found:
                return found
        layer = [c for tok in layer for c in tok.children if c.dep_ not in _NOT_AIM]
    return None


def _aim_of(tok: Token, cues: EventCues, code_at: Callable[[Token], str | None]) -> str | None:
    code = code_at(tok)
    if code is not None and len(code) == 4 and code[:3] in _AIMED:
        return code[3]
    for role, aim in _AIM_ROLES:
        if cues.has(role, tok):
            return aim
    return None
