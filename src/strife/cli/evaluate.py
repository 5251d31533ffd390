"""``strife eval``: strife's figures on the gold data sets (:mod:`strife.evaluation`).

The gold data is not part of strife: it lives in a *shared* folder holding ``gold/``, by default
``../shared`` beside the repository strife runs from (or is installed in editable mode from).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Annotated, Literal

import typer

from strife.cli import common

EvalFormat = Literal["table", "json"]


def shared_folder(given: Path | None) -> Path:
    """The shared folder: ``--shared``, else ``../shared`` beside the repository holding the working
    directory or strife's own source; exit 2 with a message when there is none."""
    from strife.evaluation import find_shared

    if given is not None:
        folder = given.expanduser()
        if not (folder / "gold").is_dir():
            common.fail(f"{folder} holds no gold/ folder; pass --shared PATH (the folder holding gold/)", 2)
        return folder
    for start in (Path.cwd(), Path(__file__).resolve()):
        found = find_shared(start)
        if found is not None:
            return found
    common.fail("the shared data folder was not found: pass --shared or put the data at ../shared", 2)


def listing() -> str:
    """One line per evaluation: its name and what it measures."""
    from strife.evaluation import DESCRIPTIONS, EVALUATIONS

    width = max(len(name) for name in EVALUATIONS)
    return "\n".join(f"{name:<{width}}  {DESCRIPTIONS.get(name, '')}".rstrip() for name in EVALUATIONS)


def evaluate(
    ctx: typer.Context,
    names: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="NAME", help="Evaluations to run (strife eval --list names them).", show_default=False
        ),
    ] = None,
    shared: Annotated[
        Path | None,
        typer.Option(
            "--shared", metavar="PATH", help="The shared folder holding gold/ (default: ../shared)."
        ),
    ] = None,
    output_format: Annotated[
        EvalFormat,
        typer.Option("--format", help="table: one table per evaluation; json: one object of figures."),
    ] = "table",
    list_names: Annotated[bool, typer.Option("--list", help="List the evaluations and exit.")] = False,
    check: Annotated[
        bool, typer.Option("--check", help="Exit 1 when a figure is under its pinned floor (as CI does).")
    ] = False,
    second_opinion: Annotated[
        bool,
        typer.Option(
            "--second-opinion",
            help="Add the learned second opinion after the rules, as the setting second_opinion does "
            "(needs: pip install 'strife[learned]').",
        ),
    ] = False,
) -> None:
    """Run evaluations on the gold data and print their figures (rates in [0, 1] and counts)."""
    from strife.evaluation import EVALUATIONS, format_table, run_all
    from strife.evaluation.floors import floor_map, under_floor

    if list_names:
        print(listing())
        return
    chosen = list(dict.fromkeys(names or []))
    if not chosen:
        common.fail("name one or more evaluations; strife eval --list shows them", 2)
    unknown = [name for name in chosen if name not in EVALUATIONS]
    if unknown:
        common.fail(f"unknown evaluation(s) {', '.join(unknown)}; known: {', '.join(EVALUATIONS)}", 2)
    root = shared_folder(shared)
    state = common.get_state(ctx)
    began = time.perf_counter()
    with common.handle_errors():
        settings = state.settings.with_overrides(second_opinion=second_opinion or None)
        pipeline = common.make_pipeline(settings)
        try:
            results = run_all(pipeline, root, chosen)
        except OSError as exc:
            common.fail(f"the gold data under {root} cannot be read: {exc}", 2)
    if output_format == "json":
        print(json.dumps(results, indent=2))
    else:
        floors = floor_map()
        print("\n\n".join(format_table({name: figures}, floors) for name, figures in results.items()))
    common.note(state, f"{len(results)} evaluation(s) in {time.perf_counter() - began:.1f}s")
    under = under_floor(results)
    for name, figure, value, floor in under:
        common.note(state, f"under its floor: {name} {figure} = {value:.3f} < {floor:.3f}")
    if check and under:
        raise typer.Exit(1)
