"""Benchmark strife: bare spaCy against the full pipeline, one process against two, memory and load time.

    python bench/run.py                      # ~60k words, best of 3 after a warm-up
    python bench/run.py --quick              # ~8k words, 1 run: a smoke test
    python bench/run.py --json out.json      # also write the figures as JSON

One synthetic corpus (``bench/corpus.py``, seeded) is generated in memory and read into
``RawArticle`` records with ``strife.readers.parse_wire``. Then:

a) bare spaCy: ``nlp.pipe`` over every paragraph of every article, in batches of
   ``settings.batch_size`` articles' worth of paragraphs, in this process;
b) the full pipeline: ``strife.pipeline.Pipeline(settings).pipe(raw_articles)`` in one worker process;
c) the ratio of the two speeds (the target is full/bare ≥ 0.8);
d) the full pipeline in two worker processes (spawn), each reading half the corpus with its own
   Pipeline: wall time from the moment both have loaded until both are done;
e) peak resident memory (the kernel's high-water mark) of each process over its run, and model load times;
f) the cost of event coding, in this process: the pipeline without the ``events`` step against the
   default one (sharing one spaCy model), their runs interleaved batch by batch; the time spent inside
   the events step; and the one-time cost of building it (gazetteer, codebook, patterns).

Every timing is one untimed warm-up run, then the best of ``--repeat`` runs. Words are the
whitespace-separated tokens of the article bodies. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import queue
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import psutil

from corpus import generate
from events_cost import EventsCost, measure_events, report_events
from figure import Figure, save_json

FULL_WORDS = 60_000
QUICK_WORDS = 8_000
TARGET_RATIO = 0.8
MB = 1024 * 1024
WORKER_TIMEOUT_S = 3600.0


class PeakRSS:
    """This process's resident set size: ``current()`` now, ``peak`` the largest so far.

    The peak is the kernel's own high-water mark (``getrusage``), so no sampling thread competes
    with the measured code for the interpreter lock.
    """

    def __init__(self) -> None:
        self._process = psutil.Process()
        self.peak = self._process.memory_info().rss

    def current(self) -> int:
        rss: int = self._process.memory_info().rss
        self.peak = max(self.peak, rss, _max_rss())
        return rss

    def __enter__(self) -> PeakRSS:
        return self

    def __exit__(self, *exc: object) -> None:
        self.current()


def _max_rss() -> int:
    from strife.workers import peak_rss

    return peak_rss()


def _timed_runs(run: Callable[[], object], repeat: int) -> list[float]:
    """One untimed warm-up call, then ``repeat`` timed calls."""
    run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return times


def paragraphs_of(body: str) -> list[str]:
    """A body's paragraphs, as the readers join them (blank-line separated)."""
    return [p.strip() for p in body.split("\n\n") if p.strip()]


def measure_bare(model: str, bodies: Sequence[str], batch_articles: int, repeat: int) -> Figure:
    """(a) ``nlp.pipe`` over every paragraph, in this process."""
    import spacy

    words = sum(len(body.split()) for body in bodies)
    paragraphs = [p for body in bodies for p in paragraphs_of(body)]
    # The pipeline hands spaCy the paragraphs of ``batch_articles`` articles at a time.
    batch = max(1, round(len(paragraphs) / len(bodies) * batch_articles))
    figure = Figure("bare spaCy (nlp.pipe)", 1, words, len(bodies))
    with PeakRSS() as rss:
        start = time.perf_counter()
        nlp = spacy.load(model)
        figure.load_s = time.perf_counter() - start
        figure.rss_after_load_mb = [rss.current() / MB]

        def run() -> None:
            figure.articles_out = sum(1 for _ in nlp.pipe(paragraphs, batch_size=batch))

        figure.runs_s = _timed_runs(run, repeat)
    figure.peak_rss_mb = [rss.peak / MB]
    return figure


