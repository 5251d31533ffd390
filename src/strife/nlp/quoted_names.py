"""Quoted names: a title, nickname or name of a thing between quotation marks is no one's words.

News sets the names of works, events, columns and nicknames in quotation marks: "the star of “Van
Wilder”", "wrote in his memoir, “Secret Man”", "a “Peace Now Conference”", "an area known as “Little
Miami”", "dubbed the “Oddfather”", "a Post editor dubbed him “Deep Throat”". Such a quote is no
quote even when a speech verb stands in its sentence. It is told by its form (Title Case:
:func:`title_case`) and by what stands right before its opening mark (:func:`named_thing`): a
determiner or possessive, a preposition, a noun it names (past one comma: an apposition) or a proper
noun right before it (an owner's name: ``a Focus on the Family “Love Won Out Conference”``), a verb of
naming or description (``use`` ``describe`` in ``speech_cues.tsv``; also past one comma: "was named,
“…”"), a verb that is no speech cue and takes it as its object ("who directed “…”", "the band played
“…”"), or a name in quotation marks it is listed with (``“A”, “B” and “C”``); or a proper noun on
both sides: a nickname inside a name (``Vincent “The Chin” Gigante``). A colon, a speech verb or a
sentence start before it leaves a quote ("saying: “Happy New Year”").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from strife.nlp.cues import SpeechCues
from strife.nlp.document import doc_text
from strife.nlp.labels import Cue
from strife.nlp.relatives import antecedent, quotation_carrier, sign_participle

__all__ = ["named_thing", "on_sign", "sign_cue", "title_case"]

_SMALL_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with"]
)
_MAX_WORDS = 10  # longer than this, Title Case is someone shouting, not a title
_NAMING_POS = frozenset({"DET", "ADP"})  # "a “…”", "the “…”", "of “…”", "as “…”"
_NOT_NAMES = frozenset({"PRON", "VERB", "AUX"})
_LIST_WORDS = frozenset({",", "and", "or"})
_MAX_LISTED = 8  # names in one list looked back over


def title_case(content: str) -> bool:
    """A quoted name of a work, product or campaign: two to ten words, each capitalised but the small
    words after the first ("All the President's Men", "Do You Feel It?")."""
    words = [w.strip(".,!?:;") for w in content.split()]
    words = [w for w in words if w and w[0].isalpha()]
    if not 2 <= len(words) <= _MAX_WORDS or not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w in _SMALL_WORDS for w in words[1:])


def _name_like(span: Span) -> bool:
    """Title Case words with no finite verb, or one capitalised word ("Oddfather", "Ashfall"; the parser
    often takes an unknown one for an adverb) that is no pronoun or verb ("I", "Go")."""
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if not words or any(t.tag_ in ("MD", "VBD", "VBZ", "VBP") for t in words):
        return False
    if len(words) == 1:
        return words[0].pos_ not in _NOT_NAMES and words[0].text[:1].isupper()
    return title_case(span.text)


def _before(span: Span, at: int) -> list[Token]:
    """The tokens before token ``at`` back to the sentence start, nearest first, marks and spaces left out."""
    doc = span.doc
    return [t for t in reversed(doc[doc[at].sent.start : at]) if not (t.is_space or t.is_quote)]


def named_thing(span: Span, cues: SpeechCues) -> bool:
    """Whether a quoted span is a name (see the module docstring), not someone's words."""
    return _name_like(span) and (_named_at(span, span.start, cues, 0) or _inside_name(span))


def _inside_name(span: Span) -> bool:
    """``Vincent “The Chin” Gigante``, ``Salvatore “Sammy the Bull” Gravano``: a nickname set between a
    person's given name and surname (a capitalised proper noun on both sides, past the marks)."""
    doc = span.doc
    before = _before(span, span.start)
    after = [t for t in doc[span.end : span.end + 4] if not (t.is_space or t.is_quote)]
    return bool(before and after) and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and t.sent == span[0].sent for t in (before[0], after[0])
    )


def _named_at(span: Span, at: int, cues: SpeechCues, depth: int) -> bool:
    before = _before(span, at)
    if not before:
        return False
    prev = before[0]
    if prev.pos_ in _NAMING_POS or prev.tag_ in ("PRP$", "POS"):
        return True  # "a “…”", "Weekly's “…”", "known as “…”", "the star of “…”"
    if cues.is_description(prev) or (
        len(before) > 1 and (prev.pos_ == "PRON" or prev.text == ",") and cues.is_description(before[1])
    ):
        return True  # "dubbed “…”", "dubbed him “…”", "was named, “…”"
    if prev.pos_ == "NOUN" or (prev.text == "," and len(before) > 1 and before[1].pos_ == "NOUN"):
        return True  # "the romantic epic “…”", "his 2006 memoir, “…”"
    if prev.pos_ == "PROPN" and prev.text[:1].isupper():
        return True  # "a Focus on the Family “Love Won Out Conference”": the owner's name, then the event's
    if _object_of(span, prev) and not cues.is_speech(prev):
        return True  # "who directed “The Golden Compass”", "the band played “Blue Night Road”"
    return depth < _MAX_LISTED and _listed(span, cues, depth)


