"""``strife actors``: the actors in the store, and ``strife actors lookup NAME [--date D]``: what a name
codes to on a day and why, from the dictionaries (a thin layer over :meth:`Dictionaries.report`)."""

from __future__ import annotations

import json
from datetime import date
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from strife.cli import common, query

if TYPE_CHECKING:
    from strife.dictionaries import Dictionaries

app = typer.Typer(
    name="actors",
    help="Actors over all stored articles, most often met first; `actors lookup NAME` asks the dictionaries.",
    invoke_without_command=True,
    no_args_is_help=False,
)


@app.callback()
def actors(ctx: typer.Context, limit: query.LimitOpt = None, fmt: query.FormatOpt = "table") -> None:
    """Actors over all stored articles, most often met first (or a subcommand: `lookup`)."""
    if ctx.invoked_subcommand is None:
        query.actors(ctx, limit, fmt)


@app.command("lookup")
def lookup(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="A name as the news writes it: Trump, NATO.")],
    on: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="The day to code it on (an article's date); default: its latest period.",
        ),
    ] = None,
    fmt: Annotated[Literal["table", "json"], typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """What NAME codes to on a day, and why: the dictionary file and row, the days the row holds, and
    how the actor was chosen when several share the name. Your --dictionary files count too."""
    from strife.dictionaries import Dictionaries

    state = common.get_state(ctx)
    day = _day(on)
    with common.handle_errors():
        dictionaries = Dictionaries.load(state.settings.dictionaries)
        report = dictionaries.report(name, day)
        report["notes"] = _notes(dictionaries, name, report, day)
    if fmt == "json":
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(_text(report))
    if not report["found"]:
        raise typer.Exit(common.EXIT_FAILED)


def _notes(dictionaries: Dictionaries, name: str, report: dict[str, Any], day: date | None) -> list[str]:
    """How a text reads the name beyond the dictionaries' row: a place whose state changed as the
    state of the day, a capital as its government, a misspelling as the name it misspells."""
    from strife.nlp.dated_places import dated_country
    from strife.nlp.respelling import respeller_for

    if not report["found"]:
        meant = respeller_for(dictionaries)(name)
        return [f"read in a text as {meant!r}, a name one letter away"] if meant else []
    country = report.get("country") or ""
    if report.get("type") != "state" or not country:
        return []
    notes = []
    dated = dated_country(dictionaries, name, day, "") if day is not None else None
    if dated is not None and dated != country:
        notes.append(f"in a text of that day: {dated} (dated_places.tsv: its state changed)")
        country = dated
    if dictionaries.is_capital(name):
        notes.append(
            f"in a text: {country}GOV (its government) where it speaks or deals, or is spoken to or dealt "
            f"with; {country} where it acts otherwise"
        )
    return notes


def _day(text: str | None) -> date | None:
    if text is None or not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        common.fail(f"--date {text!r}: not a day; give YYYY-MM-DD, e.g. --date 2016-05-01", common.EXIT_SETUP)


def _text(report: dict[str, Any]) -> str:
    name = report["name"]
    if not report["found"]:
        return "\n".join(
            [f"{name}: no actor of this name in the dictionaries (the bundled files and --dictionary)"]
            + [f"  note: {note}" for note in report.get("notes", [])]
        )
    when = f"on {report['date']}" if report["date"] else "(no date: its latest period)"
    what = ", ".join(str(v) for v in (report["type"], report["title"]) if v)
    lines = [
        f"{name} {when} → {report['code'] or '(no code)'}  {report['actor']} ({what})",
        f"  why: {report['why']}",
    ]
    lines += [f"  note: {note}" for note in report.get("notes", [])]
    if len(report["claimants"]) > 1:
        lines.append(
            f"  also claimed by: {', '.join(c for c in report['claimants'] if c != report['actor'])}"
        )
    if len(report["periods"]) > 1:
        lines.append("  periods:")
        for period in report["periods"]:
            span = (
                f"{period['from'] or '…'} – {period['until'] or '…'}"
                if period["from"] or period["until"]
                else "undated"
            )
            lines.append(f"    {period['code']:<14} {span:<25} {period['title'] or ''}".rstrip())
    return "\n".join(lines)
