"""What the monitoring queries cost: a dyad's series and the escalation alerts over 1M stored events.

    python bench/series_cost.py                     # 1,000,000 events, median of 5 runs
    python bench/series_cost.py --events 200000 --repeat 3 --db /tmp/series.duckdb

A synthetic store is built with bulk SQL (``INSERT … SELECT … FROM range(n)``) after
``DuckDBStore.open``, so it has the real schema: 5 events per article, articles spread over three
years with a tone, 30 actor keys drawn with skewed weights (Russia, Ukraine, the United States and
NATO are the most frequent), 70% of events dated by their article, 25% with a day of their own, 4%
with a month only and 1% with a year only; 85% asserted, 5% negated, 10% conditional, future or
intended; one event in ten belongs to an incident reported three times. Then each figure is one
untimed warm-up call and the median of ``--repeat`` timed calls:

- ``dyad_series`` for a frequent dyad (RUS–UKR, undirected and directed) and a rare one, per ``--by``;
- ``alert_series`` (per-country and per-dyad daily incident counts and Goldstein sums) and
  ``publication_days``, the store queries of the alerts;
- ``find_alerts``: the whole of ``strife alerts`` (those queries, the four detectors, the events' ids);
- the alerts refresher's write (``replace_alerts``) and what ``/api/alerts`` and ``/api/dyad`` cost
  now that they read the stored alerts (``read_alerts``: all of them; one dyad's).

The target: a dyad's series in at most 1 s over 1M events. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET_SERIES_S = 1.0
EVENTS_PER_ARTICLE = 5

# (code, country) of the actors and their weights: a few frequent ones, a long tail.
_ACTORS = [
    ("RUSGOV", "RUS", 30), ("UKRMIL", "UKR", 25), ("USAGOV", "USA", 20), ("NATO", None, 15),
    ("RUSMIL", "RUS", 12), ("UKRGOV", "UKR", 12), ("CHNGOV", "CHN", 8), ("DEUGOV", "DEU", 6),
    ("FRAGOV", "FRA", 6), ("GBRGOV", "GBR", 6), ("EU", None, 6), ("POLGOV", "POL", 4),
    ("TURGOV", "TUR", 4), ("IRNGOV", "IRN", 4), ("ISRMIL", "ISR", 4), ("PSEREB", "PSE", 3),
    ("SYRGOV", "SYR", 3), ("BLRGOV", "BLR", 3), ("INDGOV", "IND", 2), ("PAKMIL", "PAK", 2),
    ("JPNGOV", "JPN", 2), ("KORGOV", "KOR", 2), ("PRKMIL", "PRK", 2), ("UN", None, 2),
    ("SAUGOV", "SAU", 1), ("EGYGOV", "EGY", 1), ("ZAFGOV", "ZAF", 1), ("BRAGOV", "BRA", 1),
    ("MEXGOV", "MEX", 1), ("CANGOV", "CAN", 1),
]  # fmt: skip
# (cameo, quad class, goldstein) of the event codes, drawn uniformly.
_CODES = [("010", 1, 0.0), ("036", 1, 4.0), ("043", 1, 2.8), ("057", 1, 8.0), ("061", 2, 6.4),
          ("070", 2, 7.0), ("111", 3, -2.0), ("128", 3, -2.0), ("138", 3, -7.0), ("163", 4, -8.0),
          ("173", 4, -5.0), ("190", 4, -10.0), ("193", 4, -10.0)]  # fmt: skip


def _pick(column: str, seed: int) -> str:
    """SQL choosing one of :data:`_ACTORS`' values by weight, pseudo-randomly per event."""
    total = sum(w for *_, w in _ACTORS)
    cases, upto = [], 0
    for code, country, weight in _ACTORS:
        upto += weight
        value = {"code": code, "country": country}[column]
        cases.append(f"WHEN r < {upto} THEN {'NULL' if value is None else repr(value)}")
    return f"(SELECT CASE {' '.join(cases)} END FROM (SELECT hash(i * {seed} + 1) % {total} AS r))"


