"""The escalation detectors on synthetic timelines: a calm spell then a surge, noise only, a slow
drift, zeros and short histories. Pure functions: no store."""

from __future__ import annotations

import math

import numpy as np
import pytest

from strife.monitor.detectors import (
    ChangeRule,
    Detection,
    SurpriseRule,
    change_false_alarm_rate,
    change_level,
    surprise,
    tail_scores,
)


def calm_then_surge(calm: float, days: int, surge_at: int, surge: list[int], seed: int) -> np.ndarray:
    values = np.random.default_rng(seed).poisson(calm, days)
    values[surge_at : surge_at + len(surge)] = surge
    return values


def alerted(found: list[Detection]) -> list[Detection]:
    """The detections that fired (not those with too little history)."""
    return [d for d in found if d.status == "alert"]


def indices(found: list[Detection]) -> list[int]:
    return [d.index for d in alerted(found)]


# --- surprise (daily) ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("calm", "surge"),
    [
        pytest.param(0.0, [4], id="silent-dyad-flares"),
        pytest.param(0.3, [8, 9], id="rare-then-two-days"),
        pytest.param(1.0, [12, 14, 12], id="low-then-three-days"),
        pytest.param(5.0, [25], id="busy-then-five-fold"),
        pytest.param(20.0, [60], id="very-busy-then-triple"),
    ],
)
def test_surprise_fires_on_the_surge_days_and_not_before(calm: float, surge: list[int]) -> None:
    firsts = []
    for seed in range(5):
        values = calm_then_surge(calm, 200, 150, surge, seed)
        found = indices(surprise(values))
        assert found, f"seed {seed}: the surge was missed"
        assert set(found) <= set(range(150, 150 + len(surge))), f"seed {seed}: fired on {found}"
        firsts.append(found[0])
    assert firsts.count(150) >= 4  # nearly always on its first day


def test_surprise_measures_later_surge_days_against_the_calm_before() -> None:
    """The 2-day guard band: the second and third days are not hidden by the first."""
    values = [1, 0, 2, 1] * 20 + [12, 12, 12, 12] + [1] * 10
    assert indices(surprise(values)) == [80, 81, 82]  # the fourth day's baseline holds the first
    assert indices(surprise(values, SurpriseRule(guard=0))) == [80]


def test_surprise_reports_the_baseline_and_a_score_that_grows_with_the_surge() -> None:
    calm = np.ones(60, dtype=int)
    small, large = surprise(np.append(calm, 8)), surprise(np.append(calm, 16))
    assert [d.index for d in small] == [d.index for d in large] == [60]
    assert small[0].value == 8 and small[0].baseline == pytest.approx(56.5 / 56)  # the 56 days, +0.5
    assert large[0].score > small[0].score >= SurpriseRule().threshold


@pytest.mark.parametrize("mean", [0.05, 0.2, 0.5, 1, 2, 3, 5, 8, 13, 30])
def test_surprise_stays_silent_on_poisson_noise(mean: float) -> None:
    rng = np.random.default_rng(int(mean * 100))
    for _ in range(10):  # ten series of two years each
        assert alerted(surprise(rng.poisson(mean, 730))) == []


@pytest.mark.parametrize(("mean", "shape"), [(2.0, 1.0), (5.0, 2.0), (10.0, 4.0)])
def test_surprise_false_alarms_on_overdispersed_noise_are_rare(mean: float, shape: float) -> None:
    """Counts from a gamma-Poisson mixture (bursty news days): at most one day in 2,000 fires."""
    rng = np.random.default_rng(7)
    days = fired = 0
    for _ in range(20):
        values = rng.poisson(rng.gamma(shape, mean / shape, 730))
        fired += len(alerted(surprise(values)))
        days += 730 - SurpriseRule().min_history
    assert fired / days <= 1 / 2000


@pytest.mark.parametrize(("start", "end"), [(1.0, 10.0), (2.0, 30.0), (0.2, 4.0)])
def test_surprise_does_not_chase_a_slow_drift(start: float, end: float) -> None:
    """A rate rising steadily over a year: the trailing baseline follows it, no day fires."""
    rng = np.random.default_rng(11)
    for _ in range(5):
        values = rng.poisson(np.linspace(start, end, 365))
        assert len(alerted(surprise(values))) <= 1


@pytest.mark.parametrize(
    ("values", "history"),
    [
        pytest.param([], None, id="empty"),
        pytest.param([0] * 400, None, id="all-zeros"),
        pytest.param([9], 0, id="one-day"),
        pytest.param([0] * 10 + [50], 8, id="short-history"),  # 10 days less the 2-day guard
        pytest.param([0] * 15 + [50], 13, id="one-day-short"),
    ],
)
def test_surprise_says_insufficient_history(values: list[int], history: int | None) -> None:
    found = surprise(values)
    if history is None:
        assert found == []
    else:
        [short] = found
        assert (short.index, short.status, short.history) == (
            len(values) - 1,
            "insufficient history",
            history,
        )
        assert short.baseline is None and short.score is None


def test_surprise_with_just_enough_history_fires() -> None:
    assert indices(surprise([0] * 16 + [5])) == [16]  # 14 days of baseline, then the 2-day guard
    assert indices(surprise([0] * 30 + [5])) == [30]


