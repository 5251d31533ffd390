"""The converted Phoenix dictionaries: the shipped files are what scripts/convert_phoenix.py makes
from ../shared (when it is there), every row reads, and the compact index agrees with the full parser."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from script_module import script_module
from strife.dictionaries import Dictionaries
from strife.dictionary_files import DATED, read_bundled, read_table
from strife.dictionary_files import parse_dated as parse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "knowledge" / "phoenix"
DATA = ROOT / "src" / "strife" / "data"


@pytest.fixture(scope="module")
def converter() -> Iterator[ModuleType]:
    yield from script_module("convert_phoenix")


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/knowledge/phoenix is not here")
def test_shipped_files_are_the_conversion(converter: ModuleType) -> None:
    """The files were written by an earlier run: equal bytes also show the conversion is deterministic."""
    files, report = converter.convert(SHARED, DATA)
    for name, text in files.items():
        assert (DATA / name).read_text(encoding="utf-8") == text, f"{name}: run scripts/convert_phoenix.py"
    assert report.counts["country-level entry (a state, its cities and provinces)"] > 100


@pytest.mark.parametrize(
    ("block", "codes"),
    [
        ("[USAGOV 930120-010120]", [("USAGOV", date(1993, 1, 20), date(2001, 1, 20))]),
        ("[RUSGOV >080508]", [("RUSGOV", date(2008, 5, 9), None)]),
        ("[AFGELI <19270101]", [("AFGELI", None, date(1926, 12, 31))]),
        ("[IRQOCC 1920030320-20060520]", [("IRQOCC", date(2003, 3, 20), date(2006, 5, 20))]),
        ("[GBRGOV >201005011]", []),  # no day: left out
    ],
)
def test_code_blocks(
    converter: ModuleType, block: str, codes: list[tuple[str, date | None, date | None]]
) -> None:
    report = converter.Report()
    found = converter.parse_code(block.strip("[]"), report)
    assert ([(found.code, found.first, found.last)] if found else []) == codes


def test_names_lose_titles_and_keep_acronyms(converter: ModuleType) -> None:
    report = converter.Report()
    text = "VLADIMIR_PUTIN_\n+PUTIN_\n+PRESIDENT_VLADIMIR_PUTIN_\n+MR_PUTIN\n+YOUTH_\n\t[RUSGOV >080508]\n"
    [block] = converter.read_blocks(text, report)
    name, aliases, person = converter.entry_names(block, report)
    assert (name, aliases, person) == ("Vladimir Putin", ["Putin"], True)
    [block] = converter.read_blocks("ANSF_\n+AFGHAN_NATIONAL_ARMY_\n\t[AFGMIL]\n", report)
    assert converter.entry_names(block, report) == ("ANSF", ["Afghan National Army"], False)
    # a two-letter acronym in brackets is left out like a one-word one: "(CA)" is a word or a postal code
    [block] = converter.read_blocks("WHITE_ARMY_(WA)_\n\t[SDNREB]\n", report)
    assert converter.entry_names(block, report) == ("White Army", [], False)


def test_every_phoenix_row_reads_and_the_compact_index_agrees() -> None:
    table = read_bundled("phoenix_actors.tsv")
    dicts = Dictionaries.load()
    rows = parse(
        table, {"GOV", "MIL", "ELI", "REB", "LEG", "JUD", "COP", "SPY", "IGO", "NGO"}, {"USA", "RUS"}
    )
    assert len(rows) == len(table.rows) > 30000
    for name in ("Boris Yeltsin", "Nicolas Sarkozy", "Muammar Gaddafi"):
        actor = dicts.actor(name)
        assert actor is not None and actor.periods[0].origin.startswith("phoenix_actors.tsv, line ")
        line = int(actor.periods[0].origin.rsplit(" ", 1)[1])
        written = dict(table.rows)[line]
        assert (written["name"], written["code"]) == (actor.name, actor.periods[0].entry.code)


def test_discards_and_licence() -> None:
    table = read_table(
        resources.files("strife").joinpath("data", "discards.tsv").read_text("utf-8"), "discards"
    )
    assert table.columns == ("phrase", "category")
    categories = {row["category"] for _, row in table.rows}
    assert categories == {"story", "sentence"} and len(table.rows) > 400
    licence = (DATA / "PHOENIX-LICENSE.txt").read_text(encoding="utf-8")
    assert "MIT License" in licence and "Parus Analytics" in licence
    assert DATED.columns[-4:] == ("from", "until", "source", "as_of")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a region that became a state, dated like an office-holder, is no person
        ("NORTH_RIVERLAND_\n\t[SDNSSD <20050708]\n\t[SSD >20110710]\n", "organization"),
        # … while a dated person keeps the type
        ("MARA_VELLIN_\n\t[SSDGOV 20110710-20150101]\n", "person"),
    ],
)
def test_dated_states_are_no_people(converter: ModuleType, text: str, kind: str) -> None:
    countries, sectors = frozenset({"SDN", "SSD"}), frozenset({"GOV"})
    report = converter.Report()
    rows = converter.convert_actors([("Countries", text)], countries, sectors, frozenset(), report)
    assert {row[5] for row in rows} == {kind}
