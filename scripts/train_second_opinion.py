"""Train the learned second opinion (``strife.events.second_opinion``) on tune halves only.

Run from the project root with ``../shared`` beside it and the extra installed
(``pip install -e '.[learned]' torch==2.13.0``)::

    .venv/bin/python scripts/train_second_opinion.py            # writes src/strife/data/second_opinion.npz
    .venv/bin/python scripts/train_second_opinion.py --dry-run  # prints the tuning, writes nothing
    .venv/bin/python scripts/train_second_opinion.py --embedder hashed  # the torch-free one (numpy only):
                                                        # writes src/strife/data/second_opinion_hashed.npz

Labelled sentences, all from tune halves (:func:`strife.evaluation.event_reading.half`, the news dev
set's ``split`` column); report halves, PETRARCH's GSR validation sentences and PolNeAR are never read:

- PLOVER gold records of the tune half: the PLOVER type's weight is spread evenly over the CAMEO roots
  whose codes map to that type (strife's codebook);
- CAMEO codebook examples of the tune half: their root;
- the news dev set's tune split: each sentence's gold roots, or ``none`` for a sentence with no event.

Each example weighs :data:`NEWS_WEIGHT` times more when it is a news sentence, divided by the size of
its main class (:data:`CLASS_BALANCE`). Steps: embed every sentence (MiniLM); pick the L2 weight by
5-fold cross-validated log-loss (folds by document / record); keep each sentence's out-of-fold
probabilities; read the tune halves with the rules (the default pipeline) and replay the second
opinion's verdict on their events with those out-of-fold probabilities over a grid of thresholds; among
those that drop none of the seed dispatch's events, keep the thresholds that raise the tune figures most
(:func:`objective`: news root F1 + news root precision + PLOVER macro-F1 + codebook root accuracy, where
none of news F1, PLOVER and codebook falls and news recall falls by at most 0.05); fit the final
classifier on all tune sentences and write it with the thresholds.

The event verifier (:mod:`strife.events.event_verifier`, trained by ``scripts/train_event_verifier.py``;
only with ``--verifier``, off by default since the session-11 weights it wrote lost one gold event on
the report half; ``--no-triggers`` leaves out its trigger's features): its out-of-fold ``P(right)`` is
replayed in a second threshold search (the sentence thresholds the first chose, or none, with
``verify_under`` and ``verify_blend``). It is written into the weights file only when the chosen
thresholds use it. The rules' reading of the tune halves, its cache and the folds are in
``scripts/tune_reading.py``.

Options of the fit and the search (session 16; ``scripts/opinion_compare.py``): ``--l2`` (one L2 weight
instead of the grid), ``--class-balance`` (the exponent above), ``--none-weight`` (a factor on the
``none`` examples' weight), ``--event-sentences-only`` (train on the news sentences where the rules found
an event, with PLOVER and codebook), ``--max-recall-loss`` (the recall guard, 0.05 by default),
``--keep-counted`` (counted precision may not fall and joins the objective); ``--compare-bundled`` prints
the bundled weights replayed on the same reading, ``--unseen-since FILE`` the figures again on the tune
sentences missing from an older dev set file's tune split (where older weights are judged out of sample).
With --max-recall-loss 0.01 none of the fit options moved the chosen thresholds' out-of-fold figures on
session 16's rules by more than 0.002 (root F1 0.712-0.713, recall 0.656, counted 0.866); see the README.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from opinion_compare import compare, training_options
from strife.evaluation import find_shared
from strife.evaluation.cameo_codebook import examples, load_codebook_rows, score_codebook
from strife.evaluation.event_reading import half, primary_event
from strife.evaluation.news_events import (
    check_texts,
    dev_documents,
    dev_path,
    load_dev_set,
    score_news_events,
)
from strife.evaluation.plover import load_plover, macro_f1, predicted_type
from strife.events.codebook import load_codebook
from strife.events.hashed_embedder import WEIGHTS_FILE as HASHED_WEIGHTS_FILE
from strife.events.hashed_embedder import HashedEmbedder
from strife.events.second_opinion import (
    NONE,
    WEIGHTS_FILE,
    Classifier,
    Embedder,
    Matrix,
    MiniLMEmbedder,
    Opinion,
    Thresholds,
    fit_classifier,
)
from strife.pipeline import Pipeline
from strife.record import Article, Event
from strife.steps import DEFAULT_STEPS
from train_event_verifier import NEWS_WEIGHT, Verification, train_verifier
from tune_reading import (
    FOLDS,
    TuneReading,
    cached,
    event_groups,
    fold_of,
    log_loss,
    out_of_fold,
    read_tune,
    seed_events,
)

L2_GRID = (3e-5, 1e-4, 3e-4)
#: The hashed embedder's rows are sparse, with thousands of columns: it wants more shrinking.
HASHED_L2_GRID = (1e-5, 3e-5, 1e-4)
DOUBT_GRID = (0.0, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0)
DROP_GRID = (0.5, 0.7, 0.9, 1.0)
ROOT_GRID = (0.0, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12)
BLEND_GRID = (0.0, 0.2, 0.5)
#: The event verifier's thresholds: P(right) under which a doubted event is dropped; its share of
#: a kept event's confidence.
VERIFY_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
VERIFY_BLEND_GRID = (0.0, 0.2, 0.5)
#: A news dev sentence weighs ``NEWS_WEIGHT`` (3, from train_event_verifier) times more than a codebook
#: or PLOVER example: news is what strife reads (3 gave a slightly better tuning than 1 on the tune
#: halves' out-of-fold figures).
#: Each example also weighs 1 / (examples of its main class) ** CLASS_BALANCE, so that "none" (244 of
#: the 609 tune sentences in session 8) and the common roots do not drown the rare ones. Session 8 chose
#: it on the tune halves' out-of-fold objective (seed kept), over three fold assignments (the shipped one,
#: two others): 0 (none) 2.892 / 2.880 / 2.877, 0.5 2.897 / 2.908 / 2.913, 1 2.897 / 2.897 / 2.913.
CLASS_BALANCE = 0.5
#: How much news root recall (tune half) the drops may cost: about four gold events of 76 (session 8).
MAX_RECALL_LOSS = 0.05


@dataclass(frozen=True)
class Example:
    text: str
    target: dict[str, float]  # class → weight, summing to 1
    group: str  # what decides the fold: a document, a record, a codebook code
    origin: str  # plover, codebook, news
    span: tuple[int, int] | None = None  # a news sentence's offsets in its document


def classes() -> tuple[str, ...]:
    return (*load_codebook().roots(), NONE)


def plover_roots() -> dict[str, list[str]]:
    """PLOVER type → the CAMEO roots with a code mapping to it."""
    book = load_codebook()
    roots: dict[str, set[str]] = defaultdict(set)
    for code in book.codes():
        plover = book.plover(code)
        if plover is not None:
            roots[plover.type].add(code[:2])
    return {kind: sorted(found) for kind, found in roots.items()}


def spread(roots: Sequence[str]) -> dict[str, float]:
    return {root: 1.0 / len(roots) for root in roots}


def labelled(shared: Path) -> list[Example]:
    """The tune halves' labelled sentences."""
    out: list[Example] = []
    by_type = plover_roots()
    for record in load_plover(shared):
        if half(record.id) == "tune" and record.type in by_type:
            out.append(Example(record.text, spread(by_type[record.type]), record.id, "plover"))
    for row in examples(load_codebook_rows(shared)):
        if half(row.code) == "tune":
            out.append(Example(row.example or "", {row.root: 1.0}, row.code, "codebook"))
    sentences = [s for s in load_dev_set(dev_path()) if s.split == "tune"]
    docs = dev_documents(shared, {s.doc for s in sentences})
    check_texts(sentences, docs)
    for s in sentences:
        roots = sorted({g.code[:2] for g in s.events}) or [NONE]
        out.append(Example(docs[s.doc].body[s.start : s.end], spread(roots), s.doc, "news", (s.start, s.end)))
    return out


