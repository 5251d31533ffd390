"""Alerts over a store: the daily layout of a series, the alerts of one series, and ``find_alerts`` on
stores holding a calm conflict that flares up (reported twice: the incident counts once), a calm
month of cooperation that turns to attacks (read from text by the real pipeline), growing coverage
of a constant conflict, and a store one week old."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pytest

from strife.monitor.alerts import (
    DAILY,
    INTENSITY,
    ONSET,
    WEEKLY,
    Alert,
    AlertSettings,
    daily_values,
    detect,
    find_alerts,
    weekly_sums,
)
from strife.monitor.detectors import OnsetRule
from strife.monitor.stories import ensure_stories
from strife.pipeline import Pipeline
from strife.record import Actor, Article, Event, Mention, fingerprint
from strife.store import DuckDBStore
from strife.store.rows import AlertSeries
from strife.store.story_rows import Incident

START = date(2024, 1, 3)  # a Wednesday
SURGE = date(2024, 4, 24)  # day 112, a Wednesday; its ISO week starts on 22 April


def test_daily_values_fill_the_gaps_and_clip() -> None:
    days = [date(2024, 1, 2), date(2024, 1, 5), date(2024, 2, 1)]
    assert daily_values(days, [2, 3, 9], date(2024, 1, 1), date(2024, 1, 6)).tolist() == [0, 2, 0, 0, 3, 0]
    assert daily_values(days, [2, 3, 9], date(2024, 1, 3), date(2024, 1, 3)).tolist() == [0]
    assert daily_values(days, [2, 3, 9], date(2024, 1, 3), date(2024, 1, 2)).tolist() == []


@pytest.mark.parametrize(
    ("first", "daily", "monday", "weeks"),
    [
        pytest.param(date(2024, 1, 1), [1] * 14, date(2024, 1, 1), [7, 7], id="from-a-monday"),
        pytest.param(date(2024, 1, 3), [1] * 10, date(2024, 1, 1), [5, 5], id="partial-first-and-last"),
        pytest.param(date(2024, 1, 7), [4], date(2024, 1, 1), [4], id="one-sunday"),
        pytest.param(date(2024, 1, 7), [], date(2024, 1, 1), [0], id="nothing"),
    ],
)
def test_weekly_sums(first: date, daily: list[int], monday: date, weeks: list[int]) -> None:
    start, sums = weekly_sums(np.array(daily, dtype=np.int64), first)
    assert start == monday and start.weekday() == 0
    assert sums.tolist() == weeks


def series(actors: tuple[str, ...], conflict: Sequence[int], goldstein: float = -10.0) -> AlertSeries:
    """A series of conflict incidents (all material) from START on, one Goldstein score for all."""
    days = [START + timedelta(days=i) for i, n in enumerate(conflict) if n]
    counts = [n for n in conflict if n]
    return AlertSeries(
        actors=actors, days=days, events=counts, conflict=counts, material=counts,
        goldstein=[goldstein * n for n in counts], goldstein_sq=[goldstein * goldstein * n for n in counts],
    )  # fmt: skip


def test_detect_dates_each_detector_by_its_period() -> None:
    daily = [1, 0, 1, 1, 0, 1, 1] * 16 + [20] + [1] * 6  # 16 calm weeks
    articles = np.full(len(daily), 10)
    alerts = [a for a in detect(series(("RUS", "UKR"), daily), articles, START) if a.status == "alert"]
    surge_day = START + timedelta(days=112)
    assert {(a.detector, a.date, a.measure) for a in alerts} == {
        ("surprise", surge_day, DAILY),
        ("change", surge_day - timedelta(days=surge_day.weekday()), WEEKLY),
    }
    change = next(a for a in alerts if a.detector == "change")
    assert change.articles == 70 and change.rate == pytest.approx(100 * change.value / 70, abs=1e-4)
    assert all(a.dyad == ("RUS", "UKR") and a.country is None and a.events == [] for a in alerts)
    [country] = {a.country for a in detect(series(("NATO",), daily), articles, START)}
    assert country == "NATO"


def test_detectors_can_be_chosen() -> None:
    daily = [0] * 40 + [3]
    articles = np.full(len(daily), 5)
    every = {a.detector for a in detect(series(("RUS", "UKR"), daily), articles, START)}
    assert every == {"onset", "surprise"}
    settings = AlertSettings(detectors=("surprise",), onset=OnsetRule(quiet=14))
    assert {a.detector for a in detect(series(("RUS", "UKR"), daily), articles, START, settings)} == {
        "surprise"
    }


# --- a calm conflict that flares up ---------------------------------------------------------------

RUS = Actor(name="Russian army", code="RUSMIL", country="RUS", sector="MIL", type="group")
UKR = Actor(name="Ukraine", code="UKRGOV", country="UKR", sector="GOV", type="state")
NATO = Actor(name="NATO", code="NATO", country=None, sector=None, type="igo")


def article(
    aid: str, day: date, n_events: int, *, source: Actor = RUS, target: Actor = UKR, cameo: str = "190"
) -> Article:
    body, events = "", []
    quad, goldstein = {"190": (4, -10.0), "057": (1, 8.0), "111": (3, -2.0)}[cameo]
    for i in range(n_events):
        text = f"In {aid}, happening number {i} took place."
        start, body = len(body), body + text + " "
        events.append(
            Event(
                cameo=cameo, cameo_root=cameo[:2], quad_class=quad, goldstein=goldstein, source=source,
                target=target, evidence=Mention(text=text, start=start, end=start + len(text)),
                confidence=0.9,
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
            articles.append(article(f"n{day.isoformat()}", day, 1, source=NATO, target=RUS, cameo="111"))
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


def keyed(alerts: list[Alert], status: str = "alert") -> set[tuple[tuple[str, ...], str, date]]:
    return {(a.actors, a.detector, a.date) for a in alerts if a.status == status}


MONDAY = SURGE - timedelta(days=SURGE.weekday())
EXPECTED = {
    (actors, detector, day)
    for actors in (("RUS",), ("RUS", "UKR"))
    for detector, day in (("surprise", SURGE), ("change", MONDAY))
}


def test_the_surge_alerts_its_dyad_and_russia_once(store: DuckDBStore) -> None:
    """Ukraine's alerts would list the very events of the dyad's: only the dyad's is kept; Russia's
    hold the NATO clash of that day too, so they stay."""
    alerts = find_alerts(store)
    assert keyed(alerts) == EXPECTED  # nothing before the surge, none for NATO, none the next day
    surprise = next(a for a in alerts if a.detector == "surprise" and a.dyad and a.status == "alert")
    assert surprise.value == 14 and surprise.baseline is not None and surprise.baseline < 1.5
    assert surprise.score is not None and surprise.score >= 4.5
    assert surprise.articles == 2 and surprise.rate == 700.0  # the NATO report that day too
    assert surprise.events == [f"d{SURGE.isoformat()}#{i}" for i in range(14)]
    change = next(a for a in alerts if a.detector == "change" and a.dyad and a.status == "alert")
    assert change.value == 4 + 14  # Mon, Tue, Thu, Fri + the surge
    assert change.articles == 7 + 1 + 1  # one a day, the NATO report, the second report of the surge
    assert len(change.events) == 4 + 14 + 14  # every report of the week, the second article's too
    assert [a.date for a in alerts] == sorted(a.date for a in alerts)


def test_the_first_weeks_say_insufficient_history(store: DuckDBStore) -> None:
    early = {(a.actors, a.detector) for a in find_alerts(store) if a.status == "insufficient history"}
    assert (("RUS", "UKR"), "onset") in early  # the first strike, on the store's first day
    assert all(a.date < START + timedelta(weeks=5) for a in find_alerts(store) if a.status != "alert")


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        pytest.param(None, None, EXPECTED, id="whole-store"),
        pytest.param(SURGE, None, EXPECTED, id="since-the-day"),  # the week overlaps it
        pytest.param(SURGE + timedelta(days=1), None, {k for k in EXPECTED if k[1] == "change"}, id="after"),
        pytest.param(None, SURGE - timedelta(days=1), set(), id="until-before"),
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
    change = next(a for a in alerts if a.detector == "change" and a.dyad and a.status == "alert")
    assert change.value == 14 + 2  # Monday, Tuesday and the surge day
    assert len(change.events) == 2 + 14


def test_an_empty_store_has_no_alerts() -> None:
    with DuckDBStore.open(":memory:") as s:
        assert find_alerts(s) == []


def test_a_store_one_week_old_has_only_insufficient_history() -> None:
    """Seven days of news with conflict every day and a burst: nothing is scored against nothing."""
    with DuckDBStore.open(":memory:") as s:
        for i in range(7):
            s.add(article(f"w{i}", START + timedelta(days=i), 12 if i == 5 else 2))
        alerts = find_alerts(s)
        assert alerts and {a.status for a in alerts} == {"insufficient history"}
        assert all(a.baseline is None and a.score is None and a.events for a in alerts)
        assert len({(a.actors, a.detector) for a in alerts}) == len(alerts)  # once per series


# --- growing coverage of a constant conflict ------------------------------------------------------


def test_growing_coverage_of_a_constant_conflict_does_not_alert() -> None:
    """Articles per day grow from 2 to 40 over half a year; one in four reports one strike. The raw
    count of strikes climbs twentyfold; per article it does not, and nothing fires."""
    rng = np.random.default_rng(5)
    with DuckDBStore.open(":memory:") as s:
        for k, n in enumerate(np.round(np.geomspace(2, 40, 180)).astype(int)):
            day = START + timedelta(days=k)
            for j in range(n):
                s.add(article(f"g{k}-{j}", day, int(rng.random() < 0.25)))
        assert keyed(find_alerts(s)) == set()


# --- a calm month of cooperation, then three days of attacks, read from text ---------------------

CALM = (
    "Polish and Lithuanian foreign ministers met in Vilnius to discuss energy links.",
    "Poland agreed to share border surveillance data with Lithuania, the Lithuanian interior ministry said.",
    "Lithuania praised Poland for its help in building the Via Baltica road.",
    "Poland and Lithuania signed an agreement on joint air defence exercises.",
    "The Lithuanian president thanked Poland for sending medical supplies to Kaunas.",
)
ATTACKS = (
    "Polish troops attacked two Lithuanian border posts near Lazdijai, Lithuania's defence ministry said.",
    "Polish forces shelled a Lithuanian border post near Kalvarija overnight, killing a guard.",
    "Polish soldiers fired on Lithuanian border guards at a post near Seirijai.",
)
CALM_START, FIRST_ATTACK = date(2025, 3, 1), date(2025, 4, 1)


def poland_lithuania() -> list[dict[str, str]]:
    """Invented dispatches: one a day from three outlets, 31 days of cooperation, 3 of attacks."""
    records = []
    for k in range(34):
        day = CALM_START + timedelta(days=k)
        text = CALM[k % len(CALM)] if day < FIRST_ATTACK else ATTACKS[(day - FIRST_ATTACK).days]
        text += f" This was dispatch number {k + 1} from the border region."  # no two texts alike
        outlet = ("LRT", "PAP", "BNS")[k % 3]
        records.append({"id": f"pl{k}", "text": text, "headline": text.split(",")[0],
                        "published": f"{day.isoformat()}T09:00:00Z", "outlet": outlet})  # fmt: skip
    return records


def test_poland_lithuania_alerts_on_the_first_day_of_attacks(pipeline: Pipeline) -> None:
    with DuckDBStore.open(":memory:") as s:
        for record in pipeline.map_batch(poland_lithuania()):
            s.add(Article.model_validate(record))
        ensure_stories(s)
        alerts = find_alerts(s)
        scored = [a for a in alerts if a.status == "alert"]
        assert scored and min(a.date for a in scored) == FIRST_ATTACK  # none in the calm month
        onset = next(a for a in scored if a.detector == "onset" and a.dyad == ("LTU", "POL"))
        assert onset.date == FIRST_ATTACK and onset.measure == ONSET and onset.value >= 1
        assert onset.events and all(e.startswith("pl31#") for e in onset.events)
        drop = next(a for a in scored if a.detector == "intensity" and a.dyad == ("LTU", "POL"))
        assert drop.date == FIRST_ATTACK and drop.measure == INTENSITY
        assert drop.value < 0 < (drop.baseline or 0)  # from cooperation to hostility
        assert not [a for a in alerts if a.date < FIRST_ATTACK and a.status == "alert"]
