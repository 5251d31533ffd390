"""Entity spans mended before the reading steps (:mod:`strife.nlp.entity_mends`): a name the NER ran on
across the comma after a fronted phrase ("In an interview with People, Reid claimed …") is the phrase's
object, and the subject after the comma speaks; two bodies named one after the other with no comma, run
into one organisation by the NER, are two names; a common noun opening a sentence that the NER took for
a person is no name; a name after a quote's closing mark read as a work of art is a person (rows of
our own)."""

from __future__ import annotations

from pathlib import Path

import pytest
from speaker_rows import ANY, Case, Row, check_speakers

from strife.nlp.entity_mends import mend_entities
from strife.pipeline import Pipeline
from strife.settings import Settings

CASES: list[Case] = [
    (
        "interview-with-a-magazine-then-subject",
        'In an interview with People, Reid claimed that "the show was rigged."',
        [("the show was rigged", "Reid", "Reid", ANY)],
    ),
    (
        "interview-with-a-chart-then-subject",
        'In an interview with Billboard, Carmody said "the album is done."',
        [("the album is done", "Carmody", "Carmody", ANY)],
    ),
    # a web-address line names nobody: the slug's words run together are no name for "the USGS"
    (
        "web-address-slug-is-no-name",
        "http: / / english. nilewire. org. eg / NewsContent / 4 / 1 / 51233 / World / Asia / magnitude - "
        "quake - strikes - Indonesias - Sulawesi - USGS. aspx\n\n"
        "A 5. 9 - magnitude quake struck Indonesia's Sulawesi island on Monday.\n\n"
        "The USGS estimated there was a low risk of serious damage.",
        [("there was a low risk of serious damage", "USGS", "USGS", ANY)],
    ),
    # a common noun opening the sentence, read by the NER as a person, is no one the pronoun after it is
    (
        "opening-common-noun-is-no-name",
        "Filmmaker and aviator Howard Ruiz also courted Lena Marsh but she rebuffed him.\n\n"
        "“I never answered his letters,” she said.",
        [("I never answered his letters", "she", "Lena Marsh", "coreference")],
    ),
    (
        "opening-common-noun-is-no-name-surname-only",
        "Filmmaker and aviator Howard Ruiz also doggedly courted Marsh but she rebuffed him as well.\n\n"
        "“I never answered his letters,” she once said.",
        [("I never answered his letters", "she", "Marsh", "coreference")],
    ),
    # a name after a quote's closing mark that the NER read as a work of art is the person who speaks,
    # not the other person of that surname
    (
        "name-after-closing-mark-read-as-a-title",
        "The receptionist, Marta Vlasic, was shot dead on Monday.\n\n"
        "\"She didn't do it. She didn't fire him, \" Charlene Vlasic said.",
        [("She didn't do it", "Charlene Vlasic", "Charlene Vlasic", "name")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_fronted_phrase_object_is_no_speaker(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Shares of Apple, Inc. fell sharply on Monday.", "Apple, Inc.")],
)
def test_names_with_a_comma_of_their_own_stay_whole(pipeline: Pipeline, text: str, name: str) -> None:
    doc = pipeline.nlp(text)
    assert name in [ent.text for ent in doc.ents]
    assert name in [ent.text for ent in mend_entities(doc).ents]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a state's abbreviation that ends a firm's compound name is the firm's, no state
        ("T-Mobile US said on Tuesday that it would sell the new tablet.", "T-Mobile US"),
        ("Orbix UK said it would close two depots in Leeds.", "Orbix UK"),
    ],
)
def test_a_firms_name_ending_in_a_state_is_the_firm(pipeline: Pipeline, text: str, name: str) -> None:
    article = pipeline.extract(text, published="2016-06-01")
    speakers = [(q.speaker.name, q.speaker.code) for q in article.quotes if q.speaker]
    assert speakers == [(name, None)], speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a word the NER took for a place of its own before a state's name opens the firm's name
        ("A Telecom Egypt cable near Alexandria has been cut.", "Telecom Egypt"),
        ("Telecom Egypt said the cable was repaired on Friday.", "Telecom Egypt"),
    ],
)
def test_a_firms_first_word_read_as_a_place_is_the_firm(pipeline: Pipeline, text: str, name: str) -> None:
    doc = mend_entities(pipeline.nlp(text))
    assert (name, "ORG") in [(ent.text, ent.label_) for ent in doc.ents], doc.ents


