"""The stored alerts (schema version 5), on both backends: written as a whole with their run, read
back by span and by country or dyad; and the alerts refresher that fills them on the write path.
Articles are hand-built (no NLP)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from backends import NewStore
from series_factories import RUS, RUSMIL, UKR, E, article, fill

from strife.errors import StoreError
from strife.monitor.alerts import AlertSettings, find_alerts
from strife.monitor.refresh import refresh
from strife.monitor.stored_alerts import alerts_state, read_alerts, refresh_alerts, settings_key
from strife.record import Article
from strife.store import Store
from strife.store.alert_rows import AlertRow, AlertRun

WHEN = datetime(2026, 3, 1, 12, tzinfo=UTC)


@pytest.fixture
def store(new_store: NewStore) -> Store:
    return new_store()


def row(
    seq: int, actors: tuple[str, ...], day: str, *, days: int = 0, events: tuple[str, ...] = ()
) -> AlertRow:
    start = date.fromisoformat(day)
    return AlertRow(
        seq=seq, actors=actors, day=start, period_end=start + timedelta(days=days), measure="m",
        detector="onset", status="alert", value=1.0, baseline=0.0, score=28.0, articles=3, rate=33.3333,
        baseline_rate=None, history=28, events=events,
    )  # fmt: skip


def run(n: int, signature: str = "{}") -> AlertRun:
    return AlertRun(computed_at=WHEN, alerts=n, settings="{}", signature=signature)


def test_alerts_are_written_whole_and_read_back(store: Store) -> None:
    assert store.alert_run() is None and store.stored_alerts() == []
    rows = [
        row(0, ("RUS", "UKR"), "2024-02-01", events=("a#0", "b 'x'#1")),
        row(1, ("UKR",), "2024-02-05", days=6),
        row(2, ("IGOWSTNAT", "RUS"), "2024-03-01"),
    ]
    store.replace_alerts(rows, run(3))
    assert store.stored_alerts() == rows
    assert store.alert_run() == run(3)
    assert store.stored_alerts(actors=("RUS", "UKR")) == rows[:1]
    assert store.stored_alerts(actors=("UKR",)) == rows[1:2]  # a country, not the dyads it is in


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        (None, None, [0, 1, 2]),
        (date(2024, 2, 8), None, [1, 2]),  # the week 5-11 February overlaps
        (date(2024, 2, 12), None, [2]),
        (None, date(2024, 2, 4), [0]),
        (date(2024, 2, 2), date(2024, 2, 29), [1]),
    ],
)
def test_stored_alerts_whose_period_overlaps_the_span(
    store: Store, since: date | None, until: date | None, expected: list[int]
) -> None:
    rows = [row(0, ("RUS", "UKR"), "2024-02-01"), row(1, ("UKR",), "2024-02-05", days=6),
            row(2, ("RUS",), "2024-03-01")]  # fmt: skip
    store.replace_alerts(rows, run(3))
    assert [r.seq for r in store.stored_alerts(since=since, until=until)] == expected


def test_a_new_run_replaces_the_last_one(store: Store) -> None:
    store.replace_alerts([row(0, ("RUS",), "2024-02-01"), row(1, ("UKR",), "2024-02-02")], run(2, "old"))
    store.replace_alerts([row(0, ("USA",), "2024-04-01")], run(1, "new"))
    assert [r.actors for r in store.stored_alerts()] == [("USA",)]
    stored = store.alert_run()
    assert stored is not None and (stored.alerts, stored.signature) == (1, "new")
    store.replace_alerts([], run(0, "empty"))
    assert store.stored_alerts() == []


def test_a_failed_write_leaves_the_last_run(store: Store) -> None:
    store.replace_alerts([row(0, ("RUS",), "2024-02-01")], run(1, "kept"))
    with pytest.raises(StoreError):  # two alerts with one seq: the insert fails, nothing changes
        store.replace_alerts([row(0, ("UKR",), "2024-02-01"), row(0, ("USA",), "2024-02-01")], run(2))
    assert [r.actors for r in store.stored_alerts()] == [("RUS",)]
    stored = store.alert_run()
    assert stored is not None and stored.signature == "kept"


def escalation() -> list[Article]:
    """Six weeks of daily talks between Russia and Ukraine, then three days of attacks."""
    start = date(2024, 1, 1)
    days = [(start + timedelta(days=i)).isoformat() for i in range(45)]
    calm = [article(f"calm-{d}", d, [E(RUS, UKR, 1, 3.0)]) for d in days[:42]]
    attacks = [article(f"attack-{d}", d, [E(RUSMIL, UKR, 4, -10.0)] * 3) for d in days[42:]]
    return [*calm, *attacks]


def test_the_write_path_computes_and_stores_the_alerts(store: Store) -> None:
    fill(store, *escalation())
    assert alerts_state(store).freshness == "none"
    notes = {n.name for n in refresh(store)}
    assert notes == {"stories", "alerts"}
    stored = read_alerts(store)
    assert stored == find_alerts(store)
    assert ("onset", date(2024, 2, 12)) in {(a.detector, a.date) for a in stored if a.status == "alert"}
    assert read_alerts(store, dyad=("UKR", "RUS")) == [a for a in stored if a.dyad == ("RUS", "UKR")]
    assert alerts_state(store).freshness == "current"
    assert refresh(store) == []  # nothing came in since


def test_new_articles_or_other_thresholds_compute_them_again(store: Store) -> None:
    fill(store, *escalation())
    refresh(store)
    first = store.alert_run()
    fill(store, article("late", "2024-02-20", [E(RUS, UKR, 1, 2.0)]))
    assert alerts_state(store).freshness == "stale"
    assert [n.name for n in refresh(store)] == ["stories", "alerts"]
    second = store.alert_run()
    assert first is not None and second is not None and second.signature != first.signature
    strict = AlertSettings.configured(quiet_days=60)
    assert alerts_state(store, strict).freshness == "stale"
    done = refresh_alerts(store, strict)
    assert done is not None and done.settings == settings_key(strict)
    assert not any(a.detector == "onset" and a.status == "alert" for a in read_alerts(store))
    assert refresh_alerts(store, strict) is None
    assert refresh_alerts(store, strict, full=True) is not None
