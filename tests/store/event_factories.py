"""Hand-built articles with coded events for the event query tests (no NLP, no event coder).

:data:`EVENT_ARTICLES` is a small corpus whose events cover every filter: codes with and without a
sector, an actor known only by country, dates of day, month and year precision, an event dated by
its article and one with no date at all. Event keys are ``"<article id>#<index>"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from strife.record import Actor, Article, Event, EventLocation, Mention, Modality, Plover, fingerprint

GRUSHKO = Actor(name="Alexander Grushko", code="RUSGOV", country="RUS", sector="GOV", type="person")
RUSSIAN_ARMY = Actor(name="Russian army", code="RUSMIL", country="RUS", sector="MIL", type="group")
RUSSIA = Actor(name="Russia", code="RUS", country="RUS", sector=None, type="state")
PETROV = Actor(name="Ivan Petrov", code=None, country="RUS", sector=None, type="person")
NATO = Actor(name="NATO", code="NATO", country=None, sector=None, type="igo")
KYIV = Actor(name="Ukrainian government", code="UKRGOV", country="UKR", sector="GOV", type="organization")
WASHINGTON = Actor(name="United States", code="USAGOV", country="USA", sector="GOV", type="state")


@dataclass(frozen=True)
class Spec:
    """One event to write: who did what to whom, when, how sure."""

    source: Actor | None
    target: Actor | None
    cameo: str
    quad_class: int
    plover: str | None
    date: str | None = None
    modality: Modality = "asserted"
    location: EventLocation | None = None


def article_with_events(
    article_id: str, published: datetime | None, specs: list[Spec], *, outlet: str | None = "TASS"
) -> Article:
    """An article with one sentence per event; each event's evidence is its sentence, offsets exact."""
    body, events = "", []
    for i, spec in enumerate(specs):
        who = spec.source.name if spec.source else "Someone"
        whom = spec.target.name if spec.target else "someone"
        sentence = f"In story {article_id}, {who} did thing {i} (code {spec.cameo}) to {whom}."
        start = len(body)
        body += sentence + " "
        events.append(
            Event(
                cameo=spec.cameo,
                cameo_root=spec.cameo[:2],
                quad_class=spec.quad_class,
                goldstein=-5.0 if spec.quad_class > 2 else 3.0,
                plover=Plover(type=spec.plover, mode=None, context=["military"]) if spec.plover else None,
                source=spec.source,
                target=spec.target,
                date=spec.date,
                location=spec.location,
                modality=spec.modality,
                evidence=Mention(text=sentence, start=start, end=start + len(sentence)),
                quote=None,
                confidence=0.5 + i / 10,
            )
        )
    body = body or f"Story {article_id} has no events."
    return Article(
        id=article_id,
        fingerprint=fingerprint(body),
        outlet=outlet,
        published=published,
        headline=f"Headline {article_id}",
        body=body,
        events=events,
    )


KYIV_PLACE = EventLocation(name="Kyiv", country="UKR", lat=50.45, lon=30.52)

EVENT_ARTICLES = (
    article_with_events(
        "e1",
        datetime(2022, 1, 13, 9, 19, tzinfo=UTC),
        [
            Spec(GRUSHKO, NATO, "138", 3, "THREATEN", date="2022-01-13"),
            Spec(NATO, GRUSHKO, "036", 1, "CONSULT", modality="future"),  # dated by its article
        ],
    ),
    article_with_events(
        "e2",
        datetime(2022, 2, 24, 4, 0, tzinfo=UTC),
        [
            Spec(RUSSIAN_ARMY, KYIV, "190", 4, "ASSAULT", date="2022-02-24", location=KYIV_PLACE),
            Spec(WASHINGTON, RUSSIA, "163", 3, "SANCTION", date="2022-02", modality="conditional"),
        ],
        outlet="Reuters",
    ),
    article_with_events(
        "e3",
        None,
        [
            Spec(PETROV, KYIV, "111", 3, "ACCUSE", date="2021", modality="negated"),
            Spec(None, NATO, "010", 1, None, modality="hypothetical"),  # no date anywhere
        ],
        outlet=None,
    ),
    article_with_events("plain", datetime(2022, 1, 20, tzinfo=UTC), []),
)

#: Every event key in the order :meth:`Store.events` returns them (by date, undated last).
ALL_EVENTS = ["e3#0", "e1#0", "e1#1", "e2#1", "e2#0", "e3#1"]
