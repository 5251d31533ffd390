"""Schemathesis against /openapi.json: every operation with generated requests, no 5xx, and every
answer (status, content type, headers, body) as the document declares it (``fuzz`` marker; the
budget is in tests/fuzz.py).

Some of schemathesis's checks are left out on purpose: *positive data acceptance* (a ``since`` the
schema types as a string but that is not a date, or an actor strife does not know, is rightly a
422), and the two about 405 answers, *unsupported method* and *Allow header conformance*
(``/api/articles`` is two routes, GET and POST, and Starlette's 405 names only the first one's
method in ``Allow``).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from apikit import FakePipeline, corpus, fill
from hypothesis import settings
from schemathesis.checks import allow_header_conformance, positive_data_acceptance, unsupported_method

from fuzz import API_EXAMPLES, FUZZ
from strife.web import create_app

pytestmark = pytest.mark.fuzz

_DB = Path(tempfile.mkdtemp(prefix="strife-fuzz-")) / "strife.duckdb"
fill(_DB, corpus())
TOKEN = "fuzz-token"
app = create_app(_DB, token=TOKEN, pipeline_factory=FakePipeline)
schema = schemathesis.openapi.from_asgi("/openapi.json", app)


@schema.parametrize()
@settings(FUZZ, max_examples=API_EXAMPLES)
def test_api(case: schemathesis.Case) -> None:
    case.call_and_validate(
        headers={"Authorization": f"Bearer {TOKEN}"},  # POST /api/articles reads what it is sent
        excluded_checks=[positive_data_acceptance, unsupported_method, allow_header_conformance],
    )
