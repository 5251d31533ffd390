"""``strife eval``: names, the shared folder, formats and exit codes, on a cheap stand-in evaluation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from clikit import FakePipeline
from typer.testing import CliRunner

from strife.cli import app
from strife.evaluation import EVALUATIONS
from strife.evaluation.gum import ArticleReader

FIGURES = {"accuracy": 0.5, "n_items": 3.0}


def cheap(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """A stand-in evaluation that reads nothing."""
    assert (root / "gold").is_dir()
    return dict(FIGURES)


def broken(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """A stand-in evaluation whose gold file is missing."""
    raise FileNotFoundError(2, "No such file or directory", str(root / "gold" / "missing.json"))


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_pipeline: list[FakePipeline]) -> Path:
    monkeypatch.setitem(EVALUATIONS, "cheap", cheap)
    monkeypatch.setitem(EVALUATIONS, "broken", broken)
    folder = tmp_path / "shared"
    (folder / "gold").mkdir(parents=True)
    return folder


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["eval", *args], catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_list_names_every_evaluation() -> None:
    code, out, _ = run("--list")
    assert code == 0
    names = [line.split()[0] for line in out.splitlines()]
    assert {"gum-quotes", "gum-coref", "re3d-entities", "plover", "cameo-codebook", "petr-unit"} <= set(names)
    assert any(line.startswith("plover ") and "PLOVER" in line for line in out.splitlines())


def test_table(shared: Path, fake_pipeline: list[FakePipeline]) -> None:
    code, out, err = run("cheap", "cheap", "--shared", str(shared))
    assert code == 0, err
    rows = [line.split() for line in out.splitlines()]
    assert ["cheap", "accuracy", "0.500"] in rows
    assert ["cheap", "n_items", "3"] in rows
    assert out.count("evaluation") == 1  # a name given twice runs once
    assert len(fake_pipeline) == 1


def test_json(shared: Path) -> None:
    code, out, _ = run("cheap", "--shared", str(shared), "--format", "json")
    assert code == 0
    assert json.loads(out) == {"cheap": FIGURES}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("cheap", "--shared", "{tmp}/nowhere"), "--shared"),
        (("nosuch", "--shared", "{shared}"), "unknown evaluation(s) nosuch"),
        (("--shared", "{shared}"), "strife eval --list"),
        (("broken", "--shared", "{shared}"), "missing.json"),
    ],
)
def test_setup_problems_exit_2(shared: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, out, err = run(*(a.format(tmp=tmp_path, shared=shared) for a in args))
    assert code == 2
    assert out == ""
    assert err.startswith("error: ") and message in err


def test_no_shared_folder_found(shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("strife.evaluation.find_shared", lambda start: None)
    code, _, err = run("cheap")
    assert code == 2
    assert "pass --shared or put the data at ../shared" in err


def test_shared_folder_found_beside_the_repository(
    shared: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "main"
    (repo / "sub").mkdir(parents=True)
    (repo / "pyproject.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(repo / "sub")
    code, out, _ = run("cheap", "--format", "json")
    assert code == 0
    assert json.loads(out) == {"cheap": FIGURES}


@pytest.mark.parametrize(
    ("floor", "check", "code", "under"), [(0.4, True, 0, False), (0.6, False, 0, True), (0.6, True, 1, True)]
)
def test_floors_are_shown_and_checked(
    shared: Path, monkeypatch: pytest.MonkeyPatch, floor: float, check: bool, code: int, under: bool
) -> None:
    from strife.evaluation import floors

    monkeypatch.setattr(floors, "FLOORS", [("cheap", "accuracy", floor)])
    args = ["cheap", "--shared", str(shared), *(["--check"] if check else [])]
    exit_code, out, err = run(*args)
    assert exit_code == code
    assert ["cheap", "accuracy", "0.500", f"{floor:.3f}"] in [line.split() for line in out.splitlines()]
    assert ("under its floor: cheap accuracy" in err) == under
