"""Speakers kept apart from their verbs by words set off by commas (session 22, read off real news):
a participle aside between the name and the verb ("Tom Hale, probably playing his last match, said"),
an apposition that only gives the speaker's name ("a union leader, a veteran called Peter Marsh, said"),
a title word the lists lack before a name the NER misread ("Undersheriff Mark Doyle said") and a
title after a spaced dash ("Jon Webb - director of sales - told").
Rows as in ``test_speaker_categories.py``: an id, a text, then for each quote strife should find (in
text order) the start of its text, the speaker mention's text, the resolved name and how it was resolved.
"""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_mention_offsets, check_speakers

from strife.pipeline import Pipeline

PARTICIPLE_ASIDES: list[Case] = [
    (
        "aside-adverb-participle",  # the parser makes the name the participle's subject
        "Lena Brandt, probably running her last race in Berlin, said she would take a long break.",
        [("she would take a long break", "Lena Brandt", "Lena Brandt", "name")],
    ),
    (
        "aside-participle-after-a-sentence",
        "The club got a lift when winger Richard Cole, whose career ended in a car crash, visited on"
        " Wednesday.\n\nCaptain Mike Porter, probably playing his final game at the stadium, said he had to"
        " fight back tears after seeing Cole.",
        [("he had to fight back tears", "Mike Porter", "Mike Porter", "name")],
    ),
    (
        "aside-past-participle-told",  # the aside taken for the clause "told" reports
        "Ana Ruiz, still visibly shaken by the crash, told reporters she had seen the car swerve.",
        [("she had seen the car swerve", "Ana Ruiz", "Ana Ruiz", "name")],
    ),
    (
        "aside-past-participle-said",  # a guard: the parser already hangs this one right
        "Omar Haddad, clearly tired after the long talks, said the two sides had agreed on a ceasefire.",
        [("the two sides had agreed on a ceasefire", "Omar Haddad", "Omar Haddad", "name")],
    ),
    (
        "aside-fronted-report-keeps-its-subject",  # a report before the verb is no aside
        "The ship had been hit twice, said the captain.",
        [("The ship had been hit twice", "captain", ANY, ANY)],
    ),
]

CALLED_NAMES: list[Case] = [
    (
        "called-name-in-apposition",  # the apposition names no one itself; the name it is given speaks
        "Another union leader, a veteran organiser called Peter Marsh, said the strike would continue"
        " until the pay offer improved.",
        [("the strike would continue", "Peter Marsh", "Peter Marsh", "name")],
    ),
    (
        "named-name-in-apposition-told",
        "A second official, a senior aide named Laura Finch, told reporters the vote was delayed.",
        [("the vote was delayed", "Laura Finch", "Laura Finch", "name")],
    ),
    (
        "called-name-in-apposition-after-a-quote",
        "“We will not give up,” another resident, a retired teacher called Ruth Okafor, said on Sunday.",
        [("We will not give up", "Ruth Okafor", "Ruth Okafor", "name")],
    ),
    (
        "called-name-of-the-subject",
        "A man called Peter Marsh said the strike would continue until the pay offer improved.",
        [("the strike would continue", "Peter Marsh", "Peter Marsh", "name")],
    ),
]

