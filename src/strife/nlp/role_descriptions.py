"""Unnamed speakers known by a role and whose it is: ``The head of Contoso's legal team says …``, ``a
spokesman for the Interior Ministry said``. A representative noun (the ``representative`` rows of
``speech_cues.tsv``: "head", "chief", "spokesman") means little alone, so the unnamed actor's name is the
whole description, the noun with its "of"/"for"/"at" phrase ("head of Contoso's legal team"), and where
the title words code nothing, the actor that phrase names codes it ("the head of Microsoft's security
team": Microsoft's code). The mention stays the noun and the words before it, so the owner's own
mention inside the phrase keeps its actor.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.events.role_cues import RoleCues
from strife.nlp.document import ArticleDoc

COMPLEMENTS = frozenset({"of", "for", "at"})  # "officials of the ministry", "a spokesman for the army"


def complement(head: Token, cues: RoleCues) -> list[Token]:
    """The words of a noun's "of"/"for"/"at" phrases that say whose it is ("officials *of the Kenyan
    ministry*"), without a clause the preposition takes ("two men *of murdering a tourist*"); none for an
    ``adversary`` noun of ``role_cues.tsv``, whose phrase names whom they oppose ("critics of the NYPD")."""
    if cues.has("adversary", head):
        return []
    return [
        t
        for c in head.rights
        if c.dep_ == "prep" and c.lower_ in COMPLEMENTS
        for t in c.subtree
        if not _in_clause(t, c)
    ]


def _in_clause(tok: Token, prep: Token) -> bool:
    """Whether ``tok`` is in a clause the preposition takes, not in its noun: "two men of *murdering a
    British tourist*" names what the men did, not whose they are ("officials of the Kenyan ministry")."""
    while tok.i != prep.i and tok.head.i != tok.i:
        if tok.dep_ == "pcomp":
            return True
        tok = tok.head
    return False


def described_name(words: list[Token]) -> str:
    """The name of an unnamed actor from its words in order ("Kremlin spokesman", "head of Contoso's
    legal team"): the text as written (no space before a possessive), one space across a gap."""
    text = words[0].text if words else ""
    for prev, tok in pairwise(words):
        text += (prev.whitespace_ if tok.i == prev.i + 1 else " ") + tok.text
    return " ".join(text.split())


def described_head(name: str) -> str:
    """The noun a description's name is known by ("head" of "head of Contoso's legal team", "spokesman"
    of "Kremlin spokesman"): its last word before a complement, its last word otherwise."""
    words = name.split()
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in COMPLEMENTS:
            return words[i - 1]
    return words[-1] if words else ""


def owner_code(art: ArticleDoc, para: int, post: list[Token]) -> tuple[str | None, str | None]:
    """The code and country of the first coded organisation, state or group the complement of a role
    names ("the head of *Microsoft*'s security team"); none when it names none."""
    for tok in post:
        found = art.actor_at(para, tok)
        if found is None:
            continue
        owner = art.actors[found[0]]
        if owner.code is not None and owner.type != "person":
            return owner.code, owner.country
    return None, None


def owning_body(word: Token, dicts: Dictionaries) -> bool:
    """A common noun of a body or office before a document, whose it is (``a police statement``, ``an
    army statement``, ``a Texas prison statement``), not the press that carries it (``a press release``)."""
    role = dicts.title(word.lemma_) if word.tag_ in ("NN", "NNS") else None
    return role is not None and role.type != "media" and role.sector != "MED"


def owner_word(tok: Token, dicts: Dictionaries) -> bool:
    """The owner of an office or agency (``Iran's seismologic center``): a name, or an office title
    with the title words before it (``the Bristol district attorney's office``: an office no actor is)."""
    if tok.pos_ == "PROPN":
        return True
    words = [*(c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"), tok]
    return tok.pos_ == "NOUN" and dicts.title(" ".join(t.lower_ for t in words)) is not None
