"""Many writers on one store at once: no article lost, none stored twice, none half-written.

Four processes add overlapping batches (each article is in two of them, in different orders) to one
store at the same time — a DuckDB file (the processes take turns with it, ``shared=True``) or a
PostgreSQL database (they write side by side). Afterwards every article is stored exactly once and
whole, and each was reported stored by exactly one writer. Then two processes refresh the stories
at once: one waits for the other, and every article ends up in exactly one story.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from store_factories import batch, expected_children

from strife.store import latest_version, open_store
from strife.store_location import StoreLocation

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"
WRITERS = 4
ARTICLES = 48

WRITER = """
import json, random, sys
from store_factories import batch
from strife.store import open_store

location, writer, writers, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
articles = batch(n)
# Writer w takes the articles i with i % writers in (w, w + 1): each article has two writers.
mine = [a for i, a in enumerate(articles) if i % writers in (writer, (writer + 1) % writers)]
random.Random(writer).shuffle(mine)
stored = []
with open_store(location, shared=True) as store:
    for article in mine:
        if store.add(article):
            stored.append(article.id)
print(json.dumps(stored))
"""

REFRESHER = """
import json, sys
from strife.monitor.refresh import refresh
from strife.store import open_store

with open_store(sys.argv[1], shared=True) as store:
    print(json.dumps([n.note for n in refresh(store)]))
"""


def run(script: str, tmp_path: Path, runs: list[list[str]]) -> list[list[str]]:
    """``script`` in one process per argument list, all at once; what each printed last (JSON)."""
    file = tmp_path / "script.py"
    file.write_text(script)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(SRC), str(HERE), os.environ.get("PYTHONPATH", "")]),
    }
    procs = [
        subprocess.Popen(
            [sys.executable, str(file), *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for args in runs
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err[-3000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def run_writers(location: StoreLocation, tmp_path: Path) -> list[list[str]]:
    return run(
        WRITER, tmp_path, [[str(location), str(w), str(WRITERS), str(ARTICLES)] for w in range(WRITERS)]
    )


def test_concurrent_writers_store_each_article_once(store_location: StoreLocation, tmp_path: Path) -> None:
    with open_store(store_location):  # the schema first, so that the writers race on the rows only
        pass
    reports = run_writers(store_location, tmp_path)
    articles = batch(ARTICLES)
    stored = [article_id for report in reports for article_id in report]
    assert sorted(stored) == sorted(a.id for a in articles), "each article reported stored by one writer"
    with open_store(store_location) as store:
        for article in articles:
            assert store.get(article.id) == article
        counts = store.counts()
        assert counts["articles"] == ARTICLES
        for table in expected_children(articles[0]):
            if table in counts:
                assert counts[table] == sum(expected_children(a)[table] for a in articles), table

    notes = run(REFRESHER, tmp_path, [[str(store_location)]] * 2)
    assert sorted(len(n) for n in notes) == [0, 1], "one refreshed, the other waited and found it done"
    with open_store(store_location) as store:
        assert store.story_backlog().articles == 0
        members = [m for s in store.stories() for m in s.articles]
        assert sorted(members) == sorted(a.id for a in articles), "every article in one story"


def test_writers_opening_a_new_store_at_once_migrate_it_once(
    store_location: StoreLocation, tmp_path: Path
) -> None:
    reports = run_writers(store_location, tmp_path)
    assert sum(len(r) for r in reports) == ARTICLES
    with open_store(store_location) as store:
        assert store.schema_version() == latest_version()
