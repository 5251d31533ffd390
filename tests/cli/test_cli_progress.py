"""The ingest progress display: how many articles the inputs hold, the live bar's width, the timing."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from rich.console import Console

from strife.cli.common import State
from strife.cli.progress import LINE_WIDTH, LiveDisplay, count_articles, timing
from strife.ingest import IngestSummary, Progress

FEED = """<?xml version="1.0"?><rss><channel><title>T</title>
<item><title>a</title></item><item><title>b</title></item><item><title>c</title></item>
</channel></rss>"""


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("One dispatch.")
    (folder / "b.jsonl").write_text('{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n')
    (folder / "c.xml").write_text(FEED)
    (folder / "d").write_text('{"text": "sniffed as JSON Lines"}\n{"text": "two"}\n')
    (folder / ".hidden.txt").write_text("skipped")
    return folder


def test_count_articles(inputs: Path) -> None:
    assert count_articles([str(inputs)]) == 1 + 3 + 3 + 2
    assert count_articles([str(inputs / "b.jsonl")], "text") == 1  # a forced format counts as that
    assert count_articles([str(inputs / "a.txt"), "-"]) is None  # stdin: unknown
    assert count_articles([str(inputs / "missing.txt")]) == 0
    assert count_articles([str(inputs)], exclude=[str(inputs / "c.xml")]) == 1 + 3 + 2


def test_timing() -> None:
    assert timing(IngestSummary(read=30, stored=28, failed=2), 12.0) == "in 12.0 s, 2.5 articles/s"
    assert timing(IngestSummary(), 0.0) == "in 0.0 s, 0.0 articles/s"


def render(display: LiveDisplay) -> str:
    assert display._progress is not None
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(display._progress.get_renderable())
    out = console.file
    assert isinstance(out, io.StringIO)
    return out.getvalue()


@pytest.mark.parametrize("total", [12_345, None])
def test_the_live_bar_fits_80_columns(monkeypatch: pytest.MonkeyPatch, total: int | None) -> None:
    monkeypatch.setattr("strife.cli.common.is_tty", lambda stream: True)
    with LiveDisplay(State(), live=True, label="loading", total=total) as display:
        display.start("ingesting")
        display.started -= 100  # a hundred seconds in
        display.progress(Progress(IngestSummary(read=5_000, stored=4_990, duplicates=7, failed=3)))
        line = render(display).rstrip("\n")
    assert "ingesting" in line and "5000" in line and "50.0/s" in line
    assert ("12345" in line) == (total is not None)
    assert len(line) <= LINE_WIDTH


def test_the_total_grows_when_the_run_passes_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("strife.cli.common.is_tty", lambda stream: True)
    with LiveDisplay(State(), live=True, label="loading", total=3) as display:
        display.start("ingesting")
        display.progress(Progress(IngestSummary(read=5, stored=5)))
        assert "5/5" in render(display)


def test_no_bar_off_a_terminal_or_when_quiet() -> None:
    assert not LiveDisplay(State(), live=True, label="x").live  # stderr is not a terminal here
    assert not LiveDisplay(State(quiet=True), live=True, label="x").live
