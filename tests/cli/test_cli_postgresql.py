"""The commands on a PostgreSQL store (``--db postgresql://…``), and URLs strife cannot use.

The database is a new one on the session's throwaway server (skipped when none is installed); the
pipeline is the stand-in one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from clikit import Cli
from typer.testing import CliRunner

from strife.store import latest_version


@pytest.fixture
def pg_cli(pg_url: str, fake_pipeline: list[Any]) -> Cli:
    return Cli(CliRunner(), pg_url)  # type: ignore[arg-type]


def test_ingest_query_and_refresh_on_postgresql(pg_cli: Cli, good_dir: Path) -> None:
    result = pg_cli("ingest", str(good_dir))
    assert result.exit_code == 0, result.stderr
    assert "stored 4" in result.stderr and "stories: clustered 4 articles" in result.stderr
    again = pg_cli("ingest", str(good_dir))
    assert "stored 0, duplicates 4" in again.stderr and "clustered" not in again.stderr
    rows = [json.loads(line) for line in pg_cli("articles", "--format", "jsonl").stdout.splitlines()]
    assert {r["id"] for r in rows} >= {"tass-1", "reuters-1"} and len(rows) == 4
    stories = [json.loads(line) for line in pg_cli("stories", "--format", "jsonl").stdout.splitlines()]
    assert sorted(a for s in stories for a in s["articles"]) == sorted(r["id"] for r in rows)
    shown = pg_cli("show", "tass-1")
    assert shown.exit_code == 0 and json.loads(shown.stdout)["outlet"] == "TASS"
    assert pg_cli("refresh", "--full").exit_code == 0


def test_info_shows_the_url_without_its_password(pg_url: str, fake_pipeline: list[Any]) -> None:
    with_password = pg_url.replace("strife@", "strife:hunter2@")  # trust auth: any password will do
    result = Cli(CliRunner(), with_password)("info", "--json")  # type: ignore[arg-type]
    assert result.exit_code == 0, result.stderr
    assert "hunter2" not in result.stdout
    store = json.loads(result.stdout)["store"]
    assert store["location"] == pg_url and store["schema_version"] == latest_version()


@pytest.mark.parametrize(
    "db", ["mysql://user:hunter2@db.example/news", "sqlite:///tmp/news.db", "https://example.org/news"]
)
def test_other_urls_are_refused_with_a_clear_error(cli: Cli, db: str) -> None:
    result = cli("--db", db, "articles", db=False)
    assert result.exit_code == 2
    assert "strife cannot use" in result.stderr and "postgresql://user@host:5432/database" in result.stderr
    assert "hunter2" not in result.stderr


def test_an_unreachable_server_is_one_error_line(cli: Cli) -> None:
    result = cli("--db", "postgresql://nobody:hunter2@127.0.0.1:9/news", "articles", db=False)
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("error: cannot open the store postgresql://nobody@127.0.0.1:9/news")
    assert "hunter2" not in line
