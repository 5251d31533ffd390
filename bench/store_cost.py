"""DuckDB and PostgreSQL side by side on the same 1M-event store: writing records, dyad series, and
``/api/events`` under 1 and 4 clients.

    python bench/store_cost.py                          # 1,000,000 events; a throwaway PostgreSQL
    python bench/store_cost.py --events 200000 --records 400 --requests 150
    python bench/store_cost.py --pg postgresql://me@localhost/bench   # an empty database of yours

**The store.** ``bench/series_cost.py``'s synthetic store with ``bench/api_cost.py``'s evidence,
locations and incidents is built in DuckDB with bulk SQL, then copied table by table into
PostgreSQL (DuckDB writes CSV, ``COPY … FROM STDIN`` reads it; then ``VACUUM ANALYZE``), so both
hold the same rows under the same schema (each made by ``open_store``). Without ``--pg`` a
throwaway PostgreSQL cluster is started from the installed server binaries (``tests/pg_cluster.py``)
with PostgreSQL's default durability (fsync, synchronous commit), as DuckDB commits too.

**Figures**, per backend:

- *dyad series*: ``store.dyad_series`` for RUS–UKR by day, week and month, directed RUS→UKR by week,
  and the rare BRA–MEX by week: one untimed call, then the median of ``--repeat``;
- *API*: ``strife --db … serve --workers W`` in a child process (W: 1 for DuckDB, whose file one
  process holds at a time; ``--pg-workers``, default 2, for PostgreSQL), then ``--requests`` GETs of
  ``/api/events`` cycling through ``api_cost``'s filtered queries by 1, then by 4 client threads:
  requests/s, p50 and p95 (client-side), after one untimed pass;
- *writing records*: ``--records`` article records (the bundled sample corpus read once by the real
  pipeline, copied with new ids and texts; cached in ``bench/results/``) added with ``store.add``
  — each one article row, its child rows and its events in one transaction — into the 1M-event
  store, by 1 writer process and by 4 at once (DuckDB's take turns with the file), as records/s
  (wall time from the moment all writers have opened the store).

The figures depend on the machine and its load: the script prints the load average beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

from api_cost import QUERIES, enrich, load, percentile
from series_cost import build_store, median_time

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RECORDS_CACHE = HERE / "results" / "store_cost_records.jsonl"
SERVER_START_S = 120.0
#: The tables the synthetic store fills, in the order they are copied.
TABLES = ("articles", "events", "incident_events", "incidents")
SERIES = [("RUS", "UKR", False, "day"), ("RUS", "UKR", False, "week"), ("RUS", "UKR", False, "month"),
          ("RUS", "UKR", True, "week"), ("BRA", "MEX", False, "week")]  # fmt: skip


# --- the two stores ------------------------------------------------------------------------------


@contextmanager
def postgres(url: str | None) -> Iterator[str]:
    """The database to use: ``url``, or a new one on a throwaway cluster (stopped afterwards)."""
    if url:
        yield url
        return
    sys.path.insert(0, str(ROOT / "tests"))
    from pg_cluster import start_cluster

    cluster = start_cluster(durable=True)
    try:
        yield cluster.new_database()
    finally:
        cluster.stop()


def copy_to_postgres(duck: str, url: str, folder: Path) -> None:
    """Every row of the synthetic DuckDB store into the (new) PostgreSQL store at ``url``."""
    import duckdb
    import psycopg

    from strife.store import open_store

    open_store(url).close()  # the schema
    with duckdb.connect(duck, read_only=True) as src, psycopg.connect(url, autocommit=True) as dst:
        for table in TABLES:
            columns = [
                name for (name,) in src.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                    "ORDER BY ordinal_position", [table]).fetchall()
            ]  # fmt: skip
            chosen = ", ".join(
                f"CASE WHEN \"{c}\" IS NULL THEN NULL ELSE '{{' || array_to_string(\"{c}\", ',') || '}}' END"
                if c == "plover_context" else f'"{c}"'
                for c in columns
            )  # fmt: skip
            csv = folder / f"{table}.csv"
            src.execute(f"COPY (SELECT {chosen} FROM {table}) TO '{csv}' (FORMAT csv, HEADER false)")
            names = ", ".join(f'"{c}"' for c in columns)
            sql = f"COPY {table} ({names}) FROM STDIN (FORMAT csv)"
            with dst.cursor() as cursor, cursor.copy(sql.encode()) as copy, csv.open("rb") as data:
                while chunk := data.read(1 << 20):
                    copy.write(chunk)
            csv.unlink()
        dst.execute("VACUUM ANALYZE")


# --- dyad series -------------------------------------------------------------------------------------


def series_times(location: str, repeat: int) -> dict[str, float]:
    from strife.store import open_store

    times: dict[str, float] = {}
    with open_store(location) as store:
        for first, second, directed, by in SERIES:

            def run(first: str = first, second: str = second, by: Any = by, directed: bool = directed) -> Any:
                return store.dyad_series(first, second, by=by, directed=directed)

            seconds, _ = median_time(run, repeat)
            times[f"{first}{'→' if directed else '–'}{second} by {by}"] = seconds
    return times


# --- the API ---------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def server(location: str, workers: int) -> Iterator[str]:
    """``strife serve`` over the store in a child process; its origin."""
    port = _free_port()
    command = [sys.executable, "-m", "strife", "--quiet", "--db", location, "serve", "--port", str(port),
               "--workers", str(workers)]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_S
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"the server exited with {proc.returncode}")
            try:
                if httpx.get(f"{origin}/api/health", timeout=10).status_code == 200:
                    break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{origin} did not answer within {SERVER_START_S:.0f} s") from None
                time.sleep(0.2)
        yield origin
    finally:
        proc.terminate()
        proc.wait(timeout=60)


def api_figures(location: str, workers: int, requests: int) -> dict[int, dict[str, float]]:
    """Per client count: requests/s, p50 and p95 in seconds, failed requests."""
    out: dict[int, dict[str, float]] = {}
    with server(location, workers) as origin:
        load(origin, len(QUERIES), 1)  # the untimed pass
        for clients in (1, 4):
            samples, wall = load(origin, requests, clients)
            seconds = [s.seconds for s in samples]
            out[clients] = {
                "rps": len(samples) / wall,
                "p50": percentile(seconds, 0.5),
                "p95": percentile(seconds, 0.95),
                "failed": sum(s.status != 200 for s in samples),
            }
    return out


# --- writing records ---------------------------------------------------------------------------------


def records(n: int) -> Path:
    """A JSON Lines file of ``n`` article records: the sample corpus through the real pipeline (cached),
    each copy with its own id and text (a suffix after the body: every offset stays right)."""
    if not RECORDS_CACHE.exists():
        from strife.ingest import extract_iter
        from strife.pipeline import Pipeline
        from strife.settings import load_settings

        settings = load_settings()
        read = list(extract_iter([str(ROOT / "src/strife/sample/corpus")], Pipeline(settings),
                                 max_bytes=settings.max_input_bytes))  # fmt: skip
        RECORDS_CACHE.parent.mkdir(parents=True, exist_ok=True)
        RECORDS_CACHE.write_text("".join(a.model_dump_json() + "\n" for a in read), encoding="utf-8")
    from strife.record import Article, fingerprint

    base = [Article.model_validate_json(line) for line in RECORDS_CACHE.read_text().splitlines()]
    out = RECORDS_CACHE.with_name(f"store_cost_records_{n}.jsonl")
    with out.open("w", encoding="utf-8") as file:
        for i in range(n):
            body = base[i % len(base)].body + f"\n\n[copy {i}]"
            copy = base[i % len(base)].model_copy(update={"id": f"copy-{i}", "body": body,
                                                          "fingerprint": fingerprint(body)})  # fmt: skip
            file.write(copy.model_dump_json() + "\n")
    return out


WRITER = """
import sys, time
from strife.record import Article
from strife.store import open_store

