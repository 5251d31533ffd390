"""What differs between the SQL of DuckDB and of PostgreSQL, in one small object.

The query modules (:mod:`~strife.store.article_query`, :mod:`~strife.store.event_query`,
:mod:`~strife.store.series_query`, :mod:`~strife.store.story_tables`) write one statement for both
backends, in the SQL the two share: ``?`` parameters (a PostgreSQL session turns them into
``%s``), ``array_agg(x ORDER BY …)`` for lists, ``unnest(?::VARCHAR[])`` for a list parameter,
``INTERVAL '1 day'``, ``generate_series`` as a table, ``count(*) FILTER (WHERE …)``, a cast on
every parameter whose type the statement does not fix (``CAST(? AS DATE) IS NULL``). Where the two
have no common spelling, or the common one is much slower on one of them, the statement asks its
:class:`Dialect` — and that is all a :class:`Dialect` holds:

- :meth:`Dialect.has_prefix` and :meth:`Dialect.has_text`: a code prefix and a case-insensitive
  substring, each a condition with one parameter and that parameter's value (DuckDB's
  ``starts_with`` and ``contains``; ``LIKE``/``ILIKE`` patterns in PostgreSQL, whose planner
  estimates how many rows a pattern keeps — so it walks an index for a common actor and scans for a
  rare word — and whose ``varchar_pattern_ops`` indexes serve a prefix);
- :meth:`Dialect.first`: the first value of a group in an order (DuckDB's ``first(x ORDER BY …)``;
  ``(array_agg(x ORDER BY …))[1]`` in PostgreSQL);
- :meth:`Dialect.try_date`: text to a date, ``NULL`` when it is not a valid ``YYYY-MM-DD``
  (DuckDB's ``try_cast``; the function ``strife_try_date`` the PostgreSQL schema defines);
- :attr:`Dialect.row_key` and :meth:`Dialect.same_row`: how a page of events chosen first is joined
  back to its rows (DuckDB's ``rowid``; the primary key ``(article_id, idx)`` in PostgreSQL).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["DUCKDB", "POSTGRESQL", "Dialect", "DialectName"]

DialectName = Literal["duckdb", "postgresql"]


@dataclass(frozen=True)
class Dialect:
    """The SQL one backend spells its own way (see the module docs)."""

    name: DialectName

    def has_prefix(self, column: str, prefix: str) -> tuple[str, str]:
        """The condition that ``column`` starts with ``prefix``, and its parameter's value."""
        if self.name == "duckdb":
            return f"starts_with({column}, ?)", prefix
        return f"{column} LIKE ? ESCAPE '\\'", _like(prefix) + "%"

    def has_text(self, column: str, text: str) -> tuple[str, str]:
        """The condition that ``text`` occurs in ``column``, in any case, and its parameter's value."""
        if self.name == "duckdb":
            return f"contains(lower({column}), lower(?))", text
        return f"{column} ILIKE ? ESCAPE '\\'", "%" + _like(text) + "%"

    def first(self, value: str, order: str) -> str:
        """The aggregate: ``value`` of the group's first row by ``order`` (an ORDER BY list)."""
        if self.name == "duckdb":
            return f"first({value} ORDER BY {order})"
        return f"(array_agg({value} ORDER BY {order}))[1]"

    def try_date(self, text: str) -> str:
        """``text`` (``YYYY-MM-DD``) as a DATE, or NULL when it is no valid date."""
        if self.name == "duckdb":
            return f"try_cast({text} AS DATE)"
        return f"strife_try_date({text})"

    @property
    def row_key(self) -> str:
        """Columns a page of ``events`` selects, besides ``article_id`` and ``idx``, to find its rows
        again (empty, or ending in a comma)."""
        return "rowid AS rid," if self.name == "duckdb" else ""

    def same_row(self, page: str, table: str) -> str:
        """The join condition of a page (selected with :attr:`row_key`) to the table's row."""
        if self.name == "duckdb":
            return f"{table}.rowid = {page}.rid"
        return f"{table}.article_id = {page}.article_id AND {table}.idx = {page}.idx"


def _like(text: str) -> str:
    """``text`` as itself in a LIKE pattern (its ``%``, ``_`` and ``\\`` escaped)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


DUCKDB = Dialect("duckdb")
POSTGRESQL = Dialect("postgresql")
