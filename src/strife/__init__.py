"""strife: read news into structured, source-attributed records.

>>> import strife
>>> article = strife.extract(text, published="2022-01-13T09:19Z")   # doctest: +SKIP
>>> for article in strife.pipe(records): ...                        # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from strife.errors import StrifeError
from strife.record import Article, RawArticle

if TYPE_CHECKING:
    from strife.pipeline import Pipeline

__version__ = "0.1.0"
__all__ = ["Article", "RawArticle", "StrifeError", "__version__", "default_pipeline", "extract", "pipe"]

_default: dict[str, Pipeline] = {}


def default_pipeline() -> Pipeline:
    """The pipeline built from the settings, created on first use and reused."""
    if "pipeline" not in _default:
        from strife.pipeline import Pipeline

        _default["pipeline"] = Pipeline()
    return _default["pipeline"]


def extract(text: str, **meta: Any) -> Article:
    """Read one article text (metadata: ``id``, ``headline``, ``published``, ``url``, ``outlet``)."""
    return default_pipeline().extract(text, **meta)


def pipe(records: Iterable[RawArticle | dict[str, Any]]) -> Iterator[Article]:
    """Read many articles: :class:`RawArticle` objects or dicts with ``text`` (or ``body``) and metadata."""
    raws = (r if isinstance(r, RawArticle) else RawArticle.from_record(r) for r in records)
    return default_pipeline().pipe(raws)
