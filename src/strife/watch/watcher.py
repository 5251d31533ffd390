"""The watch loop: poll feeds round after round and ingest what is new (the library behind ``strife watch``).

Each pass (a round, or a retry of failed feeds between rounds; see :mod:`strife.watch.schedule`)
first fetches and parses the feeds that are due, then opens the store, ingests their new items
(:mod:`strife.watch.poller`), calls ``after_round`` when anything was stored, and closes the store
again. Between passes the store is closed, so other strife commands can read it while a watch runs
(DuckDB lets one process at a time open a file). A store that cannot be opened for a pass (another
process holds it) is reported and the pass's feeds are tried again as if they had failed.

A feed that is down or malformed is reported through ``on_error`` (as a
:class:`~strife.watch.fetch.FeedError` saying when it is tried next) and retried with backoff; the
other feeds go on. Nothing here prints or sleeps on its own: ``sleep`` and ``clock`` are parameters.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, ExitStack, nullcontext
from dataclasses import dataclass, field
from typing import TypeAlias

from strife.errors import InputError, StoreError, StrifeError
from strife.ingest import DEFAULT_BATCH_SIZE, ErrorCallback, PipelineLike
from strife.readers.feed import FeedItem, feed_items
from strife.watch.fetch import DEFAULT_TIMEOUT_S, FeedError, FeedSource, Fetcher, Validators, fetch
from strife.watch.poller import FeedResult, WatchStore, ingest_feed
from strife.watch.schedule import RETRY_BASE_S, Schedule, format_interval

log = logging.getLogger(__name__)

StoreOpener: TypeAlias = Callable[[], AbstractContextManager[WatchStore]]


@dataclass(frozen=True)
class RoundReport:
    """One pass: ``number`` counts rounds from 1 (a retry pass carries the number of the round before
    it); ``retry`` is true for a pass that only retried failed feeds; ``at`` is the clock's time."""

    number: int
    retry: bool
    at: float
    feeds: tuple[FeedResult, ...]

    @property
    def stored(self) -> int:
        return sum(f.stored for f in self.feeds)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.feeds)

    @property
    def failed_feeds(self) -> int:
        return sum(not f.ok for f in self.feeds)

    def line(self) -> str:
        """``round 3: 2 feeds (1 failed), new 4, stored 3, duplicates 1, failed 0``."""
        what = f"round {self.number} retry" if self.retry else f"round {self.number}"
        failed = f" ({self.failed_feeds} failed)" if self.failed_feeds else ""
        plural = "feed" if len(self.feeds) == 1 else "feeds"
        return (
            f"{what}: {len(self.feeds)} {plural}{failed}, new {self.new}, stored {self.stored}, "
            f"duplicates {sum(f.duplicates for f in self.feeds)}, failed {sum(f.failed for f in self.feeds)}"
        )


@dataclass
class WatchSummary:
    """Counts of a whole watch: passes, feed polls (and how many failed), items new and stored."""

    rounds: int = 0
    retries: int = 0
    polls: int = 0
    failed_polls: int = 0
    new: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0

    def add(self, report: RoundReport) -> None:
        if report.retry:
            self.retries += 1
        else:
            self.rounds += 1
        for result in report.feeds:
            self.polls += 1
            self.failed_polls += not result.ok
            self.new += result.new
            self.stored += result.stored
            self.duplicates += result.duplicates
            self.failed += result.failed

    def line(self) -> str:
        """``rounds 4, polls 8 (1 failed), new 12, stored 11, duplicates 1, failed 0``."""
        failed = f" ({self.failed_polls} failed)" if self.failed_polls else ""
        return (
            f"rounds {self.rounds}, polls {self.polls}{failed}, new {self.new}, stored {self.stored}, "
            f"duplicates {self.duplicates}, failed {self.failed}"
        )


@dataclass
class _Feed:
    """A watched feed and what the watcher remembers of it between passes."""

    source: FeedSource
    validators: Validators | None = None
    failed_keys: set[str] = field(default_factory=set)


@dataclass
class _Options:
    timeout: float
    max_bytes: int
    batch_size: int
    fetcher: Fetcher
    on_error: ErrorCallback


def _report(on_error: ErrorCallback | None) -> ErrorCallback:
    if on_error is not None:
        return on_error

    def to_log(exc: StrifeError) -> None:
        log.warning("%s", exc)

    return to_log


def _opener(store: WatchStore | StoreOpener) -> StoreOpener:
    if callable(store):
        return store
    held = store
    return lambda: nullcontext(held)


_Read = tuple[list[FeedItem], Validators] | Validators | FeedError


def _read(feed: _Feed, opts: _Options) -> _Read:
    """The feed's items and validators; just the validators when unchanged; or why it failed."""
    try:
        got = opts.fetcher(feed.source, timeout=opts.timeout, max_bytes=opts.max_bytes, since=feed.validators)
        if got.data is None:
            return got.validators
        found = feed_items(
            got.data,
            feed.source.name,
            base_dir=feed.source.base_dir,
            max_bytes=opts.max_bytes,
            allow_private=feed.source.allow_private,
        )
        return list(found), got.validators
    except FeedError as exc:
        return exc
    except InputError as exc:  # malformed XML
        return FeedError(feed.source.name, exc.reason)