def build_store(path: str, events: int) -> Any:
    """A DuckDB store at ``path`` holding ``events`` synthetic events (see the module docs)."""
    import duckdb

    from strife.store import DuckDBStore

    DuckDBStore.open(path).close()  # the schema, then the rows straight into its tables
    articles = -(-events // EVENTS_PER_ARTICLE)
    codes = ", ".join(f"('{c}', {q}, {g})" for c, q, g in _CODES)
    with duckdb.connect(path) as con:
        con.execute(f"""
            INSERT INTO articles (id, fingerprint, body, record, outlet, published, tone)
            SELECT 'a' || i, 'f' || i, 'body', '{{}}', 'outlet' || (i % 40),
                   TIMESTAMPTZ '2022-01-01 00:00:00+00' + to_seconds((hash(i) % (3 * 365 * 86400))::BIGINT),
                   ((hash(i * 3) % 2001)::DOUBLE - 1000) / 1000
            FROM range({articles}) t(i)""")
        con.execute(f"CREATE TEMP TABLE codes AS SELECT * FROM (VALUES {codes}) c(cameo, quad, goldstein)")
        con.execute(f"""
            INSERT INTO events (article_id, idx, cameo, cameo_root, quad_class, goldstein,
                source_code, source_country, target_code, target_country, date, modality,
                evidence_text, evidence_start, evidence_end, confidence)
            SELECT 'a' || (i // {EVENTS_PER_ARTICLE}), i % {EVENTS_PER_ARTICLE}, c.cameo, left(c.cameo, 2),
                   c.quad, c.goldstein, s_code, s_country, t_code, t_country,
                   CASE WHEN d < 70 THEN NULL
                        WHEN d < 95 THEN strftime(day, '%Y-%m-%d')
                        WHEN d < 99 THEN strftime(day, '%Y-%m')
                        ELSE '2023' END,
                   CASE WHEN m < 85 THEN 'asserted' WHEN m < 90 THEN 'negated'
                        WHEN m < 95 THEN 'conditional' WHEN m < 98 THEN 'future' ELSE 'intended' END,
                   'evidence', 0, 8, 0.5
            FROM (SELECT i, hash(i * 11) % 100 AS d, hash(i * 13) % 100 AS m,
                         DATE '2022-01-01' + (hash(i * 5) % 1095)::INTEGER AS day,
                         {_pick("code", 17)} AS s_code, {_pick("country", 17)} AS s_country,
                         {_pick("code", 19)} AS t_code, {_pick("country", 19)} AS t_country,
                         1 + hash(i * 23) % {len(_CODES)} AS k
                  FROM range({events}) t(i))
            JOIN (SELECT row_number() OVER () AS k, * FROM codes) c USING (k)""")
        # The day each event is filed under, as the store writes it (its date, else its article's day).
        con.execute("""
            UPDATE events SET day = coalesce(nullif(events.date, ''), strftime(a.published, '%Y-%m-%d'))
            FROM articles a WHERE a.id = events.article_id""")
        # One event in ten is one of an incident's three reports.
        con.execute(f"""
            INSERT INTO incident_events (article_id, idx, incident_id)
            SELECT 'a' || (i // {EVENTS_PER_ARTICLE}), i % {EVENTS_PER_ARTICLE}, 'inc' || (i // 30)
            FROM range({events}) t(i) WHERE i % 10 = 0""")
    return DuckDBStore.open(path)


def median_time(run: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """The median seconds of ``repeat`` timed calls after one untimed warm-up, and the last result."""
    result = run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(store: Any, repeat: int) -> list[tuple[str, float, str]]:
    """(name, median seconds, what came back) for each figure."""
    from strife.monitor.alerts import find_alerts

    figures: list[tuple[str, float, str]] = []
    for first, second, directed in (("RUS", "UKR", False), ("RUS", "UKR", True), ("BRA", "MEX", False)):
        for by in ("day", "week", "month"):

            def run(first: str = first, second: str = second, by: str = by, directed: bool = directed) -> Any:
                return store.dyad_series(first, second, by=by, directed=directed)

            seconds, rows = median_time(run, repeat)
            arrow = "->" if directed else "<->"
            total = sum(r.events for r in rows)
            figures.append((f"dyad_series {first}{arrow}{second} by {by}", seconds,
                            f"{len(rows)} buckets, {total:,} events"))  # fmt: skip
    seconds, series = median_time(lambda: store.alert_series(), repeat)
    figures.append(("alert_series", seconds, f"{len(series)} series"))
    seconds, days = median_time(lambda: store.publication_days(), repeat)
    figures.append(("publication_days", seconds, f"{len(days)} days"))
    seconds, alerts = median_time(lambda: find_alerts(store), repeat)
    scored = [a for a in alerts if a.status == "alert"]
    by = {d: sum(a.detector == d for a in scored) for d in ("onset", "change", "surprise", "intensity")}
    kinds = ", ".join(f"{d} {n}" for d, n in by.items())
    what = f"{len(scored)} alerts ({kinds}), {len(alerts) - len(scored)} unscored"
    figures.append(("find_alerts (whole store)", seconds, what))
    figures += _stored(store, alerts, repeat)
    return figures


def _stored(store: Any, alerts: list[Any], repeat: int) -> list[tuple[str, float, str]]:
    """Writing the alerts found (the refresher's last step) and reading them back as the API does."""
    from datetime import UTC, datetime

    from strife.monitor.stored_alerts import alert_row, read_alerts
    from strife.store.alert_rows import AlertRun

    rows = [alert_row(a, seq) for seq, a in enumerate(alerts)]
    run = AlertRun(computed_at=datetime.now(UTC), alerts=len(rows), settings="{}", signature="{}")
    seconds, _ = median_time(lambda: store.replace_alerts(rows, run), repeat)
    figures = [("replace_alerts (the refresher's write)", seconds, f"{len(rows):,} rows")]
    seconds, read = median_time(lambda: read_alerts(store), repeat)
    figures.append(("read_alerts, all (/api/alerts)", seconds, f"{len(read):,} alerts"))
    seconds, pair = median_time(lambda: read_alerts(store, dyad=("RUS", "UKR")), repeat)
    figures.append(("read_alerts, RUS-UKR (/api/dyad)", seconds, f"{len(pair):,} alerts"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events to store (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per figure; the median is shown")
    parser.add_argument("--db", help="store file to build (default: a temporary file, removed after)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "series.duckdb")
        if Path(path).exists():
            parser.error(f"{path} exists; give a new file")
        start = time.perf_counter()
        store = build_store(path, args.events)
        built = time.perf_counter() - start
        counts = store.counts()
        events, articles = counts["events"], counts["articles"]
        print(f"store: {events:,} events in {articles:,} articles, built in {built:.1f} s")
        print(f"CPUs {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}; median of {args.repeat} runs\n")
        figures = measure(store, args.repeat)
        store.close()
    width = max(len(name) for name, *_ in figures)
    for name, seconds, what in figures:
        print(f"  {name:{width}}  {seconds * 1000:8.1f} ms   {what}")
    slowest = max(s for name, s, _ in figures if name.startswith("dyad_series"))
    met = "met" if slowest <= TARGET_SERIES_S else "NOT met"
    print(f"\nslowest dyad series: {slowest:.3f} s (target ≤ {TARGET_SERIES_S:.0f} s over 1M events: {met})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
