"""The learned second opinion: its classifier's math, its verdict, the step (with a fake embedder, so
these run without torch), its weights file, and the error when the extra is missing."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from strife.errors import ConfigError, StrifeError
from strife.events import second_opinion as so
from strife.events.second_opinion import (
    NONE,
    Classifier,
    Matrix,
    Opinion,
    SecondOpinion,
    Thresholds,
    fit_classifier,
    load_opinion,
    softmax,
)
from strife.nlp.document import ArticleDoc, WorkEvent
from strife.pipeline import Pipeline
from strife.record import RawArticle
from strife.settings import Settings, load_settings
from strife.steps import check_order, step_info

CLASSES = ("14", "19", NONE)


def classifier() -> Classifier:
    """Two features: 'violence' pushes 19, 'sport' pushes none; protest (14) is the fallback."""
    weights = np.array([[0.0, 4.0, 0.0], [0.0, 0.0, 4.0]])
    return Classifier(weights, np.array([1.0, 0.0, 0.0]), CLASSES)


class FakeEmbedder:
    """Keyword features: [mentions shelling, mentions a match]; counts its calls."""

    name = "fake"

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def embed(self, texts: Sequence[str]) -> Matrix:
        self.calls.append(list(texts))
        return np.array([[float("shell" in t), float("match" in t)] for t in texts])


def opinion(doubt: float = 0.6, drop: float = 0.5, root: float = 0.05, blend: float = 0.0) -> Opinion:
    return Opinion(classifier(), Thresholds(doubt, drop, root, blend), "fake")


# --- the math -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "scores",
    [
        np.array([[0.0, 0.0]]),
        np.array([[1000.0, 0.0, -1000.0]]),
        np.array([[1.0, 2.0, 3.0], [-5.0, 0.0, 5.0]]),
    ],
)
def test_softmax_rows_are_distributions(scores: Matrix) -> None:
    p = softmax(scores)
    assert np.all(np.isfinite(p))
    assert np.allclose(p.sum(axis=1), 1.0)
    assert np.all(np.argmax(p, axis=1) == np.argmax(scores, axis=1))


def test_softmax_values() -> None:
    assert np.allclose(softmax(np.array([[0.0, np.log(3.0)]])), [[0.25, 0.75]])


def test_fit_learns_soft_targets() -> None:
    """One-hot features per group, tiny L2: the fitted probabilities are the groups' target shares."""
    features = np.array([[1.0, 0.0]] * 4 + [[0.0, 1.0]] * 4)
    targets = np.array([[0.7, 0.3, 0.0]] * 4 + [[0.0, 0.2, 0.8]] * 4)
    model = fit_classifier(features, targets, CLASSES, l2=1e-6)
    p = model.probabilities(np.array([[1.0, 0.0], [0.0, 1.0]]))
    assert np.allclose(p, [[0.7, 0.3, 0.0], [0.0, 0.2, 0.8]], atol=0.02)


def test_fit_on_mostly_zero_rows() -> None:
    """Rows that are 97% zeros (hashed features) are fitted as a sparse matrix: the same soft targets
    are learned as from dense rows."""
    features = np.eye(40)
    targets = np.eye(3)[np.arange(40) % 3] * 0.8 + 0.2 / 3
    p = fit_classifier(features, targets, CLASSES, l2=1e-7).probabilities(features)
    assert np.allclose(p, targets, atol=0.02)


def test_fit_separates_and_l2_shrinks() -> None:
    rng = np.random.default_rng(7)
    centres = np.array([[3.0, 0.0], [0.0, 3.0], [-3.0, -3.0]])
    labels = np.repeat(np.arange(3), 20)
    features = centres[labels] + rng.normal(scale=0.5, size=(60, 2))
    targets = np.eye(3)[labels]
    loose = fit_classifier(features, targets, CLASSES, l2=1e-4)
    tight = fit_classifier(features, targets, CLASSES, l2=1.0)
    assert (np.argmax(loose.probabilities(features), axis=1) == labels).mean() > 0.95
    assert np.abs(tight.weights).sum() < np.abs(loose.weights).sum()


def test_fit_weighs_samples() -> None:
    """Two rows of one input with opposite targets: the heavier row's target wins."""
    features = np.array([[1.0], [1.0]])
    targets = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0]])
    model = fit_classifier(features, targets, CLASSES, 1e-6, np.array([3.0, 1.0]))
    assert np.allclose(model.probabilities(np.array([[1.0]]))[0, :2], [0.75, 0.25], atol=0.02)


def test_fit_refuses_mismatched_shapes() -> None:
    with pytest.raises(ValueError):
        fit_classifier(np.zeros((3, 2)), np.zeros((4, 3)), CLASSES, 0.1)
    with pytest.raises(ValueError):
        fit_classifier(np.zeros((3, 2)), np.zeros((3, 3)), CLASSES, 0.1, np.ones(2))


