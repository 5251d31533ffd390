"""Who an event's parties were on the event's own day, when the text dates it apart from its article.

The actors step codes people and institutions from the dated dictionaries on the article's day
(:mod:`strife.dated_actors`). An event the text dates earlier is coded on its own day instead: read in
2019, "Obama signed the accord in 2015" has Obama as ``USAGOV``, not ``USAELI``. Only actors coded from
the dictionaries are re-coded: a title in the text wins ("Senator Obama" stays a senator whatever the
day), and so does an actor the dictionaries do not know.

A date the text gives at month or year precision ("in March 2015", "in 2015") is read at its middle
day. Events dated after the article (plans, schedules) keep the article's coding: who holds an office
later is not the article's to say.
"""

from __future__ import annotations

from datetime import date

from strife.dictionary_files import ActorEntry
from strife.nlp.document import ArticleDoc

__all__ = ["coding_on", "event_day"]


def event_day(text: str | None) -> date | None:
    """The day an ISO date of any precision stands for: the day itself, else its month's or year's
    middle day; ``None`` for no date or one it cannot read."""
    if not text:
        return None
    parts = text.split("-")
    try:
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 15)
        if len(parts) == 1:
            return date(int(parts[0]), 7, 1)
    except ValueError:
        return None
    return None


def coding_on(art: ArticleDoc, actor_index: int, day: date | None) -> ActorEntry | None:
    """The actor's dictionary coding on ``day`` when it differs from the one it has in the article
    (re-coded), else ``None`` (the article's coding stands)."""
    if day is None or (art.day is not None and day >= art.day):
        return None
    actor = art.actors[actor_index]
    if actor.known is None or not actor.dictionary_coded:
        return None
    period = actor.known.on(day)
    if period is None or period.entry.code is None or period.entry.code == actor.code:
        return None
    return period.entry