def event_sentences(data: Sequence[Example], reading: TuneReading) -> list[Example]:
    """The PLOVER and codebook examples, and the news sentences where the rules found an event
    (``--event-sentences-only``: the model learns to judge the rules' events, not how rare events are)."""
    found = {(s.doc, (s.start, s.end)) for s, events in zip(*reading.news, strict=True) if events}
    return [e for e in data if e.origin != "news" or (e.group, e.span) in found]


def main_class(example: Example) -> str:
    """The class an example weighs most on (the first in class order on a tie)."""
    return max(sorted(example.target), key=lambda name: example.target[name])


def example_weights(
    data: Sequence[Example], news_weight: float, balance: float, none_weight: float = 1.0
) -> Matrix:
    """Each example's weight in the fit: ``news_weight`` for a news sentence (1 otherwise), divided by
    the number of examples of its main class raised to ``balance`` (0: no class balancing), times
    ``none_weight`` when that class is ``none`` (``--none-weight``)."""
    counts = Counter(main_class(e) for e in data)
    return np.array(
        [
            (news_weight if e.origin == "news" else 1.0)
            / counts[main_class(e)] ** balance
            * (none_weight if main_class(e) == NONE else 1.0)
            for e in data
        ]
    )


def targets(data: Sequence[Example], names: Sequence[str]) -> Matrix:
    matrix = np.zeros((len(data), len(names)))
    for i, example in enumerate(data):
        for name, weight in example.target.items():
            matrix[i, names.index(name)] = weight
    return matrix


