"""Helpers for the in-process API tests: a store of hand-built articles, a fake pipeline, a client.

The articles are built without NLP, every offset exact: two reports of one round of talks (two
outlets, quotes by two speakers: a story), a located shelling, a sanctions threat dated to a month,
an undated article, and :data:`HOSTILE_ID`, whose headline and body carry markup. :func:`api` opens
``strife.web.create_app`` over a store holding them in a ``TestClient`` (which runs the app's
lifespan, so the store is opened and closed as in a server).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from strife.errors import ExtractionError
from strife.record import (
    Actor,
    Article,
    Event,
    EventLocation,
    Mention,
    Quote,
    RawArticle,
    Speaker,
    derive_id,
    fingerprint,
)
from strife.store import open_store
from strife.web import create_app

TOKEN = "s3cret-token"
HOSTILE_ID = "hostile"
SCRIPT = "<script>alert(1)</script>"
ONERROR = '<img src=x onerror="alert(2)">'

NATO = Actor(name="NATO", code="IGOWSTNAT", country=None, sector=None, type="igo")
RUSSIA = Actor(name="Russia", code="RUSGOV", country="RUS", sector="GOV", type="state")
ARMY = Actor(name="Russian army", code="RUSMIL", country="RUS", sector="MIL", type="group")
UKRAINE = Actor(name="Ukraine", code="UKRGOV", country="UKR", sector="GOV", type="state")
USA = Actor(name="United States", code="USAGOV", country="USA", sector="GOV", type="state")
KHARKIV = EventLocation(name="Kharkiv", country="UKR", lat=49.99, lon=36.23)

TALKS = (
    "Envoys of the alliance and of Moscow sat down in Brussels for a long session about missile "
    "placements in Europe, their first council meeting in two years, and said they would meet again. "
)


class Text:
    """An article body built piece by piece, each piece's offsets known."""

    def __init__(self) -> None:
        self.text = ""

    def put(self, piece: str) -> Mention:
        start = len(self.text)
        self.text += piece
        return Mention(text=piece, start=start, end=len(self.text))


def event(
    evidence: Mention,
    source: Actor | None,
    target: Actor | None,
    cameo: str,
    quad: int,
    *,
    date: str | None = None,
    location: EventLocation | None = None,
) -> Event:
    return Event(
        cameo=cameo, cameo_root=cameo[:2], quad_class=quad, goldstein=-6.0 if quad > 2 else 2.5,
        source=source, target=target, date=date, location=location, evidence=evidence, confidence=0.8,
    )  # fmt: skip


def talks(aid: str, outlet: str, speaker: str, code: str, words: str) -> Article:
    """A report of the talks quoting ``speaker``; both reports are one story."""
    body = Text()
    lead = body.put(TALKS * 3)
    said_by = body.put(speaker)
    body.put(' said: "')
    quoted = body.put(words)
    body.put('."')
    who = Speaker(name=speaker, code=code, country="RUS" if code.startswith("RUS") else None, mention=said_by)
    actor = Actor(
        name=speaker, code=code, country=who.country, sector=None, type="person", mentions=[said_by]
    )
    quote = Quote(
        text=quoted.text, start=quoted.start, end=quoted.end, kind="direct", cue="said", speaker=who
    )
    return Article(
        id=aid, fingerprint=fingerprint(body.text), outlet=outlet, headline=f"Council talks ({outlet})",
        body=body.text, published=datetime(2022, 1, 12, 9, tzinfo=UTC), actors=[actor], quotes=[quote],
        events=[event(lead, NATO, RUSSIA, "040", 1, date="2022-01-12")], tone=-0.1,
    )  # fmt: skip


def single(aid: str, sentence: str, published: datetime | None, events: Sequence[Event] = ()) -> Article:
    return Article(
        id=aid, fingerprint=fingerprint(sentence), outlet="Reuters", headline=f"Headline {aid}",
        body=sentence, published=published, events=list(events),
    )  # fmt: skip


def shelling() -> Article:
    text = "Artillery of the Russian army shelled the northern districts of Kharkiv overnight."
    evidence = Mention(text=text, start=0, end=len(text))
    located = event(evidence, ARMY, UKRAINE, "190", 4, date="2022-02-24", location=KHARKIV)
    return single("shelling", text, datetime(2022, 2, 24, 6, tzinfo=UTC), [located])


def sanctions() -> Article:
    text = "Washington warned of sweeping sanctions should troops cross the border."
    evidence = Mention(text=text, start=0, end=len(text))
    return single(
        "sanctions",
        text,
        datetime(2022, 2, 1, tzinfo=UTC),
        [event(evidence, USA, RUSSIA, "163", 3, date="2022-02")],
    )


