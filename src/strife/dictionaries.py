"""The dictionaries: countries, capitals, metonyms, IGOs, organisations, outlets, people and titles.

:meth:`Dictionaries.load` reads the bundled files in ``strife/data`` and then the user's files on top:
a user entry adds to the bundled ones and replaces any with the same name or alias (the later file
wins). File formats and how a user file's kind is told: ``strife/data/README.md``.

Names are matched as written first. Names with a small letter in them also match in any case (and with
hyphens as spaces) when the text asked about has a capital letter: "RUSSIA" finds Russia, "Nato" is
listed as such, and neither "who" nor "Who" finds the WHO. A leading "the" is ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Generic, TypeVar

from strife.dictionary_files import (
    BUNDLED_FILES,
    COUNTRIES,
    KINDS_BY_FILE,
    SECTORS,
    TITLES,
    ActorEntry,
    ActorRow,
    CountryRow,
    Kind,
    Table,
    TitleEntry,
    TitleRow,
    kind_of,
    parse_actors,
    parse_countries,
    parse_sectors,
    parse_titles,
    read_bundled,
    read_table,
    read_user_file,
)

__all__ = ["ActorEntry", "Dictionaries", "TitleEntry"]

_V = TypeVar("_V")
_DASHES = str.maketrans({"-": " ", "–": " ", "—": " ", "’": "'", "‘": "'"})
_FORMER = frozenset({"former", "ex"})
# Sectors of office holders: "former defence minister" is an elite (ELI), no longer the government.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})


def _clean(text: str) -> str:
    """A name as compared exactly: whitespace collapsed, curly apostrophes straightened."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split())


def _fold(text: str) -> str:
    """A name as compared loosely: case-folded, hyphens and dashes as spaces."""
    return " ".join(text.translate(_DASHES).casefold().split())


def _title_key(text: str) -> str:
    return _fold(text.replace(".", " "))


def _without_the(text: str) -> str | None:
    return text[4:] if text[:4] in ("the ", "The ", "THE ") and len(text) > 4 else None


def _unique(names: Iterable[str], leave_out: str = "") -> tuple[str, ...]:
    """The names in their order, each once, without ``leave_out``."""
    return tuple(n for n in dict.fromkeys(names) if n != leave_out)


class _Names(Generic[_V]):
    """A name → value index: exact forms, and loose forms of the names that have a small letter."""

    def __init__(self) -> None:
        self.exact: dict[str, _V] = {}
        self.loose: dict[str, _V] = {}

    def add(self, name: str, value: _V) -> None:
        key = _clean(name)
        self.exact[key] = value
        if any(c.islower() for c in key):
            self.loose[_fold(key)] = value

    def find(self, text: str) -> _V | None:
        name = _clean(text)
        for candidate in (name, _without_the(name)):
            if candidate is None:
                continue
            hit = self.exact.get(candidate)
            if hit is None and any(c.isupper() for c in candidate):
                hit = self.loose.get(_fold(candidate))
            if hit is not None:
                return hit
        return None


@dataclass
class _Parts:
    """What the files give, gathered in load order before the indexes are built."""

    sectors: dict[str, str] = field(default_factory=dict)
    countries: dict[str, CountryRow] = field(default_factory=dict)
    titles: list[TitleRow] = field(default_factory=list)
    actors: dict[str, ActorRow] = field(default_factory=dict)  # by folded name; a later row replaces

    def add(self, table: Table, kind: Kind) -> None:
        if kind is SECTORS:
            self.sectors.update(parse_sectors(table))
        elif kind is COUNTRIES:
            for row in parse_countries(table):
                self._add_country(row)
        elif kind is TITLES:
            self.titles.extend(parse_titles(table, self.sectors))
        else:
            for actor in parse_actors(table, kind, self.sectors, self.countries):
                key = _fold(actor.entry.name)
                old = self.actors.pop(key, None)
                if old is not None:  # the same actor again: the new row, still known by the old names
                    aliases = _unique((*actor.aliases, old.entry.name, *old.aliases), actor.entry.name)
                    actor = ActorRow(actor.entry, aliases)
                self.actors[key] = actor

    def _add_country(self, row: CountryRow) -> None:
        old = self.countries.get(row.iso3)
        if old is not None:
            row = CountryRow(
                row.iso3,
                row.name,
                _unique((*row.aliases, old.name, *old.aliases), row.name),
                _unique((*row.demonyms, *old.demonyms)),
                _unique((*row.capitals, *old.capitals)),
            )
        self.countries[row.iso3] = row


