"""Property tests (hypothesis) of the readers: dates over every instant and offset a reader accepts,
JSON Lines, whole inputs of arbitrary bytes. Bounded in time (``fuzz`` marker; see tests/fuzz.py)."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz import FUZZ
from strife.errors import DateRangeError, InputError
from strife.readers import read_inputs
from strife.readers.dates import parse_datetime, parse_full_date
from strife.readers.decode import decode_with_warnings
from strife.readers.jsonl import read_jsonl
from strife.record import RawArticle

pytestmark = pytest.mark.fuzz

OFFSETS = st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1).map(
    lambda m: timezone(timedelta(minutes=m))
)
MOMENTS = st.datetimes(
    min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59), timezones=OFFSETS
)


def _utc_or_none(moment: datetime) -> datetime | None:
    """The instant in UTC, or None when no datetime holds it."""
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return None


@FUZZ
@given(MOMENTS)
def test_iso_dates_read_as_their_instant_or_refused_as_out_of_range(moment: datetime) -> None:
    expected = _utc_or_none(moment)
    for parse in (parse_datetime, parse_full_date):
        if expected is None:
            with pytest.raises(DateRangeError):
                parse(moment.isoformat())
        else:
            assert parse(moment.isoformat()) == expected


@FUZZ
@given(MOMENTS.filter(lambda m: m.year >= 100))
def test_feed_style_dates(moment: datetime) -> None:
    text = format_datetime(moment.replace(microsecond=0))  # "Fri, 31 Dec 9999 23:59:59 -0100"
    expected = _utc_or_none(moment.replace(microsecond=0))
    try:
        found = parse_datetime(text)
    except DateRangeError:
        assert expected is None
    else:
        assert found == expected


@FUZZ
@given(st.text(max_size=60))
def test_any_text_is_a_date_none_or_out_of_range(text: str) -> None:
    for parse in (parse_datetime, parse_full_date):
        try:
            found = parse(text)
        except DateRangeError:
            continue
        assert found is None or found.tzinfo == UTC


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
ARTICLES = st.fixed_dictionaries(
    {"text": st.text(min_size=1, max_size=40)},
    optional={
        "published": st.one_of(MOMENTS.map(datetime.isoformat), st.text(max_size=30), JSON_VALUES),
        "id": JSON_VALUES,
        "headline": JSON_VALUES,
        "url": JSON_VALUES,
    },
)
LINES = st.lists(
    st.one_of(ARTICLES.map(json.dumps), JSON_VALUES.map(json.dumps), st.text(max_size=30)), max_size=8
)


@FUZZ
@given(LINES)
def test_json_lines_give_one_item_per_line_and_never_raise(lines: list[str]) -> None:
    text = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    found = list(read_jsonl(text, "f.jsonl"))
    assert all(isinstance(item, RawArticle | InputError) for item in found)
    numbered = [n for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    assert [item.origin for item in found] == [f"f.jsonl:{n}" for n in numbered]
    for item in found:
        if isinstance(item, RawArticle) and item.published is not None:
            assert item.published.tzinfo == UTC


@FUZZ
@given(st.binary(max_size=300), st.sampled_from(["auto", "text", "html", "feed", "jsonl"]))
def test_arbitrary_bytes_never_raise_from_the_readers(data: bytes, fmt: str) -> None:
    found = list(read_inputs(["-"], fmt, stdin=io.BytesIO(data)))  # type: ignore[arg-type]
    assert found and all(isinstance(item, RawArticle | InputError) for item in found)


@FUZZ
@given(st.binary(max_size=300), st.booleans())
def test_decoding_gives_text_or_an_input_error(data: bytes, nul_ok: bool) -> None:
    try:
        text, warnings = decode_with_warnings(data, "x", nul_ok=nul_ok)
    except InputError:
        return
    assert text.strip() and all("U+FFFD" in w for w in warnings)
