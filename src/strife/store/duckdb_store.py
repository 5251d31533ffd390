"""The embedded DuckDB store: one file (or ``:memory:``), one process in it at a time.

Only what is DuckDB's own is here: opening the file (and the messages when that fails), one
connection shared by the store's threads under a lock, and the :class:`DuckDBSession` that runs
statements on it; the store's methods are :class:`~strife.store.sql_store.SqlStore`'s. Table and
column names come from constants only; every value is a parameter.

**Taking turns.** DuckDB lets one process have a database file open for writing, and no other
process open it at all meanwhile. A store opened with ``shared=True`` (what ``strife serve``,
``ingest``, ``watch`` and the reading commands do) therefore holds the file only while it works:
it lets go after :data:`IDLE_S` without a call (and, when busy without a pause, after
:data:`MAX_HOLD_S`, stepping aside for :data:`STEP_ASIDE_S` so a waiting process gets its turn), and
opens it again on the next call, waiting up to :data:`WAIT_S` while other processes have it. So the
dashboard stays up while ``strife ingest`` writes (between two of its batches the file is free), at
the price of reopening the file after a pause. A store opened without ``shared`` keeps the file
for its life, as a library user or a test expects. Many readers and writers at once, without taking
turns: PostgreSQL (:mod:`strife.store.postgres_store`).
"""

from __future__ import annotations

import contextlib
import random
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import duckdb

try:
    import fcntl
except ImportError:  # not a POSIX system: a refresh holds the store's file instead of a lock file
    fcntl = None  # type: ignore[assignment]

from strife.errors import StoreError
from strife.store.dialect import DUCKDB, Dialect
from strife.store.migrations import migrate
from strife.store.session import QueryError, Row
from strife.store.sql_store import SqlStore

__all__ = ["IDLE_S", "MAX_HOLD_S", "MEMORY", "STEP_ASIDE_S", "WAIT_S", "DuckDBSession", "DuckDBStore"]

MEMORY = ":memory:"
#: A shared store lets go of its file after this many seconds without a call …
IDLE_S = 0.2
#: … or after holding it this long without a pause, stepping aside this long before it takes it again.
MAX_HOLD_S = 2.0
STEP_ASIDE_S = 0.2
#: How long a shared store waits for its turn when other processes have the file (several writers
#: each holding it up to MAX_HOLD_S can keep one waiting a while), and how often it looks (± half).
WAIT_S = 300.0
_POLL_S = 0.02
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

    One connection serves every thread of the process, one call at a time (a lock). With
    ``shared``, the file is opened and let go of as the module docs say.
    """

    def __init__(
        self, con: duckdb.DuckDBPyConnection, location: str, *, target: str = "", shared: bool = False
    ) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self._location = location
        self._target = target or location
        self._shared = shared and location != MEMORY
        self._closed = False
        self._lock = threading.RLock()
        self._depth = 0  # calls in progress (nested through the lock)
        self._pins = 0  # blocks that keep the file open (a refresh without a lock file)
        self._opened_at = self._last_used = time.monotonic()
        self._aside_until = 0.0
        self._refresh = threading.Lock()
        self._stop = threading.Event()
        if self._shared:
            threading.Thread(target=self._release_when_idle, name="strife-duckdb-idle", daemon=True).start()

    @classmethod
    def open(cls, path: str | Path, *, shared: bool = False) -> DuckDBStore:
        """Open (creating parent folders and schema, or migrating it) the store at ``path``.

        ``shared``: take turns with other processes (see the module docs); waits up to
        :data:`WAIT_S` for the file when another process has it.
        """
        location, target = _target(path)
        con = _connect(location, target, wait=WAIT_S if shared else 0.0)
        try:
            migrate(DuckDBSession(con), location)
        except BaseException as exc:
            con.close()
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"cannot set up the store {location} ({exc})") from exc
            raise
        return cls(con, location, target=target, shared=shared)

    @property
    def location(self) -> str:
        return self._location

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"DuckDBStore({self._location!r}, {state})"

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            self._closed = True
            self._let_go()

    def _let_go(self) -> None:
        """Close the connection (under the lock); the store stays open unless :meth:`close` said so."""
        con, self._con = self._con, None
        if con is not None:
            try:
                con.close()
            except duckdb.Error as exc:
                raise StoreError(f"cannot close the store {self._location} ({exc})") from exc

    @contextlib.contextmanager
    def _connect(self, doing: str) -> Iterator[DuckDBSession]:
        """A session on the connection, under the lock; a shared store opens the file if it let go."""
        with self._lock:
            if self._closed:
                raise StoreError(f"the store {self._location} is closed; open it again to {doing}")
            if self._con is None:
                pause = self._aside_until - time.monotonic()
                if pause > 0:
                    time.sleep(pause)
                self._con = _connect(self._location, self._target, wait=WAIT_S)
                self._opened_at = time.monotonic()
            self._depth += 1
            try:
                yield DuckDBSession(self._con)
            finally:
                self._depth -= 1
                self._last_used = now = time.monotonic()
                if self._shared and not self._depth and not self._pins and now - self._opened_at > MAX_HOLD_S:
                    self._let_go()  # busy for long: step aside so a waiting process gets its turn
                    self._aside_until = now + STEP_ASIDE_S

    def _release_when_idle(self) -> None:
        while not self._stop.wait(IDLE_S / 2):
            with self._lock:
                idle = time.monotonic() - self._last_used >= IDLE_S
                if self._con is not None and idle and not self._depth and not self._pins:
                    with contextlib.suppress(StoreError):
                        self._let_go()

    @contextlib.contextmanager
    def refresh_lock(self) -> Iterator[None]:
        """Held while derived data is refreshed: one refresh at a time in this process and, for a file,
        across processes (an exclusive lock on ``<file>.refresh-lock``; readers are not held up)."""
        with self._refresh:
            if self._location == MEMORY:
                yield
            elif fcntl is None:
                with self._pinned():
                    yield
            else:
                with _file_lock(Path(self._location + ".refresh-lock")):
                    yield

    @contextlib.contextmanager
    def _pinned(self) -> Iterator[None]:
        with self._lock:
            self._pins += 1
        try:
            yield
        finally:
            with self._lock:
                self._pins -= 1


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An exclusive ``flock`` on ``path`` (created if absent), waiting for it."""
    handle: IO[bytes] = path.open("ab")
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()


def _connect(location: str, target: str, *, wait: float) -> duckdb.DuckDBPyConnection:
    """A connection to the database, set up for the store (UTC, no progress bar); while another
    process has the file, tries again for up to ``wait`` seconds."""
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(target)
            break
        except duckdb.Error as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise StoreError(_open_message(location, exc, waited=wait)) from exc
            time.sleep(_POLL_S * random.uniform(0.5, 1.5))  # not in step with the other waiters
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute("SET enable_progress_bar = false")
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"cannot set up the store {location} ({exc})") from exc
    return con


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


def _open_message(location: str, exc: duckdb.Error, *, waited: float = 0.0) -> str:
    text = str(exc)
    if "lock" in text.lower():
        after = f" (waited {waited:.0f} s for it)" if waited else ""
        return (
            f"the store {location} is in use by another process{after} "
            f"(DuckDB allows one process at a time): {text}. "
            "Wait for that process to finish or stop it, or use another store with --db or STRIFE_DB; "
            "for many processes at once use PostgreSQL (--db postgresql://…)."
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
