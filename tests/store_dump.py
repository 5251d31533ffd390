"""A stored result as plain data, to compare two stores (one process against workers, against Ray).

Importable from any test module: ``tests/`` is on ``sys.path`` because ``tests/conftest.py`` is there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from strife.store import open_store


def dump_store(path: Path) -> tuple[dict[str, int], list[dict[str, Any]], list[dict[str, Any]]]:
    """Row counts, every record (by id) and every event row of the store at ``path``."""
    with open_store(path) as store:
        ids = sorted(row.id for row in store.articles())
        records = [store.get(i).model_dump() for i in ids]  # type: ignore[union-attr]
        return store.counts(), records, [e.model_dump() for e in store.events()]
