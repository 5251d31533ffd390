"""What a relative "that" or "which" speaking a quote stands for, where the parser hung its clause on
the wrong noun, and the participle of a thing carrying a slogan the parser hung on the verb before.

- A letter or a sign with a phrase after it: "a note to the minister that read: “…”", "a banner over
  the gate that reads “…”". The parser hangs the relative clause on the nearest noun, the one the note
  was written to or the place the banner hangs; a person or a place reads nothing, the note does.
- A noun inside a quotation: "signs saying “Kane 104” that turned to reveal “…”". A quoted name
  is what a sign says, not what turns; the clause is the sign's, the noun that carries the quotation.
- A name inside a sign's quotation taken for the subject of a verb after it ("signs saying “Kane 104”
  turned over to reveal “…”"): the sign turned, its words are no speaker (:func:`quotation_carrier`).
- "Protesters carried banners reading “…”": the parser makes "reading" a clause of "carried", so its
  subject would be the protesters; the banner just before it carries the words (:func:`sign_participle`).

Who and whom are people's, and a thing named by a document or sign noun itself is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.cues import SpeechCues

_RELATIVES = frozenset({"that", "which"})
_CARRIER_DEPS = frozenset({"acl", "relcl"})  # "signs saying “…”": the quotation's verb hangs on its carrier


def antecedent(relative: Token, cues: SpeechCues) -> Token:
    """The noun a relative pronoun subject stands for (the pronoun itself if it is none)."""
    if relative.head.dep_ != "relcl":
        return relative
    noun = relative.head.head
    if relative.lower_ not in _RELATIVES or _carrier(noun, cues):
        return noun
    if noun.dep_ == "pobj" and (held := _held_before(noun.head, cues)) is not None:
        return held  # "a note to the minister that read …"
    closed = any(t.tag_ == "''" for t in noun.doc[noun.i + 1 : relative.i])
    return (quotation_carrier(noun) if closed else None) or noun


def sign_participle(verb: Token, cues: SpeechCues) -> bool:
    """``banners reading “…”`` parsed as a clause of the verb before: a participle right after a sign noun
    that is that verb's object."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj") or verb.i == 0:
        return False
    before = verb.doc[verb.i - 1]
    return cues.is_sign(before) and before.head == verb.head and before.dep_ in ("dobj", "pobj")


def _held_before(prep: Token, cues: SpeechCues) -> Token | None:
    """The letter or sign a phrase of place or address belongs to: its head (``a note to X``), or the
    object of the verb it hangs on, just before it (``wrote a note to X``, ``hung a banner over X``)."""
    if prep.dep_ not in ("prep", "dative"):
        return None
    head = prep.head
    if _carrier(head, cues):
        return head
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i and _carrier(c, cues)]
    return objects[-1] if objects and head.pos_ in ("VERB", "AUX") else None


def _carrier(noun: Token, cues: SpeechCues) -> bool:
    return cues.is_document(noun) or cues.is_sign(noun)


def quotation_carrier(noun: Token) -> Token | None:
    """The noun a quotation holding ``noun`` belongs to (``signs saying “Kane 104”``): the noun the
    quotation's verb is a participle or a relative clause of."""
    start = noun.sent.start
    for i in range(noun.i - 1, start - 1, -1):
        tok = noun.doc[i]
        if tok.tag_ == "''":
            return None  # a closing mark first: the noun is outside any quotation
        if tok.tag_ == "``":
            verb = tok.head
            if verb.dep_ in _CARRIER_DEPS and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < tok.i:
                return verb.head
            return None
    return None
