"""What a speaker subject's own phrase says of it: a capitalised word the tagger took for a common
noun ("“…,” Morales said"), a capitalised title with an article that describes rather than names ("The
Governor of Alaska"), a place set before a name ("Ambassador to the United States Ana Ruiz"), and a
person named inside the phrase ("Anchorage businessman and blogger Andrew Halcro").
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.nlp.document import ArticleDoc, Loc, children

__all__ = ["determined_title", "inner_person", "mistagged_name", "placed_before"]

_NOUN_PHRASE_LEFT = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "predet"})
_MAX_INNER = 12  # words of a subject's phrase searched for a person's name
_NAME_PARTS = frozenset({"compound", "appos", "conj", "flat", "nmod"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "ORG", "NORP"})
_PLACES = frozenset({"GPE", "LOC", "NORP"})  # a place or people an office is of ("the Alaska Governor")
_ARTICLES = frozenset({"the", "a", "an"})


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


def determined_title(tok: Token, dicts: Dictionaries) -> bool:
    """``The Governor of Alaska``: a capitalised word with an article before it is a description, not
    a name (a name takes no article: "the Kremlin" is found as an actor before this is asked), unless
    a proper noun stands before it in the same phrase ("The Hollywood Reporter"). A place before a
    person's title is the office's, so the phrase still describes ("the Alaska Governor", "the US
    President"); an outlet is named after a place with a trade word ("The Hollywood Reporter"), so a
    title of the media's sector keeps the name."""
    kids = children(tok)
    if tok.pos_ != "PROPN" or not any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in kids):
        return False
    named = [c for c in kids if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i]
    return not named or (all(c.ent_type_ in _PLACES for c in named) and _office(tok, dicts))


def _office(tok: Token, dicts: Dictionaries) -> bool:
    """A singular title of a person, not the media's ("Governor", "President"; not "Reporter")."""
    title = dicts.title(tok.text) if tok.tag_ == "NNP" else None
    return title is not None and title.type == "person" and title.sector != "MED"


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
