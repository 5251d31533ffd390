"""Reading the hand-labelled dev sets kept as tab-separated files under ``tests/data``.

Both dev sets (news events, ECB+ quotes) are TSV files with a header row, ``#`` comment lines and
character offsets into texts that stay in the shared folder. :func:`read_rows` reads one and names
the file and line of anything wrong, so a bad edit to a dev set is an :class:`InputError` saying where
to look, never a ``KeyError`` or a silently skipped row.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from strife.errors import InputError

__all__ = ["read_rows", "whole_numbers"]


def read_rows(path: Path, columns: Sequence[str], what: str) -> list[tuple[str, dict[str, str]]]:
    """``(where, row)`` for every data row of ``path`` in file order; ``where`` is ``"path:line"``.

    Raises :class:`InputError` when the file is missing (``what`` names it: "quote dev set") or its
    header is not ``columns``.
    """
    if not path.is_file():
        raise InputError(str(path), f"{what} not found")
    numbered = [
        (n, line)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if line[:1] != "#"
    ]
    rows = csv.DictReader((line for _, line in numbered), delimiter="\t")
    if tuple(rows.fieldnames or ()) != tuple(columns):
        raise InputError(str(path), f"columns must be {', '.join(columns)}")
    return [(f"{path}:{numbered[i][0]}", row) for i, row in enumerate(rows, 1)]


def whole_numbers(row: dict[str, str], keys: Sequence[str], where: str) -> tuple[int, ...]:
    """The row's values under ``keys`` as integers; :class:`InputError` naming ``where`` otherwise."""
    try:
        return tuple(int(row[key]) for key in keys)
    except (TypeError, ValueError) as error:
        raise InputError(where, f"{', '.join(keys)} must be whole numbers ({error})") from error
