"""Escalation detectors: pure functions over a series of values, no store, no calendar.

Each takes values in time order (one per period, oldest first) and, for the count detectors, the
**exposure** of each period: the number of articles the store holds for it (GDELT's lesson: more
news is not more war). A period with exposure 0 is not *covered* (nobody was reading); without an
exposure every period counts as covered with exposure 1. Each returns a :class:`Detection` for every
period that fires — its position, value, baseline and score — and, for a period that could have
fired but has too little covered history before it, a Detection with ``status`` ``"insufficient
history"`` (no baseline, no score) instead of a score against a baseline of 0.

**Onset** (:func:`onset`, :class:`OnsetRule`): material conflict or threats where there were none.
A period with at least ``min_count`` (1) incidents fires when the ``quiet`` (28) periods before it
hold none, and the store covered every block of ``block`` (7) periods of that quiet span (so a new
store, or one with a gap, is not taken for a quiet one). ``score`` is the number of quiet periods
before it (to the previous incident, or to the start of the series), ``baseline`` 0.

**Change level** (:func:`change_level`, :class:`ChangeRule`), after ACLED's change maps and surge
tracker: a period is measured against two norms, the rate (value per unit of exposure) of the
``short`` (4) periods before it and that of the ``long`` (52) periods before it, each times the
period's exposure (the count the norm expects). It fires when

    value >= min_count  and  value >= ratio * expected_short  and  value >= ratio * expected_long

with ``ratio`` 2 (ACLED's surge) and ``min_count`` 6 (ACLED calls five events or fewer "limited
change"), once ``min_history`` (4) covered periods precede it. ``baseline`` is the larger expected
count, ``score`` the value over it (a baseline under 0.5 counts as 0.5). With equal exposures the
norms are plain means. Meant for weekly counts. A rule of thumb, not a test: on Poisson noise it
fires most often near a mean of 3, where ``P(X >= 6) = 8.4%`` (:func:`change_false_alarm_rate`).

**Surprise** (:func:`surprise`, :class:`SurpriseRule`): how unlikely the value is given the recent
past, as a negative-binomial tail probability. The baseline is the ``window`` (56) periods before,
less the ``guard`` (2) just before (a guard band, as in CDC's EARS C2, so that a surge's second and
third days are measured against the calm before it); at least ``min_history`` (14) of them must be
covered. The rate is a gamma-Poisson posterior: ``prior_weight`` (14) periods' worth of exposure at
``prior_rate`` (the pooled rate of the other series, given by the caller; none: no prior) plus half
an event, then the history's counts and exposures, so a short history is read with a prior instead
of alone. The expected count is ``mu = rate * exposure``; its variance ``phi * mu * (1 + exposure /
b)`` with ``b`` the posterior's exposure (the uncertainty of the rate itself) and ``phi`` the
history's overdispersion (Pearson's, at least 1). ``score = -log10 P(X >= value)``; the period fires
when ``score >= threshold`` (4.5: one chance in about 30,000) and ``value >= min_count`` (3). Meant
for daily counts. Measured on two-year series (``tests/monitor``): on Poisson noise of means 0.05 to
30 about one false alarm in 70,000 days; on bursty gamma-Poisson noise about one in 5,000.

**Intensity** (:func:`intensity_drop`, :class:`IntensityRule`): a fall in the mean Goldstein score
of what two actors do to each other, so that cooperation turning to hostility shows even when the
counts are small. A period's mean is compared with the mean of the incidents of the ``window`` (28)
periods before it (at least ``min_baseline`` (3) incidents, ``min_history`` (7) covered periods):
``drop = baseline - mean``, ``score = drop / sqrt(s² / n + s² / n_baseline)`` with ``s`` the
baseline's standard deviation (at least ``sd_floor``, 2 Goldstein points). It fires when ``drop >=
min_drop`` (4) and ``score >= threshold`` (3).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
from numpy.typing import NDArray
from scipy import stats

__all__ = [
    "ChangeRule",
    "Detection",
    "IntensityRule",
    "OnsetRule",
    "Status",
    "SurpriseRule",
    "change_false_alarm_rate",
    "change_level",
    "covered_in",
    "intensity_drop",
    "onset",
    "surprise",
    "tail_scores",
]

Counts = Sequence[int] | Sequence[float] | NDArray[np.integer] | NDArray[np.floating]
Status = Literal["alert", "insufficient history"]
Floats = NDArray[np.float64]

#: An expected count below this counts as this in the change-level score (no division by zero).
_NORM_FLOOR = 0.5
#: Added to a surprise baseline's events, so that a history of zeros expects a little above zero.
_PRIOR_EVENTS = 0.5
_LN10 = math.log(10)


@dataclass(frozen=True)
class Detection:
    """One period that fired (``status`` ``"alert"``) or could not be scored (``"insufficient
    history"``: ``baseline`` and ``score`` are None): ``index`` into the series, its ``value``, the
    ``baseline`` it was measured against (expected count, or mean), the detector's ``score`` and the
    number of covered periods (``history``) the baseline had."""

    index: int
    value: float
    baseline: float | None
    score: float | None
    history: int

    @property
    def status(self) -> Status:
        return "alert" if self.score is not None else "insufficient history"


def _unusable(rule: object, need: str) -> ValueError:
    return ValueError(f"unusable {type(rule).__name__} {rule}: need {need}")


@dataclass(frozen=True)
class OnsetRule:
    """The onset detector's settings (see the module docs)."""

    quiet: int = 28
    block: int = 7
    min_count: int = 1

    def __post_init__(self) -> None:
        if not 1 <= self.block <= self.quiet or self.min_count < 1:
            raise _unusable(self, "1 <= block <= quiet, min_count >= 1")


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
            raise _unusable(self, "ratio > 1, min_count >= 1, 1 <= short <= long")
        if not 1 <= self.min_history <= self.long:
            raise _unusable(self, "1 <= min_history <= long")


@dataclass(frozen=True)
class SurpriseRule:
    """The surprise detector's settings (see the module docs)."""

    window: int = 56
    guard: int = 2
    min_history: int = 14
    threshold: float = 4.5
    min_count: int = 3
    prior_weight: float = 14.0

    def __post_init__(self) -> None:
        if not 2 <= self.min_history <= self.window or self.guard < 0 or self.prior_weight < 0:
            raise _unusable(self, "2 <= min_history <= window, guard >= 0, prior_weight >= 0")
        if self.threshold <= 0 or self.min_count < 1:
            raise _unusable(self, "threshold > 0, min_count >= 1")


@dataclass(frozen=True)
class IntensityRule:
    """The intensity detector's settings (see the module docs)."""

    window: int = 28
    min_history: int = 7
    min_baseline: int = 3
    min_drop: float = 4.0
    threshold: float = 3.0
    sd_floor: float = 2.0

    def __post_init__(self) -> None:
        if not 1 <= self.min_history <= self.window or self.min_baseline < 2:
            raise _unusable(self, "1 <= min_history <= window, min_baseline >= 2")
        if self.min_drop <= 0 or self.threshold <= 0 or self.sd_floor <= 0:
            raise _unusable(self, "min_drop, threshold and sd_floor > 0")


# --- shared pieces ------------------------------------------------------------------------------


def _series(values: Counts, exposure: Counts | None) -> tuple[Floats, Floats]:
    """The values and the exposures as floats; no exposure: 1 each."""
    x = np.asarray(values, dtype=float)
    n = np.ones_like(x) if exposure is None else np.asarray(exposure, dtype=float)
    if n.shape != x.shape:
        raise ValueError(f"{n.size} exposures for {x.size} values; give one per period")
    return x, np.maximum(n, 0.0)


def _sums(x: Floats) -> Floats:
    """``before[t]`` = sum of ``x[:t]``."""
    return np.concatenate(([0.0], np.cumsum(x)))


def covered_in(exposure: Floats, start: NDArray[np.int64], end: NDArray[np.int64]) -> NDArray[np.int64]:
    """How many periods of ``start[k]:end[k]`` have exposure (element by element)."""
    before = _sums((exposure > 0).astype(float))
    return np.asarray(before[end] - before[start], dtype=np.int64)


def _short(index: int, value: float, history: int) -> Detection:
    return Detection(index, value, None, None, history)


# --- onset --------------------------------------------------------------------------------------


def onset(values: Counts, exposure: Counts | None = None, rule: OnsetRule | None = None) -> list[Detection]:
    """The periods with incidents after ``quiet`` covered periods with none (see the module docs)."""
    rule = rule or OnsetRule()
    x, n = _series(values, exposure)
    found: list[Detection] = []
    previous = -1  # the last period with an incident so far
    for t in map(int, np.flatnonzero(x > 0)):
        quiet, previous = t - previous - 1, t
        if x[t] < rule.min_count or (quiet < rule.quiet and quiet < t):
            continue  # too few, or an incident within the quiet span
        if _covered_blocks(n, t, rule):
            found.append(Detection(t, float(x[t]), 0.0, float(quiet), quiet))
        else:
            lo = max(t - rule.quiet, 0)
            found.append(_short(t, float(x[t]), int(np.count_nonzero(n[lo:t] > 0))))
    return found


def _covered_blocks(n: Floats, t: int, rule: OnsetRule) -> bool:
    """Whether each block of ``rule.block`` periods of the ``quiet`` ones before ``t`` has exposure."""
    if t < rule.quiet:
        return False
    span = n[t - rule.quiet : t] > 0
    return all(span[i : i + rule.block].any() for i in range(0, rule.quiet, rule.block))


# --- change level -------------------------------------------------------------------------------


def change_level(
    values: Counts, rule: ChangeRule | None = None, exposure: Counts | None = None
) -> list[Detection]:
    """The periods at least ``ratio`` times both expected counts (see the module docs)."""
    rule = rule or ChangeRule()
    x, n = _series(values, exposure)
    candidates = np.flatnonzero(x >= rule.min_count)
    if candidates.size == 0:
        return []
    sx, sn = _sums(x), _sums(n)
    long_start = np.maximum(candidates - rule.long, 0)
    history = covered_in(n, long_start, candidates)
    found: list[Detection] = []
    for t, lo, covered in zip(candidates.tolist(), long_start.tolist(), history.tolist(), strict=True):
        if covered < rule.min_history:
            found.append(_short(t, float(x[t]), covered))
            continue
        here = n[t] if n[t] > 0 else (sn[t] - sn[lo]) / covered  # a gap: the window's mean exposure
        expected_long = (sx[t] - sx[lo]) / (sn[t] - sn[lo]) * here
        lo_short = max(t - rule.short, 0)
        exposed = sn[t] - sn[lo_short]
        expected_short = (sx[t] - sx[lo_short]) / exposed * here if exposed > 0 else expected_long
        if x[t] >= rule.ratio * expected_short and x[t] >= rule.ratio * expected_long:
            baseline = max(expected_short, expected_long)
            found.append(
                Detection(t, float(x[t]), float(baseline), float(x[t] / max(baseline, _NORM_FLOOR)), covered)
            )
    return found


def change_false_alarm_rate(mean: float, rule: ChangeRule | None = None) -> float:
    """The chance that one period of Poisson noise of this ``mean`` fires the change rule, taking
    both norms at their expected value ``mean`` (what a long history gives)."""
    rule = rule or ChangeRule()
    threshold = max(rule.min_count, math.ceil(rule.ratio * mean - 1e-9))
    return float(stats.poisson.sf(threshold - 1, mean))


# --- surprise -----------------------------------------------------------------------------------


def surprise(
    values: Counts,
    rule: SurpriseRule | None = None,
    exposure: Counts | None = None,
    prior_rate: float | None = None,
) -> list[Detection]:
    """The periods whose value is improbably high given the ``window`` before (see the module docs)."""
    rule = rule or SurpriseRule()
    x, n = _series(values, exposure)
    candidates = np.flatnonzero(x >= rule.min_count)
    if candidates.size == 0:
        return []
    end = np.maximum(candidates - rule.guard, 0)  # the baseline is x[start:end]
    start = np.maximum(end - rule.window, 0)
    history = covered_in(n, start, end)
    enough = history >= rule.min_history
    found = [
        _short(int(t), float(x[t]), int(h))
        for t, h in zip(candidates[~enough], history[~enough], strict=True)
    ]
    t, start, end, k = candidates[enough], start[enough], end[enough], history[enough].astype(float)
    if t.size:
        sx, sn = _sums(x), _sums(n)
        squares = _sums(np.divide(x * x, n, out=np.zeros_like(x), where=n > 0))
        total, exposed = sx[end] - sx[start], sn[end] - sn[start]
        per_period = exposed / k
        here = np.where(n[t] > 0, n[t], per_period)
        weight = rule.prior_weight * per_period if prior_rate is not None else np.zeros_like(per_period)
        shape = _PRIOR_EVENTS + (prior_rate or 0.0) * weight + total
        scale = weight + exposed  # the posterior's exposure
        mu = shape / scale * here
        rate = total / exposed
        chi2 = np.divide(squares[end] - squares[start], rate, out=np.zeros_like(rate), where=rate > 0) - total
        phi = np.where(rate > 0, np.maximum(chi2 / np.maximum(k - 1, 1), 1.0), 1.0)
        scores = tail_scores(x[t], mu, phi * mu * (1 + here / scale))
        found += [
            Detection(int(i), float(x[i]), float(m), float(s), int(h))
            for i, m, s, h in zip(t, mu, scores, k, strict=True)
            if s >= rule.threshold
        ]
    return sorted(found, key=lambda d: d.index)


def tail_scores(values: Floats, mean: Floats, var: Floats) -> Floats:
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


# --- intensity ----------------------------------------------------------------------------------


def intensity_drop(
    sums: Counts,
    squares: Counts,
    counts: Counts,
    exposure: Counts | None = None,
    rule: IntensityRule | None = None,
) -> list[Detection]:
    """The periods whose mean (``sums / counts``, e.g. of Goldstein scores) falls far below the mean
    of the ``window`` before (see the module docs); ``squares`` are the sums of squares."""
    rule = rule or IntensityRule()
    count, n = _series(counts, exposure)
    total, squared = np.asarray(sums, dtype=float), np.asarray(squares, dtype=float)
    candidates = np.flatnonzero(count > 0)
    if candidates.size == 0:
        return []
    start = np.maximum(candidates - rule.window, 0)
    history = covered_in(n, start, candidates)
    mean = total[candidates] / count[candidates]
    short = history < rule.min_history
    found = [
        _short(int(t), float(m), int(h))
        for t, m, h in zip(candidates[short], mean[short], history[short], strict=True)
        if m <= -rule.min_drop
    ]
    sc, ss, sq = _sums(count), _sums(total), _sums(squared)
    t, lo, h, m = candidates[~short], start[~short], history[~short], mean[~short]
    events = sc[t] - sc[lo]
    with np.errstate(divide="ignore", invalid="ignore"):
        baseline = (ss[t] - ss[lo]) / events
        variance = np.maximum(
            (sq[t] - sq[lo] - events * baseline * baseline) / (events - 1), rule.sd_floor**2
        )
        drop = baseline - m
        score = drop / np.sqrt(variance / count[t] + variance / events)
    fires = (events >= rule.min_baseline) & (drop >= rule.min_drop) & (score >= rule.threshold)
    found += [
        Detection(int(i), float(v), float(b), float(z), int(k))
        for i, v, b, z, k in zip(t[fires], m[fires], baseline[fires], score[fires], h[fires], strict=True)
    ]
    return sorted(found, key=lambda d: d.index)
