"""The two store backends the contract tests run on, and where a new store of each goes.

``duckdb`` is a file in the test's folder; ``postgresql`` a new database on the session's
throwaway PostgreSQL server (:mod:`pg_cluster`, the ``pg_cluster`` fixture), skipped with a message
when no server is installed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from strife.store import Store
from strife.store_location import StoreLocation

BACKENDS = ("duckdb", "postgresql")

NewStore = Callable[[], Store]


def new_location(request: pytest.FixtureRequest, backend: str, folder: Path) -> StoreLocation:
    """Where a new, empty store of ``backend`` goes."""
    if backend == "duckdb":
        return folder / f"strife-{len(list(folder.glob('*.duckdb')))}.duckdb"
    cluster = request.getfixturevalue("pg_cluster")
    url: str = cluster.new_database()
    return url
