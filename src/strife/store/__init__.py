"""Where strife keeps what it read: :func:`open_store` and the role interfaces of :class:`Store`.

>>> with open_store(":memory:") as store:
...     store.counts()["articles"]
0

The store behind :func:`open_store` is an embedded DuckDB file (the default; one process at a time)
or a PostgreSQL database (many readers and writers at once). Both are
:class:`~strife.store.sql_store.SqlStore`; the code outside this package uses only the roles of
:mod:`strife.store.roles` and the rows of :mod:`strife.store.rows` and :mod:`strife.store.story_rows`.
"""

from __future__ import annotations

from strife.errors import StoreError
from strife.store.duckdb_store import DuckDBStore
from strife.store.event_filter import EventFilter, EventFilterError
from strife.store.migrations import MIGRATIONS, latest_version
from strife.store.roles import ArticleStore, EventStore, FeedLedger, SeriesStore, Store, StoryStore
from strife.store.rows import COUNT_KEYS, ActorRow, ArticleRow, EventRow, QuoteRow
from strife.store_location import StoreLocation, is_url, refusal

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


def open_store(location: StoreLocation, *, shared: bool = False) -> Store:
    """Open the store at ``location``: a DuckDB file (created with its folders if absent), ``":memory:"``,
    or a PostgreSQL database (``postgresql://user@host:5432/db``; the database must exist).

    A new store gets the current schema; an older one is migrated to it. ``shared``: a DuckDB store
    takes turns with other processes, holding its file only while it works (see
    :mod:`strife.store.duckdb_store`); a PostgreSQL store is always shared. Raises
    :class:`~strife.errors.StoreError` naming the store if it cannot be opened: in use by another
    process, not writable, not a DuckDB file, a server that does not answer or refuses the login, a
    URL of another database, or written by a newer strife.
    """
    problem = refusal(location)
    if problem is not None:
        raise StoreError(problem)
    if is_url(location):
        from strife.store.postgres_store import PostgresStore  # psycopg only when it is needed

        return PostgresStore.open(str(location))
    return DuckDBStore.open(location, shared=shared)
