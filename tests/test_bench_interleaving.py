"""The benchmark's interleaved runs (``bench/events_cost.py``): both runs see every chunk, the order
alternates chunk by chunk, the warm-up round is dropped, and the clock is the one given (CPU time
for ``bench/cpu_ratio.py``)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.fixture(scope="module")
def events_cost() -> Iterator[ModuleType]:
    sys.path.insert(0, str(BENCH))  # the bench scripts import each other by name
    try:
        yield importlib.import_module("events_cost")
    finally:
        sys.path.remove(str(BENCH))


class TickClock:
    """A clock that moves one second at each reading, plus what a run adds to it."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 1.0
        return self.now


@pytest.mark.parametrize(
    ("items", "chunk", "order"),
    [
        (list(range(6)), 2, ["A", "B", "B", "A", "A", "B"]),
        (list(range(5)), 2, ["A", "B", "B", "A", "A", "B"]),
        (list(range(3)), 5, ["A", "B"]),
    ],
)
def test_chunks_alternate_and_every_item_goes_through_both(
    events_cost: ModuleType, items: list[int], chunk: int, order: list[str]
) -> None:
    seen: list[str] = []
    given: dict[str, list[int]] = {"A": [], "B": []}

    def run(name: str) -> Callable[[list[int]], None]:
        def go(part: list[int]) -> None:
            seen.append(name)
            given[name].extend(part)

        return go

    rounds: list[int] = []
    events_cost._interleaved_runs([run("A"), run("B")], items, chunk, 1, lambda: rounds.append(1))
    assert seen[: len(order)] == order  # the warm-up round
    assert seen[len(order) :] == order  # the timed round: the same order
    assert given["A"] == given["B"] == items * 2
    assert len(rounds) == 2


def test_the_given_clock_times_the_runs_and_the_warm_up_is_dropped(events_cost: ModuleType) -> None:
    clock = TickClock()

    def slow(part: list[int]) -> None:
        clock.now += 10.0 * len(part)

    def quick(part: list[int]) -> None:
        clock.now += 1.0 * len(part)

    slow_s, quick_s = events_cost._interleaved_runs([slow, quick], [1, 2, 3], 2, 3, lambda: None, clock=clock)
    # each chunk costs its items' seconds plus the one second the clock moves at the second reading
    assert slow_s == [32.0, 32.0, 32.0]
    assert quick_s == [5.0, 5.0, 5.0]