Judge = Callable[[str, Event], Event | None]


def figures(reading: TuneReading, judge: Judge) -> dict[str, float]:
    """The tune figures with each event judged (``judge`` returns the event re-weighed, or None)."""
    sentences, news_events = reading.news
    news = [
        [j for e in events if (j := judge(s.doc, e)) is not None]
        for s, events in zip(sentences, news_events, strict=True)
    ]
    scored = score_news_events(sentences, news)

    def primaries(articles: list[Article | None]) -> list[Event | None]:
        out: list[Event | None] = []
        for article in articles:
            if article is None:
                out.append(None)
                continue
            kept = [j for e in article.events if (j := judge(article.id, e)) is not None]
            out.append(primary_event(article.model_copy(update={"events": kept})))
        return out

    records, plover_articles = reading.plover
    rows, codebook_articles = reading.codebook
    plover = macro_f1([r.type for r in records], [predicted_type(e) for e in primaries(plover_articles)])
    codebook = score_codebook(rows, primaries(codebook_articles))["root_accuracy"]
    return {
        "news_root_precision": scored["root_precision"],
        "news_root_recall": scored["root_recall"],
        "news_root_f1": scored["root_f1"],
        "news_counted_precision": scored["counted_precision"],
        "plover_macro_f1": plover,
        "codebook_root": codebook,
    }


@dataclass(frozen=True)
class Guard:
    """What the threshold search may cost: news root recall falls by at most ``max_recall_loss``
    (``--max-recall-loss``); with ``counted`` (``--keep-counted``) counted precision may not fall
    either and joins the objective."""

    max_recall_loss: float = MAX_RECALL_LOSS
    counted: bool = False


def objective(base: dict[str, float], tried: dict[str, float], guard: Guard = Guard()) -> float | None:
    """What the thresholds are chosen by: news root F1 and precision, PLOVER macro-F1, codebook root
    accuracy (and counted precision with ``guard.counted``); None where news F1, PLOVER or codebook
    (or counted precision) fall below the rules' own, or news recall falls by more than
    ``guard.max_recall_loss``."""
    keys = ["news_root_f1", "plover_macro_f1", "codebook_root"]
    if guard.counted:
        keys.append("news_counted_precision")
    if any(tried[k] < base[k] - 1e-9 for k in keys):
        return None
    if tried["news_root_recall"] < base["news_root_recall"] - guard.max_recall_loss - 1e-9:
        return None
    value = (
        tried["news_root_f1"]
        + tried["news_root_precision"]
        + tried["plover_macro_f1"]
        + tried["codebook_root"]
    )
    return value + tried["news_counted_precision"] if guard.counted else value


def drops_any(
    opinion: Opinion, events: Sequence[tuple[Event, Matrix]], rights: Sequence[float | None] | None = None
) -> bool:
    """Whether the opinion drops one of the events (each with the model's probabilities, and the
    verifier's P(right) when ``rights`` gives them)."""
    right = list(rights) if rights is not None else [None] * len(events)
    return any(
        opinion.verdict(e.confidence, e.cameo_root, p, r) is None
        for (e, p), r in zip(events, right, strict=True)
    )


