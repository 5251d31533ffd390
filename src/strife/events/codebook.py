"""The event codebook: CAMEO event codes and what they are in PLOVER.

Three bundled files, formats and sources in ``strife/data/README.md``:

- ``cameo_codes.tsv`` — every CAMEO event code (the 20 two-digit roots and their 2- and 3-level
  sub-codes) with its name, Goldstein score, root and quad class;
- ``plover_types.tsv`` — the 16 PLOVER event types with their quad class, intensity, modes, contexts
  and the names they had in earlier PLOVER drafts (``DEMAND`` is now ``REQUEST`` …);
- ``cameo_plover.tsv`` — the PLOVER type, mode and contexts of each CAMEO code.

**Quad classes.** CAMEO itself defines none; strife follows the ICEWS/Phoenix convention by root:
01–05 verbal cooperation (1), 06–08 material cooperation (2), 09–13 verbal conflict (3) and 14–20
material conflict (4). Roots 09 (investigate) and 13 (threaten) are acts of conflict done in words;
from 14 (protest) on the acts are physical. A code's quad class is its root's: the file states it and
the loader checks that every code agrees with its root. PLOVER types have their own quad class (from
the PLOVER manual), which can differ from the CAMEO one of a code mapped to them.

**PLOVER.** :meth:`Codebook.plover` gives the type, mode and contexts of a CAMEO code; a code without
a row takes its nearest parent's. PLOVER dropped CAMEO 01 (make public statement) and 02 (appeal):
those codes have a row with an empty type and :meth:`Codebook.plover` returns ``None`` for them.

The files are read once per process (:func:`load_codebook`); a malformed file raises
:class:`~strife.errors.DictionaryError` naming the file, the line and the fault.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from strife.dictionary_files import Table, check_columns, read_bundled
from strife.errors import DictionaryError
from strife.record import Plover

__all__ = [
    "CODES_FILE",
    "MAPPING_FILE",
    "QUAD_CLASSES",
    "TYPES_FILE",
    "CameoCode",
    "Codebook",
    "PloverType",
    "load_codebook",
]

CODES_FILE = "cameo_codes.tsv"
TYPES_FILE = "plover_types.tsv"
MAPPING_FILE = "cameo_plover.tsv"
QUAD_CLASSES: Mapping[int, str] = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}

_CODE = re.compile(r"\d{2,4}")
_TYPE = re.compile(r"[A-Z]+")
_LABEL = re.compile(r"[A-Za-z][A-Za-z_-]*")  # a PLOVER mode or context (sideAB, martial-law, cbrn)
_CODE_COLUMNS = ("code", "name", "goldstein", "root", "quad_class")
_TYPE_COLUMNS = ("type", "quad_class", "intensity", "modes", "contexts")
_MAPPING_COLUMNS = ("cameo", "type", "mode", "context")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code: ``"0211"``, "Appeal for economic cooperation", 3.4, root ``"02"``, quad 1."""

    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int

    @property
    def parent(self) -> str | None:
        """The code one level up (``"0211"`` → ``"021"`` → ``"02"``); ``None`` for a root."""
        return self.code[:-1] if len(self.code) > 2 else None


@dataclass(frozen=True)
class PloverType:
    """One PLOVER event type with its quad class, intensity (−10…+10), modes and contexts."""

    name: str
    quad_class: int
    intensity: float
    modes: tuple[str, ...]
    contexts: tuple[str, ...]
    formerly: tuple[str, ...] = ()  # its names in earlier PLOVER drafts


@dataclass(frozen=True)
class _Coding:
    """A row of ``cameo_plover.tsv``; ``type`` ``None``: no PLOVER equivalent."""

    type: str | None
    mode: str | None
    context: tuple[str, ...]


