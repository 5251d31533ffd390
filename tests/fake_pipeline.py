"""A stand-in for :class:`strife.pipeline.Pipeline` without spaCy, shared by the tests of ingesting
and watching: a body containing FAIL fails; ``read`` lists the bodies read, ``batches`` their sizes.

Importable from any test module: ``tests/`` is on ``sys.path`` because ``tests/conftest.py`` is there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from strife.errors import ExtractionError
from strife.record import Article, RawArticle, derive_id, fingerprint


class FakePipeline:
    """The pipeline's interface; its records carry the reader's metadata and nothing else."""

    model_name = "fake"

    def __init__(self) -> None:
        self.read: list[str] = []
        self.batches: list[int] = []

    def to_article_shell(self, raw: RawArticle) -> Article:
        return Article(
            id=raw.id or derive_id(raw.body),
            fingerprint=fingerprint(raw.body),
            body=raw.body,
            origin=raw.origin,
            headline=raw.headline,
            url=raw.url,
            outlet=raw.outlet,
        )

    def pipe(
        self, raws: Iterable[RawArticle], *, on_error: Callable[[ExtractionError], None] | None = None
    ) -> Iterator[Article]:
        batch = list(raws)
        self.batches.append(len(batch))
        for raw in batch:
            self.read.append(raw.body)
            if "FAIL" in raw.body:
                if on_error:
                    on_error(ExtractionError(raw.origin or "?", "cannot read"))
                continue
            yield self.to_article_shell(raw)
