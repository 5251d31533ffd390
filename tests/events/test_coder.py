"""The event coder on short sentences of our own: parties, codes, modality, date and place."""

from __future__ import annotations

import pytest

from strife.pipeline import Pipeline
from strife.record import Actor, Event

PUBLISHED = "2026-03-12T10:00:00Z"  # a Thursday


def side(actor: Actor | None) -> str | None:
    return None if actor is None else actor.country or actor.code


def events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text, published=PUBLISHED).events


# (sentence, CAMEO root, source side, target side)
CASES = [
    ("Brazil and the United States signed a trade agreement in Geneva on Monday.", "05", "BRA", "USA"),
    ("Estonian border guards were detained by Russian forces near Narva.", "17", "RUS", "EST"),
    ("The European Union imposed sanctions on Belarus last month.", "16", "IGOEUREEC", "BLR"),
    ("China urged Japan to resume talks.", "02", "CHN", "JPN"),
    ("Israel accused Hamas of violating the ceasefire.", "11", "ISR", "PSE"),
    ("NATO and Russia held talks in Brussels.", "04", "IGOWSTNAT", "RUS"),
    ("Russian troops shelled Kharkiv on Sunday.", "19", "RUS", None),
    ("Turkey denied sending troops to Syria.", "01", "TUR", None),
    ("Egypt reestablished diplomatic relations with Iran.", "05", "EGY", "IRN"),  # re- + establish
    ("The Rwandan government accepted the rebels' demands.", "08", "RWA", None),
    ("Riot police fired tear gas at the crowd.", "17", "---COP", None),  # unknown country: ---
    ("Delegations from Estonia and Russia met in Vienna.", "04", "EST", "RUS"),  # "from X": X's people
    (
        "The FSB said its border guards had detained two Estonian officers.",
        "17",
        "RUS",
        "EST",
    ),  # its → FSB  # an unnamed agent is still a party
]


@pytest.mark.parametrize(("sentence", "root", "source", "target"), CASES)
def test_who_did_what_to_whom(
    pipeline: Pipeline, sentence: str, root: str, source: str | None, target: str | None
) -> None:
    found = [e for e in events(pipeline, sentence) if e.cameo_root == root]
    assert found, f"no {root} event in {sentence!r}"
    assert found[0].source is not None
    assert side(found[0].source) == source
    if target is not None:
        assert side(found[0].target) == target


@pytest.mark.parametrize(
    ("sentence", "date", "place"),
    [
        ("Brazil and the United States signed a trade deal in Geneva on Monday.", "2026-03-09", "Geneva"),
        ("NATO and Russia held talks in Brussels.", "2026-03-12", "Brussels"),
        ("Russian troops shelled Kharkiv on Sunday.", "2026-03-08", "Kharkiv"),
        ("The European Union imposed sanctions on Belarus last month.", "2026-02", None),
        # a weak guess of the gazetteer in a state the story is not about sets no location ("Yida" is
        # a camp in South Sudan, not Jeddah by one of its alternate names)
        ("JUBA - Sudanese warplanes bombed a camp in Yida on Thursday, officials said.", "2026-03-12", None),
    ],
)
def test_when_and_where(pipeline: Pipeline, sentence: str, date: str, place: str | None) -> None:
    event = events(pipeline, sentence)[0]
    assert event.date == date
    assert (event.location.name if event.location else None) == place
    if event.location is not None:
        assert event.location.lat is not None and event.location.lon is not None


def test_sponsor_is_not_the_actor(pipeline: Pipeline) -> None:
    """'the US-led alliance' is NATO (named before), not the United States."""
    found = events(pipeline, "NATO met on Monday. Russia rejected talks with the US-led alliance.")
    rejects = [e for e in found if e.cameo_root == "12"]
    assert rejects and side(rejects[0].target) == "IGOWSTNAT"


def test_threat_in_a_report_is_conditional(pipeline: Pipeline) -> None:
    text = "The Russian minister warned that Moscow would take military measures if NATO expanded."
    threats = [e for e in events(pipeline, text) if e.cameo_root == "13"]
    assert threats and threats[0].modality == "conditional" and side(threats[0].source) == "RUS"


def test_a_demand_in_a_report(pipeline: Pipeline) -> None:
    text = "Estonia's prime minister said Russia must release the two officers."
    demands = [e for e in events(pipeline, text) if e.cameo_root == "10"]
    assert demands and side(demands[0].source) == "EST" and side(demands[0].target) == "RUS"


def test_no_party_no_event(pipeline: Pipeline) -> None:
    assert events(pipeline, "The talks ended without progress.") == []


def test_an_action_told_twice_is_one_event(pipeline: Pipeline) -> None:
    """The second telling has no date of its own: it is the same talks, dated by the first."""
    text = (
        "Russia and Ukraine held talks in Istanbul on Monday. Russia and Ukraine held talks, officials said."
    )
    talks = [e for e in events(pipeline, text) if e.cameo_root == "04"]
    assert len(talks) == 1
    assert talks[0].date == "2026-03-09"


def test_different_dates_are_different_events(pipeline: Pipeline) -> None:
    text = "Russia and Ukraine held talks on Monday. Russia and Ukraine held talks again on Wednesday."
    talks = [e for e in events(pipeline, text) if e.cameo_root == "04"]
    assert sorted(e.date for e in talks) == ["2026-03-09", "2026-03-11"]


def test_a_later_action_does_not_date_the_agreement(pipeline: Pipeline) -> None:
    """'agreed on Tuesday to meet on Thursday': the agreement is Tuesday's (the article is Thursday's)."""
    found = events(pipeline, "Russia and Estonia agreed to meet again on Friday.")
    intents = [e for e in found if e.cameo_root == "03"]
    assert intents and intents[0].date == "2026-03-12"  # the article's date, not Friday's


def test_the_future_reads_forward(pipeline: Pipeline) -> None:
    found = events(pipeline, "The French foreign minister will visit Estonia on Monday.")
    assert found and found[0].date == "2026-03-16"


def test_an_unnamed_doer_is_not_borrowed_from_the_next_clause(pipeline: Pipeline) -> None:
    text = "Estonia protested after two Estonian border guards were detained."
    detentions = [e for e in events(pipeline, text) if e.cameo_root == "17"]
    assert all(e.source is None for e in detentions)


def test_a_frame_the_parse_loops_back_to_is_read_once(pipeline: Pipeline) -> None:
    """'An investigation initiated by … called X as a witness': frames that govern each other through
    the parse were read in a circle until Python's recursion limit, and the article was lost."""
    text = (
        "An investigation initiated by Kansas Senator Tom Webb in 1958 called Dale as a witness and put "
        "Rook out of business, though he had no case to answer."
    )
    article = pipeline.extract(text, published="2010-06-01T12:00:00Z")
    assert article.body == text
