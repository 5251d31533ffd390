"""The store contract: the tests here that take ``store`` (or ``new_store``) run on both backends
(:mod:`backends`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backends import BACKENDS, NewStore, new_location

from strife.store import Store, open_store
from strife.store_location import StoreLocation


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture
def store_location(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> StoreLocation:
    """The location of a new, empty store of the test's backend (open it with ``open_store``)."""
    return new_location(request, backend, tmp_path)


@pytest.fixture
def new_store(request: pytest.FixtureRequest, backend: str, tmp_path: Path) -> Iterator[NewStore]:
    """Opens new, empty stores of the test's backend; all closed when the test ends."""
    opened: list[Store] = []

    def make() -> Store:
        opened.append(open_store(new_location(request, backend, tmp_path)))
        return opened[-1]

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(new_store: NewStore) -> Store:
    """A new, empty store of the test's backend."""
    return new_store()
