"""Reading on a Ray cluster: ``strife ingest --engine ray [--address auto|ray://…] [--output DIR]``.

Ray Data reads the inputs, runs the pipeline in ``map_batches`` on a pool of actors — each
:class:`PipelineActor` loads the spaCy model once — and the results come back to this process,
which alone writes the store (in input order, so the store ends up as one process would have left
it), or are written by Ray as Parquet partitioned by day (``--output DIR``: ``DIR/date=2022-01-13/…``,
``date=undated`` for articles without a date).

- Inputs: files and folders as :func:`strife.readers.sources.expand` lists them; ``.parquet`` files
  with Ray's ``read_parquet`` (columns ``text`` — or ``body`` — and optionally ``id``, ``headline``,
  ``published``, ``url``, ``outlet``, read as a JSON Lines object is), every other file with
  ``read_binary_files`` and strife's own readers (text, HTML, feeds, JSON Lines: the same formats,
  checks and ``origin`` names as one process). Paths must be visible to every node (a shared
  filesystem); standard input cannot be read.
- Nothing vanishes silently: an input that cannot be read and an article the pipeline fails on are
  rows with an ``error`` (the reason) and ``error_stage`` (``read`` or ``pipeline``) column and no
  ``record``; they are reported through ``on_error`` and counted, in the Parquet output too. An
  input read with something to say (bad bytes replaced) adds a row with ``error_stage`` ``warning``,
  reported and not counted, as one process reports it.
- :func:`read_rows` is the batch function: Ray hands a batch as a ``pyarrow.Table``, a
  ``pandas.DataFrame`` or a dict of NumPy arrays, and all three are accepted.
- Without an address a local Ray is started with ``workers`` CPUs (default: all) and stopped after.

Unlike one process, already stored articles are not skipped before the NLP (the store is not
reachable from the actors): they are read again and then counted as duplicates, never stored twice.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from strife.errors import ConfigError, ExtractionError, InputError, InputWarning, StrifeError, WorkerError
from strife.ingest import ErrorCallback, IngestSummary, InputFormat, ProgressCallback, Run, StoreLike
from strife.readers.decode import human_size
from strife.readers.jsonl import parse_object
from strife.readers.sources import STDIN, Source, expand
from strife.record import Article, RawArticle
from strife.settings import Settings

if TYPE_CHECKING:
    import pyarrow as pa
    from ray.data import Dataset

    from strife.pipeline import Pipeline

#: Columns of the rows read from the inputs, before the pipeline (all text, may be null).
RAW_COLUMNS = ("body", "id", "url", "outlet", "published", "headline", "origin", "error", "error_stage")
#: Columns of the rows the pipeline gives (the Parquet output's columns).
OUTPUT_COLUMNS = (
    "id", "fingerprint", "origin", "url", "outlet", "headline", "published", "date", "n_actors",
    "n_quotes", "n_events", "tone", "record", "error", "error_stage",
)  # fmt: skip
UNDATED = "undated"
PARQUET_EXTENSIONS = (".parquet", ".pq")
ADDRESS_HELP = "give --address auto (the cluster this machine is part of) or ray://HOST:PORT"
#: CPUs a reading or writing task asks for, and an actor. There is one actor per CPU, but each asks
#: for half a CPU, so that Ray Data's own one-CPU tasks (listing Parquet files, repartitioning,
#: writing) always find room: were the actors to hold every CPU, those tasks would wait for ever.
READ_CPUS = 0.25
ACTOR_CPUS = 0.5


def check_address(address: str | None) -> None:
    """Refuse an address strife cannot use, with what to give instead."""
    if address is None or address == "auto" or address.startswith("ray://"):
        return
    raise ConfigError(f"--address {address!r} is not a Ray address strife can use; {ADDRESS_HELP}")


# --- batches in any of Ray's formats -----------------------------------------------------------------


def to_records(batch: Any) -> list[dict[str, Any]]:
    """A batch as Ray hands it — ``pyarrow.Table``, ``pandas.DataFrame`` or dict of arrays — as rows."""
    import pyarrow as pa

    if isinstance(batch, pa.Table):
        return list(batch.to_pylist())
    if isinstance(batch, dict):
        columns = {name: _plain(values) for name, values in batch.items()}
        n = len(next(iter(columns.values()), []))
        return [{name: values[i] for name, values in columns.items()} for i in range(n)]
    try:
        table = pa.Table.from_pandas(batch, preserve_index=False)  # NaN and NaT become null
    except (TypeError, ValueError, AttributeError) as exc:
        raise TypeError(
            f"a batch must be a pyarrow Table, a pandas DataFrame or a dict of arrays: {exc}"
        ) from exc
    return list(table.to_pylist())


def _plain(values: Any) -> list[Any]:
    items = values.tolist() if hasattr(values, "tolist") else list(values)
    return [None if isinstance(v, float) and v != v else v for v in items]  # NaN is a missing value


def _table(rows: list[dict[str, Any]], columns: Sequence[str]) -> pa.Table:
    import pyarrow as pa

    types = {"n_actors": pa.int64(), "n_quotes": pa.int64(), "n_events": pa.int64(), "tone": pa.float64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in columns])
    return pa.Table.from_pylist([{name: row.get(name) for name in columns} for row in rows], schema=schema)


# --- reading -------------------------------------------------------------------------------------------


def _raw_row(item: RawArticle | InputError) -> dict[str, Any]:
    if isinstance(item, InputError):
        stage = "warning" if isinstance(item, InputWarning) else "read"
        return {"origin": item.origin, "error": item.reason, "error_stage": stage}
    row = item.model_dump(exclude_none=True)
    if item.published is not None:
        row["published"] = item.published.isoformat()
    return row


@dataclass(frozen=True)
class FileReader:
    """``flat_map`` over ``read_binary_files`` rows: one file's bytes to its articles (strife's readers)."""

    fmt: InputFormat
    max_bytes: int
    allow_private_urls: bool = False

    def __call__(self, row: dict[str, Any]) -> list[dict[str, Any]]:
        from strife.readers import read_data

        items = read_data(
            row["bytes"],
            row["path"],
            self.fmt,
            max_bytes=self.max_bytes,
            allow_private_urls=self.allow_private_urls,
        )
        return [{name: r.get(name) for name in RAW_COLUMNS} for r in map(_raw_row, items)]


def parquet_rows(batch: Any) -> pa.Table:
    """``map_batches`` over ``read_parquet``: rows with ``text`` (or ``body``) as articles, checked as
    JSON Lines objects are; a row that is not one is an error row."""
    out: list[dict[str, Any]] = []
    for row in to_records(batch):
        path = row.pop("path", None) or "<parquet>"
        if row.get("text") is None and "body" in row:
            row["text"] = row.pop("body")
        origin = f"{path}#{row['id']}" if row.get("id") is not None else path
        if hasattr(row.get("published"), "isoformat"):
            when = row["published"]
            row["published"] = (when if when.tzinfo else when.replace(tzinfo=UTC)).isoformat()
        try:
            out.append(_raw_row(parse_object(row, origin)))
        except InputError as exc:
            out.append(_raw_row(exc))
    return _table(out, RAW_COLUMNS)


def build_dataset(
    paths: Sequence[str],
    *,
    fmt: InputFormat,
    max_bytes: int,
    batch_size: int,
    exclude: Sequence[str] = (),
    allow_private_urls: bool = False,
) -> Dataset:
    """The raw rows of ``paths`` as a Ray dataset, in input order, ``batch_size`` rows a block."""
    import ray.data

    if STDIN in paths:
        raise ConfigError("--engine ray cannot read standard input ('-'); give files or folders")
    files: list[str] = []
    tables: list[str] = []
    failed: list[dict[str, Any]] = []
    for found in expand(list(paths), exclude):
        if isinstance(found, InputError):
            failed.append(_raw_row(found))
        elif _too_big(found, max_bytes) is not None:
            failed.append(_raw_row(InputError(found.origin, _too_big(found, max_bytes) or "")))
        elif found.path.lower().endswith(PARQUET_EXTENSIONS):
            tables.append(found.path)
        else:
            files.append(found.path)
    parts: list[Dataset] = []
    if failed:
        parts.append(ray.data.from_arrow(_table(failed, RAW_COLUMNS)))
    if files:
        read = ray.data.read_binary_files(files, include_paths=True, num_cpus=READ_CPUS)
        reader = FileReader(fmt, max_bytes, allow_private_urls)
        parts.append(read.flat_map(reader, num_cpus=READ_CPUS))
    if tables:
        read = ray.data.read_parquet(tables, include_paths=True, num_cpus=READ_CPUS)
        parts.append(read.map_batches(parquet_rows, batch_format="pyarrow", num_cpus=READ_CPUS))
    if not parts:
        raise ConfigError("no inputs to read; give files or folders")
    dataset = parts[0].union(*parts[1:]) if len(parts) > 1 else parts[0]
    # blocks of one batch each, so the actors share the work however the inputs are laid out
    # (one big JSON Lines file is one block when read)
    return dataset.repartition(target_num_rows_per_block=batch_size)


def _too_big(source: Source, max_bytes: int) -> str | None:
    try:
        size = os.stat(source.path).st_size
    except OSError:
        return None  # the reader says what is wrong with it
    if size <= max_bytes:
        return None
    return f"is {human_size(size)}, over the {human_size(max_bytes)} limit; split it or raise max_input_bytes"


# --- the pipeline on a batch -----------------------------------------------------------------------------


def read_rows(pipeline: Pipeline, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One output row per raw row: the article's record and columns, or its error."""
    results: list[dict[str, Any] | None] = [None] * len(rows)
    todo: list[tuple[int, RawArticle]] = []
    for i, row in enumerate(rows):
        failed = {"origin": row.get("origin"), "error_stage": "read", "date": UNDATED}
        if row.get("error"):  # could not be read (or, stage "warning", read with a warning)
            results[i] = {**failed, "error": row["error"], "error_stage": row.get("error_stage") or "read"}
            continue
        try:
            raw = RawArticle(**{k: row[k] for k in RAW_COLUMNS[:7] if row.get(k) is not None})
        except ValueError as exc:
            results[i] = {**failed, "error": f"not an article: {' '.join(str(exc).split())}"}
            continue
        todo.append((i, raw))
    for (i, raw), result in zip(todo, pipeline.read_batch([r for _, r in todo]), strict=True):
        results[i] = _output_row(raw, result)
    return [r for r in results if r is not None]


