"""The SQL behind the feed-item ledger: which items of which feed were already ingested.

``strife watch`` polls feeds again and again; the ledger (table ``feed_items``, keyed by the feed
and the item's key) is how it ingests each item once, across restarts. Every value is a parameter.
"""

from __future__ import annotations

from collections.abc import Sequence

from strife.store.session import Session

#: Items looked up per statement (one ``?`` each).
_CHUNK = 512


def seen_items(session: Session, feed: str, items: Sequence[str]) -> set[str]:
    """The keys among ``items`` already recorded for ``feed``."""
    found: set[str] = set()
    unique = list(dict.fromkeys(items))
    for at in range(0, len(unique), _CHUNK):
        chunk = unique[at : at + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = session.rows(
            f"SELECT item FROM feed_items WHERE feed = ? AND item IN ({marks})", [feed, *chunk]
        )
        found.update(str(item) for (item,) in rows)
    return found


def mark_items(session: Session, feed: str, items: Sequence[tuple[str, str | None]]) -> None:
    """Record ``(item key, article id or None)`` pairs for ``feed``; a key already there is kept
    (also one recorded meanwhile by another watcher of the same store)."""
    if not items:
        return
    with session.transaction():
        for item, article_id in dict(items).items():
            session.run(
                "INSERT INTO feed_items (feed, item, article_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                [feed, item, article_id],
            )
