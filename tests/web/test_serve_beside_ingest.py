"""The dashboard stays up while ``strife ingest`` writes to the same DuckDB file.

The server runs in its own process (DuckDB's file lock is per process), over the store file; this
process runs ``strife ingest`` on it (a slow stand-in pipeline, so the ingest takes several batches)
while a thread asks the server for its articles again and again. Every answer is 200, the ingest
stores everything, and afterwards the server shows every article and its stories (computed by the
ingest's refresh), without having been restarted.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from apikit import FakePipeline, fill
from typer.testing import CliRunner

from strife.cli.app import app as cli
from strife.record import Article, RawArticle

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = 24
BATCH = 4
SERVER = """
import sys, uvicorn
from strife.web import create_app
uvicorn.run(create_app(sys.argv[1]), host="127.0.0.1", port=int(sys.argv[2]), log_level="warning")
"""


class SlowPipeline(FakePipeline):
    """The stand-in pipeline, taking its time over each batch as the NLP would."""

    def pipe(self, raws: Iterable[RawArticle], *, on_error: Any = None) -> Iterator[Article]:
        time.sleep(0.4)
        yield from super().pipe(raws, on_error=on_error)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A server process over a new, empty store, and its origin."""
    db = tmp_path / "strife.duckdb"
    fill(db, [])
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], env=env)
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, "the server exited"
            try:
                if httpx.get(f"{origin}/api/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.1)
        yield db, origin
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_ingest_writes_while_the_server_answers(
    server: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, origin = server
    corpus = tmp_path / "in.jsonl"
    lines = [
        {"id": f"n{i}", "text": f"Report {i}: talks on item {i} went on in the capital for hours.",
         "published": f"2022-01-{1 + i % 20:02d}T09:00:00Z", "outlet": "TASS"}
        for i in range(ARTICLES)
    ]  # fmt: skip
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    monkeypatch.setattr("strife.cli.common.make_pipeline", lambda settings: SlowPipeline())
    monkeypatch.setenv("STRIFE_WORKERS", "1")  # the stand-in reads in this process, not in spawned workers
    monkeypatch.setenv("STRIFE_BATCH_SIZE", str(BATCH))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))

    answers: list[tuple[int, int]] = []
    done = threading.Event()

    def ask() -> None:
        with httpx.Client(base_url=origin, timeout=60) as client:
            while not done.is_set():
                response = client.get("/api/articles", params={"limit": 1000})
                count = len(response.json()["items"]) if response.status_code == 200 else -1
                answers.append((response.status_code, count))
                time.sleep(0.05)

    asker = threading.Thread(target=ask)
    asker.start()
    try:
        result = CliRunner().invoke(cli, ["--db", str(db), "ingest", str(corpus)])
    finally:
        done.set()
        asker.join(timeout=120)
    assert result.exit_code == 0, result.output
    assert f"stored {ARTICLES}" in result.stderr
    assert answers and all(code == 200 for code, _ in answers), answers
    counts = [n for _, n in answers]
    assert counts == sorted(counts), "the server saw the articles come in, never fewer"
    assert any(0 < n < ARTICLES for n in counts), f"no answer came while the ingest ran: {counts}"
    final = httpx.get(f"{origin}/api/articles", params={"limit": 1000}, timeout=60).json()["items"]
    assert len(final) == ARTICLES
    stories = httpx.get(f"{origin}/api/stories", params={"limit": 1000}, timeout=60).json()["items"]
    assert sum(len(s["articles"]) for s in stories) == ARTICLES
