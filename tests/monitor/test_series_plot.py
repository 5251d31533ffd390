"""Series charts: a PNG, and an HTML page that loads nothing and escapes what it shows."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from matplotlib.patches import Rectangle

from strife.monitor.plot import PlotError, chart, html_page, write_plot
from strife.store.rows import SeriesRow


def rows(n: int = 6) -> list[SeriesRow]:
    out = []
    for i in range(n):
        quads = (i % 3, i % 2, i % 4, (i * 7) % 5)
        total = sum(quads)
        out.append(
            SeriesRow(
                date=date(2024, 1, 1) + timedelta(weeks=i),
                events=total,
                verbal_coop=quads[0],
                material_coop=quads[1],
                verbal_conflict=quads[2],
                material_conflict=quads[3],
                goldstein_sum=-2.5 * total,
                goldstein_mean=-2.5 if total else None,
                tone_mean=-0.25 if total else None,
                negated=i % 2,
                unrealised=1,
            )
        )
    return out


def test_png(tmp_path: Path) -> None:
    path = tmp_path / "series.PNG"
    write_plot(rows(), path, title="RUS ↔ UKR by week", by="week")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("by", ["day", "week", "month"])
def test_chart_stacks_the_four_quad_classes_and_draws_the_goldstein_line(by: str) -> None:
    figure = chart(rows(), title="t", by=by)  # type: ignore[arg-type]
    counts, goldstein = figure.axes
    assert len(counts.patches) == 4 * 6  # one bar per quad class per bucket
    bars = [p for p in counts.patches if isinstance(p, Rectangle)]
    assert [b.get_height() for b in bars[18:24]] == [0, 2, 4, 1, 3, 0]  # material conflict
    means = np.asarray(goldstein.get_lines()[0].get_ydata(), dtype=float)
    assert np.isnan(means[0]) and means[1:].tolist() == [-2.5] * 5  # a gap where a bucket is empty


def test_html_is_self_contained_and_escaped(tmp_path: Path) -> None:
    path = tmp_path / "series.html"
    title = 'RUS <script>alert("x")</script> & UKR'
    write_plot(rows(), path, title=title, by="week")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and "</svg>" in page
    assert not re.search(r"https?://|<script|<link|<img|@import|\bsrc=|url\((?!#)", page, re.IGNORECASE)
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; UKR" in page
    assert page.count("<tr>") == 1 + 6  # the header and one row per bucket
    assert "<td>2024-01-08</td>" in page and "<td>-0.250</td>" in page


def test_html_without_rows() -> None:
    page = html_page([], title="nothing", by="day")
    assert "0 buckets" in page and "<svg" in page and page.count("<tr>") == 1


@pytest.mark.parametrize("name", ["series.jpg", "series", "series.svg", "series.png.txt"])
def test_unknown_suffix_is_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(PlotError, match=r"\.png or \.html"):
        write_plot(rows(), tmp_path / name, title="t", by="day")
    assert not (tmp_path / name).exists()


def test_unwritable_path(tmp_path: Path) -> None:
    with pytest.raises(PlotError, match="cannot write the plot"):
        write_plot(rows(), tmp_path / "missing" / "series.html", title="t", by="day")
