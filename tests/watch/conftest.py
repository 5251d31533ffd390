"""Fixtures for the watch tests: a loopback feed server, a fake clock, a fake pipeline, a store file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from watchkit import FakeClock, FeedServer

from fake_pipeline import FakePipeline


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake() -> FakePipeline:
    return FakePipeline()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "store" / "watch.duckdb"
