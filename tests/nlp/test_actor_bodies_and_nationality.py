"""Who is who, session 25: a nationality said of a name codes the person ("X has become the fourth South
African to win", "X, a South African,"); a lede written in capitals ("A FIRE has damaged …") makes no
actor of its capitalised words (a firm's representatives: test_actor_owners.py). Sentences written for
strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the nationality a name is said to become or be, after a competition's title that codes nothing
        (
            "Masters champion Piet Joubert has become the third South African to win the trophy.",
            "Piet Joubert",
            "ZAF",
        ),
        ("Open champion Nina Kovac is the first Croatian to hold the title.", "Nina Kovac", "HRV"),
        # an apposition of a nationality of two words
        ("Piet Joubert, a South African, won the race in Perth.", "Piet Joubert", "ZAF"),
        # a negated predicate says nothing of the person
        ("Ingrid Solheim is not a Norwegian, her lawyer told the court.", "Ingrid Solheim", None),
    ],
)
def test_a_nationality_said_of_a_name_codes_the_person(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    codes = codes_by_mention(read(pipeline, text))
    assert mention in codes and codes[mention] == code, codes


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A FIRE has damaged a primary school in Leeds, police said.", "FIRE"),
        ("A BLAZE destroyed a warehouse in Dundee on Sunday night.", "BLAZE"),
        ("THE STORM cut power to homes across Cornwall on Friday.", "STORM"),
    ],
)
def test_a_capitalised_lede_word_is_no_actor(pipeline: Pipeline, text: str, word: str) -> None:
    codes = codes_by_mention(read(pipeline, text))
    assert word not in codes, codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # names the dictionaries know are kept in a capitalised lede; an agent word stays an agent
        ("A NATO jet crashed near Kabul on Monday.", "NATO", "IGOWSTNAT"),
        ("POLICE have arrested a man after a stabbing in Glasgow.", "POLICE", "GBRCOP"),
    ],
)
def test_a_capitalised_lede_keeps_known_names(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    codes = codes_by_mention(read(pipeline, text))
    assert codes.get(mention) == code, codes
