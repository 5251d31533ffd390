"""States and provinces inside a country (``regions.tsv``): "a Texas judge", "British Columbia's
attorney general" and "Ontario police" belong to the United States and Canada, and a story that names
US states is a US story.

A region whose name is also a country's (Georgia) is the region only in an article that speaks more of
the region's country (its names, demonyms, capital, other regions) than of the other country.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Doc, Span

from strife.dictionaries import ActorEntry, Dictionaries

REGIONS_FILE = "regions.tsv"


@dataclass(frozen=True)
class Regions:
    """Region names → their country's ISO 3166 alpha-3 code."""

    countries: dict[str, str]
    pattern: re.Pattern[str]

    def country(self, name: str) -> str | None:
        return self.countries.get(" ".join(name.split()))

    def counts(self, text: str, skip: frozenset[str] = frozenset()) -> Counter[str]:
        """Mentions of regions in a text, by country (names in ``skip`` left out)."""
        return Counter(self.countries[m] for m in self.names(text) if m not in skip)

    def names(self, text: str) -> list[str]:
        """The region names in ``text``: ``pattern.findall``'s, found faster. The names alone are
        searched (the regex engine skips to the letters that start one) and a hit right after a word
        character or a full stop is passed over and the search goes on from its next character, as
        the pattern's look-behind does at each position."""
        if not self.pattern.pattern.startswith(_LOOK_BEHIND):
            return self.pattern.findall(text)
        scan = _scanner(self.pattern)
        found: list[str] = []
        pos = 0
        while (hit := scan.search(text, pos)) is not None:
            start = hit.start()
            if start and _NAME_BEFORE.match(text, start - 1):
                pos = start + 1
            else:
                found.append(hit.group())
                pos = hit.end()
        return found


_LOOK_BEHIND = r"(?<![\w.])"
_NAME_BEFORE = re.compile(r"[\w.]")


