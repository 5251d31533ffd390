"""``strife dyad`` and ``strife alerts``: formats, names for actors, plots, and bad arguments.

The store is filled directly with hand-built articles (no NLP) and no refresh: these commands only
read, so they count every report (a refresh would be recorded, and fail the test) and say on
stderr that the stories are behind.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from clikit import Cli

from strife.record import Actor, Article, Event, Mention, Modality, fingerprint
from strife.store import Store, open_store

RUS = Actor(name="Russian army", code="RUSMIL", country="RUS", sector="MIL", type="group")
USA = Actor(name="United States", code="USAGOV", country="USA", sector="GOV", type="state")
UKR = Actor(name="Ukraine", code="UKRGOV", country="UKR", sector="GOV", type="state")
START = date(2024, 1, 1)
SURGE = START + timedelta(days=45)  # a Friday


def article(aid: str, day: date, events: list[tuple[Actor, Actor, int, Modality]]) -> Article:
    body, coded = "", []
    for i, (source, target, quad, modality) in enumerate(events):
        text = f"{source.name} and {target.name}, item {i} of {aid}."
        start, body = len(body), body + text + " "
        coded.append(
            Event(
                cameo="190" if quad == 4 else "040", cameo_root="19" if quad == 4 else "04", quad_class=quad,
                goldstein=-10.0 if quad == 4 else 1.0, source=source, target=target, modality=modality,
                evidence=Mention(text=text, start=start, end=start + len(text)), confidence=0.9,
            )
        )  # fmt: skip
    published = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
    return Article(id=aid, fingerprint=fingerprint(body), published=published, body=body, events=coded)


@pytest.fixture
def refreshed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The stores a command refreshed (none: reading commands never write)."""
    seen: list[str] = []

    def record(store: Store, *args: object, **kwargs: object) -> list[object]:
        seen.append(store.location)
        return []

    monkeypatch.setattr("strife.monitor.refresh.refresh", record)
    return seen


@pytest.fixture
def filled(cli: Cli, refreshed: list[str]) -> Cli:
    """RUS -> UKR: one material conflict a day for 50 days, 15 on SURGE; USA -> RUS: cooperation on
    two days, one negated, one future."""
    with open_store(cli.db) as store:
        for n in range(50):
            day = START + timedelta(days=n)
            events = [(RUS, UKR, 4, "asserted")] * (15 if day == SURGE else 1)
            store.add(article(f"r{n}", day, events))  # type: ignore[arg-type]
        store.add(article("u1", START, [(USA, RUS, 1, "asserted"), (RUS, USA, 1, "negated")]))
        store.add(
            article("u2", START + timedelta(days=2), [(USA, RUS, 1, "future"), (USA, RUS, 1, "asserted")])
        )
    return cli


def test_dyad_json_by_name(filled: Cli, refreshed: list[str]) -> None:
    result = filled("dyad", "united states", "Russia", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [(r["date"], r["events"], r["verbal_coop"], r["negated"], r["unrealised"]) for r in rows] == [
        ("2024-01-01", 1, 1, 1, 0), ("2024-01-02", 0, 0, 0, 0), ("2024-01-03", 1, 1, 0, 1),
    ]  # fmt: skip
    assert rows[1]["goldstein_mean"] is None and rows[0]["goldstein_sum"] == 1.0
    assert refreshed == []
    assert "52 article(s)" in result.stderr and "`strife refresh`" in result.stderr


def test_dyad_directed_csv_by_week(filled: Cli) -> None:
    result = filled("dyad", "RUS", "USA", "--directed", "--by", "week", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["date"], r["events"], r["negated"]) for r in rows] == [("2024-01-01", "0", "1")]
    assert list(rows[0]) == [
        "date", "events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict",
        "goldstein_sum", "goldstein_mean", "tone_mean", "negated", "unrealised",
    ]  # fmt: skip


