"""Unnamed office-holders of a state named by its demonym, as CAMEO codes them: the state and the
office's sector, not the bare state.

- "The Egyptian president", "the Ugandan foreign minister", "the Greek prime minister": EGYGOV,
  UGAGOV, GRCGOV (a singular title of ``titles.tsv`` with a demonym right before it; "the former
  Egyptian president" is an elite, EGYELI; a generic person, "a Pakistani woman", stays PAK);
- "Thailand's foreign minister", "the foreign minister of Thailand", "the King of Jordan": THAGOV,
  JORGOV (a singular title of a person with a state's possessive before it or "of" and the state
  after it, as the subject or object of a verb or preposition);
- "his Kenyan counterpart" (``counterpart`` words of ``agent_words.tsv``): the holder of the same
  office in the named state, KENGOV, a different actor from the possessor "his"; in the sector of the
  office the sentence names before it ("the Israeli army and its Egyptian counterpart" EGYMIL), GOV
  when none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from strife.dictionaries import Dictionaries, TitleEntry
from strife.events.gazetteer import load_gazetteer
from strife.nlp.agent_grammar import demonym_of
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.record import ActorType

_FORMER = frozenset({"former", "ex", "ex-"})
_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})
_DEFAULT_SECTOR = "GOV"
# Sectors of generic people, no office: "a Pakistani woman" stays the state (PAK), as PETRARCH codes
# it (Phoenix's own agents file marks WOMAN as provisional).
_GENERIC_SECTORS = frozenset({"CVL"})


@dataclass(frozen=True)
class NationalOffice:
    """An unnamed office-holder a demonym places: the actor and the words that name it."""

    actor: WorkActor
    start: int  # the first token of the demonym
    demonym: Token


def national_office(
    dicts: Dictionaries,
    head: Token,
    phrase: str,
    sector: str,
    between: frozenset[str],
    *,
    plural: bool = False,
) -> NationalOffice | None:
    """The office-holder "the Egyptian president" names: ``head`` ends the title ``phrase`` (its
    sector ``sector``), right after a demonym of a state, with only ``between`` words (``office_modifier``
    of ``agent_words.tsv``: "the Egyptian deputy prime minister") between them."""
    if sector in _GENERIC_SECTORS:
        return None
    doc = head.doc
    i = head.i - len(phrase.split())
    while i >= 0 and doc[i].lower_ in between:
        i -= 1
    if i < 0 or doc[i].dep_ not in _MODIFIER_DEPS or not head.i - 3 <= doc[i].head.i <= head.i:
        return None
    country = demonym_of(dicts, doc[i])
    if country is None:
        return None
    start = _demonym_start(dicts, doc[i])
    if start > 0 and doc[start - 1].lower_ in _FORMER:
        sector = "ELI"  # "the former Egyptian president": an elite, no longer the government
    name = doc[start : head.i + 1].text
    kind: ActorType = "group" if plural else "person"
    actor = WorkActor(name, country + sector, country, sector, kind, phrase, described=True)
    return NationalOffice(actor, start, doc[i])


def counterpart(
    dicts: Dictionaries, art: ArticleDoc, para: int, head: Token, between: frozenset[str]
) -> NationalOffice | None:
    """ "his Kenyan counterpart": the same office in the state of the demonym before ``head``."""
    sector = _office_sector(art, para, head)
    return national_office(dicts, head, head.lower_, sector, between, plural=head.tag_ in ("NNS", "NNPS"))


def _office_sector(art: ArticleDoc, para: int, head: Token) -> str:
    """The sector of the last office-holder named before ``head`` in its sentence (a person, a group
    or a body of a state with a sector), GOV when none."""
    for tok in reversed(head.doc[head.sent.start : head.i]):
        hit = art.actor_at(para, tok)
        if hit is None:
            continue
        actor = art.actors[hit[0]]
        if actor.sector is not None and actor.country is not None and actor.type != "state":
            return actor.sector
    return _DEFAULT_SECTOR


def _demonym_start(dicts: Dictionaries, tok: Token) -> int:
    """Where the demonym ending at ``tok`` starts ("Sri Lankan": at "Sri")."""
    if tok.i > 0 and dicts.demonym(tok.doc[tok.i - 1 : tok.i + 1].text) is not None:
        return tok.i - 1
    return tok.i


def add_office(art: ArticleDoc, para: int, head: Token, office: NationalOffice) -> Loc:
    """The mention of the office-holder, "the Egyptian president", in place of the state's mention
    its demonym was ("Egyptian" EGY)."""
    for tok in head.doc[office.start : head.i + 1]:
        hit = art.actor_at(para, tok)
        if hit is not None:
            art.remove_mention(hit[1])
    return Loc(para, office.start, head.i + 1)


def named_holder(art: ArticleDoc, para: int, head: Token, code: str | None) -> bool:
    """Whether a person named before ``head`` holds the office of ``code`` ("Egyptian President Sisi
    … the Egyptian president"): the title is coreference's, pointing back to that person."""
    return any(
        actor.type == "person" and not actor.described and actor.code == code
        for actor in art.actors
        if any((loc.para, loc.start) < (para, head.i) for loc in actor.mentions)
    )


def owned_office(art: ArticleDoc, para: int, head: Token, entry: TitleEntry) -> bool:
    """Add the unnamed office-holder of the state a possessive before ``head`` ("contacted Thailand's
    foreign minister") or "of" after it names ("the foreign minister of Thailand", "the King of Jordan"),
    as the subject or object of a verb or preposition, unless a person named before holds that office
    (coreference's to link); ``entry``: the title ``head`` ends. Whether it was added."""
    if head.dep_ not in ("dobj", "pobj", "dative", "nsubj", "nsubjpass") or entry.sector is None:
        return False
    owners = [c for c in head.lefts if c.dep_ == "poss"]
    owners += [o for p in head.rights if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    for child in owners:
        hit = art.actor_at(para, child)
        if hit is None or art.actors[hit[0]].type != "state" or art.actors[hit[0]].country is None:
            continue
        if child.dep_ == "pobj" and _city(head.doc[hit[1].start : hit[1].end].text):
            continue  # "the mayor of Nairobi": the city's office, no state's
        country = art.actors[hit[0]].country or ""
        if named_holder(art, para, head, country + entry.sector):
            return False
        start = min(hit[1].start, _title_start(head, entry))
        end = max(hit[1].end, head.i + 1)
        name = head.doc[start:end].text.replace(" 's", "'s").replace(" ’s", "’s")
        person = WorkActor(name, country + entry.sector, country, entry.sector, "person")
        person.title, person.described = entry.phrase, True
        art.remove_mention(hit[1])
        art.add_actor(person, Loc(para, start, end))
        return True
    return False


def _title_start(head: Token, entry: TitleEntry) -> int:
    """The first word of the title ``head`` ends ("foreign" of "the foreign minister of Thailand")."""
    return max(head.sent.start, head.i + 1 - len(entry.phrase.split()))


def _city(name: str) -> bool:
    """Whether a state's mention is a city's name (a capital: "Nairobi"), not the state's own."""
    place = load_gazetteer().locate(name)
    return place is not None and place.kind == "city"
