"""Reading and checking the dictionary files (formats in ``strife/data/README.md``).

Every file is UTF-8 TSV: blank lines and lines starting with ``#`` are skipped, the first other line is
the header, a field may hold several values separated by ``|``. What a file holds (its *kind*) comes
from its name (``countries.tsv``, ``people.tsv`` …) or, for any other name, from its header columns.
Every problem raises :class:`~strife.errors.DictionaryError` naming the file, the line and the fault.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Container, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import NoReturn, cast, get_args

from strife.errors import DictionaryError
from strife.record import ActorType

ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)
ACTOR_COLUMNS = ("name", "aliases", "code", "country", "sector", "type", "title")
DATED_COLUMNS = (*ACTOR_COLUMNS, "from", "until", "source", "as_of")
_ISO3 = re.compile(r"[A-Z]{3}")
# An actor code: letters and digits (RUSGOV, IGOWSTNAT), or --- and sectors for an unknown country (---REB).
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,15}|---[A-Z]{3,12}")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_SECTOR = re.compile(r"[A-Z]{3}")
CUES_FILE = "speech_cues.tsv"
NAMES_FILE = "first_names.tsv"  # read by strife.nlp.names
PATTERNS_FILE = "event_patterns.tsv"  # read by strife.events.patterns, as are frame files
FRAMES_FILE = "event_frames.tsv"
DISCARDS_FILE = "discards.tsv"  # read by the event coder: phrases that stop coding (column category)
EVENT_CUES_FILE = "event_cues.tsv"  # read by strife.events.modality (columns word, role)
ROLE_CUES_FILE = "role_cues.tsv"  # read by strife.events.role_cues (columns word, role)
NAME_WORDS_FILE = "name_words.tsv"  # read by strife.nlp.name_words (columns word, role)
AGENT_WORDS_FILE = "agent_words.tsv"  # read by strife.nlp.agents (columns word, role)
SHIP_PREFIXES_FILE = "ship_prefixes.tsv"  # read by strife.nlp.actors (columns prefix, country)
_OTHER_FILES = (
    CUES_FILE,
    NAMES_FILE,
    PATTERNS_FILE,
    FRAMES_FILE,
    DISCARDS_FILE,
    EVENT_CUES_FILE,
    ROLE_CUES_FILE,
    NAME_WORDS_FILE,
    AGENT_WORDS_FILE,
    SHIP_PREFIXES_FILE,
)
_OTHER_COLUMNS = ("lemma", "gender", "pattern", "embedded", "category")


@dataclass(frozen=True)
class ActorEntry:
    """A known actor: canonical name, CAMEO-style code, country, sector and type."""

    name: str
    code: str | None
    country: str | None
    sector: str | None
    type: ActorType
    title: str | None = None


@dataclass(frozen=True)
class TitleEntry:
    """A title or role word: the sector it gives its holder (``None``: the organisation's code)."""

    phrase: str
    sector: str | None
    type: ActorType
    role_noun: bool


@dataclass(frozen=True)
class Kind:
    """One kind of dictionary file: its columns and what its rows default to."""

    name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    type: str | None = None  # actor files: the type of every row without a type column
    sector: str | None = None  # actor files: the sector of every row without one


SECTORS = Kind("sectors", ("code", "name"), ("code", "name"))
COUNTRIES = Kind("countries", ("iso3", "name", "aliases", "demonyms", "capitals"), ("iso3", "name"))
TITLES = Kind("titles", ("phrase", "sector", "type", "role_noun"), ("phrase", "type"))
ACTORS = Kind("actors", ACTOR_COLUMNS, ("name", "type"))
# Dated actors: one row per code and the days it holds; rows of the same name are one actor.
DATED = Kind("dated actors", DATED_COLUMNS, ("name", "code"), type="person")
PHOENIX_FILE = "phoenix_actors.tsv"
KINDS_BY_FILE: Mapping[str, Kind] = {
    "sectors.tsv": SECTORS,
    "countries.tsv": COUNTRIES,
    "phoenix_agents.tsv": TITLES,
    "titles.tsv": TITLES,
    PHOENIX_FILE: DATED,
    "metonyms.tsv": ACTORS,
    "igos.tsv": Kind("igos", ACTOR_COLUMNS, ("code", "name"), type="igo"),
    "organizations.tsv": ACTORS,
    "outlets.tsv": Kind("outlets", ACTOR_COLUMNS, ("name", "country"), type="media", sector="MED"),
    "people.tsv": Kind("people", ACTOR_COLUMNS, ("name",), type="person"),
    "officeholders.tsv": DATED,
    "dated_organizations.tsv": DATED,
    "actors.tsv": ACTORS,
}
BUNDLED_FILES = tuple(name for name in KINDS_BY_FILE if name != "actors.tsv")


@dataclass(frozen=True)
class Table:
    """A read file: where it came from, its header and its rows (line number, column → value)."""

    origin: str
    header_line: int
    columns: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, str]], ...]

    def fail(self, line: int, message: str) -> NoReturn:
        raise DictionaryError(f"{self.origin}, line {line}: {message}")