def _output_row(raw: RawArticle, result: Article | ExtractionError) -> dict[str, Any]:
    if isinstance(result, ExtractionError):
        day = _day(raw.published)
        return {"origin": result.origin, "error": result.reason, "error_stage": "pipeline", "date": day}
    published = result.published
    return {
        "id": result.id,
        "fingerprint": result.fingerprint,
        "origin": result.origin,
        "url": result.url,
        "outlet": result.outlet,
        "headline": result.headline,
        "published": published.isoformat() if published else None,
        "date": _day(published),
        "n_actors": len(result.actors),
        "n_quotes": len(result.quotes),
        "n_events": len(result.events),
        "tone": result.tone,
        "record": result.model_dump_json(),
    }


def _day(published: datetime | None) -> str:
    """The partition an article goes to: its publication day (UTC), or :data:`UNDATED`."""
    return published.astimezone(UTC).date().isoformat() if published else UNDATED


class PipelineActor:
    """The ``map_batches`` class: loads the pipeline once per actor, then reads batch after batch."""

    def __init__(self, settings: Settings) -> None:
        from strife.pipeline import Pipeline

        self.pipeline = Pipeline(settings)

    def __call__(self, batch: Any) -> pa.Table:
        return _table(read_rows(self.pipeline, to_records(batch)), OUTPUT_COLUMNS)


