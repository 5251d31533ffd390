"""Convert the Phoenix (PETRARCH2) dictionaries into strife's own data files.

Run at data-update time, from the project root, with ``../shared`` beside it::

    .venv/bin/python scripts/convert_phoenix.py          # writes data/phoenix_*.tsv, discards.tsv
    .venv/bin/python scripts/convert_phoenix.py --check  # exit 1 when the shipped files differ

The output is deterministic (same input, same bytes); ``tests/test_phoenix_data.py`` runs the
conversion again when ``../shared`` is present and compares. What is converted, and how, is
documented in ``src/strife/data/README.md`` (section *Phoenix*); in short:

The conversion reads strife's own ``countries.tsv``, ``sectors.tsv`` and ``titles.tsv`` too (codes to
keep; titles and demonyms to strip from names), so a change there may change the output: run it again.

- ``Phoenix.{Countries,International,MilNonState}.actors.txt`` → ``phoenix_actors.tsv``: one row per
  dated code of each entry (strife's *dated actors* format: ``from``/``until`` inclusive, ISO days,
  empty = open; a row without either is the entry's code when no period holds). The country-level
  entries themselves (a bare country code: names, cities and provinces standing for a state) are left
  out: strife's ``countries.tsv`` and its places step already tell states and places apart.
- ``Phoenix.agents.txt`` → ``phoenix_agents.tsv`` (strife's titles format: phrase → sector).
- ``Phoenix.discards.txt`` → ``discards.tsv`` (phrase, category ``story`` or ``sentence``).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# PETRARCH's own reading of its dictionary lines, shared with the evaluation that reads its test files.
from strife.evaluation.petr_dictionaries import _AGENT, _CODE_BLOCK, _MACRO, DatedCode, _expand
from strife.evaluation.petr_dictionaries import parse_day as petr_day

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "knowledge" / "phoenix"
DATA = ROOT / "src" / "strife" / "data"
ACTOR_FILES = (
    ("Phoenix.Countries.actors.txt", "Countries"),
    ("Phoenix.International.actors.txt", "International"),
    ("Phoenix.MilNonState.actors.txt", "MilNonState"),
)
AGENTS_FILE = "Phoenix.agents.txt"
DISCARDS_FILE = "Phoenix.discards.txt"
AS_OF = "2014-02-26"  # the latest edit the files record ("pas 26-Feb-2014"); nothing later is in them

# CAMEO country codes Phoenix writes differently from strife's countries.tsv (ISO 3166 alpha-3).
COUNTRY_CODES = {"TMP": "TLS", "KSV": "XKX", "ANG": "AGO"}
# Phoenix's own sector spellings → strife's sectors.tsv (MUS is CAMEO's MOS, Muslim).
SECTOR_CODES = {"MUS": "MOS"}
# Left out: test entries of a fictional country (Kinakuta, KNT) and generic "people" agents (PPL).
SKIP_PREFIXES = ("KNT",)
SKIP_AGENT_CODES = ("PPL",)
# A government branch after GOV names the branch: USAGOVLEG → USALEG, as CAMEO codes a legislature.
GOV_BRANCHES = frozenset({"LEG", "JUD", "MIL", "COP", "SPY"})

_COMMENT = re.compile(r"#.*$")
_RESTRICTION = re.compile(
    r"^(?P<code>\S+)\s*(?:(?P<op>[<>])\s*(?P<day>\d+)|(?P<first>\d+)\s*-\s*(?P<last>\d+))?\s*$"
)
_VALID_CODE = re.compile(r"[A-Z][A-Z0-9]{2,15}|---[A-Z]{3,12}")
_ACRONYM = re.compile(r"\(([A-Z][A-Z.&-]{1,9})\)")
_PARENTHESIS = re.compile(r"\([^)]*\)")
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "de", "del", "la", "le", "du", "des", "da"})
# Acronyms with a vowel that the news writes in capitals, kept so at the start of a name (consonant-only
# words are kept in capitals anywhere).
_VOWEL_ACRONYMS = frozenset(
    {"UN", "EU", "AU", "US", "UAE", "OAS", "IAEA", "OSCE", "OPEC", "NATO", "ASEAN", "UNHCR"}
)
# Words of an institution's name: an entry named with one is an organisation, not a person.
_INSTITUTION_WORDS = frozenset(
    """
    army forces force ministry ministries party council committee assembly parliament congress court
    police government administration agency union organization organisation bank front movement brigade
    brigades group groups commission office department authority service services association
    federation league institute institution university college school company corporation corp inc ltd
    airlines network fund foundation center centre bureau board agency tribunal senate house cabinet
    militia guard guards navy command corps legion cell cells battalion regiment division unit units
    secretariat mission alliance coalition society club church council fighters nuclei army's people's
    republic state states kingdom empire emirate caliphate media radio television tv news newspaper
    press times post cartel gang network initiative program programme project trust partners industries
    group's
    """.split()  # noqa: SIM905 - a word list reads best as words
)
# Honorifics and titles a Phoenix synonym may start with ("MR_OBAMA", "PRESIDENT_PUTIN"): the rest is
# the name; strife reads titles from the text itself (titles.tsv).
_LEADING_TITLES = tuple(
    t.split()
    for t in sorted(
        """mr|mr.|mrs|mrs.|ms|ms.|dr|dr.|sir|lady|lord|baroness|sheikh|sheik|president|president-elect|
        vice president|vice-president|prime minister|premier|chancellor|senator|sen.|gov.|governor|king|queen|
        prince|general|gen.|secretary-general|secretary general|secretary|minister|foreign minister|
        defense minister|defence minister|ayatollah|imam|mullah|emir|amir|colonel|col.|admiral|judge|
        ambassador|foreign secretary|secretary of state|chairman|leader|commander|sultan""".replace(
            "\n", ""
        ).split("|"),
        key=lambda t: -len(t),
    )
)
_NATIONAL_PREFIXES = frozenset({"us", "u.s.", "american", "united states", "russian", "british", "the"})


# --- dated codes -------------------------------------------------------------------------------------


@dataclass
class Report:
    """What the conversion left out, counted by reason (printed by ``main``)."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, reason: str, n: int = 1) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + n


