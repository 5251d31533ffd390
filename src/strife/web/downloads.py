"""List downloads: rows of one row model as a CSV or a Parquet file.

Each column is a field of the row model, in its order. Nested values (lists such as a story's
articles, a PLOVER context) are written as JSON text in both formats; dates and datetimes as ISO
8601 text in CSV and as DATE / TIMESTAMP WITH TIME ZONE (UTC) columns in Parquet, where numbers
keep their types too. An empty CSV cell is a missing value. A CSV text cell that a spreadsheet
would read as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) gets a
leading ``'`` (:func:`strife.output.csv_safe`, OWASP's rule); Parquet keeps text as it is.

CSV is written with the standard library. Parquet is written by DuckDB, no other library: the rows
go to a newline-delimited JSON file, an in-memory DuckDB reads it into a table typed from the row
model and copies that to a Parquet file, whose bytes are the answer; both files are temporary.

A download holds at most :data:`DOWNLOAD_CAP` rows; when the list was longer the answer says so in
the ``X-Strife-Truncated: true`` header.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
import types
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import duckdb
from fastapi import Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from strife.output import csv_safe

__all__ = ["DOWNLOAD_CAP", "MEDIA_TYPES", "DownloadFormat", "download", "duckdb_type", "flat_row"]

DOWNLOAD_CAP = 100_000

DownloadFormat = Literal["csv", "parquet"]
MEDIA_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
_SCALARS: dict[type, str] = {
    bool: "BOOLEAN",
    int: "BIGINT",
    float: "DOUBLE",
    str: "VARCHAR",
    datetime: "TIMESTAMPTZ",
    date: "DATE",
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
    return Response(_parquet_bytes(rows, model), media_type=MEDIA_TYPES["parquet"], headers=headers)


def flat_row(row: BaseModel) -> dict[str, Any]:
    """The row as JSON-ready scalars: nested values (lists, objects) as JSON text."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.model_dump(mode="json").items()
    }


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


def duckdb_type(annotation: Any) -> str:
    """The DuckDB column type of a row model field: its scalar type, or VARCHAR (JSON text) for
    nested values; ``X | None`` is ``X``, a ``Literal`` of texts is VARCHAR."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        present = [a for a in get_args(annotation) if a is not type(None)]
        return duckdb_type(present[0]) if len(present) == 1 else "VARCHAR"
    if origin is Literal:
        values = get_args(annotation)
        return duckdb_type(type(values[0])) if values and len({type(v) for v in values}) == 1 else "VARCHAR"
    if isinstance(annotation, type):
        for kind, name in _SCALARS.items():  # bool before int: a bool is an int
            if issubclass(annotation, kind):
                return name
    return "VARCHAR"


def _parquet_bytes(rows: Sequence[BaseModel], model: type[BaseModel]) -> bytes:
    columns = {name: duckdb_type(field.annotation) for name, field in model.model_fields.items()}
    with tempfile.TemporaryDirectory(prefix="strife-download-") as folder:
        source, target = Path(folder) / "rows.jsonl", Path(folder) / "rows.parquet"
        with source.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(flat_row(row), ensure_ascii=False) + "\n")
        con = duckdb.connect(":memory:")
        try:
            con.execute("SET TimeZone = 'UTC'")
            con.execute(f"CREATE TABLE rows ({', '.join(f'{_ident(c)} {t}' for c, t in columns.items())})")
            if rows:
                con.execute(
                    "INSERT INTO rows SELECT * FROM read_json(?, format = 'newline_delimited', columns = ?)",
                    [str(source), columns],
                )
            con.execute(f"COPY rows TO {_literal(str(target))} (FORMAT parquet)")
        finally:
            con.close()
        return target.read_bytes()


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    """A SQL string literal (COPY takes no parameter for its file; this one is our temporary file)."""
    return "'" + text.replace("'", "''") + "'"
