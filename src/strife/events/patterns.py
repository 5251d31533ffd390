"""Event patterns: action words in a parsed sentence → CAMEO codes (data in ``data/event_patterns.tsv``).

A pattern is a head lemma and terms around it on the dependency parse: a particle or preposition
(``pull out``), an object (``impose {sanction}``), a modifier (``noun:strike +air``), a complement
(``refuse >meet``). :meth:`EventPatterns.match` tests every pattern of a token's lemma, most specific
first, and returns the first that holds. Frames (``data/event_frames.tsv``) compose a speech or
commitment act with the action it embeds: *threaten* × 16 (reduce relations) → 131 …
The exact semantics, and how user files add rows, are in ``strife/data/README.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from strife.events.passive import headline_passive
from strife.events.pattern_rows import (
    FRAMES,
    NEGATED,
    NO_EVENT,
    Pos,
    Rule,
    add_frames,
    bundled,
    parse_patterns,
    table_of,
    user_table,
)
from strife.events.role_cues import RoleCues, bundled_role_cues, held_in, means_preps
from strife.nlp.document import to_infinitive

__all__ = ["FRAMES", "NO_EVENT", "EventPatterns", "PatternMatch"]

_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_PREP_DEPS = frozenset({"prep", "prt", "agent", "dative", "advmod"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})
_WHEN = frozenset({"DATE", "TIME"})
_AGAIN = "re"  # the prefix of doing again
# Nouns of amount or of a body of people whose "of" object is the real object ("a series of raids", "a
# team of inspectors"); grammar, not domain words.
_AMOUNTS = frozenset(
    {
        "ton",
        "tonne",
        "thousand",
        "hundred",
        "million",
        "billion",
        "dozen",
        "number",
        "lot",
        "series",
        "wave",
        "round",
        "batch",
        "amount",
        "quantity",
        "worth",
        "couple",
        "pair",
        "kind",
        "type",
        "set",
        "host",
        "string",
        "volley",
        "barrage",
        "salvo",
        "hail",
        "shower",
        "flurry",
        # … and nouns of a body of people ("a mission of *observers*", "a team of *inspectors*")
        "group",
        "team",
        "mission",
        "delegation",
        "contingent",
        "party",
        "unit",
        "squad",
        "band",
        "handful",
        "crowd",
        # … and a state of something ("a state of *alert*", "a state of *emergency*")
        "state",
        # … and a part of something ("suspended part of a military *aid* program", "the rest of its *troops*")
        "part",
        "portion",
        "half",
        "bulk",
        "rest",
        "remainder",
    }
)
_PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
_MOD_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod"})
_COMP_DEPS = frozenset({"xcomp", "ccomp", "acl", "oprd", "acomp"})
_MODIFIER_HEADS = frozenset({"compound", "amod"})  # a word that only modifies another names no action
_CONJ = frozenset({"conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CCOMP = frozenset({"ccomp"})
_INFINITIVE = frozenset({"to"})  # the complement term ">to": a "to" infinitive of any verb
_RELATIVE = frozenset({"that", "which", "who", "whom"})


@dataclass(frozen=True)
class PatternMatch:
    """A pattern that holds at a head token."""

    code: str  # CAMEO code of the row
    frame: str | None
    pattern: str  # the row's pattern text
    head: int  # token index (doc-level, token.i)
    tokens: tuple[int, ...]  # the tokens the pattern matched: head, particles, object, modifiers, complement
    object: int | None  # the matched object, if the pattern has one
    prep: str | None  # the matched particles/prepositions, space-separated
    specificity: int


class EventPatterns:
    """The pattern dictionary and the frame table. Build with :meth:`load` (or :meth:`from_rows`).

    ``role_cues`` are the role cue words the pipeline was configured with (bundled ones by default): a
    preposition hung on a ``means`` noun ("spoke by radio *with* X") counts as the head's own.
    """

    def __init__(
        self, rules: Iterable[Rule], frames: dict[str, dict[str, str]], role_cues: RoleCues | None = None
    ) -> None:
        self.role_cues = role_cues or bundled_role_cues()
        by_head: dict[tuple[Pos, str], list[Rule]] = {}
        for rule in rules:
            for lemma in rule.heads:
                by_head.setdefault((rule.pos, lemma), []).append(rule)
        self._rules = {key: tuple(sorted(found, key=Rule.order)) for key, found in by_head.items()}
        verbs = frozenset(lemma for p, lemma in self._rules if p == "verb")
        self._heads: dict[Pos, frozenset[str]] = {
            "verb": verbs | {_AGAIN + lemma for lemma in verbs},  # "reimposed", "reopened": read as the verb
            "noun": frozenset(lemma for p, lemma in self._rules if p == "noun"),
        }
        self._frames = frames

    @classmethod
    def from_rows(
        cls, rows: Iterable[tuple[str, str, str | None]], frames: Iterable[tuple[str, str, str]] = ()
    ) -> EventPatterns:
        """Patterns from ``(code, pattern, frame)`` rows and ``(frame, embedded, code)`` rows, in order."""
        pattern_table = table_of("<rows>", ("code", "pattern", "frame"), rows)
        frame_table = table_of("<frames>", ("frame", "embedded", "code"), frames)
        table: dict[str, dict[str, str]] = {}
        add_frames(table, frame_table)
        return cls(parse_patterns(pattern_table, 0), table)

    @classmethod
    def load(cls, user_files: Sequence[Path] = (), role_cues: RoleCues | None = None) -> EventPatterns:
        """The bundled patterns and frames, then those of the user's files among ``user_files``.

        A user file counts when it is named ``event_patterns.tsv`` / ``event_frames.tsv`` or has a
        ``pattern`` / ``embedded`` column; other dictionary files are left to their readers.
        """
        patterns, bundled_frames = bundled()
        rules = list(patterns)
        frames = {frame: dict(table) for frame, table in bundled_frames.items()}
        for source, path in enumerate(map(Path, user_files), 1):
            table = user_table(path)
            if table is None:
                continue
            if "pattern" in table.columns:
                rules.extend(parse_patterns(table, source))
            else:
                add_frames(frames, table)
        return cls(rules, frames, role_cues)

    def heads(self, pos: Pos) -> frozenset[str]:
        """The lemmas that start a pattern of this part of speech."""
        return self._heads[pos]

    def match(self, head: Token) -> PatternMatch | None:
        """The most specific pattern that holds at ``head`` (a verb or noun), or ``None``."""
        pos: Pos | None = "verb" if head.pos_ in _VERB_POS else "noun" if head.pos_ in _NOUN_POS else None
        if pos is None or head.dep_ in _MODIFIER_HEADS:  # "aid workers", "the alleged attack"
            return None
        bench = pos == "noun" and self.role_cues.has("bench", head)
        heard = bench and held_in(head, self.role_cues) is not None  # "appeared before Leeds Crown Court"
        if pos == "noun" and head.ent_type_ and head.ent_type_ != "EVENT" and not heard:
            return None  # "in March", "Strike Force"
        if bench and not heard:
            return None  # a court is an act only where someone is before it ("is due in court")
        site = _Site(head, self.role_cues)
        forms = _forms(head)
        if len(forms) > 1 and (pos, forms[1]) in self._rules:
            forms = forms[::-1]  # the word itself where rows name it: "raped", "rapped" (both lemma "rap")
        if pos == "verb" and forms[0].startswith(_AGAIN) and (pos, forms[0]) not in self._rules:
            forms = (*forms, forms[0][len(_AGAIN) :])  # "reimpose" → "impose", unless it has rows of its own
        for lemma in forms:
            for rule in self._rules.get((pos, lemma), ()):
                found = _try(rule, site)
                if found is not None:
                    return None if found.code == NO_EVENT else found
        return None

    def compose(self, frame: str, embedded: str) -> str | None:
        """The code of ``frame`` applied to the embedded action ``embedded`` (longest prefix), or ``None``."""
        table = self._frames.get(frame, {})
        for end in range(len(embedded), 1, -1):
            code = table.get(embedded[:end])
            if code is not None:
                return code
        return None


# --- matching -----------------------------------------------------------------------------------


def _forms(tok: Token) -> tuple[str, ...]:
    """The lemma, and the lowercased word where the lemmatizer gives something else."""
    lemma = tok.lemma_.lower()
    return (lemma,) if lemma == tok.lower_ else (lemma, tok.lower_)


def _is(tok: Token, words: frozenset[str]) -> bool:
    """Whether the token is one of ``words`` (by lemma or lowercased word); empty ``words``: any."""
    return not words or tok.lemma_.lower() in words or tok.lower_ in words


class _Site:
    """A head token and its neighbourhood, read once for all the rules tried on it."""

    def __init__(self, head: Token, role_cues: RoleCues) -> None:
        self.head = head
        self.role_cues = role_cues
        self.children = list(head.children)
        self._objects: list[Token] | None = None
        self._preps: list[Token] | None = None
        self._marks: list[Token] | None = None

    def preps(self) -> list[Token]:
        """Its particles and prepositions (read once: many rules of one head ask for them)."""
        if self._preps is None:
            own = [c for c in self.children if c.dep_ in _PREP_DEPS and not _dating(c)]
            own = [c for c in own if not _after_predicate(c)]
            self._preps = own + means_preps(self.head, self.role_cues)  # "spoke by phone with"
        return self._preps

    def clause_marks(self) -> list[Token]:
        if self._marks is None:
            self._marks = _clause_marks(self)
        return self._marks

    def of(self, deps: frozenset[str]) -> list[Token]:
        return [c for c in self.children if c.dep_ in deps]

    def objects(self) -> list[Token]:
        """Its own objects, else a coordinated verb's ("signed and ratified the treaty") or, for a passive,
        its subject ("were stopped and questioned"), else the noun a participle modifies ("the sanctions
        imposed on Iran"), else the subject of its "to" clause ("allowed observers to supervise"); a
        relative pronoun stands for its noun."""
        if self._objects is None:
            head = self.head
            own = _own_objects(head, self.children)
            if not own and head.dep_ == "conj":
                governor = list(head.head.children)
                own = _own_objects(head.head, governor)
                if not own and any(c.dep_ == "auxpass" for c in self.children):  # "… and were questioned"
                    own = [c for c in governor if c.dep_ in _SUBJECT_DEPS]
            if not own:
                own = [
                    o
                    for c in self.of(_CONJ)
                    if _joined_bare(head, c)
                    for o in _own_objects(c, list(c.children))
                ]
            if not own and head.dep_ == "acl" and head.tag_ == "VBN":
                own = [head.head]
            if not own and headline_passive(head, self.role_cues):  # "Two men charged after a raid"
                own = [c for c in self.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]  # not "he charged"
            if not own:  # "allowed observers to supervise the vote": the infinitive's subject
                own = [
                    s for c in self.of(_CCOMP) if to_infinitive(c) for s in c.children if s.dep_ == "nsubj"
                ]
            relative = head.dep_ == "relcl"
            own = [head.head if relative and o.lower_ in _RELATIVE else o for o in own]
            self._objects = own + [inner for o in own for inner in _measured(o)]
        return self._objects

    def prep_objects(self, preps: list[Token]) -> list[Token]:
        return [c for p in preps for c in p.children if c.dep_ in _PREP_OBJECT_DEPS]


def _joined_bare(head: Token, conj: Token) -> bool:
    """Whether a coordinated verb follows the head with nothing of the head's own between them ("signed
    and ratified the treaty"): only then do they share its object. A verb told with its own adverbs or
    prepositions first ("returned minutes later with a rifle and shot two guards") has none of it."""
    return all(c.dep_ in ("cc", "punct") for c in head.children if head.i < c.i < conj.i)


def _measured(obj: Token) -> list[Token]:
    """What an amount is of: "25,000 tons of *aid*", "thousands of *troops*", "a series of *raids*"."""
    if not (
        obj.lemma_.lower() in _AMOUNTS or obj.pos_ == "NUM" or any(c.dep_ == "nummod" for c in obj.children)
    ):
        return []
    return [
        c
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for c in p.children
        if c.dep_ == "pobj"
    ]


def _own_objects(head: Token, children: list[Token]) -> list[Token]:
    if head.pos_ not in _NOUN_POS:
        return [c for c in children if c.dep_ in _OBJECT_DEPS]
    out: list[Token] = []  # "the release of prisoners", "a troop withdrawal"
    for child in children:
        if child.dep_ == "prep" and child.lower_ == "of":
            out += [c for c in child.children if c.dep_ in _PREP_OBJECT_DEPS]
        elif child.dep_ == "compound":
            out.append(child)
    return out


def _try(rule: Rule, site: _Site) -> PatternMatch | None:
    comps = _match_all(rule.comps, site.of(_COMP_DEPS), _complement_is) if rule.comps else []
    if comps is None:
        return None
    preps = _match_preps(rule.preps, site, _complement_preps(rule, comps)) if rule.preps else []
    if preps is None:
        return None
    objects: list[Token | None] = [None]
    if rule.obj is not None:
        objects = [o for o in site.objects() + site.prep_objects(preps) if _is(o, rule.obj)]
    for obj in objects:
        mods: list[Token] | None = []
        if rule.mods:
            around = site.children if obj is None else list(obj.children)
            kinds = [c for c in around if c.dep_ in _MOD_DEPS or (obj is not None and _aim_of(c))]
            mods = _match_all(rule.mods, kinds, _term_is)
        if mods is not None:
            return _found(rule, site.head, preps, obj, [*mods, *comps])
    return None


def _found(rule: Rule, head: Token, preps: list[Token], obj: Token | None, rest: list[Token]) -> PatternMatch:
    tokens = {head.i, *(t.i for t in preps), *(t.i for t in rest)} | ({obj.i} if obj is not None else set())
    return PatternMatch(
        code=rule.code,
        frame=rule.frame,
        pattern=rule.text,
        head=head.i,
        tokens=tuple(sorted(tokens)),
        object=None if obj is None else obj.i,
        prep=" ".join(p.lower_ for p in preps) or None,
        specificity=rule.specificity,
    )


def _aim_of(tok: Token) -> bool:
    """A "to" infinitive that says what its noun is an attempt at ("foiled an attempt *to hijack* the
    ship"): a modifier term of the object, as "a hijack attempt" has it."""
    return tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _complement_preps(rule: Rule, comps: list[Token]) -> list[Token]:
    """The prepositions of a row's matched complement, where the row also names the object they take
    ("order >remain in {custody}": "was ordered to remain *in* custody"); a row with no object keeps to
    the head's own ("tried to reach a deal in Paris" is no "try … in")."""
    if rule.obj is None:
        return []
    return [c for comp in comps for c in comp.children if c.dep_ in _PREP_DEPS]


def _match_preps(
    terms: tuple[frozenset[str], ...], site: _Site, extra: Sequence[Token] = ()
) -> list[Token] | None:
    """Each particle/preposition: a child of the head (or of its matched complement, ``extra``), or of
    the one matched before it (``out of``)."""
    found: list[Token] = []
    for words in terms:
        if found:
            candidates = site.preps() + [c for c in found[-1].children if c.dep_ in _PREP_DEPS]
        else:
            candidates = site.preps() + site.clause_marks() + list(extra)
        hit = next((c for c in candidates if c.lower_ in words), None)
        if hit is None:
            return None
        found.append(hit)
    return found


def _clause_marks(site: _Site) -> list[Token]:
    """The "for" of a "for X to do" clause the parser hung under the head ("called for the envoy to
    visit", "pushed for Iran to join"): it stands for the head's own preposition."""
    clauses = [
        c for c in site.children if c.dep_ in _CLAUSE_DEPS and any(a.lower_ == "to" for a in c.children)
    ]
    return [m for c in clauses for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]


def _match_all(
    terms: tuple[frozenset[str], ...],
    candidates: list[Token],
    fits: Callable[[Token, frozenset[str]], bool] = _is,
) -> list[Token] | None:
    """One distinct candidate for each term, or ``None``."""
    found: list[Token] = []
    for words in terms:
        hit = next((c for c in candidates if c not in found and fits(c, words)), None)
        if hit is None:
            return None
        found.append(hit)
    return found


def _complement_is(tok: Token, words: frozenset[str]) -> bool:
    """A complement by lemma; ``>to`` is any "to" infinitive ("told the army *to withdraw*", not "told
    reporters *that* …")."""
    return to_infinitive(tok) if words == _INFINITIVE else _term_is(tok, words)


def _term_is(tok: Token, words: frozenset[str]) -> bool:
    """A modifier or complement by lemma, its negation told: a negated word ("found him *not guilty*",
    "a *not guilty* verdict") is only the ``!`` form of the word (``>!guilty``), never the word."""
    if not words:
        return True
    mark = NEGATED if _negated(tok) else ""
    return f"{mark}{tok.lemma_.lower()}" in words or f"{mark}{tok.lower_}" in words


def _negated(tok: Token) -> bool:
    """'not guilty': a negation on the word, or right before it ("a not guilty verdict", where the
    parser hangs the "not" on the noun)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return any(c.dep_ == "neg" for c in tok.children) or (before is not None and before.dep_ == "neg")


def _after_predicate(prep: Token) -> bool:
    """Whether a preposition follows what the head's object is called ("called the bailout critical
    for Europe": "for" is the adjective's, no "call for")."""
    return any(c.dep_ == "oprd" and c.i < prep.i for c in prep.head.children)


def _dating(prep: Token) -> bool:
    """'on Sunday', 'for hours': a preposition whose object is a date or a time tells when, and is no term
    of a pattern ("was called on Sunday to the store" is no call on someone)."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in _WHEN or _day_of(o) for o in objects)


def _day_of(tok: Token) -> bool:
    """An ordinal day of a month the parser reads apart from its date ("the 5th of May")."""
    months = [o for p in tok.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return tok.ent_type_ == "ORDINAL" and any(m.ent_type_ in _WHEN for m in months)
