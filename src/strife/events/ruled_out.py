"""Actions a sentence names without telling them as done: what a right or power allows ("no authority to
arrest him"), what is forbidden, held back or stopped ("barred the police from detaining journalists"), and
an act told as the setting of a defendant's or witness's plea ("argued he was insane when he shot …").
The event coder reads no event from them (cue words: ``data/event_cues.tsv``)."""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues, intent_noun
from strife.nlp.document import first_conjunct

__all__ = ["entitled", "forbidden", "pleaded_setting"]

_SETTING = frozenset({"when", "while"})


def entitled(head: Token, cues: EventCues) -> bool:
    """The action is what a right or power allows ("they have every right to protest", "no authority
    to arrest him", "gave police the power to detain"): a right, not an act."""
    noun = intent_noun(head) if head.pos_ == "VERB" else None
    return noun is not None and cues.has("entitlement", noun)


def forbidden(head: Token, cues: EventCues) -> bool:
    """The action is one a verb of forbidding or holding back (``forbid``) rules out, its "from" gerund
    ("barred the police from detaining journalists", "urged both sides to refrain from attacking"),
    or the gerund a verb of stopping (``halting``) governs ("warned him to stop talking"): what is
    forbidden or stopped, not an act."""
    tok = first_conjunct(head) if head.pos_ == "VERB" else None
    if tok is not None and tok.dep_ == "xcomp" and tok.tag_ == "VBG":
        return cues.has("halting", tok.head)  # "warned him to stop talking": the act stopped
    return (
        tok is not None
        and tok.dep_ == "pcomp"
        and tok.head.lower_ == "from"
        and cues.has("forbid", tok.head.head)
    )


def pleaded_setting(head: Token, cues: EventCues) -> bool:
    """An act told as the setting of what a defendant or witness argues ("who argued he was insane
    when he carried out the killings", "testified that she was asleep when the guards were shot"):
    inside a "when/while" clause of a clause that a plea verb governs, it is the case's background,
    not a new act the article reports."""
    for tok in [head, *head.ancestors]:
        if tok.dep_ == "advcl" and any(
            c.lower_ in _SETTING and c.dep_ in ("advmod", "mark") for c in tok.children
        ):
            clause = tok.head
            while clause.dep_ in ("conj", "ccomp") and not cues.has("plea", clause.head):
                clause = clause.head
            return clause.dep_ == "ccomp" and cues.has("plea", clause.head)
    return False
