"""``strife stories``, ``strife story ID [--compare]`` and ``strife threads`` over hand-built articles.

The store is filled directly (no NLP), so the stories are computed by ``strife refresh`` (what
``strife ingest`` runs at its end); the reading commands never compute them.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from clikit import Cli

from strife.record import Actor, Article, Event, Mention, Quote, Speaker, fingerprint
from strife.store import open_store

NATO = Actor(name="NATO", code="IGOWSTNAT", country=None, sector=None, type="igo")
RUS = Actor(name="Russia", code="RUS", country="RUS", sector=None, type="state")
GRUSHKO = Speaker(name="Alexander Grushko", code="RUSGOV", country="RUS", mention=None)

FLOOD = (
    "Flood waters swept through the river town of Kelmora on Tuesday after the Varna dam burst, "
    "forcing thousands of residents onto rooftops while rescue boats searched the streets. "
)
TALKS = (
    "Diplomats from NATO and Russia met in Brussels for four hours of talks on missile deployments, "
    "the first such meeting of the council in two years, and agreed to meet again. "
)


def article(aid: str, body: str, outlet: str, day: int, label: str, tone: float) -> Article:
    nato = NATO.model_copy(update={"mentions": [Mention(text=label, start=0, end=len(label))]})
    body = f"{label} {body}"
    quote = Quote(text="real risk", start=0, end=4, kind="partial", cue="said", speaker=GRUSHKO, tone=-0.3)
    event = Event(
        cameo="040", cameo_root="04", quad_class=1, goldstein=1.0, source=NATO, target=RUS,
        evidence=Mention(text=body[:20], start=0, end=20), confidence=0.9,
    )  # fmt: skip
    return Article(
        id=aid, fingerprint=fingerprint(body), outlet=outlet, headline=f"{aid} headline", body=body,
        published=datetime(2022, 1, day, 9, tzinfo=UTC), actors=[nato], quotes=[quote], events=[event],
        tone=tone,
    )  # fmt: skip


@pytest.fixture
def filled(cli: Cli) -> Cli:
    with open_store(cli.db) as store:
        store.add(article("talks-tass", TALKS * 3, "TASS", 12, "the US-led military alliance", -0.4))
        store.add(
            article(
                "talks-reuters", TALKS * 3 + "Officials said more talks were due.", "Reuters", 12, "NATO", 0.1
            )
        )
        store.add(article("flood-ap", FLOOD * 3, "AP", 20, "NATO", -0.6))
    return cli


@pytest.fixture
def refreshed(filled: Cli) -> Cli:
    result = filled("refresh")
    assert result.exit_code == 0, result.stderr
    assert "stories: clustered 3 articles: 2 stories" in result.stderr
    return filled


def test_stories_wait_for_a_refresh_and_say_so(filled: Cli) -> None:
    result = filled("stories", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "3 article(s)" in result.stderr and "`strife refresh`" in result.stderr


def test_stories_after_a_refresh_print_one_line_each(refreshed: Cli) -> None:
    result = refreshed("stories", "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert "strife refresh" not in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [sorted(r["articles"]) for r in rows] == [["flood-ap"], ["talks-reuters", "talks-tass"]]
    assert set(rows[0]) == {"story", "thread", "headline", "articles", "outlets", "first_seen", "last_seen"}
    assert rows[1]["outlets"] == ["Reuters", "TASS"]
    again = refreshed("refresh")
    assert again.exit_code == 0 and "clustered" not in again.stderr  # nothing came in since
    full = refreshed("refresh", "--full")
    assert "stories: clustered 3 articles" in full.stderr
    assert refreshed("stories", "--format", "jsonl").stdout == result.stdout  # the same ids


def test_story_shows_incidents_with_corroboration(refreshed: Cli) -> None:
    [talks] = [
        json.loads(x)
        for x in refreshed("stories", "--format", "jsonl", "--min-articles", "2").stdout.splitlines()
    ]
    result = refreshed("story", talks["story"], "--format", "json")
    assert result.exit_code == 0, result.stderr
    detail = json.loads(result.stdout)
    [incident] = detail["incidents"]
    assert (incident["articles"], incident["outlets"], incident["cameo"]) == (2, 2, "040")
    assert sorted(m["article_id"] for m in detail["members"]) == ["talks-reuters", "talks-tass"]
    assert "incidents" in refreshed("story", talks["story"]).stdout


def test_compare_puts_outlets_side_by_side(refreshed: Cli) -> None:
    [talks] = [
        json.loads(x)
        for x in refreshed("stories", "--format", "jsonl", "--min-articles", "2").stdout.splitlines()
    ]
    views = {
        v["outlet"]: v
        for v in json.loads(refreshed("story", talks["story"], "--compare", "--format", "json").stdout)
    }
    assert views["TASS"]["distinctive"] == ["IGOWSTNAT: US-led military alliance"]
    assert views["Reuters"]["distinctive"] == []
    assert views["TASS"]["quoted"] == [
        {"speaker": "Alexander Grushko", "code": "RUSGOV", "quotes": 1, "words": 2}
    ]
    assert (views["TASS"]["tone"], views["Reuters"]["quote_tone"]) == (-0.4, -0.3)
    assert "US-led military alliance" in refreshed("story", talks["story"], "--compare").stdout


def test_threads_list_their_stories(refreshed: Cli) -> None:
    rows = json.loads(refreshed("threads", "--format", "json").stdout)
    assert sorted(len(t["stories"]) for t in rows) in ([1, 1], [2])
    assert sum(t["articles"] for t in rows) == 3


@pytest.mark.parametrize("args", [["story", "nope"], ["story", "nope", "--compare"]])
def test_unknown_story_is_an_error(filled: Cli, args: list[str]) -> None:
    result = filled(*args)
    assert result.exit_code == 1
    assert "no story with id 'nope'" in result.stderr


def test_without_a_store_it_says_so(cli: Cli) -> None:
    result = cli("stories")
    assert result.exit_code == 2
    assert "no store at" in result.stderr
