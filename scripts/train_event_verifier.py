"""Train the second opinion's event verifier (:mod:`strife.events.event_verifier`) on tune halves only;
``scripts/train_second_opinion.py --verifier`` calls it.

Its examples are the rules' own events on the tune halves (:mod:`tune_reading`), labelled right when the
event's root is one of its news sentence's gold codes' roots, its codebook example's root, or maps to
its PLOVER record's type. Its features are the sentence's hashed columns, then the event's own
(:func:`strife.events.event_verifier.verifier_row`: what the rules coded, the sentence model's
out-of-fold probabilities stacked, and the event's trigger read from its head token); a news event
weighs :data:`NEWS_WEIGHT` times more. Its L2 is chosen by out-of-fold log-loss (folds by document /
record, as the sentence model's), and its out-of-fold ``P(right)`` is what the trainer's threshold
search replays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from strife.evaluation.plover import predicted_type
from strife.events.event_verifier import RIGHT, Trigger, verifier_row
from strife.events.second_opinion import NONE, Classifier, Matrix, fit_classifier
from strife.record import Event
from tune_reading import TuneReading, event_groups, fold_of, log_loss, out_of_fold

#: How much more a news event weighs than a codebook or PLOVER one (as the sentence model's examples).
NEWS_WEIGHT = 3.0
VERIFIER_L2_GRID = (1e-4, 3e-4, 1e-3, 3e-3, 1e-2)


@dataclass
class Verification:
    """The event verifier: its final model, its out-of-fold P(right) for each tune event (by the
    event object's id) and its P(right) for the seed dispatch's events."""

    model: Classifier
    rights: dict[int, float]
    seed: list[float | None]


def labelled_events(reading: TuneReading) -> list[tuple[str, Event, bool, str]]:
    """The rules' tune events, each with its article id, whether it is right, and its origin: right
    when its root is one of its news sentence's gold roots, its codebook example's root, or maps to its
    PLOVER record's type. A news event's label is its gold codes' roots, as the sentence model's
    targets; counting the ``also`` codes' roots as right too (the scorer's test) read the tune halves
    worse out of fold in session 11 (root precision 0.660 against 0.680, F1 0.579 against 0.590)."""
    out: list[tuple[str, Event, bool, str]] = []
    sentences, news_events = reading.news
    for s, events in zip(sentences, news_events, strict=True):
        gold = {g.code[:2] for g in s.events}
        out.extend((s.doc, e, e.cameo_root in gold, "news") for e in events)
    records, plover_articles = reading.plover
    for record, article in zip(records, plover_articles, strict=True):
        if article is not None:
            out.extend((article.id, e, predicted_type(e) == record.type, "plover") for e in article.events)
    rows, codebook_articles = reading.codebook
    for row, article in zip(rows, codebook_articles, strict=True):
        if article is not None:
            out.extend((article.id, e, e.cameo_root == row.root, "codebook") for e in article.events)
    return out


def root_and_none(names: Sequence[str], root: str, p: Matrix) -> tuple[float, float]:
    return (float(p[names.index(root)]) if root in names else 0.0), float(p[names.index(NONE)])


def train_verifier(
    reading: TuneReading,
    sentence_rows: dict[tuple[str, int, int], Matrix],
    probabilities: dict[tuple[str, int, int], Matrix],
    names: Sequence[str],
    seed: Sequence[tuple[Event, Matrix, Matrix, Trigger | None]],
    triggers: bool = True,
) -> Verification:
    """Fit the verifier on the rules' tune events (the sentence model's out-of-fold probabilities as
    its stacked features), its L2 chosen by out-of-fold log-loss; ``seed``: the seed dispatch's events,
    each with its sentence's row, the final sentence model's probabilities and its trigger;
    ``triggers``: whether the trigger's features are used."""
    items = labelled_events(reading)
    groups = event_groups(reading)
    trigger_of = reading.trigger_map() if triggers else {}
    rows = []
    for doc, e, _right, _origin in items:
        key = (doc, e.evidence.start, e.evidence.end)
        p_root, p_none = root_and_none(names, e.cameo_root, probabilities[key])
        rows.append(verifier_row(sentence_rows[key], e, p_root, p_none, trigger_of.get(id(e))))
    features = np.stack(rows)
    y = np.array([[1.0, 0.0] if right else [0.0, 1.0] for _d, _e, right, _o in items])
    weights = np.array([NEWS_WEIGHT if origin == "news" else 1.0 for *_rest, origin in items])
    folds = np.array([fold_of(groups[doc]) for doc, *_rest in items])
    classes = (RIGHT, NONE)
    with_trigger = sum(trigger_of.get(id(e)) is not None for _d, e, _r, _o in items)
    print("verifier: tune events", len(items), "right", int(y[:, 0].sum()), "with a trigger", with_trigger)
    oof = {l2: out_of_fold(features, y, folds, classes, l2, weights) for l2 in VERIFIER_L2_GRID}
    losses = {l2: log_loss(y, p) for l2, p in oof.items()}
    l2 = min(losses, key=lambda k: losses[k])
    print(
        "verifier: cross-validated log-loss by L2:", {k: round(v, 4) for k, v in losses.items()}, "chosen", l2
    )
    model = fit_classifier(features, y, classes, l2, weights)
    rights = {id(e): float(p[0]) for (_d, e, _r, _o), p in zip(items, oof[l2], strict=True)}
    seed_rows = [
        verifier_row(row, e, *root_and_none(names, e.cameo_root, p), t if triggers else None)
        for e, row, p, t in seed
    ]
    seed_rights: list[float | None] = (
        [float(v) for v in model.probabilities(np.stack(seed_rows))[:, 0]] if seed_rows else []
    )
    return Verification(model, rights, seed_rights)