@dataclass(frozen=True)
class CountryRow:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class TitleRow:
    phrases: tuple[str, ...]
    entry: TitleEntry  # the sector, type and role-noun flag every phrase of the row shares


@dataclass(frozen=True)
class ActorRow:
    entry: ActorEntry
    aliases: tuple[str, ...]
    line: int = 0


def read_table(text: str, origin: str) -> Table:
    """Split a TSV text into header and rows; comments and blank lines are skipped."""
    header: tuple[int, tuple[str, ...]] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [f.strip() for f in line.split("\t")]
        if header is None:
            columns = tuple(f.lower() for f in fields)
            if len(set(columns)) != len(columns) or "" in columns:
                raise DictionaryError(f"{origin}, line {number}: the header has an empty or repeated column")
            header = (number, columns)
            continue
        if len(fields) > len(header[1]):
            raise DictionaryError(
                f"{origin}, line {number}: {len(fields)} fields but the header has {len(header[1])} columns"
            )
        rows.append((number, dict(zip(header[1], fields, strict=False))))
    if header is None:
        raise DictionaryError(f"{origin}: no header row; see strife/data/README.md for the file formats")
    return Table(origin, header[0], header[1], tuple(rows))


def kind_of(file_name: str, table: Table) -> Kind | None:
    """The kind of a file: by its name, else by its header. ``None``: a file another module reads
    (speech cues, first names, event patterns and frames)."""
    if file_name in KINDS_BY_FILE:
        kind: Kind | None = KINDS_BY_FILE[file_name]
    elif file_name in _OTHER_FILES or any(c in table.columns for c in _OTHER_COLUMNS):
        kind = None
    elif "from" in table.columns or "until" in table.columns:
        kind = DATED
    elif "iso3" in table.columns:
        kind = COUNTRIES
    elif "phrase" in table.columns:
        kind = TITLES
    elif set(table.columns) == {"code", "name"}:
        kind = SECTORS
    elif "name" in table.columns:
        kind = ACTORS
    else:
        table.fail(
            table.header_line,
            "cannot tell what this file holds: name it countries.tsv, titles.tsv, people.tsv … "
            "or give it a header with iso3 (countries), phrase (titles) or name and type (actors)",
        )
    if kind is not None:
        _check_columns(table, kind)
    return kind


def _check_columns(table: Table, kind: Kind) -> None:
    check_columns(table, kind.columns, kind.required, kind.name)


def check_columns(
    table: Table, columns: tuple[str, ...], required: tuple[str, ...], kind: str | None = None
) -> None:
    """Every column of the table is one of ``columns`` and every ``required`` one is there."""
    where = f" in a {kind} file" if kind else ""
    for column in table.columns:
        if column not in columns:
            table.fail(table.header_line, f"unknown column {column!r}{where}; columns: {', '.join(columns)}")
    for column in required:
        if column not in table.columns:
            table.fail(table.header_line, f"missing column {column!r}{where}; columns: {', '.join(columns)}")


def _values(field: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in field.split("|") if v.strip()))


