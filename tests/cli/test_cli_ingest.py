"""``strife ingest`` and ``strife extract``: records, the summary, errors, exit statuses."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from clikit import GOOD_1, GOOD_2, Cli, FakePipeline, jsonl_line

from strife.errors import ConfigError, ModelError
from strife.record import Article
from strife.settings import Settings

SUMMARY = re.compile(r"^read (\d+), stored (\d+), duplicates (\d+), failed (\d+)$", re.M)


def summary(stderr: str) -> tuple[int, ...]:
    match = SUMMARY.search(stderr)
    assert match, f"no summary line in stderr: {stderr!r}"
    return tuple(int(g) for g in match.groups())


def stored_count(cli: Cli) -> int:
    from strife.store import open_store

    with open_store(cli.db) as store:
        return store.counts()["articles"]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


# --- ingest ------------------------------------------------------------------------------------------


def test_ingest_stores_and_summarises(cli: Cli, good_dir: Path) -> None:
    result = cli("ingest", str(good_dir))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert summary(result.stderr) == (4, 4, 0, 0)
    assert stored_count(cli) == 4


def test_ingest_twice_stores_once_and_skips_the_nlp(
    cli: Cli, good_dir: Path, fake_pipeline: list[FakePipeline]
) -> None:
    assert cli("ingest", str(good_dir)).exit_code == 0
    again = cli("ingest", str(good_dir))
    assert again.exit_code == 0, again.output
    assert summary(again.stderr) == (4, 0, 4, 0)
    assert fake_pipeline[-1].read == []  # everything was known before the NLP ran
    assert stored_count(cli) == 4


def test_ingest_same_text_twice_in_one_run(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "dups"
    folder.mkdir()
    (folder / "one.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "copy.txt").write_text("  " + GOOD_1.upper(), encoding="utf-8")  # same normalised text
    result = cli("ingest", str(folder))
    assert summary(result.stderr) == (2, 1, 1, 0)
    assert stored_count(cli) == 1


def test_hostile_folder_reports_each_bad_input_and_stores_the_good(cli: Cli, hostile_dir: Path) -> None:
    result = cli("ingest", str(hostile_dir))
    assert result.exit_code == 0, result.output
    errors = error_lines(result.stderr)
    joined = "\n".join(errors)
    assert "empty.txt" in joined
    assert "blob.txt" in joined
    assert re.search(r"mixed\.jsonl:2\b", joined), joined
    assert len(errors) == 3, errors
    read, stored, duplicates, failed = summary(result.stderr)
    assert (read, stored, duplicates, failed) == (3, 3, 0, 3)
    assert stored_count(cli) == 3
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_nothing_readable_exits_1(cli: Cli, hostile_dir: Path, command: str) -> None:
    bad = [str(hostile_dir / "empty.txt"), str(hostile_dir / "blob.txt")]
    result = cli(command, *bad)
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 2
    assert result.stdout == ""


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_strict_exits_1_on_any_failure(cli: Cli, hostile_dir: Path, command: str) -> None:
    result = cli(command, "--strict", str(hostile_dir))
    assert result.exit_code == 1
    assert len(error_lines(result.stderr)) == 1  # stops at the first one


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_strict_on_clean_input_exits_0(cli: Cli, good_dir: Path, command: str) -> None:
    assert cli(command, "--strict", str(good_dir)).exit_code == 0


def test_extraction_failures_are_reported_by_origin(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "mix"
    folder.mkdir()
    (folder / "ok.txt").write_text(GOOD_2, encoding="utf-8")
    (folder / "bad.txt").write_text("This one will FAIL in the pipeline.\n", encoding="utf-8")
    result = cli("ingest", str(folder))
    assert result.exit_code == 0
    assert [line for line in error_lines(result.stderr) if "bad.txt" in line]
    assert summary(result.stderr) == (2, 1, 0, 1)


def test_missing_path_is_an_input_error(cli: Cli, good_dir: Path, tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    result = cli("ingest", str(good_dir / "a.txt"), missing)
    assert result.exit_code == 0
    assert any(missing in line for line in error_lines(result.stderr))
    assert cli("ingest", missing).exit_code == 1


def test_empty_folder_exits_1(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "nothing").mkdir()
    result = cli("ingest", str(tmp_path / "nothing"))
    assert result.exit_code == 1
    assert error_lines(result.stderr)


def test_quiet_drops_the_summary_not_the_errors(cli: Cli, hostile_dir: Path) -> None:
    result = cli("--quiet", "ingest", str(hostile_dir))
    assert result.exit_code == 0
    assert not SUMMARY.search(result.stderr)
    assert len(error_lines(result.stderr)) == 3


def test_global_options_reach_the_pipeline(
    cli: Cli,
    good_dir: Path,
    tmp_path: Path,
    fake_pipeline: list[FakePipeline],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    extra = tmp_path / "mine.tsv"
    monkeypatch.setenv("STRIFE_SPACY_MODEL", "from_env_model")
    monkeypatch.setenv("STRIFE_DICTIONARIES", str(tmp_path / "env.tsv"))
    result = cli("--model", "my_model", "--dictionary", str(extra), "ingest", str(good_dir))
    assert result.exit_code == 0, result.output
    settings: Settings = fake_pipeline[-1].settings
    assert settings.spacy_model == "my_model"
    assert settings.dictionaries == (tmp_path / "env.tsv", extra)
    assert settings.db == cli.db


def test_db_from_environment(
    cli: Cli, good_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIFE_DB", str(tmp_path / "env.duckdb"))
    assert cli("ingest", str(good_dir), db=False).exit_code == 0
    assert (tmp_path / "env.duckdb").exists()
    assert not cli.db.exists()


# --- setup errors: exit 2, one line, no traceback ------------------------------------------------------


def test_model_error_exits_2(cli: Cli, good_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(settings: Settings) -> FakePipeline:
        raise ModelError(f"spaCy model {settings.spacy_model!r} cannot be loaded")

    monkeypatch.setattr("strife.cli.common.make_pipeline", broken)
    for command in ("ingest", "extract"):
        result = cli("--model", "nope", command, str(good_dir))
        assert result.exit_code == 2
        assert error_lines(result.stderr) == ["error: spaCy model 'nope' cannot be loaded"]
        assert "Traceback" not in result.output


def test_store_error_exits_2(cli: Cli, good_dir: Path, tmp_path: Path) -> None:
    folder_as_db = tmp_path / "a-folder"
    folder_as_db.mkdir()
    result = cli("--db", str(folder_as_db), "ingest", str(good_dir), db=False)
    assert result.exit_code == 2
    assert error_lines(result.stderr)
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", ["ingest", "extract", "articles", "info"])
def test_config_error_exits_2(
    cli: Cli, good_dir: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setenv("STRIFE_BATCH_SIZE", "lots")
    args = [command] + ([str(good_dir)] if command in ("ingest", "extract") else [])
    result = cli(*args)
    assert result.exit_code == 2
    assert error_lines(result.stderr)[0].startswith("error: setting batch_size=")


def test_config_file_error_names_the_file(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config.toml"
    config.write_text("this is = = not toml", encoding="utf-8")
    monkeypatch.setenv("STRIFE_CONFIG", str(config))
    result = cli("articles")
    assert result.exit_code == 2
    assert str(config) in result.stderr
    assert isinstance(ConfigError("x"), Exception)


def test_bad_input_format_is_a_usage_error(cli: Cli, good_dir: Path) -> None:
    result = cli("ingest", "--input-format", "pdf", str(good_dir))
    assert result.exit_code == 2


# --- extract -----------------------------------------------------------------------------------------


def test_extract_writes_jsonl_records_and_stores_nothing(cli: Cli, good_dir: Path) -> None:
    result = cli("extract", str(good_dir))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    records = [Article.model_validate_json(line) for line in lines]
    assert len(records) == 4
    assert {r.id for r in records} >= {"tass-1", "reuters-1"}
    assert all(r.quotes and r.actors for r in records)
    assert not cli.db.exists()
    assert error_lines(result.stderr) == []


def test_extract_json_array(cli: Cli, good_dir: Path) -> None:
    result = cli("extract", "--format", "json", str(good_dir))
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [Article.model_validate(d).id for d in data][-2:] in (
        ["tass-1", "reuters-1"],
        ["reuters-1", "tass-1"],
    )


def test_extract_strict_json_stays_valid(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "b.txt").write_bytes(b"")
    result = cli("extract", "--strict", "--format", "json", str(folder))
    assert result.exit_code == 1
    assert isinstance(json.loads(result.stdout), list)


def test_extract_does_not_deduplicate(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "twice"
    folder.mkdir()
    (folder / "1.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "2.txt").write_text(GOOD_1, encoding="utf-8")
    assert len(cli("extract", str(folder)).stdout.splitlines()) == 2


def test_extract_reads_stdin(cli: Cli) -> None:
    result = cli("extract", "--input-format", "jsonl", "-", input=jsonl_line(id="in-1", text=GOOD_2))
    assert result.exit_code == 0, result.output
    (record,) = [Article.model_validate_json(line) for line in result.stdout.splitlines()]
    assert record.id == "in-1"


def test_extract_hostile_folder(cli: Cli, hostile_dir: Path) -> None:
    result = cli("extract", str(hostile_dir))
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 3
    assert len(error_lines(result.stderr)) == 3


def test_no_paths_is_a_usage_error(cli: Cli) -> None:
    assert cli("ingest").exit_code == 2
    assert cli("extract").exit_code == 2


def test_progress_display_on_a_terminal(cli: Cli, hostile_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("strife.cli.common.is_tty", lambda stream: True)
    result = cli("ingest", str(hostile_dir))
    assert result.exit_code == 0, result.output
    assert len(error_lines(result.stderr)) == 3
    assert summary(result.stderr) == (3, 3, 0, 3)


@pytest.mark.parametrize(
    ("command", "db", "says"),
    [
        ("ingest", "mysql://user:pw@db.example/strife", "which strife cannot use"),
        ("articles", "mysql://user:pw@db.example/strife", "which strife cannot use"),
        ("info", "mysql://user:pw@db.example/strife", "which strife cannot use"),
        ("ingest", "postgresql://user:pw@db.invalid/strife", "cannot open the store postgresql://user@"),
        ("articles", "postgresql://user:pw@db.invalid/strife", "cannot open the store postgresql://user@"),
    ],
)
def test_a_url_as_db_is_refused_or_reached_never_a_file(
    cli: Cli,
    good_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    command: str,
    db: str,
    says: str,
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    args = [command] + ([str(good_dir)] if command == "ingest" else [])
    result = cli("--db", db, *args, db=False)
    assert result.exit_code == 2
    (line,) = error_lines(result.stderr)
    assert says in line and "pw" not in line
    assert list(work.iterdir()) == []  # no file named mysql: or postgresql: in the working folder


HOSTILE = Path(__file__).parents[1] / "readers" / "fixtures" / "hostile"


@pytest.mark.parametrize("command", ["ingest", "extract"])
def test_unrepresentable_dates_fail_their_line_alone(cli: Cli, command: str) -> None:
    path = HOSTILE / "far-dates.jsonl"
    result = cli(command, str(path))
    assert result.exit_code == 0
    lines = error_lines(result.stderr)
    assert [line.split(": ", 2)[1] for line in lines] == [f"{path}:{n}" for n in (2, 3, 5)]
    assert all("falls outside the years 1 to 9999" in line for line in lines)
    if command == "ingest":
        assert summary(result.stderr) == (3, 3, 0, 3)  # read 3, stored 3, failed 3
    else:
        assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["d1", "d4", "d6"]


def test_bad_bytes_are_a_warning_not_a_failure(cli: Cli) -> None:
    result = cli("ingest", str(HOSTILE / "bad-bytes-utf8.txt"))
    assert result.exit_code == 0
    assert "warning: " in result.stderr and "byte offsets 60, 100" in result.stderr
    assert error_lines(result.stderr) == []
    assert summary(result.stderr) == (1, 1, 0, 0)


def test_csv_output_neutralises_formulas(cli: Cli) -> None:
    assert cli("ingest", str(HOSTILE / "formulas.jsonl")).exit_code == 0
    result = cli("articles", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(row["headline"][:2] for row in rows) == ["'+", "'-", "'=", "'@"]
