"""CAMEO's subcodes reached by reading what an action is for or about (sentences of our own). Each row:
a sentence, then every event as "CODE SOURCE>TARGET" with its flags (described_events)."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

PROTEST_AIMS = [
    # a protest's aim, read in its clause of purpose or its "over/against" phrase: leader, policy,
    # rights, institutions (141x-145x)
    (
        "Thousands of Bolivians marched in La Paz on Monday calling for the resignation of the president.",
        ["1411 BOL>-", "0241 BOL>-"],
    ),
    (
        "Kenyan students rallied in Nairobi on Tuesday against a new tax on mobile phones.",
        ["1412 KENEDU>KENGOV"],
    ),
    ("Hundreds of Chilean workers went on strike on Friday over the pension reform.", ["1432 CHLLAB>CHLGOV"]),
    (
        "Journalists in Ankara demonstrated on Thursday to demand press freedom.",
        ["1413 TURMED>TURGOV", "1043 TURMED>-"],
    ),
    (
        "Protesters rioted in Dakar on Sunday demanding a referendum on a new constitution.",
        ["1454 ---CVL>- uncounted", "1044 ---CVL>- uncounted"],
    ),
    # … a protest with no aim told keeps its three-digit code
    ("Serbian teachers held a rally in Belgrade on Monday.", ["141 SRBEDU>SRBGOV"]),
]

BRIDGED = [
    # an appeal or a promise reaches its action through "help", "continue", "keep" …
    ("The World Bank will ask donors to help fund a new dam in Ethiopia.", ["0231 IGOUNODEVWBK>- uncounted"]),
    ("Norway promised to continue humanitarian aid to Sudan.", ["0333 NOR>SDN"]),
    ("Japan pledged to keep supplying military equipment to the Philippines.", ["0332 JPN>-"]),
    ("Kenya asked donors to help save refugees in Dadaab.", ["0233 KEN>---REF"]),
    # … and a commitment its gerund ("committed to opening up")
    ("Uganda has committed to opening up its economy.", ["0342 UGA>-"]),
]

OBJECTS = [
    # a frame with no object of its own in its pattern composes with its direct object, and an "end to"
    # what it names
    ("El Salvador requested an urgent meeting of the Security Council.", ["026 SLV>IGOUNO"]),
    ("The EU demanded a pullback of Russian tanks.", ["1056 IGOEUREEC>RUSMIL"]),
    ("The Palestinian leader appealed for an end to the protests.", ["0252 PSEGOV>-"]),
    ("Kenyan teachers demanded an end to the strike.", ["1052 KENEDU>-"]),
    ("Britain called for an end to sanctions on Iran.", ["0254 GBR>-"]),
    ("France appealed for an end to the violence in Syria.", ["0256 FRA>-"]),
]

NESTED = [
    # a frame whose object is itself a request or an appeal composes with what that one is about
    ("Kenya rejected Uganda's request for economic aid.", ["1221 KEN>UGA"]),
    ("Ghana rejected Nigeria's request for military assistance.", ["1222 GHA>NGA"]),
    ("Turkey renewed its appeal to Germany to extradite the suspect.", ["0213 TUR>DEU"]),
    # … and "agreed upon" what it agrees to
    ("Chile and Peru agreed upon a new trade pact.", ["0311 CHL>PER"]),
    # asylum is humanitarian aid in each mirror: refused, asked for
    ("Hungary refused to take in refugees.", ["1223 HUN>---REF"]),
    ("The UN urged Poland to grant asylum to the migrants.", ["0233 IGOUNO>POL"]),
]

PROMISED_NOT = [
    # a commitment NOT to act: a refusal of a cooperative act (12x) …
    ("The Bolivian president vowed not to resign before the election.", ["1231 BOLGOV>-"]),
    ("Colombia pledged never to hand back the seized vessel to Nicaragua.", ["1243 COL>NIC"]),
    # … and no threat when the act would be hostile: the commitment alone
    ("The Peruvian navy promised not to fire on the fishing boats.", ["030 PERMIL>-"]),
]

RALLIED = [
    # asking another to endorse or defend a third party rallies support on its behalf (053) …
    ("Senegal urged the African Union to back Gambia's candidate.", ["053 SEN>GMBPTY"]),
    # … asking for support of one's own is an appeal for diplomatic cooperation (022)
    ("Chile asked Argentina to support its bid.", ["022 CHL>ARG"]),
    # … and calling on others to unite or mobilize against someone rallies opposition to them (113),
    # while a call to unite against no one stays an appeal
    (
        "A Chilean newspaper called on Latin Americans to unite against the Bolivian leader.",
        ["113 CHLMED>BOLGOV"],
    ),
    ("The Chilean president urged Chileans to unite and mobilize against the rebels.", ["113 CHLGOV>CHL"]),
    ("The Chilean president urged Chileans to unite.", ["020 CHLGOV>CHL"]),
]

RELEASED = [
    # a release of people, by name, pronoun, trade or office, is the release of persons (0841) …
    ("Ugandan police released Joseph Kato late on Monday.", ["0841 UGACOP>-"]),
    ("Ugandan police released him after two days.", ["0841 UGACOP>-"]),
    ("Tanzanian police today released the correspondent of a Ugandan newspaper.", ["0841 TZACOP>UGAMED"]),
    ("Rwanda released the Ugandan lawyer on Friday.", ["0841 RWA>UGA"]),
    # … and so is one told by the passive it is joined to
    ("The Ugandan player was taken to the county jail and released.", ["173 ->UGA", "0841 UGAJUD>UGA"]),
    # … and police releasing one a relative clause tells was held is no care at a scene
    ("Tanzanian police released the cameraman, who was detained for two days.", ["0841 TZACOP>-"]),
    (
        "Tanzanian police released the cameraman of the Ugandan channel Radio Kampala, who was held for"
        " a night and questioned.",
        ["0841 TZACOP>UGA"],
    ),
    # … a ship released stays property (0842), and a budget released is no event
    ("Somali pirates released the Ugandan tanker on Friday.", ["0842 SOMCRM>UGABUS"]),
    ("The Ugandan government released its budget on Thursday.", []),
]

CASES = PROTEST_AIMS + BRIDGED + OBJECTS + NESTED + PROMISED_NOT + RALLIED + RELEASED


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_subcodes(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected
