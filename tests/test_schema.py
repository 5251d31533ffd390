"""The JSON Schema in the repository matches the record model, and real output validates against it."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

from strife.pipeline import Pipeline
from strife.schema import generate, load

SAMPLE = (
    "Feb 2, 2026 14:05 UTC\n  • Talks stall\n\n"
    "“We will not accept ultimatums,” Iranian Foreign Minister Hassan Karimi said on Monday, "
    "according to IRNA. He added that Tehran remained open to dialogue.\n\n"
    "“The door is open,” he said."
)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_file_is_current() -> None:
    assert load() == generate(), "run `make schema` (python -m strife.schema --write) and commit the result"


def test_output_validates(pipeline: Pipeline, validator: jsonschema.Draft202012Validator) -> None:
    article = pipeline.extract(SAMPLE, id="sample-1", outlet="Example Wire")
    record = json.loads(article.model_dump_json())
    validator.validate(record)
    assert record["quotes"], "the sample has quotes; the test must exercise them"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda r: r.pop("quotes"), "required"),
        (lambda r: r.update(published=20260202), "type"),
        (lambda r: r["quotes"][0].update(kind="rumour"), "kind"),
        (lambda r: r.update(extra_key=1), "additional"),
        (lambda r: r["quotes"][0].update(start=-1), "minimum"),
    ],
)
def test_bad_records_fail(
    pipeline: Pipeline, validator: jsonschema.Draft202012Validator, change: Any, reason: str
) -> None:
    record = json.loads(pipeline.extract(SAMPLE, id="sample-2").model_dump_json())
    record["published"] = "2026-02-02T14:05:00Z"
    change(record)
    checker = jsonschema.Draft202012Validator(load(), format_checker=jsonschema.FormatChecker())
    errors = list(checker.iter_errors(record))
    assert errors, f"a record with a bad {reason} passed"
