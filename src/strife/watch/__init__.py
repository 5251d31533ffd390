"""Watching live feeds: poll RSS/Atom feeds again and again and ingest each new item once.

>>> from strife.watch import feed_source, watch
>>> summary = watch([feed_source("https://example.org/feed.xml")], store, pipeline,
...                 every=900, rounds=4)  # doctest: +SKIP

- :mod:`strife.watch.schedule`: the round cadence and the backoff of failed feeds, ``--every`` values.
- :mod:`strife.watch.fetch`: a feed's bytes from a URL (timeout, byte limit, conditional GET) or a file.
- :mod:`strife.watch.poller`: one feed's new items (by the store's feed-item ledger) into the store.
- :mod:`strife.watch.watcher`: the loop, :func:`watch`.
"""

from __future__ import annotations

from strife.watch.fetch import FeedError, FeedSource, Fetched, Validators, feed_source, fetch
from strife.watch.poller import FeedResult, WatchStore
from strife.watch.schedule import IntervalError, format_interval, parse_interval, retry_delay
from strife.watch.watcher import RoundReport, StoreOpener, WatchSummary, watch

__all__ = [
    "FeedError",
    "FeedResult",
    "FeedSource",
    "Fetched",
    "IntervalError",
    "RoundReport",
    "StoreOpener",
    "Validators",
    "WatchStore",
    "WatchSummary",
    "feed_source",
    "fetch",
    "format_interval",
    "parse_interval",
    "retry_delay",
    "watch",
]