def test_surprise_needs_the_minimum_count() -> None:
    """Two events after a long silence are improbable, but under the minimum of three."""
    assert surprise([0] * 100 + [2]) == []
    assert indices(surprise([0] * 100 + [2], SurpriseRule(min_count=2, threshold=3))) == [100]


def test_tail_scores_match_poisson_and_negative_binomial() -> None:
    values = np.array([5.0, 5.0])
    mean = np.array([1.0, 1.0])
    scores = tail_scores(values, mean, np.array([1.0, 3.0]))
    poisson = -math.log10(1 - sum(math.exp(-1) / math.factorial(k) for k in range(5)))
    assert scores[0] == pytest.approx(poisson)
    assert scores[1] < scores[0]  # the same value is less surprising with overdispersion


# --- change level (weekly) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("weeks", "expected"),
    [
        pytest.param([3] * 60 + [12], [60], id="four-fold"),
        pytest.param([3] * 60 + [6], [60], id="exactly-twice-and-the-minimum"),
        pytest.param([3] * 60 + [5], [], id="twice-but-under-the-minimum"),
        pytest.param([10] * 60 + [19], [], id="under-twice"),
        pytest.param([0] * 60 + [6], [60], id="from-nothing"),
        pytest.param([2] * 50 + [10] * 4 + [15], [50, 51], id="short-norm-catches-up"),
        pytest.param([10] * 50 + [1] * 4 + [12], [], id="long-norm-still-high"),
    ],
)
def test_change_level_rule(weeks: list[int], expected: list[int]) -> None:
    assert indices(change_level(weeks)) == expected


def test_change_level_reports_both_norms_larger_as_baseline() -> None:
    [found] = change_level([1] * 48 + [4] * 4 + [12])
    assert found.index == 52
    assert found.baseline == pytest.approx(4.0)  # the 4-week norm; the 52-week one is (48 + 16) / 52
    assert found.score == pytest.approx(3.0)
    [zero] = change_level([0] * 10 + [7])
    assert (zero.baseline, zero.score) == (0.0, 14.0)  # a norm under 0.5 counts as 0.5


@pytest.mark.parametrize(
    ("weeks", "history"),
    [
        pytest.param([], None, id="empty"),
        pytest.param([40], 0, id="one-week"),
        pytest.param([0, 0, 0, 40], 3, id="three-weeks-of-history"),
        pytest.param([0] * 200, None, id="all-zeros"),
    ],
)
def test_change_level_says_insufficient_history(weeks: list[int], history: int | None) -> None:
    found = change_level(weeks)
    assert [(d.status, d.history) for d in found] == (
        [] if history is None else [("insufficient history", history)]
    )


def test_change_level_with_just_enough_history_fires() -> None:
    assert indices(change_level([0, 0, 0, 0, 40])) == [4]


@pytest.mark.parametrize("mean", [0.5, 2.0, 3.0, 5.0, 10.0, 40.0])
def test_change_level_false_alarms_on_noise_match_the_documented_rate(mean: float) -> None:
    """On weekly Poisson noise the rule fires about as often as :func:`change_false_alarm_rate`
    says (never above 9% of weeks), and not at all from a mean of 10 up."""
    rate = change_false_alarm_rate(mean)
    assert rate <= 0.09
    rng = np.random.default_rng(int(mean * 10))
    weeks = fired = 0
    for _ in range(50):
        values = rng.poisson(mean, 156)
        fired += len(alerted(change_level(values)))
        weeks += 156 - ChangeRule().min_history
    observed = fired / weeks
    assert observed <= rate * 1.5 + 0.003
    if mean >= 10:
        assert observed < 0.005


def test_change_false_alarm_rate_peaks_near_three_a_week() -> None:
    rates = {mean: change_false_alarm_rate(mean) for mean in np.arange(0.5, 20.5, 0.5)}
    worst = max(rates, key=lambda m: rates[m])
    assert 2.5 <= worst <= 3.5
    assert rates[worst] == pytest.approx(0.084, abs=0.002)


@pytest.mark.parametrize(("start", "end"), [(7.0, 70.0), (14.0, 210.0)])
def test_change_level_does_not_fire_on_a_slow_drift(start: float, end: float) -> None:
    """Weekly counts rising tenfold over two years: a gradual rise is not a surge. What fires is
    the noise of the first, low weeks (at most 2% of weeks, and never in the second year)."""
    rng = np.random.default_rng(3)
    fired: list[int] = []
    for _ in range(10):
        fired += indices(change_level(rng.poisson(np.linspace(start, end, 104))))
    assert len(fired) <= 0.02 * 10 * 100
    assert all(week < 52 for week in fired)


@pytest.mark.parametrize(
    "rule",
    [
        lambda: ChangeRule(ratio=1.0),
        lambda: ChangeRule(min_count=0),
        lambda: ChangeRule(short=60, long=52),
        lambda: SurpriseRule(window=1),
        lambda: SurpriseRule(threshold=0),
    ],
)
def test_unusable_settings_are_refused(rule: object) -> None:
    with pytest.raises(ValueError, match="unusable"):
        rule()  # type: ignore[operator]
