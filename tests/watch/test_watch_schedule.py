"""strife.watch.schedule: --every values, the backoff, and when rounds and retries come."""

from __future__ import annotations

import pytest

from strife.watch.schedule import IntervalError, Schedule, format_interval, parse_interval, retry_delay


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("30s", 30.0),
        ("15m", 900.0),
        ("1h", 3600.0),
        ("2d", 172800.0),
        ("90", 90.0),
        ("0.5", 0.5),
        ("1.5h", 5400.0),
        ("1h30m", 5400.0),
        (" 15 M ", 900.0),
        ("1m30s", 90.0),
    ],
)
def test_parse_interval(text: str, seconds: float) -> None:
    assert parse_interval(text) == seconds


@pytest.mark.parametrize("text", ["", "  ", "abc", "15x", "m", "-5m", "0", "0s", "1h30", "15 minutes", "1e3"])
def test_parse_interval_refuses(text: str) -> None:
    with pytest.raises(IntervalError):
        parse_interval(text)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (30, "30 s"),
        (0.5, "0.5 s"),
        (900, "15 min"),
        (3600, "1 h"),
        (5400, "1 h 30 min"),
        (3661, "1 h 1 min 1 s"),
    ],
)
def test_format_interval(seconds: float, shown: str) -> None:
    assert format_interval(seconds) == shown


@pytest.mark.parametrize(
    ("failures", "every", "delay"),
    [(0, 900, 0), (1, 900, 30), (2, 900, 60), (3, 900, 120), (5, 900, 480), (6, 900, 900), (40, 900, 900),
     (1, 10, 10), (2, 45, 45)],
)  # fmt: skip
def test_retry_delay_doubles_up_to_every(failures: int, every: float, delay: float) -> None:
    assert retry_delay(failures, every) == delay


def test_rounds_come_at_a_fixed_rate_and_retries_between() -> None:
    plan = Schedule(feeds=2, every=900, start=0)
    first = plan.due(0)
    assert first.is_round and first.feeds == (0, 1)
    assert plan.failed(1, 2) == 30  # feed 1 failed during the round
    plan.round_done(5)  # the round took 5 s: the next one still comes at 900
    assert plan.next_round == 900
    assert plan.next_wake() == 32
    assert plan.due(10).feeds == ()
    retry = plan.due(32)
    assert not retry.is_round and retry.feeds == (1,)
    assert plan.failed(1, 33) == 60
    assert plan.next_wake() == 93
    plan.succeeded(1)
    assert plan.next_wake() == 900
    assert plan.due(900).is_round


def test_an_overrun_round_is_not_followed_by_catch_up_rounds() -> None:
    plan = Schedule(feeds=1, every=60, start=0)
    plan.round_done(200)  # the round took 200 s, past three slots
    assert plan.next_round == 260