def parse_day(text: str) -> date | None:
    """``YYYYMMDD`` or ``YYMMDD`` (PETRARCH's reading, :func:`strife.evaluation.petr_dictionaries.parse_day`);
    a ten-digit ``19YYYYMMDD`` (a stray century, ``1920030320``) is read without it. ``None`` when it
    is no day."""
    if len(text) == 10 and text.startswith("19"):
        text = text[2:]
    if len(text) not in (6, 8):
        return None
    try:
        return petr_day(text)
    except ValueError:
        return None


def parse_code(block: str, report: Report) -> DatedCode | None:
    """One ``[CODE]``, ``[CODE >D]`` (after the day), ``[CODE <D]`` (before it) or ``[CODE D1-D2]``."""
    text = " ".join(block.split())
    match = _RESTRICTION.match(text)
    if not text or match is None:
        report.add("code block that is not CODE [<D | >D | D1-D2]")
        return None
    code = match["code"].split("/")[0].upper()
    if match["op"] is None and match["first"] is None:
        return DatedCode(code)
    if match["op"] is not None:
        day = parse_day(match["day"])
        if day is None:
            report.add("code with a date that is no day")
            return None
        if match["op"] == ">":
            return DatedCode(code, first=day + timedelta(days=1))
        return DatedCode(code, last=day - timedelta(days=1))
    first, last = parse_day(match["first"]), parse_day(match["last"])
    if first is None or last is None:
        report.add("code with a date that is no day")
        return None
    if last < first:
        report.add("code whose period ends before it starts")
        return None
    return DatedCode(code, first=first, last=last)


# --- actor files -------------------------------------------------------------------------------------


@dataclass
class Block:
    """One entry: its names as written (with their lines) and its codes."""

    names: list[tuple[str, int]]
    codes: list[DatedCode] = field(default_factory=list)
    person_hint: bool = False  # the entry comes from CountryInfo or the IGO rulers' list: a person
    closed: bool = False  # a code line came (even one that could not be read): no more names join


