"""One poll of one feed: the items the store's feed ledger lacks are ingested, and recorded in it.

An item is *new* when the ledger has no record of its key (:func:`strife.readers.feed.item_key`:
guid, else link, else a hash) for this feed. New items go through :func:`strife.ingest.ingest_items`
(which also refuses an article the store holds under another key: same id or fingerprint). Then each
new item that was dealt with is recorded in the ledger: with its article id when this poll stored
it, with none when the store already had the article. So no item is stored twice, across rounds and
across restarts on the same store.

An item that fails (a feed item with no text, an article the pipeline cannot read) is reported and
left out of the ledger; it is not tried again by this watcher (it would fail again each round), but
a restart tries it once more.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from strife.errors import ExtractionError, InputError
from strife.ingest import ErrorCallback, IngestSummary, PipelineLike, StoreLike, ingest_items
from strife.readers.feed import FeedItem
from strife.record import Article, RawArticle
from strife.store.rows import StoredText
from strife.watch.fetch import FeedSource


class WatchStore(StoreLike, Protocol):
    """What the watcher needs of a :class:`strife.store.Store`: adding articles and the feed ledger."""

    def seen_feed_items(self, feed: str, items: Sequence[str]) -> set[str]: ...

    def mark_feed_items(self, feed: str, items: Sequence[tuple[str, str | None]]) -> None: ...


@dataclass(frozen=True)
class FeedResult:
    """How one poll of one feed went.

    ``items``: items in the feed; ``new``: those not in the ledger (and not failed before in this
    watcher); ``stored``/``duplicates``/``failed``: what became of the new ones (as
    :class:`~strife.ingest.IngestSummary` counts them); ``unchanged``: the feed had not changed since
    it was last read (nothing fetched or parsed); ``error``: why the feed itself failed, else None.
    """

    feed: str
    items: int = 0
    new: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    unchanged: bool = False
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class _Recorder:
    """The store, passed through, noting the ids of the articles it added."""

    store: WatchStore
    added: set[str] = field(default_factory=set)

    def add(self, article: Article) -> bool:
        if self.store.add(article):
            self.added.add(article.id)
            return True
        return False

    def contains(self, article_id: str, fingerprint: str) -> bool:
        return self.store.contains(article_id, fingerprint)

    def same_texts(self, article_id: str, fingerprint: str) -> list[StoredText]:
        return self.store.same_texts(article_id, fingerprint)

    def get(self, article_id: str) -> Article | None:
        return self.store.get(article_id)

    @property
    def location(self) -> str:
        return self.store.location


def _new_items(items: Sequence[FeedItem], seen: set[str], skip: set[str]) -> list[FeedItem]:
    """Items whose key is not in ``seen`` or ``skip``, each key once (the first item that has it)."""
    out: list[FeedItem] = []
    keys: set[str] = set()
    for item in items:
        if item.key in seen or item.key in skip or item.key in keys:
            continue
        keys.add(item.key)
        out.append(item)
    return out


def _shell(pipeline: PipelineLike, item: RawArticle | InputError) -> Article | None:
    if isinstance(item, InputError):
        return None
    try:
        return pipeline.to_article_shell(item)
    except (InputError, ExtractionError):
        return None  # ingest_items reports it


def ingest_feed(
    source: FeedSource,
    items: Sequence[FeedItem],
    store: WatchStore,
    pipeline: PipelineLike,
    *,
    failed_keys: set[str],
    on_error: ErrorCallback | None,
    batch_size: int,
) -> FeedResult:
    """Ingest the items of ``source`` that the ledger does not hold; record them in it.

    Keys of items that fail are added to ``failed_keys`` (and such keys are skipped), so the caller
    can keep that set across polls.
    """
    seen = store.seen_feed_items(source.ledger, [item.key for item in items])
    new = _new_items(items, seen, failed_keys)
    shells = [_shell(pipeline, item.item) for item in new]
    recorder = _Recorder(store)
    summary = ingest_items(
        (item.item for item in new),
        recorder,
        pipeline,
        batch_size=batch_size,
        on_error=on_error,
        summary=IngestSummary(),
    )
    marks: list[tuple[str, str | None]] = []
    for item, shell in zip(new, shells, strict=True):
        if shell is not None and shell.id in recorder.added:
            marks.append((item.key, shell.id))
        elif shell is not None and store.contains(shell.id, shell.fingerprint):
            marks.append((item.key, None))
        else:
            failed_keys.add(item.key)
    store.mark_feed_items(source.ledger, marks)
    return FeedResult(
        feed=source.name,
        items=len(items),
        new=len(new),
        stored=summary.stored,
        duplicates=summary.duplicates,
        failed=summary.failed,
    )
