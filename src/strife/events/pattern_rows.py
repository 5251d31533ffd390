"""Event pattern rows: reading ``data/event_patterns.tsv`` and ``data/event_frames.tsv`` (bundled and
user files) into compiled rules and a frame table, with errors that name the file and line. How the
rules are matched on a parse is :mod:`strife.events.patterns`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

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

#: The code of a row that says a phrase is no event ("seek refuge", "pull out of the race"): when it is
#: the most specific row that holds, the word is not an action.
NO_EVENT = "none"
NEGATED = "!"  # a modifier or complement term's mark for the negated word: ``plead >!guilty``

Pos = Literal["verb", "noun"]
# The frames the coder knows: what the head does to the action it embeds (its complement or object).
FRAMES = frozenset(
    {"intent", "appeal", "demand", "reject", "threaten", "accuse", "investigate", "halt", "deny", "permit"}
)


@dataclass(frozen=True)
class Rule:
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


# --- reading ------------------------------------------------------------------------------------

_PATTERN_COLUMNS = ("code", "pattern", "frame")
_FRAME_COLUMNS = ("frame", "embedded", "code")
_TERM_KINDS = {"+": "mod", ">": "comp"}


def table_of(origin: str, columns: tuple[str, ...], rows: Iterable[tuple[str | None, ...]]) -> Table:
    numbered = tuple(
        (n, {c: (v or "").strip() for c, v in zip(columns, row, strict=False)})
        for n, row in enumerate(rows, 1)
    )
    return Table(origin, 0, columns, numbered)


def user_table(path: Path) -> Table | None:
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
def bundled() -> tuple[tuple[Rule, ...], Mapping[str, Mapping[str, str]]]:
    """The bundled rules and frame table, read once per process."""
    patterns, frames = read_bundled(PATTERNS_FILE), read_bundled(FRAMES_FILE)
    table: dict[str, dict[str, str]] = {}
    add_frames(table, frames)
    return tuple(parse_patterns(patterns, 0)), table


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


def add_frames(frames: dict[str, dict[str, str]], table: Table) -> None:
    for line, row in table.rows:
        frame = _check_frame(table, line, row.get("frame", ""))
        embedded = _check_code(table, line, row.get("embedded", ""), "embedded")
        frames.setdefault(frame, {})[embedded] = _check_code(table, line, row.get("code", ""))


def parse_patterns(table: Table, source: int) -> list[Rule]:
    rules: list[Rule] = []
    for line, row in table.rows:
        code = _check_code(table, line, row.get("code", ""))
        frame = _check_frame(table, line, row["frame"]) if row.get("frame") else None
        rules.append(_compile(table, line, row.get("pattern", ""), code, frame, source))
    return rules


def _compile(table: Table, line: int, text: str, code: str, frame: str | None, source: int) -> Rule:
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
    return Rule(
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
        negated = term[1:2] == NEGATED
        words = _words(table, line, term[1 + negated :], star=not negated)
        return kind, frozenset(f"{NEGATED}{w}" for w in words) if negated else words
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
