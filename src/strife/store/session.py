"""One unit of work on one database connection: what the backend-independent store code runs SQL on.

A backend (:mod:`~strife.store.duckdb_store`, :mod:`~strife.store.postgres_store`) hands out a
:class:`Session` for each store call; the query modules and :class:`~strife.store.sql_store.SqlStore`
use only this protocol and the session's :class:`~strife.store.dialect.Dialect`. Statements are
written with ``?`` parameters, values are always parameters, and a session turns errors of its
driver into :class:`~strife.errors.StoreError` naming the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel

from strife.errors import StoreError
from strife.store.dialect import Dialect

__all__ = ["QueryError", "Row", "Session", "check_limit", "models", "paging"]

Row = tuple[Any, ...]
_M = TypeVar("_M", bound=BaseModel)


class QueryError(StoreError):
    """A statement the database refused or could not run; ``detail`` is the database's message.

    Sessions raise it; the store turns it into a :class:`StoreError` saying what it was doing.
    """

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Session(Protocol):
    """A connection for one store call. Its methods raise :class:`QueryError`."""

    @property
    def dialect(self) -> Dialect: ...

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        """The rows of one statement."""
        ...

    def run(self, sql: str, params: Sequence[Any] = ()) -> None:
        """One statement whose rows (if any) are not needed."""
        ...

    def insert(self, table: str, columns: Sequence[str], rows: Sequence[Row]) -> None:
        """Insert ``rows`` (tuples in ``columns`` order) into ``table``, as fast as the backend can."""
        ...

    def transaction(self) -> AbstractContextManager[None]:
        """A transaction: committed when the block ends, rolled back when it raises."""
        ...


def check_limit(limit: int | None, offset: int = 0) -> None:
    """``ValueError`` unless ``limit`` is None or an int ≥ 0 and ``offset`` an int ≥ 0."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be None or a non-negative int, not {limit!r}")
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValueError(f"offset must be a non-negative int, not {offset!r}")


def paging(params: list[Any], limit: int | None, offset: int) -> str:
    """The ``LIMIT``/``OFFSET`` clause for a page (empty for all rows), its values added to ``params``."""
    check_limit(limit, offset)
    clause = ""
    if limit is not None:
        clause += " LIMIT ?"
        params.append(limit)
    if offset:
        clause += " OFFSET ?"
        params.append(offset)
    return clause


def models(model: type[_M], rows: Sequence[Row]) -> list[_M]:
    """Each row (values in field order) as a ``model``."""
    fields = model.model_fields
    return [model(**dict(zip(fields, row, strict=True))) for row in rows]
