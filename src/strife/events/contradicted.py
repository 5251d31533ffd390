"""A report that the same sentence takes back: the action it tells is no asserted act.

News often tells a first account and its correction in one sentence: "Deputies reported that a second
deputy was shot, but authorities later said the injuries were not caused by gunfire", "Witnesses said
rebels shelled the town, but the army denied it", "Reports that rebels had shelled the town were later
found to be false". The act inside such a report is only claimed; :func:`contradicted` finds it so the
modality step reads it as hypothetical, as it reads an act inside a denied claim.

Cue words live in ``data/event_cues.tsv``: ``falsehood`` (adjectives that call a claim untrue),
``correction`` (adverbs of a later statement: "later"), ``origin`` (verbs of what an act came from:
"caused by") and ``retraction`` (verbs that take a report back:
"retract"), with the ``dispute`` verbs ("denied"), the report verbs (``recount``, ``telling``, ``allege``,
``hearsay``) and the claim nouns (``allege``, ``hearsay``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from spacy.tokens import Token

_MAX_CLIMB = 4
_REPORT_ROLES = ("recount", "telling", "allege", "hearsay")
_PREDICATES = frozenset({"acomp", "attr", "oprd"})


class Cues(Protocol):
    def has(self, role: str, tok: Token) -> bool: ...


def contradicted(verb: Token, cues: Cues, *, nominal: bool) -> bool:
    """The action whose clause verb is ``verb`` (``nominal``: the action is a noun it governs) is told in
    a report that a later clause of the sentence takes back, or in a claim found false."""
    reports = _reports(verb, cues, nominal=nominal)
    return any(_taken_back(report, verb, cues) for report in reports) or _claim_found_false(verb, cues)


def _reports(verb: Token, cues: Cues, *, nominal: bool) -> Iterator[Token]:
    """The verbs whose "but" clause may take the account back: the clause verb itself when it is one of
    telling and the action its noun ("reported an attack"; an accusation that is denied still was made),
    and each verb above whose complement clause holds it ("said that rebels shelled …"), with that
    clause ("said rebels shelled the town, but the army denied it" hangs the denial on "shelled")."""
    if nominal and any(cues.has(role, verb) for role in _REPORT_ROLES):
        yield verb
    tok = verb
    for _ in range(_MAX_CLIMB):
        if tok.head.i == tok.i or tok.dep_ not in ("ccomp", "conj", "xcomp"):
            return
        if tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX"):
            yield tok
            yield tok.head
        tok = tok.head


def _taken_back(report: Token, verb: Token, cues: Cues) -> bool:
    """A clause joined to the report by "but" that denies, retracts or corrects it: "but the army denied
    it", "but police later retracted the report", "but police later said the injuries were not caused by
    gunfire", "but officials said the account was false"."""
    for second in report.children:
        if second.dep_ != "conj" or second.i < report.i or not _but_between(report, second):
            continue
        if cues.has("dispute", second) or cues.has("retraction", second):
            return True
        for clause in second.children:
            if clause.dep_ == "ccomp" and (_false(clause, cues) or _corrected(second, clause, verb, cues)):
                return True
    return False


def _but_between(first: Token, second: Token) -> bool:
    return any(
        c.dep_ == "cc" and c.lower_ in ("but", "yet") and first.i < c.i < second.i
        for c in [*first.children, *second.children]
    )


def _corrected(said: Token, clause: Token, verb: Token, cues: Cues) -> bool:
    """A later statement that the act told did not happen or had another cause: "later said the injuries
    were not caused by gunfire", "later said he was not shot", "later said no attack took place" (not
    one that only adds what did not follow: "later said the men were not charged")."""
    later = any(c.dep_ == "advmod" and cues.has("correction", c) for c in said.children)
    negated = any(c.dep_ == "neg" for c in clause.children) or any(
        c.dep_ in ("nsubj", "nsubjpass") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in clause.children
    )
    denied = clause.lemma_ == verb.lemma_ or cues.has("occur", clause) or cues.has("origin", clause)
    return later and negated and denied


def _false(predicate: Token, cues: Cues) -> bool:
    """A predicate that calls its subject untrue: "was false", "proved untrue", "were found to be false"."""
    tok = predicate
    for _ in range(2):
        if cues.has("falsehood", tok) or any(
            c.dep_ in _PREDICATES and cues.has("falsehood", c) for c in tok.children
        ):
            return True
        following = [c for c in tok.children if c.dep_ == "xcomp"]
        if not following:
            return False
        tok = following[0]
    return False


def _claim_found_false(verb: Token, cues: Cues) -> bool:
    """The action is the content of a claim noun that is the subject of a predicate of falsehood:
    "reports that rebels had shelled the town were later found to be false"."""
    claim = verb.head
    return (
        verb.dep_ in ("acl", "ccomp")
        and (cues.has("allege", claim) or cues.has("hearsay", claim))
        and claim.dep_ in ("nsubj", "nsubjpass")
        and _false(claim.head, cues)
    )
