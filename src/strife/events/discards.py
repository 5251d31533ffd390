"""Discard phrases: stories and sentences not coded for events, as PETRARCH leaves them (sports,
entertainment, disasters and the like: ``data/discards.tsv``, converted from Phoenix).

A row is a ``phrase`` and its ``category``: ``story`` (an article that names it anywhere, headline
included, gets no events: "Champions League", "Super Bowl") or ``sentence`` (a sentence that names it
is not coded: "heavyweight", "box office", "presidential debate"). Phrases match whole words, in any
case; PETRARCH's trailing ``_`` (a word that must end there) is read as the word boundary it is.

strife adds its own rows (``data/genre_discards.tsv``) of category ``genre``: words of sports and
entertainment reporting ("touchdown", "box office", "rehab"). One such word may turn up in any news;
a story naming at least two different ones, three times in all, is a sports or entertainment story and
gets no events (a touchdown is no attack, an actress entering rehab no event an analyst counts)
but the law's hold on someone in it: an arrest or charge by the police, a court or no one named
(:mod:`strife.events.coder`; a player's arrest is news).
Rows of category ``business`` are words of company and consumer-technology reporting ("shareholders",
"smartphone", "software"): more of them turn up in political news, so a story is a business story
when it names at least three different ones (a takeover is no diplomacy, a patch for a browser no
aid, hackers of a browser's users no armed attack).
Phoenix also discards every sentence naming a year from 1914 to 2013, a past war or empire ("World War
II", "Napoleonic Wars", "British Empire") or "years ago", "months later": strife does not, because it
dates events itself and marks background as ``historical`` (:mod:`strife.events.background`)
instead of dropping the sentence (a demand today about a war long past is news); those rows are
skipped. Users add phrases
in a file named ``discards.tsv`` (or with a ``category`` column) given with ``--dictionary``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from strife.dictionary_files import (
    DISCARDS_FILE,
    Table,
    check_columns,
    read_bundled,
    read_table,
    read_user_file,
)
from strife.errors import DictionaryError

CATEGORIES = ("story", "sentence", "genre", "business")
GENRE_FILE = "genre_discards.tsv"  # strife's own genre words (the Phoenix file has none)
_GENRE_DISTINCT, _GENRE_TOTAL = 2, 3  # a sports or entertainment story names this many
_BUSINESS_DISTINCT, _BUSINESS_TOTAL = 3, 3  # a business story names this many of its words
_COLUMNS = ("phrase", "category")
_TIME = re.compile(r"^\d{4}$|\b(?:ago|later)$|\b\d{4}\b|\bwars?\b|\bempire\b|\bpearl harbor\b", re.IGNORECASE)


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Phrases:
    """Phrases matched as whole words in any case. A text is searched only when it holds every word of
    some phrase (a phrase can only match where its words stand whole): most sentences hold none, and one
    alternation of hundreds of phrases is slow to try at every position."""

    pattern: re.Pattern[str]
    words: dict[str, list[frozenset[str]]]  # first word -> the words of each phrase starting with it
    always: bool  # a phrase that starts with no word character: every text is searched

    def search(self, text: str, present: set[str] | None = None) -> bool:
        """Whether a phrase is in ``text`` (``present``: its words, :func:`words_of`, when the caller
        has them already)."""
        return self._may_match(text, present) and self.pattern.search(text) is not None

    def found(self, text: str, present: set[str] | None = None) -> list[str]:
        """The phrases found, lowercased, in text order."""
        if not self._may_match(text, present):
            return []
        return [m.group(0).lower() for m in self.pattern.finditer(text)]

    def _may_match(self, text: str, present: set[str] | None) -> bool:
        if self.always:
            return True
        present = words_of(text) if present is None else present
        # the text's few words looked up in the index ("intersection" walked the index's hundreds)
        return any(
            phrase <= present for first in present if first in self.words for phrase in self.words[first]
        )


@dataclass(frozen=True)
class Discards:
    """The discard phrases of each category, compiled."""

    story: Phrases | None
    sentence: Phrases | None
    genre: Phrases | None = None
    business: Phrases | None = None

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> Discards:
        """The bundled phrases, then those of the user's discard files among ``user_files``."""
        rows = list(_rows(read_bundled(DISCARDS_FILE))) + list(_rows(read_bundled(GENRE_FILE)))
        for path in map(Path, user_files):
            text = read_user_file(path)
            table = read_table(text, str(path))
            if path.name == DISCARDS_FILE or "category" in table.columns:
                check_columns(table, _COLUMNS, _COLUMNS)
                rows += _rows(table)
        return cls(*(compile_phrases(p for p, c in rows if c == category) for category in CATEGORIES))

    def story_discarded(self, text: str) -> bool:
        """A story-discard phrase, a sports or entertainment story (its genre words) or a business story
        (the story's words are read once for the three)."""
        present = words_of(text)
        return (
            (self.story is not None and self.story.search(text, present))
            or _names_enough(self.genre, text, present, _GENRE_DISTINCT, _GENRE_TOTAL)
            or _names_enough(self.business, text, present, _BUSINESS_DISTINCT, _BUSINESS_TOTAL)
        )

    def sentence_discarded(self, text: str) -> bool:
        return self.sentence is not None and self.sentence.search(text)


def words_of(text: str) -> set[str]:
    """The words of a text, lowercased: what a phrase's words must all be among to match."""
    return set(_WORD.findall(text.lower()))


def _names_enough(phrases: Phrases | None, text: str, present: set[str], distinct: int, total: int) -> bool:
    """Whether text names at least ``distinct`` different phrases, ``total`` times in all."""
    if phrases is None:
        return False
    found = phrases.found(text, present)
    return len(set(found)) >= distinct and len(found) >= total


def _rows(table: Table) -> Iterable[tuple[str, str]]:
    for line, row in table.rows:
        phrase, category = row.get("phrase", "").strip().rstrip("_").strip(), row.get("category", "")
        if category not in CATEGORIES:
            raise DictionaryError(
                f"{table.origin}, line {line}: category must be story, sentence, genre or business"
            )
        if phrase and not _TIME.search(phrase):
            yield phrase, category


def compile_phrases(phrases: Iterable[str]) -> Phrases | None:
    words = sorted({" ".join(p.lower().split()) for p in phrases}, key=len, reverse=True)
    if not words:
        return None
    body = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    index: dict[str, list[frozenset[str]]] = {}
    for phrase in words:
        runs = _WORD.findall(phrase)
        if runs and phrase.startswith(runs[0]):
            index.setdefault(runs[0], []).append(frozenset(runs))
    return Phrases(
        re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE),
        index,
        any(not _WORD.match(w) for w in words),
    )
