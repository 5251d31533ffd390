"""Escalation detectors: pure functions over a series of counts, no store, no calendar.

Each takes the counts in time order (one value per period, oldest first) and returns a
:class:`Detection` for every period that fires: its position, the value, the baseline it was
measured against and a score. A period fires only with enough history before it, so a short or
empty series gives nothing, never an error.

**Change level** (:func:`change_level`, :class:`ChangeRule`), after ACLED's early-warning change
maps and surge tracker: a period is measured against two norms, the mean of the ``short`` (4)
periods before it and the mean of the ``long`` (52) periods before it (fewer when the history is
shorter, but at least ``min_history``, 4). It fires when

    value >= min_count  and  value >= ratio * norm_short  and  value >= ratio * norm_long

with ``ratio`` 2 (ACLED's surge: an increase of 100% or more) and ``min_count`` 6 (ACLED calls a
week of five events or fewer "limited change" whatever the baseline). ``baseline`` is the larger
norm, ``score`` the value over it (a norm below 0.5 counts as 0.5). Meant for weekly counts. It is
a rule of thumb, not a test: on pure Poisson noise it fires in some periods, most often when the
mean is near 3 a period, where ``P(X >= 6) = 8.4%`` (:func:`change_false_alarm_rate` gives the
rate for any mean; under 2% below a mean of 2 and from a mean of 8 up).

**Surprise** (:func:`surprise`, :class:`SurpriseRule`): how unlikely the value is under the recent
past, as a negative-binomial tail probability. The baseline is the ``window`` (56) periods before,
less the ``guard`` (2) periods just before (a guard band, as in CDC's EARS C2, so that the second and
third days of a surge are measured against the calm before it, not against its first day); at least
``min_history`` (28) of them must exist. From their mean ``m`` and variance ``s²``: the expected
count ``mu = (sum + 0.5) / n`` (half an event added, so a silent history still expects a little),
and the variance ``phi * mu * (1 + 1/n)`` with the overdispersion ``phi = max(1, s² / m)`` (the
history's own burstiness; ``1/n`` is the uncertainty of ``mu`` itself). With ``phi`` 1 that is a
Poisson law, else a negative binomial of that mean and variance. ``score = -log10 P(X >= value)``;
the period fires when ``score >= threshold`` (4.5: one chance in about 30,000) and
``value >= min_count`` (3). Meant for daily counts. Measured on two-year series (``tests/monitor``):
on Poisson noise of means 0.05 to 30 about one false alarm in 70,000 days; on bursty
gamma-Poisson noise about one in 5,000; a day of 6 after a calm of 0.3 a day, or of 9 after 1 a
day, fires three times in four.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from scipy import stats

__all__ = [
    "ChangeRule",
    "Detection",
    "SurpriseRule",
    "change_false_alarm_rate",
    "change_level",
    "surprise",
]

Counts = Sequence[int] | Sequence[float] | NDArray[np.integer] | NDArray[np.floating]

#: A norm below this counts as this in the change-level score (no division by zero).
_NORM_FLOOR = 0.5
#: Added to a surprise baseline's sum, so that a history of zeros expects a little above zero.
_PRIOR_EVENTS = 0.5
_LN10 = math.log(10)


@dataclass(frozen=True)
class Detection:
    """One period that fired: ``index`` into the series, its ``value``, the ``baseline`` it was
    measured against (the larger norm, or the expected count) and the detector's ``score``."""

    index: int
    value: float
    baseline: float
    score: float


@dataclass(frozen=True)
class ChangeRule:
    """The change-level rule's settings (see the module docs)."""

    ratio: float = 2.0
    min_count: int = 6
    short: int = 4
    long: int = 52
    min_history: int = 4

    def __post_init__(self) -> None:
        if self.ratio <= 1 or self.min_count < 1 or not 1 <= self.short <= self.long:
            raise ValueError(
                f"unusable change rule {self}: need ratio > 1, min_count >= 1, 1 <= short <= long"
            )
        if self.min_history < 1:
            raise ValueError(f"unusable change rule {self}: need min_history >= 1")


