"""The attribute ruler's matching, done from the token columns instead of by spaCy's ``Matcher``.

spaCy's ``attribute_ruler`` (tag → part of speech and morphology, plus a few lemma and ``DEP``
exceptions) tries every one of its patterns (179 in the English models) at every token: on news it
took about a seventh of the parse, more than the tagger and the parser together. The patterns are
simple — one or two tokens, each a test of ``TAG``, ``LOWER``, ``DEP`` or ``IS_SPACE`` for a value, a
set of values (``IN``, ``NOT_IN``) or a regular expression — so :class:`ColumnMatcher` indexes them by
the value their first token asks for, reads a paragraph's four columns in one array and looks each
token's candidates up, remembering what a (tag, lower, dep, space) row matched. It returns the same
matches, in the same order, as the ruler's own ``match``, and :class:`TokenSetter` sets their
attributes as the ruler does (spaCy's ``set_token_attrs`` on the same token, without building a
``Span`` for each match); so the annotations are identical (``tests/nlp/test_attribute_match.py``
compares them).

:func:`speed_up_attribute_ruler` installs it on a loaded pipeline when every pattern is of that
kind; a model whose ruler has any other pattern (operators, other attributes) keeps spaCy's matcher.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

Row = tuple[int, ...]  # a token's TAG, LOWER, DEP and IS_SPACE values
Check = Callable[[Row], bool]
Match = tuple[int, int, int, int]  # (pattern number, match id, start, end), as AttributeRuler.match

_COLUMNS = (TAG, LOWER, DEP, IS_SPACE)
_POSITION = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_STRING_COLUMNS = ("TAG", "LOWER", "DEP")
#: Rows remembered at most; past it the memory starts again (a long run meets new words without end).
_MEMO_ROWS = 200_000


class UnsupportedPattern(Exception):
    """A pattern :class:`ColumnMatcher` cannot test exactly as spaCy's ``Matcher`` does."""


@dataclass
class _Pattern:
    number: int  # the ruler's pattern number (its order of precedence)
    tokens: list[list[Check]]


@dataclass
class _Found:
    """What a row matches as a first token: one-token patterns matched, longer ones to finish."""

    whole: list[int] = field(default_factory=list)
    started: list[_Pattern] = field(default_factory=list)


class ColumnMatcher:
    """The ruler's patterns, indexed by the value their first token asks for."""

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self._ids = [strings[str(number)] for number in range(len(ruler.attrs))]
        self._anchored: dict[tuple[int, int], list[_Pattern]] = {}
        self._loose: list[_Pattern] = []  # first token asks for no single value: tried at every row
        self._memo: dict[Row, _Found] = {}
        for number, entry in enumerate(ruler.patterns):
            for spec in cast(list[list[dict[str, Any]]], entry["patterns"]):
                self._add(_Pattern(number, [_checks(token, strings) for token in spec]), spec[0], strings)

    def _add(self, pattern: _Pattern, first: dict[str, Any], strings: StringStore) -> None:
        for name in _STRING_COLUMNS:
            value = first.get(name)
            if isinstance(value, dict) and list(value) == ["IN"]:
                values = [strings.add(v) for v in value["IN"]]
            elif isinstance(value, str):
                values = [strings.add(value)]
            else:
                continue
            for hashed in set(values):
                self._anchored.setdefault((_POSITION[name], hashed), []).append(pattern)
            return
        self._loose.append(pattern)

    def match(self, doc: Doc) -> list[Match]:
        """All matches of the ruler's patterns in ``doc``, sorted as ``AttributeRuler.match`` sorts them."""
        if not len(doc):
            return []
        rows: list[Row] = [tuple(row) for row in doc.to_array(list(_COLUMNS)).tolist()]
        found: list[tuple[int, int, int]] = []
        for start, row in enumerate(rows):
            first = self._memo.get(row)
            if first is None:
                first = self._first(row)
            found.extend((number, start, start + 1) for number in first.whole)
            for pattern in first.started:
                end = start + len(pattern.tokens)
                if end <= len(rows) and _matches(pattern.tokens[1:], rows[start + 1 : end]):
                    found.append((pattern.number, start, end))
        found.sort()
        return [(number, self._ids[number], start, end) for number, start, end in found]

    def _first(self, row: Row) -> _Found:
        candidates = [*self._loose]
        for position in range(3):
            candidates.extend(self._anchored.get((position, row[position]), ()))
        found = _Found()
        for pattern in sorted(candidates, key=lambda p: p.number):
            if all(check(row) for check in pattern.tokens[0]):
                if len(pattern.tokens) == 1:
                    found.whole.append(pattern.number)
                else:
                    found.started.append(pattern)
        if len(self._memo) >= _MEMO_ROWS:
            self._memo.clear()
        self._memo[row] = found
        return found