@pytest.mark.parametrize(
    ("weights", "bias", "classes"),
    [
        (np.zeros((2, 3)), np.zeros(2), CLASSES),  # bias of the wrong length
        (np.zeros((2, 2)), np.zeros(2), CLASSES),  # fewer columns than classes
        (np.zeros((2, 3)), np.zeros(3), ("14", "19", "20")),  # no 'none' class
    ],
)
def test_classifier_refuses_what_does_not_fit(
    weights: Matrix, bias: Matrix, classes: tuple[str, ...]
) -> None:
    with pytest.raises(ConfigError):
        Classifier(weights, bias, classes)


def test_probabilities_refuse_other_dimensions() -> None:
    with pytest.raises(ConfigError, match="retrain"):
        classifier().probabilities(np.zeros((1, 5)))


@pytest.mark.parametrize(
    "field", ["doubt_below", "drop_at", "root_under", "blend", "verify_under", "verify_blend"]
)
def test_thresholds_lie_in_unit_interval(field: str) -> None:
    values = {"doubt_below": 0.5, "drop_at": 0.5, "root_under": 0.1, "blend": 0.5, field: 1.5}
    with pytest.raises(ConfigError, match=field):
        Thresholds(**values)


# --- the verdict ----------------------------------------------------------------------------------------

P_SPORT = np.array([0.1, 0.1, 0.8])  # the model reads no event
P_WAR = np.array([0.1, 0.8, 0.1])


@pytest.mark.parametrize(
    ("confidence", "root", "p", "expected"),
    [
        (0.5, "14", P_SPORT, None),  # doubted, and the model reads no event: dropped
        (0.7, "14", P_SPORT, 0.7),  # the rules are sure: kept as it was (blend 0)
        (0.5, "14", np.array([0.8, 0.1, 0.1]), 0.5),  # doubted, but the model reads this event: kept
        (0.59, "14", np.array([0.2, 0.3, 0.5]), None),  # P(none) exactly at drop_at drops
        (0.5, "14", np.array([0.02, 0.88, 0.1]), None),  # doubted, the model reads another kind: dropped
        (0.5, "07", P_WAR, None),  # a root the model has no class for counts as P(root) = 0
        (0.9, "14", P_WAR, 0.9),  # the rules are sure: kept
        # a use of force the rules found is never dropped, whatever the model reads
        (0.5, "19", P_SPORT, 0.5),
        (0.5, "18", P_WAR, 0.5),
        (0.5, "18", np.array([0.6, 0.3, 0.1]), 0.5),
        (0.5, "20", np.array([0.02, 0.08, 0.9]), 0.5),
    ],
)
def test_verdict(confidence: float, root: str, p: Matrix, expected: float | None) -> None:
    assert opinion().verdict(confidence, root, p) == expected


def test_verdict_blends_the_root_share() -> None:
    # share of root 19 among the roots: 0.8 / (1 - 0.1); confidence 0.7 * 0.5 + 0.5 * 0.889
    assert opinion(root=0.0, blend=0.5).verdict(0.7, "19", P_WAR) == pytest.approx(0.794, abs=1e-3)
    # a root the model has no class for gets no share
    assert opinion(root=0.0, blend=0.5).verdict(0.7, "07", P_WAR) == pytest.approx(0.35)


# --- the step -------------------------------------------------------------------------------------------

BODY = "Troops shelled the town. The match ended in a draw. Police clashed with protesters."


def event(code: str, text: str, confidence: float) -> WorkEvent:
    start = BODY.index(text)
    return WorkEvent(
        code=code,
        head=(0, 0),
        source=None,
        target=None,
        modality="asserted",
        evidence=(start, start + len(text)),
        confidence=confidence,
    )


def article(events: list[WorkEvent]) -> ArticleDoc:
    return ArticleDoc(raw=RawArticle(body=BODY), offsets=[0], docs=[], events=events)


def test_step_drops_doubted_non_events_and_embeds_each_sentence_once() -> None:
    embedder = FakeEmbedder()
    step = SecondOpinion(opinion(), embedder)
    clash = event("145", "Police clashed with protesters.", 0.5)
    art = article(
        [
            clash,
            event("141", "Police clashed with protesters.", 0.55),
            event("140", "The match ended in a draw.", 0.5),  # doubted + no event: dropped
            event("190", "The match ended in a draw.", 0.5),  # a use of force: never doubted
            event("145", "Troops shelled the town.", 0.9),
        ]
    )
    step(art)
    assert [e.code for e in art.events] == ["145", "141", "190", "145"]
    assert art.events[0] is clash
    # each doubted sentence once; not the sure one, nor the use of force
    assert embedder.calls == [["Police clashed with protesters.", "The match ended in a draw."]]


