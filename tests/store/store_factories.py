"""Hand-built :class:`Article` records for the store tests (no NLP involved).

Bodies are assembled piece by piece so every mention, quote and evidence offset is exact
(``body[start:end] == text``). Imported by the tests here and by the crash worker subprocess.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from strife.record import (
    Actor,
    Article,
    AttributedSource,
    Event,
    EventLocation,
    Mention,
    Place,
    Plover,
    Quote,
    Speaker,
    fingerprint,
)

GRUSHKO = ("Alexander Grushko", "RUSGOV", "Deputy Foreign Minister")
STOLTENBERG = ("Jens Stoltenberg", "NATO", "Secretary General")
KULEBA = ("Dmytro Kuleba", "UKRGOV", "Foreign Minister")

DEFAULT_WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


class _Body:
    def __init__(self) -> None:
        self.text = ""

    def put(self, text: str) -> Mention:
        start = len(self.text)
        self.text += text
        return Mention(text=text, start=start, end=len(self.text))


def make_article(
    key: str,
    *,
    speakers: Sequence[tuple[str, str | None, str | None]] = (GRUSHKO, STOLTENBERG),
    n_quotes: int = 2,
    outlet: str | None = "TASS",
    published: datetime | None = DEFAULT_WHEN,
    events: bool = True,
    place: tuple[str, str | None] | None = ("Moscow", "RUS"),
    source: str | None = "Reuters",
    article_id: str | None = None,
    body_key: str | None = None,
) -> Article:
    """An article in which ``speakers`` say ``n_quotes`` quotes (round robin), citing ``source``.

    Each speaker is an actor with one mention per quote they say plus one in the lead;
    ``body_key`` (default ``key``) makes the body, hence the fingerprint, unique.
    """
    body = _Body()
    mentions: dict[str, list[Mention]] = {name: [] for name, _, _ in speakers}
    body.put(f"Story {body_key or key}. ")
    for name, _, _ in speakers:
        mentions[name].append(body.put(name))
        body.put(" spoke. ")
    quotes: list[Quote] = []
    for i in range(n_quotes):
        name, code, _ = speakers[i % len(speakers)] if speakers else ("", None, None)
        speaker = None
        if speakers:
            said_by = body.put(name)
            mentions[name].append(said_by)
            speaker = Speaker(name=name, code=code, country=_country(code), mention=said_by)
            body.put(' said: "')
        else:
            body.put('Someone said: "')
        text = body.put(f"Statement {i} of {key} matters")
        body.put('". ')
        quotes.append(
            Quote(text=text.text, start=text.start, end=text.end, kind="direct", cue="said", speaker=speaker)
        )
    sources: list[AttributedSource] = []
    if source:
        body.put("It was reported ")
        cue = "according to"
        body.put(cue + " ")
        sources.append(AttributedSource(name=source, cue=cue, mention=body.put(source)))
        body.put(". ")
    places: list[Place] = []
    if place:
        body.put("The talks were in ")
        places.append(Place(name=place[0], country=place[1], type="city", mentions=[body.put(place[0])]))
        body.put(".")
    actors = [
        Actor(
            name=name,
            code=code,
            country=_country(code),
            sector=_sector(code),
            type="person",
            title=title,
            mentions=mentions[name],
        )
        for name, code, title in speakers
    ]
    event_list: list[Event] = []
    if events and quotes and actors:
        event_list.append(
            Event(
                cameo="012",
                cameo_root="01",
                quad_class=1,
                goldstein=-0.4,
                plover=Plover(type="AGREE", mode="verbal", context=["diplomacy", "military"]),
                source=actors[0],
                target=actors[-1],
                date="2024-05-01",
                location=EventLocation(name="Moscow", country="RUS", lat=55.75, lon=37.62),
                modality="asserted",
                evidence=Mention(text=quotes[0].text, start=quotes[0].start, end=quotes[0].end),
                quote=0,
                confidence=0.8,
            )
        )
    return Article(
        id=article_id or key,
        fingerprint=fingerprint(body.text),
        url=f"https://example.org/{key}",
        outlet=outlet,
        published=published,
        headline=f"Headline {key}",
        body=body.text,
        origin=f"tests/{key}.txt",
        attributed_sources=sources,
        actors=actors,
        quotes=quotes,
        places=places,
        events=event_list,
    )


def minimal_article(key: str) -> Article:
    """Only what an Article must have: id, fingerprint, body."""
    body = f"Bare body {key}."
    return Article(id=key, fingerprint=fingerprint(body), body=body)


def batch(n: int, prefix: str = "a") -> list[Article]:
    """``n`` distinct articles with varying dates, outlets, quotes and actors."""
    outlets = ("TASS", "Reuters", "Press TV")
    return [
        make_article(
            f"{prefix}-{i:04d}",
            n_quotes=i % 4,
            outlet=outlets[i % 3],
            published=datetime(2024, 1 + i % 12, 1 + i % 28, tzinfo=UTC) if i % 5 else None,
            speakers=(GRUSHKO, STOLTENBERG, KULEBA)[: 1 + i % 3],
            events=bool(i % 2),
        )
        for i in range(n)
    ]


def expected_children(article: Article) -> dict[str, int]:
    """How many rows each child table should hold for ``article``."""
    return {
        "actors": len(article.actors),
        "mentions": sum(len(a.mentions) for a in article.actors),
        "quotes": len(article.quotes),
        "attributed_sources": len(article.attributed_sources),
        "places": len(article.places),
        "place_mentions": sum(len(p.mentions) for p in article.places),
        "events": len(article.events),
    }


def stored_children(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, int]:
    """How many rows each child table holds for ``article_id``."""
    out = {}
    for table in expected_children(minimal_article("x")):
        row = con.execute(f"SELECT count(*) FROM {table} WHERE article_id = ?", [article_id]).fetchone()
        out[table] = int(row[0]) if row else 0
    return out


def audit(path: Path) -> dict[str, Article]:
    """Every article stored in the (closed) store file, after checking each one is complete.

    Raises AssertionError naming the article whose child rows do not match its record JSON.
    """
    con = duckdb.connect(str(path), read_only=True)
    try:
        stored: dict[str, Article] = {}
        for article_id, record in con.execute("SELECT id, record FROM articles ORDER BY id").fetchall():
            article = Article.model_validate_json(record)
            have, want = stored_children(con, article_id), expected_children(article)
            assert have == want, f"article {article_id} is incomplete: {have} != {want}"
            stored[article_id] = article
        for table in expected_children(minimal_article("x")):
            orphans = con.execute(
                f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
            ).fetchone()
            assert orphans == (0,), f"{table}: {orphans} rows without their article"
        return stored
    finally:
        con.close()


def _country(code: str | None) -> str | None:
    return code[:3] if code and len(code) == 6 else None


def _sector(code: str | None) -> str | None:
    return code[3:] if code and len(code) == 6 else None


_INSERT = re.compile(r"INSERT INTO (\w+) \(")


class TappedConnection:
    """A DuckDB connection whose ``INSERT INTO <table> (`` statements call ``before(table, params)``
    and ``after(table, params)`` around themselves (to inject faults, or to announce progress)."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        before: Callable[[str, list[Any]], None] = lambda table, params: None,
        after: Callable[[str, list[Any]], None] = lambda table, params: None,
    ) -> None:
        self._con, self._before, self._after = con, before, after

    def execute(self, sql: str, params: list[Any] | None = None) -> duckdb.DuckDBPyConnection:
        insert = _INSERT.match(sql.strip())
        if insert:
            self._before(insert.group(1), params or [])
        result = self._con.execute(sql, params)
        if insert:
            self._after(insert.group(1), params or [])
        return result

    def close(self) -> None:
        self._con.close()
