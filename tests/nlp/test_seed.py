"""The first real dispatch (../shared/corpus), read end to end: it must come out entirely right."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from strife.pipeline import Pipeline
from strife.readers import parse_wire
from strife.record import Article

STOLTENBERG = ("Jens Stoltenberg", "IGOWSTNAT")
GRUSHKO = ("Alexander Grushko", "RUSGOV")

# (start of the quoted text, kind, speaker): every quoted passage and both indirect statements.
EXPECTED_QUOTES = [
    ("a real risk", "partial", STOLTENBERG),
    ("defining moment for European security", "partial", STOLTENBERG),
    ("significant differences", "partial", STOLTENBERG),
    ("We had a very serious and direct exchange", "direct", STOLTENBERG),
    ("Our differences will not be easy to bridge", "direct", STOLTENBERG),
    ("There is a real risk for a new armed conflict", "direct", STOLTENBERG),
    ("to resume dialog and to explore a schedule", "partial", STOLTENBERG),
    ("Ukraine had the right to decide", "indirect", STOLTENBERG),
    ("serious, deep, and substantive", "partial", GRUSHKO),
    ("NATO’s expansion posed a threat", "indirect", GRUSHKO),
    ("neutralize the threats", "partial", GRUSHKO),
    ("further sliding of the situation", "partial", GRUSHKO),
    ("It’s absolutely imperative to end the policy", "direct", GRUSHKO),
    ("The freedom to choose ways", "direct", GRUSHKO),
]


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline, seed_path: Path) -> Article:
    raw = parse_wire(seed_path.read_text(encoding="utf-8"), origin=str(seed_path))
    return next(pipeline.pipe([raw]))


def test_metadata(seed: Article) -> None:
    assert seed.published == datetime(2022, 1, 13, 9, 19, tzinfo=UTC)
    assert seed.headline == "NATO chief warns of ‘real risk’ of war as talks with Russia end"
    assert seed.body.startswith("NATO Secretary-General Jens Stoltenberg has warned")
    assert "UTC" not in seed.body and "•" not in seed.body


def test_quote_count(seed: Article) -> None:
    kinds = [q.kind for q in seed.quotes]
    assert kinds.count("direct") + kinds.count("partial") == 12
    assert kinds.count("indirect") == 2


@pytest.mark.parametrize(("start", "kind", "speaker"), EXPECTED_QUOTES)
def test_quote(seed: Article, start: str, kind: str, speaker: tuple[str, str]) -> None:
    matches = [q for q in seed.quotes if q.text.startswith(start)]
    assert len(matches) == 1, f"quote starting {start!r} not found once"
    quote = matches[0]
    assert quote.kind == kind
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.code) == speaker
    assert seed.body[quote.start : quote.end] == quote.text
    assert quote.cue


def test_pronoun_speakers_are_resolved(seed: Article) -> None:
    mentions = {q.speaker.mention.text for q in seed.quotes if q.speaker and q.speaker.mention}
    assert {"he", "He", "the Russian official", "The NATO chief"} <= mentions
    assert all(q.speaker and q.speaker.name not in ("he", "He") for q in seed.quotes)


@pytest.mark.parametrize(
    ("name", "code", "country", "sector", "title"),
    [
        ("Jens Stoltenberg", "IGOWSTNAT", None, None, "Secretary-General"),
        ("Alexander Grushko", "RUSGOV", "RUS", "GOV", "Deputy Foreign Minister"),
        ("Russia", "RUS", "RUS", None, None),
        ("NATO", "IGOWSTNAT", None, None, None),
    ],
)
def test_actor(
    seed: Article, name: str, code: str, country: str | None, sector: str | None, title: str
) -> None:
    actor = next(a for a in seed.actors if a.name == name)
    assert (actor.code, actor.country, actor.sector) == (code, country, sector)
    if title:
        assert actor.title == title
    for mention in actor.mentions:
        assert seed.body[mention.start : mention.end] == mention.text


def test_people_carry_their_coreferent_mentions(seed: Article) -> None:
    grushko = next(a for a in seed.actors if a.name == "Alexander Grushko")
    assert {"Grushko", "He", "he", "the Russian official"} <= {m.text for m in grushko.mentions}
    stoltenberg = next(a for a in seed.actors if a.name == "Jens Stoltenberg")
    assert {"Stoltenberg", "The NATO chief", "he"} <= {m.text for m in stoltenberg.mentions}


def test_cited_outlet(seed: Article) -> None:
    assert [(s.name, s.cue) for s in seed.attributed_sources] == [("Press TV", "according to")]


def test_places(seed: Article) -> None:
    brussels = next(p for p in seed.places if p.name == "Brussels")
    assert brussels.country == "BEL"
