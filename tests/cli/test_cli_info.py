"""``strife info``, ``--version``, ``--help`` and ``python -m strife``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from clikit import Cli

from strife.info import strife_version
from strife.settings import DEFAULT_MODEL


def info_json(cli: Cli, *global_args: str) -> dict[str, object]:
    result = cli(*global_args, "info", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def test_info_json_without_a_store(cli: Cli, fake_pipeline: list[object]) -> None:
    data = info_json(cli)
    assert data["spacy_model"] == DEFAULT_MODEL
    versions = data["versions"]
    assert isinstance(versions, dict)
    assert set(versions) >= {"strife", "python", "spacy", "duckdb", "pydantic"}
    assert data["store"] == {"location": str(cli.db), "exists": False}
    settings = data["settings"]
    assert isinstance(settings, dict)
    assert set(settings) == {
        "spacy_model", "db", "dictionaries", "batch_size", "max_input_bytes", "article_time_budget",
        "allow_private_urls", "max_article_bytes", "alert_quiet_days", "alert_surprise_threshold",
        "alert_change_ratio", "alert_change_min_count", "alert_goldstein_drop", "workers", "second_opinion",
        "hashed_opinion",
    }  # fmt: skip
    assert "config_file" in data and "dictionaries" in data
    assert not cli.db.exists()  # info never creates the store
    assert fake_pipeline == []  # nor loads the model


def test_info_json_with_a_store(cli: Cli, good_dir: Path) -> None:
    cli("ingest", str(good_dir))
    store = info_json(cli)["store"]
    assert isinstance(store, dict)
    assert store["exists"] is True
    assert store["counts"]["articles"] == 4
    assert isinstance(store["schema_version"], int)


def test_info_reports_the_model_setting_without_loading_it(cli: Cli, tmp_path: Path) -> None:
    model = info_json(cli, "--model", str(tmp_path / "no-such-model"))["model"]
    assert isinstance(model, dict)
    assert model["kind"] == "path"
    assert model["available"] is False
    assert info_json(cli, "--model", "surely_not_an_installed_pkg")["model"]["available"] is False  # type: ignore[index]
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "config.cfg").write_text("[nlp]\n", encoding="utf-8")
    data = info_json(cli, "--model", str(folder))
    assert data["spacy_model"] == str(folder)
    assert data["model"]["available"] is True  # type: ignore[index]


def test_info_settings_follow_environment_and_options(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "strife.toml"
    config.write_text("batch_size = 7\n", encoding="utf-8")
    monkeypatch.setenv("STRIFE_CONFIG", str(config))
    monkeypatch.setenv("STRIFE_SPACY_MODEL", "env_model")
    data = info_json(cli, "--dictionary", str(tmp_path / "d.tsv"))
    assert data["spacy_model"] == "env_model"
    assert data["settings"]["batch_size"] == 7  # type: ignore[index]
    assert data["settings"]["dictionaries"] == [str(tmp_path / "d.tsv")]  # type: ignore[index]
    assert data["config_file"] == {"path": str(config), "exists": True}


def test_info_text(cli: Cli) -> None:
    result = cli("info")
    assert result.exit_code == 0, result.output
    for text in ("strife", "spacy_model", "store", "does not exist yet", "setting batch_size"):
        assert text in result.stdout


def test_version(cli: Cli) -> None:
    result = cli("--version", db=False)
    assert result.exit_code == 0
    assert result.stdout.strip() == f"strife {strife_version()}"


def test_help_lists_the_commands(cli: Cli) -> None:
    result = cli("--help", db=False)
    assert result.exit_code == 0
    for command in ("extract", "ingest", "articles", "show", "quotes", "actors", "info"):
        assert command in result.stdout
    assert cli(db=False).exit_code in (0, 2)  # no command: help


def test_python_dash_m(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "strife", "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("strife ")
