"""Which code an act gets when the words around it say what kind of act it is (sentences of our own):
a participle of result is part of the use of force it follows, a warning of what will happen is no
threat, and a stance toward no one is no event (``strife.events.main_act``).

Each row: a sentence, then the counted events as "CODE SOURCE>TARGET" ("-" for no side).
"""

from __future__ import annotations

import pytest
from counted_events import counted

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2014-06-01T12:00:00Z"

CASES = [
    # property harmed in a use of force is part of it: the fighting or the shelling is coded, once
    (
        "Kenyan troops fought the rebels near the river, destroying two of their trucks.",
        ["190 KENMIL>KENREB"],
    ),
    ("The Burmese army shelled the village on Monday, damaging a school.", ["194 MMRMIL>-"]),
    ("Nigerian soldiers attacked the camp at dawn, burning dozens of huts.", ["190 NGAMIL>-"]),
    # ... a destruction told on its own, or before the fighting, is still an act of its own
    (
        "Ethiopian soldiers destroyed the bridge before the rebels attacked the town.",
        ["1712 ETHMIL>-", "190 ETHREB>-"],
    ),
    # force used to make an arrest, told with the arrest as its purpose, is how the arrest was made
    (
        "Kenyan navy commandos stormed the vessel to arrest the smugglers on Monday.",
        ["173 KENMIL>---CRM"],
    ),
    (
        "Kenyan navy commandos boarded two of the smugglers' boats to nab nine Somali pirates.",
        ["173 KENMIL>SOMCRM"],
    ),
    # ... while boarding told alone, or force whose purpose is no arrest, stays a use of force
    (
        "Kenyan navy commandos boarded the pirate dhow, which had a smaller boat in tow.",
        ["190 KENMIL>---CRM"],
    ),
    ("Kenyan troops attacked the rebel camp to free the hostages.", ["190 KENMIL>-", "0841 KENMIL>---CVL"]),
    # a beating or torture someone died of is a killing by physical assault, as a beating to death is
    ("A Kenyan student died from a beating by Ugandan police.", ["1823 UGACOP>KENEDU"]),
    ("A Kenyan man was beaten by Ugandan police and died in hospital.", ["1823 UGACOP>KEN"]),
    ("A Kenyan man died after he was beaten by Ugandan police on Monday.", ["1823 UGACOP>-"]),
    # ... while a beating no one died of stays a beating
    ("A Kenyan man was beaten by Ugandan police and taken to hospital.", ["182 UGACOP>KEN"]),
    # an attack a speech threatens ("a speech threatening attacks", parsed as the attack's modifier) is no
    # attack done; with no one named as its author it is no counted threat either
    ("The Gaza leader gave a defiant speech threatening attacks on Israel.", []),
    # a warning of what will happen, done by no one or by others, is a prediction, no threat
    ("The Chilean central bank warned that prices could rise again next year.", []),
    ("The Norwegian minister warned fishermen that the storm would reach the coast.", []),
    ("The Dutch government had been warned that the dikes were failing.", []),
    # … and so is harm to a name or a standing, which is no property destroyed (171/1712)
    ("The Danish government warned Norway that it was damaging its reputation.", []),
    ("The scandal has tarnished the Kenyan minister's image.", []),
    ("Kenya's president cautioned that the drought would last into the spring.", []),
    # ... but a harm the warner will do is a threat
    (
        "Algeria warned Morocco that it would close the border if the raids went on.",
        ["130 DZA>MAR", "1381 DZA>-"],
    ),
    # commitment, support and appreciation toward no one are a stance, no intent or praise
    ('"Our ruling affirms the ministry\'s commitment to clean rivers," the Chilean minister said.', []),
    ("The Korean government reaffirmed its support for open markets on Friday.", []),
    ('"We appreciate the seriousness of the vote," the Danish foreign minister said.', []),
    # ... toward a named side they are events
    ("Norway reaffirmed its commitment to Ukraine on Friday.", ["030 NOR>UKR"]),
    ("The Irish president issued her support to the Kenyan government.", ["051 IRLGOV>-"]),
    ("The Peruvian president expressed his appreciation to Japan for the loans.", ["051 PERGOV>JPN"]),
    # an action coordinated with what a frame governs is governed too: one appeal, no accusation told
    (
        "The Chilean minister urged Peru to find the smugglers and hold them accountable.",
        ["020 CHLGOV>PER"],
    ),
    # ... but a finite act after the frame's clause is an act of its own
    (
        "The Kenyan police vowed to find the killers and arrested two men on Monday.",
        ["030 KENCOP>-", "173 KENCOP>-"],
    ),
]


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_main_act_codes(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert counted(read[text]) == expected
