"""Where a reported clause starts and what it may hold.

Quoted fragments inside it: ``Brill said his client stands little chance in the high court, which he
called "far too harsh"``, ``The meeting will not end in a "take it or leave it" offer, a source said``:
a few words quoted in a long clause (each passage closed, opening after the clause's first word, no
quoted sentence of its own, a third of the clause at most, eight words of the clause's own outside
them) leave the rest of the clause a reported statement; the fragment is a partial quote of its own
as well. Where the fragment is the statement (``said the attack was "a warning"``) the partial quote
alone stands for it.

Quoted terms inside it (:func:`terms_only`): a quoted name for a thing (``the "zero day" flaw``) or a
few quoted nouns ending a noun phrase begun outside the marks (``sunk the pirates' "mother ship"``)
leave the clause reported, however short.

A date before the clause's subject: ``The board said on Monday it would raise rates`` (the parser
hangs "on Monday" on the reported verb) — when the saying was, not what was said, unless "that" comes
before it.

A complement with no verb (:func:`verbless`): ``The agency declared polar bears a threatened species``,
``The court declared the law void`` give a status, not a statement; ``She insisted her alter ego be
kept hidden`` (a subjunctive, its verb bare) is one.

A headline's label (:func:`headline_label`): ``Doctor Who Revealed: Fans Get a First Look`` — a past form
of a speech verb right before a colon in a headline-like line names what follows; no one says it.

A speech verb opening its own clause after "and"/"but" (``… and the union ADEDY said it was planning
…``): the clause before it is not its report.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from strife.nlp.document import child_with, children
from strife.nlp.names import title_case
from strife.nlp.quoted_names import few_words, quoted_term
from strife.nlp.quotemarks import QuoteMarks

_CLAUSE_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_NOUN_MODIFIERS = frozenset({"amod", "compound", "acl"})  # "a threatened species", "a town hit by floods"

__all__ = [
    "fragments_inside",
    "headline_label",
    "joined_clause",
    "split_clause",
    "terms_only",
    "whole_mark",
    "without_date_lead",
    "without_stray_compound",
]

_SHARE = 3  # quoted characters are at most a third of the clause
_OWN_WORDS = 8  # and the clause has this many words of its own outside the quoted ones
_DATES = frozenset({"DATE", "TIME"})
_LEADS = frozenset({"prep", "npadvmod", "advmod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def headline_label(verb: Token) -> bool:
    """``Budget Cuts Announced: What They Mean``: a past form of a speech verb right before a colon, in a
    headline-like line (:func:`strife.nlp.names.title_case`), labels what follows."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return after is not None and after.text == ":" and verb.tag_ in ("VBD", "VBN") and title_case(verb.doc)


def fragments_inside(marks: QuoteMarks, start: int, end: int) -> bool:
    """Whether every quoted passage touching ``[start, end)`` is a closed fragment inside it (see the
    module docstring) in a clause long enough to say more than the fragment."""
    inside = [m for m in marks.quotes if m.open_at < end and (m.close_at or m.end) >= start]
    if not inside or marks.quoted_chars(start, end) * _SHARE > end - start:
        return False
    unquoted = marks.text[start:end]
    for m in inside:
        unquoted = unquoted.replace(marks.text[m.start : m.end], " ")
    if sum(w.isalnum() for w in unquoted.replace(",", " ").split()) < _OWN_WORDS:
        return False  # "said the attack was “a warning”": the fragment is the statement
    first_word = marks.text.find(" ", start)
    return all(
        m.close_at is not None
        and not m.continued
        and m.open_at > first_word
        and _closes_by(marks, m.close_at, end)
        and not _sentence(marks.text[m.start : m.end])
        for m in inside
    )


def _sentence(words: str) -> bool:
    """A quoted sentence of its own (``the reason being, “The fish are bigger there.”``), no fragment."""
    return words[:1].isupper() and words.rstrip()[-1:] in (".", "!", "?")


def _closes_by(marks: QuoteMarks, close_at: int, end: int) -> bool:
    """The closing mark lies inside the span or past its end by punctuation only (``death. "``)."""
    return close_at < end or not marks.text[end:close_at].strip(" .,;:!?")


def without_date_lead(verb: Token, comp: Token, tokens: list[Token]) -> list[Token]:
    """The clause's tokens less a date the parser hung on its verb between the speech verb and the
    clause's subject (``said on Monday it would …``, ``said late Friday the man …``)."""
    subject = next((c for c in comp.children if c.dep_ in _SUBJECTS), None)
    if subject is None or not tokens or tokens[0].i != verb.i + 1:
        return tokens
    lead = subject.left_edge.i
    heads = [c for c in comp.children if c.i < lead and c.left_edge.i >= tokens[0].i]
    if not heads or any(c.dep_ not in _LEADS for c in heads):
        return tokens
    covered = {t.i for c in heads for t in c.subtree}
    if covered != set(range(tokens[0].i, lead)) or not any(verb.doc[i].ent_type_ in _DATES for i in covered):
        return tokens
    return [t for t in tokens if t.i >= lead]