def read_blocks(text: str, report: Report) -> list[Block]:
    """The entries of an actor file in file order.

    A name line starts an entry; ``+`` lines add synonyms; ``[…]`` blocks (on the name line or on lines
    of their own) give its codes. Entries without codes that run straight into the next name line (no
    blank line between) share the codes that follow: ``DMITRY_MEDVEDEV_ +… DMITR_MEDVEDEV_ +… [codes]``
    is one person written twice. An entry left without codes is dropped.
    """
    blocks: list[Block] = []
    pending: list[Block] = []  # entries waiting for codes
    for number, raw in enumerate(text.splitlines(), 1):
        hint = "CountryInfo" in raw or "IGOrulers" in raw
        line = _COMMENT.sub("", raw).strip()
        if not line:
            if not raw.strip() and pending:
                _drop(pending, report)
                pending = []
            continue
        codes = _CODE_BLOCK.findall(line)
        name = _CODE_BLOCK.sub(" ", line).strip()
        if ": " in name:
            report.add("stray note where a name should be")
            continue
        if name.startswith("+"):
            if not (pending or blocks):
                report.add("synonym before any entry")
                continue
            target = pending[-1] if pending else blocks[-1]
            target.names.append((name[1:].strip(), number))
            target.person_hint |= hint
        elif name:
            if pending and not pending[-1].closed:  # no codes yet: another name of the same entry
                pending[-1].names.append((name, number))
                pending[-1].person_hint |= hint
            else:
                block = Block([(name, number)], person_hint=hint)
                blocks.append(block)
                pending = [block]
        if codes:
            if not pending:
                if not blocks:
                    continue
                pending = [blocks[-1]]
            parsed = [c for c in (parse_code(b, report) for b in codes) if c is not None]
            for block in pending:
                block.codes.extend(parsed)
                block.closed = True
            if hint:
                for block in pending:
                    block.person_hint = True
    _drop([b for b in pending if not b.codes], report)
    return [b for b in blocks if b.codes]


def _drop(pending: list[Block], report: Report) -> None:
    report.add("entry without a code", sum(1 for b in pending if not b.codes))


@dataclass(frozen=True)
class Coded:
    """A Phoenix code as strife writes it: the code, its country and sector (either may be None)."""

    code: str | None
    country: str | None
    sector: str | None


def normalise_code(code: str, countries: frozenset[str], sectors: frozenset[str]) -> Coded | None:
    """Phoenix's code → strife's: non-ISO country codes mapped, ``GOV`` + branch → the branch,
    Phoenix sector spellings mapped; ``None`` for a code strife cannot carry."""
    code = code.strip().upper()
    if code.startswith(SKIP_PREFIXES) or not _VALID_CODE.fullmatch(code):
        return None
    head, rest = code[:3], code[3:]
    head = COUNTRY_CODES.get(head, head)
    parts = [SECTOR_CODES.get(rest[i : i + 3], rest[i : i + 3]) for i in range(0, len(rest), 3)]
    if len(parts) >= 2 and parts[0] == "GOV" and parts[1] in GOV_BRANCHES:
        parts = parts[1:]
    code = head + "".join(parts)
    if head in countries:
        sector = parts[0] if parts and parts[0] in sectors else None
        return Coded(code, head, sector)
    if head == "---":
        return Coded(code, None, parts[0] if parts and parts[0] in sectors else None)
    if head in sectors and head not in ("IGO", "IMG", "NGO", "MNC"):  # "[ELI]": an elite of no country
        return Coded(code, None, head)
    return Coded(code, None, None)


# --- names -------------------------------------------------------------------------------------------


def clean_name(raw: str) -> str:
    """``VLADIMIR_V._PUTIN_`` → ``VLADIMIR V. PUTIN``: underscores as spaces, a leading THE dropped."""
    words = raw.replace("_", " ").replace("\t", " ").split()
    if len(words) > 1 and words[0] == "THE":
        words = words[1:]
    return " ".join(words).strip(" ,;:")


def display(name: str) -> str:
    """A name in the case strife lists it: words capitalised (``Vladimir V. Putin``, ``Al-Qaeda``),
    small words lower, abbreviations with full stops and consonant-only words kept in capitals."""
    words = name.split()
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in _SMALL_WORDS:
            out.append(lower)
        elif "." in word and len(word) <= 6 and sum(c.isalpha() for c in word) > 1:
            out.append(word)  # U.S., U.N., D.C.
        elif (not any(c in "AEIOUY" for c in word) and word.isalpha()) or (
            i == 0 and word in _VOWEL_ACRONYMS
        ):
            out.append(word)  # NLD, PKK; UN, EU opening a body's name (not "Chi Un Hui", "et au")
        else:
            out.append("-".join(_capital(part) for part in word.split("-")))
    return " ".join(out)


