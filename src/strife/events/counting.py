"""Which events an analyst counts: real actions between parties that place them in a dyad.

An :class:`~strife.record.Event` is *counted* (its ``coded`` flag: series, alerts and ``strife events``
take it by default) when

- it happened, or is said to have happened: an action that is only possible, proposed or empowered
  (``hypothetical``: "Ukraine potentially joining", "attacks …, as the draft proposes") or still to
  come (``future``, ``intended`` — what the coder did not read as an intent 03x or a threat 13x,
  which are themselves real acts) is kept in the record but not counted, nor is an act that did not
  happen ("did not attack", "foiled the attack", "were reluctant to criticise": ``negated``) — except a
  negated rejection ("did not rule out talks", CAMEO 12): declining to reject is itself a signal;
- a side has a country or an organisation's own code (:func:`strife.record.places_event`), and that
  side is not a company: a business story ("Microsoft released a patch", chip makers' market shares)
  is no political event, while a company's act on a state ("Gazprom halted gas to Ukraine") counts
  through the state.
"""

from __future__ import annotations

from strife.record import Actor, Modality, places_event

#: Modalities of actions that have not happened.
UNREAL: frozenset[Modality] = frozenset({"hypothetical", "future", "intended"})
_BUSINESS_SECTORS = frozenset({"BUS", "MNC"})
_REJECT = "12"


def counted(source: Actor | None, target: Actor | None, modality: Modality, root: str) -> bool:
    """Whether an event with these parties, modality and CAMEO root is one series and alerts count."""
    if modality in UNREAL or (modality == "negated" and root != _REJECT):
        return False
    return any(
        a is not None and places_event(a.code, a.country) and not business(a) for a in (source, target)
    )


def business(actor: Actor) -> bool:
    """A company: a multinational's code (``MNCUSA``) or a business sector."""
    code = actor.code or ""
    return code.startswith("MNC") or actor.sector in _BUSINESS_SECTORS or code[3:6] in _BUSINESS_SECTORS
