"""The offline gazetteer: places to countries and points."""

from __future__ import annotations

import math
import random

import pytest

from strife.events.gazetteer import Gazetteer, GeoPlace, fold, load_gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    cos = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371 * math.acos(max(-1.0, min(1.0, cos)))


@pytest.mark.parametrize(
    ("name", "hint", "country", "kind", "point"),
    [
        # cities, with the point they sit at
        ("Brussels", None, "BEL", "city", (50.85, 4.35)),
        ("Kyiv", None, "UKR", "city", (50.45, 30.52)),
        ("Kiev", None, "UKR", "city", (50.45, 30.52)),
        ("MOSCOW", None, "RUS", "city", (55.75, 37.62)),
        ("St. Petersburg", None, "RUS", "city", (59.94, 30.31)),
        ("Sao Paulo", None, "BRA", "city", (-23.55, -46.64)),
        ("Bombay", None, "IND", "city", (19.07, 72.88)),
        ("Washington", None, "USA", "city", (38.90, -77.04)),
        ("Washington, D.C.", None, "USA", "city", (38.90, -77.04)),
        ("New York", None, "USA", "city", (40.71, -74.01)),
        ("Idlib", None, "SYR", "city", (35.93, 36.63)),
        # a large city before a small state's region of its name; the region where no city is larger
        ("Portland", None, "USA", "city", (45.52, -122.68)),
        ("Manchester", None, "GBR", "city", (53.48, -2.24)),
        ("Clarendon", None, "JAM", "region", None),
        # ambiguous names: the larger city, or the one in the hinted country
        ("Paris", None, "FRA", "city", (48.85, 2.35)),
        ("Paris", "USA", "USA", "city", (33.66, -95.56)),
        ("Paris, Texas", None, "USA", "city", (33.66, -95.56)),
        ("Tripoli", None, "LBY", "city", (32.89, 13.19)),
        ("Tripoli", "LBN", "LBN", "city", (34.43, 35.84)),
        ("Birmingham", None, "GBR", "city", (52.48, -1.90)),
        ("Birmingham", "USA", "USA", "city", (33.52, -86.80)),
        ("Springfield", None, "USA", "city", (37.22, -93.30)),
        ("Springfield, Illinois", None, "USA", "city", (39.80, -89.64)),
        ("Springfield", "FRA", "USA", "city", (37.22, -93.30)),  # none in France: the largest
        ("Lviv", "UA", "UKR", "city", (49.84, 24.02)),  # an alpha-2 hint works too
        # countries, as countries
        ("Ukraine", None, "UKR", "country", None),
        ("the United States", None, "USA", "country", None),
        ("U.S.", None, "USA", "country", None),
        ("Russia", None, "RUS", "country", None),
        ("Russian Federation", None, "RUS", "country", None),
        ("UK", None, "GBR", "country", None),
        ("Britain", None, "GBR", "country", None),
        ("Ivory Coast", None, "CIV", "country", None),
        ("cote d’ivoire", None, "CIV", "country", None),
        ("Kosovo", None, "XKX", "country", None),
        ("Georgia", None, "GEO", "country", None),
        ("Mexico", None, "MEX", "country", None),
        ("Lebanon", None, "LBN", "country", None),
        # regions
        ("Georgia", "USA", "USA", "region", (33.45, -84.15)),
        ("Texas", None, "USA", "region", (31.06, -97.46)),
        ("Washington state", None, "USA", "region", (47.39, -122.04)),
        ("Gaza", None, "PSE", "region", (31.50, 34.47)),
        ("the Gaza Strip", None, "PSE", "region", (31.50, 34.47)),
        ("Crimea", None, "UKR", "region", (44.96, 34.11)),
        ("Donbas", None, "UKR", "region", None),
        ("Scotland", None, "GBR", "region", None),
        ("Ontario", None, "CAN", "region", None),
        ("Punjab", None, "IND", "region", None),
        ("Punjab", "PAK", "PAK", "region", None),
        ("Idlib province", None, "SYR", "region", (35.93, 36.63)),
        ("Donetsk region", None, "UKR", "region", (48.02, 37.80)),
        ("Rivers State", None, "NGA", "region", None),
        ("Europe", None, None, "region", (48.69, 9.14)),
        # a part of a city named by a compass word before it is in the city's country, at its point
        ("Northeast Philadelphia", None, "USA", "city", (39.95, -75.16)),
        ("West Mosul", None, "IRQ", "city", None),
        ("North Jakarta", None, "IDN", "city", None),
    ],
)
def test_locates(
    gazetteer: Gazetteer,
    name: str,
    hint: str | None,
    country: str | None,
    kind: str,
    point: tuple[float, float] | None,
) -> None:
    place = gazetteer.locate(name, hint)
    assert place is not None
    assert (place.country, place.kind) == (country, kind)
    if point is not None:
        assert place.lat is not None and place.lon is not None
        assert _km(place.lat, place.lon, *point) < 5


@pytest.mark.parametrize(
    ("name", "canonical"),
    [
        ("Kiev", "Kyiv"),
        ("Peking", "Beijing"),
        ("Odessa", "Odesa"),
        ("the US", "United States"),
        ("Britain", "United Kingdom"),
        ("Gaza", "Gaza Strip"),
        ("Donetsk region", "Donetsk region"),
    ],
)
def test_gives_the_canonical_name(gazetteer: Gazetteer, name: str, canonical: str) -> None:
    place = gazetteer.locate(name)
    assert place is not None and place.name == canonical