def without_stray_compound(tokens: list[Token]) -> list[Token]:
    """The clause's tokens less a name the parser hung on a pronoun as a compound (``told jurors in Albany
    County Court he went …``: "Albany County Court" made a compound of "he"): a pronoun takes none, so
    the name belongs to the words before the clause, where the speaker spoke."""
    stray = {s.i for t in tokens if t.dep_ == "compound" and t.head.tag_ == "PRP" for s in t.subtree}
    return [t for t in tokens if t.i not in stray] if stray else tokens


def joined_clause(verb: Token) -> bool:
    """``… brought transport to a standstill and the main union ADEDY said it was planning …``: the
    speech verb opens a clause of its own after "and" or "but"; a clause before it is not its report."""
    subject = child_with(verb, ("nsubj",))
    if subject is None or subject.left_edge.i < 1:
        return False
    return verb.doc[subject.left_edge.i - 1].lower_ in ("and", "but")


def verbless(tokens: list[Token]) -> bool:
    """No verb of a clause among the words (a participle on a noun, ``a threatened species``, ``a town
    hit by floods``, is none): an object and what it is declared to be, not a reported clause."""
    return not any(t.tag_.startswith(("VB", "MD")) and t.dep_ not in _NOUN_MODIFIERS for t in tokens)


def whole_mark(raw: str, end: int) -> int:
    """``had been `` destroyed''``: a tokenised closing pair of apostrophes (read as a curly mark and a
    space, :func:`strife.nlp.quotemarks.normalised`) stays whole at the end of a reported clause."""
    return end + 1 if raw[end - 1 : end + 1] == "''" else end


def terms_only(doc: Doc, marks: QuoteMarks, start: int, end: int) -> bool:
    """``Microsoft said the attacks used a flaw, or "zero day" vulnerability``: every passage quoted in
    the clause is a term (a quoted name for a thing, no one's words), so the clause is still reported."""
    inside = [m for m in marks.quotes if m.open_at < end and (m.close_at or m.end) >= start]
    spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in inside]
    return (
        bool(spans)
        and all(m.closed for m in inside)
        and all(s is not None and (quoted_term(s) or _quoted_noun(s)) for s in spans)
    )


def _quoted_noun(span: Span) -> bool:
    """``The navy said it had sunk the pirates' “mother ship”``: a few quoted nouns ending a noun phrase
    whose article or modifiers stand outside the marks are a word the writer holds at arm's length,
    part of the clause reported around it (the quote stays someone's words too)."""
    words = few_words(span, _NOUN_WORDS)
    if not words or any(t.pos_ not in ("NOUN", "PROPN") for t in words):
        return False
    window = span.doc[max(span.start - 3, 0) : span.start]  # "`", tagged PUNCT, is no is_punct
    before = [t for t in window if not (t.is_punct or t.pos_ == "PUNCT" or t.is_space)]
    return span.root.dep_ in _NOMINAL and bool(before) and before[-1].pos_ in _NOUN_PHRASE


_NOUN_WORDS = 3
_NOMINAL = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "conj", "appos"})
_NOUN_PHRASE = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})  # the phrase begun outside the marks


def split_clause(verb: Token, comp: Token, tokens: list[Token]) -> list[Token]:
    """The whole reported clause where the parser split it between the verb's children: a subject it
    took for the verb's object (``argued [the history of illness] [was to blame]``), and the rest of
    the clause hung on the verb right after it with no subject of its own (``insisted [his alter ego]
    [be kept secret]``, ``promised that [Americans making $250,000] [would not pay more]``)."""
    kids = children(verb)
    if child_with(comp, _CLAUSE_SUBJECTS) is None:
        objects = [c for c in kids if c.dep_ == "dobj" and c.right_edge.i + 1 == tokens[0].i]
        if objects:
            tokens = [*objects[0].subtree, *tokens]
    for kid in kids:
        # "… after the employee, 43-year-old Ann Roe, was suspended": the comma closing an apposition
        gap = verb.doc[tokens[-1].i + 1 : kid.left_edge.i]
        next_to = kid.left_edge.i > tokens[-1].i and all(t.text == "," and t.head == verb for t in gap)
        rest = kid.i > comp.i and kid.dep_ in ("ccomp", "conj") and next_to and len(gap) < 2
        if rest and child_with(kid, _CLAUSE_SUBJECTS) is None:
            tokens = [*tokens, *kid.subtree]
    return tokens
