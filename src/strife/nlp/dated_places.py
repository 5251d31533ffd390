"""Places whose country changed with the day (``data/dated_places.tsv``): Juba is Sudan's before South
Sudan's independence on 2011-07-09 and South Sudan's from that day; Prague is Czechoslovakia's until
1992; Kyiv the Soviet Union's until 1991-12-25.

An article is read on its date. Without a date, the country is the one of the place's countries the
article names (by name, alias, demonym or capital, never the place itself) when it names only one of
them — "Sudanese rebels shelled Juba" is Sudan's story, a story of "South Sudan" South Sudan's —
else the latest.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache

from strife.dictionaries import Dictionaries
from strife.dictionary_files import Table, read_bundled

DATED_PLACES_FILE = "dated_places.tsv"


@dataclass(frozen=True)
class _Row:
    country: str
    start: date | None
    end: date | None

    def holds(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@cache
def _table() -> dict[str, tuple[_Row, ...]]:
    """Place name → its rows in the file's order (bundled only, read once per process)."""
    table = read_bundled(DATED_PLACES_FILE)
    rows: dict[str, list[_Row]] = {}
    for line, fields in table.rows:
        row = _Row(
            fields.get("country", ""),
            _day(table, line, fields.get("from", "")),
            _day(table, line, fields.get("until", "")),
        )
        for name in fields.get("names", "").split("|"):
            rows.setdefault(name, []).append(row)
    return {name: tuple(found) for name, found in rows.items()}


def _day(table: Table, line: int, text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        table.fail(line, f"{text!r} is no day: write YYYY-MM-DD, or leave it empty")


def dated_country(dicts: Dictionaries, name: str, day: date | None, text: str) -> str | None:
    """The country of the place ``name`` on ``day`` in the article ``text``; ``None`` when the place's
    country never changed (the caller's reading stands)."""
    rows = _table().get(" ".join(name.split()))
    if not rows:
        return None
    if day is not None:
        return next((r.country for r in rows if r.holds(day)), None)
    named = _named_countries(dicts, {r.country for r in rows}, text, name)
    if len(named) == 1:
        return next(iter(named))
    return max(rows, key=lambda r: r.start or date.min).country


def _named_countries(dicts: Dictionaries, countries: set[str], text: str, place: str) -> Counter[str]:
    """How often the text names each of ``countries`` (a longer name first: "South Sudanese" is not
    "Sudanese"), the place's own names left out."""
    owner: dict[str, str] = {}
    for country in countries:
        for word in dicts.country_words(country):
            if word != place and word not in _table():
                owner.setdefault(word, country)
    if not owner:
        return Counter()
    alternatives = "|".join(re.escape(w) for w in sorted(owner, key=len, reverse=True))
    found = re.findall(rf"(?<![\w.])(?:{alternatives})(?![\w-])", text)
    return Counter(owner[w] for w in found)
