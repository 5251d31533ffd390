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
from datetime import date, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from strife.compact_actors import CompactActors
from strife.dated_actors import KnownActor, Period, Resolution, choose, lookup_report
from strife.dictionary_files import (
    BUNDLED_FILES,
    COUNTRIES,
    DATED,
    KINDS_BY_FILE,
    PHOENIX_FILE,
    SECTORS,
    TITLES,
    ActorEntry,
    CountryRow,
    Kind,
    Table,
    TitleEntry,
    TitleRow,
    kind_of,
    parse_actors,
    parse_countries,
    parse_dated,
    parse_sectors,
    parse_titles,
    read_bundled,
    read_table,
    read_user_file,
)
from strife.name_index import Claims, Names, clean, fold, recall, title_key, unique, without_the
from strife.outlet_domains import DomainIndex

__all__ = ["ActorEntry", "Dictionaries", "KnownActor", "Period", "Resolution", "TitleEntry"]


def clean_name(text: str) -> str:
    """A name as the dictionaries compare it exactly (whitespace collapsed, apostrophes straight)."""
    return clean(text)


def fold_name(text: str) -> str:
    """A name as the dictionaries compare it loosely (case-folded, hyphens as spaces)."""
    return fold(text)


_FORMER = frozenset({"former", "ex"})
# Sectors of office holders: "former defence minister" is an elite (ELI), no longer the government.
_OFFICE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# How a file's names rank against others' (a higher rank wins a name; the same rank shares it): states,
# then every other file in load order (the converted Phoenix ones answer only names none of them claims).
_STATE_RANK = 1


@dataclass
class _ActorParts:
    """One actor as the files give it so far: names, periods and the file that last defined it."""

    name: str
    aliases: list[str]
    periods: list[Period]
    rank: int


@dataclass
class _Parts:
    """What the files give, gathered in load order before the indexes are built."""

    sectors: dict[str, str] = field(default_factory=dict)
    countries: dict[str, CountryRow] = field(default_factory=dict)
    titles: list[TitleRow] = field(default_factory=list)
    actors: dict[str, _ActorParts] = field(default_factory=dict)  # by folded name; a later file replaces
    files: int = 0

    def copy(self) -> _Parts:
        return _Parts(
            dict(self.sectors), dict(self.countries), list(self.titles), dict(self.actors), self.files
        )

    def add(self, table: Table, kind: Kind, rank: int | None = None) -> None:
        self.files += 1
        rank = _STATE_RANK + self.files if rank is None else rank
        origin = _short(table.origin)
        if kind is SECTORS:
            self.sectors.update(parse_sectors(table))
        elif kind is COUNTRIES:
            for row in parse_countries(table):
                self._add_country(row)
        elif kind is TITLES:
            self.titles.extend(parse_titles(table, self.sectors))
        elif kind is DATED:
            for dated in parse_dated(table, self.sectors, self.countries):
                period = Period(
                    dated.entry,
                    dated.first,
                    dated.last,
                    f"{origin}, line {dated.line}",
                    dated.source,
                    dated.as_of,
                )
                self._add_actor(dated.entry.name, dated.aliases, period, rank)
        else:
            for actor in parse_actors(table, kind, self.sectors, self.countries):
                period = Period(actor.entry, None, None, f"{origin}, line {actor.line}")
                self._add_actor(actor.entry.name, actor.aliases, period, rank)

    def _add_actor(self, name: str, aliases: Sequence[str], period: Period, rank: int) -> None:
        key = fold(name)
        old = self.actors.get(key)
        if old is not None and old.rank == rank:  # another row of the same actor in the same file
            old.aliases.extend(a for a in aliases if a not in old.aliases)
            old.periods.append(period)
            return
        if old is not None:  # the same actor in a later file: its rows, still known by the old names
            aliases = unique((*aliases, old.name, *old.aliases), name)
        self.actors[key] = _ActorParts(name, list(aliases), [period], rank)

    def _add_country(self, row: CountryRow) -> None:
        old = self.countries.get(row.iso3)
        if old is not None:
            row = CountryRow(
                row.iso3,
                row.name,
                unique((*row.aliases, old.name, *old.aliases), row.name),
                unique((*row.demonyms, *old.demonyms)),
                unique((*row.capitals, *old.capitals)),
            )
        self.countries[row.iso3] = row