def _capital(word: str) -> str:
    if word[:1] == "(" or "'" in word[:3]:
        return word[:2] + word[2:].lower() if word[:1] == "(" else _apostrophe(word)
    return word[:1] + word[1:].lower()


def _apostrophe(word: str) -> str:
    # O'BRIEN → O'Brien; AL-QA'IDA → handled per part: QA'IDA → Qa'ida
    head, _, tail = word.partition("'")
    if len(head) == 1:
        return head + "'" + tail[:1] + tail[1:].lower()
    return head[:1] + head[1:].lower() + "'" + tail.lower()


def set_titles(titles: Iterable[str], national: Iterable[str]) -> None:
    """Also strip strife's own titles (``titles.tsv``) and demonyms (``countries.tsv``) before names."""
    global _LEADING_TITLES, _NATIONAL_PREFIXES
    extra = [tuple(t.split()) for t in titles if t]
    merged = {tuple(t) for t in _LEADING_TITLES} | set(extra)
    _LEADING_TITLES = tuple(list(t) for t in sorted(merged, key=lambda t: (-len(t), t)))
    _NATIONAL_PREFIXES = frozenset(_NATIONAL_PREFIXES | {n.lower() for n in national})


def strip_title(words: list[str]) -> list[str] | None:
    """The name without the honorific or title it starts with (and a national adjective before
    that): ``US PRESIDENT BARACK OBAMA`` → ``BARACK OBAMA``, ``MR. OBAMA`` → ``OBAMA``; ``None`` for a
    form that is only a title (``AMERICAN VICE PRESIDENT``)."""
    lower = [w.lower() for w in words]
    start = 0
    while start < len(lower) - 1:
        two = " ".join(lower[start : start + 2])
        if lower[start] in _NATIONAL_PREFIXES:
            start += 1
        elif two in _NATIONAL_PREFIXES:
            start += 2
        else:
            break
    for title in _LEADING_TITLES:
        if lower[start:] == title:
            return None
        if lower[start : start + len(title)] == title and len(lower) > start + len(title):
            rest = words[start + len(title) :]
            if rest and rest[0].lower() in ("of", "for", "to"):
                return words  # "SECRETARY OF STATE": a title, not a title before a name
            return rest
    return words


def is_institution(words: Iterable[str]) -> bool:
    return any(w.lower().strip("(),.'") in _INSTITUTION_WORDS for w in words)


def entry_names(block: Block, report: Report) -> tuple[str, list[str], bool] | None:
    """The entry's canonical name, its other names (as strife lists them), and whether it is a person.

    Titled forms (``PRESIDENT_PUTIN``) lose the title; forms that are only a title (``US_VICE_PRESIDENT``)
    and "X administration" forms are left out. One-word forms are kept when they are the person's
    surname, the entry's own name, or an acronym of three or four letters (then matched only as written);
    an acronym in brackets needs three letters too.
    """
    forms: list[list[str]] = []
    acronyms: list[str] = []
    for raw, _ in block.names:
        name = clean_name(raw)
        acronyms += _ACRONYM.findall(name)
        words = " ".join(_PARENTHESIS.sub(" ", name).split()).split()
        if not words:
            continue
        if words[-1].upper() in ("ADMINISTRATION", "GOVERNMENT", "REGIME"):
            report.add("'X administration' form (strife codes it as X's country's government)")
            continue
        stripped = strip_title(words)
        if stripped is None:
            report.add("form that is only a title")
            continue
        if "," in " ".join(stripped) or len(stripped) > 10:
            report.add("form that is a phrase, not a name")
            continue
        forms.append(stripped)
    if not forms:
        return None
    people = [f for f in forms if 2 <= len(f) <= 5 and not is_institution(f)]
    canonical = people[0] if block.person_hint and people else forms[0]
    person = _is_person(block, canonical)
    surname = canonical[-1] if person and len(canonical) > 1 else None
    names: list[str] = []
    for words in [canonical, *forms]:
        if len(words) > 1:
            names.append(display(" ".join(words)))
        elif words[0] == surname or (words is canonical and len(words[0]) > 5):
            names.append(display(words[0]))
        elif 3 <= len(words[0]) <= 4 and words[0].isupper():
            names.append(words[0])  # an acronym: matched only as written
        else:
            report.add("one-word form that is neither the surname, the entry's name nor an acronym")
    names += [a for a in acronyms if len(a.replace(".", "")) >= 3]  # "(CA)", "(AN)": words, postal codes
    unique = list(dict.fromkeys(n for n in names if len(n) > 1))
    if not unique:
        return None
    return unique[0], unique[1:], person


