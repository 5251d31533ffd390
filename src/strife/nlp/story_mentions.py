"""Which of the places an article names count toward its country (:mod:`strife.nlp.story_country`):
each mention once, a capital's name used as a town's not, a town whose namesake lies in the story's
country not for the gazetteer's other country."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from strife.dictionaries import Dictionaries
from strife.events.gazetteer import GeoPlace, load_gazetteer
from strife.nlp.document import ArticleDoc, Loc
from strife.nlp.regions import mentions, regions


def unnamed_regions(art: ArticleDoc, named: list[tuple[Loc, str]]) -> Counter[str]:
    """The regions the body names ("Ohio", "Ga."), by country, but for the mentions ``named`` holds
    already for the same country: each mention counts once ("Utah" named as a place is not counted again
    as a region); a region named like another state ("Georgia", a US state and a country) counts for both."""
    left = Counter((art.docs[loc.para][loc.start : loc.end].text, country) for loc, country in named)
    counts: Counter[str] = Counter()
    table = regions()
    for name in _region_names(art.body):
        country = table.countries[name]
        if left[name, country] > 0:
            left[name, country] -= 1
        else:
            counts[country] += 1
    return counts


@lru_cache(maxsize=4)
def _region_names(body: str) -> tuple[str, ...]:
    """The region names of an article's body, in text order: the country count and the capitals' check
    both ask, and the scan runs over the whole body."""
    return tuple(regions().names(body))


def capital_towns(
    art: ArticleDoc, dicts: Dictionaries, named: list[tuple[Loc, str]]
) -> list[tuple[Loc, str]]:
    """The mentions but those of a capital's name used as a town's: a state named only by its capital
    ("a fire in Wellington"), no other word of it in the text (its name, its demonym), where the text
    names a region of another country ("crews from across Somerset": an English town, not New
    Zealand's capital)."""
    regional = set(unnamed_regions(art, []))
    town: dict[str, bool] = {}
    for loc, country in named:
        text = art.docs[loc.para][loc.start : loc.end].text
        town[country] = town.get(country, True) and dicts.is_capital(text)
    for country, capital_only in town.items():
        if capital_only and regional - {country}:
            words = tuple(w for w in dicts.country_words(country) if not dicts.is_capital(w))
            town[country] = mentions(art.body, words) == 0
        else:
            town[country] = False
    return [(loc, country) for loc, country in named if not town[country]]


def shared_town(main: str | None, name: str, place: GeoPlace | None) -> bool:
    """Whether the town the gazetteer places under ``name`` in another country than the story's
    (``main``) has a namesake there: "in Richmond Hill" in a New York story is the Queens neighbourhood,
    not the Ontario town (for a name no dictionary knows: "Paris" stays France's)."""
    if place is None or main is None or place.kind != "city" or place.country in (None, main):
        return False
    return main in load_gazetteer().countries(name)


def shared_votes(art: ArticleDoc, dicts: Dictionaries, named: list[tuple[Loc, str]]) -> list[tuple[Loc, str]]:
    """The mentions that count toward the main country but those of a town no dictionary knows whose
    name the gazetteer also gives a town of another country the text names by firmer words ("in
    Richmond Hill", an Ontario town and a Queens neighbourhood, against "the NYPD"): no vote either way."""
    texts = [art.docs[loc.para][loc.start : loc.end].text for loc, _ in named]
    shared: dict[str, frozenset[str]] = {}
    for (_, country), text in zip(named, texts, strict=True):
        if text not in shared:
            plain = dicts.lookup(text) is None and regions().country(text) is None
            shared[text] = load_gazetteer().countries(text) - {country} if plain else frozenset()
    firm = {country for (_, country), text in zip(named, texts, strict=True) if not shared[text]}
    return [m for m, text in zip(named, texts, strict=True) if not shared[text] & firm]
