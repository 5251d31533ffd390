"""The second opinion's event verifier: is THIS event right, not only "is there an event here?".

The sentence classifier (:mod:`strife.events.second_opinion`) reads a sentence's words and gives the
20 CAMEO roots and ``none`` a probability each; it cannot tell apart two events the rules coded in the
same sentence, nor see what the rules saw (the code, the sides, the modality). The verifier is a second,
binary softmax regression (classes ``right`` and ``none``) over the sentence's hashed features (the
same :class:`~strife.events.hashed_embedder.HashedEmbedder` columns) followed by :data:`DIMENSIONS`
hashed columns of the event itself (:func:`event_features`):

- its CAMEO code, root and quad class; its modality, and whether it sits in a quotation;
- whether the source and the target are there, and their sector (or IGO / country / no code);
- whether it is counted (``coded``) or historical; its rule confidence (bucketed); where its sentence
  sits in the article (the lead or later);
- the sentence classifier's probabilities for the event's own root and for ``none`` (bucketed: the
  verifier is stacked on it), and the root crossed with the modality and with the quotation;
- its trigger (:class:`Trigger`, the working event's head token, when the caller has it): the lemma,
  its dependency label, its head's lemma, whether it is a verb or a noun, whether it is passive, and
  the root crossed with the lemma (a "strike" coded 19 is not a "strike" coded 14).

It is trained by ``scripts/train_second_opinion.py --embedder hashed`` on the rules' own events in the
tune halves, labelled right when the event's root is one of its news sentence's gold roots, its codebook
example's root, or maps to its PLOVER record's type (the sentence classifier's probabilities out of fold,
as at run time on unseen text); its weights ship in the hashed opinion's weights file. The opinion's
verdict drops a doubted event whose ``P(right)`` is under ``verify_under`` and blends ``P(right)`` into a
kept event's confidence by ``verify_blend``, which re-ranks a sentence's candidate events.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from spacy.tokens import Token

from strife.record import Event

Matrix = npt.NDArray[np.float64]

#: The event's own hashed columns, after the sentence's.
DIMENSIONS = 512
#: The verifier's classes: the event is right, or it is not (``none``).
RIGHT = "right"
#: Bucket edges for a probability (the sentence classifier's) and for the rule confidence.
_P_EDGES = (0.01, 0.03, 0.1, 0.3, 0.6)
_CONFIDENCE_EDGES = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
#: Where the lead ends (body offsets): news puts its main event first.
_LEAD = 400
#: The dependency labels that mark a passive verb's subject or auxiliary.
_PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass", "csubjpass"})


@dataclass(frozen=True)
class Trigger:
    """What the verifier reads of an event's trigger word (the working event's head token)."""

    lemma: str
    dep: str  # its dependency label
    head_lemma: str  # the lemma of the word it hangs on (its own for the sentence's root)
    kind: str  # "verb", "noun" or "other"
    passive: bool


def trigger_of(token: Token) -> Trigger:
    """The trigger's features from its parsed token (cheap: no lookups beyond the parse)."""
    kind = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun"}.get(token.pos_, "other")
    return Trigger(
        lemma=token.lemma_.lower(),
        dep=token.dep_,
        head_lemma=token.head.lemma_.lower(),
        kind=kind,
        passive=any(c.dep_ in _PASSIVE_MARKS for c in token.children),
    )


def bucket(value: float, edges: tuple[float, ...]) -> int:
    """How many of ``edges`` the value reaches."""
    return sum(value >= edge for edge in edges)


def _side(name: str, actor: object) -> str:
    code = getattr(actor, "code", None)
    if actor is None:
        return f"{name}:absent"
    if not code:
        return f"{name}:uncoded"
    if str(code).startswith("IGO"):
        return f"{name}:igo"
    sector = getattr(actor, "sector", None)
    return f"{name}:{sector}" if sector else f"{name}:country"


def event_features(
    event: Event, p_root: float, p_none: float, trigger: Trigger | None = None
) -> Iterator[tuple[str, float]]:
    """The event's named features (see the module docstring), each of weight 1."""
    root = event.cameo_root
    quoted = "quoted" if event.quote is not None else "plain"
    names = [
        f"code:{event.cameo}",
        f"root:{root}",
        f"quad:{event.quad_class}",
        f"modality:{event.modality}",
        quoted,
        _side("source", event.source),
        _side("target", event.target),
        f"coded:{event.coded}",
        f"historical:{event.historical}",
        f"confidence:{bucket(event.confidence, _CONFIDENCE_EDGES)}",
        f"lead:{event.evidence.start < _LEAD}",
        f"p_root:{bucket(p_root, _P_EDGES)}",
        f"p_none:{bucket(p_none, _P_EDGES)}",
        f"root_p:{root}:{bucket(p_root, _P_EDGES)}",
        f"root_modality:{root}:{event.modality}",
        f"root_quoted:{root}:{quoted}",
    ]
    if trigger is not None:
        names += [
            f"t:lemma:{trigger.lemma}",
            f"t:dep:{trigger.dep}",
            f"t:head:{trigger.head_lemma}",
            f"t:kind:{trigger.kind}",
            f"t:passive:{trigger.passive}",
            f"t:root_lemma:{root}:{trigger.lemma}",
        ]
    for name in names:
        yield "e:" + name, 1.0


def event_vector(
    event: Event,
    p_root: float,
    p_none: float,
    trigger: Trigger | None = None,
    dimensions: int = DIMENSIONS,
) -> Matrix:
    """The event's hashed columns (signed CRC-32 as the sentence's), scaled to unit length."""
    out = np.zeros(dimensions)
    for name, weight in event_features(event, p_root, p_none, trigger):
        code = zlib.crc32(name.encode("utf-8"))
        out[code % dimensions] += (1.0 if code & 0x80000000 else -1.0) * weight
    norm = float(np.linalg.norm(out))
    result: Matrix = out / norm if norm > 0.0 else out
    return result


def verifier_row(
    sentence: Matrix, event: Event, p_root: float, p_none: float, trigger: Trigger | None = None
) -> Matrix:
    """The verifier's input: the sentence's columns, then the event's (with its trigger's, if given)."""
    return np.concatenate([sentence, event_vector(event, p_root, p_none, trigger)])
