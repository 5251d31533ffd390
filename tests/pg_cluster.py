"""A throwaway PostgreSQL cluster for the tests, started from the installed server binaries.

The binaries are found in ``$STRIFE_PG_BIN``, else in ``pg_config --bindir``, else in Debian's
``/usr/lib/postgresql/<version>/bin`` (the newest). The cluster lives in a temporary folder, listens
on a free loopback port (and a socket in its own folder), trusts local connections, and is tuned for
tests (no fsync). ``initdb`` refuses to run as root, so under root the cluster runs as the
``postgres`` user (Debian's package makes it), else ``nobody``. Each test database is created fresh
(:meth:`Cluster.new_database`) and the cluster is stopped and removed at the end of the session.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SUPERUSER = "strife"
START_TIMEOUT_S = 60


def find_bindir() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl``, or None when no PostgreSQL server is installed."""
    candidates: list[str] = []
    if os.environ.get("STRIFE_PG_BIN"):
        candidates.append(os.environ["STRIFE_PG_BIN"])
    if shutil.which("pg_config"):
        found = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        candidates.append(found.stdout.strip())
    debian = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted(debian, key=lambda p: int(Path(p).parent.name), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class Cluster:
    """One running PostgreSQL server in a temporary folder."""

    def __init__(self, bindir: Path, *, durable: bool = False) -> None:
        self.bindir = bindir
        self.durable = durable
        self.user = self._run_as()
        self.folder = Path(tempfile.mkdtemp(prefix="strife-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self._names = itertools.count(1)
        try:
            self._start()
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise

    def _start(self) -> None:
        if self.user is not None:
            entry = pwd.getpwnam(self.user)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        self._pg("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                 "--locale=C", "--no-sync")  # fmt: skip
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c max_connections=200"
        if not self.durable:  # a test's data need not survive a crash of the machine
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._pg("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "server.log"),
                 "-w", "-t", str(START_TIMEOUT_S), "start")  # fmt: skip

    @staticmethod
    def _run_as() -> str | None:
        """The user to run the server as: None (ourselves) unless we are root."""
        if os.geteuid() != 0:
            return None
        for name in ("postgres", "nobody"):
            try:
                pwd.getpwnam(name)
            except KeyError:
                continue
            return name
        raise RuntimeError("running as root and no 'postgres' or 'nobody' user to run PostgreSQL as")

    def _pg(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        done = subprocess.run(
            command, capture_output=True, text=True, check=False, user=self.user, cwd=self.folder
        )
        if done.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr[-2000:]}\n{tail}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new, empty database; its URL."""
        name = f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return self.url(name)

    def stop(self) -> None:
        try:
            self._pg("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(*, durable: bool = False) -> Cluster:
    """A running cluster (``durable``: with PostgreSQL's default fsync and synchronous commits, as
    benchmarks want; tests go without); RuntimeError when there are no binaries or it does not start."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("no PostgreSQL server binaries")
    try:
        return Cluster(bindir, durable=durable)
    except RuntimeError:  # e.g. the free port was taken meanwhile: once more
        return Cluster(bindir, durable=durable)
