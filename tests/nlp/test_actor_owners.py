"""Whose people they are, session 24: a lawyer for a party is no judiciary ("his attorney X", "defence
lawyer X": courts, judges and prosecutors are); officials named by a church, firm or group before them
are that body's, not a government's ("Boeing officials", and "Scientology officials" opening a sentence
where the article writes the name as a name). Sentences written for strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a party's lawyer speaks for the party: no court's, no state's office
        ("His attorney, Dale Fenwick, said the Texas rancher would plead not guilty.", "Dale Fenwick", None),
        (
            "Defence lawyer Rita Palmeiro told reporters in Lisbon that her client was innocent.",
            "Rita Palmeiro",
            None,
        ),
        ("A lawyer for the family, Omar Haddad, said the Ohio police had lied.", "Omar Haddad", None),
        # a prosecutor, a judge and a district attorney stay the judiciary's
        ("The district attorney, Lena Vogt, said Texas would seek a retrial.", "Lena Vogt", "USAJUD"),
        ("Judge Priya Nand sentenced the Texas rancher on Monday.", "Priya Nand", "USAJUD"),
    ],
)
def test_a_partys_lawyer_is_no_judiciary(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    codes = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert mention in codes and codes[mention] == code, codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a company the dictionaries know: its officials are the company's, not its country's government
        (
            "Boeing officials said the jets were safe. Shares of Boeing fell in New York.",
            "officials",
            "USABUS",
        ),
        # a name opening the sentence that the article writes as a name elsewhere: the body's, no state's
        (
            "Scientology officials denied the claims on Tuesday. The Church of Scientology called the report"
            " false.",
            "Scientology officials",
            None,
        ),
        # a common word capitalised by its place stays the state's
        (
            "Election officials in Kenya said the count would end on Friday. The Election Commission agreed.",
            "Election officials",
            "KENGOV",
        ),
    ],
)
def test_officials_named_by_a_body_are_its_own(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    codes = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert mention in codes and codes[mention] == code, codes
