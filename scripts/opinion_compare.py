"""Side-by-side figures for ``scripts/train_second_opinion.py``: a weights file (the bundled one) replayed
on the rules' tune reading, and the tune sentences a weights file never saw.

- :func:`replay_judge`: an opinion's verdict with its own classifier and thresholds (``--compare-bundled``;
  in sample for the sentences that file was trained on);
- :func:`unseen`: the tune reading cut to the news sentences that are not in an older dev set file's tune
  split (``--unseen-since FILE``, e.g. ``git show REV:tests/data/news_events_dev.tsv``): where a file
  trained on that older tune half is judged out of sample, beside the new model's out-of-fold opinion.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from strife.evaluation.news_events import load_dev_set
from strife.events.second_opinion import Embedder, Matrix, Opinion, load_opinion
from strife.record import Event
from tune_reading import TuneReading

Judge = Callable[[str, Event], Event | None]


def probability_judge(opinion: Opinion, probabilities: dict[tuple[str, int, int], Matrix]) -> Judge:
    """The opinion's verdict on each event, with its sentence's probabilities from ``probabilities``."""

    def judge(doc: str, event: Event) -> Event | None:
        p = probabilities[(doc, event.evidence.start, event.evidence.end)]
        confidence = opinion.verdict(event.confidence, event.cameo_root, p)
        return None if confidence is None else event.model_copy(update={"confidence": confidence})

    return judge


def replay_judge(reading: TuneReading, opinion: Opinion, embedder: Embedder) -> Judge:
    """The opinion (its own classifier and thresholds) on every event of the reading."""
    keys = sorted(reading.texts)
    rows = opinion.classifier.probabilities(embedder.embed([reading.texts[k] for k in keys]))
    return probability_judge(opinion, {k: rows[i] for i, k in enumerate(keys)})


def unseen(reading: TuneReading, old_dev: Path) -> TuneReading:
    """The reading with only the news sentences missing from ``old_dev``'s tune split (by document and
    sentence hash); PLOVER and codebook are kept whole."""
    old = {(s.doc, s.sha1) for s in load_dev_set(old_dev) if s.split == "tune"}
    sentences, events = reading.news
    kept = [i for i, s in enumerate(sentences) if (s.doc, s.sha1) not in old]
    return TuneReading(
        ([sentences[i] for i in kept], [events[i] for i in kept]),
        reading.plover,
        reading.codebook,
        reading.texts,
        reading.triggers,
    )


def training_options(parser: argparse.ArgumentParser, class_balance: float, max_recall_loss: float) -> None:
    """The options of the fit, the threshold search and the side-by-side figures."""
    add = parser.add_argument
    add("--l2", type=float, default=None, help="this L2 weight instead of the cross-validated grid's")
    add("--class-balance", type=float, default=class_balance, help="divide by class count ** this")
    add("--none-weight", type=float, default=1.0, help="multiply the weight of 'none' examples by this")
    add(
        "--event-sentences-only",
        action="store_true",
        help="train on the news sentences where the rules found an event (and PLOVER, codebook)",
    )
    add("--max-recall-loss", type=float, default=max_recall_loss, help="news root recall the drops may cost")
    add("--keep-counted", action="store_true", help="counted precision may not fall; it joins the objective")
    add(
        "--compare-bundled",
        action="store_true",
        help="also print the bundled weights replayed on the reading",
    )
    add(
        "--unseen-since",
        type=Path,
        default=None,
        help="an older dev set file: also print the figures on the tune sentences not in its tune split",
    )


def compare(
    args: argparse.Namespace,
    reading: TuneReading,
    embedder: Embedder,
    weights_file: str,
    opinion: Opinion,
    probabilities: dict[tuple[str, int, int], Matrix],
    figures: Callable[[TuneReading, Judge], dict[str, float]],
) -> None:
    """The side-by-side figures asked for (``--compare-bundled``, ``--unseen-since``)."""
    readings = {"tune": reading}
    if args.unseen_since is not None:
        readings["unseen"] = unseen(reading, args.unseen_since)
    bundled = load_opinion(bundled=weights_file) if args.compare_bundled else None
    for name, part in readings.items():
        judges: dict[str, Judge] = {"rules": lambda _doc, e: e}
        if bundled is not None:
            judges["bundled"] = replay_judge(reading, bundled, embedder)
        judges["new, out of fold"] = probability_judge(opinion, probabilities)
        for label, judge in judges.items():
            found = figures(part, judge)
            print(
                f"{name} ({len(part.news[0])} news sentences), {label}:",
                {k: round(v, 3) for k, v in found.items()},
            )
