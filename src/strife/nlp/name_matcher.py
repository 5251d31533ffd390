"""Finding the dictionaries' names in a parsed paragraph, token by token.

Some 30,000 names (the bundled files, the converted Phoenix dictionaries, the user's) are too many to
tokenise into a spaCy ``PhraseMatcher`` when a pipeline starts. :class:`NameMatcher` keeps them as
strings instead: the folded first word of every name and every folded word prefix, so a paragraph is
read once, a token at a time; only a token that can start a name is grown into longer spans, and only
while the span is still the start of some name. The matching rules are the dictionaries' own
(:mod:`strife.dictionaries`): a name as written, or — for a name with a small letter — in any case
with hyphens as spaces when the text has a capital letter; the longest name at a place wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from weakref import WeakKeyDictionary

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, ORTH
from spacy.strings import StringStore
from spacy.tokens import Doc

from strife.dictionaries import Dictionaries, clean_name, fold_name
from strife.name_index import recall
from strife.nlp.document import doc_text

# Lower-case words a name may start with ("al-Shabaab", "el-Sisi", "bin Salman", "von der Leyen").
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "bin", "ibn", "de", "del", "der", "la", "le"})
_PARTICLES |= frozenset({"van", "von", "da", "dos", "du", "di", "ben", "abu"})
_MAX_TOKENS = 14
_CACHE_SIZE = 500_000  # words remembered as starting a name or not (a bounded cache per process)


class NameMatcher:
    """Where the dictionaries' names stand in a paragraph: ``(start, end)`` token ranges."""

    def __init__(
        self,
        exact: Iterable[str],
        loose: Iterable[str],
        clean: Callable[[str], str],
        fold: Callable[[str], str],
    ) -> None:
        self._clean = clean
        self._fold = fold
        self._exact = frozenset(exact)
        self._loose = frozenset(loose)
        starts: set[str] = set()
        prefixes: set[str] = set()
        for name in (*(fold(n) for n in self._exact), *self._loose):
            words = name.split()
            if not words:
                continue
            starts.add(words[0])
            for k in range(1, len(words)):
                prefixes.add(" ".join(words[:k]))
        self._starts = frozenset(starts)
        self._prefixes = frozenset(prefixes)
        self._seen: set[int] = set()  # word hashes looked at
        self._starters: set[int] = set()  # those that can start a name
        self._forms: dict[str, tuple[str, str]] = {}  # a stretch of text -> its folded and clean forms

    def __call__(self, doc: Doc, text: str | None = None) -> list[tuple[int, int]]:
        """The longest name starting at each token that can start one; overlaps are left to the
        caller (``filter_spans``). ``text``: the paragraph's text when the caller has it (building
        ``doc.text`` joins every token). Reads the paragraph's token columns in one array; only tokens
        that can start a name are looked at as strings."""
        if not len(doc):
            return []
        strings = doc.vocab.strings
        columns = doc.to_array([ORTH, IDX, IS_SPACE, IS_PUNCT]).tolist()
        text = doc_text(doc) if text is None else text
        orths = [row[0] for row in columns]
        for orth in set(orths) - self._seen:  # words not met before: can they start a name?
            self._learn(orth, strings)
        n = len(columns)
        found: list[tuple[int, int]] = []
        for i in [i for i, orth in enumerate(orths) if orth in self._starters]:
            start_char = columns[i][1]
            best = None
            for j in range(i + 1, min(n, i + _MAX_TOKENS) + 1):
                last_orth, last_idx, space, punct = columns[j - 1]
                if space:
                    break
                last_text = strings[last_orth]
                span = text[start_char : last_idx + len(last_text)]
                folded, cleaned = self._forms_of(span)
                whole = not punct or last_text.endswith(".")  # never "Iran-" for "Iran"
                if whole and (cleaned in self._exact or (folded in self._loose and _has_capital(span))):
                    best = j
                if folded not in self._prefixes:
                    break
            if best is not None:
                found.append((i, best))
        return found

    def _forms_of(self, span: str) -> tuple[str, str]:
        """A stretch's folded and clean forms, remembered: the same names come back article after article."""
        return recall(self._forms, span, lambda: (self._fold(span), self._clean(span)), _CACHE_SIZE)

    def _learn(self, orth: int, strings: StringStore) -> None:
        """Remember whether a word can start a name (capitalised, a digit or a particle, and the first
        word of one): the same words come back paragraph after paragraph."""
        word = strings[orth]
        starts = bool(word) and (word[0].isupper() or word[0].isdigit() or word.lower() in _PARTICLES)
        if len(self._seen) >= _CACHE_SIZE:  # a bounded memory: start again
            self._seen.clear()
            self._starters.clear()
        self._seen.add(orth)
        if starts and self._fold(word) in self._starts:
            self._starters.add(orth)


def _has_capital(text: str) -> bool:
    return any(c.isupper() for c in text)


_MATCHERS: WeakKeyDictionary[Dictionaries, NameMatcher] = WeakKeyDictionary()


def matcher_for(dictionaries: Dictionaries) -> NameMatcher:
    """The name matcher of a dictionaries object, compiled once (the bundled one is shared)."""
    matcher = _MATCHERS.get(dictionaries)
    if matcher is None:
        exact, loose = dictionaries.names()
        matcher = NameMatcher(exact, loose, clean_name, fold_name)
        _MATCHERS[dictionaries] = matcher
    return matcher
