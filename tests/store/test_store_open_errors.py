"""Opening a store that cannot be used gives one clear StoreError naming the path and what to do."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from store_factories import make_article

from strife.errors import StoreError, StrifeError
from strife.store import open_store

HERE = Path(__file__).resolve().parent
SRC = HERE.parents[1] / "src"


def child_env() -> dict[str, str]:
    """Environment for a child Python that imports strife and the factories from this checkout."""
    paths = [str(SRC), str(HERE), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


class Holder:
    """Another process that holds a store open (so its file is locked) until :meth:`release`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        code = (
            "import sys; from strife.store import open_store\n"
            f"store = open_store({str(path)!r})\n"
            "print('ready', flush=True)\n"
            "sys.stdin.read()\n"
            "store.close()\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", code],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=child_env(),
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready", "the holder process did not open the store"

    def release(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            assert self.process.wait(timeout=30) == 0


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[Holder]:
    held = Holder(tmp_path / "held.duckdb")
    try:
        yield held
    finally:
        held.release()


def test_store_locked_by_another_process(holder: Holder) -> None:
    with pytest.raises(StoreError) as info:
        open_store(holder.path)
    message = str(info.value)
    assert f"the store {holder.path} is in use by another process" in message
    assert "--db or STRIFE_DB" in message
    assert isinstance(info.value, StrifeError) and info.value.__cause__ is not None


def test_store_opens_once_the_other_process_is_done(holder: Holder) -> None:
    with pytest.raises(StoreError, match="in use"):
        open_store(holder.path)
    holder.release()
    with open_store(holder.path) as store:
        assert store.add(make_article("one")) is True


def _parent_is_a_file(tmp_path: Path) -> tuple[Path, str]:
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    return blocker / "sub" / "s.duckdb", "cannot create the folder"


def _read_only_folder(tmp_path: Path) -> tuple[Path, str]:
    if os.geteuid() == 0:
        pytest.skip("root may write anywhere")
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    return folder / "s.duckdb", "cannot open the store"


def _proc_filesystem(tmp_path: Path) -> tuple[Path, str]:
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc here")
    return Path("/proc/strife.duckdb"), "cannot open the store"


def _path_is_a_folder(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "a-folder.duckdb"
    folder.mkdir()
    return folder, "is a folder"


def _not_a_duckdb_file(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "notes.duckdb"
    path.write_text("these are my notes, not a database\n" * 200)
    return path, "is not a DuckDB database"


@pytest.mark.parametrize(
    "make",
    [_parent_is_a_file, _read_only_folder, _proc_filesystem, _path_is_a_folder, _not_a_duckdb_file],
    ids=["parent-is-a-file", "read-only-folder", "proc-filesystem", "path-is-a-folder", "not-a-duckdb-file"],
)
def test_unusable_location(tmp_path: Path, make: Callable[[Path], tuple[Path, str]]) -> None:
    path, what = make(tmp_path)
    try:
        with pytest.raises(StoreError) as info:
            open_store(path)
    finally:
        for p in tmp_path.iterdir():
            if p.is_dir():
                p.chmod(0o700)
    message = str(info.value)
    assert what in message
    assert str(path) in message or str(path.parent) in message
    assert "--db or STRIFE_DB" in message


def test_parent_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "c" / "s.duckdb"
    with open_store(str(path)) as store:
        assert store.location == str(path)
    assert path.is_file()


def test_relative_and_user_paths_are_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    with open_store("rel/s.duckdb") as store:
        assert store.location == str(tmp_path / "rel" / "s.duckdb")
    with open_store("~/s.duckdb") as store:
        assert store.location == str(tmp_path / "home" / "s.duckdb")
