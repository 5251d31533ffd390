"""The commands that read the store: ``articles``, ``quotes``, ``speakers``, ``actors``, ``events``
(``show`` is :mod:`strife.cli.show`)."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer
from pydantic import BaseModel

from strife.cli import common
from strife.output import write_models

if TYPE_CHECKING:
    from strife.speaker_identity import SpeakerIdentity
    from strife.store.event_filter import EventFilter

ListFormat = Literal["table", "jsonl", "json", "csv"]

FormatOpt = Annotated[
    ListFormat,
    typer.Option(
        "--format",
        help="table (long text cut to fit), jsonl, json (one array) or csv (nested values as JSON).",
    ),
]
LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit", min=1, max=1_000_000_000, help="At most this many rows (default: all).", show_default=False
    ),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since", metavar="DATE", help="Published at or after this ISO date/date-time (UTC unless given)."
    ),
]
UntilOpt = Annotated[
    str | None,
    typer.Option(
        "--until",
        metavar="DATE",
        help="Published at or before this ISO date/date-time (a bare date: all of that day).",
    ),
]

# Columns a table shows (csv and the JSON formats carry every field).
ARTICLE_COLUMNS = ("id", "published", "outlet", "headline", "n_quotes", "n_actors", "n_events")
QUOTE_COLUMNS = (
    "article_id",
    "published",
    "outlet",
    "speaker",
    "speaker_code",
    "speaker_mention",
    "kind",
    "text",
)
SPEAKER_COLUMNS = ("name", "codes", "quotes", "articles")
ACTOR_COLUMNS = ("name", "code", "country", "sector", "type", "articles", "mentions", "quotes")
# A table puts the CAMEO code's name beside it; the PLOVER type is a word already (CSV and JSON
# carry its label too).
EVENT_COLUMNS = (
    "article_id", "date", "outlet", "source_code", "cameo", "cameo_label", "target_code",
    "modality", "plover_type", "evidence",
)  # fmt: skip


def _write(
    rows: list[BaseModel], fmt: ListFormat, columns: tuple[str, ...], model_type: type[BaseModel]
) -> None:
    write_models(
        rows,
        fmt,
        sys.stdout,
        columns=columns if fmt == "table" else None,
        model_type=model_type,
    )
    sys.stdout.flush()


def articles(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", metavar="NAME", help="Only articles from this outlet.")
    ] = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Stored articles, newest first; --search looks in the headline and the body."""
    from strife.store.rows import ArticleRow

    state = common.get_state(ctx)
    start = common.parse_when(since)
    end = common.parse_when(until, until=True)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        rows = store.articles(since=start, until=end, outlet=outlet, q=search, limit=limit)
    _write(list(rows), fmt, ARTICLE_COLUMNS, ArticleRow)