location, path, writer, writers, start_at = sys.argv[1:6]
lines = open(path, encoding="utf-8").read().splitlines()[int(writer)::int(writers)]
articles = [Article.model_validate_json(line) for line in lines]
with open_store(location, shared=True) as store:
    time.sleep(max(0.0, float(start_at) - time.time()))  # all writers start together
    begun = time.time()
    stored = sum(store.add(a) for a in articles)
    print(begun, time.time(), stored)
"""


def write_rate(location: str, path: Path, writers: int) -> tuple[float, int]:
    """Records/s of ``writers`` processes adding the records of ``path`` at once, and how many stored."""
    start_at = time.time() + 15  # time for every writer to start and open the store
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, location, str(path), str(w), str(writers), str(start_at)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for w in range(writers)
    ]
    results = []
    for proc in procs:
        out, _ = proc.communicate(timeout=3600)
        if proc.returncode != 0:
            raise RuntimeError(f"a writer exited with {proc.returncode}")
        begun, ended, stored = out.split()
        results.append((float(begun), float(ended), int(stored)))
    wall = max(r[1] for r in results) - min(r[0] for r in results)
    stored = sum(r[2] for r in results)
    return stored / wall, stored


def _delete_copies(location: str) -> None:
    """Take the records written by one run out again, so the next run writes into the same store."""
    from strife.store.article_rows import CHILD_TABLES
    from strife.store_location import is_url

    statements = [f"DELETE FROM {t} WHERE article_id LIKE 'copy-%'" for t in CHILD_TABLES]
    statements.append("DELETE FROM articles WHERE id LIKE 'copy-%'")
    if is_url(location):
        import psycopg

        with psycopg.connect(location) as con:  # one transaction, committed at the end of the block
            for statement in statements:
                con.execute(statement.encode())
        return
    import duckdb

    with duckdb.connect(location) as con:
        for statement in statements:
            con.execute(statement)


# --- the run -----------------------------------------------------------------------------------------


def measure(name: str, location: str, args: argparse.Namespace, path: Path) -> dict[str, Any]:
    print(f"\n{name}: dyad series …", flush=True)
    figures: dict[str, Any] = {"series": series_times(location, args.repeat)}
    workers = 1 if name == "duckdb" else args.pg_workers
    print(f"{name}: /api/events with {workers} server process(es) …", flush=True)
    figures["api"] = api_figures(location, workers, args.requests)
    figures["workers"] = workers
    figures["write"] = {}
    for writers in (1, 4):
        print(f"{name}: writing {args.records} records by {writers} writer(s) …", flush=True)
        figures["write"][writers] = write_rate(location, path, writers)
        _delete_copies(location)
    figures["load"] = os.getloadavg()[0]
    return figures


def report(results: dict[str, dict[str, Any]], events: int) -> None:
    names = list(results)
    print(f"\n{events:,} events; CPUs {os.cpu_count()}; "
          + ", ".join(f"load average during {n}: {results[n]['load']:.1f}" for n in names))  # fmt: skip
    print(f"\n{'figure':34}" + "".join(f"{n:>22}" for n in names))
    for key in results[names[0]]["series"]:
        cells = "".join(f"{results[n]['series'][key] * 1000:19.0f} ms" for n in names)
        print(f"{'dyad series ' + key:34}{cells}")
    for clients in (1, 4):
        for what, unit in (("rps", "req/s"), ("p50", "ms"), ("p95", "ms")):
            label = f"/api/events {clients} client(s) {what}"
            values = [results[n]["api"][clients][what] * (1000 if unit == "ms" else 1) for n in names]
            print(f"{label:34}" + "".join(f"{v:16.1f} {unit:5}" for v in values))
    for writers in (1, 4):
        cells = "".join(f"{results[n]['write'][writers][0]:14.0f} records/s" for n in names)
        print(f"{f'writing records, {writers} writer(s)':34}{cells}")
    for n in names:
        one, four = results[n]["api"][1]["rps"], results[n]["api"][4]["rps"]
        failed = sum(results[n]["api"][c]["failed"] for c in (1, 4))
        print(f"{n}: /api/events 4 clients / 1 client = {four / one:.2f}× requests/s"
              f" ({results[n]['workers']} server process(es)); failed requests {failed}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--events", type=int, default=1_000_000, help="events in the store (default 1,000,000)"
    )
    parser.add_argument("--records", type=int, default=1000, help="records to write (default 1000)")
    parser.add_argument("--requests", type=int, default=300, help="requests per API run (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per dyad series (median)")
    parser.add_argument("--pg", help="an empty PostgreSQL database to use (default: a throwaway cluster)")
    parser.add_argument("--pg-workers", type=int, default=2, help="server processes for PostgreSQL")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    path = records(args.records)
    with tempfile.TemporaryDirectory() as folder, postgres(args.pg) as url:
        duck = str(Path(folder) / "store.duckdb")
        started = time.perf_counter()
        build_store(duck, args.events).close()
        enrich(duck, args.events)
        built = time.perf_counter() - started
        copy_to_postgres(duck, url, Path(folder))
        print(f"store: {args.events:,} events built in DuckDB in {built:.0f} s, copied to PostgreSQL in "
              f"{time.perf_counter() - started - built:.0f} s", flush=True)  # fmt: skip
        results = {
            name: measure(name, loc, args, path) for name, loc in (("duckdb", duck), ("postgresql", url))
        }
    report(results, args.events)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
