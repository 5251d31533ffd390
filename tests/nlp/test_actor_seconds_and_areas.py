"""Whose people and places they are, session 25: a principal's "deputy" or "aide" named after "his"/"her"
is of the principal's body ("Taliban commander X and his deputy Y": not a sheriff's deputy), and a name
before a lowercase noun of a town's area ("the Mill Park neighborhood") is a part of the story's town, no
evidence of the foreign town the gazetteer knows by that name; a force noun in a participle phrase of a
clause whose subject is a state's force is that force's ("the Sudanese army cracked down, sending
warplanes"). Sentences written for strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the second of a group's commander is the group's
        (
            "Taliban commander Mullah Gul Rahim and his deputy Qari Nazar were killed in a drone strike.",
            "Qari Nazar",
            "AFGREB",
        ),
        (
            "Chadian rebel commander Idris Mahamat and his deputy Abakar Tom were captured near Abeche.",
            "Abakar Tom",
            "TCDREB",
        ),
        # a minister's aide is the government's (as before)
        (
            "Kenyan Interior Minister Fred Okello and his aide Peter Wanjala were questioned by lawmakers.",
            "Peter Wanjala",
            "KENGOV",
        ),
        # a police chief's deputy stays the police's (as before)
        (
            "Police Chief Dan Morrow of Dayton, Ohio, and his deputy Carl Hess resigned on Friday.",
            "Carl Hess",
            "USACOP",
        ),
    ],
)
def test_a_principals_second_is_of_the_principals_body(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    codes = codes_by_mention(read(pipeline, text, "2010-06-01"))
    assert mention in codes and (codes[mention] or "").endswith(code), codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a neighbourhood named like a small foreign town stays in the story's town
        (
            "ALBANY, N.Y. (AP) — A man went on trial on Monday in the killing of a teenager in Albany."
            "\n\nProsecutor Ann Carver told jurors the shots were fired in the Mill Park neighborhood.",
            "Ann Carver",
            "USAJUD",
        ),
        (
            "DAYTON, Ohio (AP) — A Dayton man was charged on Tuesday with setting fire to a church."
            "\n\nProsecutor Lee Dunn said the fire spread through the Mill Park area within minutes.",
            "Lee Dunn",
            "USAJUD",
        ),
        # a district of the story's own country still names it
        (
            "ISLAMABAD — Pakistani troops fought militants on Sunday.\n\nJudge Amir Khan said the"
            " attack in the Mingora district had killed nine people.",
            "Amir Khan",
            "PAKJUD",
        ),
    ],
)
def test_a_town_area_names_no_other_country(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    codes = codes_by_mention(read(pipeline, text, "2010-06-01"))
    assert mention in codes and codes[mention] == code, codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a force sent or used in the participle phrase of a state force's clause is that force's
        (
            "The Sudanese army has cracked down on the rebels in Blue Nile, sending warplanes that bombed"
            " villages across the border in South Sudan.",
            "warplanes",
            "SDNMIL",
        ),
        (
            "The Ethiopian military pressed its offensive on Monday, filling the border roads with troops,"
            " some of whom crossed into Eritrea.",
            "troops",
            "ETHMIL",
        ),
        # as before: a force the paragraph places in one country
        (
            "Kenyan police broke up the march in Nairobi, deploying officers who chased Ugandan traders.",
            "officers",
            "KENCOP",
        ),
    ],
)
def test_a_force_in_a_state_forces_participle_phrase_is_its_own(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    codes = codes_by_mention(read(pipeline, text, "2012-06-01"))
    assert mention in codes and codes[mention] == code, codes
