"""Every event of an article as "CODE SOURCE>TARGET" with its background and counting flags, for the
rule tables of tests/events (test_only_real_events.py, test_police_and_courts.py)."""

from __future__ import annotations

from strife.record import Article, Event


def described(article: Article) -> list[str]:
    """Every event as its code and sides' codes, with its background and counting flags."""

    def code(actor: object) -> str:
        return getattr(actor, "code", None) or getattr(actor, "country", None) or "-"

    def flags(event: Event) -> str:
        return (" historical" if event.historical else "") + (
            "" if event.coded or event.historical else " uncounted"
        )

    return [f"{e.cameo} {code(e.source)}>{code(e.target)}{flags(e)}" for e in article.events]