def speed_up_attribute_ruler(nlp: Language) -> bool:
    """Match the pipeline's attribute ruler with a :class:`ColumnMatcher`; False (spaCy's own matcher
    kept) when there is no ruler or one of its patterns is of another kind."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        matcher = ColumnMatcher(ruler)
    except UnsupportedPattern:
        return False
    ruler.match = matcher.match  # type: ignore[method-assign]
    ruler.set_annotations = TokenSetter(ruler)  # type: ignore[method-assign]
    return True


class TokenSetter:
    """The ruler's ``set_annotations`` without a ``Span`` and two ``Token`` objects for each match (one
    a token, since the ruler's patterns match every token): the token ``span[index]`` would give is
    found from the match's bounds and set by spaCy's own ``set_token_attrs``, match after match."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler

    def __call__(self, doc: Doc, matches: list[Match]) -> None:
        attrs, indices = self.ruler.attrs, self.ruler.indices
        for match in matches:
            attr_id, _, start, end = match
            index = indices[attr_id]
            i = (end if index < 0 else start) + index
            if not start <= i < end:  # out of the span: spaCy's own handling (its error)
                AttributeRuler.set_annotations(self.ruler, doc, [match])  # type: ignore[no-untyped-call]
                continue
            set_token_attrs(doc[i], attrs[attr_id])


def _matches(tokens: Sequence[list[Check]], rows: Sequence[Row]) -> bool:
    return all(check(row) for checks, row in zip(tokens, rows, strict=True) for check in checks)


def _checks(token: dict[str, Any], strings: StringStore) -> list[Check]:
    """One test per attribute of a pattern token, as the ``Matcher`` reads it."""
    checks: list[Check] = []
    for name, value in token.items():
        if name not in _POSITION:
            raise UnsupportedPattern(f"attribute {name!r}")
        checks.append(_check(_POSITION[name], name == "IS_SPACE", value, strings))
    return checks


def _check(position: int, flag: bool, value: Any, strings: StringStore) -> Check:
    if flag:  # IS_SPACE: True or False
        if not isinstance(value, bool):
            raise UnsupportedPattern(f"IS_SPACE {value!r}")
        return _Equals(position, int(value))
    if isinstance(value, str):
        return _Equals(position, strings.add(value))
    if isinstance(value, dict) and len(value) == 1:
        ((operator, argument),) = value.items()
        if operator in ("IN", "NOT_IN") and all(isinstance(v, str) for v in argument):
            return _In(position, frozenset(strings.add(v) for v in argument), operator == "NOT_IN")
        if operator == "REGEX" and isinstance(argument, str):
            return _Search(position, re.compile(argument), strings)
    raise UnsupportedPattern(f"value {value!r}")


# The tests are classes, not closures, so that a pipeline holding them can be pickled.
@dataclass(frozen=True)
class _Equals:
    position: int
    value: int

    def __call__(self, row: Row) -> bool:
        return row[self.position] == self.value


@dataclass(frozen=True)
class _In:
    position: int
    values: frozenset[int]
    negated: bool  # NOT_IN

    def __call__(self, row: Row) -> bool:
        return (row[self.position] in self.values) != self.negated


@dataclass(frozen=True)
class _Search:
    """``REGEX``: the pattern searched in the attribute's string, as the ``Matcher`` does."""

    position: int
    pattern: re.Pattern[str]
    strings: StringStore

    def __call__(self, row: Row) -> bool:
        return bool(self.pattern.search(self.strings[row[self.position]]))
