"""The count detectors read against the articles stored per period (exposure), and the surprise
detector's prior: growing coverage with a constant share of conflict does not fire, a surge does,
a short history is read with the prior. Pure functions: no store."""

from __future__ import annotations

import numpy as np
import pytest

from strife.monitor.detectors import ChangeRule, Detection, SurpriseRule, change_level, surprise


def alerted(found: list[Detection]) -> list[int]:
    return [d.index for d in found if d.status == "alert"]


def weekly(daily: np.ndarray) -> np.ndarray:
    return daily[: daily.size // 7 * 7].reshape(-1, 7).sum(axis=1)


@pytest.mark.parametrize("seed", range(5))
def test_growing_coverage_with_a_constant_share_of_conflict_does_not_fire(seed: int) -> None:
    """Articles per day grow twentyfold over a year (from 5 to 100), one in five reports conflict:
    the raw counts climb, the rate does not. Read against the articles, nothing fires; read raw,
    the change rule fires on the growth."""
    rng = np.random.default_rng(seed)
    articles = np.round(np.geomspace(5, 100, 365)).astype(int)
    conflict = rng.binomial(articles, 0.2)
    assert alerted(surprise(conflict, exposure=articles)) == []
    assert alerted(change_level(weekly(conflict), exposure=weekly(articles))) == []


@pytest.mark.parametrize("seed", range(5))
def test_a_jump_in_coverage_is_not_a_surge(seed: int) -> None:
    """A new outlet quintuples the articles from one day on, conflict stays one report in ten: raw
    counts jump fivefold (and fire the weekly change rule), the rate does not (nothing fires)."""
    rng = np.random.default_rng(100 + seed)
    articles = np.where(np.arange(200) < 120, 20, 100)
    conflict = rng.binomial(articles, 0.1)
    assert alerted(surprise(conflict, exposure=articles)) == []
    assert alerted(change_level(weekly(conflict), exposure=weekly(articles))) == []
    assert 17 in alerted(change_level(weekly(conflict)))  # raw counts: the week of day 120 fires


def test_a_surge_in_the_share_of_conflict_fires_against_the_articles() -> None:
    rng = np.random.default_rng(3)
    articles = rng.integers(30, 60, 150)
    conflict = rng.binomial(articles, 0.05)
    conflict[140] = articles[140] // 2  # half the day's articles report conflict
    assert alerted(surprise(conflict, exposure=articles)) == [140]
    [found] = [d for d in surprise(conflict, exposure=articles) if d.status == "alert"]
    assert found.baseline == pytest.approx(0.05 * articles[140], rel=0.35)  # the expected count


def test_expected_counts_follow_the_articles_of_the_period() -> None:
    """The same count is ordinary on a busy day and a surge on a quiet one."""
    articles = np.array([10] * 60 + [10])
    conflict = np.array([1] * 60 + [8])
    assert alerted(surprise(conflict, exposure=articles)) == [60]
    busy = articles.copy()
    busy[60] = 80  # eight times the articles: eight expected
    assert alerted(surprise(conflict, exposure=busy)) == []
    weeks = np.array([4] * 20 + [12])
    assert alerted(change_level(weeks, exposure=np.array([40] * 20 + [40]))) == [20]
    assert alerted(change_level(weeks, exposure=np.array([40] * 20 + [120]))) == []


def test_periods_without_articles_are_not_history() -> None:
    """Days nobody read are no quiet days: a baseline needs covered days."""
    articles = np.array([0] * 40 + [10] * 8 + [10])
    conflict = np.array([0] * 48 + [9])
    [short] = surprise(conflict, exposure=articles)
    assert (short.status, short.history) == ("insufficient history", 6)  # 8 covered days less the guard
    covered = np.array([10] * 48 + [10])
    assert alerted(surprise(conflict, exposure=covered)) == [48]


def test_a_day_with_events_but_no_articles_takes_the_usual_articles() -> None:
    """Events dated on a day nothing was published (reported the next day) are not divided by 0."""
    articles = np.array([10] * 60 + [0])
    conflict = np.array([1] * 60 + [2])
    assert alerted(surprise(conflict, exposure=articles)) == []
    assert alerted(change_level(np.array([5] * 10 + [6]), exposure=np.array([10] * 10 + [0]))) == []


def test_exposures_must_match_the_values() -> None:
    with pytest.raises(ValueError, match="3 exposures for 2 values"):
        surprise([1, 2], exposure=[1, 1, 1])


# --- the prior ----------------------------------------------------------------------------------


def test_a_short_history_is_read_with_the_prior() -> None:
    """Two weeks of history: a busy series' prior keeps an ordinary day quiet, a quiet one's lets a
    jump fire; with more history the series' own rate wins."""
    history = [3] * 16
    assert alerted(surprise([*history, 9], prior_rate=3.0)) == []
    assert alerted(surprise([0] * 16 + [6], prior_rate=0.05)) == [16]
    # the same jump against a prior of a busy series: the posterior expects more, so less surprise
    quiet = surprise([0] * 16 + [6], prior_rate=0.05)[0].score
    busy = surprise([0] * 16 + [6], prior_rate=2.0)
    assert quiet is not None and (not busy or (busy[0].score or 0) < quiet)


def test_the_prior_weighs_less_as_history_grows() -> None:
    rule = SurpriseRule()
    short = surprise([0] * 16 + [12], rule, prior_rate=1.0)
    long = surprise([0] * 58 + [12], rule, prior_rate=1.0)
    assert short[0].baseline is not None and long[0].baseline is not None
    assert long[0].baseline < short[0].baseline  # 56 quiet days pull the expectation down more


def test_without_a_prior_the_baseline_is_the_history_plus_half_an_event() -> None:
    calm = np.ones(60, dtype=int)
    [found] = surprise(np.append(calm, 8))
    assert found.baseline == pytest.approx(56.5 / 56)


@pytest.mark.parametrize(
    "rule",
    [
        lambda: SurpriseRule(prior_weight=-1),
        lambda: ChangeRule(min_history=0),
        lambda: ChangeRule(min_history=60),
    ],
)
def test_unusable_settings_are_refused(rule: object) -> None:
    with pytest.raises(ValueError, match="unusable"):
        rule()  # type: ignore[operator]
