"""Shared fixtures: one spaCy-backed pipeline for the whole session, and the shared data folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pg_cluster import Cluster, find_bindir, start_cluster
from strife.pipeline import Pipeline
from strife.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "2022-01-13-nato-russia-council.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The rules alone (bundled dictionaries, the configured spaCy model; no second opinion), built
    once: the parametrize tables test the rules; the second opinion has its own tests."""
    return Pipeline(Settings(hashed_opinion=False))


@pytest.fixture(scope="session")
def default_pipeline(pipeline: Pipeline) -> Pipeline:
    """The default pipeline, as ``strife`` reads (the rules and the torch-free second opinion)."""
    return Pipeline(Settings(), nlp=pipeline.nlp)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir: Path) -> Path:
    if not SEED.is_file():
        pytest.skip(f"seed dispatch not found at {SEED}")
    return SEED


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A throwaway PostgreSQL server for the session (:mod:`pg_cluster`), or skip when none is installed."""
    if find_bindir() is None:
        pytest.skip(
            "no PostgreSQL server installed: apt-get install postgresql (Debian), or set STRIFE_PG_BIN "
            "to the folder holding initdb and pg_ctl, to run the PostgreSQL store tests"
        )
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> str:
    """The URL of a new, empty PostgreSQL database."""
    return pg_cluster.new_database()
