"""A title-case headline parsed in sentence case.

The small English model reads capitals as names: in "Israel Bombs School In Gaza" or "Police Arrest 12
Protesters In Athens" it tags "Bombs" and "Arrest" as proper nouns, and the act is lost. A title-case
line (:func:`strife.nlp.names.title_case`) is parsed again with its capitalised words lower-cased,
except its first word, its all-capital words ("US", "NATO"), the places and nationalities the first
parse found ("Athens", "Gaza", "Israeli") and the names it found of which no word is an English word
("Yvonne Hiller", not "Riots Erupt Following Death"); the parse (tags, lemmas, heads, dependencies)
of that reading is kept on the line's own words, with those of the first parse's entities that are
names (a PERSON "Riots Erupt" is none). When the two readings do not split the line into the same
tokens, the first parse stays.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from strife.nlp.names import english_words, title_case

_MAX_TOKENS = 40  # a headline, not a title-case paragraph
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "FAC"})
_WORDS: WeakKeyDictionary[Language, frozenset[str]] = WeakKeyDictionary()  # read once per model
_ENDINGS = (("s", (1,)), ("es", (2,)), ("ed", (1, 2)), ("ing", (3,)))


def sentence_cased(nlp: Language, doc: Doc) -> Doc:
    """``doc`` with the parse of its sentence-case reading when it is a title-case line; else ``doc``."""
    if len(doc) > _MAX_TOKENS or not title_case(doc):
        return doc
    words = _WORDS.get(nlp)
    if words is None:  # (setdefault would build the list on every call)
        words = _WORDS[nlp] = english_words(nlp)
    names = [ent for ent in doc.ents if _name(ent, words)]  # not "Riots Erupt" (PERSON)
    kept = {t.i for ent in names for t in ent}
    first = next((t.i for t in doc if t.is_alpha), -1)
    text = "".join(_word(t, t.i in kept or t.i == first) + t.whitespace_ for t in doc)
    lower = nlp(text)
    if len(lower) != len(doc) or any(a.idx != b.idx for a, b in zip(lower, doc, strict=True)):
        return doc
    reparsed = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        tags=[t.tag_ for t in lower],
        pos=[t.pos_ for t in lower],
        lemmas=[t.lemma_ for t in lower],
        heads=[t.head.i for t in lower],
        deps=[t.dep_ for t in lower],
        sent_starts=[bool(t.is_sent_start) for t in lower],
        ents=[_iob(t) if t.i in kept else "O" for t in doc],
    )
    reparsed.user_data.update(doc.user_data)
    return reparsed


def _name(ent: Span, words: frozenset[str]) -> bool:
    """A place or nationality the first parse found, or a name of which no word is an English word
    ("Yvonne Hiller", not "Riots Erupt Following Death")."""
    if ent.label_ in _PLACE_LABELS:
        return True
    return ent.label_ in _NAME_LABELS and not any(_english(t, words) for t in ent)


def _english(tok: Token, words: frozenset[str]) -> bool:
    lower = tok.text.lower()
    stems = [lower]
    for ending, cuts in _ENDINGS:  # "riots", "killed", "arrested", "following"
        if lower.endswith(ending):
            stems += [lower[:-cut] for cut in cuts]
    return any(stem in words for stem in stems)


def _word(tok: Token, keep: bool) -> str:
    if keep or not tok.text.istitle():
        return tok.text
    return tok.text.lower()


def _iob(tok: Token) -> str:
    return f"{tok.ent_iob_}-{tok.ent_type_}" if tok.ent_iob_ in ("B", "I") else "O"
