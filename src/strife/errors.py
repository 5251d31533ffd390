"""The one exception hierarchy of strife.

Every error the library raises on purpose derives from :class:`StrifeError`, so callers can catch
one type. Messages name the input and say what to do about it.
"""

from __future__ import annotations


class StrifeError(Exception):
    """Base class of every error strife raises on purpose."""


class ConfigError(StrifeError):
    """A setting, data file or model could not be used."""


class ModelError(ConfigError):
    """The spaCy pipeline could not be loaded."""


class DictionaryError(ConfigError):
    """A dictionary data file (actors, titles, outlets …) is malformed."""


class InputError(StrifeError):
    """One input (file, line, feed item) could not be read.

    ``origin`` names the input (a path, ``path:line`` or ``<stdin>``), ``reason`` says why.
    """

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class InputWarning(InputError):
    """Something about one input the user should know, though it was read (bad bytes replaced …).

    Readers yield it beside the input's articles; it is reported, not counted as a failure.
    """


class DateRangeError(StrifeError, ValueError):
    """A date that names no instant strife can hold: outside years 1 to 9999 once in UTC
    (``9999-12-31T23:59:59-01:00`` is in year 10000 in UTC)."""


class ExtractionError(StrifeError):
    """The pipeline failed on one article; the rest of the batch goes on."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


class WorkerError(StrifeError):
    """A worker process (of ``ingest --workers``) died, or an engine (Ray) could not be used."""


class StoreError(StrifeError):
    """The store could not be opened, migrated, read or written."""
