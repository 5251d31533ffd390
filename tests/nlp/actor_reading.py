"""Reading one sentence on a day and listing each mention's actor code, for the actor test tables."""

from __future__ import annotations

from strife.pipeline import Pipeline
from strife.record import Article


def read(pipeline: Pipeline, text: str, day: str = "2010-06-01") -> Article:
    """The article of ``text`` published at noon on ``day``."""
    return pipeline.extract(text, published=f"{day}T12:00:00Z")


def codes_by_mention(article: Article) -> dict[str, str | None]:
    """Every mention's text with its actor's code."""
    return {m.text: a.code for a in article.actors for m in a.mentions}
