"""The clause after "that" which the parser did not hang on its speech verb.

``McCord said at the time that the money was paid …`` (the parser read "that" as a relative word of
"the time"), ``One woman told NY1 that the boy was holding the gun …`` (it made "holding" the verb's
open complement): a speech verb with no clausal complement of its own, followed only by its adjuncts
and the one told, then "that" and a clause with a subject of its own. The clause is what was said.
A "that" with a verb right after it is a relative word ("told the firm that hired him …"), and a
clause the parser hung on a noun is that noun's ("confirmed reports that they were talking"): no report,
unless the noun is the one a verb of telling addresses ("told a judge that Lohan was in rehab").

A gerund after a noun's preposition ("a history of arguing that dates back years", "a habit of
complaining that annoyed the council") is no speech: a clause whose own subject is that "that", with no
conjunction before it, is a relative clause on the noun (:func:`relative_that`), never what was said.

A that-clause after the verb wins over a clause the parser put before it by misreading a coordination
(``The knee was examined … and coach Sean Payton said at practice that the team …``: :func:`that_after`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from strife.nlp.cues import SpeechCues

__all__ = ["clause_after_that", "own_report_cut", "relative_that", "that_after"]

_REACH = 8  # tokens between the verb and "that": "said at a news conference on Monday that"
_BETWEEN_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ", "ADV", "PUNCT", "PART"})
_CLAUSE_OPENERS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
# "that" as the parser reads it before a clause: a mark, or an adverb of a relative clause it made up
_THAT_DEPS = frozenset({"mark", "advmod"})


def clause_after_that(
    verb: Token, addressing: bool = False, speaks: Callable[[Token], bool] | None = None
) -> list[Token] | None:
    """The tokens of the clause after "that" that ``verb`` reports (see the module docstring), from the
    word after "that" to the end of the sentence, or ``None``. ``addressing``: the verb's object is the
    one spoken to (``told a judge that …``), so a clause the parser hung on that object is the verb's.
    ``speaks``: whether a verb is one of saying; a coordinated one ends the clause (:func:`_next_report`)."""
    sent, doc = verb.sent, verb.doc
    if verb.dep_ == "relcl" or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    end = min(verb.i + 1 + _REACH, sent.end)
    that = next((t for t in doc[verb.i + 1 : end] if t.lower_ == "that"), None)
    if that is None or that.i + 1 >= sent.end or that.dep_ not in _THAT_DEPS:
        return None  # "said nothing about the report that the board released": a relative pronoun
    listener = addressing and _listener(that.head.head, verb)
    if that.head.dep_ == "acl" and not _in_adjunct(that.head.head, verb) and not listener:
        return None  # "never confirmed reports that they were talking": what the reports say, not the verb
    between = doc[verb.i + 1 : that.i]
    if any(t.pos_ not in _BETWEEN_POS or t.text in (";", ":") for t in between):
        return None  # "said nothing to suggest that …": another verb's "that"
    first = doc[that.i + 1]
    if first.pos_ not in _CLAUSE_OPENERS:
        return None  # "told the firm that hired him": a relative word, no clause of its own
    end = _next_report(verb, that, speaks) or sent.end
    tokens = [t for t in doc[that.i + 1 : end] if not t.is_space]
    while tokens and tokens[-1].is_punct:
        tokens.pop()
    if not any(t.dep_ in _SUBJECTS and t.head.i > that.i for t in tokens):
        return None
    return tokens


def relative_that(comp: Token, verb: Token) -> bool:
    """``a history of arguing that dates back years``: the clause the parser hung on a gerund that is a
    noun's prepositional object opens with "that" as its own subject, no conjunction before it: a relative
    clause on the noun, not a report (the module docstring). So is a clause opening with "who" or "which"
    right after a comma, whatever the parser hung it on ("Hillis added 101 yards for the Chiefs (2-13),
    who had 352 yards rushing": the team's relative clause, no words of Hillis)."""
    first = comp.left_edge
    if first.lower_ in ("who", "which") and first.i > 0 and first.doc[first.i - 1].text == ",":
        return True
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return first.lower_ == "that" and first.dep_ == "nsubj" and first.head.i == comp.i


def _listener(noun: Token, verb: Token) -> bool:
    """``Heller told a judge that …``, ``reminded the crowd that …``: the noun the parser hung the clause
    on is the one the verb addresses (its object), who says nothing; the clause is the verb's report."""
    return noun.head.i == verb.i and noun.dep_ in ("dobj", "dative")


def _in_adjunct(noun: Token, verb: Token) -> bool:
    """``told a judge during a hearing that …``, ``said at a rally Friday that …``: the noun the parser
    hung the clause on is the object of a preposition the verb itself governs (when or where it spoke),
    so the clause is the verb's report, not what the hearing or the rally says."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == verb.i


def that_after(verb: Token, comps: list[Token]) -> bool:
    """Whether one of the verb's clausal complements follows it with "that" as its conjunction."""
    return any(
        c.i > verb.i and any(m.dep_ == "mark" and m.lower_ == "that" and m.i > verb.i for m in c.children)
        for c in comps
    )


def _next_report(verb: Token, that: Token, speaks: Callable[[Token], bool] | None) -> int | None:
    """``told a judge that … and argued that …``: where a speech verb coordinated with ``verb`` after its
    "that" begins (at its "and"), which reports a clause of its own; ``None`` when there is none."""
    if speaks is None:
        return None
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.i > that.i and speaks(c)), None)
    if conj is None:
        return None
    cc = [c.i for c in verb.children if c.dep_ == "cc" and that.i < c.i < conj.i]
    return cc[0] if cc else conj.left_edge.i


def own_report_cut(comp: Token, tokens: list[Token], cues: SpeechCues) -> list[Token]:
    """A reported clause up to a clause joined to it that reports on its own ("said that there is no
    crisis, and the ambassador told this website that …"): that is another speaker's report."""
    joined = [k for k in comp.children if k.dep_ == "conj" and cues.is_speech(k) and _has_subject(k)]
    if not joined:
        return tokens
    cut = [t for t in tokens if t.i < joined[0].left_edge.i]
    while cut and cut[-1].dep_ in ("cc", "punct") and cut[-1].head.i == comp.i:
        cut.pop()
    return cut or tokens


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
