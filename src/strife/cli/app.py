"""The ``strife`` command line: a thin layer over :mod:`strife.ingest`, :mod:`strife.store` and
:mod:`strife.info`.

Global options come before the command (``strife --db x.duckdb articles``). Records go to stdout;
errors (``error: <origin>: <reason>``), progress and summaries go to stderr.

Exit status: 0 on success; 1 when a run read nothing usable, when ``--strict`` and anything failed,
or when ``show`` gets an unknown id; 2 for a setup problem (config, store, spaCy model) or bad usage;
130 when interrupted.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from strife.cli import actors, common, evaluate, export, monitor, query, reading, serve, show, stories, watch
from strife.info import gather, strife_version

app = typer.Typer(
    name="strife",
    help="Read news into structured, source-attributed records: quotes with speakers, coded actors, "
    "cited outlets; store them in DuckDB and query them.",
    no_args_is_help=True,
    rich_markup_mode="markdown",
    add_completion=False,
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"strife {strife_version()}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="FILE_OR_URL",
            help="The store: a DuckDB file, or a PostgreSQL URL postgresql://user@host:5432/db "
            "(overrides STRIFE_DB and the config file).",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model",
            metavar="NAME_OR_PATH",
            help="spaCy pipeline: installed package name or model folder (overrides STRIFE_SPACY_MODEL).",
        ),
    ] = None,
    dictionary: Annotated[
        list[Path] | None,
        typer.Option(
            "--dictionary",
            metavar="FILE",
            help="User dictionary file, added to the bundled ones and those in the settings (repeatable).",
        ),
    ] = None,
    allow_private_urls: Annotated[
        bool,
        typer.Option(
            "--allow-private-urls",
            help="Accept feed items linking to loopback, link-local or private addresses (intranet feeds; "
            "overrides STRIFE_ALLOW_PRIVATE_URLS).",
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress display or summary line; errors still show.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", help="Show the version and exit.", is_eager=True, callback=_version),
    ] = False,
) -> None:
    """Global options; they go before the command."""
    ctx.obj = common.State(
        db=db,
        model=model,
        dictionaries=list(dictionary or []),
        quiet=quiet,
        allow_private_urls=True if allow_private_urls else None,
    )


app.command("extract")(reading.extract)
app.command("ingest")(reading.ingest_command)
app.command("articles")(query.articles)
app.command("show")(show.show)
app.command("quotes")(query.quotes)
app.command("speakers")(query.speakers)
app.add_typer(actors.app, name="actors")
app.command("events")(query.events)
app.command("export")(export.export_command)
app.command("stories")(stories.stories)
app.command("story")(stories.story)
app.command("threads")(stories.threads)
app.command("dyad")(monitor.dyad)
app.command("alerts")(monitor.alerts)
app.command("refresh")(stories.refresh)
app.command("eval")(evaluate.evaluate)
app.command("watch")(watch.watch)
app.command("serve")(serve.serve)


@app.command("info")
def info(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Versions, the spaCy model in use (located, not loaded), the store, settings and data files."""
    state = common.get_state(ctx)
    with common.handle_errors():
        data = gather(state.settings)
    if as_json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return
    _print_info(data)


def _print_info(data: dict[str, Any]) -> None:
    rows: list[tuple[str, str]] = []
    for name, version in data["versions"].items():
        rows.append((name, version or "(not installed)"))
    model = data["model"]
    found = "found" if model.get("available") else f"NOT FOUND: {model.get('problem', '')}"
    where = f" at {model['location']}" if model.get("available") and model.get("location") else ""
    rows.append(("spacy_model", f"{data['spacy_model']} ({model['kind']}, {found}{where})"))
    store = data["store"]
    if not store["exists"]:
        rows.append(("store", f"{store['location']} (does not exist yet)"))
    elif "problem" in store:
        rows.append(("store", f"{store['location']} (cannot be read: {store['problem']})"))
    else:
        counts = ", ".join(f"{k} {v}" for k, v in store.get("counts", {}).items())
        rows.append(("store", f"{store['location']} (schema {store.get('schema_version')}; {counts})"))
    config = data["config_file"]
    rows.append(("config file", config["path"] + ("" if config["exists"] else " (none)")))
    dicts = data["dictionaries"]
    files = dicts.get("files") or ["(none)"]
    rows += [("dictionaries" if i == 0 else "", f) for i, f in enumerate(files)]
    if "problem" in dicts:
        rows.append(("", f"problem: {dicts['problem']}"))
    for key, value in data["settings"].items():
        shown = ", ".join(value) if isinstance(value, list) else str(value)
        rows.append((f"setting {key}", shown or "(none)"))
    width = max(len(k) for k, _ in rows)
    print("\n".join(f"{k:<{width}}  {v}" for k, v in rows))


def main() -> None:
    """Console-script entry point (``strife``, ``python -m strife``)."""
    try:
        app()
    except BrokenPipeError:
        # stdout closed early (``strife extract … | head``): stop quietly, as Unix tools do.
        _silence_stdout()
        sys.exit(141)


def _silence_stdout() -> None:
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
