"""The cue of a quoted fragment read as the words of its clause's subject (``The document “must be
completed in English”``, :meth:`CueFinder.clause_subjects`): only a verb of saying or describing is a
cue. A verb of moving or doing whose subject speaks (``went to the church to apologize in case the
damage was “in any way connected …”``) gives way to the speech verb its subject does as well, the
infinitive or clause it takes with no subject of its own ("to apologize"); with none, the quote has no
cue, though it keeps its speaker.

A fragment inside a relative clause with a subject of its own (:func:`in_own_relative`: ``Officials
estimated the fire caused damage to the church -- which Sarah hoped was not connected to the “negative
attention” she drew``) is no report of a speech verb above that clause: the words are read by that
clause's subject or an "according to" source, never the main clause's subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.cues import SpeechCues
from strife.nlp.document import child_with, children
from strife.nlp.labels import Cue

_DOING = ("xcomp", "advcl", "conj")  # "went … to apologize", "came forward and apologized"
_SUBJECTS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # "which", "who", "whose"


def said_cue(cue: Cue, cues: SpeechCues) -> Cue:
    """``cue`` when its verb says or describes; else the same speaker with its verb's own speech verb
    as the cue, or an empty cue text when it has none."""
    verb = cue.verb
    if verb is None or cues.is_speech(verb) or cues.is_description(verb):
        return cue
    for said in children(verb):
        if said.dep_ in _DOING and cues.is_speech(said) and child_with(said, _SUBJECTS) is None:
            return Cue(said.text, cue.para, cue.speaker, said)
    return Cue("", cue.para, cue.speaker, verb)


def in_own_relative(tok: Token, cue: Token) -> bool:
    """Whether a relative clause with a subject of its own (not the relative word) and no "that" the
    parser took for a mark stands on the path from ``tok`` up to its ancestor ``cue`` (``cue`` left
    out)."""
    while tok.i != cue.i and tok.head.i != tok.i:
        kids = children(tok) if tok.dep_ == "relcl" else []
        if any(c.dep_ in _SUBJECTS and c.tag_ not in _RELATIVE_TAGS for c in kids) and not any(
            c.dep_ == "mark" for c in kids
        ):
            return True  # not "replied to the letter that the plan was “…”" (a "that" clause misread)
        tok = tok.head
    return False
