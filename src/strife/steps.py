"""Reading steps registered by name, in the style of spaCy's ``@Language.factory``.

A step factory receives the :class:`StepContext` (the spaCy pipeline, the dictionaries, the speech
cues, and the steps built before it) and returns a callable that reads one
:class:`~strife.nlp.document.ArticleDoc` in place. The pipeline runs the steps named in its
``steps`` list, in order; a user registers their own with :func:`register_step` and names it there.
Steps hold no state between articles, so a batch can be read anywhere (a process pool, Ray Data).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from strife.dictionaries import Dictionaries
from strife.errors import ConfigError
from strife.events.codebook import load_codebook
from strife.events.coder import EventCoder
from strife.events.discards import Discards
from strife.events.gazetteer import load_gazetteer
from strife.events.modality import EventCues
from strife.events.patterns import EventPatterns
from strife.nlp.actors import ActorFinder
from strife.nlp.coref import Coreference
from strife.nlp.cues import SpeechCues
from strife.nlp.document import ArticleDoc
from strife.nlp.places import PlaceFinder
from strife.nlp.quotes import QuoteFinder
from strife.nlp.sources import SourceFinder
from strife.nlp.tone import ToneScorer

Step = Callable[[ArticleDoc], None]


@dataclass
class StepContext:
    nlp: Language
    dictionaries: Dictionaries
    cues: SpeechCues
    first_names: Mapping[str, str]
    user_files: tuple[Path, ...] = ()  # the user's dictionary files (patterns and cues among them)
    built: dict[str, Any] = field(default_factory=dict)

    def actor_finder(self) -> ActorFinder:
        finder = self.built.get("actors")
        if not isinstance(finder, ActorFinder):
            finder = ActorFinder(self.dictionaries, self.nlp, self.first_names)
            self.built["actors"] = finder
        return finder

    def quote_finder(self) -> QuoteFinder:
        finder = self.built.get("quotes")
        if not isinstance(finder, QuoteFinder):
            finder = QuoteFinder(self.cues, self.actor_finder())
            self.built["quotes"] = finder
        return finder


StepFactory = Callable[[StepContext], Step]
_REGISTRY: dict[str, StepFactory] = {}
DEFAULT_STEPS = ("actors", "coref", "quotes", "sources", "places", "events", "tone")


def register_step(name: str) -> Callable[[StepFactory], StepFactory]:
    """Register a step factory under ``name`` (a decorator)."""

    def decorate(factory: StepFactory) -> StepFactory:
        _REGISTRY[name] = factory
        return factory

    return decorate


def registered_steps() -> list[str]:
    return sorted(_REGISTRY)


def build_steps(names: tuple[str, ...], context: StepContext) -> list[tuple[str, Step]]:
    unknown = [n for n in names if n not in _REGISTRY]
    if unknown:
        raise ConfigError(
            f"unknown step(s) {', '.join(unknown)}; registered: {', '.join(registered_steps())}"
        )
    steps: list[tuple[str, Step]] = []
    for name in names:
        step = _REGISTRY[name](context)
        context.built[name] = step
        steps.append((name, step))
    return steps


@register_step("actors")
def _actors(ctx: StepContext) -> Step:
    return ctx.actor_finder()


@register_step("coref")
def _coref(ctx: StepContext) -> Step:
    return Coreference(ctx.dictionaries, ctx.cues)


@register_step("quotes")
def _quotes(ctx: StepContext) -> Step:
    return ctx.quote_finder()


@register_step("sources")
def _sources(ctx: StepContext) -> Step:
    return SourceFinder(ctx.dictionaries, ctx.cues)


@register_step("places")
def _places(ctx: StepContext) -> Step:
    return PlaceFinder(ctx.dictionaries)


@register_step("events")
def _events(ctx: StepContext) -> Step:
    return EventCoder(
        EventPatterns.load(ctx.user_files),
        load_codebook(),
        ctx.dictionaries,
        ctx.cues,
        EventCues.load(ctx.user_files),
        load_gazetteer(),
        ctx.quote_finder().unnamed,
        Discards.load(ctx.user_files),
    )


@register_step("tone")
def _tone(ctx: StepContext) -> Step:
    return ToneScorer()
