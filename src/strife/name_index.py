"""Name indexes: how the dictionaries compare names (exactly, and loosely for names with a small
letter) and which actors claim a name (:class:`Claims`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from strife.capital_titles import spell_out
from strife.dated_actors import KnownActor

_V = TypeVar("_V")
_MEMO_KEYS = 100_000  # keys a lookup's memory holds at most; past it the memory starts again
_POSSESSIVE = re.compile(r"\s+(['’]s)(?=\s|$)")
_DASHES = str.maketrans({"-": " ", "–": " ", "—": " ", "’": "'", "‘": "'"})


def clean(text: str) -> str:
    """A name as compared exactly: whitespace collapsed, curly apostrophes straightened."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def fold(text: str) -> str:
    """A name as compared loosely: case-folded, hyphens and dashes as spaces, accents dropped
    ("Miloš Zeman" is Phoenix's "Milos Zeman")."""
    words = text.translate(_DASHES).casefold().split()
    if text.isascii():
        plain = words
    else:
        plain = [
            "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
            for w in words
        ]
    return " ".join(plain)


def recall(memo: dict[str, _V], key: str, compute: Callable[[], _V], limit: int = _MEMO_KEYS) -> _V:
    """``memo``'s value for ``key``, computed once (a lookup over tables that never change); the memory
    starts again past ``limit`` keys."""
    if key in memo:
        return memo[key]
    if len(memo) >= limit:
        memo.clear()
    value = memo[key] = compute()
    return value


def title_key(text: str) -> str:
    """A title as compared: folded, full stops as spaces, a possessive joined to its word (the
    tokens "sheriff 's department" are "sheriff's department"), a title abbreviated in capitals spelt out
    ("ADA": "assistant district attorney", :mod:`strife.capital_titles`)."""
    return fold(_POSSESSIVE.sub(r"\1", spell_out(text).replace(".", " ")))


def without_the(text: str) -> str | None:
    return text[4:] if text[:4] in ("the ", "The ", "THE ") and len(text) > 4 else None


def unique(names: Iterable[str], leave_out: str = "") -> tuple[str, ...]:
    """The names in their order, each once, without ``leave_out``."""
    return tuple(n for n in dict.fromkeys(names) if n != leave_out)


class Names(Generic[_V]):
    """A name → value index: exact forms, and loose forms of the names that have a small letter."""

    def __init__(self) -> None:
        self.exact: dict[str, _V] = {}
        self.loose: dict[str, _V] = {}
        self._found: dict[str, tuple[str | None, _V | None]] = {}  # find_key's answers, until an add

    def add(self, name: str, value: _V) -> None:
        self._found.clear()
        key = clean(name)
        self.exact[key] = value
        if any(c.islower() for c in key):
            self.loose[fold(key)] = value

    def find(self, text: str) -> _V | None:
        return self.find_key(text)[1]

    def find_key(self, text: str) -> tuple[str | None, _V | None]:
        """The value of a name, with the form of the name that found it (exact or folded); remembered
        until a name is added."""
        return recall(self._found, text, lambda: self._find_key(text))

    def _find_key(self, text: str) -> tuple[str | None, _V | None]:
        name = clean(text)
        for candidate in (name, without_the(name)):
            if candidate is None:
                continue
            hit = self.exact.get(candidate)
            if hit is not None:
                return candidate, hit
            if any(c.isupper() for c in candidate):
                folded = fold(candidate)
                hit = self.loose.get(folded)
                if hit is not None:
                    return folded, hit
        return None, None


class Claims(Names[tuple[KnownActor, ...]]):
    """Name → the actors that claim it. A file of higher rank takes a name over; actors of the same
    rank (one file) share it, and :func:`~strife.dated_actors.choose` tells them apart in context."""

    def __init__(self) -> None:
        super().__init__()
        self.ranks: dict[str, int] = {}

    def add_candidate(self, name: str, actor: KnownActor, rank: int) -> None:
        self._found.clear()
        key = clean(name)
        self._claim(self.exact, key, actor, rank)
        if any(c.islower() for c in key):
            self._claim(self.loose, "~" + fold(key), actor, rank, fold(key))

    def _claim(
        self,
        table: dict[str, tuple[KnownActor, ...]],
        rank_key: str,
        actor: KnownActor,
        rank: int,
        key: str | None = None,
    ) -> None:
        key = key if key is not None else rank_key
        old = self.ranks.get(rank_key, -1)
        if rank > old:
            table[key] = (actor,)
            self.ranks[rank_key] = rank
        elif rank == old and all(actor is not a for a in table[key]):
            table[key] = (*table[key], actor)
