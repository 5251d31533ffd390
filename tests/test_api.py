"""The Python API: strife.extract, strife.pipe, Pipeline.map_batch, failure isolation."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

import strife
from strife.errors import ExtractionError, InputError
from strife.pipeline import Pipeline
from strife.record import RawArticle, derive_id, fingerprint
from strife.schema import load

TEXT = "“We are ready to talk,” Armenian Foreign Minister Ara Petrosyan said on Monday."


@pytest.fixture()
def default(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> Pipeline:
    """strife's module-level functions, backed by the session pipeline (loading spaCy once)."""
    monkeypatch.setattr(strife, "default_pipeline", lambda: pipeline)
    return pipeline


def test_extract(default: Pipeline) -> None:
    article = strife.extract(TEXT, id="a1", outlet="Example Wire", published="2026-03-02T09:00:00Z")
    assert (article.id, article.outlet, article.published.isoformat()) == (  # type: ignore[union-attr]
        "a1",
        "Example Wire",
        "2026-03-02T09:00:00+00:00",
    )
    [quote] = article.quotes
    assert quote.speaker is not None and quote.speaker.code == "ARMGOV"


def test_extract_rejects_bad_metadata(default: Pipeline) -> None:
    with pytest.raises(InputError, match="bad metadata"):
        strife.extract(TEXT, published="not a date")


@pytest.mark.parametrize(
    "records",
    [
        [{"text": TEXT, "id": "x1"}, {"text": TEXT + " More.", "id": "x2"}],
        [RawArticle(body=TEXT, id="x1"), RawArticle(body=TEXT + " More.", id="x2")],
    ],
)
def test_pipe_accepts_dicts_and_records(default: Pipeline, records: list[Any]) -> None:
    assert [a.id for a in strife.pipe(records)] == ["x1", "x2"]


def test_ids_are_stable_and_derived_from_content(pipeline: Pipeline) -> None:
    first, second = pipeline.extract(TEXT), pipeline.extract(TEXT)
    assert first.id == second.id and len(first.id) == 16
    assert first.id == derive_id(TEXT) and first.fingerprint == fingerprint(TEXT)  # the body hashed once
    assert pipeline.extract(TEXT + " Later.").id != first.id


def test_map_batch_gives_schema_valid_plain_records(pipeline: Pipeline) -> None:
    out = pipeline.map_batch([{"text": TEXT, "id": "m1"}, {"text": "Talks resumed in Geneva.", "id": "m2"}])
    validator = jsonschema.Draft202012Validator(load())
    for record in out:
        validator.validate(json.loads(json.dumps(record)))
    assert [r["id"] for r in out] == ["m1", "m2"]


def test_a_failing_article_is_reported_and_the_batch_goes_on(pipeline: Pipeline) -> None:
    raws = [
        RawArticle(body=TEXT, id="ok1"),
        RawArticle(body="   \n ", id="empty"),
        RawArticle(body=TEXT, id="ok2"),
    ]
    errors: list[ExtractionError] = []
    ids = [a.id for a in pipeline.pipe(raws, on_error=errors.append)]
    assert ids == ["ok1", "ok2"]
    assert len(errors) == 1 and errors[0].origin == "empty" and "no text" in errors[0].reason


def test_a_step_that_crashes_is_isolated(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = {"n": 0}

    def flaky(art: Any) -> None:
        calls["n"] += 1
        if art.raw.id == "bad":
            raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "steps", [*pipeline.steps, ("flaky", flaky)])
    errors: list[ExtractionError] = []
    raws = [RawArticle(body=TEXT, id="bad"), RawArticle(body=TEXT, id="good")]
    assert [a.id for a in pipeline.pipe(raws, on_error=errors.append)] == ["good"]
    assert "flaky" in errors[0].reason and "boom" in errors[0].reason