def test_dyad_table_by_month_since_until(filled: Cli) -> None:
    result = filled("dyad", "RUSMIL", "UKR", "--by", "month", "--since", "2023-12", "--until", "2024-03")
    assert result.exit_code == 0, result.stderr
    assert "RUSMIL ↔ UKR by month" in result.stdout
    lines = [line for line in result.stdout.splitlines() if "2023-12-01" in line or "2024-0" in line]
    assert len(lines) == 4
    # January: 31 days; February: 18 days + 15 (the events column, numbers right-aligned)
    assert lines[1].split("│")[2].strip() == "31" and lines[2].split("│")[2].strip() == "33"


@pytest.mark.parametrize("suffix", [".png", ".html"])
def test_dyad_plot(filled: Cli, tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"chart{suffix}"
    result = filled("dyad", "RUS", "UKR", "--by", "week", "--plot", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert path.stat().st_size > 1000
    assert f"plot written to {path}" in result.stderr
    assert json.loads(result.stdout)[0]["date"] == "2024-01-01"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["Xyz", "RUS"],
            "error: A 'Xyz' is not a country, organisation or actor code strife knows; give a "
            "country code such as RUS",
        ),
        (["RUS", "Rusia"], "error: B 'Rusia' is not a country"),
        (["Russia", "RUS"], "error: B 'RUS' is the same actor as the first (RUS)"),
        (["RUS", "UKR", "--since", "2024-02-30"], "error: --since '2024-02-30' is not an ISO date"),
        (
            ["RUS", "UKR", "--since", "2024-03", "--until", "2024-02"],
            "error: --until '2024-02' is before since",
        ),
        (["RUS", "UKR", "--plot", "chart.svg"], "error: --plot 'chart.svg' is not a .png or .html file"),
        (["RUS", "UKR", "--by", "year"], "Invalid value for '--by'"),
    ],
)
def test_dyad_bad_arguments(filled: Cli, args: list[str], message: str) -> None:
    result = filled("dyad", *args)
    assert result.exit_code == 2
    assert message in " ".join(result.stderr.split())
    assert result.stdout == ""


def test_commands_need_a_store(cli: Cli, refreshed: list[str]) -> None:
    for args in (["dyad", "RUS", "UKR"], ["alerts"]):
        result = cli(*args)
        assert result.exit_code == 2 and "error: no store at" in result.stderr
    assert refreshed == []


def test_alerts_json(filled: Cli) -> None:
    result = filled("alerts", "--format", "json")
    assert result.exit_code == 0, result.stderr
    alerts = json.loads(result.stdout)
    monday = (SURGE - timedelta(days=SURGE.weekday())).isoformat()
    found = {(tuple(a["dyad"]) if a["dyad"] else a["country"], a["detector"], a["date"]) for a in alerts}
    assert found == {
        (key, detector, day)
        for key in (("RUS", "UKR"), "RUS", "UKR")
        for detector, day in (("change", monday), ("surprise", SURGE.isoformat()))
    }
    surprise = next(a for a in alerts if a["detector"] == "surprise" and a["dyad"])
    assert surprise["measure"] == "conflict incidents per day" and surprise["value"] == 15
    assert surprise["events"] == [f"r45#{i}" for i in range(15)]
    assert "6 alert(s)" in result.stderr


def test_alerts_table_and_range(filled: Cli) -> None:
    result = filled("alerts", "--since", SURGE.isoformat())
    assert result.exit_code == 0, result.stderr
    assert (
        "RUS-UKR" in result.stdout
        and "surprise" in result.stdout
        and "r45#0 r45#1 r45#2 (+12)" in result.stdout
    )
    later = filled("alerts", "--since", "2024-03", "--format", "json")
    assert json.loads(later.stdout) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "March"], "error: --since 'March' is not an ISO date"),
        (
            ["--since", "2024-03", "--until", "2024-02"],
            "error: --until '2024-02' is before --since '2024-03'",
        ),
        (["--format", "csv"], "Invalid value for '--format'"),
    ],
)
def test_alerts_bad_arguments(filled: Cli, args: list[str], message: str) -> None:
    result = filled("alerts", *args)
    assert result.exit_code == 2 and message in " ".join(result.stderr.split())
