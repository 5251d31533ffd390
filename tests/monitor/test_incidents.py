"""Incident grouping: reports of one real-world event across a story's articles count once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from strife.monitor.incidents import group_incidents, realisation
from strife.store.story_rows import EventReport


def report(
    article: str,
    idx: int = 0,
    *,
    source: str | None = "RUS",
    target: str | None = "EST",
    root: str = "17",
    modality: str = "asserted",
    date: str | None = None,
    day: int | None = 2,
    outlet: str | None = None,
) -> EventReport:
    published = datetime(2026, 3, day, 9, tzinfo=UTC) if day is not None else None
    return EventReport(
        article, idx, source, target, root, modality, date, published, outlet or article.upper()
    )


STORY = {"a": "s1", "b": "s1", "c": "s1", "d": "s2"}


def sizes(reports: list[EventReport], story_of: dict[str, str] = STORY) -> list[tuple[str, ...]]:
    return sorted(i.events for i in group_incidents(reports, story_of))


@pytest.mark.parametrize(
    ("reports", "expected"),
    [
        # Three outlets report one seizure: one incident.
        ([report("a"), report("b", day=3), report("c")], [("a#0", "c#0", "b#0")]),
        # The same act in another story is another incident.
        ([report("a"), report("d")], [("a#0",), ("d#0",)]),
        # Other target, other root, other realisation: separate incidents.
        ([report("a"), report("b", target="LVA")], [("a#0",), ("b#0",)]),
        ([report("a"), report("b", root="13")], [("a#0",), ("b#0",)]),
        ([report("a", modality="conditional"), report("b")], [("a#0",), ("b#0",)]),
        # Conditional and future are both "not (yet) real": one incident.
        ([report("a", modality="conditional"), report("b", modality="future")], [("a#0", "b#0")]),
        # Dated differently in the text: two incidents; an undated report joins the nearest date.
        (
            [
                report("a", date="2026-03-01"),
                report("b", date="2026-03-05"),
                report("c", day=6),
            ],
            [("a#0",), ("b#0", "c#0")],
        ),
        # Month precision is not a date to split on.
        ([report("a", date="2026-03"), report("b")], [("a#0", "b#0")]),
    ],
)
def test_grouping(reports: list[EventReport], expected: list[tuple[str, ...]]) -> None:
    assert sizes(reports) == sorted(expected)


def test_corroboration_counts_articles_outlets_and_the_first_report() -> None:
    reports = [
        report("b", day=3, outlet="Reuters"),
        report("a", idx=1, day=2, outlet="TASS"),
        report("a", idx=2, day=2, outlet="TASS"),
        report("c", day=2, outlet="reuters"),
    ]
    [incident] = group_incidents(reports, STORY)
    assert (incident.articles, incident.outlets) == (3, 2)
    assert (incident.first_article_id, incident.first_outlet) == ("a", "TASS")
    assert incident.first_seen == datetime(2026, 3, 2, 9, tzinfo=UTC)
    assert incident.story_id == "s1"
    assert incident.events == ("a#1", "a#2", "c#0", "b#0")


def test_article_outside_any_story_is_its_own_and_undated_reports_sort_last() -> None:
    [incident] = group_incidents([report("x", day=None), report("x", idx=1)], {})
    assert incident.story_id is None
    assert incident.events == ("x#1", "x#0")


def test_ids_are_stable_and_distinct() -> None:
    reports = [report("a"), report("b", target="LVA"), report("d")]
    first = [i.id for i in group_incidents(reports, STORY)]
    again = [i.id for i in group_incidents(list(reversed(reports)), STORY)]
    assert first == again and len(set(first)) == 3
    assert all(i.startswith("i-") and len(i) == 14 for i in first)


@pytest.mark.parametrize(
    ("modality", "expected"),
    [
        ("asserted", "asserted"),
        ("negated", "negated"),
        ("hypothetical", "unrealised"),
        ("intended", "unrealised"),
    ],
)
def test_realisation(modality: str, expected: str) -> None:
    assert realisation(modality) == expected
