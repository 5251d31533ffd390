"""``strife watch``: file feeds through the CLI with the fake pipeline, --rounds, --every, errors, Ctrl-C."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from clikit import Cli

from strife.store import open_store

ITEM = (
    "<item><title>{title}</title><guid>{guid}</guid>"
    "<description>{text}</description><pubDate>Mon, 13 Nov 2023 10:00:00 GMT</pubDate></item>"
)


def feed(*items: tuple[str, str, str]) -> str:
    body = "".join(ITEM.format(guid=g, title=t, text=x) for g, t, x in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Test Wire</title>{body}</channel></rss>'


ONE = ("w-1", "Talks open", "Envoys met in Geneva on Monday for a first round of talks.")
TWO = ("w-2", "Crossing closed", "The border crossing at Narva closed on Tuesday evening.")


@pytest.fixture
def wire(tmp_path: Path) -> Path:
    path = tmp_path / "feeds" / "wire.xml"
    path.parent.mkdir()
    path.write_text(feed(ONE, TWO), encoding="utf-8")
    return path


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


def stored(cli: Cli) -> int:
    with open_store(cli.db) as store:
        return store.counts()["articles"]


def test_one_round_of_a_file_feed(cli: Cli, wire: Path) -> None:
    result = cli("watch", str(wire), "--rounds", "1")
    assert result.exit_code == 0, result.output
    assert "watching 1 feed(s) every 15 min" in result.stderr
    assert "round 1: 1 feed, new 2, stored 2, duplicates 0, failed 0" in result.stderr
    assert result.stderr.rstrip().endswith("rounds 1, polls 1, new 2, stored 2, duplicates 0, failed 0")
    assert result.stdout == ""
    assert stored(cli) == 2
    assert "stories: " in result.stderr  # brought up to date after the round that stored
    with open_store(cli.db) as store:
        assert store.story_backlog().articles == 0
        assert sum(len(s.articles) for s in store.stories()) == 2


def test_a_second_watch_stores_nothing_again(cli: Cli, wire: Path) -> None:
    assert cli("watch", str(wire), "--rounds", "1").exit_code == 0
    wire.write_text(feed(ONE, TWO, ("w-3", "Plan agreed", "Ministers agreed on a plan for exchanges.")))
    again = cli("watch", str(wire), "--rounds", "1")
    assert again.exit_code == 0, again.output
    assert "new 1, stored 1" in again.stderr
    assert stored(cli) == 3
    with open_store(cli.db) as store:
        assert store.story_backlog().articles == 0


def test_rounds_follow_every(cli: Cli, wire: Path) -> None:
    result = cli("--quiet", "watch", str(wire), "--rounds", "2", "--every", "0.05")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # --quiet: no round or summary lines
    assert stored(cli) == 2


@pytest.mark.parametrize("every", ["soon", "0", "-1m", "15x"])
def test_a_bad_interval_is_a_usage_error(cli: Cli, wire: Path, every: str) -> None:
    result = cli("watch", str(wire), "--every", every)
    assert result.exit_code == 2
    assert "--every" in result.stderr


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("missing.xml", "error: missing.xml: no such file"),
        ("gopher://x/feed", "error: gopher://x/feed: gopher:"),
    ],
)
def test_a_bad_source_stops_at_once(cli: Cli, source: str, message: str) -> None:
    result = cli("watch", source, "--rounds", "1")
    assert result.exit_code == 2
    assert error_lines(result.stderr)[0].startswith(message)


def test_a_malformed_feed_is_reported_and_the_exit_status_says_nothing_was_read(
    cli: Cli, tmp_path: Path, wire: Path
) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("this is not a feed <<<", encoding="utf-8")
    result = cli("watch", str(bad), "--rounds", "1")
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert line.startswith(f"error: {bad}: is not a readable RSS/Atom feed")
    assert line.endswith("trying again in 30 s")
    both = cli("watch", str(bad), str(wire), "--rounds", "1")
    assert both.exit_code == 0  # one feed was read
    assert "round 1: 2 feeds (1 failed), new 2, stored 2" in both.stderr


def test_ctrl_c_exits_130_with_the_counts(cli: Cli, wire: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        kwargs["summary"].rounds = 3
        raise KeyboardInterrupt

    monkeypatch.setattr("strife.watch.watch", interrupted)  # looked up when the command runs
    result = cli("watch", str(wire))
    assert result.exit_code == 130
    assert "interrupted: rounds 3," in result.stderr


def test_help_lists_the_options(cli: Cli) -> None:
    result = cli("watch", "--help", db=False)
    assert result.exit_code == 0
    for option in ("--every", "--rounds", "--timeout"):
        assert option in result.stdout
