"""Actions a sentence names without telling them as done: what a right or power allows ("no authority to
arrest him"), what is forbidden, held back or stopped ("barred the police from detaining journalists"), and
an act told as the setting of a defendant's or witness's plea ("argued he was insane when he shot …"), and
a view taken ("has taken the position that …", "took a tough stance on Iran"), no ground taken.
The event coder reads no event from them (cue words: ``data/event_cues.tsv``)."""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues, intent_noun
from strife.nlp.document import first_conjunct

__all__ = ["entitled", "forbidden", "opinion_topic", "pleaded_setting", "view_taken"]

_SETTING = frozenset({"when", "while"})
_SEIZED = "19"  # occupy territory: "took the position" (192)
_CLAUSES = frozenset({"acl", "relcl", "ccomp"})
_TOPIC_PREPS = frozenset({"on", "toward", "towards", "regarding", "about", "over"})
_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_THAT_DEPS = frozenset({"dobj", "nsubj"})  # the parser reads a "that" clause's "that" as them too


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


def view_taken(head: Token, code: str, cues: EventCues) -> bool:
    """Ground taken (19) whose object is a noun of a view (``view``: position, stance) with a "that"
    clause or a topic ("has taken the position that talks must resume", "took a tough position on
    Uganda"): a view held, no ground seized ("took the rebel positions on the ridge" is)."""
    if not code.startswith(_SEIZED) or head.pos_ != "VERB":
        return False
    views = [c for c in head.children if c.dep_ == "dobj" and cues.has("view", c)]
    return any(_clause_of(v) or _topic_of(v, cues) for v in views)


def _clause_of(noun: Token) -> bool:
    """A clause on the noun opened by "that": its mark ("the position that talks must resume"), or a
    "that" the parser reads as its object or subject in a clause with a modal, a "not" or "be" ("the
    position that we should talk"); "the position that the rebels had held" is a place."""
    clauses = [c for c in noun.children if c.dep_ in _CLAUSES]
    return any(
        t.lower_ == "that" and (t.dep_ == "mark" or (t.dep_ in _THAT_DEPS and _stated(c)))
        for c in clauses
        for t in c.children
    )


def _stated(clause: Token) -> bool:
    """A clause with a modal auxiliary, a negation or "be" as its verb: a view stated, not a relative of a
    place ("the position that's a valid offense")."""
    return clause.lemma_ == "be" or any(c.tag_ == "MD" or c.dep_ == "neg" for c in clause.children)


def _topic_of(noun: Token, cues: EventCues) -> bool:
    """A topic on the noun: "on/toward/over" a named state, people or body, or an abstract noun."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS]
    topics = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return any(t.ent_type_ in _NAMED or cues.has("abstract", t) or cues.has("dispute", t) for t in topics)


def opinion_topic(head: Token, cues: EventCues) -> bool:
    """A gerund that is what a view, an opinion or advice is "on/about" ("appointed to give opinions on
    prosecuting the leaders", "her stance on deporting migrants"): a topic, no act done."""
    prep = head.head
    if head.tag_ != "VBG" or head.dep_ != "pcomp" or prep.lower_ not in _TOPIC_PREPS:
        return False
    held = prep.head
    nouns = [held] if held.pos_ == "NOUN" else [c for c in held.children if c.dep_ == "dobj"]
    return any(cues.has("view", n) for n in nouns)
