"""The converted Phoenix dictionaries, kept compact: names indexed at load, actors built on first use.

``phoenix_actors.tsv`` holds some 26,000 actors in 36,000 rows. Building every row as an object when
strife starts would cost seconds and tens of megabytes, while an article meets a handful of them. So
the file is read as lines; only the names are indexed (each to the first line of its actor), and an
actor's :class:`~strife.dated_actors.KnownActor` is built from its lines the first time a name finds it.
The file is written by ``scripts/convert_phoenix.py`` (rows of one actor together, every row valid); a
test reads it through the full, checking parser too (``parse_dated``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator
from datetime import date
from typing import cast

from strife.dated_actors import KnownActor, Period
from strife.dictionary_files import ACTOR_TYPES, ActorEntry
from strife.record import ActorType

_COLUMNS = ("name", "aliases", "code", "from", "until", "type", "source", "as_of")


class CompactActors:
    """Name → actors of one generated dated-actors file, built lazily."""

    def __init__(
        self,
        text: str,
        origin: str,
        countries: Collection[str],
        sectors: Collection[str],
        fold: Callable[[str], str],
    ) -> None:
        self.origin = origin
        self._countries = countries
        self._sectors = sectors
        self._fold = fold
        self._lines: list[str] = []
        self._first_line = 0  # the file's line number of self._lines[0]
        self.exact: dict[str, tuple[int, ...]] = {}
        self.loose: dict[str, tuple[int, ...]] = {}
        self._starts: dict[int, int] = {}  # actor id (index of its first row) → number of rows
        self.canonical_names: dict[str, int] = {}  # folded canonical name → actor id
        self._built: dict[int, KnownActor] = {}
        self._read(text, fold)

    def _read(self, text: str, fold: Callable[[str], str]) -> None:
        lines = text.splitlines()
        start = next(i for i, line in enumerate(lines) if line and not line.startswith("#"))
        if tuple(lines[start].split("\t")) != _COLUMNS:
            raise ValueError(f"{self.origin}: expected the columns {', '.join(_COLUMNS)}")
        self._lines = lines[start + 1 :]
        self._first_line = start + 2
        current, name = -1, ""
        for i, line in enumerate(self._lines):
            row_name, aliases, _ = line.split("\t", 2)
            if row_name != name or current < 0:
                current, name = i, row_name
                self._starts[i] = 1
                folded = fold(row_name)
                self.canonical_names.setdefault(folded, i)
                self._add(row_name, folded, i)  # the generated file's names are clean already
                for alias in aliases.split("|") if aliases else ():
                    self._add(alias, fold(alias), i)
            else:
                self._starts[current] += 1

    def _add(self, exact: str, folded: str, actor: int) -> None:
        table, key = (self.loose, folded) if any(c.islower() for c in exact) else (self.exact, exact)
        old = table.get(key)
        if old is None:
            table[key] = (actor,)
        elif actor not in old:
            table[key] = (*old, actor)

    def find(self, name: str, folded: str | None) -> tuple[KnownActor, ...]:
        """The actors of a name as written, else (``folded`` given) of its folded form."""
        ids = self.exact.get(name) or (self.loose.get(folded) if folded is not None else None) or ()
        return tuple(self.actor(i) for i in ids)

    def names(self) -> Iterator[str]:
        yield from self.exact
        yield from self.loose

    def actor(self, first: int) -> KnownActor:
        built = self._built.get(first)
        if built is None:
            built = self._build(first)
            self._built[first] = built
        return built

    def named(self, folded: str) -> KnownActor | None:
        """The actor of this canonical name (folded)."""
        first = self.canonical_names.get(folded)
        return self.actor(first) if first is not None else None

    def _build(self, first: int) -> KnownActor:
        rows = [line.split("\t") for line in self._lines[first : first + self._starts[first]]]
        name, aliases = rows[0][0], tuple(a for a in rows[0][1].split("|") if a)
        periods = tuple(self._period(row, self._first_line + first + n) for n, row in enumerate(rows))
        return KnownActor(name, aliases, periods, 0)

    def _period(self, row: list[str], line: int) -> Period:
        name, _, code, first, until, kind, source, as_of = row
        country = code[:3] if code[:3] in self._countries else None
        sector = code[3:6] if code[3:6] in self._sectors and (country or code.startswith("---")) else None
        if code in self._sectors:  # "ELI": an elite of no country
            sector = code
        actor_type = cast(ActorType, kind if kind in ACTOR_TYPES else "organization")
        entry = ActorEntry(name, code, country, sector, actor_type)
        return Period(
            entry,
            date.fromisoformat(first) if first else None,
            date.fromisoformat(until) if until else None,
            f"{self.origin}, line {line}",
            source or None,
            as_of or None,
        )
