"""``strife eval --second-opinion``: the learned step is added after the rules, and asking for it
without the ``learned`` extra is an error naming the fix (exit 2, no traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest
from clikit import FakePipeline
from typer.testing import CliRunner

from strife.cli import app
from strife.evaluation import EVALUATIONS
from strife.evaluation.gum import ArticleReader


def cheap(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    return {"accuracy": 0.5}


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setitem(EVALUATIONS, "cheap", cheap)
    folder = tmp_path / "shared"
    (folder / "gold").mkdir(parents=True)
    return folder


def test_flag_turns_the_setting_on(shared: Path, fake_pipeline: list[FakePipeline]) -> None:
    runner = CliRunner()
    plain = runner.invoke(app, ["eval", "cheap", "--shared", str(shared)], catch_exceptions=False)
    flagged = runner.invoke(app, ["eval", "cheap", "--shared", str(shared), "--second-opinion"])
    assert plain.exit_code == 0 and flagged.exit_code == 0, flagged.output
    assert [p.settings.second_opinion for p in fake_pipeline] == [False, True]


def test_missing_extra_is_an_error_naming_the_fix(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("strife.events.second_opinion.extra_missing", lambda: ["torch"])
    result = CliRunner().invoke(app, ["eval", "cheap", "--shared", str(shared), "--second-opinion"])
    assert result.exit_code == 2
    assert "pip install 'strife[learned]'" in result.stderr
    assert "Traceback" not in result.output
