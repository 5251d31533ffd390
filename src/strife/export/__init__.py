"""Exports in the formats event-data users already load: ``strife export --format …``.

>>> with open_store("news.duckdb") as store, open("events.tsv", "w") as out:
...     export(store, "gdelt-events", out, where=EventFilter(dyad=("RUS", "UKR")))

- ``gdelt-events``: GDELT 2.0's 61-column event table, one row per incident (:mod:`.gdelt`);
- ``gdelt-mentions``: GDELT 2.0's mentions table, one row per report;
- ``icews``: an ICEWS-style table with ICEWS's header, one row per report (:mod:`.icews`);
- ``csv``, ``jsonl``, ``parquet``: the stored events with their CAMEO, quad-class and PLOVER labels
  beside the codes (:mod:`.labels`); Parquet is written by DuckDB (:mod:`.parquet`).

GDELT's tables are tab-separated without a header, as GDELT ships them; the ICEWS table is
tab-separated with its header row. Everything is read through the store's role interfaces
(``events(EventFilter)``, ``incidents()``, ``get(id)``, ``ingested(id)``), on either backend; stories
and incidents must be up to date (the write path keeps them so: :func:`strife.monitor.refresh.refresh`).
Column lists and how each column is filled: ``strife/data/export_*.tsv`` (:mod:`.columns`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Literal, Protocol, TextIO, get_args

from strife.export.columns import names
from strife.export.facts import FactsCache
from strife.export.gdelt import event_rows, mention_rows
from strife.export.icews import icews_rows
from strife.export.labels import LABELLED_COLUMNS, LabelledEvent, labelled
from strife.export.parquet import write_parquet
from strife.output import write_csv, write_jsonl
from strife.record import Article
from strife.store.event_filter import EventFilter
from strife.store.rows import EventRow
from strife.store.story_rows import IncidentRow

ExportFormat = Literal["gdelt-events", "gdelt-mentions", "icews", "parquet", "csv", "jsonl"]
EXPORT_FORMATS: tuple[str, ...] = get_args(ExportFormat)

__all__ = ["EXPORT_FORMATS", "ExportFormat", "ExportSource", "export"]


class ExportSource(Protocol):
    """What an export reads of a store (:class:`strife.store.Store` has it all)."""

    def events(
        self, where: EventFilter | None = None, *, limit: int | None = None, offset: int = 0
    ) -> list[EventRow]: ...

    def incidents(self, *, story: str | None = None) -> list[IncidentRow]: ...

    def get(self, article_id: str) -> Article | None: ...

    def ingested(self, article_id: str) -> datetime | None: ...


def export(
    store: ExportSource,
    fmt: ExportFormat,
    out: TextIO | Path,
    *,
    where: EventFilter | None = None,
    limit: int | None = None,
) -> int:
    """Write the events that pass ``where`` in ``fmt`` to ``out`` (a text stream; a file path for
    ``parquet``). Returns the number of rows written (for ``gdelt-events``: incidents)."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    rows = store.events(where, limit=limit)
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise ValueError("parquet is written to a file: give a path")
        return write_parquet(labelled(rows), LabelledEvent, out)
    if isinstance(out, Path):
        with out.open("w", encoding="utf-8", newline="") as stream:
            return export(store, fmt, stream, where=where, limit=limit)
    if fmt == "csv":
        return write_csv(labelled(rows), out, columns=LABELLED_COLUMNS)
    if fmt == "jsonl":
        return write_jsonl(labelled(rows), out)
    facts = FactsCache(store.get, store.ingested)
    if fmt == "icews":
        return write_tsv(icews_rows(rows, facts), out, header=names("icews"))
    incidents = {i.incident: i for i in store.incidents()} if any(r.incident for r in rows) else {}
    table = event_rows if fmt == "gdelt-events" else mention_rows
    return write_tsv(table(rows, incidents, facts), out)


def write_tsv(rows: Iterable[Sequence[Any]], out: TextIO, *, header: Sequence[str] | None = None) -> int:
    """Tab-separated lines, no quoting (tabs and line breaks inside a value become spaces), an empty
    field for a missing value."""
    if header is not None:
        out.write("\t".join(header) + "\n")
    n = 0
    for row in rows:
        out.write("\t".join(_cell(value) for value in row) + "\n")
        n += 1
    return n


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
