"""Speakers lost where a phrase hides or owns them (session 25, from quotes with no speaker in ECB+):
a subject the parser swallowed as the object of a participle in an opening phrase with no comma ("At
the time of writing the websites of two firms said"), a part of a news outlet ("The New York Times
Magazine", "the Washington Post editorial board") that speaks for the outlet, and a document made
"for" someone ("a report prepared for the ministry"), which is theirs when no "by" names its author;
and an "as" clause that reports the rest of its sentence ("As one of his lawyers said, …", "As she
told reporters, …"; not "As she told the story, …"); a title word with no sector opening the sentence
is no part of the name after it ("Lawyer Michael Marinaccio said"); a day between a name and its verb
with no "on" ("Toyota Monday announced") leaves the name the speaker.
Rows as in ``test_speaker_categories.py``: an id, a text, then for each quote strife should find (in
text order) the start of its text, the speaker mention's text, the resolved name and how it was resolved.
"""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_mention_offsets, check_speakers

from strife.pipeline import Pipeline

SWALLOWED_SUBJECTS: list[Case] = [
    (
        "swallowed-subject-after-writing-still-said",
        "At the time of writing the websites of Telkom and Vodacom still said that they were suffering"
        " slow mobile service.",
        [("they were suffering slow", "the websites of Telkom and Vodacom", "Telkom", "owner")],
    ),
    (
        "swallowed-subject-after-writing-said",
        "At the time of writing the website of Telkom said that it was suffering slow mobile service.",
        [("it was suffering slow mobile service", "the website of Telkom", "Telkom", "owner")],
    ),
    (
        "weekday-between-name-and-verb-adverb",  # wire style: "HP Monday announced"
        "Toyota Monday announced it has signed an agreement to build a plant in Texas.",
        [("it has signed an agreement", "Toyota", "Toyota", "name")],
    ),
    (
        "weekday-between-name-and-verb-after-opening-phrase",
        "After months of talks, Nokia Monday announced it has signed a deal to buy the chip maker.",
        [("it has signed a deal", "Nokia", "Nokia", "name")],
    ),
    (
        "weekday-between-name-and-verb-subject",  # the parser took the day for the subject
        "In a surprise move, Siemens Friday said it would sell its rail unit to a rival.",
        [("it would sell its rail unit", "Siemens", "Siemens", "name")],
    ),
    (
        "opening-participle-keeps-its-own-subject",  # a guard: the parser found the subject itself
        "After meeting the president the envoy said that talks would resume in May.",
        [("talks would resume in May", "envoy", ANY, ANY)],
    ),
]

OUTLET_PARTS: list[Case] = [
    (
        "outlet-magazine-describing",
        'For the man described by The New York Times Magazine as "the last honest broker," it was a'
        " bad week.",
        [("the last honest broker", "The New York Times Magazine", "New York Times", "owner")],
    ),
    (
        "outlet-editorial-board-said",
        "The Washington Post editorial board said that the talks had failed.",
        [("the talks had failed", "The Washington Post editorial board", "Washington Post", "owner")],
    ),
    (
        "outlet-reporter-stays-a-person",  # a guard: a reporter is no part of the paper
        "A Washington Post reporter said that the talks had failed.",
        [("the talks had failed", "Washington Post reporter", "Washington Post reporter", "description")],
    ),
]

DOCUMENTS_MADE_FOR: list[Case] = [
    (
        "document-prepared-for-argued",
        "A report prepared for the Ministry of Health argued that the clinics were underfunded.",
        [("the clinics were underfunded", "A report", "Ministry of Health", "owner")],
    ),
    (
        "document-produced-for-after-quote",
        '"The clinics are underfunded," argued a paper produced for the Ministry of Health in 2019.',
        [("The clinics are underfunded", ANY, "Ministry of Health", "owner")],
    ),
    (
        "document-by-wins-over-for",
        "A study prepared by Deloitte for the Ministry of Health found that the clinics were underfunded.",
        [("the clinics were underfunded", "A study", "Deloitte", "owner")],
    ),
]

AS_CLAUSES: list[Case] = [
    (
        "as-one-of-said",  # the parser hangs "As one of …" on the clause as parataxis, not advcl
        "As one of his lawyers said, the case was weak from the start.",
        [("the case was weak from the start", "one of his lawyers", ANY, ANY)],
    ),
    (
        "as-one-of-would-later-tell-reporters",
        "As one of her aides would later tell reporters, the senator had never seen the memo.",
        [("the senator had never seen the memo", "one of her aides", ANY, ANY)],
    ),
    (
        "as-told-the-jury",  # listeners told, not a thing told
        "As the mayor told the jury, the bridge had been unsafe for years.",
        [("the bridge had been unsafe for years", "mayor", ANY, ANY)],
    ),
    (
        "as-told-the-story-tells-when",  # a guard: a thing told, no report
        "As she told the story, the crowd fell silent.",
        [],
    ),
]

SENTENCE_OPENING_TITLES: list[Case] = [
    (
        "opening-title-no-sector-two-names",  # the NER takes the capitalised title into the name
        "Lawyer Michael Marinaccio said the prison care had been poor for years.",
        [("the prison care had been poor", ANY, "Michael Marinaccio", "name")],
    ),
    (
        "opening-title-no-sector-surname",
        "Barrister Bernadette Quill said her client would appeal the ruling.",
        [("her client would appeal the ruling", ANY, "Bernadette Quill", "name")],
    ),
    (
        "title-mid-sentence-stays-stripped",  # a guard: lowercase there, stripped already
        "The care was poor, said lawyer Michael Marinaccio.",
        [("The care was poor", ANY, "Michael Marinaccio", "name")],
    ),
]

CASES = [*SWALLOWED_SUBJECTS, *OUTLET_PARTS, *DOCUMENTS_MADE_FOR, *AS_CLAUSES, *SENTENCE_OPENING_TITLES]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_owner_parts(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_owner_part_offsets(pipeline: Pipeline, text: str) -> None:
    check_mention_offsets(pipeline, text)
