"""The counted events of an article as "CODE SOURCE>TARGET" strings, for the rule tables in tests/events."""

from __future__ import annotations

from strife.record import Article


def counted(article: Article) -> list[str]:
    """Events series and alerts count, each as its CAMEO code and its sides' codes ("-" for none)."""

    def code(actor: object) -> str:
        return getattr(actor, "code", None) or getattr(actor, "country", None) or "-"

    return [f"{e.cameo} {code(e.source)}>{code(e.target)}" for e in article.events if e.coded]