def _is_person(block: Block, words: list[str]) -> bool:
    if is_institution(words) or len(words) > 6:
        return False
    if block.person_hint:
        return True
    dated = any(c.first is not None or c.last is not None for c in block.codes)
    return dated and 2 <= len(words) <= 5


# --- conversion --------------------------------------------------------------------------------------

ACTOR_HEADER = ("name", "aliases", "code", "from", "until", "type", "source", "as_of")


def convert_actors(
    texts: Iterable[tuple[str, str]],
    countries: frozenset[str],
    sectors: frozenset[str],
    agents: frozenset[str],
    report: Report,
) -> list[tuple[str, ...]]:
    """Rows of ``phoenix_actors.tsv`` from the actor files' texts (short name, text), in file order.

    Entries are merged by canonical name (case-folded): a later entry of the same name adds its codes
    and names to the first. Periods are written in the order of their first day (open first). A name
    that is also an agent phrase ("Aid Group", "NGO") is left out of an entry of no country: it is a
    kind of actor, not one actor.
    """
    merged: dict[str, tuple[str, list[str], str, list[tuple[Coded, DatedCode]], str]] = {}
    for short, text in texts:
        for block in read_blocks(text, report):
            named = entry_names(block, report)
            if named is None:
                report.add("entry without a usable name")
                continue
            name, aliases, person = named
            coded = []
            for dated in block.codes:
                code = normalise_code(dated.code, countries, sectors)
                if code is None:
                    report.add("code strife cannot carry (not letters and digits, or a test country)")
                    continue
                coded.append((code, dated))
            if not coded:
                report.add("entry left without a code")
                continue
            if all(c.code == c.country and d.first is None and d.last is None for c, d in coded):
                report.add("country-level entry (a state, its cities and provinces)")
                continue
            if not any(c.country for c, _ in coded):
                names = [n for n in (name, *aliases) if n.lower() not in agents]
                if len(names) < len(aliases) + 1:
                    report.add("name that is an agent phrase, in an entry of no country")
                if not names:
                    continue
                name, aliases = names[0], names[1:]
            # a state of a time ("South Sudan": a region of Sudan, then a state) is no person, dated or not
            person = person and not any(c.code == c.country for c, _ in coded)
            kind = _type(person, [c for c, _ in coded], name)
            key = " ".join(name.replace("-", " ").casefold().split())
            source = f"{short}:{block.names[0][1]}"
            if key in merged:
                old = merged[key]
                merged[key] = (old[0], [*old[1], name, *aliases], old[2], [*old[3], *coded], old[4])
            else:
                merged[key] = (name, aliases, kind, coded, source)
    rows: list[tuple[str, ...]] = []
    for name, aliases, kind, coded, source in merged.values():
        periods = list(dict.fromkeys((c.code or "", _iso(d.first), _iso(d.last)) for c, d in coded))
        periods.sort(key=lambda p: (p[1] != "" or p[2] != "", p[1] or p[2]))
        alias_text = "|".join(a for a in dict.fromkeys(aliases) if a.casefold() != name.casefold())
        for i, (written, first, last) in enumerate(periods):
            rows.append((name, alias_text if i == 0 else "", written, first, last, kind, source, AS_OF))
    return rows


def _type(person: bool, codes: list[Coded], name: str) -> str:
    if person:
        return "person"
    if all((c.code or "").startswith("IGO") for c in codes):
        return "igo"
    return "organization"


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


AGENT_HEADER = ("phrase", "sector", "type", "role_noun")
_GROUP_WORDS = frozenset({"people", "forces", "troops", "men", "women", "personnel", "community"})


