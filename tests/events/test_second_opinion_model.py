"""The second opinion with the real MiniLM model (the ``learned`` extra); skipped without it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from strife.events.second_opinion import NONE, MiniLMEmbedder, extra_missing, load_opinion
from strife.pipeline import Pipeline
from strife.readers import parse_wire
from strife.steps import DEFAULT_STEPS

pytestmark = pytest.mark.skipif(
    bool(extra_missing()),
    reason=f"the 'learned' extra is not installed ({', '.join(extra_missing())} missing): "
    "pip install 'strife[learned]'",
)


@pytest.fixture(scope="module")
def embedder() -> MiniLMEmbedder:
    return MiniLMEmbedder()


def test_embeddings_are_unit_vectors_that_tell_meanings_apart(embedder: MiniLMEmbedder) -> None:
    vectors = embedder.embed(
        [
            "Artillery units shelled the border village overnight.",
            "Troops bombarded the frontier town with heavy guns.",
            "The striker scored twice in the second half.",
        ]
    )
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


def test_bundled_classifier_reads_own_sentences(embedder: MiniLMEmbedder) -> None:
    classifier = load_opinion().classifier
    p = classifier.probabilities(
        embedder.embed(["Rebels attacked an army convoy with rockets.", "Rain is expected on Sunday."])
    )
    none = classifier.classes.index(NONE)
    assert p[1, none] > p[0, none]
    assert classifier.classes[int(np.argmax(p[0, :none]))] in ("18", "19", "20")


def test_seed_dispatch_keeps_its_events(pipeline: Pipeline, seed_path: Path) -> None:
    raw = parse_wire(seed_path.read_text(encoding="utf-8"), origin=str(seed_path))
    learned = Pipeline(pipeline.settings, nlp=pipeline.nlp, steps=(*DEFAULT_STEPS, "second_opinion"))
    plain = next(pipeline.pipe([raw])).events
    second = next(learned.pipe([raw])).events
    assert [(e.cameo, e.evidence.start) for e in second] == [(e.cameo, e.evidence.start) for e in plain]


def test_loading_the_model_prints_nothing(capfd: pytest.CaptureFixture[str]) -> None:
    MiniLMEmbedder().embed(["Talks resumed in Geneva."])
    out, err = capfd.readouterr()
    assert out == "" and err == ""
