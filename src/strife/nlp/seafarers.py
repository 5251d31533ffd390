"""A ship's hands are a navy's only on a navy's ship: "21 Filipino seamen kidnapped from a Greek tanker"
are private persons of their country (PHLCVL), not the Philippine navy; "Indian navy sailors", "the
warship and its sailors" stay the military (MIL), as the dictionaries' titles code them.

The words are ``data/agent_words.tsv``'s: ``seafarer`` (sailors, seamen, mariners, crewmen), ``naval_mark``
(navy, naval, warship …) and ``merchant_mark`` (merchant, cargo, fishing … with the ``flag_craft`` words:
tanker, freighter, "-flagged"). In the seafarer's sentence a merchant craft and no navy word makes them
private; with neither, "sailors" stay a navy's and "seamen", "mariners", "crewmen" are private.

Seafarers "on", "aboard" or "of" a craft the article codes as a firm's or a private owner's ("the
sailors on Gibe" after "an Ethiopian merchant ship, the Gibe": ETHBUS) are that craft's hands: private
persons of its country (ETHCVL), whatever navy the story is about (:func:`crew_craft`).
"""

from __future__ import annotations

from spacy.tokens import Token

from strife.nlp.actor_spans import para_of
from strife.nlp.document import ArticleDoc, WorkActor
from strife.nlp.story_country import military_story, police_story
from strife.nlp.title_coding import Coding
from strife.nlp.word_lists import AgentWords

__all__ = ["agent_sector", "crew_craft", "officer_coding", "seafarer_sector"]

_MILITARY = "MIL"
_PRIVATE = "CVL"
_NAVY_BY_DEFAULT = frozenset({"sailor", "sailors"})
_POLICE = "COP"
_OFFICER = "officer"
_NAMING = frozenset({"NOUN", "PROPN"})
_ON_BOARD = frozenset({"on", "aboard", "of", "onboard"})  # "the sailors on Gibe", "the crew of the Gibe"
_PRIVATE_CRAFT = frozenset({"BUS", "CVL"})  # a firm's or a private owner's craft, whatever the NER's type


def agent_sector(art: ArticleDoc, head: Token, phrase: str, sector: str, words: AgentWords) -> str:
    """The sector of an agent named by the title ``phrase`` (of ``sector``) at ``head``: "officers" are
    the military outside a story of police and no troops, a sentence of ordinary crime (a ``crime_mark``
    word: "used by officers to track gang members") or a story that named police officers before them;
    seafarers as :func:`seafarer_sector` says."""
    crime = any(t.lemma_.lower() in words.crime_mark for t in head.sent)
    if phrase == "officer" and not police_story(art) and not crime and not _police_officers_before(art, head):
        sector = _MILITARY  # (police officers named before: "two correctional officers … the officers")
    if sector == _MILITARY and head.lower_ in words.seafarer and crew_craft(art, head) is not None:
        return _PRIVATE
    return seafarer_sector(head, sector, words)


def crew_craft(art: ArticleDoc, head: Token) -> WorkActor | None:
    """The craft a seafarer word's "on"/"aboard"/"of" phrase names, when the article codes it as a
    firm's or a private owner's ("the sailors on Gibe": the merchant ship ETHBUS); else None."""
    para = para_of(art, head.sent)
    for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ in _ON_BOARD):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            hit = art.actor_at(para, obj)
            craft = art.actors[hit[0]] if hit is not None else None
            if craft is not None and craft.type != "state" and craft.sector in _PRIVATE_CRAFT:
                return craft
    return None


def seafarer_sector(head: Token, sector: str, words: AgentWords) -> str:
    """The sector of the agent ``head`` names: ``sector``, unless it is a seafarer word coded military
    whose sentence puts it on a merchant craft (or names no navy, for a word other than "sailors")."""
    if sector != _MILITARY or head.lower_ not in words.seafarer:
        return sector
    said = {t.lower_ for t in head.sent} | {t.lower_.rpartition("-")[2] for t in head.sent}
    if said & words.naval_mark:
        return sector
    merchant = bool(said & (words.merchant_mark | words.flag_craft))
    return _PRIVATE if merchant or head.lower_ not in _NAVY_BY_DEFAULT else sector


def officer_coding(art: ArticleDoc, words: list[Token], coding: Coding, agent_words: AgentWords) -> Coding:
    """The coding of an unnamed title phrase ``words`` the titles coded ``coding``: a plain "officer"
    (no noun of a force or service before or after it: "a senior officer", "two officers"; not "a police
    officer", "a prison officer") is a soldier in a story of soldiers and no police, outside a sentence
    of crime: "a senior officer added" in a story of a navy (a story of neither keeps the police)."""
    inside = {t.i for t in words}
    heads = [t for t in words if t.head.i not in inside or t.head.i == t.i]
    if coding.sector != _POLICE or len(heads) != 1 or heads[0].lemma_.lower() != _OFFICER:
        return coding
    if any(t.pos_ in _NAMING for t in words if t is not heads[0]):
        return coding
    if not military_story(art) or any(t.lemma_.lower() in agent_words.crime_mark for t in heads[0].sent):
        return coding
    if _police_officers_before(art, heads[0]):
        return coding  # "fired upon two correctional officers … restrained the officers": the same police
    country = coding.country
    return Coding(country + _MILITARY if country else None, country, _MILITARY, coding.title)


def _police_officers_before(art: ArticleDoc, head: Token) -> bool:
    """Whether the article named police officers before ``head`` ("two correctional officers", a
    police agent whose mention ends with "officer(s)"): a plain "the officers" after them are those."""
    para = next(i for i, doc in enumerate(art.docs) if doc is head.doc)
    return any(
        actor.sector == _POLICE
        and (loc.para, loc.start) < (para, head.i)
        and art.docs[loc.para][loc.end - 1].lemma_.lower() == _OFFICER
        for actor in art.actors
        for loc in actor.mentions
    )
