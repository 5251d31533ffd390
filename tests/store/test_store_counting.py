"""Series, alerts and listings count only events with a coded side that are not background history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest
from event_factories import GRUSHKO, NATO, RUSSIAN_ARMY, Spec, article_with_events

from strife.record import Actor, Article
from strife.store import EventFilter, Store, open_store
from strife.store.duckdb_store import DuckDBSession
from strife.store.migrations import migrate
from strife.store.rows import EventWindow

NOBODY = Actor(name="the gunman", code=None, country=None, sector=None, type="group")
UKRAINE = Actor(name="Ukraine", code="UKR", country="UKR", sector=None, type="state")
PUBLISHED = datetime(2022, 3, 1, 9, 0, tzinfo=UTC)


def _marked(article: Article, marks: dict[int, dict[str, object]]) -> Article:
    events = [e.model_copy(update=marks.get(i, {})) for i, e in enumerate(article.events)]
    return article.model_copy(update={"events": events})


def counting_article() -> Article:
    """Four conflict events on 2022-03-01: counted, uncoded, historical, and both."""
    specs = [
        Spec(RUSSIAN_ARMY, UKRAINE, "190", 4, "ASSAULT", date="2022-03-01"),
        Spec(NOBODY, None, "190", 4, "ASSAULT", date="2022-03-01"),
        Spec(RUSSIAN_ARMY, UKRAINE, "190", 4, "ASSAULT", date="2022-03-01"),
        Spec(NOBODY, None, "193", 4, "ASSAULT", date="2022-03-01"),
    ]
    article = article_with_events("count", PUBLISHED, specs)
    return _marked(
        article, {1: {"coded": False}, 2: {"historical": True}, 3: {"coded": False, "historical": True}}
    )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("counting") / "s.duckdb") as s:
        s.add(counting_article())
        yield s


def ids(store: Store, where: EventFilter) -> list[str]:
    return [f"{r.article_id}#{r.idx}" for r in store.events(where)]


@pytest.mark.parametrize(
    ("uncoded", "historical", "expected"),
    [
        (False, False, ["count#0"]),
        (True, False, ["count#0", "count#1"]),
        (False, True, ["count#0", "count#2"]),
        (True, True, ["count#0", "count#1", "count#2", "count#3"]),
    ],
)
def test_listing_leaves_out_uncoded_and_historical_unless_asked(
    store: Store, uncoded: bool, historical: bool, expected: list[str]
) -> None:
    where = EventFilter(include_uncoded=uncoded, include_historical=historical)
    assert ids(store, where) == expected


def test_rows_say_why(store: Store) -> None:
    rows = store.events(EventFilter(include_uncoded=True, include_historical=True))
    assert [(r.coded, r.historical) for r in rows] == [
        (True, False),
        (False, False),
        (True, True),
        (False, True),
    ]


@pytest.mark.parametrize(("historical", "events"), [(False, 1), (True, 2)])
def test_dyad_series_counts_history_only_when_asked(store: Store, historical: bool, events: int) -> None:
    [row] = store.dyad_series("RUS", "UKR", since=date(2022, 3, 1), until=date(2022, 3, 1),
                              include_historical=historical)  # fmt: skip
    assert row.events == row.material_conflict == events


@pytest.mark.parametrize(
    ("uncoded", "historical", "expected"),
    [
        (False, False, ["count#0"]),
        (False, True, ["count#0", "count#2"]),
        (True, True, ["count#0", "count#2"]),
    ],
)
def test_alert_counts_and_their_events(
    store: Store, uncoded: bool, historical: bool, expected: list[str]
) -> None:
    """An event with no coded side has no actor key, so it never makes a series even when included."""
    options = {"include_uncoded": uncoded, "include_historical": historical}
    series = {s.actors: s for s in store.conflict_series(**options)}
    assert sum(series[("RUS",)].counts) == len(expected)
    window = EventWindow(actors=("RUS",), start=date(2022, 3, 1), end=date(2022, 3, 1))
    assert store.conflict_events([window], **options) == [expected]


def test_version_3_store_gets_the_marks_from_the_records(tmp_path: Path) -> None:
    """The migration reads historical and dated_by from the stored record (no dated_by there: the old
    rule, "event" for a dated event); coded from the codes and countries."""
    path = tmp_path / "v3.duckdb"
    article = counting_article()
    article = _marked(article, {0: {"dated_by": "paragraph"}})
    with open_store(path) as s:
        s.add(article)
    con = duckdb.connect(str(path))
    try:  # back to schema 3: drop the new columns and the ledger row
        for column in ("dated_by", "historical", "coded"):
            con.execute(f"ALTER TABLE events DROP COLUMN {column}")
        con.execute("DELETE FROM schema_migrations WHERE version = 4")
        assert migrate(DuckDBSession(con), str(path)) == 4
        got = con.execute("SELECT idx, dated_by, historical, coded FROM events ORDER BY idx").fetchall()
    finally:
        con.close()
    assert got == [(0, "paragraph", False, True), (1, "event", False, False), (2, "event", True, True),
                   (3, "event", True, False)]  # fmt: skip


def test_nato_alone_is_coded(tmp_path: Path) -> None:
    article = article_with_events("n", PUBLISHED, [Spec(GRUSHKO, NATO, "112", 3, "ACCUSE")])
    with open_store(tmp_path / "s.duckdb") as s:
        s.add(article)
        assert [r.coded for r in s.events()] == [True]
