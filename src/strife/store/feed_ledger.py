"""The SQL behind the feed-item ledger: which items of which feed were already ingested.

``strife watch`` polls feeds again and again; the ledger (table ``feed_items``, keyed by the feed
and the item's key) is how it ingests each item once, across restarts. Every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence

import duckdb

#: Items looked up per statement (one ``?`` each).
_CHUNK = 512


def seen_items(con: duckdb.DuckDBPyConnection, feed: str, items: Sequence[str]) -> set[str]:
    """The keys among ``items`` already recorded for ``feed``."""
    found: set[str] = set()
    unique = list(dict.fromkeys(items))
    for at in range(0, len(unique), _CHUNK):
        chunk = unique[at : at + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = con.execute(
            f"SELECT item FROM feed_items WHERE feed = ? AND item IN ({marks})", [feed, *chunk]
        ).fetchall()
        found.update(str(item) for (item,) in rows)
    return found


def mark_items(con: duckdb.DuckDBPyConnection, feed: str, items: Sequence[tuple[str, str | None]]) -> None:
    """Record ``(item key, article id or None)`` pairs for ``feed``; a key already there is kept."""
    if not items:
        return
    con.execute("BEGIN TRANSACTION")
    try:
        for item, article_id in dict(items).items():
            con.execute(
                "INSERT INTO feed_items (feed, item, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [feed, item, article_id],
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
