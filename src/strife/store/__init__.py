"""Where strife keeps what it read: :func:`open_store` and the role interfaces of :class:`Store`.

>>> with open_store(":memory:") as store:
...     store.counts()["articles"]
0

The store behind :func:`open_store` is an embedded DuckDB file (one writer process at a time); the
code outside this package uses only the roles of :mod:`strife.store.roles` and the rows of
:mod:`strife.store.rows` and :mod:`strife.store.story_rows`, so another backend can stand beside it.
"""

from __future__ import annotations

from pathlib import Path

from strife.errors import StoreError
from strife.store.duckdb_store import DuckDBStore
from strife.store.event_filter import EventFilter, EventFilterError
from strife.store.migrations import MIGRATIONS, latest_version
from strife.store.roles import ArticleStore, EventStore, FeedLedger, SeriesStore, Store, StoryStore
from strife.store.rows import COUNT_KEYS, ActorRow, ArticleRow, EventRow, QuoteRow

__all__ = [
    "COUNT_KEYS",
    "MIGRATIONS",
    "ActorRow",
    "ArticleRow",
    "ArticleStore",
    "DuckDBStore",
    "EventFilter",
    "EventFilterError",
    "EventRow",
    "EventStore",
    "FeedLedger",
    "QuoteRow",
    "SeriesStore",
    "Store",
    "StoreError",
    "StoryStore",
    "latest_version",
    "open_store",
]

_URL_SCHEMES = ("postgres://", "postgresql://")


def open_store(path: str | Path) -> Store:
    """Open the store at ``path`` (a file, created with its folders if absent, or ``":memory:"``).

    A new store gets the current schema; an older one is migrated to it. Raises
    :class:`~strife.errors.StoreError` naming the path if it cannot be opened: in use by another
    process, not writable, not a DuckDB file, or written by a newer strife.
    """
    if isinstance(path, str) and path.startswith(_URL_SCHEMES):
        raise StoreError(
            f"the store {path.split('@')[-1]} is a PostgreSQL URL, which this strife cannot use yet; "
            "give a DuckDB file path with --db or STRIFE_DB"
        )
    return DuckDBStore.open(path)
