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
what is missing, and an article met twice in one run is read once. The same text from another
outlet is a syndicated copy (:mod:`strife.syndication`): stored as an article of its own, made from
the first one's record without reading the text again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import BinaryIO, Literal, Protocol, runtime_checkable

from strife.errors import ExtractionError, InputError, InputWarning, StrifeError
from strife.record import Article, RawArticle
from strife.store.rows import StoredText
from strife.syndication import classify, make_copy, text_of

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

    def same_texts(self, article_id: str, fingerprint: str) -> list[StoredText]: ...

    def get(self, article_id: str) -> Article | None: ...

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
    the NLP ran); ``copies``: those of the stored that are another outlet's copy of a stored text
    (made without the NLP). Every input item ends up in exactly one of ``stored``, ``duplicates``,
    ``failed``.
    """

    read: int = 0
    failed: int = 0
    stored: int = 0
    duplicates: int = 0
    skipped_existing: int = 0
    copies: int = 0

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


def store_record(store: StoreLike, article: Article) -> Literal["stored", "copy", "duplicate"]:
    """Add a record read elsewhere (a Ray actor, a worker that did not look at the store) the way
    :func:`ingest_items` adds one: the same text from another outlet is stored as a copy of the
    stored original (:func:`strife.syndication.make_copy`), the same text from the same outlet or
    URL is a duplicate."""
    known = classify(article, store.same_texts(article.id, article.fingerprint))
    if known.verdict == "duplicate":
        return "duplicate"
    if known.verdict == "copy" and known.original:
        original = store.get(known.original)
        if original is not None:
            return "copy" if store.add(make_copy(original, article)) else "duplicate"
    return "stored" if store.add(article) else "duplicate"


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

    Articles the store already contains or that came earlier in this run (the same id, or the same
    text from the same outlet or URL: :func:`strife.syndication.classify`) are counted as
    duplicates and never reach the NLP. The same text from another outlet is stored as a copy of the
    first, made from its record (counted in ``stored`` and ``copies``; one of a text met earlier in
    this run is made once that one is stored). The rest go through the pipeline ``batch_size`` at
    a time (here, or in the worker processes of a :class:`BatchRunner`) and are added in input order
    as they come out.

    Errors on single inputs or articles (an :class:`InputError` among ``items``, an
    :class:`ExtractionError` from the pipeline) are passed to ``on_error`` and counted in ``failed``;
    with ``strict`` the first one stops the run once the batch in hand is stored, and is raised. Any
    other :class:`StrifeError` (store, model) is raised at once. Pass an :class:`IngestSummary` as
    ``summary`` to have it counted in place (its counts stay right when the run stops on an
    exception); the summary is also returned.
    """
    run = Run(summary, strict, on_error, progress)
    ingestion = _Ingestion(run, store, _runner(pipeline), max(1, batch_size))
    ingestion.read(ingestion.fresh(_raws(items, run)))
    ingestion.read(ingestion.settle(final=True))
    run.raise_pending()
    return run.summary


class _Ingestion:
    """One run of :func:`ingest_items`: what it has met, and the copies waiting for their original."""

    def __init__(self, run: Run, store: StoreLike, runner: BatchRunner, batch_size: int) -> None:
        self.run, self.store, self.runner, self.batch_size = run, store, runner, batch_size
        self.seen: dict[str, list[StoredText]] = {}  # the articles met (read, found stored, copied)
        self.waiting: list[tuple[RawArticle, Article]] = []  # copies of a text of this run not stored yet

    def meet(self, article: Article) -> None:
        met = StoredText(
            id=article.id, fingerprint=article.fingerprint, outlet=article.outlet, url=article.url
        )
        for key in (article.id, text_of(article.fingerprint)):
            self.seen.setdefault(key, []).append(met)

    def met(self, shell: Article) -> list[StoredText]:
        """The articles met in this run with the id or the text of ``shell``."""
        return self.seen.get(shell.id, []) + self.seen.get(text_of(shell.fingerprint), [])

    def duplicate(self, raw: RawArticle, *, stored: bool) -> None:
        self.run.summary.duplicates += 1
        self.run.summary.skipped_existing += int(stored)
        self.run.tick(_origin(raw))

    def copied(self, raw: RawArticle, shell: Article, original_id: str) -> bool:
        """Store ``shell`` as a copy of the stored ``original_id``; False when that is not stored."""
        original = self.store.get(original_id)
        if original is None:
            return False
        copy = make_copy(original, shell)
        self.meet(copy)
        if self.store.add(copy):
            self.run.summary.stored += 1
            self.run.summary.copies += 1
        else:
            self.run.summary.duplicates += 1
        self.run.tick(_origin(raw))
        return True

    def fresh(self, raws: Iterable[RawArticle]) -> Iterator[RawArticle]:
        """The inputs to read: not met before in this run or the store, and not a copy of one."""
        for raw in raws:
            try:
                shell = self.runner.to_article_shell(raw)
            except (InputError, ExtractionError) as exc:
                self.run.error(exc)
                if self.run.pending_error is not None:
                    return
                continue
            earlier = classify(shell, self.met(shell))
            if earlier.verdict == "duplicate":
                self.duplicate(raw, stored=False)
                continue
            known = classify(shell, self.store.same_texts(shell.id, shell.fingerprint))
            if known.verdict == "duplicate":
                self.meet(shell)
                self.duplicate(raw, stored=True)
            elif known.verdict == "copy" and known.original and self.copied(raw, shell, known.original):
                continue
            elif earlier.verdict == "copy":
                self.waiting.append((raw, shell))  # its original is read in this run: copied once stored
            else:
                self.meet(shell)
                yield raw

    def settle(self, *, final: bool) -> list[RawArticle]:
        """Make the waiting copies whose original is stored by now; with ``final``, the ones whose
        original never was (the NLP failed on it) are returned, to be read themselves."""
        still: list[tuple[RawArticle, Article]] = []
        unread: list[RawArticle] = []
        for raw, shell in self.waiting:
            known = classify(shell, self.store.same_texts(shell.id, shell.fingerprint))
            if known.verdict == "duplicate":
                self.duplicate(raw, stored=False)
            elif known.verdict == "copy" and known.original and self.copied(raw, shell, known.original):
                continue
            elif final:
                unread.append(raw)
            else:
                still.append((raw, shell))
        self.waiting[:] = still
        return unread

    def read(self, raws: Iterable[RawArticle]) -> None:
        batches = self.runner.map_batches(_batches(raws, self.batch_size), self.run.error)
        try:
            for articles in batches:
                for article in articles:
                    if self.store.add(article):
                        self.run.summary.stored += 1
                    else:
                        self.run.summary.duplicates += 1
                    self.run.tick(_origin(article))
                self.run.raise_pending()
                self.settle(final=False)
        finally:
            _close(batches)


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