def test_step_leaves_sure_events_unembedded_and_skips_articles_without_events() -> None:
    embedder = FakeEmbedder()
    step = SecondOpinion(opinion(), embedder)
    sure = article([event("190", "The match ended in a draw.", 0.9)])
    step(sure)
    assert len(sure.events) == 1 and sure.events[0].confidence == 0.9
    step(article([]))
    assert embedder.calls == []
    mixed = article(
        [event("190", "The match ended in a draw.", 0.9), event("145", "Troops shelled the town.", 0.5)]
    )
    step(mixed)
    assert embedder.calls == [["Troops shelled the town."]]


def test_step_consults_every_event_when_it_blends() -> None:
    embedder = FakeEmbedder()
    SecondOpinion(opinion(blend=0.5), embedder)(article([event("190", "The match ended in a draw.", 0.9)]))
    assert embedder.calls == [["The match ended in a draw."]]


def test_step_reweighs_kept_events() -> None:
    art = article([event("145", "Police clashed with protesters.", 0.8)])
    SecondOpinion(opinion(blend=1.0), FakeEmbedder())(art)
    p = softmax(np.array([[1.0, 0.0, 0.0]]))[0]  # no keyword: the bias alone
    assert art.events[0].confidence == pytest.approx(p[0] / (1 - p[2]), abs=1e-3)


def test_step_refuses_weights_of_another_embedder() -> None:
    other = Opinion(classifier(), Thresholds(0.5, 0.5, 0.05, 0.0), "all-MiniLM-L6-v2")
    with pytest.raises(ConfigError, match="trained on"):
        SecondOpinion(other, FakeEmbedder())


def test_step_is_registered_after_events() -> None:
    assert step_info("second_opinion").requires == ("doc.events",)
    check_order(("actors", "coref", "quotes", "places", "events", "second_opinion"))
    with pytest.raises(ConfigError, match="events"):
        check_order(("actors", "quotes", "places", "second_opinion"))


# --- the weights file -----------------------------------------------------------------------------------


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "opinion.npz"
    opinion(0.6, 0.7, 0.03, 0.2).save(path, n_news=3.0)
    loaded = load_opinion(path)
    assert loaded.thresholds == Thresholds(0.6, 0.7, 0.03, 0.2)
    assert loaded.classifier.classes == CLASSES and loaded.embedder == "fake"
    assert np.allclose(loaded.classifier.weights, classifier().weights)
    assert so.opinion_meta(path) == {"n_news": 3.0}


@pytest.mark.parametrize("content", [b"", b"not an npz file"])
def test_a_bad_weights_file_is_a_config_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "opinion.npz"
    path.write_bytes(content)
    with pytest.raises(ConfigError, match="train_second_opinion"):
        load_opinion(path)


def test_missing_weights_file(tmp_path: Path) -> None:
    with pytest.raises(StrifeError, match="cannot be read"):
        load_opinion(tmp_path / "none.npz")


def test_bundled_weights_hold_the_roots_and_none() -> None:
    bundled = load_opinion()
    assert bundled.classifier.classes == (*(f"{i:02d}" for i in range(1, 21)), NONE)
    assert bundled.classifier.dimensions == 384
    assert bundled.embedder == so.MiniLMEmbedder.name
    meta = so.opinion_meta()
    assert meta["n_news"] > 0 and meta["n_plover"] > 0 and meta["n_codebook"] > 0


# --- the extra ------------------------------------------------------------------------------------------


def test_missing_extra_names_the_fix(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "torch" else real(name, *a)
    )
    assert "torch" in so.extra_missing()
    with pytest.raises(ConfigError, match=r"pip install 'strife\[learned\]'"):
        so.MiniLMEmbedder()


# --- the setting ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "expected"), [("yes", True), ("1", True), ("off", False)])
def test_setting_from_the_environment(value: str, expected: bool) -> None:
    assert (
        load_settings(Path("/nonexistent.toml"), {"STRIFE_SECOND_OPINION": value}).second_opinion is expected
    )


def test_setting_adds_the_step_and_a_missing_extra_names_the_fix(
    pipeline: Pipeline, default_pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert [name for name, _ in default_pipeline.steps][-2:] == ["tone", "hashed_opinion"]  # not MiniLM's
    assert [name for name, _ in pipeline.steps][-1] == "tone"  # the rules alone
    monkeypatch.setattr(so, "extra_missing", lambda: ["torch", "sentence_transformers"])
    with pytest.raises(ConfigError, match=r"second_opinion.*pip install 'strife\[learned\]'"):
        Pipeline(Settings(second_opinion=True), nlp=pipeline.nlp)