@pytest.mark.parametrize(
    "name",
    [
        "",
        "   ",
        "the",
        "Narnia",
        "Atlantis Prime",
        "Hamas",  # an organisation that some city has as a foreign-language name
        "White House",  # a metonym: not Casablanca
        "NATO",
        "the West",
        "Northern",  # a Sudanese state's name, but an everyday word
        "Nord Stream",
        "12345",
        "\x00",
        "\ud800",
        "Ω≈ç√",
        "Paris, Narnia",
        ",,,",
        "the the",
        "South Asia",  # a compass word before a continent, no small town's part
    ],
)
def test_unknown_names_give_none(gazetteer: Gazetteer, name: str) -> None:
    assert gazetteer.locate(name) is None


def test_never_raises_on_any_string(gazetteer: Gazetteer) -> None:
    rng = random.Random(7)
    greek = "".join(map(chr, range(0x370, 0x3A0)))
    alphabet = "abcdefghijklmnopqrstuvwxyz ABC,.-'’ éüñ\u0301\u200b\t\n" + greek
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        gazetteer.locate(text, rng.choice([None, "", "USA", "xx", "??", "FRANCE"]))


@pytest.mark.parametrize(
    ("code", "name", "near"),
    [
        ("USA", "United States", None),
        ("usa", "United States", None),
        ("UKR", "Ukraine", None),
        ("GB", "United Kingdom", None),
        ("XKX", "Kosovo", None),
        ("BEL", "Belgium", (50.85, 4.35)),  # Belgium's centre lies in Brussels
    ],
)
def test_country_by_code(
    gazetteer: Gazetteer, code: str, name: str, near: tuple[float, float] | None
) -> None:
    place = gazetteer.country(code)
    assert place is not None
    assert (place.name, place.kind) == (name, "country")
    assert place.lat is not None and place.lon is not None
    if near is not None:
        assert _km(place.lat, place.lon, *near) < 20


@pytest.mark.parametrize("code", ["", "ZZZ", "U", "united states", "??"])
def test_unknown_country_code(gazetteer: Gazetteer, code: str) -> None:
    assert gazetteer.country(code) is None


ANTARCTICA = GeoPlace("Antarctica", "ATA", None, None, "country")


def test_a_country_without_people_has_no_point(gazetteer: Gazetteer) -> None:
    assert gazetteer.country("ATA") == ANTARCTICA


# A box around each country (south, west, north, east): its point must fall inside.
BOXES = {
    "USA": (24.5, -125.0, 49.5, -66.9),  # the 48 contiguous states
    "RUS": (41.0, 19.0, 82.0, 180.0),
    "IDN": (-11.0, 95.0, 6.0, 141.0),
    "PHL": (4.5, 116.0, 21.5, 127.0),
    "GBR": (49.8, -8.7, 60.9, 1.8),
    "UKR": (44.3, 22.1, 52.4, 40.3),
    "PSE": (31.2, 34.2, 32.6, 35.6),
    "JPN": (24.0, 122.9, 45.6, 146.0),
    "CHL": (-56.0, -75.7, -17.5, -66.4),
    "NOR": (57.9, 4.5, 71.2, 31.2),
    "FJI": (-21.0, 176.0, -12.0, 180.0),
    "CAN": (41.7, -141.0, 83.1, -52.6),
}


@pytest.mark.parametrize(("code", "box"), BOXES.items())
def test_country_points_lie_inside_their_country(
    gazetteer: Gazetteer, code: str, box: tuple[float, float, float, float]
) -> None:
    place = gazetteer.country(code)
    assert place is not None and place.lat is not None and place.lon is not None
    south, west, north, east = box
    assert south <= place.lat <= north and west <= place.lon <= east


def test_every_country_with_people_has_a_point(gazetteer: Gazetteer) -> None:
    from strife.events.gazetteer import _country_rows

    missing = {row.iso3 for row in _country_rows() if (gazetteer.country(row.iso3) or ANTARCTICA).lat is None}
    former_states = {"SUN", "YUG", "CSK", "DDR"}  # no longer on the map: no point of their own
    assert missing == {"ATA", "BVT", "HMD", "UMI"} | former_states


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("The United States", "united states"),
        ("Côte d’Ivoire", "cote divoire"),
        ("Ivano-Frankivsk", "ivano frankivsk"),
        ("U.S.", "us"),
        ("  Ḩalab ", "halab"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_is_loaded_once() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(
    ("name", "guessed"),
    [
        ("Yida", True),  # an alternate name of Jeddah that does not begin as "Jeddah"
        ("Bountiful", True),  # a Utah town of under 100,000 people
        ("Odessa", False),  # Odesa's alternate name, begun as its name is
        ("Kharkiv", False),
        ("Cizre", False),
        ("Idlib", False),  # a region
        ("Kenya", False),  # a state
    ],
)
def test_weak_guesses(gazetteer: Gazetteer, name: str, guessed: bool) -> None:
    assert gazetteer.guessed(name) is guessed


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Tulsa", {"USA"}),  # one country's towns
        ("Salem", {"IND", "ISR", "USA"}),  # towns of several countries
        ("Albany County", {"USA"}),  # no town's name: the region locate finds
        ("Knicks", set()),
    ],
)
def test_countries_a_name_may_mean(gazetteer: Gazetteer, name: str, countries: set[str]) -> None:
    assert gazetteer.countries(name) == countries
