"""The learned second opinion's two steps, registered by name (see :mod:`strife.events.second_opinion`).

- ``hashed_opinion`` (on by default): the opinion read with the torch-free hashed embedder
  (:mod:`strife.events.hashed_embedder`) and its bundled weights;
- ``second_opinion`` (optional, ``strife[learned]``): the same verdict with the offline MiniLM embedder;
  it gives way to nothing and needs the extra installed (:class:`strife.errors.ConfigError` otherwise).

The registrations live here, not in the modules they build, so that :mod:`strife.steps` can import them
after its own names exist without either model module importing :mod:`strife.steps`.
"""

from __future__ import annotations

from strife.events.hashed_embedder import WEIGHTS_FILE, HashedEmbedder
from strife.events.second_opinion import MiniLMEmbedder, SecondOpinion, load_opinion
from strife.steps import Step, StepContext, register_step


@register_step("hashed_opinion", requires=("doc.events",), assigns=("event.confidence",))
def _hashed_opinion(ctx: StepContext) -> Step:
    return SecondOpinion(load_opinion(bundled=WEIGHTS_FILE), HashedEmbedder())


@register_step("second_opinion", requires=("doc.events",), assigns=("event.confidence",))
def _second_opinion(ctx: StepContext) -> Step:
    return SecondOpinion(load_opinion(), MiniLMEmbedder())
