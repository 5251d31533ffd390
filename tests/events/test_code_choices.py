"""Codes chosen by what the action is (sentences of our own). Each row: a sentence, then every event
strife reports in it as "CODE SOURCE>TARGET MODALITY" ("-" for a side with no code)."""

from __future__ import annotations

import pytest

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

LABOUR_STRIKES = [
    # a strike by workers named after "by" is a labour strike (143), no military strike (190)
    ("A strike by Kenyan doctors started on Monday.", ["143 KENHLH>KENGOV asserted"]),
    ("A strike by civil servants shut ministries in Nairobi.", ["143 KENGOV>- asserted"]),
    # … while one by jets stays force
    ("A strike by Kenyan jets killed ten militants.", ["190 KENMIL>---REB asserted"]),
]

VERBAL_CLASHES = [
    # clashing with a politician, party or assembly is a quarrel of words (110), not a fight (190)
    ("Kenya's president clashed with the opposition leader over the budget.", ["110 KENGOV>- asserted"]),
    ("The Kenyan premier clashed with the governor over the new tax.", ["110 KENGOV>- asserted"]),
    ("The mayor of Nairobi has clashed repeatedly with the city council.", ["110 KEN>- asserted"]),
    # … while clashes with fighters stay force
    ("Kenyan troops clashed with Somali militants near the border.", ["190 KENMIL>SOMREB asserted"]),
]

DUE = [
    # a predicate "due" sets an act for later: no legal act yet ("is due in court", "is due to appear")
    ("Kenyan opposition activist Jane Wanjiru is due in court on June 3.", ["173 KENJUD>KENOPP future"]),
    ("Otieno is due in court on June 3.", ["173 ->- future"]),
    ("The suspect is due to appear in court on Monday.", ["173 ->- future"]),
    # … and a date set is no one's stance: no threat of the courts is composed of it
    ("Tom Hale, 31, is due to appear before Leeds Magistrates' Court on Tuesday.", ["173 GBRJUD>- future"]),
    # … while an appearance made is told as done
    ("The suspect appeared in court on Monday.", ["173 ->- asserted"]),
    # a court date set, in either voice, is a future act at most, whatever the tense of the setting
    (
        "An arraignment of the Nairobi police officer was scheduled for this month.",
        ["173 KENJUD>KEN future"],
    ),
    ("The Nairobi court set a trial date for the Kenyan opposition leader.", ["173 KENJUD>KENOPP future"]),
    # … while a charge brought is done
    ("The Kenyan opposition leader was charged with fraud on Monday.", ["173 KENJUD>KENOPP asserted"]),
]

ATTEMPTS = [
    # trying to do something is an attempt, no trial, even beside an "in" phrase of place
    ("In Brussels, Belgian officials tried to calm market fears that the crisis was spreading.", []),
    ("In Paris, Algerian rebels tried to kill the French ambassador.", ["185 DZAREB>FRAGOV asserted"]),
    # … while a person tried in a court is a legal act
    ("The Kenyan suspect was tried in Nairobi for murder.", ["173 ->KEN asserted"]),
    ("A Kenyan court tried the suspect in absentia.", ["173 KENJUD>- asserted"]),
]

FOILED = [
    # foiling an attempt to attack, hijack or storm is force against those who tried (190); the attempt
    # itself never happened
    (
        "A Kenyan warship on Friday thwarted an attempt by Somali pirates to hijack a cargo ship.",
        ["190 KENMIL>SOMCRM asserted"],
    ),
    ("Kenyan commandos foiled an attempt by militants to storm the hotel.", ["190 KENMIL>KENREB asserted"]),
    # … while an attempt to smuggle foiled is no use of force
    ("Kenyan police foiled an attempt to smuggle drugs through the airport.", []),
]

ARRIVALS = [
    # coming to a business, a shop or a flat is no visit, as coming to a scene is not
    ("According to Nairobi police, an officer arrived at the Equity Bank after receiving a call.", []),
    ("A Kenyan official arrived at the Equity Bank in Nairobi on Monday.", []),
    # … while a leader arriving in a country visits it
    ("The Kenyan president arrived in Paris on Monday.", ["042 KENGOV>FRA asserted"]),
]

