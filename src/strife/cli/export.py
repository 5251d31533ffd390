"""``strife export``: the stored events in GDELT 2.0, ICEWS, CSV, JSON Lines or Parquet form.

It takes every filter ``strife events`` takes (the same options, read from that command's signature,
so the two never drift apart) and writes to standard output or ``--output FILE``.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path
from typing import Annotated, Any, get_type_hints

import typer

from strife.cli import common, query
from strife.export import ExportFormat

FormatOpt = Annotated[
    ExportFormat,
    typer.Option(
        "--format",
        help="gdelt-events (GDELT 2.0's 61 event columns, one row per incident), gdelt-mentions (one "
        "row per report), icews (ICEWS's columns, with its header); csv, jsonl or parquet (the stored "
        "events with CAMEO, quad-class and PLOVER labels beside the codes). GDELT and ICEWS are "
        "tab-separated.",
        show_default=False,
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", metavar="FILE", help="Write here (default: standard output; parquet needs a file)."
    ),
]
#: The filter options of ``strife events`` (all but its --format), by parameter name.
_FILTERS = [p for name, p in inspect.signature(query.events).parameters.items() if name not in ("ctx", "fmt")]
_HINTS = get_type_hints(query.events, include_extras=True)


def export_command(ctx: typer.Context, fmt: FormatOpt, output: OutputOpt = None, **filters: Any) -> None:
    """Write the stored events that pass the filters in a format other tools load.

    GDELT's NumMentions, NumSources and NumArticles count an incident's reports, outlets and
    articles; incidents are kept up to date on the write path (ingest, watch, ``strife refresh``), and
    a note says when articles wait for a refresh. The README says how each column is filled.
    """
    from strife.export import export

    if fmt == "parquet" and output is None:
        common.fail("--format parquet writes a file: give --output FILE", common.EXIT_SETUP)
    limit = filters.pop("limit")
    where = query.event_filter(
        **{name: value for name, value in filters.items() if name not in ("quad", "search")},
        quad_class=filters["quad"],
        text=filters["search"],
    )
    state = common.get_state(ctx)
    with common.handle_errors(), common.open_store(state.settings.db, create=False) as store:
        common.note_stale(state, store)
        target = output if output is not None else sys.stdout
        count = export(store, fmt, target, where=where, limit=limit)
    sys.stdout.flush()
    common.note(state, f"exported {count} rows" + (f" to {output}" if output else ""))


_OWN = [p for name, p in inspect.signature(export_command).parameters.items() if name != "filters"]
_OWN_HINTS = get_type_hints(export_command, include_extras=True)
export_command.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
    [p.replace(annotation=_OWN_HINTS[p.name]) for p in _OWN]
    + [p.replace(annotation=_HINTS[p.name]) for p in _FILTERS]
)
export_command.__annotations__ = {
    **{p.name: _OWN_HINTS[p.name] for p in _OWN},
    **{p.name: _HINTS[p.name] for p in _FILTERS},
}
