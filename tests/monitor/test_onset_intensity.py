"""The onset and intensity detectors: material conflict after a covered calm, a turn from cooperation
to hostility, noise, and too little history. Pure functions: no store."""

from __future__ import annotations

import numpy as np
import pytest

from strife.monitor.detectors import Detection, IntensityRule, OnsetRule, intensity_drop, onset


def statuses(found: list[Detection]) -> list[tuple[int, str]]:
    return [(d.index, d.status) for d in found]


# --- onset --------------------------------------------------------------------------------------


def test_onset_fires_on_the_first_day_after_a_covered_calm_and_not_again() -> None:
    material = [0] * 31 + [2, 3, 2]  # a calm month, then three days of attacks
    articles = [3] * 34
    [found] = onset(material, articles)
    assert (found.index, found.status, found.value, found.baseline) == (31, "alert", 2.0, 0.0)
    assert found.score == 31 and found.history == 31  # quiet days before it


def test_onset_after_weeks_without_any_fires_again() -> None:
    material = [0] * 30 + [1] + [0] * 40 + [1] + [0] * 10 + [1]
    found = onset(material, [1] * len(material))
    assert statuses(found) == [(30, "alert"), (71, "alert")]  # the third is 10 days after the second
    assert found[1].score == 40


@pytest.mark.parametrize(
    ("material", "articles", "expected"),
    [
        pytest.param([0] * 10 + [2], [1] * 11, [(10, "insufficient history")], id="a-new-store"),
        pytest.param(
            [0] * 40 + [2], [1] * 15 + [0] * 14 + [1] * 12, [(40, "insufficient history")], id="a-gap"
        ),
        pytest.param([0] * 42 + [2], [1, 0, 0, 0, 0, 0, 0] * 6 + [1], [(42, "alert")], id="weekly-coverage"),
        pytest.param([1] * 50, [1] * 50, [(0, "insufficient history")], id="always-fighting"),
        pytest.param([0] * 50, [1] * 50, [], id="never"),
    ],
)
def test_onset_needs_a_calm_the_store_covered(
    material: list[int], articles: list[int], expected: list[tuple[int, str]]
) -> None:
    assert statuses(onset(material, articles)) == expected


def test_onset_settings() -> None:
    material = [0] * 20 + [1, 0, 0, 3]
    assert statuses(onset(material, [1] * 24, OnsetRule(quiet=14))) == [(20, "alert")]
    assert statuses(onset(material, [1] * 24, OnsetRule(quiet=14, min_count=2))) == []  # day 23: not quiet
    with pytest.raises(ValueError, match="unusable"):
        OnsetRule(quiet=5, block=7)


# --- intensity ----------------------------------------------------------------------------------


def goldstein(days: list[list[float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per day: the sum of the scores, of their squares, and how many."""
    return (
        np.array([sum(d) for d in days]),
        np.array([sum(x * x for x in d) for d in days]),
        np.array([len(d) for d in days]),
    )


def test_cooperation_turning_to_hostility_fires_with_one_event() -> None:
    rng = np.random.default_rng(1)
    calm = [list(rng.choice([1.0, 3.4, 6.4, 8.0], size=rng.integers(1, 3))) for _ in range(30)]
    sums, squares, counts = goldstein([*calm, [-10.0]])
    found = intensity_drop(sums, squares, counts)
    assert statuses(found) == [(30, "alert")]
    assert found[0].value == -10.0 and found[0].baseline is not None and found[0].baseline > 3


def test_a_mildly_critical_day_in_a_mixed_relation_does_not_fire() -> None:
    rng = np.random.default_rng(2)
    mixed = [list(rng.choice([-5.0, -2.0, 1.0, 3.4, 4.0], size=2)) for _ in range(30)]
    assert intensity_drop(*goldstein([*mixed, [-2.0]])) == []


@pytest.mark.parametrize("seed", range(5))
def test_intensity_is_quiet_on_noise(seed: int) -> None:
    """A year of days drawing two to six incidents from one mix of scores: at most one day fires."""
    rng = np.random.default_rng(seed)
    days = [list(rng.choice([-10.0, -4.0, -2.0, 1.0, 3.4, 7.0], size=rng.integers(2, 7))) for _ in range(365)]
    assert len([d for d in intensity_drop(*goldstein(days)) if d.status == "alert"]) <= 1


def test_intensity_needs_history_and_a_baseline() -> None:
    sums, squares, counts = goldstein([[5.0], [6.0], [-10.0]])
    assert statuses(intensity_drop(sums, squares, counts)) == [(2, "insufficient history")]
    few = goldstein([[]] * 20 + [[5.0], [6.0], [-10.0]])
    assert intensity_drop(*few) == []  # covered, but two incidents are no baseline
    not_hostile = goldstein([[5.0], [6.0], [1.0]])
    assert intensity_drop(*not_hostile) == []  # nothing worth a warning either


def test_intensity_settings() -> None:
    calm = [[2.0, 3.0]] * 30
    sums, squares, counts = goldstein([*calm, [-5.0]])
    assert statuses(intensity_drop(sums, squares, counts)) == [(30, "alert")]  # a drop of 7.5
    assert intensity_drop(sums, squares, counts, rule=IntensityRule(min_drop=8)) == []
    with pytest.raises(ValueError, match="unusable"):
        IntensityRule(min_baseline=1)