MEASURES = [
    # introducing measures to modernise or reform is policy, no restriction (172) imposed on anyone
    ("Kenya's new president has introduced measures to modernise the economy.", []),
    ("The Kenyan minister announced measures to boost tourism.", []),
    # … while tough measures, or measures imposed, restrict
    ("Kenya's government introduced tough measures against the protesters.", ["172 KENGOV>---CVL asserted"]),
]

PROPOSALS = [
    # a proposal is its author's (a verb that carries it: circulate, submit, table), never the body's
    # in which it is made
    (
        "France is circulating a proposal in the UN Security Council that would allow troops to enter Mali.",
        ["020 FRA>- asserted"],
    ),
]

STUDIES = [
    # examining projects or farms is a study, no investigation (090) of anyone
    ("The Kenyan minister examined the dairy project and two farms.", []),
]

TAGGER_SLIPS = [
    # "fault lines" tagged as the verb "fault" with an object is a noun, no criticism (111)
    ("Kenya lies on an arc of volcanoes and fault lines encircling the lake.", []),
]

ISOLATED = [
    # isolating a side is rallying others against it (113); isolating the sick, the held or a virus keeps
    # them apart, no act against anyone
    ("The United States sought to isolate Iran over its nuclear programme.", ["113 USA>IRN intended"]),
    ("Kenyan doctors isolated the patients in a separate ward.", []),
    ("The Kenyan prison service isolated the most violent offenders.", []),
    ("Kenyan scientists isolated the virus in a laboratory in Nairobi.", []),
]

UNKEPT = [
    # a promise told by its noun and left unkept is a negated intent, no rejection (12x) of anything;
    # a refusal stated now still rejects
    ("The Kenyan president has failed to live up to his promises.", ["030 KENGOV>- negated"]),
    (
        "Kenyan critics said the government had failed to keep its promises to farmers.",
        ["030 KENGOV>---AGR negated"],
    ),
    ("The Kenyan government failed to honor its pledge to the teachers.", ["030 KENGOV>- negated"]),
    # … nor does an act that would not have happened: a counterfactual, no refusal (1231)
    ("Without the leaks, the Kenyan president would not have resigned.", ["0831 KENGOV>- hypothetical"]),
]

OWN_SIDE_ORDERS = [
    # an order to no one named of a helping act told in the passive is the leader's intent to do it (03),
    # no demand on anyone (10)
    (
        '"I have instructed that urgent measures be taken to help our people and to rebuild the bridges,"'
        " Kenyan President Ruto said.",
        ["033 KENGOV>- asserted"],
    ),
    (
        "Kenyan President Ruto said he had instructed that relief be sent to the flooded villages.",
        ["033 KENGOV>- asserted"],
    ),
    (
        "Kenyan President Ruto ordered that food aid be delivered to the drought areas.",
        ["0333 KENGOV>- asserted"],
    ),
    # … with or without "that" (the parser then takes the measures for whom the order is given to)
    (
        '"I\'ve instructed urgent measures be taken to help our families and to restore the water supply,"'
        " Kenyan President Ruto said.",
        ["033 KENGOV>- asserted"],
    ),
    # … and so is one to help a state's own people named as kin or citizens
    (
        '"I have ordered that urgent steps be taken to help our brothers in the north," Kenyan President'
        " Ruto said.",
        ["033 KENGOV>- asserted"],
    ),
    ("The Kenyan army helped our sisters in the flooded villages.", ["070 KENMIL>- asserted"]),
    # … while an order of force stays an order, and a demand stays a demand
    ("Kenyan President Ruto ordered that the rebels be attacked at dawn.", ["100 KENGOV>KENREB asserted"]),
    (
        "The Kenyan government demanded that the troops be withdrawn from the border.",
        ["1056 KENGOV>KENMIL asserted"],
    ),
]

CASES = (
    LABOUR_STRIKES
    + VERBAL_CLASHES
    + DUE
    + ATTEMPTS
    + FOILED
    + ARRIVALS
    + MEASURES
    + PROPOSALS
    + STUDIES
    + TAGGER_SLIPS
    + ISOLATED
    + UNKEPT
    + OWN_SIDE_ORDERS
)


def _described(article: Article) -> list[str]:
    def code(actor: object) -> str:
        return getattr(actor, "code", None) or getattr(actor, "country", None) or "-"

    return [f"{e.cameo} {code(e.source)}>{code(e.target)} {e.modality}" for e in article.events]


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert _described(read[text]) == expected
