"""The embedded DuckDB store: one file (or ``:memory:``), one writer process at a time.

Only what is DuckDB's own is here: opening the file (and the messages when that fails), one
connection shared by the store's threads under a lock, and the :class:`DuckDBSession` that runs
statements on it; the store's methods are :class:`~strife.store.sql_store.SqlStore`'s. Table and
column names come from constants only; every value is a parameter.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import duckdb

from strife.errors import StoreError
from strife.store.dialect import DUCKDB, Dialect
from strife.store.migrations import migrate
from strife.store.session import QueryError, Row
from strife.store.sql_store import SqlStore

__all__ = ["MEMORY", "DuckDBSession", "DuckDBStore"]

MEMORY = ":memory:"
#: Rows up to which an insert is one ``VALUES`` statement; more go in as column lists (``unnest``).
_VALUES_ROWS = 256


class DuckDBSession:
    """Statements on one DuckDB connection; DuckDB's errors become :class:`QueryError`."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self._con = con

    @property
    def dialect(self) -> Dialect:
        return DUCKDB

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            return self._con.execute(sql, list(params)).fetchall()
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from exc

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self._con.execute(sql, list(params))
        except duckdb.Error as exc:
            raise QueryError(str(exc)) from exc

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """A few rows as one ``VALUES`` statement; many as one list per column (``unnest(?)``), which
        DuckDB reads far faster than rows of parameters."""
        if not rows:
            return
        names = ", ".join(f'"{c}"' for c in columns)
        if len(rows) <= _VALUES_ROWS:
            row = "(" + ", ".join("?" * len(columns)) + ")"
            values = ", ".join([row] * len(rows))
            self.run(f"INSERT INTO {table} ({names}) VALUES {values}", [v for r in rows for v in r])
            return
        lists = [list(column) for column in zip(*rows, strict=True)]
        self.run(f"INSERT INTO {table} ({names}) SELECT {', '.join('unnest(?)' for _ in columns)}", lists)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self.run("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            # No transaction open, or the connection is gone: nothing is left to undo then.
            with contextlib.suppress(duckdb.Error):
                self._con.execute("ROLLBACK")
            raise
        self.run("COMMIT")


class DuckDBStore(SqlStore):
    """A :class:`~strife.store.roles.Store` in a DuckDB database. Open it with :meth:`open`.

    One connection serves every thread of the process, one call at a time (a lock).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, location: str) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self._location = location
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path) -> DuckDBStore:
        """Open (creating parent folders and schema, or migrating it) the store at ``path``."""
        location, target = _target(path)
        try:
            con = duckdb.connect(target)
        except duckdb.Error as exc:
            raise StoreError(_open_message(location, exc)) from exc
        try:
            con.execute("SET TimeZone = 'UTC'")
            con.execute("SET enable_progress_bar = false")
            migrate(DuckDBSession(con), location)
        except BaseException as exc:
            con.close()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"cannot set up the store {location} ({exc})") from exc
            raise
        return cls(con, location)

    @property
    def location(self) -> str:
        return self._location

    def __repr__(self) -> str:
        state = "closed" if self._con is None else "open"
        return f"DuckDBStore({self._location!r}, {state})"

    def close(self) -> None:
        with self._lock:
            con, self._con = self._con, None
            if con is not None:
                try:
                    con.close()
                except duckdb.Error as exc:
                    raise StoreError(f"cannot close the store {self._location} ({exc})") from exc

    @contextlib.contextmanager
    def _connect(self, doing: str) -> Iterator[DuckDBSession]:
        """A session on the open connection, under the lock."""
        with self._lock:
            if self._con is None:
                raise StoreError(f"the store {self._location} is closed; open it again to {doing}")
            yield DuckDBSession(self._con)


def _target(path: str | Path) -> tuple[str, str]:
    """The store's location (an absolute path, or ``:memory:``) and what to give DuckDB; the file's
    folders are created."""
    if str(path) == MEMORY:
        return MEMORY, MEMORY
    file = Path(path).expanduser().absolute()
    location = str(file)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            f"cannot create the folder {file.parent} for the store {location} ({exc.strerror or exc}); "
            "choose a writable location with --db or STRIFE_DB"
        ) from exc
    if file.is_dir():
        raise StoreError(
            f"the store path {location} is a folder; give a file path such as {file}/strife.duckdb "
            "with --db or STRIFE_DB"
        )
    return location, location


def _open_message(location: str, exc: duckdb.Error) -> str:
    text = str(exc)
    if "lock" in text.lower():
        return (
            f"the store {location} is in use by another process "
            f"(DuckDB allows one writer at a time): {text}. "
            "Wait for that process to finish or stop it, or use another store with --db or STRIFE_DB."
        )
    if "not a valid DuckDB database" in text:
        return (
            f"the file {location} is not a DuckDB database ({text}); "
            "move it away or choose another store with --db or STRIFE_DB."
        )
    return (
        f"cannot open the store {location} ({text}); make sure the file and its folder are writable, "
        "or choose another store with --db or STRIFE_DB."
    )
