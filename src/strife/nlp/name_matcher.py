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

from spacy.tokens import Doc

# Lower-case words a name may start with ("al-Shabaab", "el-Sisi", "bin Salman", "von der Leyen").
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "at", "bin", "ibn", "de", "del", "der", "la", "le"})
_PARTICLES |= frozenset({"van", "von", "da", "dos", "du", "di", "ben", "abu"})
_MAX_TOKENS = 14


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

    def __call__(self, doc: Doc) -> list[tuple[int, int]]:
        """The longest name starting at each token that can start one; overlaps are left to the
        caller (``filter_spans``)."""
        found: list[tuple[int, int]] = []
        text = doc.text
        n = len(doc)
        for i, tok in enumerate(doc):
            word = tok.text
            if not (word[:1].isupper() or word[:1].isdigit() or word.lower() in _PARTICLES):
                continue
            if self._fold(word) not in self._starts:
                continue
            start_char = tok.idx
            best = None
            for j in range(i + 1, min(n, i + _MAX_TOKENS) + 1):
                last = doc[j - 1]
                if last.is_space:
                    break
                span = text[start_char : last.idx + len(last.text)]
                folded = self._fold(span)
                whole = not last.is_punct or last.text.endswith(".")  # never "Iran-" for "Iran"
                if whole and (
                    self._clean(span) in self._exact or (folded in self._loose and _has_capital(span))
                ):
                    best = j
                if folded not in self._prefixes:
                    break
            if best is not None:
                found.append((i, best))
        return found


def _has_capital(text: str) -> bool:
    return any(c.isupper() for c in text)
