"""Event patterns: action words in a parsed sentence → CAMEO codes (data in ``data/event_patterns.tsv``).

A pattern is a head lemma and terms around it on the dependency parse: a particle or preposition
(``pull out``), an object (``impose {sanction}``), a modifier (``noun:strike +air``), a complement
(``refuse >meet``). :meth:`EventPatterns.match` tests every pattern of a token's lemma, most specific
first, and returns the first that holds. Frames (``data/event_frames.tsv``) compose a speech or
commitment act with the action it embeds: *threaten* × 16 (reduce relations) → 131 …
The exact semantics, and how user files add rows, are in ``strife/data/README.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from spacy.tokens import Token

from strife.dictionary_files import (
    FRAMES_FILE,
    PATTERNS_FILE,
    Table,
    check_columns,
    read_bundled,
    read_table,
    read_user_file,
)
from strife.events.codebook import load_codebook

__all__ = ["FRAMES", "NO_EVENT", "EventPatterns", "PatternMatch"]

#: The code of a row that says a phrase is no event ("seek refuge", "pull out of the race"): when it is
#: the most specific row that holds, the word is not an action.
NO_EVENT = "none"

Pos = Literal["verb", "noun"]
# The frames the coder knows: what the head does to the action it embeds (its complement or object).
FRAMES = frozenset(
    {"intent", "appeal", "demand", "reject", "threaten", "accuse", "investigate", "halt", "deny"}
)
_VERB_POS = frozenset({"VERB", "AUX"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_PREP_DEPS = frozenset({"prep", "prt", "agent", "dative", "advmod"})
_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "xcomp"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr"})
_AGAIN = "re"  # the prefix of doing again
# Nouns of amount whose "of" object is the real object ("a series of raids"); grammar, not domain words.
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
    }
)
_PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})
_MOD_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "advmod"})
_COMP_DEPS = frozenset({"xcomp", "ccomp", "acl", "oprd", "acomp"})
_MODIFIER_HEADS = frozenset({"compound", "amod"})  # a word that only modifies another names no action
_CONJ = frozenset({"conj"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_CCOMP = frozenset({"ccomp"})
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


@dataclass(frozen=True)
class _Rule:
    """One compiled pattern row. ``obj``: ``None`` no object term, empty = ``{*}`` (any object)."""

    code: str
    frame: str | None
    text: str
    pos: Pos
    heads: tuple[str, ...]
    preps: tuple[frozenset[str], ...]
    obj: frozenset[str] | None
    mods: tuple[frozenset[str], ...]
    comps: tuple[frozenset[str], ...]
    source: int  # 0 bundled, then 1, 2 … for each user file in order: later sources win ties
    line: int

    @property
    def specificity(self) -> int:
        """1 for the head, each particle, modifier and complement; an object 2 (``{*}``: 1)."""
        obj = 0 if self.obj is None else (1 if not self.obj else 2)
        return 1 + len(self.preps) + obj + len(self.mods) + len(self.comps)

    def order(self) -> tuple[int, int, int]:
        return (-self.specificity, -self.source, self.line)


class EventPatterns:
    """The pattern dictionary and the frame table. Build with :meth:`load` (or :meth:`from_rows`)."""

    def __init__(self, rules: Iterable[_Rule], frames: dict[str, dict[str, str]]) -> None:
        by_head: dict[tuple[Pos, str], list[_Rule]] = {}
        for rule in rules:
            for lemma in rule.heads:
                by_head.setdefault((rule.pos, lemma), []).append(rule)
        self._rules = {key: tuple(sorted(found, key=_Rule.order)) for key, found in by_head.items()}
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
        pattern_table = _table("<rows>", ("code", "pattern", "frame"), rows)
        frame_table = _table("<frames>", ("frame", "embedded", "code"), frames)
        table: dict[str, dict[str, str]] = {}
        _add_frames(table, frame_table)
        return cls(_parse_patterns(pattern_table, 0), table)

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> EventPatterns:
        """The bundled patterns and frames, then those of the user's files among ``user_files``.

        A user file counts when it is named ``event_patterns.tsv`` / ``event_frames.tsv`` or has a
        ``pattern`` / ``embedded`` column; other dictionary files are left to their readers.
        """
        patterns, bundled_frames = _bundled()
        rules = list(patterns)
        frames = {frame: dict(table) for frame, table in bundled_frames.items()}
        for source, path in enumerate(map(Path, user_files), 1):
            table = _user_table(path)
            if table is None:
                continue
            if "pattern" in table.columns:
                rules.extend(_parse_patterns(table, source))
            else:
                _add_frames(frames, table)
        return cls(rules, frames)

    def heads(self, pos: Pos) -> frozenset[str]:
        """The lemmas that start a pattern of this part of speech."""
        return self._heads[pos]

    def match(self, head: Token) -> PatternMatch | None:
        """The most specific pattern that holds at ``head`` (a verb or noun), or ``None``."""
        pos: Pos | None = "verb" if head.pos_ in _VERB_POS else "noun" if head.pos_ in _NOUN_POS else None
        if pos is None or head.dep_ in _MODIFIER_HEADS:  # "aid workers", "the alleged attack"
            return None
        if pos == "noun" and head.ent_type_ and head.ent_type_ != "EVENT":  # "in March", "Strike Force"
            return None
        site = _Site(head)
        forms = _forms(head)
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

    def __init__(self, head: Token) -> None:
        self.head = head
        self.children = list(head.children)
        self._objects: list[Token] | None = None
        self._preps: list[Token] | None = None
        self._marks: list[Token] | None = None

    def preps(self) -> list[Token]:
        """Its particles and prepositions (read once: many rules of one head ask for them)."""
        if self._preps is None:
            self._preps = [c for c in self.children if c.dep_ in _PREP_DEPS]
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
                own = [o for c in self.of(_CONJ) for o in _own_objects(c, list(c.children))]
            if not own and head.dep_ == "acl" and head.tag_ == "VBN":
                own = [head.head]
            if not own:  # "allowed observers to supervise the vote": the infinitive's subject
                own = [s for c in self.of(_CCOMP) if _to(c) for s in c.children if s.dep_ == "nsubj"]
            relative = head.dep_ == "relcl"
            own = [head.head if relative and o.lower_ in _RELATIVE else o for o in own]
            self._objects = own + [inner for o in own for inner in _measured(o)]
        return self._objects

    def prep_objects(self, preps: list[Token]) -> list[Token]:
        return [c for p in preps for c in p.children if c.dep_ in _PREP_OBJECT_DEPS]


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


def _try(rule: _Rule, site: _Site) -> PatternMatch | None:
    preps = _match_preps(rule.preps, site)
    if preps is None:
        return None
    comps = _match_all(rule.comps, site.of(_COMP_DEPS)) if rule.comps else []
    if comps is None:
        return None
    objects: list[Token | None] = [None]
    if rule.obj is not None:
        objects = [o for o in site.objects() + site.prep_objects(preps) if _is(o, rule.obj)]
    for obj in objects:
        mods: list[Token] | None = []
        if rule.mods:
            around = site.children if obj is None else list(obj.children)
            mods = _match_all(rule.mods, [c for c in around if c.dep_ in _MOD_DEPS])
        if mods is not None:
            return _found(rule, site.head, preps, obj, [*mods, *comps])
    return None


def _found(
    rule: _Rule, head: Token, preps: list[Token], obj: Token | None, rest: list[Token]
) -> PatternMatch:
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


def _match_preps(terms: tuple[frozenset[str], ...], site: _Site) -> list[Token] | None:
    """Each particle/preposition: a child of the head, or of the one matched before it (``out of``)."""
    found: list[Token] = []
    for words in terms:
        if found:
            candidates = site.preps() + [c for c in found[-1].children if c.dep_ in _PREP_DEPS]
        else:
            candidates = site.preps() + site.clause_marks()
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


def _match_all(terms: tuple[frozenset[str], ...], candidates: list[Token]) -> list[Token] | None:
    """One distinct candidate for each term, or ``None``."""
    found: list[Token] = []
    for words in terms:
        hit = next((c for c in candidates if c not in found and _is(c, words)), None)
        if hit is None:
            return None
        found.append(hit)
    return found


# --- reading ------------------------------------------------------------------------------------

_PATTERN_COLUMNS = ("code", "pattern", "frame")
_FRAME_COLUMNS = ("frame", "embedded", "code")
_TERM_KINDS = {"+": "mod", ">": "comp"}


def _table(origin: str, columns: tuple[str, ...], rows: Iterable[tuple[str | None, ...]]) -> Table:
    numbered = tuple(
        (n, {c: (v or "").strip() for c, v in zip(columns, row, strict=False)})
        for n, row in enumerate(rows, 1)
    )
    return Table(origin, 0, columns, numbered)


def _user_table(path: Path) -> Table | None:
    """A user's pattern or frame file, by name or header; ``None`` for any other dictionary file."""
    table = read_table(read_user_file(path), str(path))
    if path.name == PATTERNS_FILE or "pattern" in table.columns:
        check_columns(table, _PATTERN_COLUMNS, ("code", "pattern"))
    elif path.name == FRAMES_FILE or "embedded" in table.columns:
        check_columns(table, _FRAME_COLUMNS, _FRAME_COLUMNS)
    else:
        return None
    return table


