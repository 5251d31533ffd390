"""What ``strife info`` reports: versions, the spaCy model, the store, settings and data files.

Gathering it is cheap: the spaCy model is located, never loaded, and the store is only opened when
its file exists. Problems (an unreadable store, a malformed dictionary) are reported in the data,
not raised, so ``strife info`` works on a broken setup too.
"""

from __future__ import annotations

import importlib.util
import platform
import sys
from importlib import metadata
from pathlib import Path
from typing import Any

from strife.errors import StrifeError
from strife.settings import Settings, default_config_path
from strife.store_location import StoreLocation, shown

_PACKAGES = ("strife", "spacy", "duckdb", "psycopg", "pydantic")


def strife_version() -> str:
    """The installed version of strife (``0+unknown`` when it runs from an uninstalled tree)."""
    try:
        return metadata.version("strife")
    except metadata.PackageNotFoundError:
        return "0+unknown"


def versions() -> dict[str, str | None]:
    """strife, Python and the main libraries' versions (``None`` for a library not installed)."""
    out: dict[str, str | None] = {"strife": strife_version(), "python": platform.python_version()}
    for name in _PACKAGES[1:]:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def model_info(name_or_path: str) -> dict[str, Any]:
    """Where the spaCy pipeline ``name_or_path`` would load from, without loading it.

    ``kind`` is ``path`` or ``package``; ``available`` says whether the folder exists (with a
    ``config.cfg``) or the package is importable; ``location`` is the folder or package path.
    """
    info: dict[str, Any] = {"name": name_or_path}
    if _looks_like_path(name_or_path):
        path = Path(name_or_path).expanduser()
        info["kind"] = "path"
        info["location"] = str(path.resolve()) if path.exists() else str(path)
        info["available"] = path.is_dir() and (path / "config.cfg").is_file()
        if path.is_dir() and not info["available"]:
            info["problem"] = "folder has no config.cfg; not a spaCy pipeline"
        elif not path.exists():
            info["problem"] = "no such folder"
        return info
    info["kind"] = "package"
    try:
        spec = importlib.util.find_spec(name_or_path)
    except (ImportError, ValueError) as exc:
        spec = None
        info["problem"] = str(exc)
    info["available"] = spec is not None
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    info["location"] = locations[0] if locations else (spec.origin if spec is not None else None)
    if spec is None and "problem" not in info:
        info["problem"] = "not installed (pip install it, or set STRIFE_SPACY_MODEL / --model to a folder)"
    try:
        info["version"] = metadata.version(name_or_path)
    except (metadata.PackageNotFoundError, ValueError):
        info["version"] = None
    return info


def store_info(db: StoreLocation) -> dict[str, Any]:
    """The store: where (a URL without its password), whether it exists, and if it does its counts
    and schema version. A PostgreSQL store is connected to (and so created in its database)."""
    exists = not isinstance(db, Path) or db.exists()
    info: dict[str, Any] = {"location": shown(db), "exists": exists}
    if not info["exists"]:
        return info
    try:
        from strife.store import open_store

        with open_store(db, shared=True) as store:
            info["location"] = str(store.location)
            info["schema_version"] = store.schema_version()
            info["counts"] = store.counts()
    except (StrifeError, ImportError) as exc:
        info["problem"] = str(exc)
    return info


def dictionary_info(user_files: tuple[Path, ...]) -> dict[str, Any]:
    """The dictionary files in use (bundled ones first, then the user's)."""
    info: dict[str, Any] = {"user_files": [str(p) for p in user_files]}
    try:
        from strife.dictionaries import Dictionaries

        info["files"] = [str(p) for p in Dictionaries.load(user_files).sources]
    except (StrifeError, ImportError, OSError) as exc:
        info["files"] = [str(p) for p in user_files]
        info["problem"] = str(exc)
    return info


def gather(settings: Settings, *, config_path: Path | None = None) -> dict[str, Any]:
    """Everything ``strife info`` shows, as one JSON-ready mapping."""
    config = config_path or default_config_path()
    return {
        "versions": versions(),
        "spacy_model": settings.spacy_model,
        "model": model_info(settings.spacy_model),
        "store": store_info(settings.db),
        "settings": settings.as_dict(),
        "config_file": {"path": str(config), "exists": config.is_file()},
        "dictionaries": dictionary_info(settings.dictionaries),
        "python_executable": sys.executable,
    }


def _looks_like_path(value: str) -> bool:
    # The same rule strife.nlp.model uses to tell a folder from a package name.
    return any(sep in value for sep in ("/", "\\")) or value.startswith(".") or Path(value).is_dir()
