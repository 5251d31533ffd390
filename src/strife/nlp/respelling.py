"""Misspelled names of states and IGOs: "Untied Nations", "Phillippines", "Venezuala".

News copy misspells well-known names often enough to lose an event's side. A name the dictionaries do
not know is read as a well-known one — a state's name, alias or capital (``countries.tsv``), an IGO's
name or alias (``igos.tsv``) — when one of its words is one edit away (a letter added, dropped,
changed, or two neighbours swapped) from a word of that name, and that name alone:

- only words of at least :data:`MIN_WORD` letters are mended ("Iran" and "Iraq", "Niger" and
  "Nigeria" are different places, not misspellings);
- a name of one word must have at least :data:`MIN_SINGLE` letters and be no first name the article
  may mean ("Landon" is no London);
- the mended name must be a well-known name as a whole, and the only one the edits reach;
- a letter added at a word's end is no typo but a word of its own ("Baghdadi", "Tehrani", "Hollande");
- a name the article gives a person it names is that person's.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from weakref import WeakKeyDictionary

from strife.dictionaries import Dictionaries, fold_name

__all__ = ["MIN_SINGLE", "MIN_WORD", "Respeller", "respeller_for"]

#: The shortest word mended.
MIN_WORD = 5
#: The shortest name of one word mended.
MIN_SINGLE = 7


class Respeller:
    """Mends a misspelled well-known name (see the module docstring)."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names: dict[str, str] = {}  # folded name → the name as written
        self._variants: dict[str, set[str]] = {}  # a word less one letter (or whole) → the words
        for name in names:
            folded = fold_name(name)
            if any(c.isalpha() for c in folded):
                self._names.setdefault(folded, name)
        for word in {w for folded in self._names for w in folded.split() if _mendable(w)}:
            for variant in (word, *_deletions(word)):
                self._variants.setdefault(variant, set()).add(word)

    def __call__(self, text: str, first_names: Container[str] = ()) -> str | None:
        """The well-known name ``text`` misspells, or ``None`` (also when ``text`` is spelled right)."""
        words = fold_name(text).split()
        if not words or " ".join(words) in self._names:
            return None
        if len(words) == 1 and (len(words[0]) < MIN_SINGLE or text.strip() in first_names):
            return None
        found: set[str] = set()
        for i, word in enumerate(words):
            if not _mendable(word):
                continue
            for near in self._near(word):
                mended = " ".join([*words[:i], near, *words[i + 1 :]])
                if mended in self._names:
                    found.add(mended)
        return self._names[found.pop()] if len(found) == 1 else None

    def _near(self, word: str) -> set[str]:
        """The known words one edit from ``word`` (not ``word`` itself)."""
        candidates: set[str] = set()
        for variant in (word, *_deletions(word)):
            candidates |= self._variants.get(variant, set())
        return {c for c in candidates if c != word and not _derived(word, c) and _one_edit(word, c)}


def _derived(word: str, known: str) -> bool:
    """A known word with a letter added at its end is a word of its own, no typo: "Baghdadi" and
    "Tehrani" (surnames), "Jordans", "Hollande"."""
    return len(word) == len(known) + 1 and word.startswith(known)


def _mendable(word: str) -> bool:
    return len(word) >= MIN_WORD and word.isalpha()


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed, or one swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swapped = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return len(diff) == 1 or (swapped and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_RESPELLERS: WeakKeyDictionary[Dictionaries, Respeller] = WeakKeyDictionary()


def respeller_for(dictionaries: Dictionaries) -> Respeller:
    """The respeller of a dictionaries object, built once (the bundled one is shared)."""
    respeller = _RESPELLERS.get(dictionaries)
    if respeller is None:
        respeller = Respeller(dictionaries.well_known_names())
        _RESPELLERS[dictionaries] = respeller
    return respeller