class Dictionaries:
    """Known actors, demonyms and titles, looked up by name. Build with :meth:`load`."""

    def __init__(self, parts: _Parts, sources: Sequence[str]) -> None:
        self._sources = list(sources)
        self._sectors = dict(parts.sectors)
        self._country_names = {iso3: row.name for iso3, row in parts.countries.items()}
        self._actors: _Names[ActorEntry] = _Names()
        self._outlets: _Names[ActorEntry] = _Names()
        self._capitals: _Names[str] = _Names()
        self._demonyms: dict[str, str] = {}
        for row in parts.countries.values():
            state = ActorEntry(row.name, row.iso3, row.iso3, None, "state")
            for name in (row.name, *row.aliases, *row.capitals):
                self._actors.add(name, state)
            for capital in row.capitals:
                self._capitals.add(capital, row.iso3)
            for demonym in row.demonyms:
                self._demonyms[_clean(demonym)] = row.iso3
        for actor in parts.actors.values():
            for name in (actor.entry.name, *actor.aliases):
                self._actors.add(name, actor.entry)
                if actor.entry.type == "media":
                    self._outlets.add(name, actor.entry)
        self._titles: dict[str, TitleEntry] = {}
        self._title_phrases: list[str] = []
        for title in parts.titles:
            for phrase in title.phrases:
                self._titles[_title_key(phrase)] = replace(title.entry, phrase=phrase)
                self._title_phrases.append(phrase)
        self._longest_title = max((k.count(" ") + 1 for k in self._titles), default=0)
        self._role_nouns = frozenset(e.phrase for e in self._titles.values() if e.role_noun)

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> Dictionaries:
        """The bundled dictionaries, then ``user_files`` on top (each adds and overrides by name).

        Sector and country files are taken first, whatever their place in the list, since the other
        files refer to them. A speech-cue file (``speech_cues.tsv``) is left to :mod:`strife.nlp.cues`,
        event pattern and frame files (``event_patterns.tsv``, ``event_frames.tsv``) to
        :mod:`strife.events.patterns`.
        """
        bundled = _bundled()
        user: list[tuple[Table, Kind]] = []
        for path in map(Path, user_files):
            table = read_table(read_user_file(path), str(path))
            kind = kind_of(path.name, table)
            if kind is not None:
                user.append((table, kind))
        user.sort(key=lambda item: 0 if item[1] is SECTORS else 1 if item[1] is COUNTRIES else 2)
        parts = _Parts()
        for table, kind in [*bundled, *user]:
            parts.add(table, kind)
        return cls(parts, [table.origin for table, _ in bundled] + [str(p) for p in user_files])

    # --- lookups ------------------------------------------------------------------------------------

    def lookup(self, name: str) -> ActorEntry | None:
        """The actor a name stands for: a country (name, alias or capital), metonym, IGO, organisation,
        outlet or person. ``"the United States"`` → USA, ``"Kremlin"`` → RUSGOV."""
        return self._actors.find(name)

    def outlet(self, name: str) -> ActorEntry | None:
        """The news outlet of this name (type ``media``); ``"Hill"`` also finds ``"The Hill"``."""
        hit = self._outlets.find(name)
        if hit is None and _without_the(_clean(name)) is None:
            hit = self._outlets.find("The " + name)
        return hit

    def demonym(self, word: str) -> str | None:
        """The ISO 3166 alpha-3 code of a demonym as written: ``"Russian"`` → ``"RUS"``."""
        return self._demonyms.get(_clean(word))

    def title(self, phrase: str) -> TitleEntry | None:
        """The longest known title the phrase ends with, in any case: ``"Russian Deputy Foreign
        Minister"`` → *deputy foreign minister* (GOV). A plural finds its singular and is a group;
        ``former``/``ex-`` before an office makes it an elite (ELI)."""
        words = _title_key(phrase).split()
        if not words:
            return None
        found = self._title_suffix(words)
        if found is not None:
            return found
        for singular in _singulars(words[-1]):
            found = self._title_suffix([*words[:-1], singular])
            if found is not None:
                return replace(found, type="group") if found.type == "person" else found
        return None

    def _title_suffix(self, words: list[str]) -> TitleEntry | None:
        for start in range(max(0, len(words) - self._longest_title), len(words)):
            entry = self._titles.get(" ".join(words[start:]))
            if entry is None:
                continue
            if start and words[start - 1] in _FORMER and entry.sector in _OFFICE_SECTORS:
                return replace(entry, phrase=f"former {entry.phrase}", sector="ELI")
            return entry
        return None

    def is_capital(self, name: str) -> bool:
        """Whether the name is a capital city (which also stands for its state in :meth:`lookup`)."""
        return self._capitals.find(name) is not None

    def country_name(self, iso3: str) -> str | None:
        """The common English name of a country code: ``"RUS"`` → ``"Russia"``."""
        return self._country_names.get(iso3)

    def sector_name(self, code: str) -> str | None:
        """The name of a CAMEO sector code: ``"GOV"`` → ``"Government"``."""
        return self._sectors.get(code)

    # --- whole tables -------------------------------------------------------------------------------

    def phrases(self) -> Iterable[tuple[str, ActorEntry]]:
        """Every name and alias as written, with its actor: for a spaCy ``PhraseMatcher``."""
        return list(self._actors.exact.items())

    def title_phrases(self) -> Iterable[str]:
        """Every title phrase as written in the files (lowercase)."""
        return list(dict.fromkeys(self._title_phrases))

    def demonyms(self) -> Mapping[str, str]:
        """Demonym → ISO 3166 alpha-3 code."""
        return MappingProxyType(self._demonyms)

    def role_nouns(self) -> frozenset[str]:
        """Title phrases that can point back to a person named earlier ("the minister")."""
        return self._role_nouns

    @property
    def sources(self) -> list[str]:
        """The bundled files, then every user file given (speech-cue files too), in order."""
        return list(self._sources)


def _singulars(word: str) -> Iterator[str]:
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("men"):
        yield word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    if word.endswith("es"):
        yield word[:-2]


@cache
def _bundled() -> tuple[tuple[Table, Kind], ...]:
    """The bundled files, read once per process (their tables are never changed)."""
    return tuple((read_bundled(name), KINDS_BY_FILE[name]) for name in BUNDLED_FILES)
