"""Amounts and parts that speak for what they count: ``A number of experts said``, ``Dozens of doctors
warned``, ``a parade of six turncoat mobsters described``, ``An excerpt from hundreds of pages of his
journals said``. The subject the parser gives the cue is the amount ("number", "dozens", "excerpt");
the speaker is what its "of" (for a part, "from" or "in") phrase names, climbing amounts of amounts:
the experts, the doctors, the journals (a document, coded by its owner). The nouns are the
``portion`` rows of ``speech_cues.tsv``.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.cues import SpeechCues
from strife.nlp.document import children

_MAX_STEPS = 4  # "an excerpt from hundreds of pages of his journals": three amounts deep
_PLURAL = frozenset({"NNS", "NNPS"})
_PARTS = frozenset({"from", "in"})  # "an excerpt from his diary", "a passage in the report"


def counted(subject: Token, cues: SpeechCues) -> Token:
    """What an amount or a part that is a cue's subject counts; the subject itself otherwise."""
    tok = subject
    for _ in range(_MAX_STEPS):
        if tok.pos_ not in ("NOUN", "PROPN", "NUM") or tok.lemma_.lower() not in cues.portions:
            break
        inner = _counted_object(tok, cues)
        if inner is None:
            break
        tok = inner
    return tok


def _counted_object(tok: Token, cues: SpeechCues) -> Token | None:
    """The object of the amount's "of" (or a part's "from"/"in"): people or things in the plural, a
    document, or a name ("a group of Greenpeace activists", "a page of the report")."""
    for prep in (c for c in children(tok) if c.dep_ == "prep" and c.i > tok.i):
        if prep.lower_ != "of" and prep.lower_ not in _PARTS:
            continue
        for obj in (c for c in children(prep) if c.dep_ == "pobj"):
            if obj.tag_ in _PLURAL or cues.is_document(obj) or obj.lemma_.lower() in cues.portions:
                return obj
    return None
