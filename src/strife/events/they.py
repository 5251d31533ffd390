"""Who a sentence-opening "they" or "it" is: the group or body the sentence before had as its subject;
who does a gerund fronted before the reporter of a sentence (:func:`told_doer`); and who does an attack
whose "by" phrase the parser hung on the verb that takes it (:func:`attack_by`); and whether a reported
clause is told inside another's words (:func:`nested_teller`).

"Police say she was struck by a car. They later arrested the driver": a "they" that opens its sentence
as the subject of its main verb, with no antecedent of its own, stands for the group or organisation the
previous sentence (in its paragraph, or the last of the paragraph before) named as its main subject, when
that subject is a plural group with a code ("police", "Kenyan troops", "the rebels"), never a person, a
state or a group of no known kind ("four men"). An "it" so placed stands for such a subject in the
singular, a body, a state or a craft with a code ("The Indian navy said its warship had fired on the
boat. It had sunk a trawler": the navy), unless its verb is one of being ("It was the third attack"),
whose "it" points at no one; so does an "it" opening a clause joined by "and" to one with such a subject.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from strife.events.modality import EventCues
from strife.nlp.document import ArticleDoc, Loc

__all__ = ["nested_teller", "previous_subject", "told_doer"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_GROUPS = frozenset({"group", "organization"})
_SINGULAR_ONLY = frozenset({"state", "igo"})  # what "it" may stand for and "they" not
_PLURAL = frozenset({"NNS", "NNPS"})
_WHEN = frozenset({"DATE", "TIME"})  # "On Monday they …"
_BEFORE = frozenset({"ADV", "PUNCT", "CCONJ", "ADP", "NUM", "DET"})  # "Later, they …", "On Monday they …"
_NUMBER = {"they": True, "it": False}  # whether the pronoun's antecedent is plural
_BEING = frozenset({"be", "seem", "appear", "remain", "become"})  # "It was …": an empty "it"
_FIRST = frozenset({"i", "we"})


def previous_subject(art: ArticleDoc, para: int, pronoun: Token) -> list[tuple[int, Loc]]:
    """The group or body a sentence-opening subject "they" or "it" stands for, as (actor, mention); none
    if it does not open its sentence or the sentence before has no such group of its number as subject."""
    sent = pronoun.sent
    plural = _NUMBER.get(pronoun.lower_)
    if plural is None or pronoun.dep_ not in _SUBJECTS:
        return []
    if not plural and pronoun.head.lemma_.lower() in _BEING:
        return []
    if pronoun.head.i != sent.root.i:
        return _joined_subject(art, para, pronoun) if not plural else []
    opening = pronoun.doc[sent.start : pronoun.i]
    if any(t.pos_ not in _BEFORE and t.ent_type_ not in _WHEN for t in opening):
        return []
    before = _sentence_before(art, para, sent)
    if before is None:
        return []
    where, prev = before
    return _coded_subject(art, where, prev.root, plural)


def _coded_subject(art: ArticleDoc, para: int, verb: Token, plural: bool) -> list[tuple[int, Loc]]:
    """The subject of ``verb`` that a pronoun of that number can stand for: a group or body with a code,
    or for "it" also a state or an IGO ("Sudan denied it. It has accused …")."""
    kinds = _GROUPS if plural else _GROUPS | _SINGULAR_ONLY
    for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
        hit = art.actor_at(para, subject)
        actor = art.actors[hit[0]] if hit is not None else None
        if hit is not None and actor is not None and actor.type in kinds and actor.code:
            return [hit] if (subject.tag_ in _PLURAL) == plural else []
    return []


def _joined_subject(art: ArticleDoc, para: int, pronoun: Token) -> list[tuple[int, Loc]]:
    """'South Sudan faces rebellions of its own, and it has accused Sudan of backing them': the "it"
    subject of a clause joined by "and/but" to the one before is that clause's subject, a body or a
    state with a code."""
    clause = pronoun.head
    if clause.dep_ != "conj" or clause.head.pos_ not in ("VERB", "AUX") or clause.head.i > pronoun.i:
        return []
    return _coded_subject(art, para, clause.head, False)


def _sentence_before(art: ArticleDoc, para: int, sent: Span) -> tuple[int, Span] | None:
    """The sentence before, in the same paragraph or as the last of the paragraph before."""
    if sent.start > 0:
        return para, sent.doc[sent.start - 1].sent
    if para == 0 or not len(art.docs[para - 1]):
        return None
    doc = art.docs[para - 1]
    return para - 1, doc[len(doc) - 1].sent


def told_doer(prep: Token, verb: Token, cues: EventCues) -> Token | None:
    """The subject of the clause a report tells, for a gerund fronted before its reporter ("After
    shooting the clerk, police said the man fled": the man shot, not the police), or ``None``."""
    if not cues.has("recount", verb) or prep.dep_ != "prep" or prep.head.i != verb.i:
        return None
    reporter = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if reporter is None or prep.i > reporter.i:
        return None  # "police said after shooting the clerk …": no fronted adjunct
    told = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    doers = [s for c in told for s in c.children if s.dep_ == "nsubj"]
    return doers[0] if doers and doers[0].pos_ in ("NOUN", "PROPN") else None


def attack_by(noun: Token, attack: bool) -> tuple[Token, Token] | None:
    """The "by" preposition and its object the parser hung on the active verb whose object the attack
    noun ``noun`` is ("condemning the assault by the Sudanese forces"): the attack's doer, as "the
    assault by X" names it; ``None`` for any other noun or phrase."""
    verb = noun.head
    if not attack or noun.dep_ != "dobj" or verb.tag_ == "VBN":
        return None
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i > noun.i):
        for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")):
            return prep, obj
    return None


def nested_teller(subject: Token | None, reporter: Loc | None, para: int) -> bool:
    """Whether the clause of ``subject`` (in paragraph ``para``) hangs, below the reporter's verb, from a
    clause with a subject of its own that is not the reporter ("He had boasted that he wanted to kill a
    cop, the judge added", "the judge said the defendant boasted that he …"): its pronoun stands for that
    teller, not for the reporter. A pronoun after the reporter may be the reporter ("the judge said she had
    found that she …"), a fronted one is not (as :func:`told_doer`'s gerund); "I"/"we" are the speaker."""
    if subject is None or reporter is None or reporter.para != para:
        return False
    said = subject.doc[reporter.end - 1].head  # the reporter's verb
    for verb in subject.head.ancestors:
        if verb.i == said.i:
            return False
        for teller in (c for c in verb.children if c.dep_ in _SUBJECTS):
            own = teller.pos_ == "PRON" and (teller.i > reporter.start or teller.lower_ in _FIRST)
            if not own and not reporter.start <= teller.i < reporter.end:
                return True
    return False