def _worker(index: int, texts: list[str], runs: int, barrier: Barrier, out: Any) -> None:
    """One pipeline process: load, then ``runs`` runs over ``texts``, each started at the barrier.

    Reports ``("loaded", …)``, one ``("run", …)`` per run with perf_counter stamps (a system-wide
    monotonic clock on Linux, macOS and Windows, so stamps from different processes compare),
    then ``("done", …)``; or ``("error", index, traceback)``.
    """
    try:
        with PeakRSS() as rss:
            from strife.pipeline import Pipeline
            from strife.readers import parse_wire
            from strife.settings import load_settings

            raws = [parse_wire(text, f"bench:{index}:{i}") for i, text in enumerate(texts)]
            start = time.perf_counter()
            pipeline = Pipeline(load_settings())
            load_s = time.perf_counter() - start
            out.put(("loaded", index, load_s, rss.current(), pipeline.model_name))
            for run in range(runs):
                barrier.wait()
                begin = time.perf_counter()
                count = sum(1 for _ in pipeline.pipe(raws))
                out.put(("run", index, run, begin, time.perf_counter(), count))
        out.put(("done", index, rss.peak))
    except BaseException:
        barrier.abort()
        out.put(("error", index, traceback.format_exc()))


def measure_pipeline(chunks: list[list[str]], words: int, repeat: int) -> tuple[Figure, str]:
    """(b)/(d) the full pipeline in ``len(chunks)`` spawned processes, one chunk of texts each."""
    n = len(chunks)
    runs = repeat + 1  # the first is the warm-up
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(n)
    out = ctx.Queue()
    procs = [
        ctx.Process(target=_worker, args=(i, chunk, runs, barrier, out)) for i, chunk in enumerate(chunks)
    ]
    for proc in procs:
        proc.start()
    loads: dict[int, tuple[float, int, str]] = {}
    stamps: dict[int, list[tuple[float, float, int]]] = {r: [] for r in range(runs)}
    peaks: dict[int, int] = {}
    try:
        while len(peaks) < n:
            try:
                message = out.get(timeout=WORKER_TIMEOUT_S)
            except queue.Empty:
                raise RuntimeError(f"no word from the workers in {WORKER_TIMEOUT_S:.0f} s") from None
            kind, index = message[0], message[1]
            if kind == "error":
                raise RuntimeError(f"worker {index} failed:\n{message[2]}")
            if kind == "loaded":
                loads[index] = (message[2], message[3], message[4])
            elif kind == "run":
                stamps[message[2]].append((message[3], message[4], message[5]))
            else:
                peaks[index] = message[2]
    finally:
        for proc in procs:
            proc.join(timeout=30)
            if proc.is_alive():
                proc.terminate()
    name = "full pipeline, 1 process" if n == 1 else f"full pipeline, {n} processes"
    figure = Figure(name, n, words, sum(len(c) for c in chunks))
    # Wall time of a run: from the first worker's start to the last worker's end.
    figure.runs_s = [
        max(e for _, e, _ in stamps[r]) - min(b for b, _, _ in stamps[r]) for r in range(1, runs)
    ]
    figure.articles_out = sum(count for _, _, count in stamps[runs - 1])
    figure.load_s = max(load for load, _, _ in loads.values())
    figure.rss_after_load_mb = [loads[i][1] / MB for i in range(n)]
    figure.peak_rss_mb = [peaks[i] / MB for i in range(n)]
    return figure, loads[0][2]


