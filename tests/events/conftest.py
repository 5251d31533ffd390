"""Fixtures of the event tables: the pipeline's spaCy model and the bundled event patterns."""

from __future__ import annotations

import pytest
from spacy.language import Language

from strife.events.patterns import EventPatterns
from strife.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp(pipeline: Pipeline) -> Language:
    return pipeline.nlp


@pytest.fixture(scope="module")
def bundled() -> EventPatterns:
    return EventPatterns.load()
