"""Whom an appeal is made to when its object names no actor.

"Timmons had asked him to tell police about the threats": the one asked is "him", a person no actor
stands for; the police are inside what is asked for, told of the threats, not asked anything. So an
appeal verb whose object is a pronoun or a person noun the actors step left unnamed takes no target
from the act it asks for: not the act's object (:class:`strife.events.drafting.Drafter`), nor the one
other actor of the sentence (:func:`strife.events.reported_side.reported_other_side`). An appeal that
names no one asked still takes the act's target ("called for the envoy to visit the camp").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from strife.nlp.document import ArticleDoc

_ASKED_DEPS = frozenset({"dobj", "dative"})
_ASKED_ACTS = frozenset({"xcomp", "ccomp"})


def asked_unnamed(art: ArticleDoc, para: int, verb: Token, person: Callable[[Token], bool]) -> list[Token]:
    """The acts an appeal verb asks of someone no actor stands for ("asked him to tell police", "urged
    the man to"): its complement clauses, or none when the one asked is named or no one is."""
    unnamed = any(
        c.dep_ in _ASKED_DEPS and (c.pos_ == "PRON" or person(c)) and art.actor_at(para, c) is None
        for c in verb.children
    )
    return [c for c in verb.children if c.dep_ in _ASKED_ACTS] if unnamed else []
