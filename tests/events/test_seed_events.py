"""The seed dispatch's events: every one the issue names, with its parties, modality, date and place."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.pipeline import Pipeline
from strife.readers import parse_wire
from strife.record import Actor, Article, Event


@pytest.fixture(scope="module")
def seed(pipeline: Pipeline, seed_path: Path) -> Article:
    raw = parse_wire(seed_path.read_text(encoding="utf-8"), origin=str(seed_path))
    return next(pipeline.pipe([raw]))


def side(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    return actor.country or actor.code


def find(article: Article, roots: tuple[str, ...], source: str | None, evidence: str) -> list[Event]:
    return [
        e
        for e in article.events
        if e.cameo_root in roots and side(e.source) == source and evidence in e.evidence.text
    ]


# (what, CAMEO roots accepted, source side, target side or None for "any", words of the sentence, modalities)
EXPECTED = [
    ("talks NATO-Russia", ("04",), "IGOWSTNAT", "RUS", "four hours of talks", ("asserted",)),
    (
        "conditional military threat",
        ("13",),
        "RUS",
        "IGOWSTNAT",
        "would take military steps",
        ("conditional",),
    ),
    ("demand for guarantees", ("10",), "RUS", "IGOWSTNAT", "legally binding guarantees", ("asserted",)),
    ("accusation: expansion threatens Russia", ("11",), "RUS", "IGOWSTNAT", "posed a threat", ("asserted",)),
    ("warning of a real risk of war", ("01",), "IGOWSTNAT", None, "has warned", ("asserted",)),
    (
        "need for further dialogue",
        ("03",),
        "IGOWSTNAT",
        "RUS",
        "need for further dialog",
        ("asserted", "future"),
    ),
]


@pytest.mark.parametrize(
    ("what", "roots", "source", "target", "evidence", "modalities"), EXPECTED, ids=[e[0] for e in EXPECTED]
)
def test_seed_event(
    seed: Article,
    what: str,
    roots: tuple[str, ...],
    source: str,
    target: str | None,
    evidence: str,
    modalities: tuple[str, ...],
) -> None:
    found = find(seed, roots, source, evidence)
    assert found, f"{what}: no {roots} event from {source} in {evidence!r}; got {_summary(seed)}"
    event = found[0]
    if target is not None:
        assert side(event.target) == target, what
    assert event.modality in modalities, what


def test_talks_when_and_where(seed: Article) -> None:
    talks = find(seed, ("04",), "IGOWSTNAT", "four hours of talks")[0]
    assert talks.date == "2022-01-12"
    assert talks.location is not None
    assert (talks.location.name, talks.location.country) == ("Brussels", "BEL")
    assert talks.location.lat == pytest.approx(50.85, abs=0.1)
    assert talks.location.lon == pytest.approx(4.35, abs=0.1)


def test_warning_of_war(seed: Article) -> None:
    warning = find(seed, ("01",), "IGOWSTNAT", "has warned")[0]
    assert warning.cameo == "012"
    assert warning.source is not None and warning.source.name == "Jens Stoltenberg"


def test_future_discussions_not_ruled_out(seed: Article) -> None:
    """A negated rejection of talks, or an intent to talk."""
    found = find(seed, ("12", "03"), "RUS", "did not rule out")
    assert found, _summary(seed)
    event = found[0]
    assert (event.cameo_root, event.modality) in {("12", "negated"), ("03", "asserted"), ("03", "future")}
    assert side(event.target) == "IGOWSTNAT"


def test_events_point_back_to_their_words(seed: Article) -> None:
    assert seed.events
    for event in seed.events:
        assert seed.body[event.evidence.start : event.evidence.end] == event.evidence.text
        for actor in (event.source, event.target):
            for mention in actor.mentions if actor else []:
                assert seed.body[mention.start : mention.end] == mention.text


def test_events_in_quotes_name_their_quote(seed: Article) -> None:
    demand = find(seed, ("10",), "RUS", "legally binding guarantees")[0]
    assert demand.quote is not None
    assert seed.quotes[demand.quote].text.startswith("It’s absolutely imperative")


def test_one_action_is_one_event(seed: Article) -> None:
    keys = [(e.cameo, side(e.source), side(e.target), e.date) for e in seed.events]
    assert len(keys) == len(set(keys))
    assert len(find(seed, ("01",), "IGOWSTNAT", "")) == 1, "the warning is said twice but is one event"


def test_dates_come_from_the_text(seed: Article) -> None:
    for event in seed.events:
        if event.modality == "hypothetical":
            continue  # no day for what may never happen (below)
        assert event.date in ("2022-01-12", "2022-01-13")
        assert not event.historical and event.coded


@pytest.mark.parametrize(
    ("roots", "source", "evidence", "dated_by"),
    [
        (("04",), "IGOWSTNAT", "four hours of talks", "event"),  # "on Wednesday" in its own sentence
        (("01",), "IGOWSTNAT", "has warned", "later_paragraph"),  # "made the remark on Wednesday" points back
        (("11",), "RUS", "posed a threat", "earlier_paragraph"),  # Grushko "described Wednesday's talks"
        (("13",), "RUS", "would take military steps", "earlier_paragraph"),
        (("10",), "RUS", "legally binding guarantees", "earlier_paragraph"),
        (("12", "03"), "RUS", "did not rule out", "earlier_paragraph"),
    ],
)
def test_stoltenberg_and_grushko_spoke_on_wednesday(
    seed: Article, roots: tuple[str, ...], source: str, evidence: str, dated_by: str
) -> None:
    [event] = find(seed, roots, source, evidence)[:1]
    assert (event.date, event.dated_by) == ("2022-01-12", dated_by)


def _summary(article: Article) -> list[tuple[str, str | None, str | None, str, str]]:
    return [
        (e.cameo, side(e.source), side(e.target), e.modality, e.evidence.text[:40]) for e in article.events
    ]


def test_ukraine_joining_is_hypothetical(seed: Article) -> None:
    """'the issue of Ukraine potentially joining the alliance': Ukraine is who would join, and may not."""
    joins = find(seed, ("05",), "UKR", "potentially joining")
    assert joins and joins[0].modality == "hypothetical" and side(joins[0].target) == "IGOWSTNAT"


def test_ukraine_joining_is_not_counted(seed: Article) -> None:
    """It has not happened: no date (it had the article's, 2022-01-13) and no place in series or alerts."""
    [join] = find(seed, ("05",), "UKR", "potentially joining")
    assert (join.date, join.dated_by, join.coded) == (None, None, False)
    assert [e.cameo_root for e in seed.events if not e.coded] == ["05"]


def test_the_default_opinion_keeps_every_seed_event(
    seed: Article, default_pipeline: Pipeline, seed_path: Path
) -> None:
    """strife's default reading (the rules and the torch-free second opinion) drops none of the seed's
    events: its thresholds were chosen so that it never does."""
    raw = parse_wire(seed_path.read_text(encoding="utf-8"), origin=str(seed_path))
    read = next(default_pipeline.pipe([raw]))

    def keys(article: Article) -> list[tuple[str, str | None, str]]:
        return sorted((e.cameo, side(e.source), e.evidence.text) for e in article.events)

    assert keys(read) == keys(seed)
