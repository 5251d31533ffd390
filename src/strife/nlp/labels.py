"""Attribution labels and lines: the verbless words that name a quote's speaker beside it.

- a label before a quote (``Jane Smith, The Guardian: “…”``, ``Carla Jensen — “…”``);
- a colon frame (``He was blunt: “…”``, ``Her reply was simple: “…”``);
- a name line after it or in the next paragraph (``— Maria Lopez, mayor of Springfield``);
- a bracketed source note (``“…” [Source: UN refugee agency]``, ``(Reuters)``).

Each gives a :class:`Cue` whose speaker token is the name (read by :mod:`strife.nlp.attribution`). A
dateline (``MOSCOW (Reuters) -``) is never a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from strife.events.gazetteer import load_gazetteer
from strife.nlp.cues import SpeechCues
from strife.nlp.document import children, doc_text

__all__ = [
    "DASHES",
    "LABEL_TOKENS",
    "Cue",
    "colon_frame",
    "dateline_end",
    "label",
    "name_line",
    "note",
    "speaking_nouns",
    "utterance_owner",
]

LABEL_TOKENS = 14  # the longest label or attribution line ("Jane Smith, political editor, The Guardian")
DASHES = frozenset({"—", "–", "-", "―", "--", "- -"})
_NOTE_WORDS = frozenset({"source", "sources", "via", "credit", "from"})
_PERSONAL = frozenset({"he", "she", "they", "we", "i"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})  # what the NER names as a place
# "MOSCOW (Reuters) -", "KABUL, May 3 (AP) -", "WASHINGTON—", "BRUSSELS:"; a hyphen only after a space or
# the outlet's parenthesis, so that "NATO-Russia talks" or "US-Russia ties" opening a line is no dateline
# The place, then after a comma the date ending on a letter, digit or dot (or the first space of the
# whitespace after the comma), then whitespace taken whole: no run of spaces is split two ways, so a long
# capitalised opening with a comma and spaces but no dash fails in linear time, not cubic.
_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]*[A-Z.]"
    r"(?:,(?:\s*+[A-Za-z0-9.](?:[A-Za-z0-9. ]*[A-Za-z0-9.])?|[^\S ]*+ ))?"
    r"(?:\s++(?:\([^)]{1,40}\)\s*+)?[—–:-]|\([^)]{1,40}\)\s*+[—–:-]|[—–:])"
)


@lru_cache(maxsize=256)
def dateline_end(text: str) -> int:
    """Where a dateline opening a paragraph (``MOSCOW (Reuters) —``, ``KABUL, May 3 (AP) -``) ends, or 0
    when there is none. Remembered per text: several steps ask it of each paragraph, once for each name
    in its first sentence, and a long capitalised opening with a comma and no dash costs the regex
    a tenth of a millisecond or more each time."""
    found = _DATELINE.match(text)
    return found.end() if found is not None else 0


@dataclass(frozen=True)
class Cue:
    """Where a quote's attribution is: the cue text, the paragraph and the speaker token (if any)."""

    text: str
    para: int
    speaker: Token | None
    verb: Token | None = None


def label(doc: Doc, para: int, tokens: list[Token]) -> Cue | None:
    """``Jane Smith, The Guardian:`` / ``Maria Lopez, mayor of Springfield:``: a short verbless label
    before a colon that starts with a name; the name speaks. Never a dateline."""
    if not tokens or len(tokens) > LABEL_TOKENS or _has_verb(tokens):
        return None
    if tokens[0].i == 0 and dateline_end(doc_text(doc)) > 0:  # the first token starts at 0
        return None
    name = _leading_name(tokens) or next((t for t in tokens if t.dep_ == "poss"), None)
    return Cue("label", para, name) if name is not None else None  # "His exact words:" → he


def _has_verb(tokens: list[Token]) -> bool:
    """Whether a label has a verb: a capitalised word inside a name after its first word is a name's
    part, whatever its tag ("Anna Berg, Die Zeit:", the newspaper's "Die" read as the verb "die")."""
    return any(
        t.pos_ in ("VERB", "AUX")
        and not (t.i > tokens[0].i and t.text[:1].isupper() and (t.ent_type_ or _propn_next(t)))
        for t in tokens
    )


def _propn_next(tok: Token) -> bool:
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].pos_ == "PROPN"


def speaking_nouns(titles: frozenset[str], cues: SpeechCues) -> frozenset[str]:
    """Common nouns for someone who may speak: a title of one word (``titles``: "judge", "minister"), a
    representative ("spokesman"), an organisation ("group") or a trade ("comedian")."""
    return titles | cues.representatives | cues.organizations | cues.epithets


