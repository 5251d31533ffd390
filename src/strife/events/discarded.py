"""What a story or sentence PETRARCH discards still keeps (the phrases: :mod:`strife.events.discards`).

A story that names a discard phrase (sports, entertainment, business) keeps only the law's hold on
someone: an arrest, detention or charge by the police, a court or no one named, and a release by the
police or a court (a player's arrest is news). A sentence that names one ("film festival", "box
office") keeps that too, and a crime or an assault told in it: "thieves targeted the film festival,
stealing jewels worth $2 million" is a theft wherever it happens, so property seized or stolen by
criminals or by no one named (171) and an assault on people (18) are kept. A title "seized" by a team
is no theft: a seizure by anyone else in such a sentence stays discarded.
"""

from __future__ import annotations

from strife.events.discards import Discards
from strife.nlp.document import ArticleDoc, WorkEvent
from strife.nlp.story_country import LAW_SECTORS

_HELD = "173"  # arrest, detain or charge: kept when the law does it (held_by_law)
_RELEASED = "084"  # a release from the law's hold, kept when the law is named as doing it
_SEIZED = "171"  # property seized, stolen or damaged: kept when criminals or no one named did it
_ASSAULT = "18"  # an assault on people: kept in a discarded sentence
_CRIMINALS = frozenset({"CRM"})


class DiscardedText:
    """The discard phrases read on an article: which of its events a discarded story or sentence keeps."""

    def __init__(self, discards: Discards | None) -> None:
        self.discards = discards

    def story(self, art: ArticleDoc) -> bool:
        """A story PETRARCH leaves uncoded: it names a story-level discard phrase (sports, awards)."""
        if self.discards is None:
            return False
        return self.discards.story_discarded(f"{art.raw.headline or ''}\n{art.raw.body}")

    def sentence(self, text: str) -> bool:
        """A sentence PETRARCH leaves uncoded: it names a sentence-level discard phrase."""
        return self.discards is not None and self.discards.sentence_discarded(text)

    def kept(self, art: ArticleDoc, events: list[WorkEvent]) -> list[WorkEvent]:
        """The events a discarded story or discarded sentences keep, all events of any other text."""
        if self.story(art):  # a sports or entertainment story: only the law's hold is news
            return [e for e in events if held_by_law(art, e)]
        return [e for e in events if held_by_law(art, e) or crime(art, e) or not self._at(art, e)]

    def _at(self, art: ArticleDoc, event: WorkEvent) -> bool:
        return self.sentence(art.docs[event.head[0]][event.head[1]].sent.text)


def drafted_when_discarded(code: str) -> bool:
    """Whether a match of this code is drafted in a discarded sentence, for :meth:`DiscardedText.kept`
    to judge once its sides are known: the law's hold, a release, a seizure or an assault."""
    return code.startswith((_HELD, _RELEASED, _SEIZED, _ASSAULT))


def held_by_law(art: ArticleDoc, event: WorkEvent) -> bool:
    """An arrest, detention or charge (173) by the police or a court, or by no one named ("the
    receiver was arrested on suspicion of drunk driving"): news even in a story PETRARCH discards as
    sports or entertainment; a team's or player's "capture" of a title is not. So is a release from
    it by the police or a court ("was booked into jail and later released on bail"), not by no one
    named ("the receiver was released": cut from a team)."""
    law = event.source is not None and art.actors[event.source[0]].sector in LAW_SECTORS
    if event.code.startswith(_RELEASED):
        return law
    return event.code.startswith(_HELD) and (event.source is None or law)


def crime(art: ArticleDoc, event: WorkEvent) -> bool:
    """An assault on people (18), or property seized or stolen by criminals or by no one named (171):
    "thieves targeted the film festival, stealing jewels", not "the team seized the title"."""
    if event.code.startswith(_ASSAULT):
        return True
    if not event.code.startswith(_SEIZED):
        return False
    return event.source is None or art.actors[event.source[0]].sector in _CRIMINALS
