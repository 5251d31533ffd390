"""What the HTTP API costs: filtered ``/api/events`` pages over 1M stored events, under a bounded load.

    python bench/api_cost.py                        # 1,000,000 events; 400 requests by 1, then by 4 clients
    python bench/api_cost.py --events 200000 --requests 200 --clients 2 --db /tmp/api.duckdb

The store is ``bench/series_cost.py``'s (bulk SQL into the real schema: 5 events per article, 30
actor keys with skewed weights, three years of dates, one event in ten one of an incident's three
reports), and then: every event gets an evidence sentence of its own (~90 characters: where, who,
what to whom, when, a report number), 60% a location (one of 20 cities with its country and
coordinates), and every incident its row (articles, outlets). Each query is first timed against
the store alone, in this process (``store.events(…, limit=51)``). Then the app
(``strife.web.create_app``) is served by uvicorn on a free loopback port in a child process, so the
clients do not share its interpreter lock, and for each ``--clients`` count in turn ``--requests``
GETs of ``/api/events`` (default page, 50 rows) cycle through a fixed list of filtered queries — by
actor, by dyad, by CAMEO root since a date, by place, by a part of the evidence (``q``) — sent by
that many threads, each with its own ``httpx.Client``. One untimed pass over every query comes
first. Printed: per query kind and overall, the requests, p50, p95 and max latency (client-side:
request sent to body read), the store's own time and the rows of the page; requests per second
over the run; the server's resident memory.

The target: p95 of filtered ``/api/events`` over 1M events at most 200 ms. See ``bench/README.md``.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import psutil

from series_cost import EVENTS_PER_ARTICLE, build_store

TARGET_P95_S = 0.2
SERVER_START_S = 60.0
MB = 1024 * 1024

#: (name, country, lat, lon) of the cities events take place in.
_CITIES = [
    ("Kyiv", "UKR", 50.45, 30.52), ("Kharkiv", "UKR", 49.99, 36.23), ("Odesa", "UKR", 46.48, 30.72),
    ("Moscow", "RUS", 55.76, 37.62), ("Belgorod", "RUS", 50.6, 36.59), ("Washington", "USA", 38.9, -77.04),
    ("Brussels", "BEL", 50.85, 4.35), ("Beijing", "CHN", 39.9, 116.4), ("Berlin", "DEU", 52.52, 13.4),
    ("Paris", "FRA", 48.86, 2.35), ("London", "GBR", 51.51, -0.13), ("Warsaw", "POL", 52.23, 21.01),
    ("Ankara", "TUR", 39.93, 32.86), ("Tehran", "IRN", 35.69, 51.39), ("Gaza", "PSE", 31.5, 34.47),
    ("Damascus", "SYR", 33.51, 36.28), ("Minsk", "BLR", 53.9, 27.57), ("New Delhi", "IND", 28.61, 77.21),
    ("Seoul", "KOR", 37.57, 126.98), ("Pyongyang", "PRK", 39.04, 125.76),
]  # fmt: skip
#: What the evidence says was done, per CAMEO code of series_cost's list.
_DEEDS = {
    "010": "made a statement on", "036": "said it would meet", "043": "held a rally for",
    "057": "signed an agreement with", "061": "began economic cooperation with", "070": "sent aid to",
    "111": "criticised", "128": "refused to back", "138": "threatened", "163": "imposed an embargo on",
    "173": "arrested citizens of", "190": "fired artillery at", "193": "fought small arms battles with",
}  # fmt: skip

#: The query kinds and their parameters; the requests cycle through them in this order.
QUERIES: list[tuple[str, dict[str, str]]] = [
    ("actor", {"actor": "RUS"}), ("actor", {"actor": "BRA"}), ("actor", {"actor": "NATO"}),
    ("dyad", {"dyad": "RUS,UKR"}), ("dyad", {"dyad": "USA,CHN", "directed": "true"}),
    ("dyad", {"dyad": "BRA,MEX"}),
    ("root+since", {"root": "19", "since": "2024-06-01"}), ("root+since", {"root": "13", "since": "2023"}),
    ("place", {"place": "kharkiv"}), ("place", {"place": "UKR"}),
    ("q", {"q": "artillery"}), ("q", {"q": "report 424242"}), ("q", {"q": "Belgorod"}),
]  # fmt: skip


def enrich(path: str, events: int) -> None:
    """Evidence sentences, locations and incident rows for the events of ``series_cost``'s store."""
    import duckdb

    cities = ", ".join(f"({i}, '{n}', '{c}', {lat}, {lon})" for i, (n, c, lat, lon) in enumerate(_CITIES))
    deeds = " ".join(f"WHEN '{code}' THEN '{deed}'" for code, deed in _DEEDS.items())
    with duckdb.connect(path) as con:
        con.execute(
            f"CREATE TEMP TABLE cities AS SELECT * FROM (VALUES {cities}) c(k, name, country, lat, lon)"
        )
        con.execute(f"""
            UPDATE events SET
                location_name = c.name, location_country = c.country,
                location_lat = c.lat, location_lon = c.lon
            FROM cities c
            WHERE hash(events.article_id || events.idx) % 100 < 60
              AND c.k = hash(events.idx || events.article_id) % {len(_CITIES)}""")
        con.execute(f"""
            UPDATE events SET evidence_text =
                'Officials in ' || coalesce(location_name, 'the capital') || ' said that '
                || coalesce(source_code, 'unnamed forces') || ' ' || (CASE cameo {deeds} END) || ' '
                || coalesce(target_code, 'its neighbours') || ' on ' || coalesce(date, 'that day')
                || ' (report ' || (substr(article_id, 2)::BIGINT * {EVENTS_PER_ARTICLE} + idx) || ').',
                evidence_start = 0""")
        con.execute("UPDATE events SET evidence_end = length(evidence_text)")
        con.execute("""
            INSERT INTO incidents
                (id, story_id, articles, outlets, first_article_id, first_outlet, first_seen)
            SELECT incident_id, NULL, count(*), least(count(*), 2), min(article_id), 'outlet0',
                   TIMESTAMPTZ '2022-01-01 00:00:00+00'
            FROM incident_events GROUP BY incident_id""")


