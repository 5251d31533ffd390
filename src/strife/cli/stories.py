"""The story commands: ``stories``, ``story ID [--compare]``, ``threads``, and ``refresh``.

The first three only read: stories are computed on the write path (after ``strife ingest``, a
``strife watch`` round, ``POST /api/articles``) or by ``strife refresh``; when articles came in that
no refresh has taken in yet, they say so on stderr.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal

import typer
from pydantic import BaseModel

from strife.cli import common
from strife.cli.query import FormatOpt, LimitOpt, ListFormat, _write
from strife.output import fields_table, make_console, table_cell, write_models

if TYPE_CHECKING:
    from strife.monitor.compare import OutletView
    from strife.monitor.stories import StoryDetail
    from strife.store import Store
    from strife.store.story_rows import StoryRow, ThreadRow

STORY_COLUMNS = ("story", "first_seen", "last_seen", "articles", "outlets", "headline")
THREAD_COLUMNS = ("thread", "first_seen", "last_seen", "stories", "articles", "headline")
INCIDENT_COLUMNS = ("incident", "date", "source", "cameo", "target", "modality", "articles", "outlets",
                    "first_outlet", "first_seen")  # fmt: skip
COMPARE_COLUMNS = ("outlet", "articles", "quoted", "cited", "distinctive", "tone", "quote_tone")

MinArticlesOpt = Annotated[
    int,
    typer.Option("--min-articles", min=1, help="Only stories with at least this many articles."),
]


class _StoryLine(BaseModel):
    """A story as one table row: counts and names instead of lists."""

    story: str
    first_seen: datetime | None
    last_seen: datetime | None
    articles: int
    outlets: str
    headline: str | None

    @classmethod
    def of(cls, row: StoryRow) -> _StoryLine:
        return cls(
            story=row.story,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
            articles=len(row.articles),
            outlets=", ".join(row.outlets),
            headline=row.headline,
        )


class _ThreadLine(BaseModel):
    """A thread as one table row: how many stories and articles."""

    thread: str
    first_seen: datetime | None
    last_seen: datetime | None
    stories: int
    articles: int
    headline: str | None

    @classmethod
    def of(cls, row: ThreadRow) -> _ThreadLine:
        return cls(
            thread=row.thread,
            first_seen=row.first_seen,
            last_seen=row.last_seen,
            stories=len(row.stories),
            articles=row.articles,
            headline=row.headline,
        )


def _reading_store(state: common.State) -> Store:
    store = common.open_store(state.settings.db, create=False)
    try:
        common.note_stale(state, store)
    except BaseException:
        store.close()
        raise
    return store


def refresh(
    ctx: typer.Context,
    full: Annotated[
        bool,
        typer.Option(
            "--full", help="Recompute from every article, not only from those stored since the last refresh."
        ),
    ] = False,
) -> None:
    """Bring stories, threads and incidents (and what else is derived from the articles) up to date.

    `strife ingest` and `strife watch` do this after they store articles; this command is for a
    store written some other way, or after a refresh was interrupted. A refresh already running on
    the same store (another process) is waited for. Says on stderr what it did.
    """
    state = common.get_state(ctx)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        common.refresh(state, store, full=full)


def stories(
    ctx: typer.Context,
    thread: Annotated[
        str | None, typer.Option("--thread", metavar="ID", help="Only this thread's stories.")
    ] = None,
    min_articles: MinArticlesOpt = 1,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Stories: articles about one happening, grouped across outlets; most recently seen first."""
    state = common.get_state(ctx)
    with common.handle_errors(), _reading_store(state) as store:
        rows = store.stories(thread=thread, min_articles=min_articles, limit=limit)
    if fmt == "table":
        _write([_StoryLine.of(r) for r in rows], fmt, STORY_COLUMNS, _StoryLine)
    else:
        from strife.store.story_rows import StoryRow

        _write(list(rows), fmt, STORY_COLUMNS, StoryRow)


def threads(
    ctx: typer.Context,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Threads: related stories (successive rounds of the same talks), most recently seen first.

    The table counts each thread's stories; jsonl, json and csv list their ids, and
    `strife stories --thread ID` lists one thread's stories.
    """
    state = common.get_state(ctx)
    with common.handle_errors(), _reading_store(state) as store:
        rows = store.threads(limit=limit)
    if fmt == "table":
        _write([_ThreadLine.of(r) for r in rows], fmt, THREAD_COLUMNS, _ThreadLine)
    else:
        from strife.store.story_rows import ThreadRow

        _write(list(rows), fmt, THREAD_COLUMNS, ThreadRow)


def story(
    ctx: typer.Context,
    story_id: Annotated[str, typer.Argument(metavar="ID", help="The story id (see `strife stories`).")],
    compare: Annotated[
        bool,
        typer.Option("--compare", help="Outlets side by side: who is quoted, cited outlets, labels, tone."),
    ] = False,
    fmt: Annotated[
        Literal["table", "json"], typer.Option("--format", help="table, or json (everything).")
    ] = "table",
) -> None:
    """One story: its articles, and its incidents with how many articles and outlets reported each."""
    from strife.monitor.stories import story_detail

    state = common.get_state(ctx)
    with common.handle_errors(), _reading_store(state) as store:
        detail = story_detail(store, story_id)
    if detail is None:
        common.fail(f"no story with id {story_id!r} in {state.settings.db}; see `strife stories`")
    if compare:
        _write_compare(detail.outlets, fmt)
    elif fmt == "json":
        sys.stdout.write(detail.model_dump_json(indent=2) + "\n")
    else:
        _story_tables(detail)
    sys.stdout.flush()


def _story_tables(detail: StoryDetail) -> None:
    from rich.table import Table

    console = make_console(sys.stdout)
    s = detail.story
    names = ("story", "thread", "headline", "outlets", "first_seen", "last_seen")
    console.print(fields_table((name, table_cell(getattr(s, name), name)) for name in names))
    members = Table(title=f"articles ({len(detail.members)})", title_justify="left")
    for name in ("article", "duplicate_of"):
        members.add_column(name)
    for m in sorted(detail.members, key=lambda m: s.articles.index(m.article_id)):
        members.add_row(m.article_id, m.duplicate_of or "")
    console.print(members)
    write_models(detail.incidents, "table", sys.stdout, columns=INCIDENT_COLUMNS, title="incidents")


def _write_compare(views: list[OutletView], fmt: ListFormat | str) -> None:
    if fmt == "json":
        write_models(views, "json", sys.stdout)
        return
    rows = [_compare_row(v) for v in views]
    write_models(rows, "table", sys.stdout, columns=COMPARE_COLUMNS)


class _CompareRow(BaseModel):
    outlet: str
    articles: int
    quoted: str
    cited: str
    distinctive: str
    tone: float | None
    quote_tone: float | None


def _compare_row(view: OutletView) -> _CompareRow:
    return _CompareRow(
        outlet=view.outlet,
        articles=len(view.articles),
        quoted="; ".join(f"{q.speaker} ({q.quotes} quotes, {q.words} words)" for q in view.quoted),
        cited=", ".join(f"{name} ({n})" for name, n in view.cited.items()),
        distinctive="; ".join(view.distinctive),
        tone=view.tone,
        quote_tone=view.quote_tone,
    )
