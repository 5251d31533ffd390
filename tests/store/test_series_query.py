"""The monitoring queries of the store: a dyad's series (what counts, once, on which day, in which
bucket), conflict counts per country and dyad, and the events behind an alert window.

Articles are hand-built (no NLP); incidents are written straight into ``incidents`` and
``incident_events`` as the story step would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import pytest
from backends import NewStore

from strife.record import Actor, Article, Event, Mention, Modality, fingerprint
from strife.store import Store
from strife.store.rows import EventWindow, SeriesRow
from strife.store.story_rows import Incident

RUS = Actor(name="Russia", code="RUS", country="RUS", sector=None, type="state")
RUSMIL = Actor(name="Russian army", code="RUSMIL", country="RUS", sector="MIL", type="group")
UKR = Actor(name="Ukraine", code="UKRGOV", country="UKR", sector="GOV", type="state")
NATO = Actor(name="NATO", code="NATO", country=None, sector=None, type="igo")
PERSON = Actor(name="Olga Ivanova", code=None, country="UKR", sector=None, type="person")


@dataclass(frozen=True)
class E:
    """One event to write."""

    source: Actor | None
    target: Actor | None
    quad: int
    goldstein: float = 0.0
    date: str | None = None
    modality: Modality = "asserted"


def article(aid: str, day: str | None, events: Sequence[E], *, tone: float | None = None) -> Article:
    body, coded = "", []
    for i, e in enumerate(events):
        sentence = f"Report {aid} tells of happening number {i}."
        start, body = len(body), body + sentence + " "
        cameo = {1: "040", 2: "070", 3: "130", 4: "190"}[e.quad]
        coded.append(
            Event(
                cameo=cameo,
                cameo_root=cameo[:2],
                quad_class=e.quad,
                goldstein=e.goldstein,
                source=e.source,
                target=e.target,
                date=e.date,
                modality=e.modality,
                evidence=Mention(text=sentence, start=start, end=start + len(sentence)),
                confidence=0.8,
            )
        )
    body = body or f"Report {aid} has nothing."
    published = datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC) if day else None
    return Article(
        id=aid, fingerprint=fingerprint(body), published=published, body=body, events=coded, tone=tone
    )


def incident(store: Store, incident_id: str, *events: tuple[str, int]) -> None:
    """Make the events ``(article id, index)`` one incident (replacing any incidents stored before)."""
    ids = tuple(f"{a}#{i}" for a, i in events)
    made = Incident(incident_id, None, ids, len({a for a, _ in events}), 1, events[0][0], None, None)
    store.replace_stories([], [], [], [made])


@pytest.fixture
def store(new_store: NewStore) -> Store:
    return new_store()


def fill(store: Store, *articles: Article) -> Store:
    for a in articles:
        assert store.add(a)
    return store


def by_day(rows: list[SeriesRow]) -> dict[str, tuple[int, ...]]:
    """Each bucket's (events, verbal_coop, material_coop, verbal_conflict, material_conflict,
    negated, unrealised)."""
    return {
        r.date.isoformat(): (
            r.events,
            r.verbal_coop,
            r.material_coop,
            r.verbal_conflict,
            r.material_conflict,
            r.negated,
            r.unrealised,
        )
        for r in rows
    }


def test_only_asserted_events_count_the_others_apart(store: Store) -> None:
    fill(
        store,
        article("a1", "2024-03-04", [
            E(RUS, UKR, 4, -10.0), E(UKR, RUS, 3, -4.0), E(RUS, UKR, 1, 1.0),
            E(RUS, UKR, 4, -10.0, modality="negated"), E(RUS, UKR, 4, -9.0, modality="conditional"),
            E(UKR, RUS, 2, 5.0, modality="future"), E(RUS, UKR, 3, -6.0, modality="hypothetical"),
            E(RUS, UKR, 1, 3.0, modality="intended"),
        ]),
    )  # fmt: skip
    [row] = store.dyad_series("RUS", "UKR")
    assert row.date == date(2024, 3, 4)
    assert (row.events, row.verbal_coop, row.material_coop, row.verbal_conflict, row.material_conflict) == (
        3, 1, 0, 1, 1,
    )  # fmt: skip
    assert (row.negated, row.unrealised) == (1, 4)
    assert row.goldstein_sum == pytest.approx(-13.0)
    assert row.goldstein_mean == pytest.approx(-13.0 / 3)


def test_an_incident_reported_by_two_articles_counts_once(store: Store) -> None:
    fill(
        store,
        article("early", "2024-03-04", [E(RUSMIL, UKR, 4, -10.0)], tone=-0.6),
        article("late", "2024-03-05", [E(RUS, UKR, 4, -9.5), E(UKR, RUS, 3, -4.0)], tone=-0.2),
        article("other", "2024-03-05", [E(RUS, UKR, 3, -2.0)], tone=None),
    )
    incident(store, "inc-1", ("early", 0), ("late", 0))
    rows = store.dyad_series("RUS", "UKR")
    assert by_day(rows) == {"2024-03-04": (1, 0, 0, 0, 1, 0, 0), "2024-03-05": (2, 0, 0, 2, 0, 0, 0)}
    first, second = rows
    assert first.goldstein_sum == -10.0  # the earliest report's value, once
    # Both articles that report the incident give their tone to its day; "late" is counted there too.
    assert first.tone_mean == pytest.approx(-0.4)
    assert second.tone_mean == pytest.approx(-0.2)  # "late" (again) and "other", whose tone is unknown
    weekly = store.dyad_series("RUS", "UKR", by="week")
    assert by_day(weekly) == {"2024-03-04": (3, 0, 0, 2, 1, 0, 0)}
    assert weekly[0].tone_mean == pytest.approx(-0.4)  # each article once: (-0.6 + -0.2) / 2


def test_without_incidents_every_report_counts(store: Store) -> None:
    fill(store, article("x1", "2024-03-04", [E(RUS, UKR, 4)]), article("x2", "2024-03-04", [E(RUS, UKR, 4)]))
    assert [r.events for r in store.dyad_series("RUS", "UKR")] == [2]


@pytest.mark.parametrize(
    ("by", "expected"),
    [
        pytest.param(
            "day",
            {
                "2024-01-30": 1,
                "2024-01-31": 0,
                "2024-02-01": 1,
                "2024-02-02": 0,
                "2024-02-03": 0,
                "2024-02-04": 0,
                "2024-02-05": 1,
            },
            id="day",
        ),
        pytest.param("week", {"2024-01-29": 2, "2024-02-05": 1}, id="week-monday"),
        pytest.param("month", {"2024-01-01": 1, "2024-02-01": 3}, id="month-keeps-month-dates"),
    ],
)
def test_days_and_buckets(store: Store, by: str, expected: dict[str, int]) -> None:
    fill(
        store,
        article("d1", "2024-03-01", [E(RUS, UKR, 3, date="2024-01-30")]),  # its own day, not the article's
        article("d2", "2024-02-01", [E(RUS, UKR, 3)]),  # no date: the article's day
        article("d3", "2024-02-05", [E(RUS, UKR, 3, date="2024-02")]),  # a month only: month buckets only
        article("d4", "2024-02-05", [E(RUS, UKR, 3)]),
        article("d5", "2024-02-05", [E(RUS, UKR, 3, date="2024")]),  # a year only: never
        article("d6", None, [E(RUS, UKR, 3)]),  # no day anywhere: never
    )
    rows = store.dyad_series("RUS", "UKR", by=by)  # type: ignore[arg-type]
    assert {r.date.isoformat(): r.events for r in rows} == expected


@pytest.mark.parametrize(
    ("first", "second", "directed", "expected"),
    [
        pytest.param("RUS", "UKR", False, 3, id="both-ways"),
        pytest.param("UKR", "RUS", False, 3, id="both-ways-reversed"),
        pytest.param("RUS", "UKR", True, 2, id="directed"),
        pytest.param("UKR", "RUS", True, 1, id="directed-back"),
        pytest.param("RUSMIL", "UKR", False, 1, id="code-prefix"),
        pytest.param("rus", "ukrgov", False, 2, id="lower-case-code-only"),
        pytest.param("NATO", "RUS", False, 1, id="igo"),
        pytest.param("R'US", "UKR", False, 0, id="quote-is-a-value"),
    ],
)
def test_dyad_matching(store: Store, first: str, second: str, directed: bool, expected: int) -> None:
    fill(
        store,
        article("m1", "2024-05-01", [E(RUS, UKR, 3), E(RUSMIL, PERSON, 4), E(UKR, RUS, 1), E(NATO, RUS, 3)]),
    )
    rows = store.dyad_series(first, second, directed=directed)
    assert sum(r.events for r in rows) == expected


def test_empty_buckets_are_zeros_and_since_until_set_the_span(store: Store) -> None:
    fill(
        store,
        article("s1", "2024-05-02", [E(RUS, UKR, 4, -10.0)]),
        article("s2", "2024-05-05", [E(RUS, UKR, 1, 2.0)]),
    )
    rows = store.dyad_series("RUS", "UKR")
    assert [r.date.day for r in rows] == [2, 3, 4, 5]
    empty = rows[1]
    assert (empty.events, empty.goldstein_sum, empty.goldstein_mean, empty.tone_mean) == (0, 0.0, None, None)
    wide = store.dyad_series("RUS", "UKR", since=date(2024, 4, 30), until=date(2024, 5, 7))
    assert [r.date.day for r in wide] == [30, 1, 2, 3, 4, 5, 6, 7]
    narrow = store.dyad_series("RUS", "UKR", since=date(2024, 5, 3), until=date(2024, 5, 5))
    assert [(r.date.day, r.events) for r in narrow] == [(3, 0), (4, 0), (5, 1)]
    weeks = store.dyad_series("RUS", "UKR", by="week", since=date(2024, 5, 1), until=date(2024, 5, 15))
    assert [(r.date.isoformat(), r.events) for r in weeks] == [
        ("2024-04-29", 2),
        ("2024-05-06", 0),
        ("2024-05-13", 0),
    ]
    months = store.dyad_series("RUS", "UKR", by="month", since=date(2024, 3, 15))
    assert [(r.date.isoformat(), r.events) for r in months] == [
        ("2024-03-01", 0),
        ("2024-04-01", 0),
        ("2024-05-01", 2),
    ]


def test_month_dates_are_kept_when_their_month_overlaps_the_span(store: Store) -> None:
    fill(store, article("md", "2024-06-10", [E(RUS, UKR, 3, date="2024-05")]))
    assert [r.events for r in store.dyad_series("RUS", "UKR", by="month", since=date(2024, 5, 20))] == [1]
    later = store.dyad_series("RUS", "UKR", by="month", since=date(2024, 6, 1))
    assert [(r.date, r.events) for r in later] == [(date(2024, 6, 1), 0)]


@pytest.mark.parametrize(
    ("since", "until", "days"),
    [
        pytest.param(None, None, 0, id="nothing"),
        pytest.param(date(2024, 1, 1), date(2024, 1, 3), 3, id="span-of-zeros"),
        pytest.param(date(2024, 1, 1), None, 1, id="since-only"),
    ],
)
def test_a_dyad_without_events(store: Store, since: date | None, until: date | None, days: int) -> None:
    fill(store, article("n1", "2024-01-02", [E(NATO, UKR, 1)]))
    rows = store.dyad_series("RUS", "UKR", since=since, until=until)
    assert len(rows) == days and all(r.events == 0 for r in rows)


def test_conflict_series_per_country_and_dyad(store: Store) -> None:
    fill(
        store,
        article("c1", "2024-02-01", [E(RUSMIL, UKR, 4), E(NATO, RUS, 3), E(RUS, UKR, 1), E(RUS, RUSMIL, 4)]),
        article("c2", "2024-02-02", [E(RUS, PERSON, 4), E(UKR, RUS, 3, modality="negated"), E(None, UKR, 4)]),
        article("c3", "2024-02-03", [E(RUS, UKR, 4)]),
    )
    incident(store, "inc", ("c2", 0), ("c3", 0))  # one incident, first on 2 February
    found = {s.actors: dict(zip(s.days, s.counts, strict=True)) for s in store.conflict_series()}
    d1, d2 = date(2024, 2, 1), date(2024, 2, 2)
    assert found == {
        ("NATO",): {d1: 1},
        ("NATO", "RUS"): {d1: 1},
        ("RUS",): {d1: 3, d2: 1},  # RUS -> RUS counts once for RUS and makes no dyad
        ("RUS", "UKR"): {d1: 1, d2: 1},
        ("UKR",): {d1: 1, d2: 2},
    }
    assert [s.actors for s in store.conflict_series(min_total=3)] == [("RUS",), ("UKR",)]
    assert [s.actors for s in store.conflict_series(since=date(2024, 2, 2))] == [
        ("RUS",),
        ("RUS", "UKR"),
        ("UKR",),
    ]
    assert store.conflict_series(until=date(2024, 1, 31)) == []


def test_conflict_events_per_window(store: Store) -> None:
    fill(
        store,
        article("w1", "2024-02-01", [E(RUSMIL, UKR, 4), E(NATO, RUS, 3), E(RUS, UKR, 1)]),
        article("w2", "2024-02-03", [E(UKR, RUS, 3), E(RUS, UKR, 4, modality="negated")]),
    )
    windows = [
        EventWindow(actors=("RUS",), start=date(2024, 2, 1), end=date(2024, 2, 3)),
        EventWindow(actors=("RUS", "UKR"), start=date(2024, 2, 2), end=date(2024, 2, 7)),
        EventWindow(actors=("NATO", "RUS"), start=date(2024, 2, 1), end=date(2024, 2, 1)),
        EventWindow(actors=("CHN",), start=date(2024, 2, 1), end=date(2024, 2, 9)),
    ]
    assert store.conflict_events(windows) == [["w1#0", "w1#1", "w2#0"], ["w2#0"], ["w1#1"], []]
    assert store.conflict_events([]) == []
