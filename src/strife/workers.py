"""Reading articles in worker processes on one machine: ``strife ingest --workers N``.

:class:`WorkerPool` is a :class:`strife.ingest.BatchRunner`: it hands batches of raw articles to up
to ``workers`` processes and gives back each batch's records **in input order**, so the calling
process — the only one that writes the store — stores exactly what one process would have stored,
in the same order (article ids come from the input or the text, never from the order of reading).

- Each worker builds its pipeline once, with a picklable factory (:class:`PipelineSpec` builds
  ``Pipeline(settings)``); processes are *spawned*, so nothing of the parent (an open store, threads)
  leaks into them, and started as batches come (a one-batch input starts one).
- At most two batches per worker are in flight, so memory stays bounded however long the input.
- A worker that cannot build its pipeline (no spaCy model) raises that error (a
  :class:`~strife.errors.ConfigError`) in the caller; a worker that dies (killed, out of memory)
  raises :class:`~strife.errors.WorkerError` naming the batch; articles the pipeline fails on are
  reported one by one, as in one process.
- Workers ignore SIGINT: Ctrl-C reaches the caller, which drops the batches not yet started.

:attr:`WorkerPool.peak_rss` holds each worker's peak resident memory (Linux ``VmHWM``), as reported
with its last batch.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from types import TracebackType
from typing import Protocol

from strife import errors
from strife.errors import ConfigError, ExtractionError, WorkerError
from strife.ingest import PipelineLike
from strife.record import Article, RawArticle
from strife.settings import Settings

#: Batches in flight per worker: one being read, one waiting, so a worker never idles.
IN_FLIGHT_PER_WORKER = 2


def available_cores() -> int:
    """The CPU cores this process may run on (its affinity mask where the system has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


class PipelineFactory(Protocol):
    """Builds the pipeline a worker uses; must be picklable (a module-level class or function)."""

    def __call__(self) -> PipelineLike: ...


@dataclass(frozen=True)
class PipelineSpec:
    """The usual factory: ``Pipeline(settings)``, built in each worker."""

    settings: Settings

    def __call__(self) -> PipelineLike:
        from strife.pipeline import Pipeline

        return Pipeline(self.settings)


@dataclass
class _Reply:
    """What a worker sends back for one batch (exceptions do not pickle well: errors go as text)."""

    pid: int
    peak_rss: int
    articles: list[Article] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)
    setup_error: tuple[str, str] | None = None  # (class name in strife.errors, message)


# The worker process's own pipeline, built once by _start_worker (one per process, never shared).
_pipeline: PipelineLike | None = None
_setup_error: tuple[str, str] | None = None


def _start_worker(factory: PipelineFactory) -> None:
    global _pipeline, _setup_error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _pipeline = factory()
    except Exception as exc:  # reported with the first batch, in the caller
        kind = type(exc).__name__ if isinstance(exc, ConfigError) else "ConfigError"
        _setup_error = (kind, str(exc) or type(exc).__name__)


def _read(batch: list[RawArticle]) -> _Reply:
    reply = _Reply(os.getpid(), 0)
    if _pipeline is None:
        reply.setup_error = _setup_error or ("ConfigError", "the worker has no pipeline")
        return reply
    failed: list[ExtractionError] = []
    reply.articles = list(_pipeline.pipe(batch, on_error=failed.append))
    reply.failures = [(e.origin, e.reason) for e in failed]
    reply.peak_rss = peak_rss()
    return reply


def peak_rss() -> int:
    """This process's peak resident memory in bytes (0 where the system says nothing).

    Linux's ``VmHWM`` first: ``getrusage`` carries the parent's peak into a spawned child.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, kilobytes on Linux
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * scale


class WorkerPool:
    """Up to ``workers`` processes reading batches; use it as a context manager (or :meth:`close`)."""

    def __init__(self, factory: PipelineFactory, workers: int) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.factory = factory
        self.workers = workers
        self.peak_rss: dict[int, int] = {}
        self._executor: ProcessPoolExecutor | None = None

    def to_article_shell(self, raw: RawArticle) -> Article:
        from strife.assemble import article_shell

        return article_shell(raw)

    def map_batches(
        self, batches: Iterable[list[RawArticle]], on_error: Callable[[ExtractionError], None]
    ) -> Iterator[Iterable[Article]]:
        """Each batch's records, in order; failed articles go to ``on_error`` first."""
        executor = self._start()
        pending: deque[tuple[Future[_Reply], list[RawArticle]]] = deque()
        try:
            for batch in batches:
                pending.append((executor.submit(_read, batch), batch))
                if len(pending) > self.workers * IN_FLIGHT_PER_WORKER - 1:
                    yield self._collect(*pending.popleft(), on_error)
            while pending:
                yield self._collect(*pending.popleft(), on_error)
        finally:
            for future, _ in pending:
                future.cancel()

    def _start(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
                initargs=(self.factory,),
            )
        return self._executor

    def _collect(
        self, future: Future[_Reply], batch: list[RawArticle], on_error: Callable[[ExtractionError], None]
    ) -> list[Article]:
        try:
            reply = future.result()
        except BrokenProcessPool:
            first = batch[0].origin or batch[0].id or "?"
            raise WorkerError(
                f"a worker process died while reading {len(batch)} articles from {first} on "
                "(killed, or out of memory?); the articles stored so far are kept: rerun with fewer "
                "--workers or a smaller STRIFE_BATCH_SIZE"
            ) from None
        if reply.setup_error is not None:
            kind, message = reply.setup_error
            error_type = getattr(errors, kind, ConfigError)
            raise error_type(message)
        self.peak_rss[reply.pid] = max(reply.peak_rss, self.peak_rss.get(reply.pid, 0))
        for origin, reason in reply.failures:
            on_error(ExtractionError(origin, reason))
        return reply.articles

    def close(self) -> None:
        """Stop the workers (batches not started are dropped); idempotent."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