class Codebook:
    """The CAMEO codes and their PLOVER equivalents. Get the bundled one with :func:`load_codebook`."""

    def __init__(
        self, codes: Mapping[str, CameoCode], types: Mapping[str, PloverType], codings: Mapping[str, _Coding]
    ) -> None:
        self._codes = dict(sorted(codes.items()))
        self._types = dict(types)
        self._codings = dict(codings)
        self._current = {old: t.name for t in self._types.values() for old in (t.name, *t.formerly)}
        self._children: dict[str, list[str]] = {code: [] for code in self._codes}
        for entry in self._codes.values():
            if entry.parent is not None:
                self._children[entry.parent].append(entry.code)

    @classmethod
    def parse(cls, codes: Table, types: Table, mapping: Table) -> Codebook:
        """A codebook from the three read files; every fault raises :class:`DictionaryError`."""
        cameo_codes = _parse_codes(codes)
        plover_types = _parse_types(types)
        return cls(cameo_codes, plover_types, _parse_mapping(mapping, cameo_codes, plover_types))

    # --- CAMEO --------------------------------------------------------------------------------------

    def get(self, code: str) -> CameoCode | None:
        """The CAMEO code, or ``None`` if there is no such code."""
        return self._codes.get(code)

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code; an unknown one raises :class:`DictionaryError`."""
        entry = self._codes.get(code)
        if entry is None:
            raise DictionaryError(f"unknown CAMEO code {code!r}; codes are listed in {CODES_FILE}")
        return entry

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and code in self._codes

    def codes(self) -> list[str]:
        """Every code, sorted as strings: each root is followed by its sub-codes (01, 010, 011 … 02)."""
        return list(self._codes)

    def roots(self) -> list[str]:
        """The 20 two-digit root codes (cue categories), sorted."""
        return [code for code in self._codes if len(code) == 2]

    def children(self, code: str) -> list[str]:
        """The direct sub-codes of a code, sorted (``"18"`` → 180 … 186; ``"182"`` → 1821 … 1823)."""
        return list(self._children[self.cameo(code).code])

    def root_name(self, root: str) -> str:
        """The name of a root (``"19"`` → "FIGHT"); any code gives its root's name."""
        return self._codes[self.cameo(root).root].name

    # --- PLOVER -------------------------------------------------------------------------------------

    def plover(self, code: str) -> Plover | None:
        """The PLOVER type, mode and contexts of a CAMEO code, taken from the nearest code up its
        hierarchy that has a row. ``None`` where PLOVER has no equivalent (CAMEO 01 and 02).
        An unknown code raises :class:`DictionaryError`. Each call returns a new record."""
        current: str | None = self.cameo(code).code
        while current is not None and current not in self._codings:
            current = self._codes[current].parent
        coding = self._codings.get(current) if current is not None else None
        if coding is None or coding.type is None:
            return None
        return Plover(type=coding.type, mode=coding.mode, context=list(coding.context))

    def plover_type(self, name: str) -> PloverType | None:
        """The PLOVER type of this (current) name: ``"ASSAULT"``; ``None`` for any other."""
        return self._types.get(name)

    def plover_types(self) -> list[PloverType]:
        """The 16 PLOVER types in the order of the PLOVER manual (cooperation first)."""
        return list(self._types.values())

    def plover_name(self, label: str) -> str | None:
        """The current name of a PLOVER type given by its current or a former name:
        ``"DEMAND"`` → ``"REQUEST"``, ``"FIGHT"`` → ``"ASSAULT"``; ``None`` if unknown."""
        return self._current.get(label)


@cache
def load_codebook() -> Codebook:
    """The bundled codebook, read once per process."""
    return Codebook.parse(read_bundled(CODES_FILE), read_bundled(TYPES_FILE), read_bundled(MAPPING_FILE))


# --- reading the files --------------------------------------------------------------------------------


def _parse_codes(table: Table) -> dict[str, CameoCode]:
    check_columns(table, _CODE_COLUMNS, _CODE_COLUMNS)
    codes: dict[str, CameoCode] = {}
    lines: dict[str, int] = {}
    for line, row in table.rows:
        code = row.get("code", "")
        if not _CODE.fullmatch(code):
            table.fail(line, f"CAMEO code {code!r} is not 2 to 4 digits")
        if code in codes:
            table.fail(line, f"CAMEO code {code} is listed twice")
        if not row.get("name"):
            table.fail(line, "empty name")
        if row.get("root") != code[:2]:
            table.fail(line, f"root {row.get('root')!r} of {code} must be its first two digits")
        goldstein = _number(table, line, "goldstein", row.get("goldstein", ""))
        codes[code] = CameoCode(code, row["name"], goldstein, code[:2], _quad(table, line, row))
        lines[code] = line
    for code, entry in codes.items():
        if entry.parent is not None and entry.parent not in codes:
            table.fail(lines[code], f"{code} has no parent code {entry.parent} in the file")
        if entry.quad_class != codes[entry.root].quad_class:
            table.fail(lines[code], f"quad class of {code} differs from that of its root {entry.root}")
    return codes


def _parse_types(table: Table) -> dict[str, PloverType]:
    check_columns(table, (*_TYPE_COLUMNS, "formerly"), _TYPE_COLUMNS)
    types: dict[str, PloverType] = {}
    former: set[str] = set()
    for line, row in table.rows:
        name = row.get("type", "")
        if not _TYPE.fullmatch(name):
            table.fail(line, f"PLOVER type {name!r} must be capital letters")
        if name in types or name in former:
            table.fail(line, f"PLOVER type {name} is listed twice (or as a former name)")
        intensity = _number(table, line, "intensity", row.get("intensity", ""))
        modes = _labels(table, line, row.get("modes", ""), _LABEL, "mode")
        contexts = _labels(table, line, row.get("contexts", ""), _LABEL, "context")
        formerly = _labels(table, line, row.get("formerly", ""), _TYPE, "former name")
        if set(formerly) & ({name} | set(types) | former):
            table.fail(line, f"a former name of {name} is already a type or another type's former name")
        former.update(formerly)
        types[name] = PloverType(name, _quad(table, line, row), intensity, modes, contexts, formerly)
    return types


def _parse_mapping(
    table: Table, codes: Mapping[str, CameoCode], types: Mapping[str, PloverType]
) -> dict[str, _Coding]:
    check_columns(table, _MAPPING_COLUMNS, ("cameo", "type"))
    current = {old: t.name for t in types.values() for old in t.formerly}
    codings: dict[str, _Coding] = {}
    for line, row in table.rows:
        code = row.get("cameo", "")
        if code not in codes:
            table.fail(line, f"unknown CAMEO code {code!r}; codes are listed in {CODES_FILE}")
        if code in codings:
            table.fail(line, f"CAMEO code {code} is mapped twice")
        name, mode = row.get("type", ""), row.get("mode", "")
        contexts = _labels(table, line, row.get("context", ""), _LABEL, "context")
        if not name:
            if mode or contexts:
                table.fail(line, "a mode or context without a type; an empty type means no PLOVER type")
            codings[code] = _Coding(None, None, ())
            continue
        plover = types.get(name)
        if plover is None:
            hint = f"; {name} is now {current[name]}" if name in current else ""
            table.fail(line, f"unknown PLOVER type {name!r}{hint}")
        if mode and mode not in plover.modes:
            table.fail(line, f"{mode!r} is not a mode of {name}; modes: {', '.join(plover.modes) or 'none'}")
        for context in contexts:
            if context not in plover.contexts:
                table.fail(line, f"{context!r} is not a context of {name} in {TYPES_FILE}")
        codings[code] = _Coding(name, mode or None, contexts)
    return codings


def _number(table: Table, line: int, column: str, value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        table.fail(line, f"{column} {value!r} is not a number")
    if not -10.0 <= number <= 10.0:
        table.fail(line, f"{column} {number} is outside -10 … +10")
    return number


def _quad(table: Table, line: int, row: Mapping[str, str]) -> int:
    value = row.get("quad_class", "")
    if value not in ("1", "2", "3", "4"):
        table.fail(line, f"quad_class {value!r} must be 1, 2, 3 or 4")
    return int(value)


def _labels(table: Table, line: int, field: str, pattern: re.Pattern[str], what: str) -> tuple[str, ...]:
    values = tuple(v.strip() for v in field.split("|") if v.strip())
    for value in values:
        if not pattern.fullmatch(value):
            table.fail(line, f"{what} {value!r} is malformed")
    if len(set(values)) != len(values):
        table.fail(line, f"a {what} is listed twice")
    return values
