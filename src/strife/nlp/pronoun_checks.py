"""Second looks at speakers known by "he" or "she", once every quote has its speaker.

Coreference (:mod:`strife.nlp.coref`) links a pronoun to the person of the latest sentence that names
one. For a pronoun that speaks, two of its choices are known to go wrong in news, and this module undoes
them (the local mention stays; only the resolved person changes or goes):

- **a person the statement itself names** (``Police arrested Vincent Hale. Hale was on probation, he
  said``): people do not speak of themselves by name, so the pronoun is someone else: the person the
  sentences before name, leaving out everyone the quoted words name, else no one;
- **the object of a sentence whose subject is a person the actors step does not know** (``Mayor Ana Ruiz
  thanked Carla Jensen. “…,” she said``, the NER missing Ana Ruiz: not Jensen): a pronoun that
  speaks goes on from that subject, so it is left unresolved rather than given to the object.

A "he"/"she" after a quote in a sentence that opens with ``According to X`` (``According to Mark, the
actor was picked “because …” People quoted him as saying``) is X, the sentence's source, not the person
coreference finds last. And a "he"/"she" that **answers** (``Lynch asked Coleman, “…?” “Yes,” he
responded``) is the one just asked, not the asker coreference finds as the last speaker
(:func:`answers_to_questions`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.nlp.coref import PRONOUN_GENDER, antecedent
from strife.nlp.document import ArticleDoc, Loc, WorkQuote, children

__all__ = ["answers_to_questions", "person_word", "recheck_pronoun_speakers"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "pobj", "dative", "iobj"})

PersonCheck = Callable[[Token], bool]  # whether a subject word is a person (a name, "the mayor")


def person_word(dicts: Dictionaries, first_names: Mapping[str, str]) -> PersonCheck:
    """Whether a subject word is a person's name: the NER's, or one with a first name or a title before
    it ("Mayor Ana Ruiz"). An office alone ("A police officer told Ostrander to stop. “…,” he said") is
    not: the one addressed may answer."""

    def office(word: str) -> bool:
        found = dicts.title(word)
        return found is not None and found.type == "person"

    def check(tok: Token) -> bool:
        if tok.ent_type_ == "PERSON":
            return True
        parts = [c for c in tok.lefts if c.dep_ == "compound"]
        return tok.tag_ == "NNP" and any(c.text in first_names or office(c.text.lower()) for c in parts)

    return check


def recheck_pronoun_speakers(art: ArticleDoc, person_word: PersonCheck) -> None:
    """Undo the two pronoun links above for every quote spoken by a "he"/"she" coreference resolved, and
    give a "he"/"she" after a quote in an "according to X" sentence to X."""
    for quote in art.quotes:
        loc = quote.speaker_loc
        if loc is None or loc.end - loc.start != 1:
            continue
        pronoun = art.docs[loc.para][loc.start]
        gender = PRONOUN_GENDER.get(pronoun.lower_)
        source = _according_source(art, quote, gender) if _offset(art, loc) >= quote.end else None
        if source is not None:  # "According to X, … “…,” People quoted him as saying": him is X
            quote.speaker, quote.speaker_how = source, "coreference"
            continue
        if (
            gender is None
            or quote.speaker is None
            or loc not in art.linked
            or art.actors[quote.speaker].type != "person"
            or art.actors[quote.speaker].described
        ):
            continue
        named = _named_inside(art, quote)
        if quote.speaker in named:
            found = antecedent(art, loc.para, _history(art, loc, named), gender)
            quote.speaker = found
            quote.speaker_how = "coreference" if found is not None else "unresolved"
        elif _object_of_unknown_person(art, quote.speaker, loc, person_word):
            quote.speaker, quote.speaker_how = None, "unresolved"


def _according_source(art: ArticleDoc, quote: WorkQuote, gender: str | None) -> int | None:
    """The person of an "according to X" before a quote in the sentence it opens in, of the gender of
    the pronoun that speaks the quote."""
    doc, at = art.docs[quote.para], quote.start - art.offsets[quote.para]
    first = next((t for t in doc if t.idx >= at), None)
    if gender is None or first is None:
        return None
    for tok in doc[first.sent.start : first.i]:
        if tok.lower_ != "according" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "to":
            continue
        obj = next((c for c in children(doc[tok.i + 1]) if c.dep_ == "pobj"), None)
        hit = art.actor_at(quote.para, obj) if obj is not None else None
        actor = art.actors[hit[0]] if hit is not None else None
        if (
            hit is not None
            and actor is not None
            and actor.type == "person"
            and actor.gender in (None, gender)
        ):
            return hit[0]
    return None


def _offset(art: ArticleDoc, loc: Loc) -> int:
    return art.offsets[loc.para] + art.docs[loc.para][loc.start].idx


def _named_inside(art: ArticleDoc, quote: WorkQuote) -> set[int]:
    """The people a quote's own words name (by a name, not a pronoun)."""
    return {
        idx
        for loc, idx in art.mention_index.items()
        if loc not in art.linked
        and art.actors[idx].type == "person"
        and quote.start <= _offset(art, loc) < quote.end
    }


