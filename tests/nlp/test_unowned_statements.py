"""A statement no owner is named for is the last speaker's (:func:`strife.nlp.speaker_links.
unowned_statements`): "X said …. “…,” a statement said" is X's, in the statement's paragraph or the
one after X spoke; a report, a study or a poll is not X's, and a statement far from any speaker stays
unresolved. "The report" with no owner of its own is the news outlet named last before it (a
``coverage`` noun: "The Post reported … The report said", "According to Reuters, … the report
added"). Rows as in ``test_speaker_categories.py``; sentences of our own.
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
OUTLET_REPORTS: list[Case] = [
    (
        "outlet-reported-then-the-report",
        "Reuters reported on Monday that the smelter would shut. The report said 300 jobs would go.",
        [
            ("the smelter would shut", "Reuters", "Reuters", "name"),
            ("300 jobs would go", "The report", "Reuters", "owner"),
        ],
    ),
    (
        "the-report-added-next-paragraph",
        "The Guardian said the ferry had been sold to a Greek firm.\n\nDockers have warned that they were"
        " never told of the sale, the report added.",
        [
            ("the ferry had been sold", ANY, "The Guardian", "name"),
            ("Dockers have warned", "the report", "The Guardian", "owner"),
            ("they were never told", "Dockers", ANY, ANY),
        ],
    ),
    (  # an outlet cited as a source ("according to X"), not quoted, is named as well
        "according-to-an-outlet-then-the-report",
        "According to Reuters, the smelter will shut in June.\n\nUnions have warned that 300 jobs could go,"
        " the report added.",
        [
            ("Unions have warned", "the report", "Reuters", "owner"),
            ("300 jobs could go", "Unions", ANY, ANY),
        ],
    ),
    (  # controls: no outlet spoke before it; an owner of its own
        "the-report-after-a-person",
        "Mayor Ines Kowal said the smelter would shut. About 300 jobs will go, the report said.",
        [
            ("the smelter would shut", ANY, "Ines Kowal", ANY),
            ("About 300 jobs will go", "the report", None, "unresolved"),
        ],
    ),
    (
        "a-report-of-its-own-owner",
        "Reuters reported that the smelter would shut. A World Bank report said 300 jobs would go.",
        [
            ("the smelter would shut", "Reuters", "Reuters", "name"),
            ("300 jobs would go", ANY, "World Bank", "owner"),
        ],
    ),
]
PARAMS = [pytest.param(text, want, id=name) for name, text, want in CASES + OUTLET_REPORTS]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_unowned_statements(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)
