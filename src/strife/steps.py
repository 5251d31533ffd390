"""Reading steps registered by name, in the style of spaCy's ``@Language.factory``.

A step factory receives the :class:`StepContext` (the spaCy pipeline, the dictionaries, the speech
cues, and the steps built before it) and returns a callable that reads one
:class:`~strife.nlp.document.ArticleDoc` in place. The pipeline runs the steps named in its
``steps`` list, in order; a user registers their own with :func:`register_step` and names it there.
Steps hold no state between articles, so a batch can be read anywhere (a process pool, Ray Data).

Like spaCy's ``requires=``/``assigns=``, a step declares what it reads and what it writes, as
``"doc.actors"``-style names (:data:`PARSE`, the spaCy parse of every paragraph, is there before any
step). :func:`build_steps` checks the order before building anything: a step that needs what no step
before it assigns is refused with a :class:`~strife.errors.ConfigError` naming the step, what is
missing, and which registered step assigns it::

    @register_step("keywords", requires=("doc.actors",), assigns=("doc.keywords",))
    def make_keywords(ctx: StepContext) -> Step: ...
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
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
from strife.events.role_cues import RoleCues
from strife.nlp.actors import ActorFinder
from strife.nlp.coref import Coreference
from strife.nlp.coref_people import UnnamedPeople, load_person_nouns
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
            finder = ActorFinder(
                self.dictionaries, self.nlp, self.first_names, self.cues, self.person_nouns()
            )
            self.built["actors"] = finder
        return finder

    def person_nouns(self) -> dict[str, str]:
        """The common nouns for a person and their gender (``person_nouns.tsv``), read once for the
        actors step ("X, an Australian woman") and coreference."""
        nouns = self.built.get("person_nouns")
        if not isinstance(nouns, dict):
            nouns = self.built["person_nouns"] = load_person_nouns(self.user_files)
        return nouns

    def quote_finder(self) -> QuoteFinder:
        finder = self.built.get("quotes")
        if not isinstance(finder, QuoteFinder):
            finder = QuoteFinder(self.cues, self.actor_finder(), self.person_nouns())
            self.built["quotes"] = finder
        return finder


StepFactory = Callable[[StepContext], Step]

#: What the pipeline gives every step before the first one runs: the spaCy parse of each paragraph.
PARSE = "doc.parse"
_ATTRIBUTE = re.compile(r"[a-z_]+\.[a-z_]+")


@dataclass(frozen=True)
class StepInfo:
    """A registered step: its factory and the attributes it requires and assigns."""

    name: str
    factory: StepFactory
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_REGISTRY: dict[str, StepInfo] = {}
DEFAULT_STEPS = ("actors", "coref", "quotes", "sources", "places", "events", "tone")


def register_step(
    name: str, *, requires: Sequence[str] = (PARSE,), assigns: Sequence[str] = ()
) -> Callable[[StepFactory], StepFactory]:
    """Register a step factory under ``name`` (a decorator); a later registration replaces it.

    ``requires``: the attributes (``"doc.actors"``) the step reads, which a step before it must
    assign (or :data:`PARSE`); ``assigns``: those it writes. A malformed name raises
    :class:`~strife.errors.ConfigError`.
    """
    for attribute in (*requires, *assigns):
        if not _ATTRIBUTE.fullmatch(attribute):
            raise ConfigError(
                f"step {name!r}: attribute {attribute!r} is not of the form 'doc.actors' "
                "(lower case, one dot)"
            )

    def decorate(factory: StepFactory) -> StepFactory:
        _REGISTRY[name] = StepInfo(name, factory, tuple(requires), tuple(assigns))
        return factory

    return decorate


def registered_steps() -> list[str]:
    return sorted(_REGISTRY)


def step_info(name: str) -> StepInfo:
    """The registered step of this name; an unknown name raises :class:`~strife.errors.ConfigError`."""
    info = _REGISTRY.get(name)
    if info is None:
        raise ConfigError(f"unknown step {name!r}; registered: {', '.join(registered_steps())}")
    return info


def check_order(names: Sequence[str]) -> None:
    """Raise :class:`~strife.errors.ConfigError` unless every step's requirements are assigned by a
    step before it, each step is registered, and none is named twice."""
    unknown = [n for n in names if n not in _REGISTRY]
    if unknown:
        raise ConfigError(
            f"unknown step(s) {', '.join(unknown)}; registered: {', '.join(registered_steps())}"
        )
    twice = sorted({n for n in names if names.count(n) > 1})
    if twice:
        raise ConfigError(f"step(s) {', '.join(twice)} named more than once in {', '.join(names)}")
    available = {PARSE}
    for position, name in enumerate(names):
        info = _REGISTRY[name]
        for attribute in info.requires:
            if attribute not in available:
                raise ConfigError(_missing(name, attribute, names, position))
        available.update(info.assigns)


def _missing(name: str, attribute: str, names: Sequence[str], position: int) -> str:
    """Why ``name`` cannot run where it is, and what to do about it."""
    later = [n for n in names[position + 1 :] if attribute in _REGISTRY[n].assigns]
    order = ", ".join(names)
    if later:
        return (
            f"step {name!r} requires {attribute}, which {later[0]!r} assigns only after it; "
            f"put {later[0]!r} before {name!r} (steps: {order})"
        )
    givers = sorted(n for n, info in _REGISTRY.items() if attribute in info.assigns)
    if givers:
        add = " or ".join(repr(g) for g in givers)
        return (
            f"step {name!r} requires {attribute}, which no step before it assigns; "
            f"add {add} before {name!r} (steps: {order})"
        )
    return f"step {name!r} requires {attribute}, which no registered step assigns (steps: {order})"


def build_steps(names: Sequence[str], context: StepContext) -> list[tuple[str, Step]]:
    """The steps named, built in order after :func:`check_order`; a factory that fails raises a
    :class:`~strife.errors.ConfigError` naming its step."""
    check_order(names)
    steps: list[tuple[str, Step]] = []
    for name in names:
        try:
            step = _REGISTRY[name].factory(context)
        except ConfigError as exc:
            raise type(exc)(f"step {name!r} could not be built: {exc}") from exc
        except Exception as exc:
            raise ConfigError(f"step {name!r} could not be built: {type(exc).__name__}: {exc}") from exc
        context.built[name] = step
        steps.append((name, step))
    return steps


@register_step("actors", requires=(PARSE,), assigns=("doc.actors",))
def _actors(ctx: StepContext) -> Step:
    return ctx.actor_finder()


@register_step("coref", requires=("doc.actors",), assigns=("actor.coref_mentions",))
def _coref(ctx: StepContext) -> Step:
    unnamed = UnnamedPeople(ctx.first_names, ctx.person_nouns())
    return Coreference(ctx.dictionaries, ctx.cues, unnamed)


@register_step("quotes", requires=("doc.actors",), assigns=("doc.quotes",))
def _quotes(ctx: StepContext) -> Step:
    return ctx.quote_finder()


@register_step("sources", requires=(PARSE,), assigns=("doc.sources",))
def _sources(ctx: StepContext) -> Step:
    return SourceFinder(ctx.dictionaries, ctx.cues)


@register_step("places", requires=(PARSE,), assigns=("doc.places",))
def _places(ctx: StepContext) -> Step:
    return PlaceFinder(ctx.dictionaries)


@register_step("events", requires=("doc.actors", "doc.quotes", "doc.places"), assigns=("doc.events",))
def _events(ctx: StepContext) -> Step:
    role_cues = RoleCues.load(ctx.user_files)  # one reading for the patterns and the roles
    return EventCoder(
        EventPatterns.load(ctx.user_files, role_cues),
        load_codebook(),
        ctx.dictionaries,
        ctx.cues,
        EventCues.load(ctx.user_files),
        load_gazetteer(),
        ctx.quote_finder().unnamed,
        Discards.load(ctx.user_files),
        role_cues,
    )


@register_step("tone", requires=("doc.quotes",), assigns=("doc.tone", "quote.tone"))
def _tone(ctx: StepContext) -> Step:
    return ToneScorer()


import strife.events.opinion_steps  # noqa: E402, F401  (registers "hashed_opinion" and "second_opinion")
