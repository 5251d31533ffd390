"""The commands that read the store: ``articles``, ``show``, ``quotes``, ``actors``."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Annotated, Literal

import typer
from pydantic import BaseModel

from strife.cli import common
from strife.output import make_console, write_models
from strife.record import Article

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
    typer.Option("--limit", min=1, help="At most this many rows (default: all).", show_default=False),
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
ARTICLE_COLUMNS = ("id", "published", "outlet", "headline", "n_quotes", "n_actors")
QUOTE_COLUMNS = ("article_id", "published", "outlet", "speaker", "speaker_code", "kind", "text")
ACTOR_COLUMNS = ("name", "code", "country", "sector", "type", "articles", "mentions", "quotes")


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
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Stored articles, newest first."""
    from strife.store.base import ArticleRow

    state = common.get_state(ctx)
    start = common.parse_when(since)
    end = common.parse_when(until, until=True)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        rows = store.articles(since=start, until=end, outlet=outlet, limit=limit)
    _write(list(rows), fmt, ARTICLE_COLUMNS, ArticleRow)


def quotes(
    ctx: typer.Context,
    speaker: Annotated[
        str | None, typer.Option("--speaker", metavar="NAME", help="Only quotes by this speaker.")
    ] = None,
    since: SinceOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Stored quotes with their speakers: oldest article first, in text order within an article."""
    from strife.store.base import QuoteRow

    state = common.get_state(ctx)
    start = common.parse_when(since)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        rows = store.quotes(speaker=speaker, since=start, limit=limit)
    _write(list(rows), fmt, QUOTE_COLUMNS, QuoteRow)


def actors(
    ctx: typer.Context,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Actors over all stored articles, most often met first."""
    from strife.store.base import ActorRow

    state = common.get_state(ctx)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        rows = store.actors(limit=limit)
    _write(list(rows), fmt, ACTOR_COLUMNS, ActorRow)


def show(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(metavar="ID", help="The article id (see `strife articles`).")],
    fmt: Annotated[
        Literal["json", "table"],
        typer.Option("--format", help="json: the whole record; table: its fields, quotes and actors."),
    ] = "json",
) -> None:
    """One stored article: the whole record."""
    state = common.get_state(ctx)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        article = store.get(article_id)
    if article is None:
        common.fail(f"no article with id {article_id!r} in {state.settings.db}")
    if fmt == "json":
        sys.stdout.write(article.model_dump_json(indent=2) + "\n")
    else:
        show_table(article)
    sys.stdout.flush()


def show_table(article: Article) -> None:
    """An article as tables: its fields, then quotes, actors and cited outlets."""
    from rich.table import Table

    from strife.output import table_cell

    console = make_console(sys.stdout)
    head = Table(show_header=False, box=None, pad_edge=False)
    head.add_column(style="bold", no_wrap=True)
    head.add_column(overflow="fold")
    for name in ("id", "headline", "outlet", "published", "url", "origin", "fingerprint"):
        value = getattr(article, name)
        head.add_row(name, value.isoformat() if isinstance(value, datetime) else str(value or ""))
    body = " ".join(article.body.split())
    head.add_row("body", body if len(body) <= 400 else body[:399] + "…")
    console.print(head)
    if article.quotes:
        table = Table(title=f"quotes ({len(article.quotes)})", title_justify="left")
        for name in ("speaker", "code", "kind", "cue", "text"):
            table.add_column(name, max_width=80 if name == "text" else None)
        for q in article.quotes:
            table.add_row(
                q.speaker.name if q.speaker else "",
                (q.speaker.code or "") if q.speaker else "",
                q.kind,
                q.cue or "",
                table_cell(q.text, "text"),
            )
        console.print(table)
    if article.actors:
        table = Table(title=f"actors ({len(article.actors)})", title_justify="left")
        for name in ("name", "code", "country", "sector", "type", "title", "mentions"):
            table.add_column(name, justify="right" if name == "mentions" else "left")
        for a in article.actors:
            table.add_row(
                a.name,
                a.code or "",
                a.country or "",
                a.sector or "",
                a.type,
                a.title or "",
                str(len(a.mentions)),
            )
        console.print(table)
    if article.attributed_sources:
        table = Table(title=f"cited outlets ({len(article.attributed_sources)})", title_justify="left")
        table.add_column("name")
        table.add_column("cue")
        for s in article.attributed_sources:
            table.add_row(s.name, s.cue)
        console.print(table)