@cache
def _scanner(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The region pattern without its leading look-behind (checked by :meth:`Regions.names`)."""
    return re.compile(pattern.pattern.removeprefix(_LOOK_BEHIND))


@cache
def regions() -> Regions:
    """The bundled regions, read once per process."""
    text = resources.files("strife").joinpath("data", REGIONS_FILE).read_text(encoding="utf-8")
    countries: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("names\t"):
            continue
        names, country, _kind = line.split("\t")
        for name in names.split("|"):
            countries[name] = country
    alternatives = "|".join(re.escape(n) for n in sorted(countries, key=len, reverse=True))
    return Regions(countries, re.compile(rf"{_LOOK_BEHIND}(?:{alternatives})(?![\w-])"))


def region_country(dicts: Dictionaries, text: str, name: str) -> str | None:
    """The country of the region ``name`` in the article ``text``; ``None`` when the name is no region,
    or is also a country's name and the article speaks more of that country (Georgia in a story about
    Tbilisi)."""
    table = regions()
    country = table.country(name)
    if country is None:
        return None
    state = dicts.lookup(name)
    if state is None or state.type != "state" or state.country in (None, country):
        return country
    shared = frozenset(n for n, c in table.countries.items() if n == name or n.startswith(name + " "))
    own = mentions(text, dicts.country_words(country)) + table.counts(text, shared)[country]
    other = mentions(text, tuple(w for w in dicts.country_words(state.country) if w != name))
    return country if own > other else None


def mentions(text: str, words: tuple[str, ...]) -> int:
    """How often the text names any of the words (whole words, as written)."""
    if not words:
        return 0
    alternatives = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    return len(re.findall(rf"(?<![\w.])(?:{alternatives})(?![\w-])", text))


_QUALIFIER_LABELS = frozenset({"GPE", "LOC"})


def town_elsewhere(dicts: Dictionaries, span: Span, country: str | None) -> bool:
    """Whether a name the dictionaries give a ``country`` (a capital's: Wellington, Moscow) is a town
    of another place here: the text places it in a county, region or country that is not that
    country's ("Wellington in Somerset", "Moscow, Idaho", "Tripoli in northern Lebanon"); "Kabul in
    Afghanistan" and "Wellington, New Zealand" stay the capital."""
    placed, own = _qualified(dicts, span)
    return country is not None and placed and own != country and not _listed_states(dicts, span)


def _listed_states(dicts: Dictionaries, span: Span) -> bool:
    """Whether a state's own name (no capital's) stands before a comma and another state's name, as in
    a list of states ("France, Germany and Italy condemned …"), not a town and the state it is in."""
    doc = span.doc
    if doc[span.end].text != "," or dicts.is_capital(span.text):
        return False
    after = next((e for e in doc.ents if e.start == span.end + 1), None)
    text = after.text[4:] if after is not None and after.text.lower().startswith("the ") else ""
    text = text or (after.text if after is not None else "")
    state = dicts.lookup(text) if text else None
    return state is not None and state.type == "state" and regions().country(text) is None


_TOWN_PREPS = frozenset({"in", "from", "of", "near", "outside"})
_AFTER_PLACE = frozenset({",", ".", ";", ":", ")", "and", "or", "-", "--", "—", "–"})


def placed_town(dicts: Dictionaries, span: Span, parts: frozenset[str] = frozenset()) -> bool:
    """Whether a name after a place preposition is a town the text places at once in a region or
    country it knows ("a woman from Warren, Michigan", "a plant near Bolton, England"), or a name
    before a capitalised noun of a town's kind or parts in ``parts`` ("the Harris County Sheriff's
    Office", "Clinton Township"): a place, whoever else bears the name. Not where the place goes on ("a
    letter from Merkel, Germany's chancellor")."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text[:1].isupper() and doc[span.end].lower_ in parts:
        return True
    if span.start < 1 or doc[span.start - 1].lower_ not in _TOWN_PREPS:
        return False
    placed, own = _qualified(dicts, span)
    if not placed or own is None:
        return False
    after = next(e for e in doc.ents if span.end + 1 <= e.start <= span.end + 2)
    return after.end >= len(doc) or doc[after.end].lower_ in _AFTER_PLACE


def firm_name(span: Span, demonyms: frozenset[str], first_names: Mapping[str, str]) -> bool:
    """Whether a name of several words opens with a demonym of ``demonyms`` ("American Express"), not
    before a person's given name ("the American John Hale")."""
    words = [t for t in span if t.lower_ != "the"]
    return len(words) > 1 and words[0].lower_ in demonyms and words[1].text not in first_names


def town_country(dicts: Dictionaries, span: Span, country: str | None) -> str | None:
    """The country of a place the dictionaries give ``country``: that of the region or country the
    text places it in when that is another ("police in Moscow, Idaho": the United States; "in
    Wellington in Somerset": none known), else ``country``."""
    placed, own = _qualified(dicts, span)
    end = span.end + 1
    while end < len(span.doc) and span.doc[end].ent_type_ in _QUALIFIER_LABELS:
        end += 1  # past the place after the comma
    if end < len(span.doc) and span.doc[end].lower_ in _LISTING and _listing_goes_on(span.doc, end):
        return country  # "leaders from Ottawa, Washington and Mexico City": a list, no town and its region
    return own if country is not None and placed and own != country else country


def _qualified(dicts: Dictionaries, span: Span) -> tuple[bool, str | None]:
    """Whether the text names a place right after ``span`` ("<town>, <region>", "<town> in
    <region>"), and that place's country when known."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in (",", "in"):
        return False, None
    after = next((e for e in doc.ents if span.end + 1 <= e.start <= span.end + 2), None)
    if after is None or after.label_ not in _QUALIFIER_LABELS:
        return False, None
    if any(t.pos_ not in ("ADJ", "DET") for t in doc[span.end + 1 : after.start]):
        return False, None  # only "in northern Lebanon", "in the Somerset …" between
    text = after.text[4:] if after.text.lower().startswith("the ") else after.text
    if dicts.is_capital(text):
        return False, None  # "Beijing, Washington said": two capitals, no town and its region
    state = dicts.lookup(text)
    return True, regions().country(text) or (
        state.country if state is not None and state.type == "state" else None
    )


_LISTING = frozenset({",", "and", "or", "&"})


def capital_shop(dicts: Dictionaries, span: Span, premises: frozenset[str]) -> bool:
    """Whether a capital's name only places the premises after it ("robbed a Paris boutique", "a
    Kabul hotel was stormed"): the place of the shop, bank or hotel, no government or state acting or
    acted on; nor one that owns them or a part of its town ("Kabul's hotels", "Athens' atmosphere",
    "blocked Kabul's streets"; not an institution: "Tehran's seismological center"). Premises nouns are
    ``premises``, ``city_part`` and ``town_area`` in ``data/agent_words.tsv``."""
    root = span.root
    before = root.dep_ in ("compound", "nmod") and root.head.i == span.end
    owner = (
        root.dep_ == "poss" and root.head.i > root.i and not any(c.dep_ == "amod" for c in root.head.children)
    )
    return (before or owner) and root.head.lower_ in premises and dicts.is_capital(span.text)


def place_qualifier(dicts: Dictionaries, span: Span) -> bool:
    """Whether a name stands after "<town>," as the state or country the town is in ("Seattle,
    Washington was proposed", "based in Spokane, Washington", "Athens, Georgia"): a place here, never a
    government. Not in
    a list of capitals or states ("Moscow, Washington and Beijing agreed": the one before is a state's)
    nor when a list goes on after it."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != ",":
        return False
    if span.end < len(doc) and doc[span.end].lower_ in _LISTING and _listing_goes_on(doc, span.end):
        return False
    before = next((e for e in doc.ents if e.end == span.start - 1), None)
    if before is None or before.label_ not in _QUALIFIER_LABELS:
        return False
    town = dicts.lookup(before.text)  # a capital's name keeps the list reading, unless the name after
    # places it in another country ("Athens, Georgia": a town in the United States)
    return town is None or town.type != "state" or town_elsewhere(dicts, before, town.country)


def _listing_goes_on(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` after a name goes on with a list: "and", "or", or a comma before
    another place ("Ottawa, Washington, Mexico City"); not the comma closing "Athens, Georgia, said"."""
    if doc[i].text != ",":
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and (nxt.lower_ in _LISTING or nxt.ent_type_ in _QUALIFIER_LABELS)


def capital_government(dicts: Dictionaries, text: str, country: str, seats: frozenset[str]) -> ActorEntry:
    """What a capital speaking or spoken to stands for: its government ("Moscow said": RUSGOV), or the
    intergovernmental body seated there (``seats``: ``igo_seat`` words, "<capital>:<body>"; "Brussels
    condemned the strikes": the EU)."""
    for seat in seats:
        city, _, body = seat.partition(":")
        found = dicts.lookup(body.title()) if city == text.lower() else None
        if found is not None and found.type == "igo":
            return found
    return ActorEntry(text, country + "GOV", country, "GOV", "organization")
