"""PETRARCH's validation dictionaries, converted into strife dictionary files.

PETRARCH's unit-test sentences (:mod:`strife.evaluation.petr_unit`) are about fictional actors
("Arnor", "Gondor", "Frodo") that only PETRARCH's own validation dictionaries know. Those are read here
from ``gold/cameo/validation_dictionaries`` and written as strife's user dictionary files
(``strife/data/README.md``), which a second pipeline then loads: the evaluation proves dictionaries
are pluggable.

**The actor file** (``PETR.Validate.actors.txt``): one entry per name line, ``NAME [CODE]``, words
joined by ``_`` (a trailing ``_`` marks a whole word); ``+NAME`` lines add synonyms to the entry above;
the code block may stand on its own indented line(s), and may be date-restricted: ``[HOB < 950601]``
(before the day), ``[HOBREB > 990816]`` (after it), ``[HOBGOV 19950601 - 19990815]`` (between, both
days included); six-digit dates are ``YYMMDD``. ``#`` starts a comment, ``<!-- … -->`` too.

**The agent file** (``PETR.Validate.agents.txt``): ``PHRASE {PLURALS} [~GOV]``: a role word and the
agent code it adds after the country (``[NGO~]``: before it); ``!PERSON! = MAN, MEN …`` defines a
substitution used inside phrases (``CONGRESS!PERSON!``).

**What the conversion does**, and what strife's formats made it adapt:

- A code of three letters is a *country* in PETRARCH's model (the first three letters of ``ARNGOV``
  are the country slot), so every three-letter code gets a ``countries.tsv`` row (``iso3`` = the
  code, named after its first entry), which lets strife build ``ARN`` + ``GOV`` = ``ARNGOV`` from
  "Arnor officials". Synonyms that look like adjectives (ending in -an, -ian, -ese, -ish, -i, -ch)
  are its demonyms. Codes PETRARCH gives real countries (``KUW``, ``UAR``, ``JAP`` …) are kept.
- Every entry is also an ``actors.tsv`` row (so that it wins over a bundled entry of the same name,
  "Kuwait" → ``KUW``): the first entry of a three-letter code is the state (type ``state``), later
  entries of the same code are people of it (type ``person``: "Bree Prime Minister Romendacil"
  then takes the title, ``BREGOV``). Longer codes are kept verbatim; their first three letters are
  the country where they are a known code, the next three the sector where they are a known sector
  and the code is six letters long (``ISRMIL``); codes starting ``IGO`` are of type ``igo``, the
  rest ``organization``.
- ``---`` (no known country) becomes an entry with no code (strife's actor code is then empty,
  which :func:`strife.evaluation.petr_unit.petr_form` writes ``---``). Codes that are neither
  letters and digits nor ``---`` (``+++``) are left out. ``[ELR/GAL]`` (one name, several actors)
  keeps the first code: strife gives one name one actor. Lowercase codes (``[pse]``) are upper-cased.
- Date restrictions are resolved for one day at a time (:meth:`PetrDictionaries.write` takes the day):
  a restriction that holds wins over the undated code; the first such in the file wins.
- Names: ``_`` → space; a trailing ``_`` and a leading ``THE_`` are dropped (strife ignores a leading
  "the" in the text); words are capitalised except *of, the, and, for* inside a name; single words of
  up to four letters are also listed as written (``UN``, ``USSR``), since strife's phrase matcher is
  case-sensitive. PETRARCH reads a name without a trailing ``_`` as a stem ("Dagolath" also finds
  "Dagolathi"); strife matches whole names, so such forms are found only where the file lists them.
- Agents become ``titles.tsv`` rows (phrase lowercased; ``!MACRO!`` substitutions and ``{PLURALS}``
  expanded). strife's sector is one code of three capital letters, so a longer agent code keeps its
  first three letters (``~GOVFRM`` → ``GOV``), and a prefix agent (``[NGO~]``) becomes a sector like
  any other (strife writes ``ARNNGO`` where PETRARCH writes ``NGOARN``). Agent codes strife does not
  know are added in a ``sectors.tsv``. Agents whose phrase names an institution (government,
  ministry, police …) are of type ``organization`` (``media`` for the press), the rest ``person``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import product
from pathlib import Path

from strife.dictionaries import Dictionaries

ACTORS_FILE = "PETR.Validate.actors.txt"
AGENTS_FILE = "PETR.Validate.agents.txt"
NO_COUNTRY = "---"

_COMMENT_BLOCK = re.compile(r"<!.*?>", re.DOTALL)
_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_RESTRICTION = re.compile(
    r"^(?P<code>\S+)\s*(?:(?P<op>[<>])\s*(?P<day>\d+)|(?P<first>\d+)\s*-\s*(?P<last>\d+))$"
)
_AGENT = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plurals>[^}]*)\})?\s*\[(?P<code>[^\]]*)\]")
_MACRO = re.compile(r"^(?P<name>![A-Z]+!)\s*=\s*(?P<values>.+)$")
_VALID_CODE = re.compile(r"[A-Z][A-Z0-9]{1,15}")
_LETTERS3 = re.compile(r"[A-Z]{3}")
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR"})
_DEMONYM_ENDINGS = ("AN", "IAN", "ESE", "ISH", "I", "CH")
_INSTITUTIONS = frozenset(
    {"government", "ministry", "ministries", "police", "judiciary", "parliament", "congress", "court"}
    | {"force", "forces", "authority", "body", "organization", "organisation", "group", "movement"}
    | {"party", "community", "corporation", "service", "enterprise", "opposition", "council"}
)
_MEDIA = frozenset({"media", "press", "newspaper", "radio", "television"})


@dataclass(frozen=True)
class DatedCode:
    """An actor code, in force from ``first`` to ``last`` (days included; ``None``: open)."""

    code: str
    first: date | None = None
    last: date | None = None

    @property
    def restricted(self) -> bool:
        return self.first is not None or self.last is not None

    def holds_on(self, day: date) -> bool:
        return (self.first is None or day >= self.first) and (self.last is None or day <= self.last)


@dataclass(frozen=True)
class PetrActor:
    """One entry of the actor file: its names as written (the first is the entry's) and its codes."""

    names: tuple[str, ...]
    codes: tuple[DatedCode, ...]

    def code_on(self, day: date) -> str | None:
        """The code in force on ``day``: the first restriction that holds, else the undated code."""
        for dated in self.codes:
            if dated.restricted and dated.holds_on(day):
                return dated.code
        return next((c.code for c in self.codes if not c.restricted), None)


@dataclass(frozen=True)
class PetrAgent:
    """One entry of the agent file: its phrases (lowercase, plurals included) and agent code."""

    phrases: tuple[str, ...]
    code: str
    prefix: bool  # [NGO~]: PETRARCH writes the agent before the country

    @property
    def sector(self) -> str:
        return self.code[:3]


def parse_day(text: str) -> date:
    """``YYYYMMDD``, or PETRARCH's older ``YYMMDD`` (years from 30 on are 19xx)."""
    if len(text) == 6:
        year = int(text[:2])
        text = f"{1900 + year if year >= 30 else 2000 + year}{text[2:]}"
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))