def convert_agents(text: str, sectors: frozenset[str], report: Report) -> list[tuple[str, ...]]:
    """Rows of ``phoenix_agents.tsv``: phrase (lowercase; plurals and ``!MACRO!`` forms expanded, so a
    row may hold several), its sector, and the type of whoever the phrase alone names. A plural whose
    singular is listed is left out: strife finds it from the singular, as a group."""
    macros: dict[str, list[str]] = {}
    rows: dict[tuple[str, str], list[str]] = {}
    for line in text.splitlines():
        stripped = _COMMENT.sub("", line).strip()
        if not stripped:
            continue
        macro = _MACRO.match(stripped)
        if macro is not None:
            macros[macro["name"]] = [v.strip() for v in macro["values"].split(",") if v.strip()]
            continue
        match = _AGENT.match(stripped)
        if match is None:
            report.add("agent line that is not PHRASE {PLURALS} [CODE]")
            continue
        code = "".join(match["code"].split()).strip("~")
        first = SECTOR_CODES.get(code[:3], code[:3])
        if first in SKIP_AGENT_CODES:
            report.add("generic 'people' agent (PPL)")
            continue
        if first not in sectors:
            report.add("agent code that is no strife sector")
            continue
        written = [match["phrase"], *(match["plurals"] or "").replace(",", " ").split()]
        phrases = [_agent_phrase(p) for w in written for p in _expand(w, macros)]
        phrases = [p for p in phrases if p]
        if not phrases:
            continue
        kind = _agent_type(phrases[0])
        rows.setdefault((first, kind), []).extend(phrases)
    out: list[tuple[str, ...]] = []
    everything = {p for phrases in rows.values() for p in phrases}
    seen: set[str] = set()
    for (sector, kind), phrases in sorted(rows.items()):
        unique = [p for p in dict.fromkeys(phrases) if p not in seen]
        unique = [p for p in unique if not any(q in everything for q in _singulars(p))]
        seen.update(unique)
        for chunk in _chunks(sorted(unique), 12):
            out.append(("|".join(chunk), sector, kind, "no"))
    return out


def _agent_phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").lower().split()).strip(" -")


def _singulars(phrase: str) -> list[str]:
    """The singular forms strife tries for a plural's last word (strife.dictionaries._singulars)."""
    head, _, word = phrase.rpartition(" ")
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("men"):
        forms.append(word[:-3] + "man")
    if word.endswith("s") and not word.endswith("ss"):
        forms.append(word[:-1])
    if word.endswith("es"):
        forms.append(word[:-2])
    return [f"{head} {f}".strip() for f in forms]


# Endings of nouns for a person ("soldier", "activist", "policeman", "refugee"); other agent nouns name
# an institution, a force or its arms ("army", "artillery", "tank"): an organisation.
_PERSON_ENDINGS = (
    "er", "or", "ist", "ian", "man", "men", "ee", "ant", "ent", "ive", "ary", "ic", "ite", "crat",
    "arch", "ot", "ard", "ess", "ain", "ine", "ef", "ar", "ai", "al", "ik", "ah", "i", "o", "in",
)  # fmt: skip


def _agent_type(phrase: str) -> str:
    words = phrase.split()
    if words[-1] in _GROUP_WORDS:
        return "group"
    if is_institution(words) or not words[-1].endswith(_PERSON_ENDINGS):
        return "organization"
    return "person"


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


DISCARD_HEADER = ("phrase", "category")


def convert_discards(text: str, report: Report) -> list[tuple[str, ...]]:
    """Rows of ``discards.tsv``: a phrase and ``story`` (the whole story is not coded: a ``+`` line) or
    ``sentence`` (the sentence is not coded). Commented-out lines stay out."""
    out: dict[str, str] = {}
    for line in text.splitlines():
        stripped = _COMMENT.sub("", line).strip()
        if not stripped:
            continue
        category = "story" if stripped.startswith("+") else "sentence"
        phrase = " ".join(stripped.lstrip("+").replace("_", " ").split())
        if not phrase:
            continue
        if phrase in out and out[phrase] != category:
            report.add("discard listed at both levels (kept as story)")
            category = "story"
        out[phrase] = category
    return [(phrase, category) for phrase, category in out.items()]


# --- files -------------------------------------------------------------------------------------------

NOTICE = """# Converted from the Phoenix dictionaries of PETRARCH2 (openeventdata/petrarch2, commit 676801c,
# petrarch2/data/dictionaries/{source}) by scripts/convert_phoenix.py; do not edit by hand: change the
# script and run it again. The contents are credited to the Computational Event Data System Project
# (Parus Analytics). MIT License, Copyright (c) 2014 Open Event Data Alliance: see PHOENIX-LICENSE.txt.
# Format: src/strife/data/README.md (section Phoenix).
"""


