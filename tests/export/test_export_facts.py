"""The facts the export tables derive: sentence numbers, lead paragraphs, coreference, geography."""

from __future__ import annotations

import pytest

from strife.export.facts import by_coreference, lead_end, sentence_starts
from strife.export.gdelt import stable_id
from strife.export.geo import country_geo, place_geo
from strife.record import Actor, Mention

BODY = (
    'MOSCOW, Jan 13 (Reuters) - U.S. officials met Mr. Grushko on Jan. 12. "We talked," he said. '
    "It went well!\n\nThe talks ended. Another round (in Geneva) follows."
)


@pytest.mark.parametrize(
    ("phrase", "sentence"),
    [
        ("MOSCOW, Jan 13", 1),
        ("Mr. Grushko", 1),  # no break after a title, an initial or "Jan."
        ('"We talked,"', 2),
        ("It went well", 3),
        ("The talks ended", 4),  # a paragraph break ends a sentence
        ("Another round", 5),
    ],
)
def test_sentence_numbers(phrase: str, sentence: int) -> None:
    starts = sentence_starts(BODY)
    at = BODY.index(phrase)
    assert sum(1 for s in starts if s <= at) == sentence


def test_the_lead_is_the_first_paragraph() -> None:
    assert BODY[: lead_end(BODY)].endswith("It went well!")
    assert lead_end("One paragraph only.") == len("One paragraph only.")


@pytest.mark.parametrize(
    ("mention", "coref"),
    [("he", True), ("Their", True), ("the Russian official", True), ("the alliance", True),
     ("the United States", False), ("Moscow", False), ("Alexander Grushko", False)],
)  # fmt: skip
def test_coreference_is_a_pronoun_or_a_role_noun(mention: str, coref: bool) -> None:
    actor = Actor(name="X", code=None, country=None, sector=None, type="person",
                  mentions=[Mention(text=mention, start=0, end=len(mention))])  # fmt: skip
    assert by_coreference(actor) is coref
    assert by_coreference(None) is False


@pytest.mark.parametrize(
    ("iso3", "fips", "name"),
    [
        ("RUS", "RS", "Russia"),
        ("UKR", "UP", "Ukraine"),
        ("DEU", "GM", "Germany"),
        ("GBR", "UK", "United Kingdom"),
    ],
)
def test_countries_in_gdelt_terms(iso3: str, fips: str, name: str) -> None:
    geo = country_geo(iso3)
    assert geo is not None
    assert (geo.type, geo.full_name, geo.country, geo.adm1, geo.feature) == (1, name, fips, fips, fips)
    assert geo.lat is not None and geo.lon is not None
    assert country_geo(None) is None and country_geo("SUN") is not None  # known, but no FIPS code now


@pytest.mark.parametrize(
    ("name", "iso3", "geo_type", "full"),
    [("Brussels", "BEL", 4, "Brussels, Belgium"), ("Texas", "USA", 2, "Texas, United States"),
     ("Chicago", "USA", 3, "Chicago, United States"), ("Ukraine", "UKR", 1, "Ukraine")],
)  # fmt: skip
def test_places_get_gdelt_geo_types(name: str, iso3: str, geo_type: int, full: str) -> None:
    geo = place_geo(name, iso3, 1.0, 2.0)
    assert geo is not None and (geo.type, geo.full_name, geo.lat) == (geo_type, full, 1.0)


def test_ids_are_stable_numbers_that_fit_a_bigint() -> None:
    assert stable_id("i-1") == stable_id("i-1") != stable_id("i-2")
    assert 0 <= stable_id("anything") < 2**60
