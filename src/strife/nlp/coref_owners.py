"""Whose a "his" or "her" is, and who a "he" is, read off the words around it before the people named.

:mod:`strife.nlp.coref` gives a pronoun to the compatible person of the latest sentence naming one.
Some pronouns say more about their owner than that; :func:`owner_before` reads three of them first:

- **fronted**: a "his"/"her" in a phrase put before the subject of its sentence is that subject's ("In
  her opening remarks, Waters thanked …", "Discussing his plan, Prime Minister Lee said …");
- **companion**: a "his"/"her" joined to a person by "and" is that person's ("Sergeant Tom Reed and his
  partner arrested Dole", "Dole was arrested by Tom Reed and his partner"): not Dole's;
- **echo**: a "he"/"she" whose own clause speaks of "his <noun>"/"her <noun>" again after an earlier
  sentence did is the owner of that earlier one ("… Tom Reed and his partner. He said his partner had
  been attacked": Tom Reed, not Dole);
- **reporter**: a "he"/"she" subject of a clause told by a verb that is itself reported is that verb's
  subject, the nearest teller, not the outer one ("The judge said Ortez had bragged that he would shoot a
  guard": Ortez, not the judge).

Each gives the person only when an actor stands for them and the gender fits; else the usual reading
goes on (a "his partner" whose owner no actor stands for, as "the officer and his partner", gives none).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.document import ArticleDoc, fronted_subject

_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TOLD = frozenset({"ccomp", "conj"})  # a telling verb reported by another: "said X bragged that …"
_ECHO_PARAS = 1  # how many paragraphs back an earlier "his <noun>" is looked for


def owner_before(art: ArticleDoc, para: int, tok: Token, gender: str) -> int | None:
    """The actor a pronoun is by its own words (fronted, companion, echo), else None."""
    for reading in (_fronted_owner, _companion_owner, _echoed_owner, _nearest_teller):
        actor = reading(art, para, tok, gender)
        if actor is not None:
            return actor
    return None


def _person(art: ArticleDoc, para: int, tok: Token, gender: str) -> int | None:
    """The person actor whose mention covers ``tok``, when the gender fits."""
    hit = art.actor_at(para, tok)
    if hit is None or art.actors[hit[0]].type != "person":
        return None
    return hit[0] if art.actors[hit[0]].gender in (gender, None) else None


def _fronted_owner(art: ArticleDoc, para: int, tok: Token, gender: str) -> int | None:
    subject = fronted_subject(tok)
    return None if subject is None else _person(art, para, subject, gender)


def _companion_owner(art: ArticleDoc, para: int, tok: Token, gender: str) -> int | None:
    """``Tom Reed and his partner``: the person the possessive's noun is joined to."""
    if tok.dep_ != "poss" or tok.head.dep_ != "conj" or tok.head.head.i >= tok.i:
        return None
    return _person(art, para, tok.head.head, gender)


def _echoed_owner(art: ArticleDoc, para: int, tok: Token, gender: str) -> int | None:
    """``He said his partner …`` after ``… and his partner``: the earlier possessive's actor."""
    if tok.dep_ not in _SUBJECTS:
        return None
    nouns = {
        w.head.lemma_.lower()
        for w in tok.head.subtree
        if w.dep_ == "poss" and _POSSESSIVE_GENDER.get(w.lower_) == gender and w.i > tok.i
    }
    if not nouns:
        return None
    for back in range(para, max(-1, para - _ECHO_PARAS - 1), -1):
        doc = art.docs[back]
        end = tok.sent.start if back == para else len(doc)
        for word in reversed(doc[:end]):
            if _echo(word, nouns, gender):
                return _person(art, back, word, gender)
    return None


def _nearest_teller(art: ArticleDoc, para: int, tok: Token, gender: str) -> int | None:
    """``The judge said Ortez had bragged that he …``: the subject of "bragged", a clause of "said"."""
    if tok.dep_ not in _SUBJECTS:
        return None
    clause = tok.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    teller = clause.head
    if clause.dep_ != "ccomp" or teller.dep_ not in _TOLD or teller.head.i == teller.i:
        return None
    subject = next((c for c in teller.children if c.dep_ in _SUBJECTS and c.pos_ != "PRON"), None)
    named = [] if subject is None else [subject, *(c for c in subject.children if c.dep_ == "appos")]
    found = [a for a in (_person(art, para, w, gender) for w in named) if a is not None]
    return found[0] if found else None  # "the suspect, Carl Munro, had warned that he …": Munro


def _echo(word: Token, nouns: set[str], gender: str) -> bool:
    return (
        word.dep_ == "poss"
        and _POSSESSIVE_GENDER.get(word.lower_) == gender
        and word.head.lemma_.lower() in nouns
    )