# --- running it ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide: ``address`` (None: start a local Ray), ``workers`` (actors; 0: one per CPU)."""

    address: str | None = None
    workers: int = 0
    fmt: InputFormat = "auto"
    strict: bool = False


def ray_ingest(
    paths: Sequence[str],
    settings: Settings,
    *,
    store: StoreLike | None = None,
    output: Path | None = None,
    options: RayOptions = RayOptions(),
    progress: ProgressCallback | None = None,
    on_error: ErrorCallback | None = None,
    summary: IngestSummary | None = None,
    actor: type[PipelineActor] | None = None,
) -> IngestSummary:
    """Read ``paths`` on Ray; add the articles to ``store``, or write them as Parquet to ``output``.

    Counting, error reporting and ``strict`` are those of :func:`strife.ingest.ingest`. ``actor``:
    a subclass of :class:`PipelineActor` to run instead (one that also times its batches, say).
    """
    if (store is None) == (output is None):
        raise ValueError("give a store or an output folder, not both")
    check_address(options.address)
    if output is not None and output.exists() and any(output.iterdir()):
        raise ConfigError(f"--output {output} is not empty; give a new or empty folder")
    run = Run(summary, options.strict, on_error, progress)
    with _RaySession(options) as actors:
        exclude = (store.location, store.location + ".wal") if store is not None else ()
        dataset = build_dataset(
            paths,
            fmt=options.fmt,
            max_bytes=settings.max_input_bytes,
            batch_size=settings.batch_size,
            exclude=exclude,
            allow_private_urls=settings.allow_private_urls,
        )
        read = _read_with_actors(dataset, settings, actors, actor or PipelineActor)
        if store is not None:
            _store_rows(_iter_rows(read), store, run)
        else:
            assert output is not None
            read.write_parquet(str(output), partition_cols=["date"], ray_remote_args={"num_cpus": READ_CPUS})
            _count_rows(_written_rows(output), run)
    run.raise_pending()
    return run.summary


