"""Escalation alerts: daily and weekly counts, the alerts of one series, and ``find_alerts`` over a
store holding a calm conflict that flares up (reported twice: the incident counts once)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from strife.monitor.alerts import DAILY, WEEKLY, Alert, daily_counts, detect, find_alerts, weekly_counts
from strife.record import Actor, Article, Event, Mention, fingerprint
from strife.store import DuckDBStore
from strife.store.rows import ConflictSeries
from strife.store.story_rows import Incident

START = date(2024, 1, 3)  # a Wednesday
SURGE = date(2024, 4, 24)  # day 112, a Wednesday; its ISO week starts on 22 April


def test_daily_counts_fill_the_gaps_and_clip() -> None:
    series = ConflictSeries(
        actors=("RUS",), days=[date(2024, 1, 2), date(2024, 1, 5), date(2024, 2, 1)], counts=[2, 3, 9]
    )
    assert daily_counts(series, date(2024, 1, 1), date(2024, 1, 6)).tolist() == [0, 2, 0, 0, 3, 0]
    assert daily_counts(series, date(2024, 1, 3), date(2024, 1, 3)).tolist() == [0]
    assert daily_counts(series, date(2024, 1, 3), date(2024, 1, 2)).tolist() == []


@pytest.mark.parametrize(
    ("first", "daily", "monday", "weeks"),
    [
        pytest.param(date(2024, 1, 1), [1] * 14, date(2024, 1, 1), [7, 7], id="from-a-monday"),
        pytest.param(date(2024, 1, 3), [1] * 10, date(2024, 1, 1), [5, 5], id="partial-first-and-last"),
        pytest.param(date(2024, 1, 7), [4], date(2024, 1, 1), [4], id="one-sunday"),
        pytest.param(date(2024, 1, 7), [], date(2024, 1, 1), [0], id="nothing"),
    ],
)
def test_weekly_counts(first: date, daily: list[int], monday: date, weeks: list[int]) -> None:
    start, sums = weekly_counts(np.array(daily, dtype=np.int64), first)
    assert start == monday and start.weekday() == 0
    assert sums.tolist() == weeks


def test_detect_dates_each_detector_by_its_period() -> None:
    daily = np.array([1, 0, 1, 1, 0, 1, 1] * 16 + [20] + [1] * 6, dtype=np.int64)  # 16 calm weeks
    alerts = detect(("RUS", "UKR"), daily, START)
    surge_day = START + timedelta(days=112)
    assert {(a.detector, a.date, a.measure) for a in alerts} == {
        ("surprise", surge_day, DAILY),
        ("change", surge_day - timedelta(days=surge_day.weekday()), WEEKLY),
    }
    assert all(a.dyad == ("RUS", "UKR") and a.country is None and a.events == [] for a in alerts)
    [country] = {a.country for a in detect(("NATO",), daily, START)}
    assert country == "NATO"


@pytest.mark.parametrize(
    "daily",
    [
        pytest.param([], id="empty"),
        pytest.param([0] * 500, id="zeros"),
        pytest.param([30], id="one-day"),
        pytest.param([0] * 20 + [30], id="three-weeks"),
    ],
)
def test_detect_without_history_gives_nothing(daily: list[int]) -> None:
    assert detect(("RUS",), np.array(daily, dtype=np.int64), START) == []


RUS = Actor(name="Russian army", code="RUSMIL", country="RUS", sector="MIL", type="group")
UKR = Actor(name="Ukraine", code="UKRGOV", country="UKR", sector="GOV", type="state")
NATO = Actor(name="NATO", code="NATO", country=None, sector=None, type="igo")


def article(aid: str, day: date, n_events: int, *, source: Actor = RUS, target: Actor = UKR) -> Article:
    body, events = "", []
    for i in range(n_events):
        text = f"In {aid}, strike number {i} hit its target."
        start, body = len(body), body + text + " "
        events.append(
            Event(
                cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0, source=source, target=target,
                evidence=Mention(text=text, start=start, end=start + len(text)), confidence=0.9,
            )
        )  # fmt: skip
    body = body or f"{aid}: a quiet day."
    published = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
    return Article(id=aid, fingerprint=fingerprint(body), published=published, body=body, events=events)


def calm_then_surge() -> list[Article]:
    """RUS -> UKR: one strike on four days of each week for 16 weeks, 14 strikes on SURGE (reported
    again the next day by a second article, as one incident), then calm again to the end of May;
    NATO -> RUS: one verbal clash a fortnight, never a surge."""
    articles = []
    day = START
    while day <= date(2024, 5, 31):
        n = 14 if day == SURGE else int(day.weekday() in (0, 1, 3, 4))
        articles.append(article(f"d{day.isoformat()}", day, n))
        if (day - START).days % 14 == 0:
            articles.append(article(f"n{day.isoformat()}", day, 1, source=NATO, target=RUS))
        day += timedelta(days=1)
    articles.append(article("again", SURGE + timedelta(days=1), 14))
    return articles


@pytest.fixture(scope="module")
def store() -> Iterator[DuckDBStore]:
    with DuckDBStore.open(":memory:") as s:
        for a in calm_then_surge():
            assert s.add(a)
        first = f"d{SURGE.isoformat()}"
        s.replace_stories(
            [],
            [],
            [],
            [
                Incident(f"s{i}", None, (f"{first}#{i}", f"again#{i}"), 2, 1, first, None, None)
                for i in range(14)
            ],
        )
        yield s


def keyed(alerts: list[Alert]) -> set[tuple[tuple[str, ...], str, date]]:
    return {(a.actors, a.detector, a.date) for a in alerts}


MONDAY = SURGE - timedelta(days=SURGE.weekday())
EXPECTED = {
    (actors, detector, day)
    for actors in (("RUS",), ("RUS", "UKR"), ("UKR",))
    for detector, day in (("surprise", SURGE), ("change", MONDAY))
}


def test_the_surge_alerts_its_country_pair_and_both_countries_once(store: DuckDBStore) -> None:
    alerts = find_alerts(store)
    assert keyed(alerts) == EXPECTED  # nothing before the surge, none for NATO, none the next day
    surprise = next(a for a in alerts if a.detector == "surprise" and a.dyad == ("RUS", "UKR"))
    assert surprise.value == 14 and surprise.baseline < 1 and surprise.score >= 4.5
    assert surprise.events == [f"d{SURGE.isoformat()}#{i}" for i in range(14)]
    change = next(a for a in alerts if a.detector == "change" and a.country == "UKR")
    assert change.value == 4 + 14 and change.baseline == pytest.approx(4.0)  # Mon, Tue, Thu, Fri + the surge
    assert len(change.events) == 4 + 14 + 14  # every report of the week, the second article's too
    assert [a.date for a in alerts] == sorted(a.date for a in alerts)


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        pytest.param(None, None, EXPECTED, id="whole-store"),
        pytest.param(SURGE, None, EXPECTED, id="since-the-day"),  # the week overlaps it
        pytest.param(SURGE + timedelta(days=1), None, {k for k in EXPECTED if k[1] == "change"}, id="after"),
        pytest.param(
            None,
            SURGE - timedelta(days=1),
            set(),
            id="until-before",  # the data stops before the surge
        ),
        pytest.param(date(2024, 5, 1), None, set(), id="later"),
        pytest.param(None, MONDAY - timedelta(days=1), set(), id="earlier"),
    ],
)
def test_since_and_until_keep_the_alerts_whose_period_overlaps(
    store: DuckDBStore,
    since: date | None,
    until: date | None,
    expected: set[tuple[tuple[str, ...], str, date]],
) -> None:
    assert keyed(find_alerts(store, since=since, until=until)) == expected


def test_until_cuts_the_events_of_a_week(store: DuckDBStore) -> None:
    alerts = find_alerts(store, until=SURGE)
    change = next(a for a in alerts if a.detector == "change" and a.dyad is not None)
    assert change.value == 14 + 2  # Monday, Tuesday and the surge day
    assert len(change.events) == 2 + 14


def test_an_empty_store_has_no_alerts() -> None:
    with DuckDBStore.open(":memory:") as s:
        assert find_alerts(s) == []
        s.add(article("only", START, 9))
        assert find_alerts(s) == []  # one day: no history
