"""Ingest throughput on one machine: 1 and 2 worker processes and a local Ray, in one run, and a
projection to a GDELT day.

    python bench/throughput.py                    # ~60k words, 3 rounds (~10 min on 2 cores)
    python bench/throughput.py --quick            # ~8k words, 1 round: a smoke run
    python bench/throughput.py --json out.json    # also write the figures as JSON

One synthetic corpus (``bench/corpus.py``, seeded) is written as one text file per dispatch to a
temporary folder; every ingest figure reads that folder into a fresh DuckDB store through strife's
own code — the same path as ``strife ingest``:

a) bare spaCy (``nlp.pipe`` over the paragraphs) and the full pipeline, each alone in a process
   (``bench/run.py``'s measures): the pipeline's cost over the parser's;
b) ``ingest --workers 1``: the pipeline in this process, which also writes the store;
c) ``ingest --workers 2``: two spawned worker processes read, this process writes (a warm pool:
   the workers' start and model load are outside the timing);
d) ``ingest --engine ray``: a local Ray with 2 CPUs and 2 actors (started once, outside the timing),
   timed whole (the actors' start and model load are inside it: Ray Data starts them per run) and
   from the first batch an actor begins to the last row stored (its steady rate);
e) the store alone: adding the records to a fresh DuckDB store (the single writer's ceiling).

The ingest figures run in rounds — b, c, d, then again — so a change of load on a shared machine
touches them alike; each keeps its best and median, and the 1-minute load average is recorded
around every run. Peak memory: the kernel's high-water mark (``VmHWM``) of each worker process and
Ray actor. The projection applies the measured per-process rate and scaling efficiency to one GDELT
day (``--gdelt-articles`` articles of ``--article-words`` words).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus import generate
from figure import save_json
from run import measure_bare, measure_pipeline, paragraphs_of

FULL_WORDS = 60_000
QUICK_WORDS = 8_000
GDELT_ARTICLES = 730_000
ARTICLE_WORDS = 600
TIMINGS_ENV = "STRIFE_BENCH_TIMINGS"
MB = 1024 * 1024


@dataclass
class Series:
    """The runs of one configuration: seconds, and the load average around each."""

    name: str
    words: int
    runs_s: list[float] = field(default_factory=list)
    loads: list[float] = field(default_factory=list)
    peak_rss_mb: list[float] = field(default_factory=list)
    steady_s: list[float] = field(default_factory=list)  # Ray: first batch to last row stored

    def rate(self, seconds: list[float] | None = None, *, best: bool = True) -> float:
        times = seconds if seconds is not None else self.runs_s
        pick = min(times) if best else statistics.median(times)
        return self.words / pick

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "runs_s": [round(t, 3) for t in self.runs_s],
            "words_per_s_best": round(self.rate(), 1),
            "words_per_s_median": round(self.rate(best=False), 1),
            "load_average": self.loads,
            "peak_rss_mb": [round(m) for m in self.peak_rss_mb],
        }
        if self.steady_s:
            out["steady_s"] = [round(t, 3) for t in self.steady_s]
            out["steady_words_per_s_best"] = round(self.rate(self.steady_s), 1)
        return out


def load() -> float:
    try:
        return round(os.getloadavg()[0], 2)
    except (AttributeError, OSError):
        return 0.0


def timed(series: Series, run: Callable[[], object]) -> None:
    before = load()
    start = time.perf_counter()
    run()
    series.runs_s.append(time.perf_counter() - start)
    series.loads.append(max(before, load()))


def fresh_store(folder: Path, name: str) -> Any:
    from strife.store import open_store

    path = folder / f"{name}-{time.perf_counter_ns()}.duckdb"
    return open_store(path)


def make_actor() -> type:
    """A :class:`PipelineActor` that also appends (start, end, rows, peak RSS) per batch to a file."""
    from strife.ray_engine import PipelineActor
    from strife.workers import peak_rss

    class TimedActor(PipelineActor):
        def __call__(self, batch: Any) -> Any:
            start = time.perf_counter()  # CLOCK_MONOTONIC: comparable across processes on Linux
            out = super().__call__(batch)
            line = json.dumps([start, time.perf_counter(), out.num_rows, peak_rss(), os.getpid()])
            with open(os.environ[TIMINGS_ENV], "a", encoding="utf-8") as log:
                log.write(line + "\n")
            return out

    return TimedActor


def ray_round(series: Series, settings: Any, folder: Path, work: Path, actor: type) -> None:
    from strife.ray_engine import RayOptions, ray_ingest

    log = Path(os.environ[TIMINGS_ENV])
    log.write_text("", encoding="utf-8")
    with fresh_store(work, "ray") as store:
        before = load()
        start = time.perf_counter()
        ray_ingest([str(folder)], settings, store=store, options=RayOptions(workers=2), actor=actor)
        end = time.perf_counter()
    rows = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    series.runs_s.append(end - start)
    series.loads.append(max(before, load()))
    series.steady_s.append(end - min(r[0] for r in rows))
    peaks: dict[int, int] = {}
    for *_, peak, pid in rows:
        peaks[pid] = max(peak, peaks.get(pid, 0))
    series.peak_rss_mb = [p / MB for p in peaks.values()]


def store_ceiling(articles: list[Any], work: Path, repeat: int) -> float:
    """Articles per second one process adds to a fresh DuckDB store (best of ``repeat``)."""
    best = float("inf")
    for _ in range(repeat):
        with fresh_store(work, "writes") as store:
            start = time.perf_counter()
            for article in articles:
                store.add(article)
            best = min(best, time.perf_counter() - start)
    return len(articles) / best


def projection(result: dict[str, Any], cores: int, nodes: int) -> dict[str, Any]:
    """Hours for one GDELT day from the measured rates: ``cores`` per node, ``nodes`` nodes."""
    one = result["ingest"]["workers_1"]["words_per_s_best"]
    local = result["ratios"]["workers_2_over_1"] / 2  # scaling efficiency per process
    on_ray = result["ratios"]["ray_steady_over_1"] / 2
    words = result["projection_input"]["articles"] * result["projection_input"]["article_words"]
    node_rate = one * cores * local
    cluster_rate = one * cores * nodes * on_ray
    per_article = result["projection_input"]["article_words"]
    return {
        "words": words,
        "node_words_per_s": round(node_rate),
        "node_hours": round(words / node_rate / 3600, 2),
        "node_articles_per_s": round(node_rate / per_article, 1),
        "cluster_words_per_s": round(cluster_rate),
        "cluster_hours": round(words / cluster_rate / 3600, 2),
        "cluster_articles_per_s": round(cluster_rate / per_article, 1),
        "writer_articles_per_s": result["store_writes_articles_per_s"],
    }


def report(result: dict[str, Any]) -> str:
    corpus, ingest, ratios, proj = result["corpus"], result["ingest"], result["ratios"], result["projection"]
    lines = [
        f"strife throughput: {corpus['words']:,} words in {corpus['articles']} articles, "
        f"{result['rounds']} rounds, {result['cpus']} CPUs, "
        f"load average {result['load_min']}–{result['load_max']}",
        "",
        f"{'':34} {'best w/s':>9} {'median w/s':>11} {'runs s':>22}  {'peak RSS MB':>12}",
    ]
    for key, fig in [("bare spaCy, 1 process", result["bare"]), ("pipeline, 1 process", result["pipeline"])]:
        lines.append(f"{key:34} {fig['words_per_s']:9,.0f} {'':>11} {'':>22}  {fig['peak_rss_mb'][0]:12,.0f}")
    for key, name in (("workers_1", "ingest --workers 1"), ("workers_2", "ingest --workers 2"),
                      ("ray", "ingest --engine ray (whole run)")):  # fmt: skip
        fig = ingest[key]
        runs = " ".join(f"{t:.1f}" for t in fig["runs_s"])
        peaks = " / ".join(f"{m:,}" for m in fig["peak_rss_mb"]) or "-"
        best, median = fig["words_per_s_best"], fig["words_per_s_median"]
        lines.append(f"{name:34} {best:9,.0f} {median:11,.0f} {runs:>22}  {peaks:>12}")
    ray = ingest["ray"]
    lines += [
        f"{'ingest --engine ray (steady)':34} {ray['steady_words_per_s_best']:9,.0f}"
        f" {'':>11} {' '.join(f'{t:.1f}' for t in ray['steady_s']):>22}",
        "",
        f"pipeline / bare spaCy, per process: {ratios['pipeline_over_bare']:.2f}  (target ≥ 0.8)",
        f"2 workers / 1:                      {ratios['workers_2_over_1']:.2f}×  (target ≥ 1.7)",
        f"Ray local / 1 worker:               {ratios['ray_over_1']:.2f}× whole run, "
        f"{ratios['ray_steady_over_1']:.2f}× steady  (target ≥ 1.5)",
        f"store writes, one process:          {result['store_writes_articles_per_s']:,.0f} articles/s",
        "",
        f"one GDELT day ({result['projection_input']['articles']:,} articles × "
        f"{result['projection_input']['article_words']} words = {proj['node']['words'] / 1e6:,.0f}M words):",
        f"  16-core node (15 workers + writer at the 2-worker efficiency): {proj['node']['node_hours']} h, "
        f"{proj['node']['node_articles_per_s']} articles/s to write",
        f"  4 × 16-core Ray cluster (at the local Ray efficiency): {proj['cluster']['cluster_hours']} h, "
        f"{proj['cluster']['cluster_articles_per_s']} articles/s to write; "
        f"one writer takes {result['store_writes_articles_per_s']:,.0f}/s",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--words", type=int, default=None, help=f"corpus size (default {FULL_WORDS:,})")
    parser.add_argument("--rounds", type=int, default=None, help="rounds of the ingest figures (default 3)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_WORDS:,} words, 1 round")
    parser.add_argument("--no-ray", action="store_true", help="leave Ray out")
    parser.add_argument("--gdelt-articles", type=int, default=GDELT_ARTICLES)
    parser.add_argument("--article-words", type=int, default=ARTICLE_WORDS)
    parser.add_argument("--json", type=Path, default=None, metavar="PATH")
    args = parser.parse_args(argv)
    words_wanted = args.words or (QUICK_WORDS if args.quick else FULL_WORDS)
    rounds = args.rounds or (1 if args.quick else 3)

    from strife.ingest import ingest
    from strife.pipeline import Pipeline
    from strife.readers import parse_wire
    from strife.settings import load_settings
    from strife.workers import PipelineSpec, WorkerPool

    settings = load_settings()
    texts = generate(words_wanted, seed=args.seed)
    raws = [parse_wire(text, f"bench:{i}") for i, text in enumerate(texts)]
    words = sum(len(raw.body.split()) for raw in raws)
    loads = [load()]

    bare = measure_bare(settings.spacy_model, [r.body for r in raws], settings.batch_size, rounds)
    alone, _ = measure_pipeline([texts], words, rounds)
    loads.append(load())

    with tempfile.TemporaryDirectory(prefix="strife-throughput-") as tmp:
        work = Path(tmp)
        folder = work / "corpus"
        folder.mkdir()
        for i, text in enumerate(texts):
            (folder / f"{i:05d}.txt").write_text(text, encoding="utf-8")
        os.environ[TIMINGS_ENV] = str(work / "ray-timings.jsonl")
        series = {key: Series(key, words) for key in ("workers_1", "workers_2", "ray")}
        pipeline = Pipeline(settings)
        articles = list(pipeline.pipe(raws))

        def one_worker() -> None:
            with fresh_store(work, "w1") as store:
                ingest([str(folder)], store, pipeline, max_bytes=settings.max_input_bytes)

        with WorkerPool(PipelineSpec(settings), 2) as pool:

            def two_workers() -> None:
                with fresh_store(work, "w2") as store:
                    ingest([str(folder)], store, pool, max_bytes=settings.max_input_bytes)

            two_workers()  # warm-up: both workers start and load the model
            ray = None
            if not args.no_ray:
                import ray as ray_module

                ray = ray_module
                ray.init(num_cpus=2, include_dashboard=False, configure_logging=False, log_to_driver=False)
                actor = make_actor()
            one_worker()  # warm-up
            for _ in range(rounds):
                timed(series["workers_1"], one_worker)
                timed(series["workers_2"], two_workers)
                if ray is not None:
                    ray_round(series["ray"], settings, folder, work, actor)
            series["workers_2"].peak_rss_mb = [p / MB for p in pool.peak_rss.values()]
        if ray is not None:
            ray.shutdown()
        writes = store_ceiling(articles, work, rounds)
    loads.append(load())

    ingest_figures = {key: s.as_dict() for key, s in series.items() if s.runs_s}
    all_loads = loads + [x for s in series.values() for x in s.loads]
    result: dict[str, Any] = {
        "corpus": {
            "seed": args.seed,
            "words": words,
            "articles": len(texts),
            "paragraphs": sum(len(paragraphs_of(r.body)) for r in raws),
        },
        "rounds": rounds,
        "cpus": os.cpu_count(),
        "load_min": min(all_loads),
        "load_max": max(all_loads),
        "bare": bare.as_dict(),
        "pipeline": alone.as_dict(),
        "ingest": ingest_figures,
        "store_writes_articles_per_s": round(writes, 1),
        "projection_input": {"articles": args.gdelt_articles, "article_words": args.article_words},
    }
    one = series["workers_1"].rate()
    result["ratios"] = {
        "pipeline_over_bare": round(alone.words_per_s / bare.words_per_s, 3),
        "workers_2_over_1": round(series["workers_2"].rate() / one, 3),
        "ray_over_1": round(series["ray"].rate() / one, 3) if series["ray"].runs_s else 0.0,
        "ray_steady_over_1": round(series["ray"].rate(series["ray"].steady_s) / one, 3)
        if series["ray"].steady_s
        else 0.0,
    }
    result["projection"] = {
        "node": projection(result, 15, 1),
        "cluster": projection(result, 16, 4),
    }
    if series["ray"].runs_s:
        print(report(result))
    else:
        print(json.dumps(result, indent=2))
    save_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
