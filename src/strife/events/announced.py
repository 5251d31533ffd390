"""Acts made known by the side that did them: "police announced the arrest of three men", "the army
confirmed the capture of the town". A nominal act that is the object of a speech verb is usually what is
talked about ("condemned the arrest"), but one of the law's hold, of force or of a release that a verb of
disclosure (cue words: ``data/event_cues.tsv``, role ``disclosure``) takes as its direct object is told as
done, and the event coder keeps it: its doer is named by the noun itself ("the arrest of X by border
guards") or else is the announcer (:meth:`strife.events.drafting.Drafter`'s carrier verbs).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.modality import EventCues
from strife.nlp.document import first_conjunct

__all__ = ["announced_act", "talking_verb"]

_DONE_ACTS = ("17", "18", "19", "20", "0841")  # coercion and arrest, force, a release of people held
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_LABEL_CLIMB = 4  # "described [the raid [on [his home]]] as …"


def announced_act(head: Token, code: str, cues: EventCues) -> bool:
    """Whether ``head`` is a nominal act of ``code`` made known as done by its verb's subject."""
    if head.pos_ not in _NOUN_POS or not code.startswith(_DONE_ACTS):
        return False
    noun = first_conjunct(head)  # "announced the arrest and the detention of …"
    return noun.dep_ == "dobj" and cues.has("disclosure", noun.head)


def talking_verb(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is: its direct or passive object ("condemned the bombing", "the
    bombing was condemned by Kenya"), the object of its own preposition ("spoke of an invasion"), or the
    name an object is given "as", which the parser hangs on that object ("described the raid as a
    massacre by soldiers", "characterized the inquiry as persecution by prosecutors": what it calls it)."""
    if noun.dep_ in ("dobj", "oprd", "nsubjpass"):
        return noun.head
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "as" and prep.dep_ == "prep":
        return _labelling_verb(prep.head) or prep.head
    return prep.head


def _labelling_verb(tok: Token) -> Token | None:
    """The verb of the object an "as" name hangs on, through the object's own phrases ("described the raid
    on his home as harassment": "as" on "home"); None when the "as" hangs on no object."""
    for _ in range(_LABEL_CLIMB):
        if tok.dep_ == "dobj":
            return tok.head
        if tok.dep_ not in ("pobj", "prep") or tok.head is tok:
            return None
        tok = tok.head
    return None