def _required(table: Table, line: int, row: Mapping[str, str], kind: Kind) -> None:
    for column in kind.required:
        if not row.get(column):
            table.fail(line, f"empty {column}")


def _single(table: Table, line: int, column: str, value: str) -> str:
    if "|" in value:
        table.fail(line, f"{column} holds one value ({value!r}); other names go in aliases")
    return value


def parse_sectors(table: Table) -> dict[str, str]:
    out: dict[str, str] = {}
    for line, row in table.rows:
        _required(table, line, row, SECTORS)
        if not _SECTOR.fullmatch(row["code"]):
            table.fail(line, f"sector code {row['code']!r} is not three capital letters")
        out[row["code"]] = row["name"]
    return out


def parse_countries(table: Table) -> list[CountryRow]:
    out: list[CountryRow] = []
    for line, row in table.rows:
        _required(table, line, row, COUNTRIES)
        iso3 = row["iso3"]
        if not _ISO3.fullmatch(iso3):
            table.fail(line, f"iso3 {iso3!r} is not three capital letters (ISO 3166-1 alpha-3)")
        out.append(
            CountryRow(
                iso3,
                _single(table, line, "name", row["name"]),
                _values(row.get("aliases", "")),
                _values(row.get("demonyms", "")),
                _values(row.get("capitals", "")),
            )
        )
    return out


def parse_titles(table: Table, sectors: Container[str]) -> list[TitleRow]:
    out: list[TitleRow] = []
    for line, row in table.rows:
        _required(table, line, row, TITLES)
        sector = _sector(table, line, row.get("sector", ""), sectors)
        flag = row.get("role_noun", "").lower() or "no"
        if flag not in ("yes", "no"):
            table.fail(line, f"role_noun must be yes or no, not {flag!r}")
        phrases = tuple(p.lower() for p in _values(row["phrase"]))
        entry = TitleEntry(phrases[0], sector, _type(table, line, row["type"]), flag == "yes")
        out.append(TitleRow(phrases, entry))
    return out


@dataclass(frozen=True)
class DatedRow:
    """One row of a dated actors file: the actor as coded in the period, and the period."""

    entry: ActorEntry
    aliases: tuple[str, ...]
    first: date | None
    last: date | None
    line: int
    source: str | None
    as_of: str | None


def parse_dated(table: Table, sectors: Container[str], countries: Container[str]) -> list[DatedRow]:
    """Rows of a dated actors file. Country and sector default to the code's first three letters
    (when a known country) and the three after them (when a known sector): ``USAGOV`` → USA, GOV."""
    out: list[DatedRow] = []
    for line, row in table.rows:
        name, code = row.get("name", ""), row.get("code", "")
        if not name or not code:
            table.fail(line, "empty name" if not name else "empty code")
        if not _CODE.fullmatch(code):
            table.fail(line, f"code {code!r} must be 2 to 16 capital letters and digits, or --- and sectors")
        country = row.get("country") or (code[:3] if code[:3] in countries else None)
        if country is not None and country not in countries:
            table.fail(line, f"unknown country code {country!r}; a user countries.tsv can add it")
        sector = row.get("sector") or (code[3:6] if country and code[3:6] in sectors else None)
        if sector is None and code.startswith("---") and code[3:6] in sectors:
            sector = code[3:6]
        if sector is None and country is None and code in sectors:  # "ELI": an elite of no country
            sector = code
        sector = _sector(table, line, sector or "", sectors)
        actor_type = _type(table, line, row.get("type") or "person")
        first, last = _day(table, line, row, "from"), _day(table, line, row, "until")
        if first and last and last < first:
            table.fail(line, f"until {last} is before from {first}")
        entry = ActorEntry(
            _single(table, line, "name", name), code, country, sector, actor_type, row.get("title") or None
        )
        aliases = tuple(a for a in _values(row.get("aliases", "")) if a != name)
        out.append(
            DatedRow(entry, aliases, first, last, line, row.get("source") or None, row.get("as_of") or None)
        )
    return out


