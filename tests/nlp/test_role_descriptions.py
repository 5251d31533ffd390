"""Unnamed speakers known by a role and whose it is (``strife.nlp.role_descriptions``): the speaker's
name is the whole description, the role noun with its "of"/"for"/"at" phrase, coded by the actor that
phrase names where the title words code nothing. Each row: an id, a text, then per quote (in text
order) the start of its text, the speaker's name and code (``ANY``: unchecked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from speaker_rows import ANY

from strife.dictionaries import Dictionaries
from strife.nlp.role_descriptions import complement
from strife.nlp.role_words import role_cues_of
from strife.pipeline import Pipeline
from strife.settings import Settings

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


def test_user_role_cues_reach_the_descriptions(pipeline: Pipeline, tmp_path: Path) -> None:
    """A ``role_cues.tsv`` given with ``--dictionary`` reaches the actors and speakers steps, not only
    the events step: an ``adversary`` noun the user adds takes no "of" phrase as whose it is, and a
    ``kin`` noun the user adds is read by the people coder."""
    user = tmp_path / "role_cues.tsv"
    user.write_text("word\trole\ncampaigner\tadversary\ngodson\tkin\n", encoding="utf-8")
    with_user = Pipeline(Settings(hashed_opinion=False, dictionaries=(user,)), nlp=pipeline.nlp)
    head = pipeline.nlp("Campaigners of the Kenyan police argued that the curfew hurt traders.")[0]
    assert [t.text for t in complement(head, role_cues_of(pipeline.dictionaries))][:2] == ["of", "the"]
    assert complement(head, role_cues_of(with_user.dictionaries)) == []
    people = dict(with_user.steps)["actors"].people  # type: ignore[attr-defined]
    assert people.role_cues.has("kin", pipeline.nlp("his godson")[1])


def test_role_cues_of_the_dictionaries(tmp_path: Path) -> None:
    """The bundled cues alone without a user file of the name; the user's rows on top with one."""
    user = tmp_path / "role_cues.tsv"
    user.write_text("word\trole\ngodson\tkin\n", encoding="utf-8")
    assert "godson" not in role_cues_of(Dictionaries.load()).words["kin"]
    cues = role_cues_of(Dictionaries.load([user]))
    assert "godson" in cues.words["kin"] and "nephew" in cues.words["kin"]
