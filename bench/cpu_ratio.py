"""Full pipeline over bare spaCy in CPU time, the two interleaved in one process.

    python bench/cpu_ratio.py                 # ~60k words, one warm-up round then 3 timed rounds
    python bench/cpu_ratio.py --words 20000 --repeat 5 --json out.json

``bench/run.py`` times bare spaCy and the full pipeline one after the other in wall time, so on a
shared machine a busy spell during one of them moves the ratio by 10–20%. This figure runs both in
this process over the same articles, batch by batch in alternating order (``settings.batch_size``
articles: bare ``nlp.pipe`` over their paragraphs, then ``Pipeline.pipe`` over the articles, then the
other way round on the next batch), and reads this process's CPU time (``time.process_time``), so
other processes' load hits both alike. Bare spaCy is the model as shipped (``spacy.load``); the full
pipeline loads its own copy. The ratio is full words/s over bare words/s (target ≥ 0.8), per round
and over the rounds' best times. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from corpus import generate
from events_cost import _interleaved_runs, _timed_build
from figure import save_json
from run import FULL_WORDS, TARGET_RATIO, _load_average, paragraphs_of


def measure(raws: Sequence[Any], repeat: int) -> dict[str, Any]:
    """Both loads, every round's CPU seconds for bare spaCy and the full pipeline, and their ratios."""
    import spacy

    from strife.pipeline import Pipeline
    from strife.settings import load_settings

    settings = load_settings()
    nlp, bare_load = _timed_build(lambda: spacy.load(settings.spacy_model))
    pipeline, full_load = _timed_build(lambda: Pipeline(settings))

    def bare(part: list[Any]) -> None:
        paragraphs = [p for raw in part for p in paragraphs_of(raw.body)]
        for _ in nlp.pipe(paragraphs, batch_size=max(1, len(paragraphs))):
            pass

    def full(part: list[Any]) -> None:
        for _ in pipeline.pipe(part):
            pass

    bare_s, full_s = _interleaved_runs(
        [bare, full], list(raws), settings.batch_size, repeat, lambda: None, clock=time.process_time
    )
    ratios = [b / f for b, f in zip(bare_s, full_s, strict=True)]
    return {
        "load_s": {"bare": round(bare_load, 3), "full": round(full_load, 3)},
        "bare_cpu_s": [round(t, 3) for t in bare_s],
        "full_cpu_s": [round(t, 3) for t in full_s],
        "round_ratios": [round(r, 3) for r in ratios],
        "median_ratio": round(statistics.median(ratios), 3),
        "best_ratio": round(min(bare_s) / min(full_s), 3),
        "target": TARGET_RATIO,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--words", type=int, default=FULL_WORDS, help=f"corpus size (default {FULL_WORDS:,})")
    parser.add_argument("--seed", type=int, default=7, help="corpus seed (default 7)")
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds (default 3)")
    parser.add_argument("--json", type=Path, default=None, metavar="PATH", help="write the figures here")
    args = parser.parse_args(argv)
    if args.words <= 0 or args.repeat <= 0:
        parser.error("--words and --repeat must be positive")
    from strife.readers import parse_wire

    texts = generate(args.words, seed=args.seed)
    raws = [parse_wire(text, f"bench:{i}") for i, text in enumerate(texts)]
    words = sum(len(raw.body.split()) for raw in raws)
    result = measure(raws, args.repeat) | {"words": words, "load_average_1min": round(_load_average(), 2)}
    met = "met" if result["median_ratio"] >= TARGET_RATIO else "NOT met"
    print(f"{words:,} words, {len(raws)} articles; CPU time, bare spaCy and the pipeline interleaved")
    print(f"load: bare {result['load_s']['bare']:.2f} s, full pipeline {result['load_s']['full']:.2f} s")
    for k, (b, f) in enumerate(zip(result["bare_cpu_s"], result["full_cpu_s"], strict=True), 1):
        print(f"round {k}: bare {b:7.2f} s  full {f:7.2f} s  full/bare {b / f:.3f}")
    print(
        f"full / bare: median {result['median_ratio']:.3f}, best-of {result['best_ratio']:.3f}"
        f" (target ≥ {TARGET_RATIO}: {met}); 1-minute load {result['load_average_1min']}"
    )
    save_json(args.json, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