class Dictionaries:
    """Known actors, demonyms and titles, looked up by name. Build with :meth:`load`."""

    def __init__(self, parts: _Parts, sources: Sequence[str], phoenix: CompactActors | None = None) -> None:
        self._sources = list(sources)
        self._phoenix = phoenix
        self._sectors = dict(parts.sectors)
        self._country_names = {iso3: row.name for iso3, row in parts.countries.items()}
        self._country_words = {
            iso3: (row.name, *row.aliases, *row.demonyms, *row.capitals)
            for iso3, row in parts.countries.items()
        }
        self._actors = Claims()
        self._outlets: Names[ActorEntry] = Names()
        self._domains = DomainIndex()  # "washingtonpost.com": the outlet's name as a web domain
        self._capitals: Names[str] = Names()
        self._demonyms: dict[str, str] = {}
        self._by_name: dict[str, KnownActor] = {}
        known = sorted(
            (
                self._with_phoenix_history(KnownActor(a.name, tuple(a.aliases), tuple(a.periods), a.rank))
                for a in parts.actors.values()
            ),
            key=lambda k: k.layer,
        )
        for row in parts.countries.values():
            entry = ActorEntry(row.name, row.iso3, row.iso3, None, "state")
            state = KnownActor(
                row.name, row.aliases, (Period(entry, None, None, "countries.tsv"),), _STATE_RANK
            )
            for name in (row.name, *row.aliases, *row.capitals):
                self._actors.add_candidate(name, state, _STATE_RANK)
            for capital in row.capitals:
                self._capitals.add(capital, row.iso3)
            for demonym in row.demonyms:
                self._demonyms[clean(demonym)] = row.iso3
        for actor in known:
            self._add_known(actor)
        self._titles: dict[str, TitleEntry] = {}
        self._title_phrases: list[str] = []
        for title in parts.titles:
            for phrase in title.phrases:
                self._titles[title_key(phrase)] = replace(title.entry, phrase=phrase)
                self._title_phrases.append(phrase)
        self._longest_title = max((k.count(" ") + 1 for k in self._titles), default=0)
        self._role_nouns = frozenset(e.phrase for e in self._titles.values() if e.role_noun)
        # The tables above never change, so each name's claimants and each phrase's title are found once.
        self._claimants_of: dict[str, tuple[KnownActor, ...]] = {}
        self._title_of: dict[str, TitleEntry | None] = {}
        self._demonym_of: dict[str, str | None] = {}

    def _with_phoenix_history(self, actor: KnownActor) -> KnownActor:
        """A person our files date, with the Phoenix rows of the same name that began before our first
        dated row (cut off the day before it): our files start most people in 2015, Phoenix knows
        their earlier offices (Xi Jinping, vice-president from 2008; Bachelet's first presidency)."""
        ours = [p.first for p in actor.periods if p.dated and p.entry.type == "person"]
        if not ours or self._phoenix is None or any(first is None for first in ours):
            return actor
        start = min(f for f in ours if f is not None)
        known = self._phoenix.named(fold(actor.name))
        if known is None or known is actor:
            return actor
        before = [
            replace(p, last=min(p.last or _known_until(p, start), start - timedelta(days=1)))
            for p in known.periods
            if p.dated and p.entry.type == "person" and p.first is not None and p.first < start
        ]
        if not before:
            return actor
        return replace(actor, periods=(*actor.periods, *before))

    def _add_known(self, actor: KnownActor) -> None:
        self._by_name[fold(actor.name)] = actor
        for name in (actor.name, *actor.aliases):
            self._actors.add_candidate(name, actor, actor.layer)
        latest = actor.latest()
        if latest is not None and latest.entry.type == "media":
            for name in (actor.name, *actor.aliases):
                self._outlets.add(name, latest.entry)
            self._domains.add(actor)

    @classmethod
    def load(cls, user_files: Sequence[Path] = ()) -> Dictionaries:
        """The bundled dictionaries, then ``user_files`` on top (each adds and overrides by name).

        Sector and country files are taken first, whatever their place in the list, since the other
        files refer to them. A speech-cue file (``speech_cues.tsv``) is left to :mod:`strife.nlp.cues`,
        event pattern and frame files (``event_patterns.tsv``, ``event_frames.tsv``) and discards
        (``discards.tsv``) to :mod:`strife.events`. The bundled dictionaries alone are built once per
        process and shared (they are never changed)."""
        if not user_files:
            return _bundled_dictionaries()
        user: list[tuple[Table, Kind]] = []
        for path in map(Path, user_files):
            table = read_table(read_user_file(path), str(path))
            kind = kind_of(path.name, table)
            if kind is not None:
                user.append((table, kind))
        user.sort(key=lambda item: 0 if item[1] is SECTORS else 1 if item[1] is COUNTRIES else 2)
        parts = _bundled_parts().copy()
        for table, kind in user:
            parts.add(table, kind)
        return cls(parts, [*_bundled_origins(), *(str(p) for p in user_files)], _bundled_phoenix())

    # --- lookups ------------------------------------------------------------------------------------

    def lookup(self, name: str, day: date | None = None) -> ActorEntry | None:
        """The actor a name stands for on ``day``: a country (name, alias or capital), metonym, IGO,
        organisation, outlet or person. ``"the United States"`` → USA, ``"Kremlin"`` → RUSGOV,
        ``"Obama"`` on 2016-05-01 → USAGOV, on 2018-05-01 → USAELI. Without a day, the latest code."""
        actors = self.claimants(name)
        if len(actors) == 1 and len(actors[0].periods) == 1 and not actors[0].periods[0].dated:
            return actors[0].periods[0].entry  # the common case: one undated row
        found = self.resolve(name, day)
        return found.entry if found is not None else None

    def resolve(
        self,
        name: str,
        day: date | None = None,
        context: Iterable[KnownActor] = (),
        sector: str | None = None,
    ) -> Resolution | None:
        """What a name codes to on ``day``, and why (the row, its days, how the actor was chosen when
        several claim the name; ``context``: the other known actors the article names; ``sector``:
        the one a title in the text gives)."""
        actors = self.claimants(name)
        if not actors:
            return None
        actor, chosen_by = choose(actors, day, tuple(context), sector)
        period = actor.on(day)
        if period is None:
            return None
        return Resolution(name, actor, period, day, len(actors), chosen_by)

    def report(self, name: str, day: date | None = None) -> dict[str, Any]:
        """What ``name`` codes to on ``day`` and why, as plain data (``strife actors lookup``):
        see :func:`strife.dated_actors.lookup_report`. Middle initials are tried without
        ("Donald J. Trump")."""
        forms = [name]
        words = name.split()
        kept = [w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and _initial(w))]
        if len(kept) < len(words):
            forms.append(" ".join(kept))
        for form in forms:
            found = self.resolve(form, day)
            if found is not None:
                return lookup_report(name, found, self.claimants(form))
        return lookup_report(name, None, ())

    def claimants(self, name: str) -> tuple[KnownActor, ...]:
        """Every actor that claims the name (several for a shared surname: "Clinton"). The converted
        Phoenix dictionaries answer only names no other file claims; an actor of theirs that a later
        file defines again (same canonical name) is that file's actor."""
        return recall(self._claimants_of, name, lambda: self._claimants(name))

    def _claimants(self, name: str) -> tuple[KnownActor, ...]:
        cleaned = clean(name)
        for candidate in (cleaned, without_the(cleaned)):
            if candidate is None:
                continue
            found = self._actors.exact.get(candidate)
            if found:
                return found
            folded = fold(candidate) if any(c.isupper() for c in candidate) else None
            found = self._actors.loose.get(folded) if folded is not None else None
            if found:
                return found
            hits = self._phoenix.find(candidate, folded) if self._phoenix is not None else ()
            if hits:
                return tuple(dict.fromkeys(self._by_name.get(fold(h.name), h) for h in hits))
        return (domain,) if (domain := self._domains.find(name)) is not None else ()  # "nytimes.com"

    def actor(self, name: str) -> KnownActor | None:
        """The known actor of this canonical name (any case): ``"Donald Trump"``."""
        folded = fold(name)
        found = self._by_name.get(folded)
        if found is None and self._phoenix is not None:
            found = self._phoenix.named(folded)
        return found

    def code_on(self, name: str, day: date | None) -> Resolution | None:
        """The code of an actor on a day — for an event dated apart from its article: ``name`` is the
        actor's canonical name as the record gives it (``Actor.name``: "Donald Trump"), else any name
        it is known by. ``None`` when the dictionaries do not know it (keep the article's coding)."""
        actor = self.actor(name)
        if actor is None:
            return self.resolve(name, day)
        period = actor.on(day)
        return Resolution(name, actor, period, day, 1, "canonical name") if period is not None else None

    def outlet(self, name: str) -> ActorEntry | None:
        """The news outlet of this name (type ``media``): "Hill" finds The Hill, "thehill.com" too."""
        hit = self._outlets.find(name)
        if hit is None and without_the(clean(name)) is None:
            hit = self._outlets.find("The " + name)
        return hit if hit is not None else self._domains.outlet(name)

    def demonym(self, word: str) -> str | None:
        """The ISO 3166 alpha-3 code of a demonym as written: ``"Russian"`` → ``"RUS"``; one in capitals
        as its capitalised form (a lede's opening words: "A GREEK police officer")."""
        return recall(self._demonym_of, word, lambda: self._demonym(word))

    def _demonym(self, word: str) -> str | None:
        found = self._demonyms.get(clean(word))
        if found is None and len(word) > 3 and word.isupper():
            found = self._demonyms.get(clean(word.title()))
        return found

    def title(self, phrase: str) -> TitleEntry | None:
        """The longest known title the phrase ends with, in any case: ``"Russian Deputy Foreign
        Minister"`` → *deputy foreign minister* (GOV). A plural finds its singular and is a group;
        ``former``/``ex-`` before an office makes it an elite (ELI)."""
        return recall(self._title_of, phrase, lambda: self._title(phrase))

    def _title(self, phrase: str) -> TitleEntry | None:
        words = title_key(phrase).split()
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

    def country_words(self, iso3: str) -> tuple[str, ...]:
        """The words that name a country in a text: name, aliases, demonyms and capitals."""
        return self._country_words.get(iso3, ())

    def sector_name(self, code: str) -> str | None:
        """The name of a CAMEO sector code: ``"GOV"`` → ``"Government"``."""
        return self._sectors.get(code)

    # --- whole tables -------------------------------------------------------------------------------

    def names(self) -> tuple[list[str], list[str]]:
        """Every name as written (matched exactly) and every folded name (matched in any case when
        the text has a capital letter): for the name matcher."""
        exact, loose = list(self._actors.exact), list(self._actors.loose)
        if self._phoenix is not None:
            exact += self._phoenix.exact
            loose += self._phoenix.loose
        return exact, loose

    def well_known_names(self) -> list[str]:
        """The names of states (name, aliases, capitals) and of IGOs (name, aliases): the names a
        misspelling is read as (:mod:`strife.nlp.respelling`)."""
        names = [w for words in self._country_words.values() for w in words if not self.demonym(w)]
        for actor in self._by_name.values():
            latest = actor.latest()
            if latest is not None and latest.entry.type == "igo":
                names += [actor.name, *actor.aliases]
        return names

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


