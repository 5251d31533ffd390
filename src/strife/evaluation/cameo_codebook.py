"""The CAMEO codebook's example sentences as gold for event codes.

Data: ``gold/cameo/cameo-codes.csv`` under the shared folder (a table of the CAMEO 1.1b3 codebook:
``code``, ``name``, ``goldstein``, ``description``, ``usage_notes``, ``example``, ``root_code`` …; the
missing value is ``NA``). 276 of its 312 codes carry one example sentence from the CAMEO manual (one
more says "NEED EXAMPLE.": left out); each is one gold record: the sentence and the code it
illustrates (no actors).

The file is UTF-8 except for typographic quotes and dashes that went through Mac Roman and Windows-1252
on the way (``’`` stored as the bytes of "‚Äô"); :func:`repair_mojibake` restores them, and any
other byte that is not UTF-8 becomes U+FFFD.

**Predictions**: each example is read as one article and judged by its primary event
(:func:`strife.evaluation.event_reading.primary_event`). Figures (:func:`score_codebook`), on the
*report* half of the examples (a fixed half by a hash of the code; the *tune* half, the only one
looked at while writing patterns, carries ``_tune``: :func:`strife.evaluation.event_reading.half`):

- ``code_accuracy``: share of examples whose primary event has the row's code (``event.cameo``);
- ``root_accuracy``: share whose primary event has the row's root (``event.cameo_root``);
- ``coverage``: share of examples with any event;
- ``n_examples``, ``n_failed`` (examples the pipeline failed on).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from strife.evaluation.event_reading import by_half, primary_event, read_texts
from strife.evaluation.gum import ArticleReader
from strife.evaluation.scoring import ratio
from strife.record import Event

_NON_ASCII = re.compile(rb"[\x80-\xff]+")
_MISSING = frozenset({"", "NA"})
_PLACEHOLDER = "need example"  # one row says "NEED EXAMPLE." instead of giving one


@dataclass(frozen=True)
class CodebookRow:
    code: str
    name: str
    root: str
    goldstein: float | None
    example: str | None  # the example sentence, if the row has one


def codebook_path(root: Path) -> Path:
    """The gold file: ``root`` itself if it is the file, else ``root/gold/cameo/cameo-codes.csv``."""
    return root if root.is_file() else root / "gold" / "cameo" / "cameo-codes.csv"


def _repair_run(match: re.Match[bytes]) -> bytes:
    run = match.group()
    try:
        run.decode("utf-8")
        return run
    except UnicodeDecodeError:
        pass
    try:
        return run.decode("cp1252").encode("mac_roman").decode("utf-8").encode("utf-8")
    except (UnicodeDecodeError, UnicodeEncodeError):
        return run


def repair_mojibake(raw: bytes) -> str:
    """Decode the file: runs of non-ASCII bytes that are not UTF-8 are read back through Windows-1252
    and Mac Roman (``\\x82\\xc4\\xf4`` → ``’``); what still is not UTF-8 becomes U+FFFD."""
    return _NON_ASCII.sub(_repair_run, raw).decode("utf-8", errors="replace")


def _value(row: dict[str, str], column: str) -> str | None:
    value = (row.get(column) or "").strip()
    return None if value in _MISSING else value


def load_codebook_rows(root: Path) -> list[CodebookRow]:
    """Every row of the codebook table, in file order."""
    text = repair_mojibake(codebook_path(root).read_bytes())
    rows: list[CodebookRow] = []
    for row in csv.DictReader(io.StringIO(text)):
        code = _value(row, "code")
        if code is None:
            continue
        goldstein = _value(row, "goldstein")
        rows.append(
            CodebookRow(
                code=code,
                name=_value(row, "name") or "",
                root=_value(row, "root_code") or code[:2],
                goldstein=float(goldstein) if goldstein is not None else None,
                example=_value(row, "example"),
            )
        )
    return rows


def cameo_codes(root: Path) -> frozenset[str]:
    """The CAMEO event codes the codebook table lists."""
    return frozenset(row.code for row in load_codebook_rows(root))


def examples(rows: Sequence[CodebookRow]) -> list[CodebookRow]:
    """The rows that carry an example sentence (not the placeholder "NEED EXAMPLE.")."""
    return [row for row in rows if row.example and not row.example.lower().startswith(_PLACEHOLDER)]


def score_codebook(rows: Sequence[CodebookRow], events: Sequence[Event | None]) -> dict[str, float]:
    """The figures of the module docstring, for example rows and their primary events (same order)."""
    code_right = root_right = covered = 0
    for row, event in zip(rows, events, strict=True):
        if event is None:
            continue
        covered += 1
        code_right += event.cameo == row.code
        root_right += event.cameo_root == row.root
    return {
        "code_accuracy": ratio(code_right, len(rows)),
        "root_accuracy": ratio(root_right, len(rows)),
        "coverage": ratio(covered, len(rows)),
        "n_examples": float(len(rows)),
    }


def evaluate_cameo_codebook(pipeline: ArticleReader, root: Path) -> dict[str, float]:
    """``cameo-codebook``: see :func:`score_codebook`; ``root`` is the shared folder (or the file)."""
    rows = examples(load_codebook_rows(root))
    articles = read_texts(pipeline, [row.example or "" for row in rows], "cameo")
    events = [primary_event(a) for a in articles]

    def score(chosen: list[int]) -> dict[str, float]:
        return score_codebook([rows[i] for i in chosen], [events[i] for i in chosen])

    figures = by_half(rows, lambda r: r.code, score)
    figures["n_failed"] = float(sum(a is None for a in articles))
    return figures
