"""The one CLI test with the real pipeline (spaCy model, bundled dictionaries, real readers)."""

from __future__ import annotations

from pathlib import Path

import pytest
from clikit import Cli
from typer.testing import CliRunner

from strife.record import Article

DISPATCH = (
    "BRUSSELS, Jan 13 (Reuters) - Russian Deputy Foreign Minister Alexander Grushko said on Thursday "
    'that "NATO is not listening" to Moscow\'s demands.\n\n'
    "NATO Secretary General Jens Stoltenberg told reporters the alliance was ready for more talks, "
    "according to TASS.\n"
)


@pytest.fixture
def real_cli(tmp_path: Path) -> Cli:
    try:
        from strife.pipeline import Pipeline  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"strife.pipeline is not importable yet ({exc})")
    return Cli(CliRunner(), tmp_path / "real.duckdb")


def test_extract_and_ingest_with_the_real_pipeline(real_cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "dispatch.txt"
    source.write_text(DISPATCH, encoding="utf-8")
    result = real_cli("extract", str(source))
    if result.exit_code == 2 and "model" in result.stderr:
        pytest.skip(f"spaCy model not available: {result.stderr.strip()}")
    assert result.exit_code == 0, result.output
    (article,) = [Article.model_validate_json(line) for line in result.stdout.splitlines()]
    assert article.origin == str(source)
    assert article.quotes, "the direct quote was not found"
    for quote in article.quotes:
        assert article.body[quote.start : quote.end] == quote.text
    assert any(a.name == "Alexander Grushko" for a in article.actors)

    first = real_cli("ingest", str(source))
    assert first.exit_code == 0, first.output
    assert "read 1, stored 1, duplicates 0, failed 0" in first.stderr
    again = real_cli("ingest", str(source))
    assert "read 1, stored 0, duplicates 1, failed 0" in again.stderr
    shown = real_cli("show", article.id)
    assert Article.model_validate_json(shown.stdout) == article
    assert "Grushko" in real_cli("quotes", "--format", "csv").stdout
