"""The venue of a meeting is no state of the agents who meet there (:mod:`strife.nlp.agent_venues`).
Sentences written for strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # diplomats who meet, gather or hold talks somewhere are not that place's state by the place alone
        ("The two envoys met in Oslo on Tuesday to settle the border dispute.", "envoys", "---GOV"),
        ("Officials met in Lisbon on Friday to discuss the fishing quotas.", "Officials", "---GOV"),
        ("Trade ministers gathered in Nairobi for a week of hard bargaining.", "Trade ministers", "---GOV"),
        ("The negotiators held talks in Muscat late into the night.", "negotiators", "---GOV"),
        # their own place or demonym still gives them a country
        ("Officials in Lisbon said the fishing talks had collapsed.", "Officials", "PRTGOV"),
        ("Norwegian officials met in Oslo on Tuesday.", "Norwegian officials", "NORGOV"),
        # a place where agents do something else than meet stays theirs
        ("Officials announced in Lisbon that the fishing fleet would be cut.", "Officials", "PRTGOV"),
    ],
)
def test_meeting_venues(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    coded = codes_by_mention(read(pipeline, text, "2015-06-01"))
    assert mention in coded and coded[mention] == code, coded