class _Watcher:
    def __init__(
        self,
        feeds: list[_Feed],
        opener: StoreOpener,
        pipeline: PipelineLike,
        opts: _Options,
        schedule: Schedule,
    ) -> None:
        self.feeds = feeds
        self.opener = opener
        self.pipeline = pipeline
        self.opts = opts
        self.schedule = schedule

    def run_pass(
        self,
        due: Sequence[int],
        number: int,
        retry: bool,
        now: float,
        after_round: Callable[[WatchStore, RoundReport], None] | None,
    ) -> RoundReport:
        """Fetch the ``due`` feeds, then ingest what is new with the store open."""
        reads = {i: _read(self.feeds[i], self.opts) for i in due}
        with ExitStack() as stack:
            try:
                store = stack.enter_context(self.opener())
            except StoreError as exc:
                self.opts.on_error(exc)
                reason = f"the store could not be opened: {exc}"
                failed = tuple(self._failed(i, now, reason, report=False) for i in due)
                return RoundReport(number, retry, now, failed)
            report = RoundReport(
                number, retry, now, tuple(self._ingest(i, reads[i], store, now) for i in due)
            )
            if report.stored and after_round is not None:
                after_round(store, report)
        return report

    def _ingest(self, i: int, read: _Read, store: WatchStore, now: float) -> FeedResult:
        feed = self.feeds[i]
        if isinstance(read, FeedError):
            return self._failed(i, now, read.reason)
        self.schedule.succeeded(i)
        if isinstance(read, Validators):
            return FeedResult(feed.source.name, unchanged=True)
        items, validators = read
        result = ingest_feed(
            feed.source,
            items,
            store,
            self.pipeline,
            failed_keys=feed.failed_keys,
            on_error=self.opts.on_error,
            batch_size=self.opts.batch_size,
        )
        feed.validators = validators  # only once its items are in the ledger
        return result

    def _failed(self, i: int, now: float, reason: str, *, report: bool = True) -> FeedResult:
        name = self.feeds[i].source.name
        delay = self.schedule.failed(i, now)
        if report:
            self.opts.on_error(FeedError(name, f"{reason}; trying again in {format_interval(delay)}"))
        return FeedResult(name, error=reason)


def watch(
    sources: Sequence[FeedSource],
    store: WatchStore | StoreOpener,
    pipeline: PipelineLike,
    *,
    every: float,
    rounds: int | None = None,
    timeout: float = DEFAULT_TIMEOUT_S,
    max_bytes: int = 20_000_000,
    retry_base: float = RETRY_BASE_S,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_error: ErrorCallback | None = None,
    on_round: Callable[[RoundReport], None] | None = None,
    after_round: Callable[[WatchStore, RoundReport], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
    clock: Callable[[], float] = time.monotonic,
    fetcher: Fetcher = fetch,
    summary: WatchSummary | None = None,
) -> WatchSummary:
    """Poll ``sources`` every ``every`` seconds and ingest their new items into the store.

    ``store`` is an open store (held for the whole watch) or a function that opens one as a context
    manager (called for each pass, so the store is closed between passes). Runs ``rounds`` rounds
    (then returns at once, without waiting for pending retries), or until interrupted when ``None``:
    a ``KeyboardInterrupt`` goes through to the caller, the store closed. Errors of single feeds and
    items go to ``on_error`` (else the log) and the watch goes on; a :class:`StoreError` while
    writing is raised. ``on_round`` gets every pass's :class:`RoundReport`; ``after_round`` gets the
    open store and the report after each pass that stored something (before the store closes). Pass
    a :class:`WatchSummary` as ``summary`` to have it counted in place (kept right on an interrupt).
    """
    if rounds is not None and rounds < 1:
        raise ValueError("rounds must be at least 1 (or None: until interrupted)")
    if not sources:
        raise ValueError("give at least one feed to watch")
    if not every > 0:
        raise ValueError("every must be more than zero seconds")
    total = summary if summary is not None else WatchSummary()
    opts = _Options(timeout, max_bytes, batch_size, fetcher, _report(on_error))
    feeds = [_Feed(s) for s in {s.ledger: s for s in sources}.values()]
    schedule = Schedule(len(feeds), every, clock(), retry_base)
    watcher = _Watcher(feeds, _opener(store), pipeline, opts, schedule)
    while rounds is None or total.rounds < rounds:
        now = clock()
        due = schedule.due(now)
        if not due.feeds:
            sleep(max(0.0, schedule.next_wake() - now))
            continue
        number = total.rounds + 1 if due.is_round else total.rounds
        report = watcher.run_pass(due.feeds, number, not due.is_round, now, after_round)
        if due.is_round:
            schedule.round_done(clock())
        total.add(report)
        if on_round is not None:
            on_round(report)
    return total
