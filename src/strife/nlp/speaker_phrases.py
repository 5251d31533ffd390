"""What a speaker subject's own phrase says of it: a capitalised word the tagger took for a common
noun ("“…,” Morales said"), a capitalised title with an article that describes rather than names ("The
Governor of Alaska"), a place set before a name ("Ambassador to the United States Ana Ruiz"), and a
person named inside the phrase ("Anchorage businessman and blogger Andrew Halcro").
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.document import ArticleDoc, Loc, children

__all__ = ["determined_title", "inner_person", "mistagged_name", "placed_before"]

_NOUN_PHRASE_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "predet"})
_MAX_INNER = 12  # words of a subject's phrase searched for a person's name
_NAME_PARTS = frozenset({"compound", "appos", "conj", "flat", "nmod"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "ORG", "NORP"})


def mistagged_name(tok: Token) -> bool:
    """A capitalised common noun inside a sentence with nothing before it in its phrase ("“…,” Morales
    said", the tagger reading a surname as a plural) is a name."""
    return (
        tok.pos_ == "NOUN"
        and tok.text[:1].isupper()
        and not tok.is_sent_start
        and tok.i > 0
        and not tok.doc[tok.i - 1].is_sent_start
        and not any(c.dep_ in _NOUN_PHRASE_LEFT or c.dep_ == "det" for c in children(tok))
    )


def determined_title(tok: Token) -> bool:
    """``The Governor of Alaska``: a capitalised word with an article before it is a description, not
    a name (a name takes no article: "the Kremlin" is found as an actor before this is asked), unless
    a proper noun stands before it in the same phrase."""
    kids = children(tok)
    if tok.pos_ != "PROPN" or any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in kids):
        return False  # "The Hollywood Reporter": a name with its article
    return any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in kids)


def placed_before(name: Token) -> bool:
    """``Ambassador to the United States Ana Ruiz``: the name hangs on a place set right before it, so
    the office is "to" the place and the name is its holder's."""
    return any(c.dep_ == "compound" and c.ent_type_ in _PLACE_ENTS for c in children(name))


def inner_person(art: ArticleDoc, para: int, head: Token) -> tuple[int, Loc] | None:
    """A person named inside the subject's own phrase ("Anchorage businessman and blogger Andrew
    Halcro", "the lawyer Ana Ruiz"), not behind a preposition ("a friend of Ana Ruiz")."""
    stack = [c for c in children(head) if c.dep_ in _NAME_PARTS]
    seen = 0
    while stack and seen < _MAX_INNER:
        tok = stack.pop()
        seen += 1
        hit = art.actor_at(para, tok)
        if hit is not None and art.actors[hit[0]].type == "person" and not art.actors[hit[0]].described:
            return hit
        stack.extend(c for c in children(tok) if c.dep_ in _NAME_PARTS)
    return None
