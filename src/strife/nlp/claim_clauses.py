"""A claim a speaker answers: ``The ministry denied reports that the talks had stalled``, ``He disputed
Israel's claim that the shells came from the school``. The parser hangs the that-clause on the noun for
what others claim (``speech_cues.tsv`` use ``contested``), the verb's object; the verb's subject speaks
the clause (denying or confirming it), as in ``The ministry denied that the talks had stalled``.

Not a relative clause of the noun (``denied the reports that the agency published``): "that" must open
the clause, the clause needs a subject of its own, and a verb of putting out or saying words there
needs an object of its own (else "that" is that object).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.cues import SpeechCues
from strife.nlp.document import child_with, children

_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_CLAUSES = frozenset({"acl", "relcl", "ccomp"})
_NONE = frozenset({"no", "neither"})
_VERBS = frozenset({"VERB", "AUX"})
_OBJECTS = ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass")


def claim_clause(verb: Token, cues: SpeechCues) -> Token | None:
    """The that-clause of the claim the speech verb ``verb`` takes as its object, else ``None``."""
    obj = child_with(verb, ("dobj",))
    subject = child_with(verb, ("nsubj",))
    det = child_with(subject, ("det",)) if subject is not None else None
    if det is not None and det.lower_ in _NONE:
        return None  # "Neither bank confirmed rumours that …": no one confirmed anything
    if obj is None or obj.i < verb.i or obj.lemma_.lower() not in cues.contested:
        return None
    for clause in children(obj):
        mark = child_with(clause, ("mark",))
        if clause.dep_ not in _CLAUSES or clause.pos_ not in _VERBS or clause.i < obj.i:
            continue
        if mark is None or mark.lower_ != "that":
            continue
        if mark.i == clause.left_edge.i and child_with(clause, _SUBJECTS) is not None:
            return None if _relative(clause, cues) else clause
    return None


def _relative(clause: Token, cues: SpeechCues) -> bool:
    """``the reports that the agency published``, ``the claims that he made``: "that" is the object of a
    verb that puts words out or hears them, with nothing that completes it instead ("run aground")."""
    lemma = clause.lemma_.lower()
    wordy = lemma in cues.authoring or lemma in cues.speech or lemma in cues.perception
    return wordy and child_with(clause, _OBJECTS) is None and child_with(clause, ("advmod", "prt")) is None
