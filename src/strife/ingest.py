"""Reading inputs through the pipeline into a store (:func:`ingest`) or out as records (:func:`extract_iter`).

This is the library behind ``strife ingest`` and ``strife extract``; it never prints. Bad inputs and
articles the pipeline fails on are reported through ``on_error`` and counted, and the run goes on
(unless ``strict``). Inputs are streamed: at most one batch of articles is held at a time (with
worker processes, two per worker).

The NLP runs in this process (give a :class:`PipelineLike`) or in worker processes (give a
:class:`BatchRunner` such as :class:`strife.workers.WorkerPool`); either way this process alone writes
the store, in input order, so the stored result does not depend on how many processes read.

:func:`ingest` skips an article the store already holds *before* the NLP runs (the pipeline's cheap
:meth:`to_article_shell` gives its id and fingerprint), so rerunning an interrupted ingest only reads
what is missing, and an article met twice in one run is read once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import BinaryIO, Literal, Protocol, runtime_checkable

from strife.errors import ExtractionError, InputError, InputWarning, StrifeError
from strife.record import Article, RawArticle

InputFormat = Literal["auto", "text", "html", "feed", "jsonl"]
INPUT_FORMATS: tuple[InputFormat, ...] = ("auto", "text", "html", "feed", "jsonl")

DEFAULT_BATCH_SIZE = 32


class PipelineLike(Protocol):
    """What :func:`ingest` and :func:`extract_iter` need of :class:`strife.pipeline.Pipeline`."""

    def to_article_shell(self, raw: RawArticle) -> Article: ...

    def pipe(
        self, raws: Iterable[RawArticle], *, on_error: Callable[[ExtractionError], None] | None = None
    ) -> Iterator[Article]: ...


@runtime_checkable
class BatchRunner(Protocol):
    """Reads batches somewhere else (worker processes): one iterable of records per batch, in order.

    Errors on single articles go to ``on_error`` before that batch's records are handed back.
    """

    def to_article_shell(self, raw: RawArticle) -> Article: ...

    def map_batches(
        self, batches: Iterable[list[RawArticle]], on_error: Callable[[ExtractionError], None]
    ) -> Iterator[Iterable[Article]]: ...


Reader = PipelineLike | BatchRunner


class _InProcess:
    """A :class:`PipelineLike` as a :class:`BatchRunner`: each batch read here, lazily."""

    def __init__(self, pipeline: PipelineLike) -> None:
        self.pipeline = pipeline

    def to_article_shell(self, raw: RawArticle) -> Article:
        return self.pipeline.to_article_shell(raw)

    def map_batches(
        self, batches: Iterable[list[RawArticle]], on_error: Callable[[ExtractionError], None]
    ) -> Iterator[Iterable[Article]]:
        for batch in batches:
            yield self.pipeline.pipe(batch, on_error=on_error)


def _runner(reader: Reader) -> BatchRunner:
    return reader if isinstance(reader, BatchRunner) else _InProcess(reader)


class StoreLike(Protocol):
    """What :func:`ingest` needs of a :class:`strife.store.Store`."""

    def add(self, article: Article) -> bool: ...

    def contains(self, article_id: str, fingerprint: str) -> bool: ...

    @property
    def location(self) -> str: ...


@dataclass
class IngestSummary:
    """Counts of one run.

    ``read``: articles the readers produced (inputs that could not be read are not in it);
    ``failed``: inputs that could not be read plus articles the pipeline failed on;
    ``stored``: articles added to the store (for :func:`extract_iter`: records yielded);
    ``duplicates``: articles not stored because the store already had them or they came twice in
    this run; ``skipped_existing``: those of the duplicates that were already stored (found before
    the NLP ran). Every input item ends up in exactly one of ``stored``, ``duplicates``, ``failed``.
    """

    read: int = 0
    failed: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped_existing: int = 0

    def line(self) -> str:
        """The one-line summary ``strife ingest`` shows: ``read 23, stored 21, duplicates 1, failed 2``."""
        return f"read {self.read}, stored {self.stored}, duplicates {self.duplicates}, failed {self.failed}"


@dataclass(frozen=True)
class Progress:
    """A snapshot handed to the ``progress`` callback after each input item is dealt with."""

    summary: IngestSummary
    origin: str | None = None
    """The input last read (path, ``path:line`` …), if known."""


ErrorCallback = Callable[[StrifeError], None]
ProgressCallback = Callable[[Progress], None]


class Run:
    """Counting, error reporting and ``strict`` handling shared by the entry points (and engines)."""

    def __init__(
        self,
        summary: IngestSummary | None,
        strict: bool,
        on_error: ErrorCallback | None,
        progress: ProgressCallback | None,
    ) -> None:
        self.summary = summary if summary is not None else IngestSummary()
        self.strict = strict
        self.on_error = on_error
        self.progress = progress
        self.pending_error: StrifeError | None = None
        self.origin: str | None = None

    def error(self, exc: StrifeError) -> None:
        self.summary.failed += 1
        if self.on_error is not None:
            self.on_error(exc)
        if self.strict and self.pending_error is None:
            self.pending_error = exc
        self.tick(getattr(exc, "origin", None))

    def warn(self, warning: InputWarning) -> None:
        """Something the user should know about an input that was read: reported, not counted."""
        if self.on_error is not None:
            self.on_error(warning)

    def tick(self, origin: str | None = None) -> None:
        if origin is not None:
            self.origin = origin
        if self.progress is not None:
            self.progress(Progress(replace(self.summary), self.origin))

    def raise_pending(self) -> None:
        if self.pending_error is not None:
            raise self.pending_error


def read_items(
    paths: Sequence[str],
    fmt: InputFormat = "auto",
    *,
    max_bytes: int,
    stdin: BinaryIO | None = None,
    exclude: Sequence[str] = (),
    allow_private_urls: bool = False,
) -> Iterator[RawArticle | InputError]:
    """What the readers make of ``paths``: articles, and an :class:`InputError` for each bad input
    (an :class:`InputWarning` for an input read with something to say about it)."""
    from strife.readers import read_inputs

    found = read_inputs(
        paths, fmt, max_bytes=max_bytes, stdin=stdin, exclude=exclude, allow_private_urls=allow_private_urls
    )
    return iter(found)


def _raws(items: Iterable[RawArticle | InputError], run: Run) -> Iterator[RawArticle]:
    """The readable articles of ``items``; input errors go to ``run`` (and stop it when strict)."""
    for item in items:
        if isinstance(item, InputWarning):
            run.warn(item)
            continue
        if isinstance(item, InputError):
            run.error(item)
            if run.pending_error is not None:
                return
            continue
        run.summary.read += 1
        yield item


def _batches(items: Iterable[RawArticle], size: int) -> Iterator[list[RawArticle]]:
    batch: list[RawArticle] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _origin(raw: RawArticle | Article) -> str:
    return raw.origin or raw.url or raw.id or "<input>"


def ingest(
    paths: Sequence[str],
    store: StoreLike,
    pipeline: Reader,
    *,
    fmt: InputFormat = "auto",
    max_bytes: int,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    stdin: BinaryIO | None = None,
    progress: ProgressCallback | None = None,
    on_error: ErrorCallback | None = None,
    summary: IngestSummary | None = None,
    allow_private_urls: bool = False,
) -> IngestSummary:
    """Read ``paths`` (files, folders, ``-`` for ``stdin``), run the pipeline, add the articles to ``store``.

    See :func:`ingest_items`, which this calls with what the readers make of ``paths``. The store's own
    files are never read as input, even when they sit in a folder being ingested.
    """
    own = (store.location, store.location + ".wal")
    return ingest_items(
        read_items(
            paths, fmt, max_bytes=max_bytes, stdin=stdin, exclude=own, allow_private_urls=allow_private_urls
        ),
        store,
        pipeline,
        strict=strict,
        batch_size=batch_size,
        progress=progress,
        on_error=on_error,
        summary=summary,
    )


def ingest_items(
    items: Iterable[RawArticle | InputError],
    store: StoreLike,
    pipeline: Reader,
    *,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    on_error: ErrorCallback | None = None,
    summary: IngestSummary | None = None,
) -> IngestSummary:
    """Run the pipeline over ``items`` and add the articles to ``store``; ``items`` is consumed lazily.

    Articles the store already contains (same id or fingerprint, as :meth:`Store.contains` decides)
    or that came earlier in this run are counted as duplicates and never reach the NLP. The rest
    go through the pipeline ``batch_size`` at a time (here, or in the worker processes of a
    :class:`BatchRunner`) and are added in input order as they come out.

    Errors on single inputs or articles (an :class:`InputError` among ``items``, an
    :class:`ExtractionError` from the pipeline) are passed to ``on_error`` and counted in ``failed``;
    with ``strict`` the first one stops the run once the batch in hand is stored, and is raised. Any
    other :class:`StrifeError` (store, model) is raised at once. Pass an :class:`IngestSummary` as
    ``summary`` to have it counted in place (its counts stay right when the run stops on an
    exception); the summary is also returned.
    """
    run = Run(summary, strict, on_error, progress)
    runner = _runner(pipeline)
    seen_ids: set[str] = set()
    seen_fingerprints: set[str] = set()

    def fresh(raws: Iterable[RawArticle]) -> Iterator[RawArticle]:
        for raw in raws:
            try:
                shell = runner.to_article_shell(raw)
            except (InputError, ExtractionError) as exc:
                run.error(exc)
                if run.pending_error is not None:
                    return
                continue
            if shell.id in seen_ids or shell.fingerprint in seen_fingerprints:
                run.summary.duplicates += 1
                run.tick(_origin(raw))
                continue
            seen_ids.add(shell.id)
            seen_fingerprints.add(shell.fingerprint)
            if store.contains(shell.id, shell.fingerprint):
                run.summary.duplicates += 1
                run.summary.skipped_existing += 1
                run.tick(_origin(raw))
                continue
            yield raw

    batches = runner.map_batches(_batches(fresh(_raws(items, run)), max(1, batch_size)), run.error)
    try:
        for articles in batches:
            for article in articles:
                if store.add(article):
                    run.summary.stored += 1
                else:
                    run.summary.duplicates += 1
                run.tick(_origin(article))
            run.raise_pending()
    finally:
        _close(batches)
    run.raise_pending()
    return run.summary


def extract_iter(
    paths: Sequence[str],
    pipeline: Reader,
    *,
    fmt: InputFormat = "auto",
    max_bytes: int,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    stdin: BinaryIO | None = None,
    progress: ProgressCallback | None = None,
    on_error: ErrorCallback | None = None,
    summary: IngestSummary | None = None,
    allow_private_urls: bool = False,
) -> Iterator[Article]:
    """Read ``paths`` and yield one :class:`Article` per readable input, without a store.

    See :func:`extract_items`, which this calls with what the readers make of ``paths``.
    """
    return extract_items(
        read_items(paths, fmt, max_bytes=max_bytes, stdin=stdin, allow_private_urls=allow_private_urls),
        pipeline,
        strict=strict,
        batch_size=batch_size,
        progress=progress,
        on_error=on_error,
        summary=summary,
    )


def extract_items(
    items: Iterable[RawArticle | InputError],
    pipeline: Reader,
    *,
    strict: bool = False,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: ProgressCallback | None = None,
    on_error: ErrorCallback | None = None,
    summary: IngestSummary | None = None,
) -> Iterator[Article]:
    """Run the pipeline over ``items`` and yield the records, streaming ``batch_size`` at a time.

    Nothing is deduplicated: every readable article comes out, in input order, except those the
    pipeline fails on. Errors are handled as in :func:`ingest_items`. Pass an :class:`IngestSummary`
    as ``summary`` to have it counted as the records stream (``stored`` counts records yielded).
    """
    run = Run(summary, strict, on_error, progress)
    batches = _runner(pipeline).map_batches(_batches(_raws(items, run), max(1, batch_size)), run.error)
    try:
        for articles in batches:
            for article in articles:
                run.summary.stored += 1
                run.tick(_origin(article))
                yield article
            run.raise_pending()
    finally:
        _close(batches)
    run.raise_pending()


def _close(batches: Iterator[Iterable[Article]]) -> None:
    """Stop a runner's generator, so that a worker pool drops the batches still in flight."""
    close = getattr(batches, "close", None)
    if close is not None:
        close()