def _history(art: ArticleDoc, before: Loc, left_out: set[int]) -> list[tuple[int, int, int, bool]]:
    """Person mentions before a pronoun, as coreference reads them, without the people left out."""
    out = []
    for loc, idx in art.mention_index.items():
        if (
            idx in left_out
            or art.actors[idx].type != "person"
            or (loc.para, loc.start) >= (before.para, before.start)
        ):
            continue
        root = art.docs[loc.para][loc.start : loc.end].root
        out.append((loc.para, loc.start, idx, root.dep_ in _SUBJECTS))
    return sorted(out)


def _object_of_unknown_person(art: ArticleDoc, actor: int, pronoun: Loc, person_word: PersonCheck) -> bool:
    """Whether the speaker's last mention before the pronoun is the object in a sentence whose subject
    is a person that is no actor: a name the NER missed, or an office ("The mayor thanked Jensen")."""
    mentions = [
        m
        for m in art.actors[actor].mentions
        if m not in art.linked
        and (m.para, m.start) < (pronoun.para, pronoun.start)
        and m.para >= pronoun.para - 1
    ]
    if not mentions:
        return False
    last = max(mentions, key=lambda m: (m.para, m.start))
    doc = art.docs[last.para]
    root = doc[last.start : last.end].root
    if root.dep_ not in _OBJECTS:
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head
    subject = next((c for c in children(verb) if c.dep_ in _SUBJECTS), None)
    return subject is not None and art.actor_at(last.para, subject) is None and person_word(subject)


_ASKED_REACH = 2  # paragraphs between a question and the answer to it


def answers_to_questions(art: ArticleDoc, addressing: frozenset[str], replies: frozenset[str]) -> None:
    """Give a pronoun's answer to the person the quote before it was put to, where coreference gave
    it to the one who asked ("Lynch asked Coleman, “…?” / “Yes,” he responded": Coleman)."""
    before: WorkQuote | None = None
    for quote in art.quotes:
        loc = quote.speaker_loc
        if before is not None and loc is not None and loc in art.linked and loc.end - loc.start == 1:
            pronoun = art.docs[loc.para][loc.start]
            asked = _asked(art, before, addressing)
            if (
                pronoun.lower_ in PRONOUN_GENDER
                and pronoun.head.lemma_.lower() in replies
                and asked is not None
                and quote.speaker == before.speaker
                and art.actors[asked].gender in (None, PRONOUN_GENDER[pronoun.lower_])
                and loc.para - before.para <= _ASKED_REACH
            ):
                quote.speaker, quote.speaker_how = asked, "coreference"
        if quote.kind != "indirect":  # "…, who in turn said he had seen it": no question put
            before = quote


def _asked(art: ArticleDoc, quote: WorkQuote, addressing: frozenset[str]) -> int | None:
    """The person a quote was put to by its speech verb's object ("asked Coleman"), if a person."""
    loc = quote.speaker_loc
    if loc is None or quote.speaker is None:
        return None
    verb = art.docs[loc.para][loc.start : loc.end].root.head
    if verb.lemma_.lower() not in addressing:
        return None
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "dative")):
        found = art.actor_at(loc.para, obj)
        if found is not None and found[0] != quote.speaker and art.actors[found[0]].type == "person":
            return found[0]
    return None
