"""Whether a name the actors step found stands for a place here or for a state's government: "in
Brussels", "in the capital, Kabul," and "the island of Vaindloo" are places; "delegations from Estonia"
come from a state; "Moscow said" is the government speaking."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from strife.nlp.document import doc_text
from strife.nlp.labels import dateline_end

LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "across",
        "around",
        "outside",
        "inside",
        "within",
        "throughout",
    }
)
_PLACE_NOUNS = frozenset(
    {"island", "city", "town", "village", "region", "province", "port", "district", "border", "lake", "river"}
)
_NAMED_AGAIN = _PLACE_NOUNS | {"capital"}  # "in the capital, Kabul,": the place noun's own name


def after_place_word(span: Span) -> bool:
    """``the island of Vaindloo``, ``near the town of X``: a name after a place noun is a place."""
    root = span.root
    return is_locative(span) or (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS
    )


def from_origin(span: Span) -> bool:
    """``delegations from Estonia``, ``soldiers from Gondor``: the state people come from (an actor)."""
    prep = span.root.head
    return prep.lower_ == "from" and prep.head.pos_ == "NOUN" and prep.head.tag_ == "NNS"


def is_locative(span: Span) -> bool:
    """``in Brussels``, ``around Ukraine``: the span is the object of a place preposition, or names again
    a place noun that is a preposition's object (``in the capital, Kabul,``: Kabul is where, not who)."""
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in _NAMED_AGAIN and root.head.dep_ == "pobj":
        return True  # "in the capital, Kabul,", "20 km of the capital, Bangui": where, not who
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS


_BESIDE = frozenset({"poss", "appos"})
_ACTED_ON = frozenset({"dobj", "dative", "nsubjpass", "pobj"})


def capital_as_government(span: Span, statement: Callable[[Token], bool]) -> bool:
    """Whether a capital named as an actor stands for its government: the subject or the one spoken
    to of a verb of statement or diplomacy (``statement``: "Moscow said", "Beijing rejected the
    offer", "warned Tehran", "appealed to Moscow"), a possessor or set beside one ("Kabul's offer",
    "these people (Khartoum)"); not a dateline ("MOSCOW (Reuters) -"), a modifier ("Khartoum-based")
    nor the subject or object of another act ("Pyongyang fired two shells", "shelled Juba": the state)."""
    if span.start == 0 and dateline_end(doc_text(span.doc)) > 0:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:  # "Washington and Moscow said"
        root = root.head
    if root.dep_ in _BESIDE:
        return True
    verb = root.head.head if root.dep_ in ("agent", "pobj") else root.head
    return root.dep_ in _ACTED_ON | {"nsubj", "agent"} and statement(verb)