def tune_thresholds(
    reading: TuneReading,
    probabilities: dict[tuple[str, int, int], Matrix],
    classifier: Classifier,
    embedder: str,
    must_keep: Sequence[tuple[Event, Matrix]] = (),
    verifier: Verification | None = None,
    guard: Guard = Guard(),
) -> tuple[Thresholds, dict[str, float], dict[str, float]]:
    """The thresholds :func:`objective` likes best, among those that drop none of ``must_keep``'s
    events (each with the model's probabilities for its sentence). With a ``verifier``, a second
    search keeps the sentence thresholds the first one chose (or none) and adds the verifier's."""
    base = figures(reading, lambda _doc, e: e)
    rights = verifier.rights if verifier is not None else {}
    best: tuple[float, Thresholds, dict[str, float]] | None = None

    def consider(thresholds: Thresholds, model: Classifier | None) -> None:
        nonlocal best
        opinion = Opinion(classifier, thresholds, embedder, model)
        if drops_any(opinion, must_keep, verifier.seed if verifier is not None and model else None):
            return

        def judge(doc: str, event: Event) -> Event | None:
            p = probabilities[(doc, event.evidence.start, event.evidence.end)]
            right = rights.get(id(event)) if model is not None else None
            confidence = opinion.verdict(event.confidence, event.cameo_root, p, right)
            return None if confidence is None else event.model_copy(update={"confidence": confidence})

        tried = figures(reading, judge)
        value = objective(base, tried, guard)
        if value is not None and (best is None or value > best[0] + 1e-9):
            best = (value, thresholds, tried)

    for doubt, drop, root, blend in itertools.product(DOUBT_GRID, DROP_GRID, ROOT_GRID, BLEND_GRID):
        if doubt == 0.0 and (drop, root) != (DROP_GRID[-1], 0.0):
            continue  # nothing is doubted: the drop thresholds do not matter
        consider(Thresholds(doubt, drop, root, blend), None)
    assert best is not None  # doubt 0, blend 0 changes nothing and always qualifies
    sentence_only = best[1]
    if verifier is not None:
        print(
            "tune figures, sentence opinion alone (out-of-fold):",
            {k: round(v, 3) for k, v in best[2].items()},
        )
        kept = {(sentence_only.drop_at, sentence_only.root_under, sentence_only.blend), (1.0, 0.0, 0.0)}
        for doubt, (drop, root, blend), under, vblend in itertools.product(
            DOUBT_GRID, sorted(kept), VERIFY_GRID, VERIFY_BLEND_GRID
        ):
            consider(Thresholds(doubt, drop, root, blend, under, vblend), verifier.model)
    return best[1], base, best[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder holding gold/")
    parser.add_argument(
        "--embedder",
        choices=("minilm", "hashed"),
        default="minilm",
        help="minilm: MiniLM (needs strife[learned]); hashed: hashed word features (numpy only)",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="the weights file (by default the bundled one)"
    )
    parser.add_argument("--cache", type=Path, default=None, help="keep the rules' tune reading here (pickle)")
    parser.add_argument("--dry-run", action="store_true", help="print the tuning; write nothing")
    parser.add_argument(
        "--verifier",
        action="store_true",
        help="also train the event verifier (scripts/train_event_verifier.py) and tune its thresholds",
    )
    parser.add_argument(
        "--no-triggers", action="store_true", help="the verifier without its trigger's features"
    )
    training_options(parser, CLASS_BALANCE, MAX_RECALL_LOSS)
    args = parser.parse_args(argv)
    shared = args.shared or find_shared(Path.cwd())
    if shared is None:
        print("no shared folder with gold/ found; pass --shared", file=sys.stderr)
        return 2
    names = classes()
    pipeline = Pipeline(steps=DEFAULT_STEPS)  # the rules alone: the default steps now end in an opinion
    reading = cached(args.cache, lambda: read_tune(shared, pipeline))
    data = labelled(shared)
    if args.event_sentences_only:
        data = event_sentences(data, reading)
    sizes = {
        f"n_{origin}": float(sum(e.origin == origin for e in data))
        for origin in ("plover", "codebook", "news")
    }
    sizes["n_none"] = float(sum(NONE in e.target for e in data))
    print("labelled tune sentences:", {k: int(v) for k, v in sizes.items()})
    embedder, weights_file, l2_grid = _embedder(args.embedder)
    out = args.out or Path("src/strife/data") / weights_file
    features = embedder.embed([e.text for e in data])
    y = targets(data, names)
    weights = example_weights(data, NEWS_WEIGHT, args.class_balance, args.none_weight)
    folds = np.array([fold_of(e.group) for e in data])
    if args.l2 is not None:
        l2_grid = (args.l2,)
    losses = {l2: log_loss(y, out_of_fold(features, y, folds, names, l2, weights)) for l2 in l2_grid}
    l2 = min(losses, key=lambda k: losses[k])
    print("cross-validated log-loss by L2:", {k: round(v, 4) for k, v in losses.items()}, "chosen", l2)

    keys = sorted(reading.texts)
    evidence = embedder.embed([reading.texts[k] for k in keys])
    # An event's fold is its document's / record's: the model judging it never saw its sentence.
    groups = event_groups(reading)
    probabilities: dict[tuple[str, int, int], Matrix] = {}
    for fold in range(FOLDS):
        held = folds == fold
        model = fit_classifier(features[~held], y[~held], names, l2, weights[~held])
        chosen = [i for i, k in enumerate(keys) if fold_of(groups[k[0]]) == fold]
        if chosen:
            for i, row in zip(chosen, model.probabilities(evidence[chosen]), strict=True):
                probabilities[keys[i]] = row
    final = fit_classifier(features, y, names, l2, weights)
    seed = seed_events(shared, pipeline)  # never trained on: the final model's opinion is a fair one
    seed_rows = embedder.embed([text for _e, text, _t in seed])
    seed_p = final.probabilities(seed_rows)
    must_keep = list(zip((e for e, _text, _t in seed), seed_p, strict=True))
    verification = None
    if args.verifier:
        sentence_rows = {k: evidence[i] for i, k in enumerate(keys)}
        seed_items = [(e, seed_rows[i], seed_p[i], t) for i, (e, _text, t) in enumerate(seed)]
        verification = train_verifier(
            reading, sentence_rows, probabilities, names, seed_items, not args.no_triggers
        )
    guard = Guard(args.max_recall_loss, args.keep_counted)
    thresholds, base, tuned = tune_thresholds(
        reading, probabilities, final, embedder.name, must_keep, verification, guard
    )
    print("thresholds:", thresholds)
    print("tune figures, rules only:", {k: round(v, 3) for k, v in base.items()})
    print("tune figures, with opinion (out-of-fold):", {k: round(v, 3) for k, v in tuned.items()})
    compare(
        args,
        reading,
        embedder,
        weights_file,
        Opinion(final, thresholds, embedder.name),
        probabilities,
        figures,
    )
    if not args.dry_run:
        meta = {
            **sizes,
            "l2": l2,
            "news_weight": NEWS_WEIGHT,
            "class_balance": args.class_balance,
            "none_weight": args.none_weight,
            "event_sentences_only": float(args.event_sentences_only),
            **{f"tune_rules_{k}": v for k, v in base.items()},
        }
        meta |= {f"tune_opinion_{k}": v for k, v in tuned.items()}
        uses_verifier = verification is not None and (
            thresholds.verify_under > 0 or thresholds.verify_blend > 0
        )
        verifier = verification.model if verification is not None and uses_verifier else None
        Opinion(final, thresholds, embedder.name, verifier).save(out, **meta)
        print("wrote", out)
    return 0


def _embedder(choice: str) -> tuple[Embedder, str, tuple[float, ...]]:
    """The embedder, its weights file's name and its L2 grid."""
    if choice == "hashed":
        return HashedEmbedder(), HASHED_WEIGHTS_FILE, HASHED_L2_GRID
    return MiniLMEmbedder(), WEIGHTS_FILE, L2_GRID


if __name__ == "__main__":
    sys.exit(main())
