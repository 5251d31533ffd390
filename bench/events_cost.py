"""Figure (f) of the benchmark: what event coding costs.

The pipeline without the ``events`` step and the default pipeline run in one process over the same
articles, batch by batch and in alternating order, so a slow spell of the shared machine hits both;
each step is timed inside both, and the events step's one-time build is measured apart.
See ``bench/README.md``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from figure import Figure

TARGET_EVENTS_COST = 0.10  # event coding may add at most 10% to the pipeline's time


@dataclass
class EventsCost:
    """(f) the pipeline without the ``events`` step and with it, in one process, runs interleaved.

    Each figure's ``load_s`` is its first ``Pipeline`` build: spaCy and the dictionaries for the one
    without, the events data (cold) for the default one, which shares the first one's spaCy model.
    """

    without: Figure
    default: Figure
    step_s: list[dict[str, float]] = field(default_factory=list)  # per default run: seconds in each step
    build_without_s: float = 0.0  # Pipeline(nlp=…, steps without events), data loaded: best of 3
    rebuild_s: float = 0.0  # Pipeline(nlp=…) again, the events data cached: best of 3
    gazetteer_s: float = 0.0  # load_gazetteer() alone, cold

    @property
    def added(self) -> float:
        return self.default.best_s / self.without.best_s - 1

    @property
    def build_s(self) -> float:
        """The one-time cost of the events step: loading its data and building it."""
        return self.default.load_s - self.build_without_s

    @property
    def best_steps_s(self) -> dict[str, float]:
        """Seconds inside each step in the best default run."""
        return self.step_s[self.default.runs_s.index(self.default.best_s)]

    @property
    def events_share(self) -> float:
        """Time inside the events step over the whole run, in the best default run."""
        return self.best_steps_s.get("events", 0.0) / self.default.best_s

    def as_dict(self) -> dict[str, Any]:
        data = {k: round(getattr(self, k), 4) for k in ("added", "events_share", "build_s", "gazetteer_s")}
        return data | {
            "target_added": TARGET_EVENTS_COST,
            "without": self.without.as_dict(),
            "default": self.default.as_dict(),
            "step_s": [{name: round(t, 4) for name, t in run.items()} for run in self.step_s],
            "build_without_s": round(self.build_without_s, 4),
            "rebuild_s": round(self.rebuild_s, 4),
        }


def _clock_steps(pipeline: Any, seconds: dict[str, float]) -> None:
    """Wrap each of a pipeline's steps (its ``steps``, a list of (name, callable)) to sum its time."""

    def timed(name: str, step: Callable[[Any], None]) -> Callable[[Any], None]:
        def run(art: Any) -> None:
            start = time.perf_counter()
            try:
                step(art)
            finally:
                seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - start

        return run

    pipeline.steps = [(name, timed(name, step)) for name, step in pipeline.steps]


def _interleaved_runs(
    runs: Sequence[Callable[[list[Any]], object]],
    items: list[Any],
    chunk: int,
    repeat: int,
    round_done: Callable[[], object],
    clock: Callable[[], float] = time.perf_counter,
) -> list[list[float]]:
    """Each run's time over ``items``: one untimed warm-up round, then the ``repeat`` timed rounds.

    In a round every chunk of ``chunk`` items goes through each run in turn (A B, then B A on the
    next chunk …), and each run's times are summed, so a slow spell of the machine hits every run
    alike. ``round_done`` is called after each round, the warm-up's too. ``clock`` reads the time
    (wall time by default; ``time.process_time`` for this process's CPU time).
    """
    chunks = [items[i : i + chunk] for i in range(0, len(items), chunk)]
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat + 1):
        total = [0.0] * len(runs)
        for k, part in enumerate(chunks):
            for i in range(len(runs)) if k % 2 == 0 else reversed(range(len(runs))):
                start = clock()
                runs[i](part)
                total[i] += clock() - start
        for out, seconds in zip(times, total, strict=True):
            out.append(seconds)
        round_done()
    return [out[1:] for out in times]


def _timed_build(build: Callable[[], Any], times: int = 1) -> tuple[Any, float]:
    """What ``build()`` returns and its best time over ``times`` calls."""
    best = float("inf")
    for _ in range(times):
        start = time.perf_counter()
        built = build()
        best = min(best, time.perf_counter() - start)
    return built, best


def measure_events(raws: Sequence[Any], words: int, repeat: int) -> EventsCost:
    """(f) event coding's cost: the pipeline with and without the events step, in this process."""
    from strife.events.gazetteer import load_gazetteer
    from strife.pipeline import Pipeline
    from strife.settings import load_settings
    from strife.steps import DEFAULT_STEPS

    settings = load_settings()
    bare_steps = tuple(s for s in DEFAULT_STEPS if s != "events")
    cost = EventsCost(
        Figure("pipeline without events", 1, words, len(raws)),
        Figure("default pipeline", 1, words, len(raws)),
    )
    without, cost.without.load_s = _timed_build(lambda: Pipeline(settings, steps=bare_steps))
    _, cost.build_without_s = _timed_build(lambda: Pipeline(settings, nlp=without.nlp, steps=bare_steps), 3)
    default, cost.default.load_s = _timed_build(lambda: Pipeline(settings, nlp=without.nlp))
    _, cost.rebuild_s = _timed_build(lambda: Pipeline(settings, nlp=without.nlp), 3)
    load_gazetteer.cache_clear()
    _, cost.gazetteer_s = _timed_build(load_gazetteer)
    clocks: tuple[dict[str, float], dict[str, float]] = ({}, {})
    for pipeline, clock in zip((without, default), clocks, strict=True):  # both pay the tiny wrapper
        _clock_steps(pipeline, clock)
    counts = [0, 0]  # articles out, over every round

    def run_without(part: list[Any]) -> None:
        counts[0] += sum(1 for _ in without.pipe(part))

    def run_default(part: list[Any]) -> None:
        counts[1] += sum(1 for _ in default.pipe(part))

    def round_done() -> None:
        cost.step_s.append(dict(clocks[1]))
        for clock in clocks:
            clock.clear()

    cost.without.runs_s, cost.default.runs_s = _interleaved_runs(
        [run_without, run_default], list(raws), settings.batch_size, repeat, round_done
    )
    cost.step_s = cost.step_s[1:]  # drop the warm-up's
    cost.without.articles_out, cost.default.articles_out = (n // (repeat + 1) for n in counts)
    return cost


def report_events(cost: EventsCost) -> list[str]:
    """(f)'s lines: both timings, the added cost against its target, the step's share, the build."""
    met = "met" if cost.added <= TARGET_EVENTS_COST else "NOT met"
    shares = ", ".join(f"{name} {t / cost.default.best_s:.1%}" for name, t in cost.best_steps_s.items())
    lines = ["", "event coding (f), 1 process, the two pipelines' runs interleaved:"]
    for fig in (cost.without, cost.default):
        lines.append(f"  {fig.name:30} {fig.best_s:8.2f} {fig.words_per_s:9,.0f}")
    return [
        *lines,
        f"events add:               {cost.added:.1%}  (target ≤ {TARGET_EVENTS_COST:.0%}: {met})",
        f"events step's own time:   {cost.events_share:.1%} of the run (steps: {shares})",
        f"events build (one-time):  {cost.build_s:.2f} s per process (gazetteer {cost.gazetteer_s:.2f} s);"
        f" a Pipeline after that {cost.rebuild_s:.2f} s (without events {cost.build_without_s:.2f} s)",
    ]
