"""A dyad series as a chart: a PNG image, or a self-contained HTML page (``strife dyad --plot``).

The chart stacks the four quad-class counts of each bucket (verbal and material cooperation,
verbal and material conflict) as bars and draws the bucket's mean Goldstein score (−10 … 10) as a
line on a second axis, with gaps where a bucket has no events. It is drawn with matplotlib's
object API (:class:`matplotlib.figure.Figure`), which needs no display and sets no global backend.

The HTML page holds the chart as inline SVG and the rows as a table, with its styles inline: it
loads nothing from anywhere (no script, no font, no external URL), and every text put in it is
escaped.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence
from pathlib import Path

from matplotlib import dates
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from strife.errors import StrifeError
from strife.store.rows import Bucket, SeriesRow

__all__ = ["PLOT_SUFFIXES", "PlotError", "chart", "html_page", "write_plot"]

#: The file suffixes :func:`write_plot` knows.
PLOT_SUFFIXES = (".png", ".html", ".htm")

#: The quad-class columns, their labels and colours (cooperation green, conflict red).
QUADS = (
    ("verbal_coop", "verbal cooperation", "#8fc98f"),
    ("material_coop", "material cooperation", "#2e8b57"),
    ("verbal_conflict", "verbal conflict", "#f4a582"),
    ("material_conflict", "material conflict", "#b2182b"),
)
_BAR_DAYS = {"day": 0.8, "week": 5.6, "month": 24.0}
_COLUMNS = tuple(SeriesRow.model_fields)
# What matplotlib's SVG carries that an inline chart does not need, and that names outside URLs.
_SVG_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)
_SVG_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_SVG_NAMESPACES = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')


class PlotError(StrifeError, ValueError):
    """The plot cannot be written: an unknown file suffix, or a file that cannot be written."""


def write_plot(rows: Sequence[SeriesRow], path: Path, *, title: str, by: Bucket) -> None:
    """Write the chart to ``path``: a PNG for ``.png``, an HTML page for ``.html`` or ``.htm``."""
    suffix = path.suffix.lower()
    if suffix not in PLOT_SUFFIXES:
        raise PlotError(f"{path}: cannot tell the plot's format; give a file ending in .png or .html")
    try:
        if suffix == ".png":
            chart(rows, title=title, by=by).savefig(path, format="png", dpi=110)
        else:
            path.write_text(html_page(rows, title=title, by=by), encoding="utf-8")
    except OSError as exc:
        raise PlotError(f"cannot write the plot {path} ({exc.strerror or exc})") from exc


def chart(rows: Sequence[SeriesRow], *, title: str, by: Bucket) -> Figure:
    """The stacked quad-class bars and the Goldstein line of ``rows``, as a matplotlib figure."""
    figure = Figure(figsize=(10, 4.8), layout="constrained")
    counts = figure.add_subplot()
    counts.set_title(title)
    if not rows:
        counts.set_axis_off()
        counts.text(0.5, 0.5, "no events in this span", transform=counts.transAxes, ha="center")
        return figure
    days = [float(d) for d in dates.date2num([row.date for row in rows])]  # type: ignore[no-untyped-call]
    bottom = [0] * len(rows)
    width = _BAR_DAYS[by]
    for column, label, colour in QUADS:
        heights = [getattr(row, column) for row in rows]
        counts.bar(days, heights, width=width, bottom=bottom, label=label, color=colour, align="edge")
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    counts.xaxis_date()
    counts.yaxis.set_major_locator(MaxNLocator(integer=True))
    counts.set_ylabel("asserted events")
    tone = counts.twinx()
    middle = width / 2
    means = [float("nan") if row.goldstein_mean is None else row.goldstein_mean for row in rows]
    tone.plot([d + middle for d in days], means, color="#333333", marker=".", label="mean Goldstein")
    tone.set_ylim(-10.5, 10.5)
    tone.axhline(0, color="#999999", linewidth=0.6)
    tone.set_ylabel("mean Goldstein score")
    handles, labels = counts.get_legend_handles_labels()
    line_handles, line_labels = tone.get_legend_handles_labels()
    figure.legend(handles + line_handles, labels + line_labels, loc="outside lower center", ncols=5)
    return figure


def svg(rows: Sequence[SeriesRow], *, title: str, by: Bucket) -> str:
    """The chart as an ``<svg>`` element to put inside an HTML page (no prologue, metadata or
    namespace declarations: the HTML parser supplies the namespaces)."""
    buffer = io.StringIO()
    chart(rows, title=title, by=by).savefig(buffer, format="svg", metadata={"Date": None})
    text = _SVG_METADATA.sub("", _SVG_PROLOGUE.sub("", buffer.getvalue(), count=1))
    return _SVG_NAMESPACES.sub("", text)


def html_page(rows: Sequence[SeriesRow], *, title: str, by: Bucket) -> str:
    """A self-contained page: the title, totals, the chart (inline SVG) and every row in a table."""
    total = sum(row.events for row in rows)
    span = f"{rows[0].date.isoformat()} to {rows[-1].date.isoformat()}" if rows else "no buckets"
    head = "".join(f"<th>{html.escape(name)}</th>" for name in _COLUMNS)
    body = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(_cell(getattr(row, name)))}</td>" for name in _COLUMNS) + "</tr>"
        for row in rows
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(title)}</title>
<style>
body {{ font-family: sans-serif; margin: 1.5em; color: #222; }}
table {{ border-collapse: collapse; font-size: 0.85em; }}
th, td {{ border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: right; }}
th {{ background: #eee; }}
svg {{ max-width: 100%; height: auto; }}
</style>
</head>
<body>
<h1>{html.escape(title)}</h1>
<p>{html.escape(f"{len(rows)} buckets by {by}, {span}; {total} asserted events.")}</p>
{svg(rows, title=title, by=by)}
<table>
<thead><tr>{head}</tr></thead>
<tbody>
{body}
</tbody>
</table>
</body>
</html>
"""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