def quotes(
    ctx: typer.Context,
    speaker: Annotated[
        str | None, typer.Option("--speaker", metavar="NAME", help="Only quotes by this speaker.")
    ] = None,
    since: SinceOpt = None,
    search: SearchOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Stored quotes with their speakers: oldest article first, in text order within an article."""
    from strife.store.rows import QuoteRow

    state = common.get_state(ctx)
    start = common.parse_when(since)
    with common.handle_errors():
        people = _identity(state.settings.dictionaries).names_for(speaker) if speaker else None
        with common.open_store(state.settings.db, create=False) as store:
            if people is not None:  # a person the dictionaries know: every quote under their name
                rows = store.quotes(speakers=people, since=start, q=search, limit=limit)
            else:
                rows = store.quotes(speaker=speaker, since=start, q=search, limit=limit)
    _write(list(rows), fmt, QUOTE_COLUMNS, QuoteRow)


def speakers(
    ctx: typer.Context,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Quoted people over all stored articles, most quoted first: one row per person (by the
    dictionaries' canonical name) with every code they were quoted under."""
    from strife.store.rows import SpeakerRow

    state = common.get_state(ctx)
    with common.handle_errors():
        identity = _identity(state.settings.dictionaries)
        with common.open_store(state.settings.db, create=False) as store:
            rows = identity.group(store.speaker_counts())
    _write(list(rows[:limit] if limit is not None else rows), fmt, SPEAKER_COLUMNS, SpeakerRow)


def _identity(files: Sequence[Path]) -> SpeakerIdentity:
    from strife.dictionaries import Dictionaries
    from strife.speaker_identity import SpeakerIdentity

    return SpeakerIdentity(Dictionaries.load(files))


def actors(
    ctx: typer.Context,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Actors over all stored articles, most often met first."""
    from strife.store.rows import ActorRow

    state = common.get_state(ctx)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        rows = store.actors(limit=limit)
    _write(list(rows), fmt, ACTOR_COLUMNS, ActorRow)


EVENT_DATE_HELP = "{} this date: YYYY-MM-DD, YYYY-MM or YYYY (the event's date, else its article's day)."
#: The events command's options by the EventFilter field they set.
EVENT_OPTIONS = {
    "actor": "--actor",
    "dyad": "--dyad",
    "directed": "--directed",
    "root": "--root",
    "code": "--code",
    "plover": "--plover",
    "quad_class": "--quad",
    "modality": "--modality",
    "since": "--since",
    "until": "--until",
    "article": "--article",
    "place": "--place",
    "text": "--search",
    "outlet": "--outlet",
    "min_confidence": "--min-confidence",
    "published_since": "--published-since",
    "published_until": "--published-until",
    "order": "--sort",
    "include_uncoded": "--include-uncoded",
    "include_historical": "--include-historical",
}

SearchOpt = Annotated[
    str | None,
    typer.Option("--search", metavar="TEXT", help="Only those whose text holds this (any case)."),
]


def events(
    ctx: typer.Context,
    actor: Annotated[
        str | None,
        typer.Option(
            "--actor",
            metavar="ACTOR",
            help="Source or target has a code starting with this (RUS: RUS, RUSGOV, RUSMIL …) "
            "or this country; a country or IGO name gives its code (Russia: RUS, NATO: IGOWSTNAT).",
        ),
    ] = None,
    dyad: Annotated[
        str | None,
        typer.Option(
            "--dyad",
            metavar="A,B",
            help="Between these two actors (codes or names, matched as --actor), either way.",
        ),
    ] = None,
    directed: Annotated[bool, typer.Option("--directed", help="With --dyad: only A acting on B.")] = False,
    root: Annotated[
        str | None, typer.Option("--root", metavar="NN", help="CAMEO root code, 01 to 20 (13: threaten).")
    ] = None,
    code: Annotated[
        str | None,
        typer.Option("--code", metavar="DIGITS", help="CAMEO code starting with these digits (138, 0211)."),
    ] = None,
    plover: Annotated[
        str | None, typer.Option("--plover", metavar="TYPE", help="PLOVER event type (THREATEN, AGREE …).")
    ] = None,
    quad: Annotated[
        int | None,
        typer.Option(
            "--quad",
            metavar="N",
            help="Quad class: 1 verbal / 2 material cooperation, 3 verbal / 4 material conflict.",
        ),
    ] = None,
    modality: Annotated[
        str | None,
        typer.Option(
            "--modality",
            metavar="M",
            help="asserted, negated, conditional, hypothetical, future or intended.",
        ),
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", metavar="DATE", help=EVENT_DATE_HELP.format("On or after"))
    ] = None,
    until: Annotated[
        str | None, typer.Option("--until", metavar="DATE", help=EVENT_DATE_HELP.format("On or before"))
    ] = None,
    article: Annotated[
        str | None, typer.Option("--article", metavar="ID", help="Only the events of this article.")
    ] = None,
    place: Annotated[
        str | None,
        typer.Option(
            "--place",
            metavar="NAME",
            help="Located at a place whose name holds this, or in this country code.",
        ),
    ] = None,
    search: SearchOpt = None,
    outlet: Annotated[
        str | None, typer.Option("--outlet", metavar="NAME", help="Only events of articles from this outlet.")
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence", metavar="X", help="Only events coded with this confidence or more (0-1)."
        ),
    ] = None,
    published_since: Annotated[
        str | None,
        typer.Option(
            "--published-since", metavar="WHEN", help="Article published on or after this date(-time)."
        ),
    ] = None,
    published_until: Annotated[
        str | None,
        typer.Option(
            "--published-until", metavar="WHEN", help="Article published on or before this date(-time)."
        ),
    ] = None,
    sort: Annotated[
        Literal["oldest", "newest"],
        typer.Option("--sort", help="oldest first (by date, undated last) or newest."),
    ] = "oldest",
    include_uncoded: common.IncludeUncodedOpt = False,
    include_historical: common.IncludeHistoricalOpt = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Stored events, by date (an event's own, else its article's), then article and position, with
    the CAMEO code's name and the PLOVER type beside the codes.

    A date of month or year precision is kept when the range can hold it: an event dated 2022-01 is
    kept by --since 2022-01-20. --since/--until filter on the event's date, --published-since/-until
    on the day its article came out. As in series and alerts, events with no coded source or target
    and events told as background history are left out unless asked for (`strife show` has them all).
    """
    from strife.events.labels import LABELLED_COLUMNS, LabelledEvent, labelled

    state = common.get_state(ctx)
    where = options_filter(locals())  # the filter options above, by name
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        rows = store.events(where, limit=limit)
    # codes with their labels beside them: CAMEO name, quad class and PLOVER type in words
    columns = EVENT_COLUMNS if fmt == "table" else LABELLED_COLUMNS
    write_models(list(labelled(rows)), fmt, sys.stdout, columns=columns, model_type=LabelledEvent)
    sys.stdout.flush()


def options_filter(options: Mapping[str, Any]) -> EventFilter:
    """The :class:`EventFilter` for the filter options of ``strife events`` given by their parameter
    names (``strife export`` takes the same options)."""
    o = options
    return event_filter(
        actor=o["actor"], dyad=o["dyad"], directed=o["directed"], root=o["root"], code=o["code"],
        plover=o["plover"], quad_class=o["quad"], modality=o["modality"], since=o["since"],
        until=o["until"], article=o["article"], place=o["place"], text=o["search"],
        outlet=o["outlet"], min_confidence=o["min_confidence"],
        published_since=common.parse_when(o["published_since"]),
        published_until=common.parse_when(o["published_until"], until=True), order=o["sort"],
        include_uncoded=o["include_uncoded"], include_historical=o["include_historical"],
    )  # fmt: skip


def event_filter(
    *,
    actor: str | None,
    dyad: str | None,
    directed: bool,
    root: str | None,
    code: str | None,
    plover: str | None,
    quad_class: int | None,
    modality: str | None,
    since: str | None,
    until: str | None,
    article: str | None,
    place: str | None = None,
    text: str | None = None,
    outlet: str | None = None,
    min_confidence: float | None = None,
    published_since: datetime | None = None,
    published_until: datetime | None = None,
    order: str = "oldest",
    include_uncoded: bool = False,
    include_historical: bool = False,
) -> EventFilter:
    """The :class:`EventFilter` for the ``events`` options; a bad value is a usage error naming its
    option (``error: --quad 7: …``, exit status 2)."""
    from strife.monitor.series import actor_or_code
    from strife.store.event_filter import EventFilter, EventFilterError

    pair: tuple[str, str] | None = None
    if dyad is not None:
        parts = [part.strip() for part in dyad.split(",")]
        if len(parts) != 2 or not all(parts):
            common.fail(
                f"--dyad {dyad!r}: give two actor codes separated by a comma, e.g. --dyad NATO,RUS",
                common.EXIT_SETUP,
            )
        pair = (actor_or_code(parts[0]), actor_or_code(parts[1]))
    try:
        return EventFilter(
            actor=actor_or_code(actor) if actor is not None else None, dyad=pair, directed=directed,
            root=root, code=code, plover=plover, quad_class=quad_class, modality=modality, since=since,
            until=until, article=article, place=place, text=text, outlet=outlet,
            min_confidence=min_confidence, published_since=published_since,
            published_until=published_until, order=order, include_uncoded=include_uncoded,
            include_historical=include_historical,
        )  # fmt: skip
    except EventFilterError as exc:
        shown = "" if isinstance(exc.value, bool) else f" {exc.value!r}"
        reason = exc.reason + _hint(exc.field, exc.value)
        common.fail(f"{EVENT_OPTIONS[exc.field]}{shown}: {reason}", common.EXIT_SETUP)


def _hint(field: str, value: object) -> str:
    """What to do instead, where the reason alone does not say."""
    text = value.strip() if isinstance(value, str) else ""
    if field == "root" and text.isdigit() and len(text) > 2:
        return f"; for the code {text} and the codes under it use --code {text}"
    if field == "actor" and "," in text:
        return f"; for the events between two actors use --dyad {text.replace(' ', '')}"
    if field == "directed":
        return "; add --dyad A,B"
    return ""