def render(header: tuple[str, ...], rows: Iterable[tuple[str, ...]], source: str) -> str:
    lines = [NOTICE.format(source=source).rstrip("\n"), "\t".join(header)]
    lines += ["\t".join(row) for row in rows]
    return "\n".join(lines) + "\n"


def known_titles(data: Path) -> tuple[list[str], list[str]]:
    """The title phrases of strife's ``titles.tsv`` and the demonyms of its ``countries.tsv``. A phrase
    with "union" is no title to strip: the word opens many bodies' own names ("Union Pacific", "Union
    Carbide", "Union des Foires Internationales"), which would lose it."""

    def column(name: str, wanted: str) -> list[str]:
        lines = [ln for ln in (data / name).read_text(encoding="utf-8").splitlines() if ln and ln[0] != "#"]
        header = lines[0].split("\t")
        at = header.index(wanted)
        return [v for ln in lines[1:] for v in (ln.split("\t") + [""] * len(header))[at].split("|") if v]

    titles = [t for t in column("titles.tsv", "phrase") if "union" not in t.split()]
    return titles, column("countries.tsv", "demonyms")


def known_codes(data: Path) -> tuple[frozenset[str], frozenset[str]]:
    """Country and sector codes of strife's bundled ``countries.tsv`` and ``sectors.tsv``."""

    def first_column(name: str) -> frozenset[str]:
        rows = (line.split("\t")[0] for line in (data / name).read_text(encoding="utf-8").splitlines())
        return frozenset(r.strip() for r in rows if r.strip() and not r.startswith("#"))

    return first_column("countries.tsv") - {"iso3"}, first_column("sectors.tsv") - {"code"}


def convert(shared: Path, data: Path) -> tuple[dict[str, str], Report]:
    """The converted files' texts by file name, and what was left out."""
    report = Report()
    countries, sectors = known_codes(data)
    set_titles(*known_titles(data))
    texts = [(short, (shared / name).read_text(encoding="utf-8")) for name, short in ACTOR_FILES]
    agents = convert_agents((shared / AGENTS_FILE).read_text(encoding="utf-8"), sectors, report)
    phrases = frozenset(p for row in agents for p in row[0].split("|"))
    actors = convert_actors(texts, countries, sectors, phrases, report)
    discards = convert_discards((shared / DISCARDS_FILE).read_text(encoding="utf-8"), report)
    files = {
        "phoenix_actors.tsv": render(ACTOR_HEADER, actors, "Phoenix.*.actors.txt"),
        "phoenix_agents.tsv": render(AGENT_HEADER, agents, AGENTS_FILE),
        "discards.tsv": render(DISCARD_HEADER, discards, DISCARDS_FILE),
        "PHOENIX-LICENSE.txt": LICENSE_HEAD + (shared / "LICENSE").read_text(encoding="utf-8"),
    }
    return files, report


LICENSE_HEAD = """phoenix_actors.tsv, phoenix_agents.tsv and discards.tsv are converted from the Phoenix
actor, agent and discard dictionaries of PETRARCH2 (https://github.com/openeventdata/petrarch2, commit
676801cd9cb2924bbbad09f86d15c9323e7097bf). Their contents are credited to the Computational Event
Data System Project (Parus Analytics, http://eventdata.parusanalytics.com); the files are under this
licence:

"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--shared", type=Path, default=SHARED, help="folder of the Phoenix files")
    parser.add_argument("--out", type=Path, default=DATA, help="strife's data folder")
    parser.add_argument("--check", action="store_true", help="compare with the files there; write nothing")
    args = parser.parse_args(argv)
    files, report = convert(args.shared, args.out)
    stale = [n for n, t in files.items() if not (args.out / n).exists() or (args.out / n).read_text() != t]
    if args.check:
        print("up to date" if not stale else f"differ: {', '.join(stale)}")
        return 1 if stale else 0
    for name, text in files.items():
        (args.out / name).write_text(text, encoding="utf-8")
    for reason, n in sorted(report.counts.items()):
        print(f"left out: {n:6d}  {reason}", file=sys.stderr)
    print(f"wrote {', '.join(files)} to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