def hostile() -> Article:
    """Markup in the headline, the body and an event's evidence: the API returns it as text."""
    body = Text()
    body.put("Officials met. ")
    evidence = body.put(f"The group {SCRIPT} praised the ceasefire {ONERROR} in a statement.")
    return Article(
        id=HOSTILE_ID, fingerprint=fingerprint(body.text), outlet="Nowhere",
        headline=f"Breaking {SCRIPT}{ONERROR}", body=body.text, published=datetime(2022, 3, 1, tzinfo=UTC),
        events=[event(evidence, UKRAINE, NATO, "051", 1, date="2022-03-01")],
    )  # fmt: skip


def corpus() -> list[Article]:
    return [
        talks("talks-tass", "TASS", "Alexander Grushko", "RUSGOV", "There is a real risk of escalation"),
        talks("talks-reuters", "Reuters", "Jens Stoltenberg", "IGOWSTNAT", "We are ready to keep talking"),
        shelling(),
        sanctions(),
        single("undated", "An article that says nothing of note and carries no date.", None),
        hostile(),
    ]


def fill(db: Path, articles: Iterable[Article], *, refresh: bool = True) -> None:
    """The articles into a new store at ``db``; then, with ``refresh``, the write path's last step
    (stories and incidents computed), as ``strife ingest`` leaves a store."""
    with open_store(db) as store:
        for article in articles:
            assert store.add(article)
        if refresh:
            from strife.monitor.refresh import refresh as run_refreshers

            run_refreshers(store)


class FakePipeline:
    """Stands in for the NLP pipeline: the record is the raw article's shell, with no findings."""

    def __init__(self) -> None:
        self.read: list[RawArticle] = []

    def to_article_shell(self, raw: RawArticle) -> Article:
        return Article(
            id=raw.id or derive_id(raw.body), fingerprint=fingerprint(raw.body), url=raw.url,
            outlet=raw.outlet, published=raw.published, headline=raw.headline, body=raw.body,
            origin=raw.origin,
        )  # fmt: skip

    def pipe(self, raws: Iterable[RawArticle], *, on_error: Any = None) -> Iterator[Article]:
        for raw in raws:
            self.read.append(raw)
            if "FAIL" in raw.body and on_error is not None:
                on_error(ExtractionError(raw.origin or "?", "the fake pipeline was told to fail"))
                continue
            yield self.to_article_shell(raw)


@contextmanager
def api(
    tmp_path: Path, articles: Iterable[Article] | None = None, *, refresh: bool = True, **options: Any
) -> Iterator[TestClient]:
    """A client of ``create_app`` over a store in ``tmp_path`` holding ``articles`` (default:
    :func:`corpus`), refreshed unless ``refresh`` is False; ``options`` go to ``create_app``."""
    db = tmp_path / "strife.duckdb"
    fill(db, corpus() if articles is None else articles, refresh=refresh)
    with TestClient(create_app(db, **options)) as client:
        yield client


def ids(page: dict[str, Any], key: str = "id") -> list[str]:
    return [row[key] for row in page["items"]]


ESCALATION_DAY = "2022-03-10"
#: CAMEO codes of ten different conflict roots: ten incidents on one day, however they cluster.
CONFLICT_CODES = ("111", "120", "130", "140", "150", "160", "172", "181", "190", "200")


def escalation() -> list[Article]:
    """A quiet start (one conflict event in January) and ten conflict incidents between Russia and
    Ukraine on :data:`ESCALATION_DAY`: enough for an escalation alert of the pair RUS–UKR."""
    first = "A border guard reported a single exchange of insults near the crossing."
    said = Mention(text=first, start=0, end=len(first))
    quiet = single("quiet", first, datetime(2022, 1, 3, tzinfo=UTC), [event(said, ARMY, UKRAINE, "111", 3)])
    surge = []
    for i, code in enumerate(CONFLICT_CODES):
        text = f"Report {i}: in district {i} the army carried out action {code} against defenders."
        evidence = Mention(text=text, start=0, end=len(text))
        quad = 3 if code[:2] in ("11", "12", "13", "16") else 4
        surge.append(
            single(
                f"surge-{i}",
                text,
                datetime(2022, 3, 10, 8, i, tzinfo=UTC),
                [event(evidence, ARMY, UKRAINE, code, quad, date=ESCALATION_DAY)],
            )
        )
    return [quiet, *surge]


def get_json(client: TestClient, url: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
    """The JSON body of a GET that must answer 200."""
    response = client.get(url, params=params)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body
