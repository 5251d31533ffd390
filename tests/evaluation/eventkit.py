"""Hand-made records for the event-coding evaluation tests: actors, events, articles, a fake reader."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from strife.record import (
    Actor,
    ActorType,
    Article,
    Event,
    Mention,
    Plover,
    RawArticle,
    derive_id,
    fingerprint,
)


def actor(
    code: str | None,
    country: str | None = None,
    *,
    sector: str | None = None,
    kind: ActorType = "state",
    name: str = "X",
) -> Actor:
    return Actor(name=name, code=code, country=country, sector=sector, type=kind)


def event(
    cameo: str = "040",
    plover: str | None = "CONSULT",
    *,
    source: Actor | None = None,
    target: Actor | None = None,
    confidence: float = 0.8,
    start: int = 0,
) -> Event:
    return Event(
        cameo=cameo,
        cameo_root=cameo[:2],
        quad_class=1,
        goldstein=1.0,
        plover=Plover(type=plover) if plover is not None else None,
        source=source,
        target=target,
        evidence=Mention(text="x", start=start, end=start + 1),
        confidence=confidence,
    )


def article(*events: Event, actors: Iterable[Actor] = (), body: str = "Some text here.") -> Article:
    return Article(
        id=derive_id(body),
        fingerprint=fingerprint(body),
        body=body,
        actors=list(actors),
        events=list(events),
    )


class FakeReader:
    """An ArticleReader that codes each text with ``code`` (no spaCy); a text containing FAIL is dropped."""

    def __init__(self, code: Callable[[str], list[Event]] = lambda text: []) -> None:
        self.code = code
        self.read: list[str] = []

    def pipe(self, raws: Iterable[RawArticle]) -> Iterator[Article]:
        for raw in raws:
            self.read.append(raw.body)
            if "FAIL" in raw.body:
                continue
            made = article(*self.code(raw.body), body=raw.body)
            yield made.model_copy(update={"id": raw.id})
