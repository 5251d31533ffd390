"""``strife ingest --workers N`` and the ``--engine ray`` options: same result, clear refusals."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from clikit import Cli, FakePipeline

from strife.store import open_store
from strife.workers import PipelineSpec


def stored(db: Path) -> list[tuple[str, str | None]]:
    with open_store(db) as store:
        return sorted((row.id, row.headline) for row in store.articles())


def test_two_workers_store_what_one_does(
    cli: Cli, good_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FakePipeline (a module-level class) is the factory each spawned worker calls.
    monkeypatch.setattr("strife.cli.common.pipeline_factory", lambda settings: FakePipeline)
    one = cli("ingest", "--workers", "1", str(good_dir))
    two = Cli(cli.runner, tmp_path / "two.duckdb")("ingest", "--workers", "2", str(good_dir))
    assert one.exit_code == two.exit_code == 0, two.output
    assert re.search(r"read 4, stored 4, duplicates 0, failed 0", two.stderr), two.stderr
    assert stored(tmp_path / "two.duckdb") == stored(cli.db)


def test_extract_with_two_workers_writes_what_one_does(
    cli: Cli, good_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("strife.cli.common.pipeline_factory", lambda settings: FakePipeline)
    one = cli("extract", str(good_dir))
    two = cli("extract", "--workers", "2", str(good_dir))
    assert one.exit_code == two.exit_code == 0, two.output
    assert len(two.stdout.splitlines()) == 4 and two.stdout == one.stdout
    assert not cli.db.exists()  # nothing stored
    zero = cli("extract", "--workers", "0", str(good_dir))
    assert zero.exit_code == 2 and "--workers" in zero.stderr


def test_the_refreshers_run_once_after_a_parallel_ingest(
    cli: Cli, good_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parent, the store's one writer, refreshes once after the workers' batches are stored."""
    from strife.monitor import refresh as refresh_module

    monkeypatch.setattr("strife.cli.common.pipeline_factory", lambda settings: FakePipeline)
    runs: list[int] = []
    real = refresh_module.refresh

    def counted(store: Any, **kwargs: Any) -> Any:
        runs.append(store.counts()["articles"])  # what the store held when the refresh began
        return real(store, **kwargs)

    monkeypatch.setattr(refresh_module, "refresh", counted)
    result = cli("ingest", "--workers", "2", str(good_dir))
    assert result.exit_code == 0, result.output
    assert runs == [4]  # once, after all four were stored
    assert len(re.findall(r"^stories: ", result.stderr, re.M)) == 1
    with open_store(cli.db) as store:
        assert store.story_backlog().articles == 0
    again = cli("ingest", "--workers", "2", str(good_dir))
    assert "duplicates 4" in again.stderr and runs == [4]  # nothing stored: no refresh


def test_the_workers_setting_gives_the_default(
    cli: Cli, good_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STRIFE_WORKERS", "-2")
    result = cli("ingest", str(good_dir))
    assert result.exit_code == 2
    assert "setting workers='-2' is not valid (must be 0 (one per core) or more)" in result.stderr


def test_the_default_factory_builds_the_configured_pipeline() -> None:
    from strife.cli import common
    from strife.settings import Settings

    settings = Settings(batch_size=7)
    assert common.pipeline_factory(settings) == PipelineSpec(settings)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--address", "auto"), "--address needs --engine ray"),
        (("--output", "out"), "--output needs --engine ray"),
        (("--engine", "ray", "--address", "head:6379"), "give --address auto (the cluster"),
        (("--engine", "spark"), "Invalid value for '--engine'"),
    ],
)
def test_options_strife_cannot_serve_are_refused(
    cli: Cli, good_dir: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli("ingest", *args, str(good_dir))
    assert result.exit_code == 2
    assert message in result.stderr
    assert not cli.db.exists()  # refused before anything was opened or started