def parse_code_block(block: str) -> DatedCode | None:
    """One ``[…]`` block of the actor file; ``None`` for one without a code."""
    text = " ".join(block.split())
    if not text:
        return None
    match = _RESTRICTION.match(text)
    if match is None:
        return DatedCode(_first_code(text))
    code = _first_code(match["code"])
    if match["op"] == "<":
        return DatedCode(code, last=parse_day(match["day"]) - timedelta(days=1))
    if match["op"] == ">":
        return DatedCode(code, first=parse_day(match["day"]) + timedelta(days=1))
    return DatedCode(code, first=parse_day(match["first"]), last=parse_day(match["last"]))


def _first_code(text: str) -> str:
    return text.split("/")[0].strip().upper()


def _lines(text: str) -> Iterable[str]:
    """The lines of a PETRARCH dictionary without comments; blank lines dropped."""
    for line in _COMMENT_BLOCK.sub("", text).splitlines():
        kept = line.split("#", 1)[0].rstrip()
        if kept.strip():
            yield kept


def read_actors(text: str) -> list[PetrActor]:
    """The entries of a PETRARCH actor file, in file order."""
    entries: list[tuple[list[str], list[DatedCode]]] = []
    for line in _lines(text):
        stripped = line.strip()
        if stripped.startswith("+") and entries:
            entries[-1][0].append(stripped[1:].strip())
            continue
        name = _CODE_BLOCK.sub("", stripped).strip()
        if name:
            entries.append(([name], []))
        if entries:
            codes = (parse_code_block(block) for block in _CODE_BLOCK.findall(stripped))
            entries[-1][1].extend(c for c in codes if c is not None)
    return [PetrActor(tuple(names), tuple(codes)) for names, codes in entries if codes]


