"""Schema migrations: new stores, older stores brought up to date, failed steps, newer stores."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from store_factories import make_article

from strife.errors import StoreError
from strife.store import migrations, open_store
from strife.store.duckdb_store import DuckDBSession
from strife.store.migrations import MIGRATIONS, Migration, current_version, latest_version, migrate

LATEST = latest_version()
STRIFE_TABLES = {
    "schema_migrations",
    "articles",
    "actors",
    "mentions",
    "quotes",
    "attributed_sources",
    "places",
    "place_mentions",
    "events",
    "threads",
    "stories",
    "story_articles",
    "incidents",
    "incident_events",
    "feed_items",
}


def tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    finally:
        con.close()


def ledger(path: Path) -> list[int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(
            "SELECT version, applied_at IS NOT NULL FROM schema_migrations ORDER BY 1"
        ).fetchall()
    finally:
        con.close()
    assert all(ok for _, ok in rows)
    return [v for v, _ in rows]


def make_old_store(path: Path, version: int, *, extra_table: bool = False) -> None:
    """A database as strife at schema ``version`` would have left it (0: never touched by strife)."""
    con = duckdb.connect(str(path))
    try:
        if extra_table:
            con.execute("CREATE TABLE notes (x INTEGER)")
            con.execute("INSERT INTO notes VALUES (42)")
        assert migrate(DuckDBSession(con), str(path), target=version) == version
    finally:
        con.close()


def test_versions_are_consecutive_from_one() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))
    assert all(m.statements and m.description for m in MIGRATIONS)


def test_new_store_gets_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with open_store(path) as store:
        assert store.schema_version() == LATEST
    assert tables(path) == STRIFE_TABLES
    assert ledger(path) == list(range(1, LATEST + 1))


@pytest.mark.parametrize("extra_table", [False, True], ids=["bare", "with-other-table"])
@pytest.mark.parametrize("version", range(LATEST), ids=lambda v: f"v{v}")
def test_older_store_is_migrated(tmp_path: Path, version: int, extra_table: bool) -> None:
    path = tmp_path / "old.duckdb"
    make_old_store(path, version, extra_table=extra_table)
    with open_store(path) as store:
        assert store.schema_version() == LATEST
        assert store.add(make_article("after-migration")) is True
    assert tables(path) - {"notes"} == STRIFE_TABLES
    assert ledger(path) == list(range(1, LATEST + 1))
    if extra_table:
        con = duckdb.connect(str(path), read_only=True)
        assert con.execute("SELECT x FROM notes").fetchall() == [(42,)]
        con.close()


def test_reopening_applies_nothing_again(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    for _ in range(3):
        with open_store(path) as store:
            store.add(make_article("one"))
    assert ledger(path) == list(range(1, LATEST + 1))


NEXT = LATEST + 1
ADD_LANGUAGE = Migration(
    NEXT,
    "articles get a language",
    ("ALTER TABLE articles ADD COLUMN language VARCHAR", "UPDATE articles SET language = 'en'"),
)


def test_a_new_step_upgrades_a_store_with_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "s.duckdb"
    article = make_article("kept")
    with open_store(path) as store:
        store.add(article)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, ADD_LANGUAGE))
    with open_store(path) as store:
        assert store.schema_version() == NEXT
        assert store.get("kept") == article
        assert store.counts()["quotes"] == len(article.quotes)
    assert ledger(path) == list(range(1, NEXT + 1))
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT id, language FROM articles").fetchall() == [("kept", "en")]
    con.close()


@pytest.mark.parametrize("start", [0, LATEST], ids=["from-empty", "from-latest"])
def test_a_failing_step_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: int) -> None:
    path = tmp_path / "s.duckdb"
    make_old_store(path, start)
    before = tables(path)
    broken = Migration(NEXT, "broken step", ("CREATE TABLE half_done (x INTEGER)", "THIS IS NOT SQL"))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*MIGRATIONS, broken))
    with pytest.raises(
        StoreError, match=rf"cannot migrate the store {path} from schema version {start}"
    ) as info:
        open_store(path)
    assert "Nothing was changed" in str(info.value)
    assert tables(path) == before  # no half_done, and (from empty) not even the v1 tables
    monkeypatch.undo()
    with open_store(path) as store:  # the file is not held by the failed open, and still usable
        assert store.schema_version() == LATEST


def test_store_from_a_newer_strife_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duckdb"
    make_old_store(path, LATEST)
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_migrations (version) VALUES (?)", [LATEST + 5])
    con.close()
    with pytest.raises(StoreError, match=r"newer strife.*Upgrade strife") as info:
        open_store(path)
    assert str(path) in str(info.value) and f"version {LATEST + 5}" in str(info.value)
    assert ledger(path)[-1] == LATEST + 5  # left as it was


def test_foreign_duckdb_file_with_clashing_table_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (title VARCHAR)")
    con.execute("INSERT INTO articles VALUES ('theirs')")
    con.close()
    with pytest.raises(StoreError, match=rf"cannot migrate the store {path}.*--db"):
        open_store(path)
    assert tables(path) == {"articles"}


def test_current_version_of_fresh_connection_is_zero() -> None:
    con = duckdb.connect(":memory:")
    assert current_version(DuckDBSession(con)) == 0
    assert migrate(DuckDBSession(con), ":memory:") == LATEST
    assert current_version(DuckDBSession(con)) == LATEST
    con.close()
