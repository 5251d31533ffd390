"""The list endpoints' common ground: paging, the page envelope, downloads, date parameters.

Every list endpoint takes ``limit`` (1 to :data:`MAX_LIMIT`, default :data:`DEFAULT_LIMIT`),
``offset`` (rows skipped first, 0 to :data:`MAX_OFFSET`; beyond the last row a page is empty) and
``format``:

- ``json`` (default): one page, ``{"items": [...], "limit": L, "offset": O, "next_offset": N}``;
  ``next_offset`` is the offset of the next page, ``null`` on the last one (the store is asked for
  ``L + 1`` rows to know);
- ``csv`` or ``parquet``: the whole filtered list from the start (``limit`` and ``offset`` are
  ignored), at most :data:`DOWNLOAD_CAP` rows, as a file download (:mod:`strife.web.downloads`).

Dates (``since``, ``until``) are ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY`` or an ISO date-time; both
ends are inclusive, so ``until=2022-01`` takes all of January (UTC). A date-time that no calendar
holds in UTC (``9999-12-31T23:59:59-01:00``) is a 422, like any other date that cannot be used.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time
from typing import Annotated, Any, Generic, Literal, TypeVar

from fastapi import Depends, HTTPException, Query, Response, status
from pydantic import BaseModel

from strife.errors import DateRangeError
from strife.monitor.series import SeriesError, parse_day
from strife.record import to_utc
from strife.web.downloads import DOWNLOAD_CAP, DownloadFormat, download

__all__ = [
    "DATE_HELP",
    "DEFAULT_LIMIT",
    "DOWNLOAD_CAP",
    "DOWNLOAD_RESPONSES",
    "INCLUDE_HISTORICAL_HELP",
    "INCLUDE_UNCODED_HELP",
    "MAX_LIMIT",
    "MAX_OFFSET",
    "Page",
    "Paging",
    "PagingDep",
    "given",
    "list_response",
    "moment",
    "unprocessable",
]

DEFAULT_LIMIT = 50
INCLUDE_UNCODED_HELP = "Also events whose source and target both lack a CAMEO code (left out by default)."
INCLUDE_HISTORICAL_HELP = (
    "Also events told as background history: 'in 1945', 'decades ago', or dated more than a year before "
    "their article (left out by default)."
)
MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000_000
DATE_HELP = "YYYY-MM-DD, YYYY-MM, YYYY or an ISO date-time (UTC when it has no offset); inclusive."

ListFormat = Literal["json", "csv", "parquet"]
RowT = TypeVar("RowT", bound=BaseModel)

#: The OpenAPI description of a list endpoint's download responses.
DOWNLOAD_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/vnd.apache.parquet": {"schema": {"type": "string", "format": "binary"}},
        },
        "description": "One page as JSON, or with format=csv|parquet the whole list as a download.",
    }
}


class Page(BaseModel, Generic[RowT]):
    """One page of a list: its rows, the paging asked for, and the offset of the next page."""

    items: list[RowT]
    limit: int
    offset: int
    next_offset: int | None


@dataclass(frozen=True)
class Paging:
    """The ``limit``, ``offset`` and ``format`` of a list request."""

    limit: int = DEFAULT_LIMIT
    offset: int = 0
    format: ListFormat = "json"


def paging(
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page, 1 to {MAX_LIMIT}.")
    ] = DEFAULT_LIMIT,
    offset: Annotated[
        int,
        Query(
            ge=0,
            le=MAX_OFFSET,
            description=f"Rows to skip first (the next_offset of a page), 0 to {MAX_OFFSET:,}.",
        ),
    ] = 0,
    format: Annotated[
        ListFormat,
        Query(
            description=f"json (one page), or csv / parquet: the whole list (at most {DOWNLOAD_CAP:,} "
            "rows) as a download."
        ),
    ] = "json",
) -> Paging:
    return Paging(limit=limit, offset=offset, format=format)


PagingDep = Annotated[Paging, Depends(paging)]


def list_response(
    page_type: type[Page[RowT]],
    fetch: Callable[[int, int], Sequence[RowT]],
    paging: Paging,
    name: str,
) -> Page[RowT] | Response:
    """A page of ``fetch(limit, offset)``'s rows, or the download named ``name`` (``events.csv``)."""
    if paging.format == "json":
        rows = list(fetch(paging.limit + 1, paging.offset))
        more = len(rows) > paging.limit
        return page_type(
            items=rows[: paging.limit],
            limit=paging.limit,
            offset=paging.offset,
            next_offset=paging.offset + paging.limit if more else None,
        )
    rows = list(fetch(DOWNLOAD_CAP + 1, 0))
    fmt: DownloadFormat = paging.format
    return download(rows[:DOWNLOAD_CAP], _row_type(page_type), name, fmt, truncated=len(rows) > DOWNLOAD_CAP)


def _row_type(page_type: type[Page[Any]]) -> type[BaseModel]:
    args = page_type.__pydantic_generic_metadata__["args"]
    if not args or not isinstance(args[0], type) or not issubclass(args[0], BaseModel):
        raise TypeError(f"{page_type.__name__} is not a Page of a row model")
    return args[0]


def given(value: str | None) -> str | None:
    """A query value with its spaces stripped; ``None`` when absent or blank (an empty form field)."""
    return value.strip() or None if value is not None else None


def unprocessable(detail: str) -> HTTPException:
    """A 422 answer with ``detail`` as its message."""
    return HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, detail)


def moment(value: str | None, field: str, *, end: bool = False) -> datetime | None:
    """A ``since``/``until`` value as an aware UTC datetime; with ``end``, the last moment of a
    day, month or year (so an inclusive ``until`` takes all of it). 422 when it is not a date."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if len(text) <= 10:
        try:
            day = parse_day(text, field=field, end=end)
        except SeriesError as exc:
            raise unprocessable(str(exc)) from None
        return datetime.combine(day, time.max if end else time.min, tzinfo=UTC)
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise unprocessable(
            f"{field} {value!r} is not a date; give YYYY-MM-DD, YYYY-MM, YYYY or an ISO date-time "
            "(e.g. 2022-01-13 or 2022-01-13T09:30:00Z)"
        ) from None
    try:
        return to_utc(when)
    except DateRangeError as exc:
        raise unprocessable(f"{field} {exc}") from None
