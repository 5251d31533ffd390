"""An unnamed state body that took the story's country, where the act names a place in another state.

"30 children were seized by child-welfare authorities from a commune in Texas", in a story about a
Canadian sect: the authorities the text names no state for took the story's country (CANGOV), but the
seizure is told as done in Texas, and a state's welfare offices, police and courts act at home: they are
the state's the act's own place names (USAGOV). Not a body its own phrase places ("Canadian police",
"immigration authorities in Arizona", "the leaders of Russia", "the RCMP"), nor a force ("tank shells
struck a school in Jabaliya": armies act abroad), nor where the place is only on a clause above the act.
"""

from __future__ import annotations

from strife.dictionaries import Dictionaries
from strife.events.context import EventContext
from strife.events.roles import Party
from strife.events.speech import Draft
from strife.nlp.document import ArticleDoc

__all__ = ["place_bodies"]

_AT_HOME = frozenset({"GOV", "COP", "JUD"})  # bodies that act at home (armies and spies act abroad)
_UNNAMED = frozenset({"group", "organization"})  # an unnamed body ("authorities", "police")
_PLACE_WORDS = frozenset({"GPE", "NORP", "LOC", "ORG", "FAC"})  # words that name a state, town or body


def place_bodies(art: ArticleDoc, draft: Draft, context: EventContext, dicts: Dictionaries) -> None:
    """Re-point the unnamed state bodies among the act's sides to the state of the place the act names."""
    location = context.location(draft.para, draft.head, wide=False)
    country = location.country if location is not None else None
    name = dicts.country_name(country) if country else None
    if country is None or name is None:
        return
    draft.sources = [_placed(art, p, country, name) for p in draft.sources]
    draft.targets = [_placed(art, p, country, name) for p in draft.targets]


def _placed(art: ArticleDoc, party: Party, country: str, name: str) -> Party:
    """The body of ``country`` of the same sector for an unnamed body given another country, else it."""
    actor = art.actors[party.actor]
    if party.loc is None or actor.country in (None, country) or actor.sector not in _AT_HOME:
        return party
    if actor.type not in _UNNAMED or actor.known is not None or actor.dictionary_coded:
        return party
    span = art.docs[party.loc.para][party.loc.start : party.loc.end]
    if any(t.ent_type_ in _PLACE_WORDS for t in (*span, *span.root.subtree)):
        return party  # its own phrase names its state or body: "the leaders of Russia", "the US embassy"
    return Party(art.state_body(country, actor.sector, f"{name} {actor.name}"), party.loc)
