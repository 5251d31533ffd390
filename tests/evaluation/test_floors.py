"""The pinned floors: well-formed, and the figures under them found."""

from __future__ import annotations

import pytest

from strife.evaluation import EVALUATIONS
from strife.evaluation.floors import FLOORS, floor_map, under_floor


def test_floors_name_known_evaluations_once() -> None:
    assert {e for e, _, _ in FLOORS} <= set(EVALUATIONS)
    assert len(floor_map()) == len(FLOORS)
    assert all(0.0 < floor < 1.0 for _, _, floor in FLOORS)


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ({"plover": {"type_accuracy": 0.99}}, []),
        ({"plover": {"type_accuracy": 0.10}}, [("plover", "type_accuracy", 0.10)]),
        ({}, []),  # an evaluation not run is not under its floor
    ],
)
def test_under_floor(results: dict[str, dict[str, float]], expected: list[tuple[str, str, float]]) -> None:
    assert [(e, f, v) for e, f, v, _ in under_floor(results)] == expected
