"""strife.output: models as JSON Lines, a JSON array, CSV and a table."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import BaseModel

from strife.output import (
    FORMATS,
    TABLE_TEXT_MAX,
    table_cell,
    truncate,
    write_csv,
    write_json,
    write_jsonl,
    write_models,
    write_table,
)


class Row(BaseModel):
    id: str
    published: datetime | None
    text: str
    tags: list[str]
    n: int


LONG = "word " * 60
ROWS = [
    Row(
        id="a1", published=datetime(2024, 5, 1, 12, 0, tzinfo=UTC), text="Short «quote» – ok", tags=["x"], n=3
    ),
    Row(id="b2", published=None, text=LONG.strip(), tags=[], n=0),
]


def test_jsonl_one_object_per_line() -> None:
    out = io.StringIO()
    assert write_jsonl(ROWS, out) == 2
    lines = out.getvalue().splitlines()
    assert [Row.model_validate_json(line) for line in lines] == ROWS
    assert "«quote»" in lines[0]  # not escaped to \\u


@pytest.mark.parametrize("rows", [ROWS, [], ROWS[:1]])
def test_json_is_an_indented_array(rows: list[Row]) -> None:
    out = io.StringIO()
    assert write_json(iter(rows), out) == len(rows)
    data = json.loads(out.getvalue())
    assert [Row.model_validate(d) for d in data] == rows
    if rows:
        assert '\n    "id"' in out.getvalue()


def test_csv_header_nested_as_json_and_none_empty() -> None:
    out = io.StringIO()
    assert write_csv(ROWS, out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == ["id", "published", "text", "tags", "n"]
    assert json.loads(rows[0]["tags"]) == ["x"]
    assert rows[1]["published"] == ""
    assert rows[1]["text"] == LONG.strip()  # whole text, not cut
    assert rows[0]["published"].startswith("2024-05-01T12:00:00")


def test_csv_without_rows_writes_header_from_model_type() -> None:
    out = io.StringIO()
    assert write_csv([], out, model_type=Row) == 0
    assert out.getvalue() == "id,published,text,tags,n\n"
    out = io.StringIO()
    assert write_csv([], out) == 0
    assert out.getvalue() == ""


def test_table_cuts_long_text_only_in_tables() -> None:
    out = io.StringIO()
    assert write_table(ROWS, out, columns=["id", "text", "n"]) == 2
    text = out.getvalue()
    assert "a1" in text and "Short «quote» – ok" in text
    assert "…" in text
    assert LONG.strip() not in text
    widest = max(len(line) for line in text.splitlines())
    assert widest <= TABLE_TEXT_MAX + 30
    assert "\x1b[" not in text  # no colour codes when not a terminal


def test_table_without_rows_still_has_header() -> None:
    out = io.StringIO()
    assert write_table([], out, model_type=Row) == 0
    assert "published" in out.getvalue()


@pytest.mark.parametrize("fmt", FORMATS)
def test_write_models_dispatches_every_format(fmt: str) -> None:
    out = io.StringIO()
    assert write_models(ROWS, fmt, out, model_type=Row) == 2
    assert "a1" in out.getvalue()


def test_write_models_rejects_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown output format"):
        write_models(ROWS, "xml", io.StringIO())


def test_cells_and_truncate() -> None:
    assert table_cell(None) == ""
    assert table_cell(datetime(2024, 5, 1, 12, 0, 5, 123, tzinfo=UTC)) == "2024-05-01 12:00Z"
    assert (
        table_cell(datetime(2024, 5, 1, 14, 30, tzinfo=timezone(timedelta(hours=2)))) == "2024-05-01 12:30Z"
    )
    assert table_cell(datetime(2024, 5, 1, 14, 30)) == "2024-05-01 14:30"
    assert table_cell(["a", 1]) == '["a", 1]'
    assert table_cell("two\n  lines", "text") == "two lines"
    assert len(table_cell("x" * 500, "text")) == TABLE_TEXT_MAX
    assert truncate("abc", 3) == "abc"
    assert truncate("abcd", 3) == "ab…"


class Cell(BaseModel):
    text: str
    n: int
    score: float


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ('+HYPERLINK("http://x.example","click")', '\'+HYPERLINK("http://x.example","click")'),
        ("-2+3", "'-2+3"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\n=1"),  # a carriage return is written as a line break, in quotes
        ("Plain text = fine", "Plain text = fine"),
        ("'already quoted", "'already quoted"),
    ],
)
def test_csv_cells_a_spreadsheet_would_run_are_neutralised(text: str, written: str) -> None:
    out = io.StringIO()
    write_csv([Cell(text=text, n=-5, score=-2.5)], out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row == {"text": written, "n": "-5", "score": "-2.5"}  # numbers stay numbers
