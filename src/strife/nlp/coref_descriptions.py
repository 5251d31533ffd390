"""People pointed back to by the word the text introduced them with ("the coroner", "the doctor").

:mod:`strife.nlp.coref` resolves "the minister" through the titles of ``titles.tsv``. News introduces
people with many more words than a title list holds, before the name ("Coroner Gary Hargrove",
"Police commissioner Charles Ramsey", "director Yunsun Wee") or in an apposition ("Ema Suryani, a doctor
at a clinic", "Tyler Reguly, technical manager of …"), and then calls them by that word alone: "the
coroner said", "the commissioner says". This module reads those words and resolves a later "the <word>"
to the one person the article introduced with it before (none when two people share the word).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.strings import get_string_id
from spacy.tokens import Token

from strife.nlp.document import ArticleDoc, Loc

_MODIFIERS = frozenset({"det", "amod", "advmod", "punct"})  # "the former coroner"; nothing naming another


class Descriptions:
    """The words an article introduced its people with, in text order."""

    def __init__(self) -> None:
        self._words: dict[str, list[tuple[int, int, int]]] = {}  # word → (para, token, actor)
        self.ids: frozenset[int] = frozenset()

    def read(self, art: ArticleDoc, first_names: Mapping[str, str]) -> None:
        """Read an article's people's introducing words (forgetting the last article's)."""
        self._words = {}
        for loc, idx in art.mention_index.items():
            actor = art.actors[idx]
            if actor.type != "person" or actor.described or loc in art.linked:
                continue
            for word in _introducing(art, loc, first_names):
                self._words.setdefault(word.lemma_.lower(), []).append((loc.para, word.i, idx))
        self.ids = frozenset(get_string_id(w) for w in self._words)

    def resolve(self, art: ArticleDoc, para: int, tok: Token) -> tuple[int, Loc] | None:
        """``the coroner`` → the one person introduced as one before it, with the mention's span."""
        if tok.pos_ != "NOUN" or tok.tag_ != "NN" or (para, tok.i) in art.titles:
            return None
        det = [c for c in tok.children if c.dep_ == "det"]
        if not det or det[0].lower_ != "the" or any(c.dep_ not in _MODIFIERS for c in tok.lefts):
            return None
        if any(c.dep_ in ("prep", "appos", "acl", "relcl") for c in tok.rights):
            return None  # "the coroner of another county", "the doctor who treated him"
        earlier = {idx for p, i, idx in self._words.get(tok.lemma_.lower(), []) if (p, i) < (para, tok.i)}
        if len(earlier) != 1:
            return None
        start = min(c.i for c in [tok, *tok.lefts])
        return earlier.pop(), Loc(para, start, tok.i + 1)


def _introducing(art: ArticleDoc, loc: Loc, first_names: Mapping[str, str]) -> list[Token]:
    """The common nouns a name mention is introduced with: the word right before it, part of its noun
    phrase ("Coroner Gary Hargrove"), and the head nouns of an apposition ("…, a doctor at …")."""
    doc = art.docs[loc.para]
    root = doc[loc.start : loc.end].root
    words = [
        c
        for c in root.lefts
        if c.i == loc.start - 1
        and c.dep_ == "compound"
        and _common(c, first_names)
        and not art.actor_at(loc.para, c)
    ]
    for app in (c for c in root.rights if c.dep_ == "appos" and c.pos_ == "NOUN" and c.tag_ == "NN"):
        words.append(app)
        words.extend(c for c in app.rights if c.dep_ == "conj" and c.pos_ == "NOUN" and c.tag_ == "NN")
    return words


def _common(tok: Token, first_names: Mapping[str, str]) -> bool:
    """A common noun, in small letters or capitalised as a title ("Coroner"), not a given name."""
    if tok.pos_ == "NOUN":
        return tok.tag_ == "NN"
    return tok.pos_ == "PROPN" and tok.text.istitle() and tok.text not in first_names and tok.text.isalpha()
