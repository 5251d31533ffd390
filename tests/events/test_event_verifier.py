"""The second opinion's event verifier: the event's own features, the verdict that uses its P(right),
the step that re-ranks a sentence's candidate events by it, and its place in the weights file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from strife.events.event_verifier import (
    DIMENSIONS,
    RIGHT,
    Trigger,
    event_features,
    event_vector,
    trigger_of,
    verifier_row,
)
from strife.events.hashed_embedder import WEIGHTS_FILE, HashedEmbedder
from strife.events.second_opinion import (
    NONE,
    Classifier,
    Matrix,
    Opinion,
    SecondOpinion,
    Thresholds,
    event_trigger,
    load_opinion,
)
from strife.nlp.document import ArticleDoc, WorkEvent
from strife.pipeline import Pipeline
from strife.record import Actor, Event, Mention, Modality, RawArticle

CLASSES = ("14", "19", NONE)
P_WAR = np.array([0.1, 0.8, 0.1])


def record(
    cameo: str = "190",
    modality: Modality = "asserted",
    quote: int | None = None,
    source: Actor | None = None,
    start: int = 0,
) -> Event:
    return Event(
        cameo=cameo,
        cameo_root=cameo[:2],
        quad_class=4,
        goldstein=-10.0,
        source=source,
        modality=modality,
        evidence=Mention(text="x", start=start, end=start + 1),
        quote=quote,
        confidence=0.5,
    )


ARMY = Actor(name="the army", code="SYRMIL", country="SYR", sector="MIL", type="organization")


@pytest.mark.parametrize(
    ("event", "feature"),
    [
        (record("190"), "e:code:190"),
        (record("145"), "e:root:14"),
        (record(modality="hypothetical"), "e:modality:hypothetical"),
        (record(modality="negated"), "e:root_modality:19:negated"),
        (record(quote=0), "e:quoted"),
        (record(quote=0), "e:root_quoted:19:quoted"),
        (record(), "e:source:absent"),
        (record(source=ARMY), "e:source:MIL"),
        (record(source=ARMY.model_copy(update={"code": None})), "e:source:uncoded"),
        (record(source=ARMY.model_copy(update={"code": "IGOWSTNAT"})), "e:source:igo"),
        (record(start=0), "e:lead:True"),
        (record(start=5000), "e:lead:False"),
    ],
)
def test_event_features_name_what_the_rules_saw(event: Event, feature: str) -> None:
    assert feature in {name for name, _weight in event_features(event, 0.2, 0.5)}


@pytest.mark.parametrize(
    ("p_root", "p_none", "feature"),
    [
        (0.005, 0.9, "e:p_root:0"),
        (0.5, 0.9, "e:p_root:4"),
        (0.2, 0.02, "e:p_none:1"),
        (0.7, 0.7, "e:p_none:5"),
    ],
)
def test_event_features_bucket_the_sentence_model(p_root: float, p_none: float, feature: str) -> None:
    assert feature in {name for name, _weight in event_features(record(), p_root, p_none)}


STRIKE = Trigger("strike", "ROOT", "strike", "verb", False)


@pytest.mark.parametrize(
    ("trigger", "feature"),
    [
        (STRIKE, "e:t:lemma:strike"),
        (STRIKE, "e:t:root_lemma:19:strike"),
        (Trigger("talk", "dobj", "hold", "noun", False), "e:t:head:hold"),
        (Trigger("talk", "dobj", "hold", "noun", False), "e:t:dep:dobj"),
        (Trigger("talk", "dobj", "hold", "noun", False), "e:t:kind:noun"),
        (Trigger("arrest", "ROOT", "arrest", "verb", True), "e:t:passive:True"),
    ],
)
def test_event_features_read_the_trigger(trigger: Trigger, feature: str) -> None:
    assert feature in {name for name, _weight in event_features(record(), 0.2, 0.5, trigger)}
    assert not any(name.startswith("e:t:") for name, _weight in event_features(record(), 0.2, 0.5))


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Rebels attacked the border post.", "attacked", Trigger("attack", "ROOT", "attack", "verb", False)),
        (
            "The mayor was detained by soldiers.",
            "detained",
            Trigger("detain", "ROOT", "detain", "verb", True),
        ),
        ("The two sides held talks in Geneva.", "talks", Trigger("talk", "dobj", "hold", "noun", False)),
    ],
)
def test_trigger_of_reads_the_parse(pipeline: Pipeline, text: str, word: str, expected: Trigger) -> None:
    doc = pipeline.nlp(text)
    assert trigger_of(next(t for t in doc if t.text == word)) == expected


def test_event_trigger_reads_the_head_token(pipeline: Pipeline) -> None:
    body = "Rebels attacked the border post."
    art = ArticleDoc(raw=RawArticle(body=body), offsets=[0], docs=[pipeline.nlp(body)])
    assert event_trigger(art, work_event("190", 0.5, head=(0, 1))) == trigger_of(art.docs[0][1])
    assert event_trigger(art, work_event("190", 0.5, head=(1, 0))) is None  # no such paragraph


def test_event_vectors_tell_events_of_one_sentence_apart() -> None:
    fight, protest = event_vector(record("190"), 0.5, 0.1), event_vector(record("145"), 0.5, 0.1)
    assert fight.shape == (DIMENSIONS,) and np.isclose(np.linalg.norm(fight), 1.0)
    assert not np.allclose(fight, protest)
    assert np.allclose(fight, event_vector(record("190"), 0.5, 0.1))  # deterministic
    assert not np.allclose(fight, event_vector(record("190"), 0.5, 0.1, STRIKE))  # the trigger counts
    row = verifier_row(np.ones(3), record(), 0.5, 0.1)
    assert row.shape == (3 + DIMENSIONS,) and np.allclose(row[:3], 1.0)


# --- the verdict with the verifier --------------------------------------------------------------------


def opinion(under: float, vblend: float, verifier: Classifier | None = None) -> Opinion:
    sentence = Classifier(np.zeros((2, 3)), np.zeros(3), CLASSES)
    return Opinion(sentence, Thresholds(0.6, 1.0, 0.0, 0.0, under, vblend), "fake", verifier)


@pytest.mark.parametrize(
    ("confidence", "right", "expected"),
    [
        (0.5, 0.1, None),  # doubted, and the verifier reads it wrong: dropped
        (0.5, 0.3, 0.5),  # doubted, the verifier reads it right enough: kept
        (0.9, 0.1, 0.9),  # the rules are sure: kept
        (0.5, None, 0.5),  # no verifier: the sentence model alone (which keeps it)
    ],
)
def test_verdict_drops_doubted_events_the_verifier_reads_wrong(
    confidence: float, right: float | None, expected: float | None
) -> None:
    assert opinion(0.2, 0.0).verdict(confidence, "14", P_WAR, right) == expected


def test_verdict_blends_the_verifier() -> None:
    assert opinion(0.0, 0.5).verdict(0.9, "19", P_WAR, 0.1) == pytest.approx(0.5)
    assert opinion(0.0, 0.5).verdict(0.7, "19", P_WAR, 0.9) == pytest.approx(0.8)


# --- the step -------------------------------------------------------------------------------------------

BODY = "Troops shelled the town and protesters marched."


class FakeEmbedder:
    name = "fake"

    def embed(self, texts: Sequence[str]) -> Matrix:
        return np.ones((len(texts), 2))


def root_verifier() -> Classifier:
    """Reads an event of root 19 right and one of root 14 wrong, whatever the sentence."""
    weights = np.zeros((2 + DIMENSIONS, 2))
    for root, sign in (("19", 1.0), ("14", -1.0)):
        weights[2:, 0] += sign * 8.0 * event_vector(record(f"{root}0"), 1.0, 0.0)
    return Classifier(weights, np.zeros(2), (RIGHT, NONE))


def work_event(code: str, confidence: float, head: tuple[int, int] = (0, 0)) -> WorkEvent:
    return WorkEvent(
        code=code,
        head=head,
        source=None,
        target=None,
        modality="asserted",
        evidence=(0, len(BODY)),
        confidence=confidence,
    )


def two_candidates() -> ArticleDoc:
    """One sentence whose rules found a protest (0.8) and a fight (0.7)."""
    return ArticleDoc(
        raw=RawArticle(body=BODY),
        offsets=[0],
        docs=[],
        events=[work_event("140", 0.8), work_event("190", 0.7)],
    )


def test_step_re_ranks_a_sentences_candidates_by_the_verifier() -> None:
    art = two_candidates()
    sentence = Classifier(np.zeros((2, 3)), np.array([0.0, 9.0, -9.0]), CLASSES)  # P(19) high
    step = SecondOpinion(
        Opinion(sentence, Thresholds(0.6, 1.0, 0.0, 0.0, 0.0, 0.5), "fake", root_verifier()), FakeEmbedder()
    )
    step(art)
    assert [e.code for e in art.events] == ["140", "190"]
    protest, fight = art.events
    assert fight.confidence > protest.confidence  # the fight is now the primary event


def test_step_without_a_verifier_keeps_the_rules_order() -> None:
    art = two_candidates()
    sentence = Classifier(np.zeros((2, 3)), np.zeros(3), CLASSES)
    SecondOpinion(Opinion(sentence, Thresholds(0.6, 1.0, 0.0, 0.0, 0.0, 0.5), "fake"), FakeEmbedder())(art)
    assert [e.confidence for e in art.events] == [0.8, 0.7]


# --- the weights file -----------------------------------------------------------------------------------


def test_the_verifier_round_trips_and_old_files_still_load(tmp_path: Path) -> None:
    path = tmp_path / "opinion.npz"
    opinion(0.3, 0.2, root_verifier()).save(path)
    loaded = load_opinion(path)
    assert loaded.thresholds == Thresholds(0.6, 1.0, 0.0, 0.0, 0.3, 0.2)
    assert loaded.verifier is not None and loaded.verifier.classes == (RIGHT, NONE)
    assert np.allclose(loaded.verifier.weights, root_verifier().weights, atol=1e-6)
    old = tmp_path / "old.npz"  # a file of session 10: four thresholds, no verifier
    np.savez_compressed(
        old,
        weights=np.zeros((2, 3)),
        bias=np.zeros(3),
        classes=np.array(CLASSES),
        thresholds=np.array([0.6, 1.0, 0.01, 0.0]),
        embedder=np.array("fake"),
    )
    assert load_opinion(old).verifier is None
    assert load_opinion(old).thresholds == Thresholds(0.6, 1.0, 0.01, 0.0)


def test_bundled_hashed_weights_fit_the_embedder() -> None:
    bundled = load_opinion(bundled=WEIGHTS_FILE)
    assert bundled.classifier.dimensions == HashedEmbedder().dimensions
    if bundled.verifier is not None:
        assert bundled.verifier.dimensions == HashedEmbedder().dimensions + DIMENSIONS
        assert bundled.verifier.classes == (RIGHT, NONE)
