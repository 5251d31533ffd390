"""Rows of a row model as a Parquet file, written by DuckDB (no other library needed).

Each column is a field of the model, in its order, typed from its annotation (:func:`duckdb_type`):
numbers keep their types, dates and datetimes are DATE / TIMESTAMP WITH TIME ZONE (UTC) columns,
nested values (lists, objects) are JSON text. The rows go to a temporary newline-delimited JSON
file, an in-memory DuckDB reads it into a table typed from the model and copies that to Parquet.
Used by ``strife export --format parquet`` and by the HTTP API's ``format=parquet`` downloads.
"""

from __future__ import annotations

import json
import tempfile
import types
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin

import duckdb
from pydantic import BaseModel

_SCALARS: dict[type, str] = {
    bool: "BOOLEAN",
    int: "BIGINT",
    float: "DOUBLE",
    str: "VARCHAR",
    datetime: "TIMESTAMPTZ",
    date: "DATE",
}


def flat_row(row: BaseModel) -> dict[str, Any]:
    """The row as JSON-ready scalars: nested values (lists, objects) as JSON text."""
    return {
        key: json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value
        for key, value in row.model_dump(mode="json").items()
    }


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


def write_parquet(rows: Iterable[BaseModel], model: type[BaseModel], target: Path) -> int:
    """Write ``rows`` (instances of ``model``) to the Parquet file ``target``; returns how many."""
    columns = {name: duckdb_type(field.annotation) for name, field in model.model_fields.items()}
    n = 0
    with tempfile.TemporaryDirectory(prefix="strife-parquet-") as folder:
        source = Path(folder) / "rows.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(flat_row(row), ensure_ascii=False) + "\n")
                n += 1
        con = duckdb.connect(":memory:")
        try:
            con.execute("SET TimeZone = 'UTC'")
            con.execute(f"CREATE TABLE rows ({', '.join(f'{_ident(c)} {t}' for c, t in columns.items())})")
            if n:
                con.execute(
                    "INSERT INTO rows SELECT * FROM read_json(?, format = 'newline_delimited', columns = ?)",
                    [str(source), columns],
                )
            con.execute(f"COPY rows TO {_literal(str(target))} (FORMAT parquet)")
        finally:
            con.close()
    return n


def parquet_bytes(rows: Iterable[BaseModel], model: type[BaseModel]) -> bytes:
    """The Parquet file of ``rows`` as bytes."""
    with tempfile.TemporaryDirectory(prefix="strife-parquet-") as folder:
        target = Path(folder) / "rows.parquet"
        write_parquet(rows, model, target)
        return target.read_bytes()


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(text: str) -> str:
    """A SQL string literal (COPY takes no parameter for its file; this one is a path we chose)."""
    return "'" + text.replace("'", "''") + "'"
