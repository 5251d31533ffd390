"""Where a store is: a DuckDB file path, or a PostgreSQL URL (``postgresql://user@host:5432/db``).

The setting ``db`` (``--db``, ``STRIFE_DB``) takes either. Text that starts like a URL
(``scheme://…``) is a URL: ``postgresql://`` and ``postgres://`` are kept as given, any other scheme
is refused with a clear error rather than read as a strange file name. A URL is shown without its
password (:func:`shown`). This module imports nothing heavy, so the settings can use it.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["POSTGRESQL_SCHEMES", "StoreLocation", "is_url", "refusal", "shown", "store_location"]

#: A store's location: a file path, or a PostgreSQL URL (text).
StoreLocation = Path | str

POSTGRESQL_SCHEMES = ("postgresql", "postgres")
# A scheme of two or more characters (``C:/`` is a Windows drive) then ``:/``: a URL, also one whose
# ``//`` a path has already collapsed into ``/``.
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+):/")


# ``scheme://user:password@`` (also with the ``//`` collapsed), and ``password=…`` among the parameters.
_PASSWORD = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]+:/+[^/@:?#]*):[^/@?#]*@")
_PASSWORD_PARAMETER = re.compile(r"(?<=[?&])password=[^&#]*&?", re.IGNORECASE)


def _scheme(text: str) -> str | None:
    found = _SCHEME.match(text.strip())
    return found.group(1).lower() if found else None


def is_url(location: StoreLocation) -> bool:
    """Whether ``location`` is a PostgreSQL URL strife can open (a ``str``, not a path)."""
    return isinstance(location, str) and _scheme(location) in POSTGRESQL_SCHEMES and "://" in location


def shown(location: StoreLocation) -> str:
    """The location as it may be printed: a URL without its password (``user:secret@`` becomes
    ``user@``, a ``password=`` parameter is dropped)."""
    text = str(location).strip()
    if not _scheme(text):
        return str(location)
    text = _PASSWORD.sub(r"\1@", text)
    return _PASSWORD_PARAMETER.sub("", text).rstrip("?&")


def refusal(location: StoreLocation) -> str | None:
    """Why strife cannot use ``location`` as a store, or None when it can (as far as can be told
    without opening it)."""
    text = str(location)
    scheme = _scheme(text)
    if scheme is None:
        return None
    if scheme not in POSTGRESQL_SCHEMES:
        return (
            f"the store {shown(text)} is a {scheme}:// URL, which strife cannot use; give a DuckDB file "
            "path or a PostgreSQL URL (postgresql://user@host:5432/database) with --db or STRIFE_DB"
        )
    if isinstance(location, Path) or "://" not in text:
        return (
            f"the store {shown(text)} is a PostgreSQL URL whose '//' was lost (it was read as a file "
            "path); give it as text, e.g. postgresql://user@host:5432/database"
        )
    return None


def store_location(value: str | Path) -> StoreLocation:
    """``value`` as a store location: the URL as given, or the path with ``~`` expanded.

    Raises ``ValueError`` (the message says what to give instead) for a URL strife cannot use.
    """
    problem = refusal(value)
    if problem is not None:
        raise ValueError(problem)
    if isinstance(value, str) and is_url(value):
        return value.strip()
    return Path(value).expanduser()
