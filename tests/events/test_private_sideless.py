"""Private people's acts with no side coded (issue 11): a crime, force, an admission or denial of guilt
or an apology by a person told only by a pronoun or a role, or coercion and force done to one in an
agentless passive, stays an event with '-' sides, out of counts; their words, requests and the acts
that describe who someone is stay no event (sentences of our own). Rows as in
test_police_and_courts.py."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

DOERS = [
    # a person told by a pronoun or a role who uses force, admits or denies guilt, or apologises
    ("She stabbed her husband during an argument at their flat.", ["182 ->- uncounted"]),
    ("The suspect confessed to the killing of a shopkeeper.", ["015 ->- uncounted"]),
    ("A Texas man pleaded not guilty to three counts of fraud on Monday.", ["016 ->- uncounted"]),
    ("He apologised to the family for the crash.", ["055 ->- uncounted"]),
    ("The landlord told the tenants he was sorry for the flooded cellars.", ["055 ->- uncounted"]),
    ('"I am truly sorry for what I did," the driver told the court.', ["055 ->- uncounted"]),
    # … not their words, nor a driver's harm, a road accident, nor a description of who someone is
    ("He said the new bridge would never be finished.", []),
    ("She felt sorry for the stranded passengers.", []),
    ("A cyclist was struck and killed by a motorist on the ring road.", []),
    ("The first clerk to plead guilty in the bribery case died on Monday.", []),
]

DONE_TO = [
    # coercion or force on a person told by a pronoun or a role, no one named as doing it
    ("He was booked into the county jail on Sunday night.", ["173 ->- uncounted"]),
    ("She was detained at a checkpoint outside the town.", ["173 ->- uncounted"]),
    # … charged "in" an accident too: the charge is no accident
    ("A man has been charged in a hit and run accident that killed a cyclist.", ["173 ->- uncounted"]),
    # … not what is asked of one or done for one
    ("She was elected chair of the parish council last year.", []),
    ("He was asked to leave the meeting early.", []),
]

SCHEDULED = [
    # a trial or an arraignment scheduled is the courts' legal action, with no sides where no place
    # names the courts' country
    ("A trial date has been set for a man accused of arson.", ["173 ->- uncounted"]),
    ("An arraignment has been scheduled for Monday for a woman accused of fraud.", ["173 ->- uncounted"]),
    # … not a sentencing hearing, nor an election date
    ("A sentencing hearing was scheduled for June.", []),
]

HELD = [
    # a legal state or act someone no actor stands for is in or undergoes, no keeper named
    ("He is still in custody and will appear before a judge next week.", ["173 ->- uncounted"]),
    ("A third suspect goes on trial in the spring.", ["173 ->- uncounted"]),
    ("The shopkeeper's nephew remains under indictment for the fire.", ["173 ->- uncounted"]),
    ("Both brothers are now undergoing trial for the robbery.", ["173 ->- uncounted"]),
    # … not a release from custody, nor a trial avoided, nor a patient "in arrest"
    ("He had been on probation since his release from custody in March.", []),
    ("The banker fled abroad to avoid prosecution.", []),
    ("The old man was rushed to the clinic in cardiac arrest.", []),
]

CASES = DOERS + DONE_TO + SCHEDULED + HELD


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected


# force told by a verb between private people keeps the rules' confidence: the default pipeline (with
# the hashed second opinion) keeps it as the rules alone do
KEPT_BY_DEFAULT = [
    ("The angry man burst into the depot during the meeting and opened fire.", ["193 ->- uncounted"]),
    ("The suspect pushed past the guard and shot him in the chest.", ["193 ->- uncounted"]),
    ("One man was shot and killed outside the hotel bar.", ["193 ->- uncounted"]),
]


@pytest.fixture(scope="module")
def read_default(default_pipeline: Pipeline) -> dict[str, Article]:
    return {text: default_pipeline.extract(text, published=PUBLISHED) for text, _ in KEPT_BY_DEFAULT}


@pytest.mark.parametrize(("text", "expected"), KEPT_BY_DEFAULT, ids=[c[0][:48] for c in KEPT_BY_DEFAULT])
def test_kept_by_default(read_default: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read_default[text]) == expected
