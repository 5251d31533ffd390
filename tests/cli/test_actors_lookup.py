"""``strife actors lookup NAME [--date D]``: what a name codes to on a day, and why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clikit import Cli


@pytest.mark.parametrize(
    ("args", "code", "row"),
    [
        (["Trump", "--date", "2016-05-01"], "USAELI", "2015-06-16 … 2017-01-19 holds on 2016-05-01"),
        (["Trump", "--date", "2018-05-01"], "USAGOV", "2017-01-20 … 2021-01-19 holds on 2018-05-01"),
        (["Trump", "--date", "2022-05-01"], "USAELI", "undated row: no dated row holds on 2022-05-01"),
        (["Trump", "--date", "2025-02-01"], "USAGOV", "from 2025-01-20 holds on 2025-02-01"),
        (["NATO"], "IGOWSTNAT", "igos.tsv, line"),
        (["Yeltsin", "--date", "1995-01-01"], "RUSGOV", "phoenix_actors.tsv, line"),
    ],
)
def test_lookup_says_code_and_why(cli: Cli, args: list[str], code: str, row: str) -> None:
    result = cli("actors", "lookup", *args, db=False)
    assert result.exit_code == 0, result.output
    first, why = result.stdout.splitlines()[:2]
    assert f"→ {code} " in first and why.startswith("  why: ") and row in why


def test_lookup_json_and_shared_name(cli: Cli) -> None:
    result = cli("actors", "lookup", "Clinton", "--date", "1998-01-01", "--format", "json", db=False)
    report = json.loads(result.stdout)
    assert (report["actor"], report["code"], report["from"], report["until"]) == (
        "Bill Clinton",
        "USAGOV",
        "1993-01-20",
        "2001-01-19",
    )
    assert set(report["claimants"]) == {"Bill Clinton", "Hillary Clinton"}
    assert report["chosen_by"] == "the one in office or in a dated role on the day"


def test_lookup_reads_the_users_dictionary(cli: Cli, tmp_path: Path) -> None:
    mine = tmp_path / "leaders.tsv"
    mine.write_text(
        "name\taliases\tcode\tfrom\tuntil\nJane Roe\tRoe\tGBRGOV\t2026-01-01\t\n", encoding="utf-8"
    )
    result = cli("--dictionary", str(mine), "actors", "lookup", "Roe", "--date", "2026-06-01", db=False)
    assert result.exit_code == 0 and "→ GBRGOV" in result.stdout and str(mine) in result.stdout


def test_unknown_name_and_bad_date(cli: Cli) -> None:
    unknown = cli("actors", "lookup", "Nobody Atall", db=False)
    assert unknown.exit_code == 1 and "no actor of this name" in unknown.stdout
    bad = cli("actors", "lookup", "Trump", "--date", "2016-13-01", db=False)
    assert bad.exit_code == 2 and "error: --date '2016-13-01': not a day" in bad.stderr


def test_actors_without_a_subcommand_still_lists_the_store(cli: Cli) -> None:
    result = cli("actors")
    assert result.exit_code == 2 and "no store at" in result.stderr  # as before: the store is read


@pytest.mark.parametrize(
    ("name", "note"),
    [
        ("Ottawa", "note: in a text: CANGOV (its government) where it speaks or deals"),
        ("Venezuala", "note: read in a text as 'Venezuela'"),
    ],
)
def test_lookup_notes_how_a_text_reads_the_name(cli: Cli, name: str, note: str) -> None:
    result = cli("actors", "lookup", name, db=False)
    assert note in result.stdout, result.stdout


def test_lookup_notes_a_place_whose_state_changed(cli: Cli) -> None:
    before = cli("actors", "lookup", "Bratislava", "--date", "1990-01-01", db=False)
    assert "note: in a text of that day: CSK (dated_places.tsv" in before.stdout, before.stdout
    after = cli("actors", "lookup", "Bratislava", "--date", "2000-01-01", db=False)
    assert "dated_places" not in after.stdout and "SVKGOV" in after.stdout, after.stdout
