"""Given names and their usual gender, read from ``data/first_names.tsv``, so that "she" does not
resolve to a man. Users add or override names with a file of the same name among their dictionaries."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path

from strife.errors import DictionaryError

FILE_NAME = "first_names.tsv"
GENDERS = frozenset({"m", "f"})


def load_first_names(user_files: Sequence[Path] = ()) -> Mapping[str, str]:
    """Given name → ``m`` or ``f``: the bundled list, then user files of the same name on top."""
    bundled = resources.files("strife").joinpath("data", FILE_NAME).read_text(encoding="utf-8")
    names = _read(bundled, f"bundled {FILE_NAME}")
    for path in user_files:
        if path.name == FILE_NAME:
            try:
                names.update(_read(path.read_text(encoding="utf-8"), str(path)))
            except (OSError, UnicodeDecodeError) as exc:
                raise DictionaryError(f"{path}: cannot be read ({exc})") from exc
    return names


def _read(text: str, origin: str) -> dict[str, str]:
    rows = [(n, line.split("\t")) for n, line in enumerate(text.splitlines(), 1) if line and line[0] != "#"]
    if not rows or [c.strip() for c in rows[0][1][:2]] != ["name", "gender"]:
        raise DictionaryError(f"{origin}: the first row must be the header 'name<TAB>gender'")
    out: dict[str, str] = {}
    for n, fields in rows[1:]:
        if len(fields) < 2 or not fields[0].strip() or fields[1].strip() not in GENDERS:
            raise DictionaryError(f"{origin}, line {n}: expected a name and a gender (m or f)")
        out[fields[0].strip()] = fields[1].strip()
    return out
