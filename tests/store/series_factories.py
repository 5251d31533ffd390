"""Hand-built articles with events of a given quad class and Goldstein score, for the dyad series and
alert query tests (no NLP); incidents written straight into the store as the story step would."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from strife.record import Actor, Article, Event, Mention, Modality, fingerprint
from strife.store import Store
from strife.store.story_rows import Incident

RUS = Actor(name="Russia", code="RUS", country="RUS", sector=None, type="state")
RUSMIL = Actor(name="Russian army", code="RUSMIL", country="RUS", sector="MIL", type="group")
UKR = Actor(name="Ukraine", code="UKRGOV", country="UKR", sector="GOV", type="state")
NATO = Actor(name="NATO", code="NATO", country=None, sector=None, type="igo")
PERSON = Actor(name="Olga Ivanova", code=None, country="UKR", sector=None, type="person")


@dataclass(frozen=True)
class E:
    """One event to write."""

    source: Actor | None
    target: Actor | None
    quad: int
    goldstein: float = 0.0
    date: str | None = None
    modality: Modality = "asserted"


def article(aid: str, day: str | None, events: Sequence[E], *, tone: float | None = None) -> Article:
    body, coded = "", []
    for i, e in enumerate(events):
        sentence = f"Report {aid} tells of happening number {i}."
        start, body = len(body), body + sentence + " "
        cameo = {1: "040", 2: "070", 3: "130", 4: "190"}[e.quad]
        coded.append(
            Event(
                cameo=cameo,
                cameo_root=cameo[:2],
                quad_class=e.quad,
                goldstein=e.goldstein,
                source=e.source,
                target=e.target,
                date=e.date,
                modality=e.modality,
                evidence=Mention(text=sentence, start=start, end=start + len(sentence)),
                confidence=0.8,
            )
        )
    body = body or f"Report {aid} has nothing."
    published = datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC) if day else None
    return Article(
        id=aid, fingerprint=fingerprint(body), published=published, body=body, events=coded, tone=tone
    )


def incident(store: Store, incident_id: str, *events: tuple[str, int]) -> None:
    """Make the events ``(article id, index)`` one incident (replacing any incidents stored before)."""
    ids = tuple(f"{a}#{i}" for a, i in events)
    made = Incident(incident_id, None, ids, len({a for a, _ in events}), 1, events[0][0], None, None)
    store.replace_stories([], [], [], [made])


def fill(store: Store, *articles: Article) -> Store:
    for a in articles:
        assert store.add(a)
    return store
