"""The torch-free embedder of the second opinion (hashed words), its weights file and its setting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from strife.errors import ConfigError
from strife.events import second_opinion as so
from strife.events.hashed_embedder import WEIGHTS_FILE, HashedEmbedder, features, stem
from strife.events.second_opinion import NONE, SecondOpinion, load_opinion
from strife.pipeline import Pipeline, opinion_steps
from strife.settings import Settings, load_settings
from strife.steps import check_order, step_info

TEXTS = [
    "Rebels shelled the border town overnight.",
    "The minister said talks would not resume.",
    "",
]


def test_shape_dtype_and_unit_rows() -> None:
    vectors = HashedEmbedder(256).embed(TEXTS)
    assert vectors.shape == (3, 256) and vectors.dtype == np.float64
    assert np.allclose(np.linalg.norm(vectors[:2], axis=1), 1.0)
    assert not vectors[2].any()  # no words: a row of zeros, not NaN
    assert HashedEmbedder(64).embed([]).shape == (0, 64)


def test_deterministic_across_instances_and_processes() -> None:
    first = HashedEmbedder().embed(TEXTS)
    assert np.array_equal(first, HashedEmbedder().embed(TEXTS))
    code = (
        "from strife.events.hashed_embedder import HashedEmbedder;"
        f"print(HashedEmbedder().embed({TEXTS!r})[:2].nonzero()[1].tolist())"
    )
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert other.stdout.strip() == str(first[:2].nonzero()[1].tolist())  # CRC-32, not Python's hash()


def test_imports_no_torch() -> None:
    code = (
        "import sys; from strife.events.hashed_embedder import HashedEmbedder;"
        "HashedEmbedder().embed(['Troops fired on protesters.']);"
        "print(sorted(m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_different_sentences_differ_and_shared_words_overlap() -> None:
    a, b, c = HashedEmbedder().embed(
        ["Police arrested two protesters.", "Police arrested three protesters.", "The match ended in a draw."]
    )
    assert a @ b > 0.5 > abs(a @ c)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ('He said "we will fight".', {"m:quote", "m:modal", "w:fight"}, {"m:negation"}),
        ("They did not attack the base.", {"m:negation", "s:attack", "b:the_base"}, {"m:quote"}),
        ("Who fired first?", {"m:question", "s:fir"}, {"m:modal"}),
        ("Talks aren't over.", {"w:aren't", "s:talk"}, set()),
    ],
)
def test_features(text: str, present: set[str], absent: set[str]) -> None:
    names = {name for name, _weight in features(text)}
    assert present <= names and not absent & names


@pytest.mark.parametrize(
    ("word", "expected"),
    [("meetings", "meet"), ("shelled", "shell"), ("talks", "talk"), ("is", "is"), ("bus", "bus")],
)
def test_stem(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_too_few_dimensions() -> None:
    with pytest.raises(ConfigError, match="dimensions"):
        HashedEmbedder(1)


# --- its weights and its step -----------------------------------------------------------------------------


def test_bundled_weights_fit_the_embedder() -> None:
    bundled = load_opinion(bundled=WEIGHTS_FILE)
    embedder = HashedEmbedder()
    assert bundled.embedder == embedder.name
    assert bundled.classifier.dimensions == embedder.dimensions
    assert bundled.classifier.classes == (*(f"{i:02d}" for i in range(1, 21)), NONE)
    meta = so.opinion_meta(bundled=WEIGHTS_FILE)
    assert meta["n_news"] > 0 and meta["tune_opinion_news_root_f1"] >= meta["tune_rules_news_root_f1"]
    SecondOpinion(bundled, embedder)  # the names match: no ConfigError


def test_step_is_registered_after_events() -> None:
    assert step_info("hashed_opinion").requires == ("doc.events",)
    check_order(("actors", "coref", "quotes", "places", "events", "hashed_opinion"))


@pytest.mark.parametrize(
    ("settings", "steps"),
    [
        (Settings(hashed_opinion=True), ("hashed_opinion",)),
        (Settings(hashed_opinion=False), ()),
        (Settings(second_opinion=True), ("second_opinion",)),  # MiniLM's replaces it
        (Settings(second_opinion=True, hashed_opinion=False), ("second_opinion",)),
    ],
)
def test_opinion_steps(settings: Settings, steps: tuple[str, ...]) -> None:
    assert opinion_steps(settings) == steps


def test_on_by_default(default_pipeline: Pipeline) -> None:
    assert Settings().hashed_opinion is True
    assert [name for name, _ in default_pipeline.steps][-1] == "hashed_opinion"


def test_setting_from_the_environment() -> None:
    env = {"STRIFE_HASHED_OPINION": "0"}
    assert load_settings(Path("/nonexistent.toml"), env).hashed_opinion is False
    env = {"STRIFE_HASHED_OPINION": "yes"}
    assert load_settings(Path("/nonexistent.toml"), env).hashed_opinion is True
