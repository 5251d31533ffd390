"""The JSON Schema of the output record, generated from :class:`strife.record.Article`.

``python -m strife.schema --write`` regenerates ``article.schema.json`` beside this file; a test
checks that the file in the repository is what the model generates.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from strife.record import Article

SCHEMA_FILE = "article.schema.json"
SCHEMA_ID = "https://strife.invalid/schema/article.schema.json"


def generate() -> dict[str, Any]:
    """The schema as the record model defines it."""
    schema = Article.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def load() -> dict[str, Any]:
    """The schema file shipped with the package."""
    text = resources.files("strife.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def render() -> str:
    return json.dumps(generate(), indent=2, ensure_ascii=False) + "\n"
