"""Writing records and rows out: JSON Lines, a JSON array, CSV or a rich table.

Every function takes the models to write and a text stream to write them to; none of them prints
on its own. Iterables are consumed lazily where the format allows it (``jsonl``, ``json``, ``csv``),
so a long extraction streams; a table needs all rows first.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Literal, TextIO, get_args

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

OutputFormat = Literal["jsonl", "json", "csv", "table"]
FORMATS: tuple[str, ...] = get_args(OutputFormat)

#: Longest text shown in a table cell before it is cut with "…" (tables only; other formats are whole).
TABLE_TEXT_MAX = 80
#: Width of a table written to something that is not a terminal (a file, a pipe).
PLAIN_TABLE_WIDTH = 160

# Per-column caps for tables: long free text is cut, short codes are never wrapped.
_COLUMN_MAX: dict[str, int] = {
    "text": TABLE_TEXT_MAX,
    "headline": 60,
    "url": 50,
    "origin": 40,
    "evidence": 60,
    "location_name": 24,
    "cameo_label": 24,
    "plover_label": 28,
}
_NO_WRAP = frozenset(
    {"id", "article_id", "published", "code", "speaker_code", "country", "sector", "kind", "type"}
    | {"date", "source_code", "target_code", "cameo", "cameo_root", "modality", "plover_type"}
)
_NUMERIC = frozenset(
    {"n_quotes", "n_actors", "n_events", "articles", "mentions", "quotes", "start", "end"}
    | {"quad_class", "goldstein", "confidence", "outlets", "stories", "incident_articles"}
    | {"events", "verbal_coop", "material_coop", "verbal_conflict", "material_conflict", "negated"}
    | {"unrealised", "goldstein_sum", "goldstein_mean", "tone_mean", "tone", "quote_tone"}
    | {"value", "baseline", "score"}
)


def write_jsonl(models: Iterable[BaseModel], stream: TextIO) -> int:
    """One ``model_dump_json()`` per line; returns how many were written."""
    n = 0
    for model in models:
        stream.write(model.model_dump_json())
        stream.write("\n")
        n += 1
    return n


def write_json(models: Iterable[BaseModel], stream: TextIO, *, indent: int = 2) -> int:
    """A JSON array (indented), written element by element so a long stream needs no buffering."""
    n = 0
    stream.write("[")
    for model in models:
        stream.write(",\n" if n else "\n")
        text = json.dumps(model.model_dump(mode="json"), indent=indent, ensure_ascii=False)
        stream.write(_indent(text, indent))
        n += 1
    stream.write("\n]\n" if n else "]\n")
    return n


def write_csv(
    models: Iterable[BaseModel],
    stream: TextIO,
    *,
    columns: Sequence[str] | None = None,
    model_type: type[BaseModel] | None = None,
) -> int:
    """CSV with a header row of field names; nested values (lists, objects) as JSON text, ``None`` empty.

    The header comes from ``columns``, else from ``model_type``'s fields, else from the first model;
    with none of them and no models nothing is written.
    """
    it = iter(models)
    first = next(it, None)
    names = _column_names(columns, model_type, first)
    if not names:
        return 0
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(names)
    if first is None:
        return 0
    n = 0
    for model in _chain(first, it):
        data = model.model_dump(mode="json")
        writer.writerow([_csv_cell(data.get(name)) for name in names])
        n += 1
    return n


def write_table(
    models: Iterable[BaseModel],
    stream: TextIO,
    *,
    columns: Sequence[str] | None = None,
    model_type: type[BaseModel] | None = None,
    title: str | None = None,
    width: int | None = None,
) -> int:
    """A rich table: one row per model, long free text cut to about :data:`TABLE_TEXT_MAX` characters.

    Colours and the terminal width are used when ``stream`` is a terminal; otherwise the table is plain
    text :data:`PLAIN_TABLE_WIDTH` columns wide (or ``width``).
    """
    rows = list(models)
    names = _column_names(columns, model_type, rows[0] if rows else None)
    console = make_console(stream, width=width)
    table = Table(title=title, header_style="bold", expand=False)
    for name in names:
        free = name not in _NO_WRAP and name not in _NUMERIC
        table.add_column(
            name,
            justify="right" if name in _NUMERIC else "left",
            no_wrap=not free,  # on a narrow terminal only free text wraps; ids and codes stay whole
            overflow="fold",
            max_width=_COLUMN_MAX.get(name),
        )
    for model in rows:
        table.add_row(*(table_cell(getattr(model, name, None), name) for name in names))
    if width is None and not _isatty(stream):
        # Not a terminal: as wide as the table needs, so every row stays on one line.
        needed = console.measure(table, options=console.options.update(max_width=10_000)).maximum
        console.width = max(console.width, needed)
    console.print(table)
    return len(rows)


def write_models(
    models: Iterable[BaseModel],
    fmt: OutputFormat | str,
    stream: TextIO,
    *,
    columns: Sequence[str] | None = None,
    model_type: type[BaseModel] | None = None,
    title: str | None = None,
) -> int:
    """Write ``models`` to ``stream`` in ``fmt`` (one of :data:`FORMATS`); ``columns`` only shape
    tables and CSV (JSON formats always carry every field). Returns how many were written."""
    if fmt == "jsonl":
        return write_jsonl(models, stream)
    if fmt == "json":
        return write_json(models, stream)
    if fmt == "csv":
        return write_csv(models, stream, columns=columns, model_type=model_type)
    if fmt == "table":
        return write_table(models, stream, columns=columns, model_type=model_type, title=title)
    raise ValueError(f"unknown output format {fmt!r}; choose one of {', '.join(FORMATS)}")


def fields_table(rows: Iterable[tuple[str, str]]) -> Table:
    """One record as a borderless two-column table: each field's name (bold) beside its value."""
    table = Table(show_header=False, box=None, pad_edge=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column(overflow="fold")
    for name, value in rows:
        table.add_row(name, value)
    return table


def make_console(stream: TextIO, *, width: int | None = None) -> Console:
    """A rich console on ``stream``: styled on a terminal, plain and wide elsewhere."""
    tty = _isatty(stream)
    return Console(
        file=stream,
        width=width if width is not None else (None if tty else PLAIN_TABLE_WIDTH),
        no_color=not tty,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
        force_terminal=None if tty else False,
    )


def table_cell(value: Any, name: str = "") -> str:
    """The text shown for one value in a table: dates to the minute, nothing for ``None``, long text cut."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        # compact: minutes, in UTC when the zone is known ("2022-01-13 09:19Z")
        utc = value.astimezone(UTC) if value.tzinfo is not None else value
        text = utc.strftime("%Y-%m-%d %H:%M") + ("Z" if value.tzinfo is not None else "")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, BaseModel):
        text = value.model_dump_json()
    elif isinstance(value, list | dict | tuple):
        text = json.dumps(_jsonable(value), ensure_ascii=False)
    elif isinstance(value, float):
        text = f"{value:.3f}".rstrip("0").rstrip(".") if abs(value) < 1e6 else f"{value:.4g}"
    else:
        text = str(value)
    text = " ".join(text.split()) if name not in _NO_WRAP else text
    limit = _COLUMN_MAX.get(name, TABLE_TEXT_MAX)
    return truncate(text, limit)


def truncate(text: str, limit: int = TABLE_TEXT_MAX) -> str:
    """``text`` cut to at most ``limit`` characters, the last one "…" when it was cut."""
    if limit <= 0 or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def _column_names(
    columns: Sequence[str] | None, model_type: type[BaseModel] | None, first: BaseModel | None
) -> list[str]:
    if columns:
        return list(columns)
    if model_type is not None:
        return list(model_type.model_fields)
    if first is not None:
        return list(type(first).model_fields)
    return []


#: What a spreadsheet reads as the start of a formula (OWASP's CSV injection rule).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """Text as a CSV cell a spreadsheet will not run: one starting with ``=``, ``+``, ``-``, ``@``,
    a tab or a carriage return gets a leading ``'`` (OWASP's rule for CSV injection), so
    ``=HYPERLINK(…)`` in an article shows as text. Numbers are not text and are never changed."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return csv_safe(json.dumps(value, ensure_ascii=False, separators=(",", ":")))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    # A carriage return becomes a line break: the writer quotes only fields holding its terminator.
    return csv_safe(str(value)).replace("\r\n", "\n").replace("\r", "\n")


def _jsonable(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _indent(text: str, indent: int) -> str:
    pad = " " * indent
    return "\n".join(pad + line for line in text.splitlines())


def _chain(first: BaseModel, rest: Iterable[BaseModel]) -> Iterable[BaseModel]:
    yield first
    yield from rest


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False
