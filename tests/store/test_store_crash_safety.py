"""Crash safety: an article is stored whole or not at all, and rerunning a batch completes it.

Two ways in: a fault injected between the inserts of one ``add`` (in this process), and a real
child process adding a batch that is SIGKILLed mid-way, mid-transaction or just after a commit.
After either, every stored article must have exactly the child rows its record JSON says
(:func:`store_factories.audit`), and rerunning the batch must store the rest, each once.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from store_factories import TappedConnection, audit, batch, expected_children, make_article

from strife.errors import StoreError
from strife.record import Article
from strife.store import Store, open_store
from strife.store.article_rows import CHILD_TABLES
from strife.store.duckdb_store import DuckDBStore

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
TABLES = ["articles", *CHILD_TABLES]
N = 30


class Boom(RuntimeError):
    pass


def inject_fault(
    monkeypatch: pytest.MonkeyPatch, store: Store, *, article_id: str, table: str, error: BaseException
) -> None:
    """Make ``store`` raise ``error`` when it is about to write ``table`` rows of ``article_id``."""
    assert isinstance(store, DuckDBStore)
    current: list[str] = []

    def before(name: str, params: list[object]) -> None:
        if name == "articles":
            current[:] = [str(params[0])]
        if name == table and current == [article_id]:
            raise error

    monkeypatch.setattr(store, "_con", TappedConnection(store._con, before=before))


def assert_complete(path: Path, articles: list[Article]) -> None:
    stored = audit(path)
    assert sorted(stored) == sorted(a.id for a in articles)
    for article in articles:
        assert stored[article.id] == article


@pytest.mark.parametrize("table", TABLES)
@pytest.mark.parametrize(
    ("error", "raised"),
    [
        (Boom("injected"), Boom),
        (KeyboardInterrupt(), KeyboardInterrupt),
        (duckdb.IOException("disk gone"), StoreError),
    ],
    ids=["python-error", "interrupt", "duckdb-error"],
)
def test_fault_between_inserts_leaves_no_trace(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    error: BaseException,
    raised: type[BaseException],
) -> None:
    path = tmp_path / "s.duckdb"
    articles = batch(10)
    victim = articles[7]
    assert all(expected_children(victim).values()), "the victim should have rows in every table"
    with open_store(path) as store:
        inject_fault(monkeypatch, store, article_id=victim.id, table=table, error=error)
        added = []
        with pytest.raises(raised) as info:
            for article in articles:
                added.append(store.add(article))
        if raised is StoreError:
            assert f"add article {victim.id!r} in the store {path}" in str(info.value)
        assert added == [True] * 7
        # The store is still usable, and holds nothing of the victim.
        assert not store.contains(victim.id, victim.fingerprint)
        assert store.get(victim.id) is None
        assert store.counts()["articles"] == 7
        monkeypatch.undo()
    assert_complete(path, articles[:7])

    with open_store(path) as store:  # the rerun skips what is there and completes the batch
        assert [store.add(a) for a in articles] == [False] * 7 + [True] * 3
    assert_complete(path, articles)


WORKER = """
import sys, time
from store_factories import TappedConnection, batch
from strife.store import open_store

path, n, victim, pause_after = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
current = [None]

def announcing(table, params):
    print(f"wrote {current[0]} {table}", flush=True)
    if current[0] == victim and table == pause_after:
        time.sleep(60)  # killed here, inside the transaction

with open_store(path) as store:
    store._con = TappedConnection(store._con, after=announcing)
    for article in batch(n):
        current[0] = article.id
        added = store.add(article)
        print(f"done {article.id} {added}", flush=True)
        if article.id == victim and pause_after == "commit":
            time.sleep(60)  # killed here, just after the commit
    time.sleep(60)  # never gets here: killed at the latest while the store is still open
"""


def run_and_kill(tmp_path: Path, path: Path, *, victim: str, pause_after: str, kill_on: str) -> list[str]:
    """Run the worker over the batch and SIGKILL it when it prints ``kill_on``; return its output."""
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE), os.environ.get("PYTHONPATH", "")]),
    }
    proc = subprocess.Popen(
        [sys.executable, str(script), str(path), str(N), victim, pause_after],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    seen: list[str] = []
    try:
        for line in proc.stdout:
            seen.append(line.strip())
            if seen[-1] == kill_on:
                os.kill(proc.pid, signal.SIGKILL)
                break
    finally:
        if proc.poll() is None and seen[-1:] != [kill_on]:
            proc.kill()
        _, err = proc.communicate(timeout=60)
    assert seen[-1:] == [kill_on], f"the worker ended before {kill_on!r}: {seen[-3:]} {err[-2000:]}"
    assert proc.returncode == -signal.SIGKILL
    return seen


@pytest.mark.parametrize(
    ("pause_after", "kill_on", "survivors"),
    [
        *[(table, f"wrote a-0017 {table}", 17) for table in ("articles", "mentions", "quotes", "events")],
        ("commit", "done a-0017 True", 18),
        ("never", "done a-0011 True", None),  # free-running: killed wherever it is by then
    ],
    ids=["mid-articles", "mid-mentions", "mid-quotes", "mid-events", "after-commit", "free-running"],
)
def test_sigkill_mid_batch_then_rerun(
    tmp_path: Path, pause_after: str, kill_on: str, survivors: int | None
) -> None:
    path = tmp_path / "s.duckdb"
    articles = batch(N)
    assert articles[17].id == "a-0017" and all(expected_children(articles[17]).values())
    run_and_kill(tmp_path, path, victim="a-0017", pause_after=pause_after, kill_on=kill_on)

    stored = audit(path)  # every article there is complete (raises otherwise)
    ids = [a.id for a in articles]
    if survivors is None:
        survivors = len(stored)
        assert survivors >= 12
    assert sorted(stored) == ids[:survivors], "exactly a prefix of the batch is stored"

    with open_store(path) as store:
        assert [store.add(a) for a in articles] == [False] * survivors + [True] * (N - survivors)
        assert store.counts()["articles"] == N
    assert_complete(path, articles)


def test_same_article_twice_in_a_batch_is_stored_once(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    one = make_article("one")
    twin = make_article("one", article_id="twin")  # same text, other id
    with open_store(path) as store:
        assert [store.add(a) for a in (one, twin, one)] == [True, False, False]
    assert_complete(path, [one])
