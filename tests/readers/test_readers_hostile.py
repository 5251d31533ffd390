"""Hostile and careless inputs (``fixtures/hostile/``, issue 10): each bad item is its own error, the
rest is read, and nothing is garbled without a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.errors import InputError, InputWarning
from strife.readers import read_inputs
from strife.readers.decode import decode_with_warnings, mostly_utf8
from strife.record import RawArticle

HOSTILE = Path(__file__).parent / "fixtures" / "hostile"
RANGE = "falls outside the years 1 to 9999 once in UTC"


def _kinds(name: str) -> list[tuple[str, str]]:
    """(kind, origin relative to the file) of everything the readers make of one fixture."""
    path = str(HOSTILE / name)
    out = []
    for item in read_inputs([path]):
        kind = "warning" if isinstance(item, InputWarning) else type(item).__name__
        origin = item.origin or ""
        out.append((kind, origin.removeprefix(path)))
    return out


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "far-dates.jsonl",
            [
                ("RawArticle", ":1"),
                ("InputError", ":2"),
                ("InputError", ":3"),
                ("RawArticle", ":4"),  # 9999-12-31T23:59:59Z is the last instant: it is kept
                ("InputError", ":5"),
                ("RawArticle", ":6"),
            ],
        ),
        ("far-date-feed.rss", [("InputError", "#1"), ("RawArticle", "#2"), ("InputError", "#3")]),
        ("far-front-matter.txt", [("InputError", "")]),
        ("far-dateline.txt", [("RawArticle", "")]),  # not a dateline (no year strife reads there)
        (
            "nul-line.jsonl",
            [("RawArticle", ":1"), ("InputError", ":2"), ("InputError", ":3"), ("RawArticle", ":4")],
        ),
        ("bad-bytes-utf8.txt", [("warning", ""), ("RawArticle", "")]),
        ("latin1.txt", [("RawArticle", "")]),
    ],
)
def test_hostile_fixture(name: str, expected: list[tuple[str, str]]) -> None:
    assert _kinds(name) == expected


def test_unrepresentable_dates_name_the_line_and_the_reason() -> None:
    errors = [e for e in read_inputs([str(HOSTILE / "far-dates.jsonl")]) if isinstance(e, InputError)]
    assert [e.origin.rsplit(":", 1)[1] for e in errors] == ["2", "3", "5"]
    assert all(RANGE in e.reason and e.reason.startswith('"published"') for e in errors)


def test_utf8_with_a_few_bad_bytes_is_utf8_with_a_warning() -> None:
    warning, article = read_inputs([str(HOSTILE / "bad-bytes-utf8.txt")])
    assert isinstance(warning, InputWarning) and isinstance(article, RawArticle)
    assert "byte offsets 60, 100" in warning.reason
    assert article.body.startswith("Le chargé d'affaires russe a été convoqué au ministère \ufffd lundi.")
    assert "├" not in article.body


def test_a_file_that_is_not_mostly_utf8_falls_back_to_its_encoding() -> None:
    (article,) = read_inputs([str(HOSTILE / "latin1.txt")])
    assert isinstance(article, RawArticle)
    assert article.body == "Le chargé d'affaires russe a été convoqué au ministère lundi."


@pytest.mark.parametrize(
    ("data", "mostly"),
    [
        ("é".encode() * 3 + b"\xff", True),
        ("é".encode() + b"\xff\xfe", False),  # more bad sequences than good ones
        (b"caf\xe9", False),  # no valid multi-byte sequence: Latin-1
        (b"plain ascii", False),  # nothing to replace
    ],
)
def test_mostly_utf8(data: bytes, mostly: bool) -> None:
    assert (mostly_utf8(data) is not None) is mostly


def test_a_warning_counts_every_bad_sequence_and_shows_the_first_offsets() -> None:
    data = ("é".encode() * 20 + b" \xff") * 8
    text, warnings = decode_with_warnings(data, "x.txt")
    assert text.count("\ufffd") == 8
    (warning,) = warnings
    assert "8 byte sequences" in warning and "41, 83, 125, 167, 209 and 3 more" in warning


def test_a_nul_byte_outside_json_lines_still_makes_a_file_binary(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Some text\x00 more text")
    (error,) = read_inputs([str(path)])
    assert isinstance(error, InputError) and "binary" in error.reason
