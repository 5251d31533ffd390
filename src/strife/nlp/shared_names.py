"""A name two bodies of different countries share, read by the article's country.

An acronym can name a party in one country and a police force in another ("CHP": Turkey's
Republican People's Party, the California Highway Patrol), or two forces ("ISF": the Iraqi Security
Forces, Lebanon's Internal Security Forces). The dictionaries list both; the name lookup picks one
without the text. Once the article's main country is known (:mod:`strife.nlp.story_country`), an
organisation named by such a name is the claimant of that country when exactly one is, and so are the
people the text coded as its own by a title ("CHP Officer X").
"""

from __future__ import annotations

from strife.dated_actors import KnownActor
from strife.dictionaries import Dictionaries
from strife.nlp.document import ArticleDoc, WorkActor


def read_shared_names(art: ArticleDoc, dicts: Dictionaries) -> None:
    """Recode each organisation whose name other countries' bodies share by the article's country."""
    main = art.story.main if art.story is not None else None
    if main is None:
        return
    for actor in art.actors:
        if actor.type != "organization" or actor.country == main or not actor.mentions:
            continue
        mine = _claimant_of(art, actor, dicts, main)
        if mine is None:
            continue
        period = mine.on(art.actor_day)
        if period is None:
            continue
        entry, old = period.entry, actor.code
        actor.name, actor.code, actor.country, actor.sector = (
            entry.name,
            entry.code,
            entry.country,
            entry.sector,
        )
        actor.known = mine
        for person in art.actors:  # "CHP Officer X": the title's body was the name's other claimant
            if person.type == "person" and person.known is None and old is not None and person.code == old:
                person.code, person.country, person.sector = entry.code, entry.country, entry.sector


def _claimant_of(art: ArticleDoc, actor: WorkActor, dicts: Dictionaries, country: str) -> KnownActor | None:
    """The one claimant of ``country`` among those of a name the actor is mentioned by, when the name
    has claimants of another country too."""
    for loc in actor.mentions:
        text = art.docs[loc.para][loc.start : loc.end].text
        claims = dicts.claimants(text)
        if len(claims) < 2:
            continue
        countries = [{p.entry.country for p in k.periods} for k in claims]
        mine = [k for k, c in zip(claims, countries, strict=True) if country in c]
        if len(mine) == 1 and any(country not in c for c in countries):
            return mine[0]
    return None


def read_common_parties(art: ArticleDoc, common: frozenset[str]) -> None:
    """Recode a party named by a name many countries' parties bear (``common_party`` words: "the Labour
    Party") to the party of the article's main country, where the dictionaries gave it another country's
    that the article names nowhere else (no state, no state body of that country): the Maltese Labour
    Party, not Britain's. The people the text (no dictionary) codes as the party's ("the Labour Party
    leader, X") go with it."""
    main = art.story.main if art.story is not None else None
    if main is None:
        return
    for actor in art.actors:
        old = actor.code
        if actor.type != "organization" or actor.sector != "PTY" or actor.country in (None, main) or not old:
            continue
        if not _common_name(art, actor, common) or _named_elsewhere(art, actor):
            continue
        for other in art.actors:  # the party, and the people the text (no dictionary) codes as its own
            if other.code == old and (other is actor or (other.type == "person" and other.known is None)):
                other.code, other.country, other.known = main + "PTY", main, None


def _common_name(art: ArticleDoc, actor: WorkActor, common: frozenset[str]) -> bool:
    """Whether every mention of the party is a ``common_party`` name ("Democratic Party", not "DPJ")."""
    texts = {art.docs[m.para][m.start : m.end].text.lower().removeprefix("the ") for m in actor.mentions}
    return bool(texts) and texts <= common


def _named_elsewhere(art: ArticleDoc, party: WorkActor) -> bool:
    """Whether the article names the party's country otherwise: as a state, by a body of its state
    ("Congress" USALEG beside "the Democratic Party") or by a person the dictionaries know as its own."""
    return any(
        a.country == party.country
        and a.mentions
        and a.code != party.code
        and (a.type != "person" or a.known is not None)
        for a in art.actors
    )
