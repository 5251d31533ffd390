"""A private person's spokesperson named again: "The actress Mary Lane died on Sunday, her spokesman
said. … Lane died in her sleep, spokesman Tom Reed said." The bare "spokesman" before the name owns no
office of its own: it is the one the article gave the private person before ("her spokesman"), no
government's (:meth:`strife.nlp.title_coding.TitleCoder`'s private principals)."""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.document import ArticleDoc

__all__ = ["owned_spokesperson"]

_PERSONAL_POSSESSIVES = frozenset({"her", "his"})


def owned_spokesperson(art: ArticleDoc, tok: Token, spokespeople: frozenset[str]) -> Token | None:
    """The last spokesperson word owned by "her" or "his" before ``tok`` in the article ("her
    spokesman"), or ``None``."""
    found: Token | None = None
    for doc in art.docs:
        for word in doc:
            if doc is tok.doc and word.i >= tok.i:
                return found
            owned = word.i > 0 and doc[word.i - 1].lower_ in _PERSONAL_POSSESSIVES
            if owned and word.lower_ in spokespeople:
                found = word
    return found
