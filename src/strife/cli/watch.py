"""``strife watch``: poll RSS/Atom feeds (URLs or files) again and again and store each new item once."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Annotated

import typer

from strife.cli import common
from strife.errors import StrifeError

if TYPE_CHECKING:
    from strife.store import Store
    from strife.watch import RoundReport, WatchStore


def _every(value: str) -> float:
    # strife.watch loads the readers (trafilatura, feedparser): imported when the command runs, so
    # that every other command starts without them.
    from strife.watch import IntervalError, parse_interval

    try:
        return parse_interval(value)
    except IntervalError as exc:
        raise typer.BadParameter(str(exc), param_hint="'--every'") from None


def watch(
    ctx: typer.Context,
    sources: Annotated[
        list[str],
        typer.Argument(
            metavar="FEED", help="RSS/Atom feeds to watch: http(s) URLs or files.", show_default=False
        ),
    ],
    every: Annotated[
        str,
        typer.Option(
            "--every",
            metavar="INTERVAL",
            help="Time between rounds: seconds, or a number with s, m, h or d (30s, 15m, 1h, 1h30m).",
        ),
    ] = "15m",
    rounds: Annotated[
        int | None,
        typer.Option("--rounds", min=1, help="Stop after this many rounds (default: until Ctrl-C)."),
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(
            "--timeout",
            min=0.1,
            help="Seconds to wait for a feed's server (to connect, each read); default 30.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Watch feeds: poll them every --every and add each new item to the store, once.

    Items already stored (by an earlier round, an earlier watch on the same store, or `strife ingest`)
    are skipped before the NLP runs. A feed that is down or malformed is reported on stderr
    ("error: FEED: reason; trying again in 30 s") and retried sooner, after 30 s, 60 s, 120 s …
    (never more than --every); the other feeds go on. Each round writes a summary line to stderr
    unless --quiet. After a round that stored something, stories and incidents are brought up to date.
    The store is opened only while a round writes to it, so other commands can read it meanwhile.
    Exit status: 0; 1 when every poll of every feed failed (with --rounds); 130 on Ctrl-C.
    """
    from strife.watch import WatchSummary, feed_source, format_interval
    from strife.watch import watch as watch_feeds
    from strife.watch.fetch import DEFAULT_TIMEOUT_S

    state = common.get_state(ctx)
    interval = _every(every)
    summary = WatchSummary()
    with common.handle_errors():
        settings = state.settings
        feeds = [feed_source(s, allow_private=settings.allow_private_urls) for s in sources]
        common.open_store(settings.db, create=True).close()  # a store that cannot be opened stops here
        pipeline = common.make_pipeline(settings)
        common.note(state, f"watching {len(feeds)} feed(s) every {format_interval(interval)}; Ctrl-C stops")

        def open_store() -> Store:
            return common.open_store(settings.db, create=True)

        def on_error(exc: StrifeError) -> None:
            common.error_line(str(exc))

        def on_round(report: RoundReport) -> None:
            common.note(state, f"{time.strftime('%H:%M:%S')} {report.line()}")

        def after_round(store: WatchStore, report: RoundReport) -> None:
            """New articles came in: bring the stories, threads and incidents up to date."""
            from strife.store import Store

            if isinstance(store, Store):
                common.refresh(state, store)

        try:
            watch_feeds(
                feeds,
                open_store,
                pipeline,
                every=interval,
                rounds=rounds,
                timeout=DEFAULT_TIMEOUT_S if timeout is None else timeout,
                max_bytes=settings.max_input_bytes,
                batch_size=settings.batch_size,
                on_error=on_error,
                on_round=on_round,
                after_round=after_round,
                summary=summary,
            )
        except KeyboardInterrupt:
            common.note(state, f"interrupted: {summary.line()}")
            raise typer.Exit(common.EXIT_INTERRUPTED) from None
    common.note(state, summary.line())
    if summary.polls and summary.failed_polls == summary.polls:
        raise typer.Exit(common.EXIT_FAILED)