def read_agents(text: str) -> list[PetrAgent]:
    """The entries of a PETRARCH agent file, with ``!MACRO!`` substitutions expanded."""
    macros: dict[str, list[str]] = {}
    out: list[PetrAgent] = []
    for line in _lines(text):
        stripped = line.strip()
        macro = _MACRO.match(stripped)
        if macro is not None:
            macros[macro["name"]] = [v.strip() for v in macro["values"].split(",") if v.strip()]
            continue
        match = _AGENT.match(stripped)
        if match is None:
            continue
        code = "".join(match["code"].split())
        written = [match["phrase"], *(match["plurals"] or "").split()]
        phrases = [p for w in written for p in _expand(w, macros)]
        out.append(
            PetrAgent(tuple(dict.fromkeys(_phrase(p) for p in phrases)), code.strip("~"), code.endswith("~"))
        )
    return out


def _expand(phrase: str, macros: dict[str, list[str]]) -> list[str]:
    parts = re.split(r"(![A-Z]+!)", phrase)
    choices = [macros.get(part, [part]) for part in parts]
    return ["".join(pick) for pick in product(*choices)]


def _phrase(written: str) -> str:
    return " ".join(written.replace("_", " ").lower().split())


def display_name(written: str) -> str:
    """A PETRARCH name as strife writes it: ``GAZA_CITY`` → ``Gaza City``, ``THE_AU`` → ``AU``."""
    words = written.strip().rstrip("_").replace("_", " ").split()
    if len(words) > 1 and words[0] == "THE":
        words = words[1:]
    if len(words) == 1 and len(words[0]) <= 3:
        return words[0]
    return " ".join(_word(w, first=i == 0) for i, w in enumerate(words))


def _word(word: str, *, first: bool) -> str:
    if "." in word or any(c.isdigit() for c in word):
        return word
    if word in _SMALL_WORDS and not first:
        return word.lower()
    return "-".join(part.capitalize() for part in word.split("-"))


def name_forms(written: str) -> list[str]:
    """The name and, for a single word of up to four letters, that word as written (``USSR``)."""
    name = display_name(written)
    plain = written.strip().rstrip("_")
    forms = [name]
    if " " not in name and "_" not in plain and len(plain) <= 4 and plain != name:
        forms.append(plain)
    return forms


def _looks_like_demonym(written: str) -> bool:
    word = written.strip().rstrip("_")
    return "_" not in word and " " not in word and word.endswith(_DEMONYM_ENDINGS)


