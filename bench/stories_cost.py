"""Benchmark story clustering: ``strife.stories.cluster_stories`` on 10,000 synthetic articles.

    python bench/stories_cost.py                     # 10,000 articles, one timed run
    python bench/stories_cost.py --articles 2000 --repeat 3 --json out.json

The articles come from ``bench/corpus.py`` (seeded), read with ``strife.readers.parse_wire`` (headline,
dateline → ``published``). One in ten is a syndicated copy of an earlier one: same body, another
outlet, a reworded headline, published up to six hours later — so the near-duplicate step has work to
do. Each article's actors are the generator's country and organisation names found in its body. The
target is 10,000 articles in at most 2 minutes. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import time
from datetime import timedelta
from pathlib import Path

from corpus import COUNTRIES, ORGS, OUTLETS, generate
from strife.readers import parse_wire
from strife.stories import StoryDoc, cluster_stories

TARGET_S = 120.0
MAX_WORDS_PER_ARTICLE = 340  # over the generator's longest body: enough texts, then cut
COPY_EVERY = 10
MB = 1024 * 1024
_KNOWN = sorted({c.name for c in COUNTRIES} | {o.name for o in ORGS})


def peak_rss_mb() -> float:
    """This process's peak resident set size (``VmHWM``, else ``getrusage``)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / MB
    except OSError:
        pass
    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale / MB


def make_docs(articles: int, seed: int) -> list[StoryDoc]:
    """``articles`` documents: generated originals and, every ``COPY_EVERY``-th, a copy of one."""
    originals = articles - articles // COPY_EVERY
    texts = generate(originals * MAX_WORDS_PER_ARTICLE, seed=seed)
    rng = random.Random(seed)
    docs: list[StoryDoc] = []
    for n, text in enumerate(texts[:originals]):
        raw = parse_wire(text)
        actors = tuple(name for name in _KNOWN if name in raw.body)
        docs.append(StoryDoc(f"a{n:05d}", raw.headline, raw.body, rng.choice(OUTLETS), raw.published, actors))
    for n in range(articles - originals):
        source = docs[rng.randrange(originals)]
        later = source.published + timedelta(minutes=rng.randrange(360)) if source.published else None
        headline = f"{source.headline} (update)" if source.headline else None
        docs.append(StoryDoc(f"c{n:05d}", headline, source.body, rng.choice(OUTLETS), later, source.actors))
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    docs = make_docs(args.articles, args.seed)
    built = time.perf_counter() - began
    runs: list[float] = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        clustering = cluster_stories(docs)
        runs.append(time.perf_counter() - start)
    best = min(runs)
    copies = sum(len(group) - 1 for story in clustering.stories for group in story.near_duplicates)
    figures = {
        "articles": len(docs),
        "corpus_s": round(built, 2),
        "runs_s": [round(t, 2) for t in runs],
        "best_s": round(best, 2),
        "articles_per_s": round(len(docs) / best, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "stories": len(clustering.stories),
        "threads": len(clustering.threads),
        "copies_joined": copies,
    }
    met = "met" if args.articles < 10_000 or best <= TARGET_S else "NOT met"
    print(f"story clustering: {len(docs):,} articles in {best:.1f} s ({len(docs) / best:,.0f} articles/s)")
    print(f"  peak RSS {figures['peak_rss_mb']:.0f} MB; corpus built in {built:.1f} s (not timed)")
    print(
        f"  {len(clustering.stories):,} stories, {len(clustering.threads):,} threads, {copies} copies joined"
    )
    print(f"  target: 10,000 articles in ≤ {TARGET_S:.0f} s — {met}")
    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