def colon_frame(
    colon: Token, para: int, cues: SpeechCues, people: frozenset[str] = frozenset()
) -> Cue | None:
    """``Harewood managed a cheeky joke: “…”``, ``He was blunt: “…”``: with no speech verb before the
    colon, the subject of its clause speaks, when it is a name, a personal pronoun or a noun of
    ``people`` (:func:`speaking_nouns`: "The judge had advice for the guards: “…”"); a place the NER
    names never does ("Dubai felt a slight tremor today: …", a blog quoting the news)."""
    clause = colon.head if colon.head.pos_ in ("VERB", "AUX") else colon.sent.root
    if clause.i > colon.i:  # the parser hung the colon on the quote's verb: the clause is before it
        clause = _clause_before(colon)
    subjects = [c for c in children(clause) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:  # "Carla Jensen was blunt: “This is …”": the parser gave the name to the quote's verb
        before = colon.doc[colon.sent.start : colon.i]
        subjects = [t for t in before if t.dep_ == "nsubj" and t.head.i > colon.i]
    if not subjects or subjects[0].i > colon.i:
        return None
    subject = subjects[0]
    if subject.ent_type_ in _PLACES or _place_name(subject):
        return None  # "Dubai felt a slight tremor today: “…”": a place went through it, says nothing
    if subject.pos_ == "PROPN" or (subject.pos_ == "PRON" and subject.lower_ in _PERSONAL):
        return Cue(clause.text, para, subject, clause)
    if (
        subject.pos_ == "NOUN"
        and subject.text[:1].isupper()
        and not any(c.dep_ == "det" for c in children(subject))
    ):
        return Cue(clause.text, para, subject, clause)  # "Morales disagreed: “…”" (a surname read as a noun)
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in people:
        return Cue(clause.text, para, subject, clause)
    owner = utterance_owner(subject, cues)  # "Her reply was simple: “…”"
    return Cue(subject.text, para, owner, clause) if owner is not None else None


def _place_name(subject: Token) -> bool:
    """A one-word name the gazetteer knows as a place, whatever the NER typed it ("Oslo" as an
    organisation), unless it read a person."""
    alone = subject.pos_ == "PROPN" and not any(c.dep_ == "compound" for c in subject.children)
    return alone and subject.ent_type_ != "PERSON" and load_gazetteer().locate(subject.text) is not None


def _clause_before(colon: Token) -> Token:
    """The head of the words before a colon, climbing while the heads stay before it."""
    tok = colon.doc[max(colon.i - 1, 0)]
    while tok.head.i < colon.i and tok.head.i != tok.i:
        tok = tok.head
    return tok


def utterance_owner(subject: Token, cues: SpeechCues) -> Token | None:
    """``Jensen's answer``, ``her reply``: the owner of a noun for what was said."""
    if not cues.is_utterance(subject):
        return None
    return next((c for c in children(subject) if c.dep_ == "poss"), None)


def name_line(doc: Doc, para: int, start_char: int, rest: str) -> Cue | None:
    """``“…” — Maria Lopez, mayor of Springfield``: what follows a quote (or opens a paragraph) is only
    a dash and a name with its title, up to the paragraph's end."""
    stripped = rest.strip(" \t\n.,")
    if not stripped:
        return None
    tokens = _tokens(doc, start_char, start_char + len(rest))
    dashed = bool(tokens) and tokens[0].text in DASHES
    if dashed:
        tokens = tokens[1:]
    elif start_char > 0:
        return None  # in a paragraph after its quote, a name line needs its dash
    tokens = [t for t in tokens if t.text not in (".", ",") or t.i != tokens[-1].i]
    if dashed and (name := _name_before_comma(tokens)) is not None:
        return Cue("attribution line", para, name)  # "— Peres, on whether the oil wealth will last"
    if not tokens or len(tokens) > LABEL_TOKENS or _has_verb(tokens):
        return None
    name = _leading_name(tokens)
    if name is None or (not dashed and not _name_ends_line(name, tokens)):
        return None  # "The Importance of the Cloud": a heading in title case, not a name line
    return Cue("attribution line", para, name)


def _name_ends_line(name: Token, tokens: list[Token]) -> bool:
    """``Carla Jensen, campaign spokeswoman`` / ``Carla Jensen``: a name line without its dash has
    nothing after the name but a comma and the title; more words run on a heading."""
    after = [t for t in tokens if t.i > name.i]
    return not after or after[0].text == ","


def _name_before_comma(tokens: list[Token]) -> Token | None:
    """``— Peres, on whether …``: after a dash, a name standing alone before a comma names the speaker,
    whatever the note after the comma says."""
    name = _leading_name(tokens)
    if name is None or name.i + 1 > tokens[-1].i or name.doc[name.i + 1].text != ",":
        return None
    return name if name.ent_type_ in ("PERSON", "ORG", "") else None


def note(doc: Doc, para: int, start_char: int, rest: str) -> Cue | None:
    """``“…” [Source: UN refugee agency]`` / ``“…” (Reuters)``: a bracketed source right after a quote."""
    text = rest.lstrip(" .,")
    if text[:1] not in ("(", "["):
        return None
    close = text.find(")" if text[0] == "(" else "]")
    if close < 2 or text[close + 1 :].strip(" .,\n"):
        return None
    begin = start_char + (len(rest) - len(rest.lstrip(" .,")))
    inside = _tokens(doc, begin + 1, begin + close)
    while inside and (inside[0].lower_ in _NOTE_WORDS or inside[0].text == ":"):
        inside = inside[1:]
    if not inside or len(inside) > 8 or any(t.pos_ in ("VERB", "AUX") for t in inside):
        return None
    name = _leading_name(inside) or _head_noun(inside)
    return Cue("source note", para, name) if name is not None else None


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    """The tokens between two character offsets of a paragraph, spaces left out."""
    span = doc.char_span(start, end, alignment_mode="contract")
    return [t for t in span if not t.is_space] if span is not None else []


def _leading_name(tokens: list[Token]) -> Token | None:
    """The name a label starts with: the last word of its first run of proper nouns ("Jane Smith")."""
    run: list[Token] = []
    for tok in tokens:
        if tok.pos_ == "PROPN" or (
            tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") and tok.text[:1].isupper()
        ):
            run.append(tok)
        elif run or not (tok.lower_ in ("the", "a") or tok.text in DASHES):
            break
    if not run or not run[0].text[:1].isupper():
        return None
    return run[-1]


def _head_noun(tokens: list[Token]) -> Token | None:
    """The head of a short noun phrase in a note ("UN refugee agency" → "agency")."""
    inside = {t.i for t in tokens}
    heads = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    nouns = [t for t in heads if t.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else None
