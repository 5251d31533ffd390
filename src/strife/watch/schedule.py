"""When ``strife watch`` polls: the round cadence, and the backoff of a feed that failed.

A *round* polls every feed. Rounds start every ``every`` seconds at a fixed rate (the first at once;
a round that overruns its slot is followed by the next one at once, never by a burst of catch-up
rounds). A feed that fails (down, an HTTP error, malformed XML) is tried again on its own before
the next round, after a backoff that doubles with each failure in a row: ``base`` (30 s), then
60 s, 120 s … never more than ``every``, so a feed that stays down is tried once a round. Such a
retry is a *pass* of its own, not a round. A success clears the feed's backoff.

Times are the numbers of an injected clock (seconds, e.g. :func:`time.monotonic`); nothing here
sleeps or reads the time itself.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from strife.errors import StrifeError

#: The first retry of a feed that failed comes this many seconds later (then 2×, 4× … up to ``every``).
RETRY_BASE_S = 30.0

_UNITS = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
_PART = re.compile(r"(\d+(?:\.\d+)?|\.\d+)\s*([smhd]?)", re.IGNORECASE)


class IntervalError(StrifeError, ValueError):
    """A time interval (``--every``) that cannot be read or is not positive."""


def parse_interval(text: str) -> float:
    """Seconds in ``30s``, ``15m``, ``1h``, ``1h30m``, ``2d`` or a plain number of seconds (``90``).

    Raises :class:`IntervalError` for anything else, and for zero or a negative interval.
    """
    compact = "".join(text.split())
    pos, total = 0, 0.0
    while pos < len(compact):
        match = _PART.match(compact, pos)
        if match is None or (not match.group(2) and (pos > 0 or match.end() != len(compact))):
            raise IntervalError(
                f"{text!r} is not a time interval; give seconds or a number with s, m, h or d "
                "(e.g. 90, 30s, 15m, 1h, 1h30m)"
            )
        total += float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
        pos = match.end()
    if not compact:
        raise IntervalError("the time interval is empty; give e.g. 15m")
    if not math.isfinite(total) or total <= 0:
        raise IntervalError(f"{text!r}: the interval must be more than zero")
    return total


def format_interval(seconds: float) -> str:
    """``30 s``, ``15 min``, ``1 h``, ``1 h 30 min``: an interval as people read it."""
    whole = round(seconds)
    if abs(seconds - whole) > 1e-9 or whole < 60:
        return f"{seconds:g} s"
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h" if hours else "", f"{minutes} min" if minutes else "", f"{secs} s" if secs else ""]
    return " ".join(p for p in parts if p)


def retry_delay(failures: int, every: float, base: float = RETRY_BASE_S) -> float:
    """Seconds before retrying a feed after ``failures`` failures in a row: base·2ⁿ⁻¹, at most ``every``."""
    if failures < 1:
        return 0.0
    return min(base * 2.0 ** min(failures - 1, 30), every)


@dataclass(frozen=True)
class Due:
    """What to poll now: every feed (a round) or the feeds whose retry is due (a pass between rounds)."""

    is_round: bool
    feeds: tuple[int, ...]


@dataclass
class Schedule:
    """The round times and the retries of failed feeds (feeds are numbered 0 … ``feeds`` − 1)."""

    feeds: int
    every: float
    start: float
    retry_base: float = RETRY_BASE_S
    next_round: float = field(init=False)
    failures: dict[int, int] = field(default_factory=dict)
    retry_at: dict[int, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.next_round = self.start

    def due(self, now: float) -> Due:
        """What is due at ``now``: a round when its time has come, else the retries due (maybe none)."""
        if now >= self.next_round:
            return Due(True, tuple(range(self.feeds)))
        return Due(False, tuple(sorted(i for i, at in self.retry_at.items() if at <= now)))

    def next_wake(self) -> float:
        """When something is next due: the next round, or an earlier retry."""
        return min([self.next_round, *self.retry_at.values()])

    def round_done(self, now: float) -> None:
        """The round that was due is done; the next one is ``every`` after it (or now, if overrun)."""
        self.next_round += self.every
        if self.next_round <= now:
            self.next_round = now + self.every

    def failed(self, feed: int, now: float) -> float:
        """Feed ``feed`` failed at ``now``; returns the seconds until its retry."""
        count = self.failures.get(feed, 0) + 1
        self.failures[feed] = count
        delay = retry_delay(count, self.every, self.retry_base)
        self.retry_at[feed] = now + delay
        return delay

    def succeeded(self, feed: int) -> None:
        self.failures.pop(feed, None)
        self.retry_at.pop(feed, None)