@dataclass(frozen=True)
class PetrDictionaries:
    """The actors and agents of PETRARCH's validation dictionaries."""

    actors: tuple[PetrActor, ...]
    agents: tuple[PetrAgent, ...]

    @classmethod
    def load(cls, folder: Path) -> PetrDictionaries:
        """Read ``PETR.Validate.actors.txt`` and ``.agents.txt`` from ``folder``."""
        actors = read_actors((folder / ACTORS_FILE).read_text(encoding="utf-8", errors="replace"))
        agents = read_agents((folder / AGENTS_FILE).read_text(encoding="utf-8", errors="replace"))
        return cls(tuple(actors), tuple(agents))

    def signature(self, day: date) -> tuple[str | None, ...]:
        """The codes of the date-restricted actors on ``day``: days with equal signatures share files."""
        return tuple(a.code_on(day) for a in self.actors if any(c.restricted for c in a.codes))

    def codes_on(self, day: date) -> list[tuple[PetrActor, str]]:
        """Every actor with the code it has on ``day`` (usable codes only)."""
        out: list[tuple[PetrActor, str]] = []
        for actor in self.actors:
            code = actor.code_on(day)
            if code is not None and (code == NO_COUNTRY or _VALID_CODE.fullmatch(code)):
                out.append((actor, code))
        return out

    def write(self, day: date, folder: Path, base: Dictionaries) -> tuple[Path, ...]:
        """Write ``sectors.tsv``, ``countries.tsv``, ``actors.tsv`` and ``titles.tsv`` for ``day``
        into ``folder``; ``base`` (the bundled dictionaries) says which sectors and countries exist."""
        folder.mkdir(parents=True, exist_ok=True)
        coded = self.codes_on(day)
        countries = {code for _, code in coded if _LETTERS3.fullmatch(code)}
        agent_sectors = {a.sector for a in self.agents if _LETTERS3.fullmatch(a.sector)}
        new_sectors = sorted(s for s in agent_sectors if base.sector_name(s) is None)
        known = _Known(countries, agent_sectors, base)
        files = {
            "sectors.tsv": _table(("code", "name"), [(s, f"PETRARCH agent {s}") for s in new_sectors]),
            "countries.tsv": _table(("iso3", "name", "demonyms"), _country_rows(coded, countries)),
            "actors.tsv": _table(
                ("name", "aliases", "code", "country", "sector", "type"), _actor_rows(coded, known)
            ),
            "titles.tsv": _table(("phrase", "sector", "type", "role_noun"), _title_rows(self.agents)),
        }
        paths: list[Path] = []
        for name, text in files.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        return tuple(paths)


@dataclass(frozen=True)
class _Known:
    """The country and sector codes the written files may use: the bundled ones and the new ones."""

    countries: set[str]
    sectors: set[str]
    base: Dictionaries

    def country(self, code: str) -> bool:
        return code in self.countries or self.base.country_name(code) is not None

    def sector(self, code: str) -> bool:
        return code in self.sectors or self.base.sector_name(code) is not None


def _table(columns: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    lines = ["# Converted from PETRARCH's validation dictionaries by strife.evaluation.petr_dictionaries."]
    lines.append("\t".join(columns))
    lines.extend("\t".join(row) for row in rows)
    return "\n".join(lines) + "\n"


def _country_rows(coded: Sequence[tuple[PetrActor, str]], countries: set[str]) -> list[tuple[str, ...]]:
    """One row per three-letter code, named after its first entry; adjective-like names are demonyms."""
    names: dict[str, str] = {}
    demonyms: dict[str, list[str]] = {}
    for actor, code in coded:
        if code not in countries:
            continue
        for written in actor.names:
            if code in names and _looks_like_demonym(written):
                demonyms.setdefault(code, []).append(display_name(written))
            names.setdefault(code, display_name(written))
    return [(code, name, "|".join(dict.fromkeys(demonyms.get(code, [])))) for code, name in names.items()]


def _actor_rows(coded: Sequence[tuple[PetrActor, str]], known: _Known) -> list[tuple[str, ...]]:
    """One row per entry. The first entry of a country code is its state (an actor row too, so that it
    wins over bundled names); later entries of the same code are people of that country."""
    rows: list[tuple[str, ...]] = []
    states: set[str] = set()
    for actor, code in coded:
        forms = list(dict.fromkeys(f for written in actor.names for f in name_forms(written)))
        if code in known.countries:
            kind = "person" if code in states else "state"
            states.add(code)
            rows.append((forms[0], "|".join(forms[1:]), code, code, "", kind))
            continue
        country = code[:3] if known.country(code[:3]) else ""
        sector = code[3:6] if country and len(code) == 6 and known.sector(code[3:6]) else ""
        kind = "igo" if code.startswith("IGO") else "organization"
        shown = "" if code == NO_COUNTRY else code
        rows.append((forms[0], "|".join(forms[1:]), shown, country, sector, kind))
    return rows


def _title_rows(agents: Sequence[PetrAgent]) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for agent in agents:
        if not _LETTERS3.fullmatch(agent.sector):
            continue
        head = agent.phrases[0].split()[-1]
        kind = "media" if head in _MEDIA else "organization" if head in _INSTITUTIONS else "person"
        rows.append(("|".join(agent.phrases), agent.sector, kind, "yes" if kind == "person" else "no"))
    return rows
