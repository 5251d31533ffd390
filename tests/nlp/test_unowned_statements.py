"""A statement no owner is named for is the last speaker's (:func:`strife.nlp.speaker_links.
unowned_statements`): "X said …. “…,” a statement said" is X's, in the statement's paragraph or the
one after X spoke; a report, a study or a poll is not X's, and a statement far from any speaker stays
unresolved. Rows as in ``test_speaker_categories.py``; sentences of our own.
"""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_speakers

from strife.pipeline import Pipeline

CASES: list[Case] = [
    (
        "indirect-then-statement",
        "Greenpeace said the tanker had leaked oil for days. “The spill was preventable,” a statement said.",
        [
            ("the tanker had leaked", "Greenpeace", "Greenpeace", "name"),
            ("The spill was preventable", "a statement", "Greenpeace", "owner"),
        ],
    ),
    (
        "direct-then-statement-next-paragraph",
        "“We will appeal,” Microsoft said on Monday.\n\n“The ruling ignores the facts,” a statement added.",
        [
            ("We will appeal", "Microsoft", "Microsoft", "name"),
            ("The ruling ignores the facts", "a statement", "Microsoft", "owner"),
        ],
    ),
    (
        "press-release-after-speaker",
        "Boeing said deliveries would resume in May. A press release said the cause had been found.",
        [
            ("deliveries would resume", "Boeing", "Boeing", "name"),
            ("the cause had been found", ANY, "Boeing", "owner"),
        ],
    ),
    (  # controls
        "statement-with-no-speaker-before",
        "Police arrested two men on Friday. “We regret the violence,” a statement said.",
        [("We regret the violence", "a statement", None, "unresolved")],
    ),
    (
        "statement-two-paragraphs-on",
        "“We will appeal,” Microsoft said.\n\nThe court sat late.\n\n“Order was kept,” a statement said.",
        [
            ("We will appeal", "Microsoft", "Microsoft", "name"),
            ("Order was kept", "a statement", None, "unresolved"),
        ],
    ),
    (
        "statement-of-an-unnamed-owner",
        "Greenpeace said the tanker had leaked oil. “We are heartbroken,” a statement from the crew's "
        "families said.",
        [
            ("the tanker had leaked", "Greenpeace", "Greenpeace", "name"),
            ("We are heartbroken", ANY, None, "unresolved"),
        ],
    ),
    (
        "report-is-not-the-speakers",
        "Boeing said deliveries would resume in May. “Safety lapses were common,” a report said.",
        [
            ("deliveries would resume", "Boeing", "Boeing", "name"),
            ("Safety lapses were common", "a report", None, "unresolved"),
        ],
    ),
]
PARAMS = [pytest.param(text, want, id=name) for name, text, want in CASES]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_unowned_statements(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)