@dataclass(frozen=True)
class SurpriseRule:
    """The surprise detector's settings (see the module docs)."""

    window: int = 56
    guard: int = 2
    min_history: int = 28
    threshold: float = 4.5
    min_count: int = 3

    def __post_init__(self) -> None:
        if not 2 <= self.min_history <= self.window or self.guard < 0:
            raise ValueError(f"unusable surprise rule {self}: need 2 <= min_history <= window, guard >= 0")
        if self.threshold <= 0 or self.min_count < 1:
            raise ValueError(f"unusable surprise rule {self}: need threshold > 0, min_count >= 1")


def change_level(values: Counts, rule: ChangeRule | None = None) -> list[Detection]:
    """The periods where the value is at least ``ratio`` times both norms (see the module docs)."""
    rule = rule or ChangeRule()
    x = np.asarray(values, dtype=float)
    before = np.concatenate(([0.0], np.cumsum(x)))  # before[t] = sum of x[:t]
    found: list[Detection] = []
    for t in map(int, np.flatnonzero(x >= rule.min_count)):
        if t < rule.min_history:
            continue
        short = (before[t] - before[t - min(t, rule.short)]) / min(t, rule.short)
        n_long = min(t, rule.long)
        long = (before[t] - before[t - n_long]) / n_long
        if x[t] >= rule.ratio * short and x[t] >= rule.ratio * long:
            baseline = max(short, long)
            found.append(Detection(t, float(x[t]), float(baseline), float(x[t] / max(baseline, _NORM_FLOOR))))
    return found


def surprise(values: Counts, rule: SurpriseRule | None = None) -> list[Detection]:
    """The periods whose value is improbably high given the ``window`` before (see the module docs)."""
    rule = rule or SurpriseRule()
    x = np.asarray(values, dtype=float)
    candidates = np.flatnonzero(x >= rule.min_count)
    candidates = candidates[candidates - rule.guard >= rule.min_history]
    if candidates.size == 0:
        return []
    before = np.concatenate(([0.0], np.cumsum(x)))  # before[t] = sum of x[:t]
    squares = np.concatenate(([0.0], np.cumsum(x * x)))
    end = candidates - rule.guard  # the baseline is x[end - n : end]
    start = end - np.minimum(end, rule.window)
    n = (end - start).astype(float)
    total = before[end] - before[start]
    total_sq = squares[end] - squares[start]
    mean = total / n
    var = np.maximum(total_sq - n * mean * mean, 0.0) / (n - 1)
    phi = np.where(mean > 0, np.maximum(var / np.where(mean > 0, mean, 1.0), 1.0), 1.0)
    mu = (total + _PRIOR_EVENTS) / n
    scores = tail_scores(x[candidates], mu, phi * mu * (1 + 1 / n))
    return [
        Detection(int(t), float(x[t]), float(m), float(s))
        for t, m, s in zip(candidates, mu, scores, strict=True)
        if s >= rule.threshold
    ]


def tail_scores(
    values: NDArray[np.floating], mean: NDArray[np.floating], var: NDArray[np.floating]
) -> NDArray[np.floating]:
    """``-log10 P(X >= value)`` for X Poisson (``var <= mean``) or negative binomial of that mean and
    variance, element by element."""
    over = var > mean * (1 + 1e-9)
    log_tail = np.empty_like(values)
    poisson = ~over
    log_tail[poisson] = stats.poisson.logsf(values[poisson] - 1, mean[poisson])
    if over.any():
        p = mean[over] / var[over]
        size = mean[over] * p / (1 - p)  # r = mu^2 / (var - mu)
        log_tail[over] = stats.nbinom.logsf(values[over] - 1, size, p)
    return np.asarray(-log_tail / _LN10, dtype=float)


def change_false_alarm_rate(mean: float, rule: ChangeRule | None = None) -> float:
    """The chance that one period of Poisson noise of this ``mean`` fires the change rule, taking
    both norms at their expected value ``mean`` (what a long history gives)."""
    rule = rule or ChangeRule()
    threshold = max(rule.min_count, math.ceil(rule.ratio * mean - 1e-9))
    return float(stats.poisson.sf(threshold - 1, mean))
