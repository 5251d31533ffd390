"""The published column lists of the export tables, kept as data (``strife/data/export_*.tsv``).

Each file lists a table's columns in order with the DuckDB type the column is read back as and how
strife fills it (the README's tables say the same). Tests read the written tables back with pandas
and DuckDB against these lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from strife.dictionary_files import check_columns, read_bundled

FILES = {
    "gdelt-events": "export_gdelt_events.tsv",
    "gdelt-mentions": "export_gdelt_mentions.tsv",
    "icews": "export_icews.tsv",
}


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # DuckDB: BIGINT, DOUBLE, VARCHAR, DATE
    strife: str  # how strife fills it ("empty: …" when it does not)

    @property
    def filled(self) -> bool:
        return not self.strife.startswith("empty")


@cache
def columns(table: str) -> tuple[Column, ...]:
    """The columns of ``gdelt-events``, ``gdelt-mentions`` or ``icews``, in order."""
    read = read_bundled(FILES[table])
    check_columns(read, ("column", "type", "strife"), ("column", "type", "strife"))
    return tuple(Column(row["column"], row["type"], row["strife"]) for _, row in read.rows)


def names(table: str) -> list[str]:
    return [c.name for c in columns(table)]
