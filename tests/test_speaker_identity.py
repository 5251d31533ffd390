"""One speaker per person: "Trump", "Mr. Trump" and "Donald J. Trump" are Donald Trump, coded on each
article's date, in the article, the store, ``strife quotes --speaker``/``strife speakers`` and the API;
"Clinton" is Bill or Hillary by the article's context, never a third speaker."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from strife.cli.app import app
from strife.dictionaries import Dictionaries
from strife.pipeline import Pipeline
from strife.record import Article
from strife.speaker_identity import SpeakerIdentity
from strife.store import open_store
from strife.store.article_query import query_words
from strife.store.rows import SpeakerCount
from strife.web import create_app


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("Mr. Trump", ["Trump"]),
        ("Donald J. Trump", ["Donald", "Trump"]),
        ("Dr. Jane Q. Public", ["Jane", "Public"]),
        ("Mrs Clinton", ["Clinton"]),
        ("J.", ["J."]),  # a lone initial is the query
        ("Smith, John", ["Smith", "John"]),
    ],
)
def test_query_words(query: str, words: list[str]) -> None:
    assert query_words(query) == words


@pytest.fixture(scope="module")
def identity() -> SpeakerIdentity:
    return SpeakerIdentity(Dictionaries.load())


@pytest.mark.parametrize(
    ("query", "people"),
    [
        ("Trump", {"Donald Trump"}),
        ("Mr. Trump", {"Donald Trump"}),
        ("Donald J. Trump", {"Donald Trump"}),
        ("donald trump", {"Donald Trump"}),
        ("President Putin", {"Vladimir Putin"}),
        ("Clinton", {"Bill Clinton", "Hillary Clinton"}),  # no context in a query: either
        ("Hillary Rodham Clinton", {"Hillary Clinton"}),
        ("Zzyzx Quillfeather", None),
        ("President Zzyzx", None),
    ],
)
def test_names_for(identity: SpeakerIdentity, query: str, people: set[str] | None) -> None:
    found = identity.names_for(query)
    assert (set(found) if found is not None else None) == people


def test_group_folds_codes_and_old_names(identity: SpeakerIdentity) -> None:
    counts = [
        SpeakerCount(name="Donald Trump", code="USAGOV", quotes=3, articles=2),
        SpeakerCount(name="Donald Trump", code="USAELI", quotes=2, articles=2),
        SpeakerCount(name="Donald J. Trump", code="USAELI", quotes=1, articles=1),  # an older release
        SpeakerCount(name="Clinton", code=None, quotes=1, articles=1),  # which one: the article's to say
        SpeakerCount(name="Jane Doe", code=None, quotes=4, articles=1),
    ]
    rows = {r.name: r for r in identity.group(counts)}
    assert set(rows) == {"Donald Trump", "Clinton", "Jane Doe"}
    assert (rows["Donald Trump"].codes, rows["Donald Trump"].quotes) == (["USAGOV", "USAELI"], 6)
    assert [r.name for r in identity.group(counts)][:2] == ["Donald Trump", "Jane Doe"]


def test_group_keeps_unknown_names_apart_by_code(identity: SpeakerIdentity) -> None:
    """Groups the dictionaries do not know as one body ("police") stay one speaker per code."""
    counts = [
        SpeakerCount(name="police", code="USACOP", quotes=3, articles=2),
        SpeakerCount(name="police", code="GRCCOP", quotes=2, articles=1),
        SpeakerCount(name="Jane Doe", code=None, quotes=1, articles=1),
    ]
    rows = [(r.name, r.codes, r.quotes) for r in identity.group(counts)]
    assert rows == [("police", ["USACOP"], 3), ("police", ["GRCCOP"], 2), ("Jane Doe", [], 1)]


# My own sentences: (article key, publication day, text, expected (speaker, code) of each quote)
ARTICLES: list[tuple[str, str, str, list[tuple[str, str]]]] = [
    (
        "rally",
        "2016-08-02",
        'Donald J. Trump spoke at a rally in Ohio on Tuesday. "We will win this state," Mr. Trump said. '
        '"Nobody builds walls like me," Trump told the crowd.',
        [("Donald Trump", "USAELI"), ("Donald Trump", "USAELI")],
    ),
    (
        "summit",
        "2018-04-20",
        'President Donald Trump hosted the Japanese prime minister on Friday. "Our alliance is strong," '
        "Mr. Trump said.",
        [("Donald Trump", "USAGOV")],
    ),
    (
        "club",
        "2022-03-01",
        '"The count was rigged," Trump told supporters at his Florida club.',
        [("Donald Trump", "USAELI")],
    ),
    (
        "debate",
        "2020-10-01",
        '"We will not stop," Joseph R. Biden Jr. said on Thursday. "Never," Biden added.',
        [("Joe Biden", "USAELI"), ("Joe Biden", "USAELI")],
    ),
    (
        "stump",
        "2016-09-10",
        'Hillary Clinton campaigned against Donald Trump in Ohio. "We are stronger together," Clinton said.',
        [("Hillary Clinton", "USAELI")],
    ),
    (
        "moscow",
        "1995-05-10",
        'Bill Clinton met Boris Yeltsin in Moscow. "We have a partnership," Clinton said.',
        [("Bill Clinton", "USAGOV")],
    ),
    (
        "belfast",
        "1998-04-11",
        'Clinton praised Tony Blair after the Belfast agreement. "This is a historic day," Clinton said.',
        [("Bill Clinton", "USAGOV")],
    ),
    (
        "beijing",
        "2010-05-10",
        'Secretary of State Hillary Clinton flew to Beijing. "Human rights are universal," '
        "Mrs. Clinton said.",
        [("Hillary Clinton", "USAGOV")],
    ),
    (
        "berlin",
        "2015-09-01",
        'German Chancellor Angela Merkel spoke in Berlin. "We can manage this," Merkel said. '
        '"Europe must act," Mrs. Merkel added.',
        [("Angela Merkel", "DEUGOV"), ("Angela Merkel", "DEUGOV")],
    ),
]


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {
        key: pipeline.extract(text, published=day, id=key, outlet="Test Wire")
        for key, day, text, _ in ARTICLES
    }


@pytest.mark.parametrize(("key", "expected"), [(a[0], a[3]) for a in ARTICLES], ids=[a[0] for a in ARTICLES])
def test_one_speaker_per_person_coded_on_the_day(
    read: dict[str, Article], key: str, expected: list[tuple[str, str]]
) -> None:
    speakers = [(q.speaker.name, q.speaker.code) if q.speaker else None for q in read[key].quotes]
    assert speakers == expected


@pytest.fixture(scope="module")
def db(read: dict[str, Article], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("speakers") / "strife.duckdb"
    with open_store(path) as store:
        for article in read.values():
            store.add(article)
    yield path


def test_store_groups_people(db: Path, identity: SpeakerIdentity) -> None:
    with open_store(db) as store:
        rows = {r.name: r for r in identity.group(store.speaker_counts())}
        trump = store.quotes(speakers=identity.names_for("Mr. Trump"))
    assert set(rows) == {"Donald Trump", "Joe Biden", "Hillary Clinton", "Bill Clinton", "Angela Merkel"}
    assert sorted(rows["Donald Trump"].codes) == ["USAELI", "USAGOV"]
    assert (rows["Donald Trump"].quotes, rows["Donald Trump"].articles) == (4, 3)
    assert {(q.article_id, q.speaker_code) for q in trump} == {
        ("rally", "USAELI"),
        ("summit", "USAGOV"),
        ("club", "USAELI"),
    }


@pytest.mark.parametrize(
    ("query", "quotes"),
    [
        ("Mr. Trump", 4),
        ("Donald J. Trump", 4),
        ("trump", 4),
        ("Clinton", 4),  # both Clintons: a query has no article to choose by
        ("Hillary Rodham Clinton", 2),
        ("Mrs. Merkel", 2),
        ("Zzyzx", 0),
    ],
)
def test_cli_quotes_by_person(db: Path, query: str, quotes: int) -> None:
    result = CliRunner().invoke(app, ["--db", str(db), "quotes", "--speaker", query, "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == quotes


def test_cli_speakers(db: Path) -> None:
    result = CliRunner().invoke(app, ["--db", str(db), "speakers", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["name"] == "Donald Trump" and rows[0]["quotes"] == 4
    assert {r["name"] for r in rows} == {
        "Donald Trump",
        "Joe Biden",
        "Hillary Clinton",
        "Bill Clinton",
        "Angela Merkel",
    }


def test_api_speakers_and_quotes(db: Path) -> None:
    with TestClient(create_app(db)) as client:
        speakers = client.get("/api/speakers").json()["items"]
        quotes = client.get("/api/quotes", params={"speaker": "Donald J. Trump"}).json()["items"]
        csv = client.get("/api/speakers", params={"format": "csv"})
    assert speakers[0] == {"name": "Donald Trump", "codes": speakers[0]["codes"], "quotes": 4, "articles": 3}
    assert len(quotes) == 4 and {q["speaker"] for q in quotes} == {"Donald Trump"}
    assert csv.status_code == 200 and "Donald Trump" in csv.text


def test_named_on_the_day(identity: SpeakerIdentity) -> None:
    """The dated knowledge the speakers are coded by: Trump's code moves with his offices."""
    codes = [identity.dictionaries.code_on("Donald Trump", date(y, 6, 1)) for y in (2016, 2018, 2022, 2025)]
    assert [c.entry.code if c else None for c in codes] == ["USAELI", "USAGOV", "USAELI", "USAGOV"]
