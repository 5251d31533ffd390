"""The hosts a visit meets: unnamed officials met on a trip to a state are that state's.

"During his visit to Kenya, the British foreign secretary met ministers and senior officials", "the envoy
will travel to Mali to discuss security with government officials": the ministers and officials the
agents step reads with no state (``---GOV``) are the hosts, Kenya's and Mali's, as CAMEO coders code
them (KENGOV, MLIGOV). A meeting (CAMEO 04), or an intent to meet (036: "will travel to Mali to discuss
…"), whose sentence names a trip (``trip`` in ``data/role_cues.tsv``: a visit, trip, tour, travel) "to" or
"in" a state, or a visit to one told by the verb's object ("will visit the north of Mali, where she will
meet regional officials"), gives each of its targets of no state that state; a target with a state of
its own ("met Somali officials") keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.events.role_cues import RoleCues
from strife.events.speech import Draft
from strife.events.territory import Territory
from strife.nlp.document import ArticleDoc

_CONSULT = ("04", "036")  # a meeting, and a meeting intended ("will travel to Mali to discuss …")
_TRIP_PREPS = frozenset({"to", "in"})
_UNPLACED = "---"  # the code of an agent the agents step gave no state


def host_officials(art: ArticleDoc, territory: Territory, cues: RoleCues, draft: Draft) -> None:
    """Give a meeting's stateless targets the state the sentence's trip is to (see the module)."""
    if not draft.code.startswith(_CONSULT):
        return
    unplaced = [art.actors[t.actor] for t in draft.targets]
    unplaced = [a for a in unplaced if a.country is None and (a.code or "").startswith(_UNPLACED)]
    state = _trip_state(art, territory, cues, draft.head, draft.para) if unplaced else None
    if state is None:
        return
    for actor in unplaced:
        actor.country = state
        actor.code = state + (actor.code or _UNPLACED)[3:]


def _trip_state(art: ArticleDoc, territory: Territory, cues: RoleCues, head: Token, para: int) -> str | None:
    """The one state a trip word of the head's sentence goes "to" or is "in", or a verb of a trip has as
    its object ("will visit the north of Mali")."""
    found: set[str] = set()
    for word in head.sent:
        if not cues.has("trip", word):
            continue
        for obj in _trip_places(word):
            party = territory.state_at(art, para, obj)
            country = art.actors[party.actor].country if party is not None else None
            found |= {country} if country is not None else set()
    return next(iter(found)) if len(found) == 1 else None


def _trip_places(word: Token) -> list[Token]:
    """Where a trip word goes: its "to/in" phrase ("travel to Mali"), or a verb's object ("visit Mali")."""
    preps = [c for c in word.children if c.dep_ == "prep" and c.lower_ in _TRIP_PREPS]
    places = [o for p in preps for o in p.children if o.dep_ == "pobj"]
    return places + [c for c in word.children if c.dep_ == "dobj" and word.pos_ == "VERB"]
