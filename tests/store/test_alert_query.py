"""The alert queries of the store: incidents per day per country and dyad (conflict, material
conflict or threats, Goldstein sums), history left out, the events behind an alert window, and the
articles stored per day. Articles are hand-built (no NLP)."""

from __future__ import annotations

from datetime import date

import pytest
from backends import NewStore
from series_factories import NATO, PERSON, RUS, RUSMIL, UKR, E, article, fill, incident

from strife.record import Actor
from strife.store import Store
from strife.store.rows import DayCount, EventWindow


@pytest.fixture
def store(new_store: NewStore) -> Store:
    return new_store()


D1, D2 = date(2024, 2, 1), date(2024, 2, 2)


def test_alert_series_per_country_and_dyad(store: Store) -> None:
    fill(
        store,
        article("c1", "2024-02-01", [E(RUSMIL, UKR, 4, -10), E(NATO, RUS, 3, -2), E(RUS, UKR, 1, 3),
                                     E(RUS, RUSMIL, 4)]),
        article("c2", "2024-02-02", [E(RUS, PERSON, 4, -9), E(UKR, RUS, 3, modality="negated"),
                                     E(None, UKR, 4)]),
        article("c3", "2024-02-03", [E(RUS, UKR, 4, -9)]),
    )  # fmt: skip
    incident(store, "inc", ("c2", 0), ("c3", 0))  # one incident, first on 2 February
    found = {
        s.actors: {d: (e, c, m) for d, e, c, m in zip(s.days, s.events, s.conflict, s.material, strict=True)}
        for s in store.alert_series()
    }
    assert found == {
        ("NATO",): {D1: (1, 1, 1)},  # quad 3 is CAMEO 130 here: a threat counts as material
        ("NATO", "RUS"): {D1: (1, 1, 1)},
        ("RUS",): {D1: (4, 3, 3), D2: (1, 1, 1)},  # RUS -> RUS counts once for RUS and makes no dyad
        ("RUS", "UKR"): {D1: (2, 1, 1), D2: (1, 1, 1)},
        ("UKR",): {D1: (2, 1, 1), D2: (2, 2, 2)},
    }
    dyad = next(s for s in store.alert_series() if s.actors == ("RUS", "UKR"))
    assert dyad.goldstein == [-10 + 3, -9] and dyad.goldstein_sq == [100 + 9, 81]
    assert [s.actors for s in store.alert_series(min_total=4)] == [("RUS",), ("UKR",)]
    assert [s.actors for s in store.alert_series(since=D2)] == [("RUS",), ("RUS", "UKR"), ("UKR",)]
    assert store.alert_series(until=date(2024, 1, 31)) == []


def test_threats_count_as_material(store: Store) -> None:
    fill(store, article("t1", "2024-02-01", [E(RUS, UKR, 3, -7)]))  # CAMEO 130 in these articles
    [_, dyad, _] = store.alert_series()
    assert (dyad.actors, dyad.conflict, dyad.material) == (("RUS", "UKR"), [1], [1])


def test_a_party_of_unknown_country_makes_no_series(store: Store) -> None:
    """ "Soldiers" of no known country (---MIL) are no country or dyad to watch; their clash with
    Russia still counts for Russia."""
    soldiers = Actor(name="soldiers", code="---MIL", country=None, sector="MIL", type="group")
    fill(store, article("u1", "2024-02-01", [E(soldiers, RUS, 4, -10)]))
    assert [s.actors for s in store.alert_series()] == [("RUS",)]


def test_history_is_left_out(store: Store) -> None:
    """An event dated years before its report ("the 1978 war") is no news of that day."""
    fill(
        store,
        article("h1", "2016-05-10", [E(RUS, UKR, 4, date="1978-03-01"), E(RUS, UKR, 4, date="2016-05-01")]),
    )
    [*_, dyad, _] = store.alert_series()
    assert dyad.days == [date(2016, 5, 1)]
    window = EventWindow(actors=("RUS", "UKR"), start=date(1970, 1, 1), end=date(2020, 1, 1), kind="all")
    assert store.alert_events([window]) == [["h1#1"]]


def test_alert_events_per_window_and_kind(store: Store) -> None:
    fill(
        store,
        article("w1", "2024-02-01", [E(RUSMIL, UKR, 4), E(NATO, RUS, 3), E(RUS, UKR, 1)]),
        article("w2", "2024-02-03", [E(UKR, RUS, 2), E(RUS, UKR, 4, modality="negated")]),
    )
    windows = [
        EventWindow(actors=("RUS",), start=D1, end=date(2024, 2, 3)),
        EventWindow(actors=("RUS", "UKR"), start=D1, end=date(2024, 2, 7), kind="all"),
        EventWindow(actors=("RUS", "UKR"), start=D1, end=date(2024, 2, 7), kind="material"),
        EventWindow(actors=("NATO", "RUS"), start=D1, end=D1),
        EventWindow(actors=("CHN",), start=D1, end=date(2024, 2, 9)),
    ]
    assert store.alert_events(windows) == [
        ["w1#0", "w1#1"],
        ["w1#0", "w1#2", "w2#0"],
        ["w1#0"],
        ["w1#1"],
        [],
    ]
    assert store.alert_events([]) == []


def test_publication_days(store: Store) -> None:
    fill(store, article("p1", "2024-02-01", []), article("p2", "2024-02-01", [E(RUS, UKR, 1)]),
         article("p3", "2024-02-05", []), article("p4", None, []))  # fmt: skip
    assert store.publication_days() == [
        DayCount(day=D1, articles=2),
        DayCount(day=date(2024, 2, 5), articles=1),
    ]
    assert store.publication_days(since=D2) == [DayCount(day=date(2024, 2, 5), articles=1)]
    assert store.publication_days(until=D2) == [DayCount(day=D1, articles=2)]
