"""List downloads: rows of one row model as a CSV or a Parquet file.

Each column is a field of the row model, in its order. Nested values (lists such as a story's
articles, a PLOVER context) are written as JSON text in both formats; dates and datetimes as ISO
8601 text in CSV and as DATE / TIMESTAMP WITH TIME ZONE (UTC) columns in Parquet, where numbers
keep their types too. An empty CSV cell is a missing value. A CSV text cell that a spreadsheet
would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a
leading ``'`` (:func:`strife.output.csv_safe`, OWASP's rule); Parquet keeps text as it is.

CSV is written with the standard library. Parquet is written by DuckDB, no other library
(:mod:`strife.export.parquet`, which ``strife export`` uses too).

A download holds at most :data:`DOWNLOAD_CAP` rows; when the list was longer the answer says so in
the ``X-Strife-Truncated: true`` header.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from typing import Any, Literal

from fastapi import Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from strife.export.parquet import duckdb_type, flat_row, parquet_bytes
from strife.output import csv_safe

__all__ = ["DOWNLOAD_CAP", "MEDIA_TYPES", "DownloadFormat", "download", "duckdb_type", "flat_row"]

DOWNLOAD_CAP = 100_000

DownloadFormat = Literal["csv", "parquet"]
MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
_CSV_CHUNK = 1000


def download(
    rows: Sequence[BaseModel], model: type[BaseModel], name: str, fmt: DownloadFormat, *, truncated: bool
) -> Response:
    """``rows`` as the file ``name.csv`` or ``name.parquet``, sent as an attachment."""
    headers = {
        "Content-Disposition": f'attachment; filename="{name}.{fmt}"',
        "X-Strife-Truncated": "true" if truncated else "false",
        "X-Strife-Row-Cap": str(DOWNLOAD_CAP),
    }
    columns = list(model.model_fields)
    if fmt == "csv":
        return StreamingResponse(_csv_chunks(rows, columns), media_type=MEDIA_TYPES["csv"], headers=headers)
    return Response(parquet_bytes(rows, model), media_type=MEDIA_TYPES["parquet"], headers=headers)


def _csv_chunks(rows: Sequence[BaseModel], columns: list[str]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for at in range(0, len(rows), _CSV_CHUNK):
        for row in rows[at : at + _CSV_CHUNK]:
            flat = flat_row(row)
            writer.writerow([_cell(flat[c]) for c in columns])
        yield _drain(buffer)
    yield _drain(buffer)


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return csv_safe(value) if isinstance(value, str) else value


def _drain(buffer: io.StringIO) -> bytes:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text.encode("utf-8")