def event_filter(params: dict[str, str]) -> Any:
    """The :class:`~strife.store.event_filter.EventFilter` the API builds from ``params``."""
    from strife.store.event_filter import EventFilter

    dyad = params.get("dyad")
    first, _, second = (dyad or "").partition(",")
    return EventFilter(
        actor=params.get("actor"),
        dyad=(first, second) if dyad else None,
        directed=params.get("directed") == "true",
        root=params.get("root"),
        since=params.get("since"),
        place=params.get("place"),
        text=params.get("q"),
    )


def store_times(path: str, repeat: int = 3) -> dict[str, list[float]]:
    """Per query kind, the median seconds of ``store.events(…, limit=51)`` for each of its queries
    (one untimed call first): what the store takes of a request, with no HTTP around it."""
    from strife.store import open_store

    times: dict[str, list[float]] = {}
    with open_store(path) as store:
        for kind, params in QUERIES:
            where = event_filter(params)
            store.events(where, limit=51)
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                store.events(where, limit=51)
                runs.append(time.perf_counter() - start)
            times.setdefault(kind, []).append(statistics.median(runs))
    return times


# --- the server ---------------------------------------------------------------------------------

_SERVE = """
import sys, uvicorn
from strife.web import create_app
uvicorn.run(create_app(sys.argv[1]), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(path: str) -> tuple[subprocess.Popen[bytes], str]:
    """The app over the store at ``path``, served by uvicorn in a child process; and its origin."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", _SERVE, path, str(port)])
    origin = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server exited with {server.returncode} before it answered")
        try:
            if httpx.get(f"{origin}/api/health", timeout=5).status_code == 200:
                return server, origin
        except httpx.TransportError:
            time.sleep(0.1)
    server.terminate()
    raise RuntimeError(f"{origin}/api/health did not answer within {SERVER_START_S:.0f} s")


# --- the load -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One request: its query kind, seconds, status and the rows on its page."""

    kind: str
    seconds: float
    status: int
    rows: int


