"""Speakers of the words a call, a message or a signal carries (session 24): "a distress call from
the tanker saying …" gives the tanker's words, not those of whoever received the call; and "the pair",
"the couple" after two people named together (the first of them: a speaker holds one actor). Rows as
in ``test_speaker_categories.py``; sentences of our own.
"""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_mention_offsets, check_speakers

from strife.pipeline import Pipeline

SENDERS: list[Case] = [
    (
        "distress-call-from-a-ship",  # the parser hangs "saying" on the receiving verb
        "The coast guard received a distress call from the MV Arctic Star saying the ship was taking"
        " on water.",
        [("the ship was taking on water", "MV Arctic Star", "MV Arctic Star", ANY)],
    ),
    (
        "email-from-a-person",  # "from" and "saying" both hung on the verb
        "Reporters received an email from Senator Dana Whitfield saying she would resign.",
        [("she would resign", "Dana Whitfield", "Dana Whitfield", ANY)],
    ),
    (
        "signal-from-a-trawler",
        "The navy picked up a signal from the trawler saying its engine had failed.",
        [("its engine had failed", "the trawler", ANY, ANY)],
    ),
    (
        "call-from-an-unnamed-neighbour",  # an unnamed sender is still the sender, not the police
        "Police took a call from a neighbour saying shots had been fired.",
        [("shots had been fired", "neighbour", "neighbour", "description")],  # a person noun: described
    ),
    (
        "call-to-no-one-named-stays-with-the-caller",  # no "from": the subject speaks, as before
        "Mayor Lena Ortiz made a call to the governor saying the levee would hold.",
        [("the levee would hold", "Lena Ortiz", "Lena Ortiz", ANY)],
    ),
]

PAIRS: list[Case] = [
    (
        "the-pair-after-two-names",
        "Ann Ross and Peter Hale founded the studio in 2010. The pair said in a statement that they would"
        " sell it.",
        [("they would sell it", "The pair", "Ann Ross", "coreference")],
    ),
    (
        "the-couple-a-paragraph-later",
        "Mina Dorsey and Carl Dorsey lost their farm to the flood.\n\n“We will rebuild,” the couple said.",
        [("We will rebuild", "the couple", "Mina Dorsey", "coreference")],
    ),
    (
        "the-pair-parsed-as-apposition",  # the parser hangs the second name on the first
        "Prosecutor Jim Webb and defence lawyer Sara Lind spoke afterwards. The pair agreed the sentence"
        " was fair.",
        [("the sentence was fair", "The pair", "Jim Webb", "coreference")],
    ),
    (
        "three-names-are-no-pair",  # a list of three gives "the pair" no one
        "Police questioned Tom Reed, Lisa Park and Omar Haddad. Later, the pair said they were innocent.",
        [("they were innocent", "the pair", None, ANY)],
    ),
]
CASES = [*SENDERS, *PAIRS]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_senders(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_sender_mention_offsets(pipeline: Pipeline, text: str) -> None:
    check_mention_offsets(pipeline, text)