@cache
def _bundled() -> tuple[tuple[_Rule, ...], Mapping[str, Mapping[str, str]]]:
    """The bundled rules and frame table, read once per process."""
    patterns, frames = read_bundled(PATTERNS_FILE), read_bundled(FRAMES_FILE)
    table: dict[str, dict[str, str]] = {}
    _add_frames(table, frames)
    return tuple(_parse_patterns(patterns, 0)), table


def _check_code(table: Table, line: int, code: str, column: str = "code") -> str:
    if not code:
        table.fail(line, f"empty {column}")
    if code == NO_EVENT and column == "code":
        return code
    if load_codebook().get(code) is None:
        table.fail(line, f"unknown CAMEO code {code!r} in {column}; codes are listed in cameo_codes.tsv")
    return code


def _check_frame(table: Table, line: int, frame: str) -> str:
    if frame not in FRAMES:
        table.fail(line, f"unknown frame {frame!r}; frames: {', '.join(sorted(FRAMES))}")
    return frame


def _add_frames(frames: dict[str, dict[str, str]], table: Table) -> None:
    for line, row in table.rows:
        frame = _check_frame(table, line, row.get("frame", ""))
        embedded = _check_code(table, line, row.get("embedded", ""), "embedded")
        frames.setdefault(frame, {})[embedded] = _check_code(table, line, row.get("code", ""))


def _parse_patterns(table: Table, source: int) -> list[_Rule]:
    rules: list[_Rule] = []
    for line, row in table.rows:
        code = _check_code(table, line, row.get("code", ""))
        frame = _check_frame(table, line, row["frame"]) if row.get("frame") else None
        rules.append(_compile(table, line, row.get("pattern", ""), code, frame, source))
    return rules


def _compile(table: Table, line: int, text: str, code: str, frame: str | None, source: int) -> _Rule:
    terms = text.lower().split()
    if not terms:
        table.fail(line, "empty pattern")
    pos: Pos = "noun" if terms[0].startswith("noun:") else "verb"
    head = terms[0].removeprefix("noun:").removeprefix("verb:")
    if any(c in head for c in "{}+>"):
        table.fail(line, f"a pattern starts with its head lemma, not {terms[0]!r}")
    parts: dict[str, list[frozenset[str]]] = {"prep": [], "obj": [], "mod": [], "comp": []}
    for term in terms[1:]:
        kind, words = _term(table, line, term)
        parts[kind].append(words)
    if len(parts["obj"]) > 1:
        table.fail(line, "a pattern has at most one {object}")
    return _Rule(
        code=code,
        frame=frame,
        text=" ".join(text.split()),
        pos=pos,
        heads=tuple(_words(table, line, head, star=False)),
        preps=tuple(parts["prep"]),
        obj=parts["obj"][0] if parts["obj"] else None,
        mods=tuple(parts["mod"]),
        comps=tuple(parts["comp"]),
        source=source,
        line=line,
    )


def _term(table: Table, line: int, term: str) -> tuple[str, frozenset[str]]:
    """What a term is (prep, obj, mod, comp) and its words (empty: ``*``, anything)."""
    if "{" in term or "}" in term:
        if not (term[0] == "{" and term[-1] == "}" and term.count("{") == term.count("}") == 1):
            table.fail(line, f"unbalanced braces in {term!r}; an object is written {{a|b}} or {{*}}")
        return "obj", _words(table, line, term[1:-1])
    kind = _TERM_KINDS.get(term[0])
    if kind is not None:
        return kind, _words(table, line, term[1:])
    return "prep", _words(table, line, term, star=False)


def _words(table: Table, line: int, text: str, *, star: bool = True) -> frozenset[str]:
    if star and text == "*":
        return frozenset()
    words = text.split("|")
    for word in words:
        if not word or word == "*":
            table.fail(line, f"empty or misplaced alternative in {text!r}")
        if "-" in word:
            table.fail(
                line,
                f"{word!r}: the tokenizer splits hyphenated words; write the last part and the first as "
                "a modifier (fire +cease for cease-fire)",
            )
    return frozenset(words)


def _to(clause: Token) -> bool:
    """A "to" infinitive clause."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