def _client(origin: str, jobs: list[tuple[str, dict[str, str]]], out: list[Sample]) -> None:
    with httpx.Client(base_url=origin, timeout=60) as client:
        for kind, params in jobs:
            start = time.perf_counter()
            response = client.get("/api/events", params=params)
            body = response.json()
            seconds = time.perf_counter() - start
            rows = len(body["items"]) if response.status_code == 200 else 0
            out.append(Sample(kind, seconds, response.status_code, rows))


def load(origin: str, requests: int, clients: int) -> tuple[list[Sample], float]:
    """``requests`` GETs cycling through :data:`QUERIES`, dealt to ``clients`` threads; the wall time."""
    jobs = [QUERIES[i % len(QUERIES)] for i in range(requests)]
    outs: list[list[Sample]] = [[] for _ in range(clients)]
    threads = [
        threading.Thread(target=_client, args=(origin, jobs[i::clients], outs[i])) for i in range(clients)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [s for out in outs for s in out], time.perf_counter() - start


def percentile(values: list[float], share: float) -> float:
    """The ``share`` percentile (0–1) of ``values``, interpolated between the nearest ranks."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[round(share * 100) - 1]


def report(samples: list[Sample], wall: float, clients: int, store: dict[str, list[float]]) -> float:
    """Print the table of one run (``store``: :func:`store_times`); return its overall p95 in seconds."""
    failed = sum(s.status != 200 for s in samples)
    rate = f"{len(samples) / wall:.1f} requests/s" + (f", {failed} FAILED" if failed else "")
    load_now = f"load average {os.getloadavg()[0]:.2f}"
    print(f"\n{clients} client thread(s): {len(samples)} requests in {wall:.1f} s = {rate}; {load_now}")
    print(f"  {'kind':12} {'n':>4} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  {'store ms':>11}  rows")
    store["overall"] = [t for kind in list(store) for t in store[kind]]
    for kind in store:
        chosen = [s for s in samples if kind in (s.kind, "overall")]
        times = [s.seconds * 1000 for s in chosen]
        rows = "" if kind == "overall" else ", ".join(map(str, sorted({s.rows for s in chosen})))
        alone = f"{min(store[kind]) * 1000:.0f}–{max(store[kind]) * 1000:.0f}"
        print(f"  {kind:12} {len(chosen):4} {percentile(times, 0.5):8.1f} {percentile(times, 0.95):8.1f} "
              f"{max(times):8.1f}  {alone:>11}  {rows}")  # fmt: skip
    del store["overall"]
    return percentile([s.seconds for s in samples], 0.95)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000, help="events to store (default 1,000,000)")
    parser.add_argument("--requests", type=int, default=400, help="requests per run (default 400)")
    parser.add_argument(
        "--clients",
        type=int,
        nargs="+",
        default=[1, 4],
        help="client threads, one run per count (default 1 4)",
    )
    parser.add_argument("--db", help="store file to build (default: a temporary file, removed after)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or str(Path(folder) / "api.duckdb")
        if Path(path).exists():
            parser.error(f"{path} exists; give a new file")
        start = time.perf_counter()
        build_store(path, args.events).close()
        enrich(path, args.events)
        print(f"store: {args.events:,} events, built in {time.perf_counter() - start:.1f} s")
        print(f"CPUs {os.cpu_count()}, load average {os.getloadavg()[0]:.2f}")
        store = store_times(path)
        server, origin = start_server(path)
        try:
            load(origin, len(QUERIES), 1)  # the untimed pass
            p95s = {
                clients: report(*load(origin, args.requests, clients), clients, store)
                for clients in args.clients
            }
            rss = psutil.Process(server.pid).memory_info().rss / MB
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"\nserver resident memory after the runs: {rss:.0f} MB")
    for clients, p95 in p95s.items():
        met = "met" if p95 <= TARGET_P95_S else "NOT met"
        target = f"target ≤ {TARGET_P95_S * 1000:.0f} ms: {met}"
        print(f"p95 with {clients} client(s): {p95 * 1000:.0f} ms ({target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
