"""``strife extract`` and ``strife ingest``: inputs through the pipeline, to stdout or into the store."""

from __future__ import annotations

import sys
from typing import Annotated, Literal

import typer

from strife.cli import common
from strife.cli.progress import LiveDisplay, count_articles, timing
from strife.errors import ExtractionError, InputError
from strife.ingest import IngestSummary, InputFormat, StoreLike, extract_iter, ingest
from strife.output import write_json, write_jsonl

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
    with common.handle_errors(), LiveDisplay(state, live=live, label="loading", total=total) as display:
        settings = state.settings
        pipeline = common.make_pipeline(settings)
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


def ingest_command(
    ctx: typer.Context,
    paths: PathsArg,
    input_format: InputFormatOpt = "auto",
    strict: StrictOpt = False,
) -> None:
    """Read articles, run the NLP and add them to the store; already stored articles are skipped.

    Then, when something was stored, stories, threads and incidents are brought up to date.

    On a terminal a progress bar shows the articles done of how many the inputs hold, the rate and
    the time left; at the end a summary line goes to stderr, e.g. "read 23, stored 21, duplicates
    1, failed 2 in 12.3 s, 1.9 articles/s". Bad inputs are reported and skipped; exit status 1
    only when nothing could be read (or, with --strict, at the first failure).
    """
    state = common.get_state(ctx)
    summary = IngestSummary()
    with common.handle_errors():
        settings = state.settings
        with common.open_store(settings.db, create=True) as store:
            seconds = _ingest_into(state, store, paths, input_format, strict=strict, summary=summary)
            if summary.stored:
                common.refresh(state, store)
    common.note(state, f"{summary.line()} {timing(summary, seconds)}")
    if summary.read == 0 and summary.failed == 0:
        common.fail("no articles found in the given inputs")
    raise typer.Exit(_exit_status(summary, strict=strict))


def _ingest_into(
    state: common.State,
    store: StoreLike,
    paths: list[str],
    input_format: InputFormat,
    *,
    strict: bool,
    summary: IngestSummary,
) -> float:
    """The inputs through the pipeline into the store, with the progress display; the seconds the
    articles took (from when the model was loaded)."""
    settings = state.settings
    with LiveDisplay(state, live=True, label="loading") as display:
        if display.live:
            location = getattr(store, "location", "")
            display.total = count_articles(paths, input_format, exclude=(location, location + ".wal"))
        pipeline = common.make_pipeline(settings)
        display.start("ingesting")
        try:
            ingest(
                paths,
                store,
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
        except (InputError, ExtractionError):
            pass  # strict: already reported; the counts so far are in summary
        except KeyboardInterrupt:
            display.__exit__(None, None, None)
            common.note(state, f"interrupted: {summary.line()} (rerun to finish; stored ones are kept)")
            raise typer.Exit(common.EXIT_INTERRUPTED) from None
        return display.seconds