def _day(table: Table, line: int, row: Mapping[str, str], column: str) -> date | None:
    text = row.get(column, "")
    if not text:
        return None
    try:
        if not _DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        table.fail(line, f"{column} {text!r} is not a day; write YYYY-MM-DD (e.g. 2017-01-20)")


def parse_actors(
    table: Table, kind: Kind, sectors: Container[str], countries: Container[str]
) -> list[ActorRow]:
    out: list[ActorRow] = []
    for line, row in table.rows:
        _required(table, line, row, kind)
        name = _single(table, line, "name", row["name"])
        actor_type = _type(table, line, row.get("type") or kind.type or "")
        sector = _sector(table, line, row.get("sector") or kind.sector or "", sectors)
        country = row.get("country") or None
        if country is not None and country not in countries:
            table.fail(line, f"unknown country code {country!r}; a user countries.tsv can add it")
        code = row.get("code") or ((country or "") + (sector or "")) or None
        if code is not None and not _CODE.fullmatch(code):
            table.fail(line, f"code {code!r} must be 2 to 16 capital letters and digits, or --- and sectors")
        if actor_type == "igo" and not row.get("code"):
            table.fail(line, "an igo needs its own code")
        entry = ActorEntry(name, code, country, sector, actor_type, row.get("title") or None)
        aliases = tuple(a for a in _values(row.get("aliases", "")) if a != name)
        out.append(ActorRow(entry, aliases, line))
    return out


def _sector(table: Table, line: int, value: str, sectors: Container[str]) -> str | None:
    if not value:
        return None
    if value not in sectors:
        table.fail(line, f"unknown sector {value!r}; sectors are listed in sectors.tsv")
    return value


def _type(table: Table, line: int, value: str) -> ActorType:
    if value not in ACTOR_TYPES:
        table.fail(line, f"unknown type {value!r}; expected one of {', '.join(ACTOR_TYPES)}")
    return cast(ActorType, value)


def read_word_table(
    file_name: str,
    header: tuple[str, str],
    allowed: Collection[str],
    user_files: Sequence[Path] = (),
    *,
    lower: bool = True,
) -> list[tuple[str, str]]:
    """Rows (word, its class) of a two-column word file: the bundled one, then the user files of the
    same name in order (``speech_cues.tsv``, ``event_cues.tsv``, ``first_names.tsv``); words in lower
    case unless ``lower`` is false."""
    bundled = resources.files("strife").joinpath("data", file_name)
    rows = _word_rows(bundled.read_text(encoding="utf-8"), f"bundled {file_name}", header, allowed, lower)
    for path in user_files:
        if path.name == file_name:
            rows.extend(_word_rows(read_user_file(path), str(path), header, allowed, lower))
    return rows


def read_user_file(path: Path) -> str:
    """A user's dictionary file as text; a clear error when it cannot be read as UTF-8."""
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError(f"{path}: cannot be read as a UTF-8 dictionary file ({exc})") from exc


@cache
def read_bundled(file_name: str) -> Table:
    """A bundled data file (``strife/data/…``) as a table, read once per process (never changed)."""
    resource = resources.files("strife").joinpath("data", file_name)
    return read_table(resource.read_text(encoding="utf-8"), str(resource))


def _word_rows(
    text: str, origin: str, header: tuple[str, str], allowed: Collection[str], lower: bool
) -> list[tuple[str, str]]:
    lines = [
        (n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")
    ]
    if not lines or tuple(lines[0][1].split("\t")[:2]) != header:
        raise DictionaryError(f"{origin}: the first row must be the header '{header[0]}<TAB>{header[1]}'")
    rows: list[tuple[str, str]] = []
    for (n, _), row in zip(lines[1:], csv.reader((ln for _, ln in lines[1:]), delimiter="\t"), strict=True):
        if len(row) < 2 or not row[0].strip() or row[1].strip() not in allowed:
            raise DictionaryError(
                f"{origin}, line {n}: expected a {header[0]} and a {header[1]} ({', '.join(sorted(allowed))})"
            )
        word = row[0].strip()
        rows.append((word.lower() if lower else word, row[1].strip()))
    return rows
