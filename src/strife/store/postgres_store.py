"""The PostgreSQL store: one database shared by many processes, readers and writers at once.

``strife --db postgresql://user@host:5432/db …``. A :class:`PostgresStore` holds a connection pool
(psycopg 3, ``psycopg_pool``): each store call takes a connection for its length, so the threads of
a server share the store without waiting on each other, and any number of processes (``serve``
workers, ``ingest``, ``watch``) use the same database. Connections run in autocommit mode with the
session time zone UTC; a call that writes more than one statement does so in one transaction
(:meth:`PostgresSession.transaction`). Opening a store connects once first (so a wrong host, user,
password or database is one clear error) and migrates the schema (under an advisory lock).

Statements are the shared ones of :class:`~strife.store.sql_store.SqlStore` with their ``?``
parameters written as psycopg's ``%s``; every value is a parameter. Bulk rows go in with ``COPY``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool, PoolTimeout

from strife.errors import StoreError
from strife.store.dialect import POSTGRESQL, Dialect
from strife.store.migrations import migrate
from strife.store.session import QueryError, Row
from strife.store.sql_store import SqlStore
from strife.store_location import shown

__all__ = ["PostgresSession", "PostgresStore"]

#: Seconds to wait for the server when connecting, and for a free connection of the pool.
CONNECT_TIMEOUT_S = 10
POOL_TIMEOUT_S = 30
#: Connections a store keeps at most (a server's threads share them).
POOL_SIZE = 8
#: The advisory lock key held while stories and what else is derived from the articles are refreshed.
REFRESH_LOCK = 0x5715F


@cache
def _placeholders(sql: str) -> str:
    """``sql`` with ``?`` written as psycopg's ``%s`` (and a literal ``%`` as ``%%``)."""
    return sql.replace("%", "%%").replace("?", "%s")


def _detail(exc: psycopg.Error) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class PostgresSession:
    """Statements on one PostgreSQL connection; psycopg's errors become :class:`QueryError`."""

    def __init__(self, con: psycopg.Connection[Row]) -> None:
        self._con = con

    @property
    def dialect(self) -> Dialect:
        return POSTGRESQL

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        try:
            with self._con.cursor() as cursor:
                if params:
                    cursor.execute(_placeholders(sql).encode(), list(params))
                else:
                    cursor.execute(sql.encode())  # no parameters: sent as it is, '%' and all
                return cursor.fetchall() if cursor.description is not None else []
        except psycopg.Error as exc:
            raise QueryError(_detail(exc)) from exc

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.rows(sql, params)

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """The rows through ``COPY … FROM STDIN``, PostgreSQL's bulk load."""
        if not rows:
            return
        names = ", ".join(f'"{c}"' for c in columns)
        try:
            with self._con.cursor() as cursor, cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        except psycopg.Error as exc:
            raise QueryError(_detail(exc)) from exc

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            with self._con.transaction():
                yield
        except psycopg.Error as exc:  # the commit itself failed (a serialisation or a lost connection)
            raise QueryError(_detail(exc)) from exc


def _configure(con: psycopg.Connection[Row]) -> None:
    """Every connection of the pool: autocommit, times in UTC."""
    con.autocommit = True
    con.execute("SET TIME ZONE 'UTC'")


class PostgresStore(SqlStore):
    """A :class:`~strife.store.roles.Store` in a PostgreSQL database. Open it with :meth:`open`."""

    def __init__(self, pool: ConnectionPool[psycopg.Connection[Row]], location: str) -> None:
        self._pool: ConnectionPool[psycopg.Connection[Row]] | None = pool
        self._location = location
        self._refresh = threading.Lock()

    @classmethod
    def open(cls, url: str, *, pool_size: int = POOL_SIZE) -> PostgresStore:
        """Connect to the database at ``url``, migrate its schema, and keep a pool of connections."""
        location = shown(url)
        try:
            with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True) as con:
                _configure(con)
                migrate(PostgresSession(con), location)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot open the store {location} ({_detail(exc)}); check that the server is up and "
                "the user, password and database in the URL given with --db or STRIFE_DB are right"
            ) from exc
        pool: ConnectionPool[psycopg.Connection[Row]] = ConnectionPool(
            url,
            min_size=1,
            max_size=max(1, pool_size),
            kwargs={"connect_timeout": CONNECT_TIMEOUT_S},
            configure=_configure,
            check=ConnectionPool.check_connection,
            timeout=POOL_TIMEOUT_S,
            name=f"strife {location}",
            open=True,
        )
        return cls(pool, location)

    @property
    def location(self) -> str:
        return self._location

    def __repr__(self) -> str:
        state = "closed" if self._pool is None else "open"
        return f"PostgresStore({self._location!r}, {state})"

    def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    @contextlib.contextmanager
    def _connect(self, doing: str) -> Iterator[PostgresSession]:
        pool = self._pool
        if pool is None:
            raise StoreError(f"the store {self._location} is closed; open it again to {doing}")
        try:
            with pool.connection() as con:
                yield PostgresSession(con)
        except PoolTimeout as exc:
            raise StoreError(
                f"cannot {doing} in the store {self._location}: no connection to the database within "
                f"{POOL_TIMEOUT_S} s ({exc}); is the server up?"
            ) from exc
        except psycopg.OperationalError as exc:
            raise StoreError(f"cannot {doing} in the store {self._location} ({_detail(exc)})") from exc

    @contextlib.contextmanager
    def refresh_lock(self) -> Iterator[None]:
        """Held while derived data is refreshed: one refresh at a time across every process using the
        database (a PostgreSQL advisory lock on a connection of its own), and in this process."""
        with self._refresh, self._session("wait for another refresh to finish") as session:
            session.run("SELECT pg_advisory_lock(?)", [REFRESH_LOCK])
            try:
                yield
            finally:
                session.run("SELECT pg_advisory_unlock(?)", [REFRESH_LOCK])