def _object_of(span: Span, verb: Token) -> bool:
    """Whether the quoted words are the object of the verb right before them."""
    root = span.root
    return verb.pos_ == "VERB" and root.head.i == verb.i and root.dep_ in ("dobj", "oprd")


def _listed(span: Span, cues: SpeechCues, depth: int) -> bool:
    """``“American Pie”, “Van Wilder” and “The Big Lebowski”``: a name listed after another quoted name."""
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_quote):
        i -= 1  # the opening mark
    listed = False
    while i >= 0 and (doc[i].is_space or doc[i].text in _LIST_WORDS):
        listed = listed or not doc[i].is_space
        i -= 1
    if not listed or i < 0 or not doc[i].is_quote:
        return False
    end = i  # the closing mark of the name before
    while i >= 0 and doc[i].is_quote:
        i -= 1
    start = i
    while start > 0 and not doc[start - 1].is_quote:
        start -= 1
    if start == 0 or start > i:
        return False
    other = doc[start : i + 1]
    return end > i and _name_like(other) and _named_at(other, start, cues, depth + 1)


def on_sign(span: Span, cues: SpeechCues) -> bool:
    """Whether the quote's sentence has, before it, a subject that is a thing carrying slogans."""
    doc = span.doc
    before = [t for t in doc[max(0, span.start - 3) : span.start] if not (t.is_quote or t.is_space)]
    start = min(t.sent.start for t in [span[0], *before])
    return any(t.dep_ in ("nsubj", "nsubjpass", "ROOT") and cues.is_sign(t) for t in doc[start : span.start])


def sign_cue(cue: Cue, cues: SpeechCues) -> bool:
    """Whether a cue's speaker is a thing carrying slogans (``a banner reading “…”``), also where the parser
    hung the sign's participle on the place it hangs (``A sign on the door warning visitors: “…”``, ``A
    sign hung on the wall warning …``): that place is no speaker, the words are the sign's."""
    speaker, verb = cue.speaker, cue.verb
    if speaker is not None and speaker.lower_ in ("that", "which"):
        speaker = antecedent(speaker, cues)  # "signs saying “A” that turned to reveal “B”"
    if speaker is not None and cues.is_sign(quotation_carrier(speaker) or speaker):
        return True  # "signs saying “Kane 104” turned over to reveal “…”": the name is the sign's words
    if speaker is None:
        return False
    if verb is not None and sign_participle(verb, cues):
        return True  # "Protesters carried banners reading “…”"
    if verb is None or verb.dep_ != "acl" or speaker.dep_ != "pobj" or speaker.head.dep_ != "prep":
        return False
    holder = speaker.head.head
    return cues.is_sign(holder) or any(
        c.dep_ in ("nsubj", "nsubjpass") and cues.is_sign(c) for c in holder.children
    )


def quoted_term(span: Span) -> bool:
    """A short quoted name for a thing: nouns and numbers only, after "called" or modifying a noun
    outside the quote (``a “zero day” flaw``); after "so-called" adjectives too (``the so-called
    “spiritual marriages”``). Elsewhere an adjective or a verb inside makes it someone's words (``the
    “deeply flawed” plan``)."""
    words = few_words(span, _TERM_WORDS)
    if not words:
        return False
    before = span.doc[max(span.start - 2, 0) : span.start]
    text = doc_text(span.doc)
    if _SO_CALLED.search(text[max(span.start_char - _SO_CALLED_REACH, 0) : span.start_char].lower()):
        return all(t.pos_ in _SO_CALLED_POS for t in words)  # "the so-called “spiritual marriages”"
    if any(t.pos_ not in _TERM_POS for t in words):
        return False
    if any(t.lower_ == "called" for t in before[-2:]):
        return True
    head = span.root.head
    return span.root.dep_ in ("compound", "amod", "nmod", "nummod") and not span.start <= head.i < span.end


def few_words(span: Span, most: int) -> list[Token]:
    """The span's words (no punctuation or space), or none when it holds more than ``most``: found
    without visiting the rest of a long quote, which every short-name check is asked about."""
    words: list[Token] = []
    for tok in span:
        if not (tok.is_punct or tok.is_space):
            words.append(tok)
            if len(words) > most:
                return []
    return words


_TERM_WORDS = 3
_TERM_POS = frozenset({"NOUN", "PROPN", "NUM"})
_SO_CALLED_POS = _TERM_POS | {"ADJ"}
_SO_CALLED_REACH = 16  # characters before a quote searched for "so-called"
_SO_CALLED = re.compile(r"\bso\s*-?\s*called\W*$")
