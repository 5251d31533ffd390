"""Plain-text wire dispatches: datelines, headlines, front matter, body paragraphs."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from strife.errors import InputError
from strife.readers import parse_wire, read_inputs
from strife.readers.wire import parse_dateline
from strife.record import RawArticle

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).parents[2] / ".." / "shared" / "corpus" / "2022-01-13-nato-russia-council.txt"


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed dispatch is not at {SEED} (../shared beside the repository root is missing)")
    return SEED.read_text(encoding="utf-8")


def test_seed_dispatch(seed_text: str) -> None:
    article = parse_wire(seed_text, "seed.txt")
    assert article.published == _utc(2022, 1, 13, 9, 19)
    assert article.published is not None and article.published.utcoffset() is not None
    assert article.headline == "NATO chief warns of ‘real risk’ of war as talks with Russia end"
    assert article.body.startswith("NATO Secretary-General Jens Stoltenberg")
    assert "Jan 13, 2022" not in article.body
    assert article.headline not in article.body
    assert article.body == article.body.strip()
    assert "\n\n\n" not in article.body
    # In the seed every paragraph after the two header lines is one line.
    expected = [line.strip() for line in seed_text.splitlines()[2:] if line.strip()]
    assert article.body.split("\n\n") == expected
    assert article.origin == "seed.txt"
    assert article.id is None


def test_seed_through_read_inputs(seed_text: str) -> None:
    (article,) = list(read_inputs([str(SEED)]))
    assert isinstance(article, RawArticle)
    assert article.origin == str(SEED)
    assert article.published == _utc(2022, 1, 13, 9, 19)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jan 13, 2022 09:19 UTC", _utc(2022, 1, 13, 9, 19)),
        ("13 January 2022 14:05 GMT", _utc(2022, 1, 13, 14, 5)),
        ("2022-01-13 09:19", _utc(2022, 1, 13, 9, 19)),
        ("January 13, 2022", _utc(2022, 1, 13)),
        ("Thu 13 Jan 2022 09:19 +0300", _utc(2022, 1, 13, 6, 19)),
        ("Thursday, January 13, 2022 at 9:19 PM", _utc(2022, 1, 13, 21, 19)),
        ("Published: Jan. 13, 2022, 9:19 a.m. EST", _utc(2022, 1, 13, 14, 19)),
        ("Updated 13 Jan 2022 | 09:19 CET", _utc(2022, 1, 13, 8, 19)),
        ("13/01/2022 14h05 GMT+3", _utc(2022, 1, 13, 11, 5)),
        ("2022-01-13T09:19:00Z", _utc(2022, 1, 13, 9, 19)),
        ("2022-01-13T09:19:00+05:30", _utc(2022, 1, 13, 3, 49)),
        ("13 Jan 2022 09:19 MSK", _utc(2022, 1, 13, 6, 19)),
    ],
)
def test_dateline_formats(line: str, expected: datetime) -> None:
    assert parse_dateline(line) == expected
    article = parse_wire(f"{line}\n  • A headline\n\nBody text here.")
    assert article.published == expected
    assert article.headline == "A headline"
    assert article.body == "Body text here."


@pytest.mark.parametrize(
    "line",
    [
        "January 2022",
        "13 January",
        "May 2022 was a cold month.",
        "On January 13, 2022 the talks ended.",
        "Talks end in Brussels",
        "2022",
        "",
    ],
)
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


@pytest.mark.parametrize("bullet", ["•", "-", "*", "–"])
def test_bullet_headlines(bullet: str) -> None:
    article = parse_wire(f"Jan 13, 2022\n  {bullet} Talks end without progress\n\nFirst.\n\nSecond.")
    assert article.headline == "Talks end without progress"
    assert article.body == "First.\n\nSecond."
    assert article.published == _utc(2022, 1, 13)


def test_plain_headline_fixture() -> None:
    article = parse_wire((FIXTURES / "wire_plain_headline.txt").read_text(encoding="utf-8"))
    assert article.headline == "Ministers agree new fisheries quota"
    assert article.published is None
    assert article.body.startswith(
        "The agriculture ministers met for six hours before agreeing on the new quota"
    )
    assert article.body.endswith("\n\nThe deal takes effect next month.")


def test_front_matter_fixture() -> None:
    article = parse_wire((FIXTURES / "wire_front_matter.txt").read_text(encoding="utf-8"), "f.txt")
    assert article.outlet == "Harbour Gazette"
    assert article.url == "https://gazette.example/ports/42"
    assert article.published == _utc(2022, 1, 13, 14, 5)
    assert article.headline == "Port workers end strike after pay deal"
    assert article.body.split("\n\n") == [
        "Dock workers in the northern port voted on Thursday to end a two-week strike, the union said.",
        '"We got what we came for," a union spokeswoman told reporters outside the hall.',
    ]


def test_front_matter_date_and_id() -> None:
    article = parse_wire("Source: Example Wire\nDate: 2022-01-13T09:19:00+01:00\nID: w-9\n\nBody.")
    assert (article.outlet, article.id) == ("Example Wire", "w-9")
    assert article.published == _utc(2022, 1, 13, 8, 19)
    assert article.body == "Body."


def test_front_matter_bad_date() -> None:
    with pytest.raises(InputError, match="front-matter date"):
        parse_wire("Date: sometime\n\nBody.", "x.txt")


@pytest.mark.parametrize(
    ("text", "headline", "body"),
    [
        ("Just one paragraph\nwrapped over lines.", None, "Just one paragraph wrapped over lines."),
        ("A short line\n\n", None, "A short line"),
        ("Not a headline.\n\nBody.", None, "Not a headline.\n\nBody."),
        ("Headline that asks?\n\nBody.", None, "Headline that asks?\n\nBody."),
        ("Headline\ncontinues here\n\nBody.", None, "Headline continues here\n\nBody."),
        ("- one\n- two\n\nBody.", None, "- one - two\n\nBody."),
        ("Headline first\n\nJan 13, 2022\n\nBody.", "Headline first", "Body."),
        ("\n\n  Spaced  \n\n\n\n  Body  line  \n   \n", "Spaced", "Body  line"),
        ("\ufeffJan 13, 2022 09:19\r\n• Head\r\n\r\nBody one\r\nwraps.\r\n\r\nBody two.", "Head", None),
    ],
)
def test_headline_and_body_shapes(text: str, headline: str | None, body: str | None) -> None:
    article = parse_wire(text)
    assert article.headline == headline
    if body is not None:
        assert article.body == body
    else:
        assert article.body == "Body one wraps.\n\nBody two."


def test_no_header_whole_text_is_body() -> None:
    article = parse_wire((FIXTURES / "wire_body_only.txt").read_text(encoding="utf-8"))
    assert article.headline is None and article.published is None
    assert (
        article.body
        == "The committee adjourned without a vote. Members said they would meet again next week."
    )


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "has no text"),
        ("  \n\n ", "has no text"),
        ("Jan 13, 2022 09:19 UTC\n  • Only a headline\n", "no body text"),
    ],
)
def test_parse_wire_without_body(text: str, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as caught:
        parse_wire(text, "x.txt")
    assert caught.value.origin == "x.txt"


def test_nbsp_and_internal_spacing_kept() -> None:
    article = parse_wire("Body with\u00a0a no-break space.  Two spaces.")
    assert article.body == "Body with\u00a0a no-break space.  Two spaces."