def _read_with_actors(
    dataset: Dataset, settings: Settings, actors: int, actor: type[PipelineActor]
) -> Dataset:
    import ray.data

    return dataset.map_batches(
        actor,
        fn_constructor_kwargs={"settings": settings},
        batch_size=settings.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=actors),
        num_cpus=ACTOR_CPUS,
    )


def _iter_rows(dataset: Dataset) -> Iterator[dict[str, Any]]:
    for batch in dataset.iter_batches(batch_size=None, batch_format="pyarrow"):
        yield from to_records(batch)


def _written_rows(output: Path) -> Iterator[dict[str, Any]]:
    import ray.data

    columns = ["id", "origin", "error", "error_stage"]
    written = ray.data.read_parquet(str(output), num_cpus=READ_CPUS).select_columns(columns)
    return _iter_rows(written)


def _error(row: dict[str, Any]) -> StrifeError:
    origin = row.get("origin") or "<input>"
    stage = row.get("error_stage")
    if stage == "warning":
        return InputWarning(origin, row["error"])
    if stage == "read":
        return InputError(origin, row["error"])
    return ExtractionError(origin, row["error"])


def _store_rows(rows: Iterable[dict[str, Any]], store: StoreLike, run: Run) -> None:
    for row in rows:
        if row.get("error"):
            _count_error(row, run)
        else:
            run.summary.read += 1
            if store.add(Article.model_validate_json(row["record"])):
                run.summary.stored += 1
            else:
                run.summary.duplicates += 1
            run.tick(row.get("origin"))
        if run.pending_error is not None:
            return


def _count_rows(rows: Iterable[dict[str, Any]], run: Run) -> None:
    for row in rows:
        if row.get("error"):
            _count_error(row, run)
        else:
            run.summary.read += 1
            run.summary.stored += 1
            run.tick(row.get("origin"))


def _count_error(row: dict[str, Any], run: Run) -> None:
    error = _error(row)
    if isinstance(error, InputWarning):
        run.warn(error)  # reported, not counted
        return
    if row.get("error_stage") != "read":
        run.summary.read += 1  # the article was read; the pipeline failed on it
    run.error(error)


class _RaySession:
    """Connects to Ray (or starts a local one, stopped on exit); gives the number of actors to use."""

    def __init__(self, options: RayOptions) -> None:
        self.options = options
        self.started = False

    def __enter__(self) -> int:
        try:
            import ray
            from ray.data import DataContext
        except ImportError as exc:
            raise ConfigError(f"--engine ray needs Ray Data ({exc}); pip install 'strife[ray]'") from None
        if not ray.is_initialized():
            self._init(ray)
        context = DataContext.get_current()
        context.execution_options.preserve_order = True  # the store is written in input order
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        context.enable_auto_log_stats = False
        cpus = int(ray.cluster_resources().get("CPU", 1))  # type: ignore[no-untyped-call]
        return self.options.workers or max(1, cpus)

    def _init(self, ray: Any) -> None:
        kwargs: dict[str, Any] = {"include_dashboard": False, "configure_logging": False}
        if self.options.address is None:
            kwargs["num_cpus"] = self.options.workers or None
            kwargs["log_to_driver"] = False
        else:
            kwargs["address"] = self.options.address
        try:
            ray.init(**kwargs)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = self.options.address or "a local Ray"
            raise WorkerError(f"cannot start or reach {where}: {exc}; {ADDRESS_HELP}") from None
        self.started = True

    def __exit__(self, *exc: object) -> None:
        if self.started:
            import ray

            ray.shutdown()


def describe(options: RayOptions) -> str:
    """What the progress display says while Ray starts."""
    return f"connecting to Ray at {options.address}" if options.address else "starting a local Ray"