@pytest.mark.parametrize(
    "text",
    [
        "Police in Cairo Egypt arrested two men on Friday.",
        "The US and UK condemned the bombing of the market.",
        "Rebels in South Sudan said the UN convoy was attacked.",
    ],
)
def test_states_alone_stay_states(pipeline: Pipeline, text: str) -> None:
    doc = mend_entities(pipeline.nlp(text))
    assert all(ent.label_ != "ORG" or ent.text == "UN" for ent in doc.ents), doc.ents


NICKNAMED: list[Case] = [
    # a nickname in brackets between given name and surname: one person, who speaks
    (
        "nickname-then-verb-after-quote",
        '"The river is rising again," Tomasz (Tom) Wrobel says.',
        [("The river is rising again", "Tomasz (Tom) Wrobel", "Tomasz (Tom) Wrobel", ANY)],
    ),
    (
        "nickname-subject-of-reported-clause",
        "Margarethe (Greta) Holm says the ferry will not run this winter.",
        [("the ferry will not run this winter", "Margarethe (Greta) Holm", "Margarethe (Greta) Holm", ANY)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NICKNAMED], ids=[c[0] for c in NICKNAMED])
def test_a_nickname_in_brackets_stays_in_the_name(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Leader Anna Roe (SNP) Edinburgh said the vote was close.",  # an acronym in brackets: no nickname
        "The Ford (Motor) Company said sales rose.",  # a firm's name: left to the NER
    ],
)
def test_no_nickname_where_none_is(pipeline: Pipeline, text: str) -> None:
    doc = mend_entities(pipeline.nlp(text))
    assert all(ent.label_ != "PERSON" or "(" not in ent.text for ent in doc.ents), doc.ents


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a nationality hyphened to a nation of immigrants names that nation's people, not the first state
        ("Her uncle said the agents were biased against Italian-Americans.", "ITA"),
        ("The agents were biased against Greek - Americans, the priest said.", "GRC"),
        # … also before a noun of people no title codes: the families are the second nation's
        ("Lebanese-Canadian families protested outside the consulate in Montreal.", "LBN"),
        ("Vietnamese-Australian families marched through Sydney on Sunday.", "VNM"),
        ("Somali-American families gathered outside City Hall in Minneapolis.", "SOM"),
    ],
)
def test_a_hyphened_nationality_names_the_second_nation(pipeline: Pipeline, text: str, absent: str) -> None:
    article = pipeline.extract(text, published="2016-06-01")
    assert absent not in [a.code for a in article.actors], [(a.name, a.code) for a in article.actors]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The senator told Congress the Republican Party would block the budget.",
            {"Congress", "Republican Party"},
        ),
        ("Parliament the Socialist Party rejected the budget.", {"Parliament", "Socialist Party"}),
        ("He warned Parliament the National Front would win.", {"Parliament", "National Front"}),
        ("The Senate the Democratic Party controls rejected the bill.", {"Senate", "Democratic Party"}),
    ],
)
def test_two_bodies_without_a_comma_are_two_names(pipeline: Pipeline, text: str, names: set[str]) -> None:
    ents = {ent.text for ent in mend_entities(pipeline.nlp(text)).ents}
    assert names <= ents and not any(" the " in ent for ent in ents), ents


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alexander the Great founded the city of Alexandria.", "Alexander the Great"),
        ("Tourists visited the Church of Jesus Christ of the Latter Day Saints.", "Latter Day Saints"),
    ],
)
def test_a_name_with_its_own_the_stays_whole(pipeline: Pipeline, text: str, name: str) -> None:
    ents = [ent.text for ent in mend_entities(pipeline.nlp(text)).ents]
    assert any(name in ent for ent in ents), ents


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("", "Anel Vlasic"),  # "Zorvash" is no given name the bundled list knows: a title, left out
        ("Zorvash\tf\n", "Zorvash Anel Vlasic"),  # the user's first names are read there too
    ],
)
def test_user_first_names_reach_the_name_after_a_closing_mark(
    pipeline: Pipeline, tmp_path: Path, given: str, name: str
) -> None:
    """A three-word name after a quote's closing mark that the NER read as a work of art keeps its first
    word where that is a given name of the first names the pipeline reads, the ``--dictionary`` ones
    included (:func:`strife.nlp.entity_mends.mend_entities`)."""
    user = tmp_path / "first_names.tsv"
    user.write_text("name\tgender\n" + given, encoding="utf-8")
    with_user = Pipeline(Settings(hashed_opinion=False, dictionaries=(user,)), nlp=pipeline.nlp)
    text = 'The clerk, Marta Vlasic, was hurt on Monday.\n\n"She never fired him, " Zorvash Anel Vlasic said.'
    quotes = with_user.extract(text, published="2016-06-01").quotes
    assert [q.speaker.name if q.speaker else None for q in quotes] == [name]
