"""Shared fixtures: one spaCy-backed pipeline for the whole session, and the shared data folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.pipeline import Pipeline
from strife.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "2022-01-13-nato-russia-council.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The default pipeline (bundled dictionaries, the configured spaCy model), built once."""
    return Pipeline(Settings())


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
