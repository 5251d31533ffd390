"""A bare surname with a relation after it: "Peterson was found guilty of murdering *his wife*".

The relation noun (a ``kin`` noun of ``role_cues.tsv``) with "his" or "her" on it is the relation of
the one the surname names, so that one is not the relation, and "his"/"her" says their gender: the
surname is a man's after "his wife", a woman's after "her husband". A person with that surname of the
other gender is not the one the bare surname names: in an article that names only "Laci Peterson" in
full, "Peterson … his wife" is left an unnamed person rather than given to Laci.

A person's gender is the one their given name has (``first_names.tsv``), else the one the pronouns of
their own sentences give: the sentences that name them and no other person, and a pronoun opening the
sentence after one when that names no other person, all of one gender ("Laci Peterson vanished from
her home", "Laci Peterson vanished in 2002. Her body was found …").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from strife.events.role_cues import RoleCues
from strife.nlp.coref import PRONOUN_GENDER
from strife.nlp.document import ArticleDoc, sentence_start

__all__ = ["kin_after", "not_the_relation", "relation_named_with"]

_KIN_OWNERS = frozenset({"his", "her"})  # "his wife", "her husband": the surname's own relation
_GENDERS = frozenset({"m", "f"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_KIN_OWNER_KEY = "strife.kin_owner_words"


def kin_after(tok: Token, cues: RoleCues) -> bool:
    """'Peterson was convicted of killing *his wife*': a relation noun with "his"/"her" after a bare
    surname in its sentence is the relation of the one the surname names, who is not that relation."""
    return _kin_owner(tok, cues) is not None


def _kin_owner(tok: Token, cues: RoleCues) -> Token | None:
    """The "his" or "her" on the first relation noun after ``tok`` in its sentence that is done to or
    named with, not the subject of a clause of its own ("Tedeschi told the court that … both her
    parents knew": the parents are the girl's, and say nothing of Tedeschi)."""
    if not _has_kin_owner(tok.doc):
        return None  # no "his" or "her" in the paragraph: no token need be read
    for t in tok.sent:
        if t.i <= tok.i or not cues.has("kin", t) or t.dep_ in _SUBJECTS:
            continue
        owner = next((c for c in t.children if c.dep_ == "poss" and c.lower_ in _KIN_OWNERS), None)
        if owner is not None:
            return owner
    return None


def _has_kin_owner(doc: Doc) -> bool:
    """Whether a word of the paragraph is "his" or "her", from its lowercase column read once (kept in
    ``doc.user_data``)."""
    found: bool | None = doc.user_data.get(_KIN_OWNER_KEY)
    if found is None:
        ids = {doc.vocab.strings[word] for word in _KIN_OWNERS}
        found = doc.user_data[_KIN_OWNER_KEY] = not ids.isdisjoint(doc.to_array(LOWER).tolist())
    return found


def not_the_relation(art: ArticleDoc, found: Sequence[int], tok: Token, cues: RoleCues) -> list[int]:
    """The people of ``found`` a bare surname at ``tok`` may name: with "his wife" or "her husband"
    after it, not those known to be of the other gender than the "his"/"her" says."""
    owner = _kin_owner(tok, cues)
    if owner is None:
        return list(found)
    gender = PRONOUN_GENDER[owner.lower_]
    return [i for i in found if person_gender(art, i) in (None, gender)]


def person_gender(art: ArticleDoc, idx: int) -> str | None:
    """The gender of person ``idx``: their given name's, else their own sentences' pronouns'."""
    known = art.actors[idx].gender
    if known in _GENDERS:
        return known
    said: set[str] = set()
    own, others = _own_sentences(art, idx)
    for para, start in own:
        doc = art.docs[para]
        end = start
        while end < len(doc) and sentence_start(doc[end]) == start:
            end += 1
        said |= {PRONOUN_GENDER[t.lower_] for t in doc[start:end] if _gendered(t)}
        if end < len(doc) and (para, end) not in others and _gendered(doc[end]):
            said.add(PRONOUN_GENDER[doc[end].lower_])  # "… Laci Peterson vanished. Her body was found"
    return said.pop() if len(said) == 1 else None


def _gendered(tok: Token) -> bool:
    return tok.lower_ in PRONOUN_GENDER and tok.pos_ == "PRON"


def _own_sentences(art: ArticleDoc, idx: int) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """The sentences (paragraph, first token) that name person ``idx`` and no other person, and those
    that name another person."""
    named: dict[tuple[int, int], set[int]] = {}
    for i, actor in enumerate(art.actors):
        if actor.type != "person":
            continue
        for m in actor.mentions:
            named.setdefault((m.para, sentence_start(art.docs[m.para][m.start])), set()).add(i)
    own = {key for key, people in named.items() if people == {idx}}
    return own, {key for key, people in named.items() if idx not in people}


def relation_named_with(
    art: ArticleDoc, seen: list[tuple[tuple[int, int], int]], last_at: tuple[int, int], last: int
) -> int:
    """The person a shared surname stands for when ``last``, named last, is named in apposition to a
    noun of someone's relation ("his wife, Laci Peterson", "her husband, Dan Cole") that is no side
    joined to the other ("X and his wife Y"): the other person with that surname named before it in
    the same sentence, whose relation it is; else ``last``."""
    para, start = last_at
    doc = art.docs[para]
    loc = next(m for m in art.actors[last].mentions if (m.para, m.start) == last_at)
    root = doc[loc.start : loc.end].root
    relation = root.head
    if (
        root.dep_ != "appos"
        or relation.dep_ == "conj"
        or not any(c.dep_ == "poss" for c in relation.children)
    ):
        return last  # "Thomas Sam and his wife Manju Sam spoke": two named alike, the last stands
    sentence = sentence_start(doc[start])
    earlier = [
        i
        for (p, s), i in sorted(seen)
        if i != last and p == para and s < start and sentence_start(doc[s]) == sentence
    ]
    return earlier[-1] if earlier else last
