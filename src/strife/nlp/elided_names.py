"""States named together with their shared words said once: "North and South Korea", "East and West
Germany". The first name's last words are left out ("North" for North Korea); the NER reads the run as
one place, as "North and" and "South Korea", or as "South Korea" alone, and the first state was lost or
read as the second. Where the first word with the second name's last words is a state the gazetteer
knows, the first word is a name of its own, read as that state, and the second name stays whole.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from strife.events.gazetteer import load_gazetteer
from strife.nlp.document import doc_text

__all__ = ["elided_name", "elided_spans"]

_JOINS = frozenset({"and", "or", "&"})
_JOINED_CAPITALS = re.compile(r"\b[A-Z][\w.-]* (?:and|or|&) [A-Z]")


def elided_spans(doc: Doc) -> list[tuple[Span, Span]]:
    """Each elided first name of ``doc`` with the whole second name after it, as two places."""
    pairs: list[tuple[Span, Span]] = []
    if _JOINED_CAPITALS.search(doc_text(doc)) is None:
        return pairs  # most paragraphs join no two capitalised words: no token need be read
    joins = [t.i for t in doc if t.lower_ in _JOINS and 1 <= t.i < len(doc) - 2]
    for tok in (doc[i - 1] for i in joins):
        end = _second_end(tok)
        if end is not None and _state(_name(tok, end)):
            pairs.append((Span(doc, tok.i, tok.i + 1, label="GPE"), Span(doc, tok.i + 2, end, label="GPE")))
    return pairs


def elided_name(span: Span) -> str | None:
    """The whole name a one-word place stands for before "and" and a state's name sharing its last words
    ("North" of "North and South Korea": North Korea), if that is a state's name."""
    if len(span) != 1 or span.end + 2 >= len(span.doc):
        return None
    end = _second_end(span[0])
    name = _name(span[0], end) if end is not None else None
    return name if name is not None and _state(name) else None


def _second_end(tok: Token) -> int | None:
    """The end of the name after ``tok`` and its "and" ("South Korea"), where ``tok`` is a capitalised
    word and that name has words after its first; the name is the entity it opens or lies in."""
    doc = tok.doc
    join, first = doc[tok.i + 1], doc[tok.i + 2]
    if not (_capital(tok) and join.lower_ in _JOINS and _capital(first)) or not first.ent_type_:
        return None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == first.ent_type_:
        end += 1
    return end if end > first.i + 1 else None


def _name(tok: Token, end: int) -> str:
    return f"{tok.text} {tok.doc[tok.i + 3 : end].text}"


def _capital(tok: Token) -> bool:
    return tok.is_alpha and tok.is_title and tok.pos_ == "PROPN"


def _state(name: str) -> bool:
    place = load_gazetteer().locate(name)
    return place is not None and place.kind == "country"
