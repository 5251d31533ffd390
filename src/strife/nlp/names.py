"""Given names and their usual gender, read from ``data/first_names.tsv``, so that "she" does not
resolve to a man. Users add or override names with a file of the same name among their dictionaries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from strife.dictionary_files import read_word_table

FILE_NAME = "first_names.tsv"
GENDERS = frozenset({"m", "f"})


def load_first_names(user_files: Sequence[Path] = ()) -> Mapping[str, str]:
    """Given name → ``m`` or ``f``: the bundled list, then user files of the same name on top."""
    return dict(read_word_table(FILE_NAME, ("name", "gender"), GENDERS, user_files, lower=False))
