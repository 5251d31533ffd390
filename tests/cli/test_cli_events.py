"""``strife events`` and the events of ``strife show``: every format, the filters, bad options.

The store is filled directly with hand-built articles (no NLP, no event coder).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
from clikit import Cli

from strife.export.labels import LABELLED_COLUMNS, LabelledEvent
from strife.record import Actor, Article, Event, Mention, Plover, fingerprint
from strife.store import EventRow, open_store

RUSGOV = Actor(name="Alexander Grushko", code="RUSGOV", country="RUS", sector="GOV", type="person")
NATO = Actor(name="NATO", code="IGOWSTNAT", country=None, sector=None, type="igo")
UKRMIL = Actor(name="Ukrainian army", code="UKRMIL", country="UKR", sector="MIL", type="group")

# (source, target, cameo, quad class, PLOVER type, date, modality) for each event, by article.
EVENTS: dict[str, list[tuple[Actor, Actor, str, int, str, str | None, str]]] = {
    "n1": [
        (RUSGOV, NATO, "138", 3, "THREATEN", "2022-01-13", "asserted"),
        (NATO, RUSGOV, "036", 1, "CONSULT", None, "future"),
    ],
    "n2": [(RUSGOV, UKRMIL, "190", 4, "ASSAULT", "2022-02", "conditional")],
}
PUBLISHED = {"n1": datetime(2022, 1, 13, 9, tzinfo=UTC), "n2": datetime(2022, 2, 24, tzinfo=UTC)}
ALL = ["n1#0", "n1#1", "n2#0"]


def build(article_id: str) -> Article:
    body, events = "", []
    for i, (source, target, cameo, quad, plover, day, modality) in enumerate(EVENTS[article_id]):
        sentence = f"{source.name} did thing {i} to {target.name}, " + "at length " * 8 + "said article."
        start, body = len(body), body + sentence + " "
        events.append(
            Event(
                cameo=cameo,
                cameo_root=cameo[:2],
                quad_class=quad,
                goldstein=-7.0 if quad > 2 else 1.0,
                plover=Plover(type=plover),
                source=source,
                target=target,
                date=day,
                modality=modality,
                evidence=Mention(text=sentence, start=start, end=start + len(sentence)),
                confidence=0.7,
            )
        )
    return Article(
        id=article_id,
        fingerprint=fingerprint(body),
        published=PUBLISHED[article_id],
        headline=f"About {article_id}",
        body=body,
        events=events,
    )


@pytest.fixture
def stored(cli: Cli) -> Cli:
    with open_store(cli.db) as store:
        for article_id in EVENTS:
            assert store.add(build(article_id))
    return cli


def parse(fmt: str, stdout: str) -> list[LabelledEvent]:
    """The rows written: stored events with their labels (CAMEO name, quad class, PLOVER type)."""
    if fmt == "jsonl":
        return [LabelledEvent.model_validate_json(line) for line in stdout.splitlines()]
    if fmt == "json":
        return [LabelledEvent.model_validate(item) for item in json.loads(stdout)]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(stdout)))
        assert rows and list(rows[0]) == list(LABELLED_COLUMNS)  # each label right after its code
        lists = ("plover_context",)
        return [
            LabelledEvent.model_validate(
                {k: (json.loads(v) if k in lists else v) if v != "" else None for k, v in row.items()}
            )
            for row in rows
        ]
    raise AssertionError(fmt)


def keys(rows: list[EventRow]) -> list[str]:
    return [f"{r.article_id}#{r.idx}" for r in rows]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv"])
def test_machine_formats_carry_every_field(stored: Cli, fmt: str) -> None:
    result = stored("events", "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    rows = parse(fmt, result.stdout)
    assert keys(rows) == ALL
    first = rows[0]
    assert (first.source_code, first.source_country, first.target_code, first.cameo) == (
        "RUSGOV",
        "RUS",
        "IGOWSTNAT",
        "138",
    )
    assert (rows[1].date, rows[1].dated_by) == ("2022-01-13", "article")
    assert len(first.evidence) > 100  # whole, not cut as in a table


def test_table_is_the_default(stored: Cli) -> None:
    result = stored("events")
    assert result.exit_code == 0, result.output
    assert result.stdout == stored("events", "--format", "table").stdout
    lines = result.stdout.splitlines()
    header = next(line for line in lines if "source_code" in line)
    for column in ("date", "source_code", "cameo", "target_code", "modality", "plover_type", "evidence"):
        assert column in header
    row = next(line for line in lines if "THREATEN" in line)
    for cell in (
        "2022-01-13",
        "RUSGOV",
        "138",
        "IGOWSTNAT",
        "asserted",
        "Alexander Grushko did thing 0",
        "…",
    ):
        assert cell in row
    assert sum("UKRMIL" in line for line in lines) == 1
    assert max(len(line) for line in lines) < 200


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], ALL),
        (["--actor", "rus"], ALL),
        (["--actor", "UKR"], ["n2#0"]),
        (["--dyad", "NATO,RUS"], ["n1#0", "n1#1"]),
        (["--dyad", " nato , rusgov "], ["n1#0", "n1#1"]),
        (["--dyad", "NATO,RUS", "--directed"], ["n1#1"]),
        (["--root", "13"], ["n1#0"]),
        (["--root", "3"], ["n1#1"]),
        (["--code", "19"], ["n2#0"]),
        (["--code", "0"], ["n1#1"]),
        (["--plover", "assault"], ["n2#0"]),
        (["--quad", "1"], ["n1#1"]),
        (["--modality", "conditional"], ["n2#0"]),
        (["--since", "2022-02-10"], ["n2#0"]),  # dated 2022-02: the month overlaps
        (["--until", "2022-01"], ["n1#0", "n1#1"]),
        (["--since", "2023"], []),
        (["--article", "n2"], ["n2#0"]),
        (["--limit", "2"], ["n1#0", "n1#1"]),
        (["--search", "THING 1"], ["n1#1"]),
        (["--place", "Kyiv"], []),  # no event here has a location
        (["--actor", "RUS", "--quad", "3", "--since", "2022-01-13", "--until", "2022-01-13"], ["n1#0"]),
    ],
)
def test_filters(stored: Cli, args: list[str], expected: list[str]) -> None:
    result = stored("events", *args, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    assert keys(parse("jsonl", result.stdout)) == expected


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--dyad", "RUS"], "--dyad 'RUS': give two actor codes separated by a comma, e.g. --dyad NATO,RUS"),
        (["--dyad", "RUS,NATO,USA"], "--dyad 'RUS,NATO,USA': give two actor codes"),
        (["--dyad", "RUS,"], "--dyad 'RUS,': give two actor codes"),
        (["--actor", "RUS,NATO"], "use --dyad RUS,NATO"),
        (["--directed"], "--directed: only means something with a dyad (two actors); add --dyad A,B"),
        (["--root", "130"], "--root '130': a CAMEO root is 01 to 20; for the code 130 and the codes under"),
        (["--root", "x"], "--root 'x': a CAMEO root is 01 to 20"),
        (["--code", "13a"], "--code '13a': a CAMEO code (prefix) is 1 to 4 digits"),
        (["--quad", "7"], "--quad 7: a quad class is 1 (verbal cooperation)"),
        (["--modality", "likely"], "--modality 'likely': choose one of asserted, negated"),
        (["--since", "last tuesday"], "--since 'last tuesday': give an ISO date: YYYY-MM-DD, YYYY-MM"),
        (["--until", "2022-02-30"], "--until '2022-02-30': give an ISO date"),
        (["--since", "2022-03", "--until", "2022-02"], "--until '2022-02': is before since '2022-03'"),
    ],
)
def test_bad_options_are_usage_errors(stored: Cli, args: list[str], message: str) -> None:
    result = stored("events", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_bad_option_is_named_before_the_missing_store(cli: Cli) -> None:
    result = cli("events", "--quad", "0")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: --quad 0:")
    assert not cli.db.exists()


def test_missing_store_exits_2_and_creates_nothing(cli: Cli) -> None:
    result = cli("events")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no store at ")
    assert not cli.db.exists()


def test_empty_results_in_every_format(stored: Cli) -> None:
    args = ["events", "--actor", "CHN", "--format"]
    assert stored(*args, "jsonl").stdout == ""
    assert json.loads(stored(*args, "json").stdout) == []
    assert stored(*args, "csv").stdout.splitlines() == [",".join(LABELLED_COLUMNS)]
    assert "source_code" in stored(*args, "table").stdout


def test_help_lists_the_filters(cli: Cli) -> None:
    result = cli("events", "--help", db=False)
    assert result.exit_code == 0
    for option in ("--actor", "--dyad", "--directed", "--root", "--code", "--plover", "--quad", "--since"):
        assert option in result.stdout


def test_show_table_lists_the_events(stored: Cli) -> None:
    result = stored("show", "n1", "--format", "table")
    assert result.exit_code == 0, result.output
    assert "events (2)" in result.stdout
    threaten = next(line for line in result.stdout.splitlines() if "THREATEN" in line)
    for cell in ("2022-01-13", "RUSGOV", "138", "IGOWSTNAT", "asserted"):
        assert cell in threaten
    consult = next(line for line in result.stdout.splitlines() if "CONSULT" in line)
    assert "future" in consult


def test_show_json_has_the_events(stored: Cli) -> None:
    article = Article.model_validate_json(stored("show", "n2").stdout)
    assert article == build("n2")


def test_articles_count_events(stored: Cli) -> None:
    rows = [json.loads(line) for line in stored("articles", "--format", "jsonl").stdout.splitlines()]
    assert {r["id"]: r["n_events"] for r in rows} == {"n1": 2, "n2": 1}
