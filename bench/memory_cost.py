"""Peak memory per MB of text: the full pipeline against bare spaCy on the same text (issue 10).

    python bench/memory_cost.py                       # 0.25, 0.5, 1 and 2 MB, one article each
    python bench/memory_cost.py --sizes 0.5 --json out.json

For each size, one text of that many bytes is assembled from ``bench/corpus.py``'s dispatches (their
bodies joined, blank-line separated: one long article of real-looking news paragraphs). Each
measurement runs in a fresh process (spawn), which loads the model, warms up on a short text, resets
the kernel's peak-RSS mark (``/proc/self/clear_refs``) and then reads the text:

* *bare spaCy*: ``nlp.pipe`` over the text's paragraphs with spaCy's default batch size, each ``Doc``
  dropped as it comes (what spaCy alone needs to read the text);
* *pipeline*: ``Pipeline(load_settings()).pipe([article])``: parse, every step, the record (kept).

Printed per size: MB added over the process's memory after warm-up (peak ``VmHWM`` − RSS before),
the same per MB of text, and pipeline / bare. Linux only (``/proc``). The issue's target: the
pipeline's peak within 2× bare spaCy's on the same text.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

MB = 1_000_000


def text_of(size_mb: float) -> str:
    """About ``size_mb`` MB (UTF-8) of news paragraphs, cut at a paragraph end."""
    from corpus import generate
    from strife.readers import parse_wire

    want = int(size_mb * MB)
    bodies: list[str] = []
    total = 0
    seed = 7
    while total < want:
        for text in generate(max(20_000, want // 6), seed=seed):
            body = parse_wire(text).body
            bodies.append(body)
            total += len(body.encode("utf-8")) + 2
            if total >= want:
                break
        seed += 1
    return "\n\n".join(bodies)


def _status(key: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(key):
                return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> None:
    with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
        refs.write("5")


def _measure(kind: str, size_mb: float, out: Any) -> None:
    os.environ["STRIFE_ARTICLE_TIME_BUDGET"] = "1000000"  # memory is measured here, not time
    text = text_of(size_mb)
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if kind == "bare":
        import spacy

        from strife.settings import load_settings

        nlp = spacy.load(load_settings().spacy_model)
        list(nlp.pipe(["A short text to warm up.", "Another one."]))
        before = _status("VmRSS:")
        _reset_peak()
        start = time.perf_counter()
        for _ in nlp.pipe(paragraphs):
            pass
    else:
        from strife.pipeline import Pipeline
        from strife.record import RawArticle
        from strife.settings import load_settings

        pipeline = Pipeline(load_settings())
        list(pipeline.pipe([RawArticle(body="Envoys met in Geneva. “We will talk,” he said.")]))
        before = _status("VmRSS:")
        _reset_peak()
        start = time.perf_counter()
        found = list(pipeline.pipe([RawArticle(body=text, id="long")]))
        assert len(found) == 1, "the pipeline did not read the text"
    seconds = time.perf_counter() - start
    out.put(
        {
            "kind": kind,
            "size_mb": len(text.encode("utf-8")) / MB,
            "paragraphs": len(paragraphs),
            "rss_before_mb": before / MB,
            "peak_mb": _status("VmHWM:") / MB,
            "added_mb": (_status("VmHWM:") - before) / MB,
            "seconds": seconds,
        }
    )


def measure(kind: str, size_mb: float) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=_measure, args=(kind, size_mb, out))
    proc.start()
    result: dict[str, Any] = out.get(timeout=3600)
    proc.join(60)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0], help="MB of text")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args()
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    rows = []
    for size in a.sizes:
        bare, full = measure("bare", size), measure("pipeline", size)
        ratio = full["added_mb"] / bare["added_mb"] if bare["added_mb"] > 0 else float("inf")
        rows.append({"bare": bare, "pipeline": full, "ratio": ratio})
        print(
            f"{full['size_mb']:.2f} MB ({full['paragraphs']} paragraphs): "
            f"bare spaCy +{bare['added_mb']:.0f} MB ({bare['added_mb'] / bare['size_mb']:.0f} MB/MB, "
            f"{bare['seconds']:.0f} s, peak {bare['peak_mb']:.0f}); "
            f"pipeline +{full['added_mb']:.0f} MB ({full['added_mb'] / full['size_mb']:.0f} MB/MB, "
            f"{full['seconds']:.0f} s, peak {full['peak_mb']:.0f}); pipeline / bare {ratio:.2f}",
            flush=True,
        )
    if a.json:
        a.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
