"""Events read around people held (session 24, recall, second round), each a general rule with
sentences of our own. Rows as in test_recall_constructions.py: a sentence, then every event strife
reports in it as "CODE SOURCE>TARGET" ("-" for a side with no code)."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

STAGED_ACTS = [
    # a nominal act carried by "staged" or "waged" (the parser's lemmas "stag", "wag") is its subject's
    ("Ugandan protesters staged a riot outside the parliament.", ["145 UGACVL>UGAGOV"]),
    ("Students in Kampala are staging a riot over the fees.", ["145 UGAEDU>UGAGOV"]),
]

HELD_RELEASED = [
    # police who free people held (a custody noun, or a custody participle on the people) release them
    ("Ugandan police released four suspects on Tuesday.", ["0841 UGACOP>-"]),
    ("Ugandan police freed two detainees on Tuesday.", ["0841 UGACOP>---CVL"]),
    ("Ugandan police released the men held at the station since Friday.", ["0841 UGACOP>-"]),
    # … freeing people trapped at a scene stays police care, no event
    ("Ugandan police freed the trapped miners on Tuesday.", []),
]

STATUS_PARTICIPLES = [
    # an undated custody participle on people held tells who they are, no legal act of its own
    ("The Ugandan opposition leader joined nine other defendants charged with treason.", []),
    ("Besigye joined 11 other defendants charged with similar offences.", []),
    ("Ugandan prisoners convicted of robbery staged a riot in the jail.", ["145 UGACVL>UGAGOV"]),
    # … a dated one, or an act that is no custody, is news
    ("Ugandan police freed nine suspects arrested on Monday.", ["0841 UGACOP>-", "173 ->- uncounted"]),
]

AGED_PEOPLE = [
    # a person told by age alone ("the 45-year-old") is one unnamed person, as "a man" is: held when
    # arrested, and the one shot rather than the state of the city it happened in
    ("The 45-year-old was arrested in Kampala on Friday.", ["173 UGACOP>-"]),
    ("The 16-year-old was shot dead by Ugandan police in Kampala.", ["193 UGACOP>-"]),
    # … an age told of a thing is no person
    ("The bridge in Kampala is 40 years old.", []),
]

HEADLINE_PASSIVES = [
    # a headline's passive with no auxiliary done to a person no actor stands for (its subject, or the
    # noun the parser hung the participle on) is kept with no sides, as "he was arrested" is
    ("Man arrested after Kisumu market fire", ["173 ->- uncounted"]),
    ("Nephew charged after Kisumu trader found dead", ["173 ->- uncounted"]),
    # … but a death in a crash stays no one's act, and a pronoun's verb with no object is its own act
    ("Man killed in Leeds crash", []),
    ("He charged at the crowd with a knife.", []),
]

CASES = STAGED_ACTS + HELD_RELEASED + STATUS_PARTICIPLES + AGED_PEOPLE + HEADLINE_PASSIVES


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected
