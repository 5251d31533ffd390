"""Fixtures for the CLI tests: an isolated environment, the fake pipeline, a CLI runner, input folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from clikit import GOOD_1, GOOD_2, GOOD_3, Cli, FakePipeline, fake_read_items, jsonl_line, real_readers
from typer.testing import CliRunner

from strife.settings import Settings


@pytest.fixture(autouse=True)
def isolated_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No STRIFE_* variables, config file or data folder from the machine running the tests."""
    for name in list(os.environ):
        if name.startswith("STRIFE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[FakePipeline]:
    """The CLI builds :class:`FakePipeline` instead of loading spaCy, in this process (one worker, so
    the tests can look at what it read); the list holds those built."""
    built: list[FakePipeline] = []
    monkeypatch.setenv("STRIFE_WORKERS", "1")

    def make(settings: Settings) -> FakePipeline:
        built.append(FakePipeline(settings))
        return built[-1]

    monkeypatch.setattr("strife.cli.common.make_pipeline", make)
    return built


@pytest.fixture
def cli(tmp_path: Path, fake_pipeline: list[FakePipeline], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``strife --db <tmp>/strife.duckdb …``, fake pipeline (and fake readers until the real ones exist)."""
    if not real_readers():
        monkeypatch.setattr("strife.ingest.read_items", fake_read_items)
    return Cli(CliRunner(), tmp_path / "db" / "strife.duckdb")


@pytest.fixture
def good_dir(tmp_path: Path) -> Path:
    """Two plain-text articles and a JSON Lines file with two dated ones from different outlets."""
    folder = tmp_path / "good"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "b.txt").write_text(GOOD_2, encoding="utf-8")
    (folder / "c.jsonl").write_text(
        jsonl_line(
            id="tass-1",
            text=GOOD_3,
            headline="Grushko on the talks",
            outlet="TASS",
            published="2022-01-13T09:19:00Z",
            url="https://tass.example/1",
        )
        + jsonl_line(
            id="reuters-1",
            text="Stoltenberg said allies agreed on a common position. " * 4,
            headline="Allies agree",
            outlet="Reuters",
            published="2022-01-12T18:00:00Z",
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    """A good file, an empty file, a binary file and a JSON Lines file with one bad line."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_1, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blob.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "mixed.jsonl").write_text(
        jsonl_line(id="ok-1", text=GOOD_2) + "{this is not json\n" + jsonl_line(id="ok-2", text=GOOD_3),
        encoding="utf-8",
    )
    return folder
