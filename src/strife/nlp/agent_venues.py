"""Where agents meet: the venue of a meeting is no state of the agents who meet there
(:mod:`strife.nlp.agents`).

"The two leaders met in Geneva", "Officials met in Vienna to discuss the nuclear deal", "Foreign ministers
gathered in Brussels", "the negotiators held talks in Doha": the diplomats come to the place, so the one
country their paragraph (or the dateline, "GENEVA (Reuters) -") names is where they meet, not whose they
are. The agent's own place ("Officials in Kabul said": AFGGOV) and its demonym ("Swiss officials met in
Geneva") still give its country; only the fallback of the paragraph's or story's country is dropped.
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.agent_grammar import home_forces, named_before
from strife.nlp.agent_places import AgentPlaces
from strife.nlp.document import ArticleDoc
from strife.nlp.story_country import StoryCountry

__all__ = ["home_off_venue", "venue_country"]

_VENUE_PREPS = frozenset({"in", "at"})


def home_off_venue(
    places: AgentPlaces, art: ArticleDoc, para: int, head: Token, sector: str, story: StoryCountry
) -> str | None:
    """The country of the agent named before with the same noun (:func:`named_before`), else the one
    :func:`home_forces` gives it unless it is that of the venue where the agent meets ("The two leaders
    met in Geneva": no Swiss leaders)."""
    home = named_before(art, para, head)
    if home is not None:
        return home
    home = home_forces(art, para, head, sector, story)
    return None if home is not None and home == venue_country(places, art, para, head, story) else home


def venue_country(
    places: AgentPlaces, art: ArticleDoc, para: int, head: Token, story: StoryCountry
) -> str | None:
    """The country of the place where the agent ``head`` meets, as the subject of a meeting verb
    ("met in Geneva") or of a verb holding a meeting ("held talks in Vienna"), or ``None``."""
    verb = _meeting(places, _subject_verb(head))
    if verb is None:
        return None
    meetings = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in places.words.meeting_noun]
    for prep in [*verb.children, *(p for m in meetings for p in m.rights)]:  # "held talks in Doha"
        if prep.dep_ != "prep" or prep.lower_ not in _VENUE_PREPS:
            continue
        for obj in prep.children:
            country = places.place_country(art, para, obj, story) if obj.dep_ == "pobj" else None
            if country is not None:
                return country
    return None


def _subject_verb(head: Token) -> Token | None:
    """The verb ``head`` is the subject of, through a list of subjects ("Kerry and Lavrov met")."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.head if head.dep_ == "nsubj" else None


def _meeting(places: AgentPlaces, verb: Token | None) -> Token | None:
    """The verb itself when it is one of meeting, or one holding a meeting ("held talks")."""
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    words = places.words
    if verb.lemma_.lower() in words.meeting_verb:
        return verb
    held = (c.lower_ for c in verb.children if c.dep_ == "dobj")
    return (
        verb
        if verb.lemma_.lower() in words.meeting_hold and any(w in words.meeting_noun for w in held)
        else None
    )
