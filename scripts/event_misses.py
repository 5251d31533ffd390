"""Print the news-events misses of the TUNE half only: each gold event strife does not find.

Run from the project root with ``../shared`` beside it::

    .venv/bin/python scripts/event_misses.py                 # every tune document
    .venv/bin/python scripts/event_misses.py --docs ROWS.tsv # only the documents named in ROWS.tsv
    .venv/bin/python scripts/event_misses.py --dyad          # right root, wrong or missing side
    .venv/bin/python scripts/event_misses.py --false         # predicted events with no gold root

For each tune-half gold event with no predicted event of its root in its sentence: ``MISS`` with the
document, the gold code (``also`` codes after ``|``), its sides and the sentence, then what strife
reported in the sentence with the rules alone (``rules:``) and what the hashed second opinion (the
default) keeps of it (``kept`` or ``DROPPED``). A line ``FOUND-BY-RULES`` marks a miss the rules
found and the opinion dropped. The report half is never read: its documents are left out before the
pipeline runs, so its misses cannot be printed by mistake.

With ``--dyad`` it prints instead each tune-half gold event found with its root but not with its
sides (``DYAD``): the gold sides, then each event of that root with the sides strife gave it, marked
``src!`` / ``tgt!`` where that side does not fit the gold (:func:`actor_matches`).

With ``--false`` it prints instead each tune-half predicted event whose root is no gold root of its
sentence (``FALSE``): the code, its sides, whether the opinion keeps it, ``counted`` where series
count it (a coded side, not historical), the gold events of the sentence and the sentence.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path

from strife.evaluation.news_events import (
    DevSentence,
    GoldEvent,
    actor_matches,
    check_texts,
    dev_documents,
    dev_path,
    events_in,
    load_dev_set,
)
from strife.events.hashed_embedder import WEIGHTS_FILE, HashedEmbedder
from strife.events.second_opinion import Opinion, load_opinion
from strife.pipeline import Pipeline
from strife.record import Actor, Article, Event
from strife.settings import load_settings
from strife.steps import DEFAULT_STEPS

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _side(actor: Actor | None) -> str:
    return "-" if actor is None else f"{actor.code or '?'}({actor.name})"


def _gold(gold: GoldEvent) -> str:
    also = f"|{','.join(gold.also)}" if gold.also else ""
    return f"{gold.code}{also} {gold.source or '-'}->{gold.target or '-'}"


def _kept(opinion: Opinion, embedder: HashedEmbedder, text: str, event: Event) -> bool:
    if not opinion.consults(event.confidence, event.cameo_root):
        return True
    p = opinion.classifier.probabilities(embedder.embed([text]))[0]
    return opinion.verdict(event.confidence, event.cameo_root, p) is not None


def _sentence(
    s: DevSentence, article: Article | None, body: str, opinion: Opinion, embedder: HashedEmbedder
) -> None:
    text = body[s.start : s.end].replace("\n", " ")
    events = events_in(article, s)
    kept = {id(e): _kept(opinion, embedder, text, e) for e in events}
    for gold in s.events:
        rule_hit = any(e.cameo_root in gold.roots for e in events)
        if any(e.cameo_root in gold.roots and kept[id(e)] for e in events):
            continue
        print(f"MISS {s.doc}:{s.start} gold {_gold(gold)}")
        print(f"  sentence: {text}")
        if rule_hit:
            print("  FOUND-BY-RULES (dropped by the opinion)")
        for e in events:
            verdict = "kept" if kept[id(e)] else "DROPPED"
            print(
                f"  rules: {e.cameo} {_side(e.source)}->{_side(e.target)} conf={e.confidence} "
                f"{verdict} evidence={e.evidence.text[:80]!r}"
            )
        if not events:
            print("  rules: nothing")


def _dyad_misses(s: DevSentence, article: Article | None, body: str) -> None:
    text = body[s.start : s.end].replace("\n", " ")
    events = events_in(article, s)
    for gold in s.events:
        hits = [e for e in events if e.cameo_root in gold.roots]
        fits = [(actor_matches(gold.source, e.source), actor_matches(gold.target, e.target)) for e in hits]
        if not hits or any(src and tgt for src, tgt in fits):
            continue
        print(f"DYAD {s.doc}:{s.start} gold {_gold(gold)}")
        print(f"  sentence: {text}")
        for e, (src, tgt) in zip(hits, fits, strict=True):
            marks = ("" if src else " src!") + ("" if tgt else " tgt!")
            print(f"  rules: {e.cameo} {_side(e.source)}->{_side(e.target)}{marks}")


def _false_events(
    s: DevSentence, article: Article | None, body: str, opinion: Opinion, embedder: HashedEmbedder
) -> None:
    text = body[s.start : s.end].replace("\n", " ")
    roots = {root for gold in s.events for root in gold.roots}
    for e in events_in(article, s):
        if e.cameo_root in roots:
            continue
        verdict = "kept" if _kept(opinion, embedder, text, e) else "DROPPED"
        counted = " counted" if e.coded and not e.historical else ""
        golds = " ".join(_gold(g) for g in s.events) or "none"
        print(f"FALSE {s.doc}:{s.start} {e.cameo} {_side(e.source)}->{_side(e.target)} {verdict}{counted}")
        print(f"  gold: {golds}")
        print(f"  sentence: {text}")


def _wanted(path: Path | None) -> set[str] | None:
    if path is None:
        return None
    with path.open(encoding="utf-8") as handle:
        return {row["doc"] for row in csv.DictReader(handle, delimiter="\t")}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=Path, help="a TSV with a doc column: only these documents")
    parser.add_argument("--dyad", action="store_true", help="right root, wrong or missing side")
    parser.add_argument("--false", action="store_true", help="predicted events with no gold root")
    args = parser.parse_args(argv)
    wanted = _wanted(args.docs)
    sentences = [
        s for s in load_dev_set(dev_path()) if s.split == "tune" and (wanted is None or s.doc in wanted)
    ]
    docs = dev_documents(SHARED, {s.doc for s in sentences})
    check_texts(sentences, docs)
    pipeline = Pipeline(load_settings(), steps=DEFAULT_STEPS)
    articles = {a.id: a for a in pipeline.pipe(docs[name] for name in sorted(docs))}
    if args.dyad:
        for s in sentences:
            _dyad_misses(s, articles.get(s.doc), docs[s.doc].body)
        return
    opinion, embedder = load_opinion(bundled=WEIGHTS_FILE), HashedEmbedder()
    show = _false_events if args.false else _sentence
    for s in sentences:
        show(s, articles.get(s.doc), docs[s.doc].body, opinion, embedder)


if __name__ == "__main__":
    main()