TITLE_WORDS: list[Case] = [
    (
        # straight marks: the NER reads "Undersheriff Mark Doyle" as a work of art
        "unlisted-title-before-a-name-after-a-quote",
        '"He was very calm when we found him," Undersheriff Mark Doyle said.',
        [("He was very calm", "Mark Doyle", "Mark Doyle", "name")],
    ),
    (
        "coroner-before-a-name-after-a-quote",
        '"The cause of death is not yet known," Coroner Helen Price said on Tuesday.',
        [("The cause of death", "Helen Price", "Helen Price", "name")],
    ),
    (
        "age-and-role-before-a-name-the-ner-misreads",  # not "protester Paris Kyriakou": no title kept
        "“We will stay until the ministers listen,” said 29-year-old protester Paris Kyriakou.",
        [("We will stay until", "Paris Kyriakou", "Paris Kyriakou", "name")],
    ),
    (
        "quartermaster-before-a-name-after-a-quote",
        '"We ran out of fuel twice," Quartermaster Paul Stone said.',
        [("We ran out of fuel", "Paul Stone", "Paul Stone", "name")],
    ),
    # a role noun capitalised only because it opens the sentence describes the one named after it
    (
        "role-noun-opening-a-name-the-ner-misses",
        "Retiree Ilse Brandner said the pension cuts had left her with nothing.",
        [("the pension cuts had left her", "Ilse Brandner", "Ilse Brandner", "name")],
    ),
    (
        "epithet-opening-a-name",
        "Comedian Ellen Marsh said the tour would go on without her.",
        [("the tour would go on", "Ellen Marsh", "Ellen Marsh", "name")],
    ),
    (
        "role-noun-opening-a-name-read-as-an-organisation",
        "Protester Oili Varanen said the police had pushed the crowd back.",
        [("the police had pushed", "Oili Varanen", "Oili Varanen", "name")],
    ),
    (
        "role-noun-opening-an-organisations-name-stays",  # a body's name, no person after the noun
        "Student Loan Company said the repayments would rise in April.",
        [("the repayments would rise", "Student Loan Company", "Student Loan Company", "name")],
    ),
]

DASHED_TITLES: list[Case] = [
    (
        "spaced-hyphen-title-after-a-name",  # the NER runs the name on into "- director"
        "Jonathan Webb - director of wholesale products at Interlink - told the BBC that the effects"
        " would be felt for days.",
        [("the effects would be felt for days", "Jonathan Webb", "Jonathan Webb", "name")],
    ),
    (
        "spaced-hyphen-title-then-his-quote",
        "Maria Costa - head of sales at Vexa, which runs the cable - said the repairs would take a week."
        '\n\n"We have lost three of four lines," she said.',
        [
            ("the repairs would take a week", "Maria Costa", "Maria Costa", "name"),
            ("We have lost three of four lines", "she", "Maria Costa", "coreference"),
        ],
    ),
    (
        "hyphenated-name-keeps-its-hyphen",  # no spaces: part of the name
        "Anna Ferrero-Lind said the talks had failed.",
        [("the talks had failed", "Anna Ferrero-Lind", "Anna Ferrero-Lind", "name")],
    ),
]

TRAILING_REPORTS: list[Case] = [
    (
        "trailing-report-joined-to-its-clause",  # the parser reads "…, and alleges the aid group"
        "The army shelled the market town on Monday, alleges the aid group.",
        [("The army shelled the market town on Monday", "aid group", "aid group", "name")],
    ),
    (
        "trailing-report-an-organisation-no-file-knows",
        "Rebels burned three schools in the north last week, claims the evangelical Christian organization.",
        [("Rebels burned three schools", "the evangelical Christian organization", None, "unresolved")],
    ),
]

OUTLETS_REPORTING: list[Case] = [
    (
        "outlet-reporting-a-fronted-clause-is-no-person",  # "He died …, the Post reported": the Post is
        # no person speaking of himself, and her "she" stays hers
        "Anna Berg told the Evening Post her brother had been ill for weeks.\n\nHe died at his home in"
        ' Leeds on Monday, the Post reported.\n\n"He slipped away quietly," she said.',
        [
            ("her brother had been ill", "Anna Berg", "Anna Berg", "name"),
            ("He died at his home", "Post", ANY, ANY),
            ("He slipped away quietly", "she", "Anna Berg", "coreference"),
        ],
    ),
]

CASES = [
    *PARTICIPLE_ASIDES,
    *CALLED_NAMES,
    *TITLE_WORDS,
    *DASHED_TITLES,
    *TRAILING_REPORTS,
    *OUTLETS_REPORTING,
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_asides(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_aside_offsets(pipeline: Pipeline, text: str) -> None:
    check_mention_offsets(pipeline, text)
