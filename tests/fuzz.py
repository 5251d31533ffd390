"""The fuzzing suite's budget: hypothesis settings every property test shares (``FUZZ``).

The suite (``pytest -m fuzz``) runs in CI with the other tests, bounded in time: each property test
runs at most ``STRIFE_FUZZ_EXAMPLES`` examples (default 200) with no per-example deadline, and the
schemathesis run against ``/openapi.json`` (``tests/web/test_api_fuzz.py``) at most
``STRIFE_FUZZ_API_EXAMPLES`` per operation (default 100). Raise them locally for a longer hunt.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

EXAMPLES = int(os.environ.get("STRIFE_FUZZ_EXAMPLES", "200"))
API_EXAMPLES = int(os.environ.get("STRIFE_FUZZ_API_EXAMPLES", "100"))

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