def _initial(word: str) -> bool:
    letters = word.replace(".", "")
    return len(letters) == 1 and letters.isupper()


def _singulars(word: str) -> Iterator[str]:
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("men"):
        yield word[:-3] + "man"
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    if word.endswith("es"):
        yield word[:-2]


def _short(origin: str) -> str:
    """A file's name as shown in reasons: the bundled file's name, a user file's path as given."""
    return Path(origin).name if "strife" in Path(origin).parts and "data" in Path(origin).parts else origin


@cache
def _bundled_parts() -> _Parts:
    """The bundled files but the converted Phoenix ones, read once per process (never changed)."""
    parts = _Parts()
    for name in BUNDLED_FILES:
        if name != PHOENIX_FILE:
            parts.add(read_bundled(name), KINDS_BY_FILE[name])
    return parts


def _known_until(period: Period, start: date) -> date:
    """Where an open Phoenix row ends when merged: its writer's ``as_of`` day (Mark Carney's Bank of
    Canada row, open in 2014, is no office of his in 2020), else our file's first row."""
    try:
        return min(date.fromisoformat(period.as_of), start) if period.as_of else start
    except ValueError:
        return start


@cache
def _bundled_phoenix() -> CompactActors:
    """The converted Phoenix actors, indexed once per process."""
    parts = _bundled_parts()
    resource = resources.files("strife").joinpath("data", PHOENIX_FILE)
    return CompactActors(
        resource.read_text(encoding="utf-8"), PHOENIX_FILE, parts.countries, parts.sectors, fold
    )


def _bundled_origins() -> list[str]:
    return [read_bundled(name).origin for name in BUNDLED_FILES if name != PHOENIX_FILE] + [
        str(resources.files("strife").joinpath("data", PHOENIX_FILE))
    ]


@cache
def _bundled_dictionaries() -> Dictionaries:
    return Dictionaries(_bundled_parts(), _bundled_origins(), _bundled_phoenix())
