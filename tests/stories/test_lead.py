"""A story's name when no article has a headline: the opening of the earliest article."""

from __future__ import annotations

import pytest

from strife.stories import StoryDoc, cluster_stories, lead

LONG = (
    "A strong earthquake rattled the province on Wednesday just days after two powerful quakes killed "
    "at least one person. Rescuers searched the rubble."
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Troops crossed the border at dawn, officials said. Later more came.",
            "Troops crossed the border at dawn, officials said.",
        ),
        (
            LONG,
            LONG[:99] + "…",  # cut on a word at 100 characters
        ),
        (
            "http : / / news. example. com / a / b? id=1. 12 / 4 / 2009. Police arrested three men.",
            "Police arrested three men.",
        ),  # an address and a date line are no opening
        ("Short one. Tiny.", "Short one."),  # nothing better: the first sentence
        ("  No full stop at all here  ", "No full stop at all here"),
        ("", None),
    ],
)
def test_lead(body: str, expected: str | None) -> None:
    assert lead(body) == expected


def test_a_story_without_headlines_is_named_by_its_earliest_article() -> None:
    docs = [
        StoryDoc(id="a", headline=None, body="Rebels seized the northern town overnight, residents said.")
    ]
    [story] = cluster_stories(docs).stories
    assert story.headline == "Rebels seized the northern town overnight, residents said."
    titled = [StoryDoc(id="b", headline="Town falls", body=docs[0].body)]
    assert cluster_stories(titled).stories[0].headline == "Town falls"
