"""JSON Lines: one article per line, as a JSON object.

Keys (others are ignored):

| key | required | meaning |
|---|---|---|
| ``text`` | yes | the body, a non-empty string, kept exactly as given (not stripped) |
| ``id`` | no | a string or integer; kept as the article id (as a string) |
| ``headline`` | no | string |
| ``published`` | no | ISO 8601 or another date string; read as UTC (no zone = UTC) |
| ``url`` | no | string |
| ``outlet`` | no | string |

Optional keys may be ``null``. Blank lines are skipped. A bad line (not JSON, not an object, no
text, a key of the wrong type, a date that cannot be read or names no instant strife can hold, such
as ``9999-12-31T23:59:59-01:00``) becomes an :class:`InputError` named ``path:LINE`` (lines count
from 1) and the other lines go on. ``origin`` of a record is ``path:LINE``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from strife.errors import DateRangeError, InputError
from strife.readers.dates import parse_datetime
from strife.record import RawArticle

_STRING_KEYS = ("headline", "url", "outlet")


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """Numbered lines, split on \\n only: JSON strings may hold U+2028 and other Unicode breaks."""
    start = 0
    number = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        number += 1
        yield number, text[start:end].rstrip("\r")
        start = end + 1


def _describe(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "true/false", type(None): "null"}.get(
        type(value), "a number"
    )


def parse_object(obj: Any, origin: str) -> RawArticle:
    """One decoded JSON value as an article; :class:`InputError` naming ``origin`` when it is not one."""
    if not isinstance(obj, dict):
        raise InputError(origin, f'line is {_describe(obj)}, not a JSON object with a "text" key')
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "missing" if text is None else "empty" if isinstance(text, str) else _describe(text)
        raise InputError(origin, f'"text" is {what}; each line needs a non-empty "text" string')
    fields: dict[str, Any] = {}
    raw_id = obj.get("id")
    if raw_id is not None:
        if isinstance(raw_id, bool) or not isinstance(raw_id, str | int):
            raise InputError(origin, f'"id" is {_describe(raw_id)}; give a string or an integer')
        fields["id"] = str(raw_id)
    for key in _STRING_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(origin, f'"{key}" is {_describe(value)}; give a string or leave it out')
        fields[key] = value or None
    published = obj.get("published")
    if published is not None:
        if not isinstance(published, str):
            raise InputError(origin, f'"published" is {_describe(published)}; give an ISO 8601 date string')
        try:
            when = parse_datetime(published)
        except DateRangeError as exc:
            raise InputError(origin, f'"published" {exc}') from None
        if when is None:
            raise InputError(
                origin, f'"published" {published!r} is not a date; give ISO 8601, e.g. 2022-01-13T09:19Z'
            )
        fields["published"] = when
    return RawArticle(body=text, origin=origin, **fields)


def read_jsonl(text: str, origin: str) -> Iterator[RawArticle | InputError]:
    """Articles and per-line errors of one JSON Lines text."""
    for number, line in _lines(text):
        if not line.strip():
            continue
        where = f"{origin}:{number}"
        if "\x00" in line:
            yield InputError(where, "line holds NUL bytes (binary data), not JSON; the other lines are read")
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
            column = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
            yield InputError(where, f"line is not valid JSON ({detail}{column})")
            continue
        except RecursionError:
            yield InputError(where, "line is not valid JSON (nested too deeply)")
            continue
        try:
            yield parse_object(obj, where)
        except InputError as exc:
            yield exc
