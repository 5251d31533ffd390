"""A lede's unnamed person, named in the next sentence: "A Greek police officer has been charged with
murder … Nikos Petrou, 41, was also charged with …". News often opens on what a person is and gives
the name only in the sentence after; the name is then the described person's and takes the
description's code (GRCCOP), so that the events told of the name have the officer's side.

The rule is narrow: the description is its sentence's subject with "a"/"an" (one person, not yet
known), the name is the subject of the very next sentence and first met there, and both sentences tell
the same act: the same verb, or two verbs of arrest and trial (``lede_verb`` words of
``agent_words.tsv``). "A police officer was shot … Tom Reed, 19, was arrested" names the suspect, not
the officer, and keeps him uncoded.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from strife.nlp.document import ArticleDoc, Loc, WorkActor

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_INDEFINITE = frozenset({"a", "an"})


def name_ledes(art: ArticleDoc, verbs: frozenset[str]) -> None:
    """Give each person named right after a lede's unnamed person of a sector that person's code."""
    people = [a for a in art.actors if a.type == "person" and a.mentions]
    for described in people:
        if not described.described or described.sector is None:
            continue
        first = min(described.mentions, key=_order)
        act = _subject_verb(art, first, indefinite=True)
        after = _next_sentence(art, first)
        if act is None or after is None:
            continue
        named = _named_subject(art, after, people)
        if named is None or named.code is not None or named.sector is not None:
            continue
        told = _subject_verb(art, min(named.mentions, key=_order), indefinite=False)
        if told is not None and _same_act(act, told, verbs):
            named.code, named.country, named.sector = described.code, described.country, described.sector
            named.title = named.title or described.title


def _order(loc: Loc) -> tuple[int, int]:
    return loc.para, loc.start


def _subject_verb(art: ArticleDoc, loc: Loc, *, indefinite: bool) -> Token | None:
    """The verb a mention is the subject of; with ``indefinite``, only when "a"/"an" opens it."""
    root = art.docs[loc.para][loc.start : loc.end].root
    if root.dep_ not in _SUBJECTS or root.head.pos_ not in ("VERB", "AUX"):
        return None
    if indefinite and not any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in root.children):
        return None
    return root.head


def _next_sentence(art: ArticleDoc, loc: Loc) -> tuple[int, Span] | None:
    """The sentence after a mention's own: in its paragraph, else the next paragraph's first."""
    doc = art.docs[loc.para]
    sent = doc[loc.start].sent
    if sent.end < len(doc):
        return loc.para, doc[sent.end].sent
    if loc.para + 1 < len(art.docs) and len(art.docs[loc.para + 1]):
        return loc.para + 1, next(iter(art.docs[loc.para + 1].sents))
    return None


def _named_subject(art: ArticleDoc, where: tuple[int, Span], people: Sequence[WorkActor]) -> WorkActor | None:
    """The one named person first met in the sentence as a subject."""
    para, sent = where
    found = []
    for person in people:
        first = min(person.mentions, key=_order)
        if person.described or first.para != para or not sent.start <= first.start < sent.end:
            continue
        if art.docs[para][first.start : first.end].root.dep_ in _SUBJECTS:
            found.append(person)
    return found[0] if len(found) == 1 else None


def _same_act(act: Token, told: Token, verbs: frozenset[str]) -> bool:
    lemmas = {act.lemma_.lower(), told.lemma_.lower()}
    return len(lemmas) == 1 or lemmas <= verbs
