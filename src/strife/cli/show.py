"""``strife show ID``: one stored article, as its JSON record or as tables of its fields, quotes,
actors, cited outlets and events."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from strife.cli import common
from strife.output import make_console
from strife.record import Actor, Article, Event, Speaker

if TYPE_CHECKING:
    from rich.table import Table


def show(
    ctx: typer.Context,
    article_id: Annotated[str, typer.Argument(metavar="ID", help="The article id (see `strife articles`).")],
    fmt: Annotated[
        Literal["json", "table"],
        typer.Option("--format", help="json: the whole record; table: its fields, quotes, actors, events."),
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
    """An article as tables: its fields, then quotes, actors, cited outlets and events."""
    from rich.table import Table

    from strife.output import fields_table, table_cell

    console = make_console(sys.stdout)
    rows = []
    for name in ("id", "headline", "outlet", "published", "url", "origin", "fingerprint"):
        value = getattr(article, name)
        rows.append((name, value.isoformat() if isinstance(value, datetime) else str(value or "")))
    body = " ".join(article.body.split())
    rows.append(("body", body if len(body) <= 400 else body[:399] + "…"))
    console.print(fields_table(rows))
    if article.quotes:
        table = Table(title=f"quotes ({len(article.quotes)})", title_justify="left")
        for name in ("speaker", "code", "kind", "cue", "text"):
            table.add_column(name, max_width=80 if name == "text" else None)
        for q in article.quotes:
            table.add_row(
                _speaker_cell(q.speaker),
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
    if article.events:
        console.print(_events_table(article.events))


def _events_table(events: list[Event]) -> Table:
    """An article's events: date, who did what to whom, modality and the text it was coded from."""
    from rich.table import Table

    from strife.output import table_cell

    table = Table(title=f"events ({len(events)})", title_justify="left")
    for name in ("date", "source", "cameo", "target", "modality", "plover", "evidence"):
        table.add_column(name, max_width=60 if name == "evidence" else None)
    for e in events:
        table.add_row(
            e.date or "",
            _actor_cell(e.source),
            e.cameo,
            _actor_cell(e.target),
            e.modality,
            e.plover.type if e.plover else "",
            table_cell(e.evidence.text, "evidence"),
        )
    return table


def _actor_cell(actor: Actor | None) -> str:
    """An event actor as its code, or its name where it has none."""
    if actor is None:
        return ""
    return actor.code or actor.name


def _speaker_cell(speaker: Speaker | None) -> str:
    """The speaker's name, else the mention that names them in the text, quoted ("“he”")."""
    if speaker is None:
        return ""
    if speaker.name:
        return speaker.name
    return f"“{speaker.mention.text}”" if speaker.mention else ""