def halves(texts: list[str], words: list[int], n: int) -> list[list[str]]:
    """``texts`` in ``n`` contiguous chunks of about equal word counts."""
    total = sum(words)
    chunks: list[list[str]] = [[] for _ in range(n)]
    seen = 0
    for text, count in zip(texts, words, strict=True):
        chunks[min(n - 1, seen * n // total)].append(text)
        seen += count
    return chunks


def _load_average() -> float:
    """The 1-minute load average where the system has one (not on Windows), else 0."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def _fmt_rss(values: list[float]) -> str:
    return " / ".join(f"{v:,.0f}" for v in values)


def report(result: dict[str, Any], figures: list[Figure], events: EventsCost) -> str:
    corpus, run = result["corpus"], result["run"]
    lines = [
        f"strife benchmark: {corpus['words']:,} words in {corpus['articles']} articles "
        f"({corpus['paragraphs']:,} paragraphs), seed {corpus['seed']}",
        f"model {run['model']}, batch {run['batch_size']} articles, best of {run['repeat']} after one "
        f"warm-up, {run['cpus']} CPUs, Python {run['python']}, spaCy {run['spacy']}",
        "",
        f"{'':32} {'best s':>8} {'words/s':>9} {'load s':>7}  {'peak RSS MB':>13}",
    ]
    for fig in figures:
        lines.append(
            f"{fig.name:32} {fig.best_s:8.2f} {fig.words_per_s:9,.0f} {fig.load_s:7.2f}  "
            f"{_fmt_rss(fig.peak_rss_mb):>13}"
        )
    ratios = result["ratios"]
    met = "met" if ratios["full_over_bare"] >= TARGET_RATIO else "NOT met"
    lines += [
        "",
        f"full / bare:              {ratios['full_over_bare']:.2f}  (target ≥ {TARGET_RATIO}: {met})",
        f"{figures[2].processes} processes / 1 process:  {ratios['speedup']:.2f}×  "
        f"(parallel efficiency {ratios['speedup'] / figures[2].processes:.0%})",
        f"reading (parse_wire):     {result['reading']['words_per_s']:,.0f} words/s",
        *report_events(events),
    ]
    if run["load_average_1min"] > 0.5 * (run["cpus"] or 1):
        lines.append(
            f"note: the machine was busy (1-minute load average {run['load_average_1min']} on {run['cpus']} "
            "CPUs): other work shared the CPUs, so these figures are noisy; rerun on a quiet machine"
        )
    if any(f.articles_out != f.articles for f in [*figures[1:], events.without, events.default]):
        lines.append("warning: the pipeline returned fewer articles than it was given (errors were logged)")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--words", type=int, default=None, help=f"corpus size (default {FULL_WORDS:,})")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    parser.add_argument(
        "--repeat", type=int, default=None, help="timed runs per figure, best kept (default 3)"
    )
    parser.add_argument(
        "--workers", type=int, default=2, help="processes for the parallel figure (default 2)"
    )
    parser.add_argument("--quick", action="store_true", help=f"smoke run: {QUICK_WORDS:,} words, 1 run")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    words_wanted = args.words or (QUICK_WORDS if args.quick else FULL_WORDS)
    repeat = args.repeat or (1 if args.quick else 3)
    if words_wanted <= 0 or repeat <= 0 or args.workers < 2:
        parser.error("--words and --repeat must be positive and --workers at least 2")

    try:
        import spacy

        from strife.readers import parse_wire
        from strife.settings import load_settings
    except ImportError as exc:
        print(f"error: strife is not importable ({exc}); run from the project's virtualenv", file=sys.stderr)
        return 2

    settings = load_settings()
    busy_before = _load_average()
    texts = generate(words_wanted, seed=args.seed)
    start = time.perf_counter()
    raws = [parse_wire(text, f"bench:{i}") for i, text in enumerate(texts)]
    read_s = time.perf_counter() - start
    bodies = [raw.body for raw in raws]
    counts = [len(body.split()) for body in bodies]
    words = sum(counts)

    bare = measure_bare(settings.spacy_model, bodies, settings.batch_size, repeat)
    full, model_name = measure_pipeline([texts], words, repeat)
    parallel, _ = measure_pipeline(halves(texts, counts, args.workers), words, repeat)
    figures = [bare, full, parallel]
    events = measure_events(raws, words, repeat)
    busy = max(busy_before, _load_average())

    result: dict[str, Any] = {
        "corpus": {
            "seed": args.seed,
            "words": words,
            "articles": len(texts),
            "paragraphs": sum(len(paragraphs_of(b)) for b in bodies),
        },
        "run": {
            "model": model_name,
            "batch_size": settings.batch_size,
            "repeat": repeat,
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "spacy": getattr(spacy, "__version__", "?"),
            "platform": platform.platform(),
            "load_average_1min": round(busy, 2),
        },
        "reading": {"seconds": round(read_s, 4), "words_per_s": round(words / read_s, 1)},
        "figures": {
            key: fig.as_dict() for key, fig in zip(("bare", "full", "parallel"), figures, strict=True)
        },
        "ratios": {
            "full_over_bare": round(full.words_per_s / bare.words_per_s, 3),
            "speedup": round(parallel.words_per_s / full.words_per_s, 3),
            "target_full_over_bare": TARGET_RATIO,
        },
        "events": events.as_dict(),
    }
    print(report(result, figures, events))
    save_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
