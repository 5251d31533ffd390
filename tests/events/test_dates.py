"""resolve_date: time expressions resolved against the article's date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from strife.events.dates import resolve_date

THURSDAY = date(2022, 1, 13)  # a Thursday


@pytest.mark.parametrize(
    ("expression", "past", "future"),
    [
        # weekdays: the anchor's own weekday is the anchor; others the last one before / next one after
        ("on Wednesday", "2022-01-12", "2022-01-19"),
        ("Wednesday", "2022-01-12", "2022-01-19"),
        ("Wednesday's", "2022-01-12", "2022-01-19"),
        ("on Thursday", "2022-01-13", "2022-01-13"),
        ("on Friday", "2022-01-07", "2022-01-14"),
        ("on Monday night", "2022-01-10", "2022-01-17"),
        ("Tuesday morning", "2022-01-11", "2022-01-18"),
        ("early Sunday", "2022-01-09", "2022-01-16"),
        ("WEDNESDAY.", "2022-01-12", "2022-01-19"),
        ("last Friday", "2022-01-07", "2022-01-07"),
        ("last Thursday", "2022-01-06", "2022-01-06"),
        ("this past Monday", "2022-01-10", "2022-01-10"),
        ("next Tuesday", "2022-01-18", "2022-01-18"),
        ("next Thursday", "2022-01-20", "2022-01-20"),
        ("Wednesday, Jan. 12", "2022-01-12", "2023-01-12"),
        # named days
        ("today", "2022-01-13", "2022-01-13"),
        ("this morning", "2022-01-13", "2022-01-13"),
        ("yesterday", "2022-01-12", "2022-01-12"),
        ("yesterday afternoon", "2022-01-12", "2022-01-12"),
        ("last night", "2022-01-12", "2022-01-12"),
        ("tomorrow", "2022-01-14", "2022-01-14"),
        ("the day before yesterday", "2022-01-11", "2022-01-11"),
        # weeks and weekends: the month (or year) holding the whole span
        ("this week", "2022-01", "2022-01"),
        ("last week", "2022-01", "2022-01"),
        ("next week", "2022-01", "2022-01"),
        ("earlier this week", "2022-01", "2022-01"),
        ("this weekend", "2022-01", "2022-01"),
        # months and years
        ("last month", "2021-12", "2021-12"),
        ("this month", "2022-01", "2022-01"),
        ("next month", "2022-02", "2022-02"),
        ("earlier this month", "2022-01", "2022-01"),
        ("late last month", "2021-12", "2021-12"),
        ("the end of the month", "2022-01", "2022-01"),
        ("mid-January", "2022-01", "2022-01"),
        ("in March", "2021-03", "2022-03"),
        ("in January", "2022-01", "2022-01"),
        ("last year", "2021", "2021"),
        ("this year", "2022", "2022"),
        ("next year", "2023", "2023"),
        ("in 2021", "2021", "2021"),
        ("March 2021", "2021-03", "2021-03"),
        ("mid-2020", "2020", "2020"),
        # month and day: on or before the anchor, or on or after it
        ("on Jan. 12", "2022-01-12", "2023-01-12"),
        ("January 12", "2022-01-12", "2023-01-12"),
        ("12 January", "2022-01-12", "2023-01-12"),
        ("Jan 20", "2021-01-20", "2022-01-20"),
        ("Dec. 31", "2021-12-31", "2022-12-31"),
        ("the 12th of January", "2022-01-12", "2023-01-12"),
        ("Sept. 3rd", "2021-09-03", "2022-09-03"),
        ("the 12th", "2022-01-12", "2022-02-12"),
        ("the 20th", "2021-12-20", "2022-01-20"),
        # full dates
        ("January 12, 2022", "2022-01-12", "2022-01-12"),
        ("Jan 12 2022", "2022-01-12", "2022-01-12"),
        ("12 January 2022", "2022-01-12", "2022-01-12"),
        ("2022-01-12", "2022-01-12", "2022-01-12"),
        ("2021-11", "2021-11", "2021-11"),
        # offsets
        ("two days ago", "2022-01-11", "2022-01-11"),
        ("three weeks ago", "2021-12-23", "2021-12-23"),
        ("a week ago", "2022-01-06", "2022-01-06"),
        ("two months ago", "2021-11", "2021-11"),
        ("a year ago", "2021", "2021"),
        ("in two days", "2022-01-15", "2022-01-15"),
        ("in 3 weeks", "2022-02-03", "2022-02-03"),
    ],
)
def test_resolves_against_a_thursday_dateline(expression: str, past: str, future: str) -> None:
    assert resolve_date(expression, THURSDAY) == past
    assert resolve_date(expression, THURSDAY, future=True) == future


@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        ("last month", date(2022, 1, 3), "2021-12"),  # January: the previous December, previous year
        ("next month", date(2021, 12, 30), "2022-01"),
        ("yesterday", date(2024, 3, 1), "2024-02-29"),  # leap year
        ("yesterday", date(2023, 3, 1), "2023-02-28"),
        ("tomorrow", date(2021, 12, 31), "2022-01-01"),
        ("last week", date(2022, 2, 3), "2022-01"),  # 24-30 January: one month
        ("this week", date(2022, 2, 3), "2022"),  # 31 January-6 February: two months, one year
        ("last week", date(2022, 1, 4), None),  # 27 December-2 January: two years
        ("this weekend", date(2022, 1, 3), "2022-01"),  # Monday: the weekend just past, 1-2 January
        ("this weekend", date(2023, 1, 2), None),  # Monday: 31 December-1 January, two years
        ("next weekend", date(2022, 12, 29), None),
        ("this weekend", date(2022, 1, 15), "2022-01"),  # Saturday: this very weekend
        ("Feb. 29", date(2023, 6, 1), "2020-02-29"),  # the most recent 29 February
        ("on Friday", date(2022, 1, 1), "2021-12-31"),
        ("in December", date(2022, 1, 13), "2021-12"),
        ("the 31st", date(2022, 3, 15), "2022-01-31"),  # February has no 31st: the month before it
    ],
)
def test_calendar_boundaries(expression: str, anchor: date, expected: str | None) -> None:
    assert resolve_date(expression, anchor) == expected


def test_a_datetime_anchor_counts_as_its_date() -> None:
    assert resolve_date("yesterday", datetime(2022, 1, 13, 23, 59)) == "2022-01-12"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("January 12, 2022", "2022-01-12"),
        ("2022-01-12", "2022-01-12"),
        ("in 2021", "2021"),
        ("May 2020", "2020-05"),
        ("on Wednesday", None),
        ("yesterday", None),
        ("last month", None),
        ("January 12", None),
        ("the 12th", None),
        ("two days ago", None),
    ],
)
def test_without_an_anchor_only_absolute_dates_resolve(expression: str, expected: str | None) -> None:
    assert resolve_date(expression, None) == expected


@pytest.mark.parametrize(
    "expression",
    [
        "",
        "   ",
        "recently",
        "in recent days",
        "soon",
        "the 1990s",
        "1/12/2022",  # day or month first: ambiguous
        "Feb 30",
        "2022-02-30",
        "2022-13",
        "12",
        "in 99999 days",
        "Wednesdays and Thursdays",
        "next Funday",
        "\x00\ud800",
        "the 45th",
    ],
)
def test_odd_text_gives_none(expression: str) -> None:
    assert resolve_date(expression, THURSDAY) is None


def test_far_offsets_do_not_overflow() -> None:
    assert resolve_date("999 years ago", date(1, 1, 1)) is None
    assert resolve_date("yesterday", date(1, 1, 1)) is None
