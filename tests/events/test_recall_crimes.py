"""Crimes told in words of war (session 30, recall): robbers, thieves, raiders and looters are criminals
(CRM), their raid on a shop, a bank or a firm takes property (171) from the business robbed, never from
its state. Rows as in test_only_real_events.py: a sentence, then every event strife reports in it as
"CODE SOURCE>TARGET" ("-" for a side with no code), " uncounted" for an event left out of series and
alerts."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

CRIMINALS = [
    # raiders and looters are criminals, not rebels; a jeweller robbed is a business, never its state
    (
        "Ram-raiders drove a van into a jewellery shop in Lyon and made off with watches.",
        ["171 ---CRM>- uncounted"],
    ),
    ("Looters set fire to a shop in the capital.", ["1712 ---CRM>- uncounted"]),
    ("Thieves robbed a Dutch jeweller in Utrecht.", ["171 ---CRM>- uncounted"]),
]

ROBBERIES = [
    # storming a shop, a bank or a firm's branch, or holding one up, is a robbery: property taken (171)
    ("Thieves armed with rifles stormed a bank in Utrecht.", ["171 ---CRM>- uncounted"]),
    ("Thieves stormed a subsidiary of the Dutch rail operator in Utrecht.", ["171 ---CRM>NLDBUS uncounted"]),
    ("Two masked men stormed a jewellery store in Antwerp on Monday.", ["171 ->- uncounted"]),
    ("Robbers held up a petrol station in Leeds on Sunday night.", ["171 ---CRM>- uncounted"]),
    ("Armed robbers held up a Dutch jeweller in Utrecht.", ["171 ---CRM>NLDBUS uncounted"]),
    # … storming a parliament or a base stays a protest or an attack; talks or trucks held up are delayed
    ("Protesters stormed the parliament building in the capital.", ["145 ---CVL>---LEG uncounted"]),
    ("Troops stormed the rebel base at dawn.", ["190 ---MIL>---REB uncounted"]),
    ("The talks were held up by a dispute over the border.", []),
    ("Heavy snow held up traffic on the motorway.", []),
    ("Trucks were held up at the border for hours.", []),
]

DISCARDED_SENTENCES = [
    # a sentence that names a discard phrase ("film festival") still tells a theft by criminals (171)
    (
        "Robbers also targeted the Berlin film festival, stealing watches worth 1 million euros.",
        ["171 ---CRM>- uncounted"],
    ),
    (
        "Thieves hit the Venice film festival, stealing $3 million of jewels from a hotel safe.",
        ["171 ---CRM>- uncounted"],
    ),
    # … not a title seized by a player
    ("The Portuguese striker seized the heavyweight title in Lisbon.", []),
]

CASES = CRIMINALS + ROBBERIES + DISCARDED_SENTENCES


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected
