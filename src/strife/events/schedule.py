"""Acts set for a later day by a predicate adjective of prospect ("is due in court", "is due to appear
in court on Monday") or named as what a verb of setting a date sets ("the talks are scheduled for
Monday", "the attack was set for dawn": ``timetable`` in ``data/event_cues.tsv``): told as future,
and, being a date on a calendar, no one's stance (no threat or intent is composed of them, see
:mod:`strife.events.stance`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from strife.events.modality import EventCues

#: The links climbed from an act to the adjective that sets it: "due [in] court", "due [to] appear".
_SET_LINKS = frozenset({"pobj", "prep", "xcomp"})
_MAX_CLIMB = 4


def set_for_later(head: Token, cues: EventCues) -> bool:
    """``head`` hangs, by prepositions or a to-infinitive, from a predicate adjective of prospect, or is
    the passive subject of a ``timetable`` verb."""
    if timetabled(head, cues):
        return True
    tok = head
    for _ in range(_MAX_CLIMB):
        if tok.dep_ not in _SET_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "acomp" and tok.pos_ == "ADJ" and cues.has("prospect", tok):
            return True
    return False


def timetabled(head: Token, cues: EventCues) -> bool:
    """A nominal act that a ``timetable`` verb in the passive sets ("the trial was scheduled for May")."""
    verb = head.head
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return head.dep_ == "nsubjpass" and passive and cues.has("timetable", verb)
