"""The bundled sample corpus reads as its README says (golden expectations for three dispatches)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from strife.errors import InputError
from strife.pipeline import Pipeline
from strife.readers import parse_wire, read_inputs
from strife.record import Article, RawArticle

CORPUS = Path(str(resources.files("strife").joinpath("sample", "corpus")))
ERR = "2026-03-03-err-estonia-summons-russian-envoy.txt"
REUTERS = "2026-03-07-reuters-estonia-asks-for-nato-article-4-talks.txt"
TASS = "2026-03-08-tass-moscow-warns-nato-against-exploiting-border-case.txt"
KASK = ("Liisa Kask", "ESTGOV")
OREKHOV = ("Dmitry Orekhov", "RUSGOV")
LINDQVIST = ("Marta Lindqvist", "IGOWSTNAT")
VORONIN = ("Gennady Voronin", "RUSGOV")

# (file, start of the quote, kind, (speaker name, code))
QUOTES = [
    (ERR, "the government considered the detention an abduction", "indirect", KASK),
    (ERR, "Let me be very clear", "direct", KASK),
    (ERR, "Russia must return them today", "direct", KASK),
    (ERR, "the government had shared the patrol", "indirect", KASK),
    (ERR, "will be treated humanely", "partial", OREKHOV),
    (ERR, "not accept lectures about its own border", "partial", OREKHOV),
    (REUTERS, "We are not asking for anything dramatic", "direct", KASK),
    (REUTERS, "Two of our officers are in a Russian prison cell", "direct", KASK),
    (REUTERS, "That is what NATO is for.", "direct", KASK),
    (REUTERS, "the North Atlantic Council would meet on Monday", "indirect", LINDQVIST),
    (REUTERS, "following the situation very closely", "partial", LINDQVIST),
    (REUTERS, "Estonia would not be drawn into a spiral", "indirect", KASK),
    (TASS, "If NATO decides to answer a question", "direct", VORONIN),
    (TASS, "Moscow was open to talks with Tallinn", "indirect", VORONIN),
    (TASS, "technical questions", "partial", VORONIN),
    (TASS, "We have never refused dialogue", "direct", VORONIN),
    (TASS, "strictly observe international rules", "partial", VORONIN),
]

SOURCES = {ERR: {"ERR News"}, REUTERS: {"Reuters"}, TASS: {"TASS", "RIA Novosti"}}


@pytest.fixture(scope="module")
def articles(pipeline: Pipeline) -> dict[str, Article]:
    names = (ERR, REUTERS, TASS)
    raws = [parse_wire((CORPUS / name).read_text(encoding="utf-8"), origin=name) for name in names]
    return {a.origin or "": a for a in pipeline.pipe(raws)}


@pytest.mark.parametrize(("name", "start", "kind", "speaker"), QUOTES)
def test_quote(
    articles: dict[str, Article], name: str, start: str, kind: str, speaker: tuple[str, str]
) -> None:
    found = [q for q in articles[name].quotes if q.text.startswith(start) and q.kind == kind]
    assert found, f"{name}: no {kind} quote starting {start!r}"
    assert found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.code) == speaker


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_cited_outlets(articles: dict[str, Article], name: str) -> None:
    assert {s.name for s in articles[name].attributed_sources} == SOURCES[name]


@pytest.mark.parametrize(
    ("name", "actor", "code", "title"),
    [
        (ERR, "Liisa Kask", "ESTGOV", "Prime Minister"),
        (ERR, "Dmitry Orekhov", "RUSGOV", "chargé d'affaires"),
        (REUTERS, "Marta Lindqvist", "IGOWSTNAT", "spokesperson"),
        (TASS, "Gennady Voronin", "RUSGOV", "Deputy Foreign Minister"),
        (TASS, "Russia", "RUS", None),
    ],
)
def test_actors(articles: dict[str, Article], name: str, actor: str, code: str, title: str | None) -> None:
    match = next(a for a in articles[name].actors if a.name == actor)
    assert (match.code, match.title) == (code, title)


def test_messy_files_are_reported_and_the_rest_read() -> None:
    results = list(read_inputs([str(CORPUS)]))
    errors = {Path(e.origin.split(":")[0]).name for e in results if isinstance(e, InputError)}
    assert errors == {"messy-empty.txt", "messy-binary.txt", "messy-bad-line.jsonl"}
    assert sum(1 for r in results if isinstance(r, RawArticle)) >= 30
