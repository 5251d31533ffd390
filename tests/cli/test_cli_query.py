"""``strife articles / quotes / actors / show``: every format, the filters, errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from clikit import Cli
from pydantic import BaseModel

from strife.record import Article
from strife.store.rows import ActorRow, ArticleRow, QuoteRow

ROW_TYPES: dict[str, type[BaseModel]] = {"articles": ArticleRow, "quotes": QuoteRow, "actors": ActorRow}


@pytest.fixture
def stored(cli: Cli, good_dir: Path) -> Cli:
    """The CLI with the four good articles ingested."""
    result = cli("ingest", str(good_dir))
    assert result.exit_code == 0, result.output
    return cli


def parse(fmt: str, stdout: str, command: str) -> list[dict[str, object]]:
    model = ROW_TYPES[command]
    if fmt == "jsonl":
        return [model.model_validate_json(line).model_dump() for line in stdout.splitlines()]
    if fmt == "json":
        return [model.model_validate(item).model_dump() for item in json.loads(stdout)]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(stdout)))
        assert rows and list(rows[0]) == list(model.model_fields)
        return [dict(r) for r in rows]
    raise AssertionError(fmt)


@pytest.mark.parametrize("command", ["articles", "quotes", "actors"])
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_machine_formats(stored: Cli, command: str, fmt: str) -> None:
    result = stored(command, "--format", fmt)
    assert result.exit_code == 0, result.output
    rows = parse(fmt, result.stdout, command)
    assert len(rows) == {"articles": 4, "quotes": 4, "actors": 2}[command]
    assert result.stderr == ""


@pytest.mark.parametrize(
    ("command", "header", "cell"),
    [
        ("articles", "headline", "Grushko on the talks"),
        ("quotes", "speaker", "Alexander Grushko"),
        ("actors", "code", "RUSGOV"),
    ],
)
def test_table_is_the_default(stored: Cli, command: str, header: str, cell: str) -> None:
    result = stored(command)
    assert result.exit_code == 0, result.output
    assert header in result.stdout
    assert cell in result.stdout
    assert result.stdout == stored(command, "--format", "table").stdout


def test_table_cuts_long_quotes(stored: Cli) -> None:
    out = stored("quotes", "--format", "table").stdout
    assert "…" in out  # the Reuters quote is ~220 characters
    assert max(len(line) for line in out.splitlines()) < 200
    full = [q["text"] for q in parse("jsonl", stored("quotes", "--format", "jsonl").stdout, "quotes")]
    assert max(len(str(t)) for t in full) > 200  # the other formats keep it whole


@pytest.mark.parametrize("command", ["articles", "quotes", "actors"])
def test_limit(stored: Cli, command: str) -> None:
    rows = parse("jsonl", stored(command, "--limit", "1", "--format", "jsonl").stdout, command)
    assert len(rows) == 1


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--since", "2022-01-13"], ["tass-1"]),
        (["--until", "2022-01-12"], ["reuters-1"]),  # a bare date includes all of that day
        (["--until", "2022-01-12T18:00:00Z"], ["reuters-1"]),  # inclusive
        (["--since", "2022-01-12T19:00:00+01:00", "--until", "2022-01-13T09:19"], ["reuters-1", "tass-1"]),
        (["--outlet", "tass"], ["tass-1"]),
        (["--since", "2030-01-01"], []),
    ],
)
def test_article_filters(stored: Cli, args: list[str], ids: list[str]) -> None:
    result = stored("articles", *args, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    got = [str(r["id"]) for r in parse("jsonl", result.stdout, "articles")]
    assert sorted(got) == sorted(ids)


def test_quote_filters(stored: Cli) -> None:
    rows = parse("jsonl", stored("quotes", "--speaker", "grushko", "--format", "jsonl").stdout, "quotes")
    assert {r["speaker"] for r in rows} == {"Alexander Grushko"}
    assert len(rows) == 2
    dated = parse("jsonl", stored("quotes", "--since", "2022-01-13", "--format", "jsonl").stdout, "quotes")
    assert [r["article_id"] for r in dated] == ["tass-1"]


@pytest.mark.parametrize("command", ["articles", "quotes"])
def test_bad_date_is_a_usage_error(stored: Cli, command: str) -> None:
    result = stored(command, "--since", "last tuesday")
    assert result.exit_code == 2
    assert "ISO date" in result.stderr


def test_empty_results_in_every_format(stored: Cli) -> None:
    args = ["articles", "--since", "2030-01-01", "--format"]
    assert stored(*args, "jsonl").stdout == ""
    assert json.loads(stored(*args, "json").stdout) == []
    assert stored(*args, "csv").stdout.splitlines() == [",".join(ArticleRow.model_fields)]
    assert "headline" in stored(*args, "table").stdout


def test_show_json_is_the_whole_record(stored: Cli) -> None:
    result = stored("show", "tass-1")
    assert result.exit_code == 0, result.output
    article = Article.model_validate_json(result.stdout)
    assert article.id == "tass-1"
    assert article.outlet == "TASS"
    assert article.quotes and article.actors


def test_show_table(stored: Cli) -> None:
    result = stored("show", "tass-1", "--format", "table")
    assert result.exit_code == 0, result.output
    for text in ("tass-1", "Grushko on the talks", "quotes (1)", "actors (1)", "RUSGOV"):
        assert text in result.stdout


def test_show_unknown_id_exits_1(stored: Cli) -> None:
    result = stored("show", "no-such-id")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: no article with id 'no-such-id'")
    assert result.stdout == ""


@pytest.mark.parametrize("args", [["articles"], ["quotes"], ["actors"], ["show", "x"]])
def test_missing_store_exits_2_and_creates_nothing(cli: Cli, args: list[str]) -> None:
    result = cli(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no store at ")
    assert not cli.db.exists()
    assert not cli.db.parent.exists()
