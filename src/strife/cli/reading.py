"""``strife extract`` and ``strife ingest``: inputs through the pipeline, to stdout or into the store."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from strife.cli import common
from strife.cli.progress import LiveDisplay, count_articles, timing
from strife.errors import ExtractionError, InputError
from strife.ingest import IngestSummary, InputFormat, Reader, extract_iter, ingest
from strife.output import write_json, write_jsonl
from strife.settings import Settings

if TYPE_CHECKING:
    from strife.store import Store

PathsArg = Annotated[
    list[str],
    typer.Argument(
        metavar="PATH",
        help="Files or folders to read (folders are read recursively); '-' reads standard input.",
        show_default=False,
    ),
]
InputFormatOpt = Annotated[
    InputFormat,
    typer.Option(
        "--input-format",
        help="How to read the inputs: auto (per input, by file name and content), text, html, feed or jsonl.",
    ),
]
StrictOpt = Annotated[
    bool,
    typer.Option("--strict", help="Stop at the first input or article that fails, and exit 1."),
]


def _exit_status(summary: IngestSummary, *, strict: bool) -> int:
    """1 when nothing came through (no article stored, extracted or already there), or when
    ``strict`` and anything failed; else 0."""
    if summary.stored + summary.duplicates == 0:
        return common.EXIT_FAILED
    if strict and summary.failed:
        return common.EXIT_FAILED
    return 0


def extract(
    ctx: typer.Context,
    paths: PathsArg,
    input_format: InputFormatOpt = "auto",
    fmt: Annotated[
        Literal["jsonl", "json"],
        typer.Option("--format", help="jsonl: one Article JSON object per line; json: one JSON array."),
    ] = "jsonl",
    strict: StrictOpt = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            metavar="N",
            help="Processes reading articles (default 1: this one); records come out in input order.",
        ),
    ] = 1,
) -> None:
    """Read articles and write their records to stdout (JSON Lines by default); nothing is stored.

    Bad inputs are reported on stderr and skipped; exit status 1 only when nothing could be read
    (or, with --strict, at the first failure).
    """
    state = common.get_state(ctx)
    summary = IngestSummary()
    out = sys.stdout
    # the live display only when stdout is not the same terminal the records go to
    live = not common.is_tty(out)
    total = count_articles(paths, input_format) if live else None
    with (
        common.handle_errors(),
        LiveDisplay(state, live=live, label="loading", total=total) as display,
        _reader(state.settings, workers) as pipeline,
    ):
        settings = state.settings
        display.start("extracting")
        articles = extract_iter(
            paths,
            pipeline,
            fmt=input_format,
            max_bytes=settings.max_input_bytes,
            strict=strict,
            batch_size=settings.batch_size,
            stdin=sys.stdin.buffer if "-" in paths else None,
            progress=display.progress,
            on_error=display.error,
            summary=summary,
            allow_private_urls=settings.allow_private_urls,
        )
        try:
            if fmt == "json":
                write_json(articles, out)
            else:
                write_jsonl(articles, out)
        except (InputError, ExtractionError):
            if fmt == "json":
                out.write("\n]\n")  # keep stdout valid JSON for what was written before the stop
            out.flush()
            raise typer.Exit(common.EXIT_FAILED) from None
        out.flush()
    if summary.read == 0 and summary.failed == 0:
        common.fail("no articles found in the given inputs")
    raise typer.Exit(_exit_status(summary, strict=strict))


WorkersOpt = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=0,
        metavar="N",
        help="Processes reading articles (default: STRIFE_WORKERS, else one per core available; "
        "1 reads in this process; the store is written by this process alone). With --engine ray: "
        "the number of actors (default: one per CPU of the cluster).",
        show_default=False,
    ),
]
EngineOpt = Annotated[
    Literal["local", "ray"],
    typer.Option(
        "--engine", help="local: processes on this machine; ray: Ray Data (pip install 'strife[ray]')."
    ),
]
AddressOpt = Annotated[
    str | None,
    typer.Option(
        "--address",
        metavar="auto|ray://HOST:PORT",
        help="With --engine ray: the cluster to run on (default: start a local Ray for this run).",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        metavar="DIR",
        help="With --engine ray: write Parquet partitioned by date (DIR/date=YYYY-MM-DD/) instead of "
        "the store; failed articles are rows with an error column.",
    ),
]


def ingest_command(
    ctx: typer.Context,
    paths: PathsArg,
    input_format: InputFormatOpt = "auto",
    strict: StrictOpt = False,
    workers: WorkersOpt = None,
    engine: EngineOpt = "local",
    address: AddressOpt = None,
    output: OutputOpt = None,
) -> None:
    """Read articles, run the NLP and add them to the store; already stored articles are skipped.

    Then, when something was stored, stories, threads, incidents and alerts are brought up to date.

    On a terminal a progress bar shows the articles done of how many the inputs hold, the rate and
    the time left; at the end a summary line goes to stderr, e.g. "read 23, stored 21, duplicates
    1, failed 2 in 12.3 s, 1.9 articles/s". Bad inputs are reported and skipped; exit status 1
    only when nothing could be read (or, with --strict, at the first failure). The result does not
    depend on --workers or --engine: ids come from the inputs, and one process writes the store.
    """
    state = common.get_state(ctx)
    for given, option in ((address, "--address"), (output, "--output")):
        if given is not None and engine != "ray":
            common.fail(f"{option} needs --engine ray", common.EXIT_SETUP)
    summary = IngestSummary()
    with common.handle_errors():
        settings = state.settings.with_overrides(workers=workers)
        if engine == "ray":
            from strife.ray_engine import check_address

            check_address(address)  # refused before anything opens
        opened = nullcontext(None) if output is not None else common.open_store(settings.db, create=True)
        with opened as store:
            run = _ingest_ray if engine == "ray" else _ingest_local
            try:
                seconds = run(
                    _Job(state, settings, store, paths, summary, input_format, strict, output, address)
                )
            except KeyboardInterrupt:
                common.note(state, f"interrupted: {summary.line()} (rerun to finish; stored ones are kept)")
                raise typer.Exit(common.EXIT_INTERRUPTED) from None
            if store is not None and summary.stored:
                common.refresh(state, store)  # once, by this process, whatever ran the pipeline
    common.note(state, f"{summary.line()} {timing(summary, seconds)}")
    if summary.read == 0 and summary.failed == 0:
        common.fail("no articles found in the given inputs")
    raise typer.Exit(_exit_status(summary, strict=strict))


@dataclass(frozen=True)
class _Job:
    """What one ``strife ingest`` reads, how, and where it goes (``store`` is None with --output)."""

    state: common.State
    settings: Settings
    store: Store | None
    paths: list[str]
    summary: IngestSummary
    input_format: InputFormat
    strict: bool
    output: Path | None
    address: str | None


@contextmanager
def _display(job: _Job, label: str) -> Iterator[LiveDisplay]:
    """The progress display, its total counted from the inputs (not the store's own files)."""
    with LiveDisplay(job.state, live=True, label=label) as display:
        if display.live:
            location = str(getattr(job.store, "location", "") or "")
            exclude = (location, location + ".wal") if location else ()
            display.total = count_articles(job.paths, job.input_format, exclude=exclude)
        yield display


def _ingest_local(job: _Job) -> float:
    """The inputs through this process or a pool of workers into the store; the seconds the articles
    took (from when the model was loaded)."""
    from strife.workers import available_cores

    assert job.store is not None  # --output is refused without --engine ray
    settings = job.settings
    workers = settings.workers or available_cores()
    with _display(job, "loading") as display, _reader(settings, workers) as reader:
        display.start("ingesting")
        # strict: the failure is already reported; the counts so far are in summary
        with suppress(InputError, ExtractionError):
            ingest(
                job.paths,
                job.store,
                reader,
                fmt=job.input_format,
                max_bytes=settings.max_input_bytes,
                strict=job.strict,
                batch_size=settings.batch_size,
                stdin=sys.stdin.buffer if "-" in job.paths else None,
                progress=display.progress,
                on_error=display.error,
                summary=job.summary,
                allow_private_urls=settings.allow_private_urls,
            )
        return display.seconds


@contextmanager
def _reader(settings: Settings, workers: int) -> Iterator[Reader]:
    """The pipeline in this process (one worker), or a pool of worker processes."""
    if workers == 1:
        yield common.make_pipeline(settings)
        return
    from strife.workers import WorkerPool

    with WorkerPool(common.pipeline_factory(settings), workers) as pool:
        yield pool


def _ingest_ray(job: _Job) -> float:
    """The inputs through Ray Data into the store or Parquet; the seconds it took (Ray's start too)."""
    from strife.ray_engine import RayOptions, describe, ray_ingest

    logging.getLogger("ray").setLevel(logging.WARNING)  # Ray's INFO lines would bury the summary

    options = RayOptions(job.address, job.settings.workers, job.input_format, job.strict)
    with _display(job, describe(options)) as display:
        display.start("ingesting")
        # strict: the failure is already reported; the counts so far are in summary
        with suppress(InputError, ExtractionError):
            ray_ingest(
                job.paths,
                job.settings,
                store=job.store,
                output=job.output,
                options=options,
                progress=display.progress,
                on_error=display.error,
                summary=job.summary,
            )
        return display.seconds
