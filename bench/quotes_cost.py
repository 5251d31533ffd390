"""Time of the quotes step per quote, for one paragraph holding 100 … 2,000 quotes (issue 10).

    python bench/quotes_cost.py                       # 100, 250, 500, 1,000, 2,000 quotes; best of 3
    python bench/quotes_cost.py --counts 100 2000 --repeat 1 --json out.json

Each paragraph is built from one of four shapes, repeated ``n`` times:

* ``sentences`` — one quote per sentence, five kinds in turn: a direct quote with the cue after it, a
  partial quote governed by "described … as", a colon-introduced quote, indirect speech, and a sentence
  of apostrophes and straight single quotes that quote nothing ('90s, rock 'n' roll);
* ``one sentence`` — one sentence listing ``n`` quoted demands (``Officials listed “demand 1”, …``): the
  parser hangs them all off one verb, a coordination chain thousands of tokens deep;
* ``straight`` — straight double quotes, ``He said "…," the minister said.``;
* ``unclosed`` — ``n`` opening marks that are never closed.

The paragraph is parsed with the pipeline's spaCy model and read by the ``actors`` and ``coref`` steps
first (untimed: the quotes step reads their output); then the quotes step alone is timed in CPU time
of this process (``time.process_time``: the step is single-threaded Python, and wall time on the shared
machine mostly measures the other engineers' load), after a ``gc.collect()``, one untimed warm-up and
the best of ``--repeat``. Printed per shape: milliseconds per quote mark for each count and
the ratio of the largest count's figure to the smallest's (flat: about 1). See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

from strife.nlp.document import ArticleDoc
from strife.pipeline import Pipeline
from strife.record import RawArticle
from strife.settings import load_settings

COUNTS = (100, 250, 500, 1000, 2000)
_SENTENCES = (
    "“We will not accept proposal number {i} under any conditions,” the minister said.",
    "Officials described the talks on item {i} as “serious but difficult”.",
    "Grushko told reporters: “The answer to question {i} is clear.”",
    "She said that round {i} of the talks had gone well.",
    "In the '90s, item {i} was rock 'n' roll for them.",
)
SHAPES: dict[str, Callable[[int], str]] = {
    "sentences": lambda n: " ".join(_SENTENCES[i % len(_SENTENCES)].format(i=i) for i in range(n)),
    "one sentence": lambda n: (
        "Officials listed " + ", ".join(f"“demand {i}”" for i in range(n)) + " as their terms."
    ),
    "straight": lambda n: " ".join(f'He said "we refuse offer {i}," the minister said.' for i in range(n)),
    "unclosed": lambda n: " ".join(f"“word {i} said" for i in range(n)),
}


def measure(pipeline: Pipeline, shape: str, n: int, repeat: int) -> dict[str, float]:
    """Seconds of the quotes step on one paragraph of ``n`` quotes of ``shape`` (best of ``repeat``)."""
    text = SHAPES[shape](n)
    start = time.perf_counter()
    docs = list(pipeline.nlp.pipe([text]))
    parse_s = time.perf_counter() - start
    steps = dict(pipeline.steps)
    best = float("inf")
    found = 0
    for run in range(repeat + 1):
        art = ArticleDoc(raw=RawArticle(body=text), offsets=[0], docs=docs)
        steps["actors"](art)
        steps["coref"](art)
        gc.collect()
        start = time.process_time()
        steps["quotes"](art)
        took = time.process_time() - start
        found = len(art.quotes)
        if run:  # the first is the warm-up
            best = min(best, took)
    return {"quotes_s": best, "per_quote_ms": 1000 * best / n, "parse_s": parse_s, "found": found}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", type=int, nargs="+", default=list(COUNTS), help="quotes per paragraph")
    ap.add_argument("--shapes", nargs="+", default=list(SHAPES), choices=list(SHAPES))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args()
    pipeline = Pipeline(load_settings(), steps=("actors", "coref", "quotes"))
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; best of {a.repeat}")
    results: dict[str, dict[int, dict[str, float]]] = {}
    for shape in a.shapes:
        results[shape] = {}
        for n in a.counts:
            fig = measure(pipeline, shape, n, a.repeat)
            results[shape][n] = fig
            print(
                f"{shape:>12} {n:>5} quotes: {fig['per_quote_ms']:.3f} ms a quote "
                f"(step {fig['quotes_s']:.3f} s, {fig['found']:.0f} found; parse {fig['parse_s']:.1f} s)",
                flush=True,
            )
        low, high = results[shape][min(a.counts)], results[shape][max(a.counts)]
        ratio = high["per_quote_ms"] / low["per_quote_ms"]
        print(f"{shape:>12} ratio {max(a.counts)} / {min(a.counts)}: {ratio:.2f}")
    if a.json:
        a.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
