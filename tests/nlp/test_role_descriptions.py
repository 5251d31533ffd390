"""Unnamed speakers known by a role and whose it is (``strife.nlp.role_descriptions``): the speaker's
name is the whole description, the role noun with its "of"/"for"/"at" phrase, coded by the actor that
phrase names where the title words code nothing. Each row: an id, a text, then per quote (in text
order) the start of its text, the speaker's name and code (``ANY``: unchecked)."""

from __future__ import annotations

import pytest
from speaker_rows import ANY

from strife.pipeline import Pipeline

Said = tuple[str, str | None, str | None]

ROLES: list[tuple[str, str, list[Said]]] = [
    (
        "head-of-a-known-firm",  # the firm codes its team's head
        "The head of Microsoft's security response team says all users must update their computers.",
        [("all users must update", "head of Microsoft's security response team", "MNCUSA")],
    ),
    (
        "head-of-an-unknown-firm",
        "The head of Contoso's legal department says staff must report the breach by Friday.",
        [("staff must report", "head of Contoso's legal department", None)],
    ),
    (
        "spokesman-for-a-ministry-then-the-spokesman",  # "the spokesman" still points back to it
        "A spokesman for the Interior Ministry said the border was closed.\n\n“We are patient,” the"
        " spokesman added.",
        [
            ("the border was closed", "spokesman for the Interior Ministry", ANY),
            ("We are patient", "spokesman for the Interior Ministry", ANY),
        ],
    ),
    (
        "chief-of-an-army",
        "The chief of the Ghanaian army said the troops would stay in the north.",
        [("the troops would stay", "chief of the Ghanaian army", ANY)],
    ),
    (
        "director-at-a-hospital",
        "A director at the Vellmore clinic said ten patients were moved overnight.",
        [("ten patients were moved", "director at the Vellmore clinic", ANY)],
    ),
    (
        "critics-of-a-police-force",  # set against the police, not of them
        "Critics of the Kenyan police argued that the curfew hurt traders.",
        [("the curfew hurt traders", "Critics", None)],
    ),
    (
        "opponents-of-a-ministry",
        "Opponents of the Interior Ministry said the new rules were unfair.",
        [("the new rules were unfair", "Opponents", None)],
    ),
    (
        "hyphenated-description-kept-whole",  # no spaces put inside "pro-Kremlin"
        "A pro-Kremlin spokesman said the border was closed.",
        [("the border was closed", "pro-Kremlin spokesman", ANY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ROLES], ids=[c[0] for c in ROLES])
def test_role_descriptions(pipeline: Pipeline, text: str, expected: list[Said]) -> None:
    quotes = pipeline.extract(text, published="2016-06-01").quotes
    got = [
        (q.text, q.speaker.name if q.speaker else None, q.speaker.code if q.speaker else None) for q in quotes
    ]
    assert len(got) == len(expected), got
    for row, want in zip(got, expected, strict=True):
        assert row[0].startswith(want[0]), row
        assert row[1] == want[1] and want[2] in (ANY, row[2]), (row, want)
