"""Dyad series queries: actor names to codes, days and buckets, the query's checks; and the series
run on a store agrees with the Python bucketing rules."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

import pytest

from strife.monitor.series import (
    SeriesError,
    SeriesQuery,
    bucket_start,
    dyad_series,
    next_bucket,
    parse_day,
    resolve_actor,
)
from strife.record import Actor, Article, Event, Mention, fingerprint
from strife.store import DuckDBStore
from strife.store.rows import Bucket


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("RUS", "RUS"),
        ("rus", "RUS"),
        ("Russia", "RUS"),
        ("RUSSIA", "RUS"),
        ("russian federation", "RUS"),
        ("United States", "USA"),
        ("the United States", "USA"),
        ("U.S.", "USA"),
        ("NATO", "IGOWSTNAT"),
        ("Nato", "IGOWSTNAT"),
        ("north atlantic treaty organization", "IGOWSTNAT"),
        ("European Union", "IGOEUREEC"),
        ("IGOWSTNAT", "IGOWSTNAT"),
        ("RUSGOV", "RUSGOV"),
        ("rusmil", "RUSMIL"),
        ("USAGOVMIL", "USAGOVMIL"),
        ("  Ukraine ", "UKR"),
    ],
)
def test_resolve_actor(text: str, code: str) -> None:
    assert resolve_actor(text) == code


@pytest.mark.parametrize("text", ["Xyz", "Rusia", "RUSIA", "RUSXYZ", "Moscow Times", "", "   ", "R'US"])
def test_unknown_actors_are_refused_with_a_hint(text: str) -> None:
    with pytest.raises(SeriesError, match="country code such as RUS") as caught:
        resolve_actor(text, "first")
    assert caught.value.field == "first" and caught.value.value == text


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("2024-02-10", False, date(2024, 2, 10)),
        ("2024-02-10", True, date(2024, 2, 10)),
        ("2024-02", False, date(2024, 2, 1)),
        ("2024-02", True, date(2024, 2, 29)),
        ("2023-02", True, date(2023, 2, 28)),
        ("2024", False, date(2024, 1, 1)),
        ("2024", True, date(2024, 12, 31)),
        (date(2020, 5, 5), True, date(2020, 5, 5)),
    ],
)
def test_parse_day(text: str | date, end: bool, expected: date) -> None:
    assert parse_day(text, end=end) == expected


@pytest.mark.parametrize("text", ["2024-13", "2024-02-30", "24-01-01", "yesterday", "2024/01/02", ""])
def test_parse_day_refuses(text: str) -> None:
    with pytest.raises(SeriesError, match="is not an ISO date"):
        parse_day(text, field="since")


@pytest.mark.parametrize(
    ("day", "by", "start", "following"),
    [
        (date(2024, 3, 6), "day", date(2024, 3, 6), date(2024, 3, 7)),
        (date(2024, 3, 6), "week", date(2024, 3, 4), date(2024, 3, 11)),  # a Wednesday: Monday the 4th
        (date(2024, 3, 4), "week", date(2024, 3, 4), date(2024, 3, 11)),
        (date(2024, 3, 10), "week", date(2024, 3, 4), date(2024, 3, 11)),  # Sunday ends the ISO week
        (date(2021, 1, 1), "week", date(2020, 12, 28), date(2021, 1, 4)),  # across the year
        (date(2024, 2, 29), "month", date(2024, 2, 1), date(2024, 3, 1)),
        (date(2024, 12, 31), "month", date(2024, 12, 1), date(2025, 1, 1)),
    ],
)
def test_buckets(day: date, by: Bucket, start: date, following: date) -> None:
    assert bucket_start(day, by) == start
    assert next_bucket(start, by) == following


def test_query_is_normalised() -> None:
    query = SeriesQuery("Russia", "nato", by="month", directed=True, since="2022-01", until="2022-02")
    assert (query.first, query.second, query.start, query.end) == (
        "RUS", "IGOWSTNAT", date(2022, 1, 1), date(2022, 2, 28),
    )  # fmt: skip
    assert query.label == "RUS → IGOWSTNAT"
    assert SeriesQuery("RUS", "UKR").label == "RUS ↔ UKR"


@pytest.mark.parametrize(
    ("kwargs", "field", "message"),
    [
        ({"first": "Xyz", "second": "RUS"}, "first", "is not a country"),
        ({"first": "RUS", "second": "Russia"}, "second", "is the same actor"),
        ({"first": "RUS", "second": "UKR", "by": "year"}, "by", "is not a bucket"),
        ({"first": "RUS", "second": "UKR", "since": "2022-13"}, "since", "is not an ISO date"),
        (
            {"first": "RUS", "second": "UKR", "since": "2022-03", "until": "2022-02"},
            "until",
            "is before since",
        ),
    ],
)
def test_query_checks(kwargs: dict[str, str], field: str, message: str) -> None:
    with pytest.raises(SeriesError, match=message) as caught:
        SeriesQuery(**kwargs)  # type: ignore[arg-type]
    assert caught.value.field == field


RUS = Actor(name="Russia", code="RUS", country="RUS", sector=None, type="state")
UKR = Actor(name="Ukraine", code="UKR", country="UKR", sector=None, type="state")


def article(n: int, day: date) -> Article:
    text = f"Russia struck Ukraine again, report {n}."
    event = Event(
        cameo="190", cameo_root="19", quad_class=4, goldstein=-10.0, source=RUS, target=UKR,
        evidence=Mention(text=text, start=0, end=len(text)), confidence=0.9,
    )  # fmt: skip
    published = datetime(day.year, day.month, day.day, 23, 59, tzinfo=UTC)
    return Article(id=f"a{n}", fingerprint=fingerprint(text), published=published, body=text, events=[event])


@pytest.fixture(scope="module")
def store() -> Iterator[DuckDBStore]:
    """One event on each of 20 scattered days over 14 months."""
    days = [date(2023, 12, 25) + timedelta(days=(n * 37) % 420) for n in range(20)]
    with DuckDBStore.open(":memory:") as s:
        for n, day in enumerate(days):
            s.add(article(n, day))
        yield s


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_the_store_buckets_as_the_rules_say(store: DuckDBStore, by: Bucket) -> None:
    rows = dyad_series(store, SeriesQuery("Ukraine", "Russia", by=by))
    days = [date(2023, 12, 25) + timedelta(days=(n * 37) % 420) for n in range(20)]
    expected: dict[date, int] = {}
    for day in days:
        expected[bucket_start(day, by)] = expected.get(bucket_start(day, by), 0) + 1
    assert {r.date: r.events for r in rows if r.events} == expected
    starts = [r.date for r in rows]
    assert starts[0] == min(expected) and starts[-1] == max(expected)
    assert all(next_bucket(a, by) == b for a, b in pairwise(starts))
