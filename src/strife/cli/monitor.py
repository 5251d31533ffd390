"""The monitoring commands: ``dyad`` (two actors' event series, with a chart) and ``alerts``
(escalations per country and per dyad)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer
from pydantic import BaseModel, ConfigDict

from strife.cli import common
from strife.output import write_models

if TYPE_CHECKING:
    from strife.monitor.alerts import Alert
    from strife.monitor.series import SeriesQuery
    from strife.store.rows import Bucket

#: The option (or argument) each :class:`~strife.monitor.series.SeriesError` field comes from.
SERIES_OPTIONS = {"first": "A", "second": "B", "by": "--by", "since": "--since", "until": "--until"}
DATE_HELP = "{} this day: YYYY-MM-DD, YYYY-MM or YYYY (a month or year: its {} day)."
ACTOR_HELP = (
    "A country code (RUS), actor code (RUSGOV, NATO) or a country or IGO name (Russia, 'United States')."
)

SinceOpt = Annotated[
    str | None, typer.Option("--since", metavar="DATE", help=DATE_HELP.format("From", "first"))
]
UntilOpt = Annotated[
    str | None, typer.Option("--until", metavar="DATE", help=DATE_HELP.format("Up to and including", "last"))
]


def dyad(
    ctx: typer.Context,
    first: Annotated[str, typer.Argument(metavar="A", help=ACTOR_HELP)],
    second: Annotated[str, typer.Argument(metavar="B", help="The other actor, given as A is.")],
    by: Annotated[
        Literal["day", "week", "month"],
        typer.Option("--by", help="Bucket: day, ISO week (from Monday) or calendar month."),
    ] = "day",
    directed: Annotated[
        bool, typer.Option("--directed", help="Only A acting on B (default: both ways).")
    ] = False,
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_uncoded: common.IncludeUncodedOpt = False,
    include_historical: common.IncludeHistoricalOpt = False,
    fmt: Annotated[
        Literal["table", "json", "csv"], typer.Option("--format", help="table, json (one array) or csv.")
    ] = "table",
    plot: Annotated[
        Path | None,
        typer.Option(
            "--plot",
            metavar="FILE",
            help="Also draw the series: FILE.png (an image) or FILE.html (a self-contained page).",
        ),
    ] = None,
) -> None:
    """Events between two actors per day, week or month: counts by quad class, Goldstein, tone.

    Asserted events only are counted as events; negated ones and conditional, hypothetical, future
    or intended ones have their own columns. An event many articles report (one incident) counts
    once. An event's day is its own date, else its article's; one dated to a month only counts in
    --by month. Empty buckets are zeros. Events told as background history, and events with no
    coded side, are not counted unless asked for.
    """
    from strife.monitor.plot import PLOT_SUFFIXES, write_plot
    from strife.monitor.series import dyad_series
    from strife.store.rows import SeriesRow

    state = common.get_state(ctx)
    query = series_query(first, second, by=by, directed=directed, since=since, until=until)
    query = query.counting(include_uncoded=include_uncoded, include_historical=include_historical)
    if plot is not None and plot.suffix.lower() not in PLOT_SUFFIXES:
        common.fail(f"--plot {str(plot)!r} is not a .png or .html file; give one of those", common.EXIT_SETUP)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        common.note_stale(state, store)
        rows = dyad_series(store, query)
    title = f"{query.label} by {query.by}"
    write_models(rows, fmt, sys.stdout, model_type=SeriesRow, title=title if fmt == "table" else None)
    sys.stdout.flush()
    if plot is not None:
        with common.handle_errors():
            write_plot(rows, plot, title=title, by=query.by)
        common.note(state, f"plot written to {plot}")


def series_query(
    first: str, second: str, *, by: Bucket, directed: bool, since: str | None, until: str | None
) -> SeriesQuery:
    """The :class:`SeriesQuery` of the ``dyad`` arguments; a bad value is a usage error naming it
    (``error: A 'Xyz' is not a country …``, exit status 2)."""
    from strife.monitor.series import SeriesError, SeriesQuery

    try:
        return SeriesQuery(first, second, by=by, directed=directed, since=since, until=until)
    except SeriesError as exc:
        common.fail(
            f"{SERIES_OPTIONS.get(exc.field, exc.field)} {exc.value!r} {exc.reason}", common.EXIT_SETUP
        )


class AlertLine(BaseModel):
    """An alert as a table shows it: the ids of its events cut to the first few."""

    model_config = ConfigDict(frozen=True)

    date: date
    actors: str
    detector: str
    measure: str
    value: float
    baseline: float
    score: float
    events: str


#: Event ids a table shows per alert (json has them all).
TABLE_EVENT_IDS = 3


def alerts(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_uncoded: common.IncludeUncodedOpt = False,
    include_historical: common.IncludeHistoricalOpt = False,
    fmt: Annotated[
        Literal["table", "json"],
        typer.Option("--format", help="table (the first event ids) or json (one array, every event id)."),
    ] = "table",
) -> None:
    """Escalations per country and per dyad: conflict incidents (quad classes 3 and 4, asserted,
    counted once however many articles report them) rising above their norm.

    Two detectors: `change`, after ACLED's change level: a week with at least 6 incidents and at
    least twice both its 4-week and its 52-week norm (dated by the week's Monday); `surprise`: a
    day whose count is improbable (-log10 negative-binomial tail probability >= 4.5) given the 8
    weeks before it (less the last 2 days), their mean and overdispersion. Each alert lists the ids
    of its period's conflict events (ARTICLE#INDEX; see `strife show ARTICLE`). Default: the whole
    store. Events told as background history, and events with no coded side, are not counted unless
    asked for.
    """
    from strife.monitor.alerts import AlertSettings, find_alerts
    from strife.monitor.series import SeriesError, parse_day

    state = common.get_state(ctx)
    try:
        start = None if since is None else parse_day(since, field="--since")
        end = None if until is None else parse_day(until, field="--until", end=True)
    except SeriesError as exc:
        common.fail(f"{exc.field} {exc.value!r} {exc.reason}", common.EXIT_SETUP)
    if start is not None and end is not None and end < start:
        common.fail(f"--until {until!r} is before --since {since!r}; nothing can match", common.EXIT_SETUP)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        common.note_stale(state, store)
        settings = AlertSettings(include_uncoded=include_uncoded, include_historical=include_historical)
        found = find_alerts(store, since=start, until=end, settings=settings)
    if fmt == "json":
        write_models(found, "json", sys.stdout)
    else:
        write_models([_line(a) for a in found], "table", sys.stdout, model_type=AlertLine)
    sys.stdout.flush()
    common.note(state, f"{len(found)} alert(s)")


def _line(alert: Alert) -> AlertLine:
    ids = alert.events[:TABLE_EVENT_IDS]
    more = len(alert.events) - len(ids)
    return AlertLine(
        date=alert.date,
        actors="-".join(alert.actors),
        detector=alert.detector,
        measure=alert.measure,
        value=alert.value,
        baseline=alert.baseline,
        score=alert.score,
        events=" ".join(ids) + (f" (+{more})" if more else ""),
    )
