"""Quote marks: the one-pass scan and the lookups the quotes step makes around an offset."""

from __future__ import annotations

import pytest

from strife.nlp import quotemarks
from strife.nlp.quotemarks import QuoteMarks, find_quotes, stray_open, stripped_end

TEXT = "He said “yes” and “no,” then ‘maybe’."  # marks at 8, 12, 18, 22, 29, 35


@pytest.mark.parametrize(
    ("offset", "next_open", "prev_close", "covered"),
    [
        (0, 8, -1, False),
        (8, 18, -1, True),
        (12, 18, -1, True),
        (13, 18, 12, False),
        (20, 29, 12, True),
        (23, 29, 22, False),
        (30, -5, 22, True),
        (36, -5, 35, False),
    ],
)
def test_lookups_around_an_offset(offset: int, next_open: int, prev_close: int, covered: bool) -> None:
    marks = QuoteMarks(TEXT)
    assert [TEXT[m.start : m.end] for m in marks.quotes] == ["yes", "no", "maybe"]
    assert marks.next_open(offset, -5) == next_open
    assert marks.prev_close(offset) == prev_close
    assert marks.covers(offset) is covered


@pytest.mark.parametrize(
    ("text", "start", "end", "quoted"),
    [
        (TEXT, 0, len(TEXT), 5 + 5 + 7),
        (TEXT, 10, 20, 3 + 2),
        (TEXT, 0, 8, 0),
        ("“aa “bb “cc", 3, 11, 8),  # unclosed quotes overlap: counted once
    ],
)
def test_quoted_chars(text: str, start: int, end: int, quoted: int) -> None:
    assert QuoteMarks(text).quoted_chars(start, end) == quoted


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [("ab  \n c", 5, 2), ("   x", 3, 0), ("abc", 3, 3), ("", 0, 0)],
)
def test_stripped_end(text: str, before: int, expected: int) -> None:
    assert stripped_end(text, before) == expected == len(text[:before].rstrip())


@pytest.mark.parametrize(
    "text",
    [
        " ".join(["'em"] * 3000),  # straight apostrophes that close nothing
        " ".join(["“open"] * 3000),  # opening marks never closed
        " ".join(["‘tis"] * 3000),
        " ".join(['"a'] * 3000),
        "“" + "”x" * 3000,
        " ".join(['“a "b'] * 1500),  # mixed marks: straight ones inside curly ones that never close
        " ".join(['"a “b'] * 1500),
        " ".join(["``a"] * 3000),  # tokenised opening marks never closed
    ],
    ids=[
        "apostrophes",
        "unclosed",
        "curly-single",
        "straight-double",
        "closers",
        "mixed",
        "mixed-straight",
        "ptb",
    ],
)
def test_the_scan_reads_each_character_a_bounded_number_of_times(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    scanned = 0
    scan = quotemarks._CloseSearch._scan

    def counting(self: quotemarks._CloseSearch, start: int) -> tuple[int | None, int]:
        nonlocal scanned
        found = scan(self, start)
        scanned += found[1] - start + 1
        return found

    monkeypatch.setattr(quotemarks._CloseSearch, "_scan", counting)
    find_quotes(text)
    assert scanned <= 2 * len(text)  # a rescan for each mark would be ~3,000 times the text


@pytest.mark.parametrize(
    ("text", "following", "stray"),
    [
        # a mark opened inside a sentence that nothing closes: its closing mark was lost
        ("Fans rose as the first chants of “Vorsk! Vorsk! filled the hall.", ["“We won,” he said."], True),
        ("The mayor called the budget “a disgrace and a shame.", [], True),
        ('The crowd shouted "Out! Out! as the car left.', ["It drove off."], True),
        # a quotation that opens a sentence goes on into the next paragraph
        ("He said: “We will fight on.", ["“And we will win,” he added."], False),
        ("“We will fight on.", ["“And we will win.”"], False),
        # closed in its paragraph, or closed further on before any mark opens
        ("The mayor called the budget “a disgrace” on Monday.", [], False),
        ("He called it “a plan that", ["will fail,” he said."], False),
    ],
)
def test_a_stray_opening_mark(text: str, following: list[str], stray: bool) -> None:
    assert stray_open(QuoteMarks(text), following) is stray
