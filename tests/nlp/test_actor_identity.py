"""One person is one actor, whatever the text calls them; headline words are never people; agents
("Yemeni rebels", "a court in Kenya", "Congress") take their country from the text or the story."""

from __future__ import annotations

import pytest

from strife.pipeline import Pipeline
from strife.record import Article

DAY = "2016-10-01T12:00:00Z"
US_STORY = "The United States said the law would help. Congress passed the bill after the Senate approved it."


def read(pipeline: Pipeline, text: str, published: str | None = DAY) -> Article:
    return pipeline.extract(text, published=published)


def people(article: Article) -> dict[str, tuple[str | None, set[str]]]:
    return {a.name: (a.code, {m.text for m in a.mentions}) for a in article.actors if a.type == "person"}


@pytest.mark.parametrize(
    ("text", "name", "code", "mentions"),
    [
        (
            "Donald J. Trump spoke in Ohio. Mr. Trump said the race was rigged. Later Trump left.",
            "Donald Trump",
            "USAELI",
            {"Donald J. Trump", "Trump"},
        ),
        (
            "Vladimir V. Putin said on Monday that Putin would not attend.",
            "Vladimir Putin",
            "RUSGOV",
            {"Putin"},
        ),
        (
            "Barack Obama spoke on Friday. Obama said the economy was growing.",
            "Barack Obama",
            "USAGOV",
            {"Obama"},
        ),
        ("Trump spoke first. Later Donald Trump left the stage.", "Donald Trump", "USAELI", {"Donald Trump"}),
        # a person no file knows, named with and without a middle initial, is one actor too
        (
            "Walter Kendrick, 80, dies\n\nWalter P. Kendrick, a Texas rancher, died on Monday. He was 80.",
            "Walter Kendrick",
            "USAAGR",
            {"Walter Kendrick", "Walter P. Kendrick"},
        ),
        # a title abbreviated in capitals is the title, no part of the name; "Ada" stays a given name
        (
            "Assistant district attorney Nora Quill addressed the jury in Boston. "
            "ADA Quill said the defendant had lied to the police.",
            "Nora Quill",
            "USAJUD",
            {"Nora Quill"},
        ),
        (
            "District Attorney Ben Okafor of Dallas County charged two men on Friday. "
            "DA Okafor said the men had been drinking.",
            "Ben Okafor",
            "USAJUD",
            {"Ben Okafor"},
        ),
        (
            "Ada Brennan, a Texas rancher, died on Monday. Brennan was 80.",
            "Ada Brennan",
            "USAAGR",
            {"Ada Brennan"},
        ),
    ],
)
def test_one_person_one_actor(
    pipeline: Pipeline, text: str, name: str, code: str, mentions: set[str]
) -> None:
    article = read(pipeline, text)
    found = people(article)
    assert list(found) == [name]
    assert found[name][0] == code and mentions <= found[name][1]
    surname = name.split()[-1]  # no other actor of the name ("ADA Quill" read as a body)
    assert not [a.name for a in article.actors if a.type != "person" and surname in a.name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beyond Trump: the race for the Senate\n\nDonald Trump spoke in Ohio on Friday.", {"Donald Trump"}),
        (
            "Rip Donald Trump Says Putin Is Great\n\nThe candidate spoke on Friday.",
            {"Donald Trump", "Vladimir Putin"},
        ),
        ("Trump Said Putin Was Right\n\nThe candidate spoke in Ohio.", {"Donald Trump", "Vladimir Putin"}),
    ],
)
def test_no_person_from_headline_words(pipeline: Pipeline, text: str, expected: set[str]) -> None:
    assert set(people(read(pipeline, text))) == expected


@pytest.mark.parametrize(
    ("published", "text", "name", "code"),
    [
        ("1998-10-01T12:00:00Z", "Clinton met Yeltsin in Moscow.", "Bill Clinton", "USAGOV"),
        ("2016-10-01T12:00:00Z", "Clinton said she would win. Trump disagreed.", "Hillary Clinton", "USAELI"),
        ("2020-10-01T12:00:00Z", "Trump mocked Clinton again.", "Hillary Clinton", "USAELI"),
        ("2010-10-01T12:00:00Z", "Clinton flew to Kabul.", "Hillary Clinton", "USAGOV"),
        ("2003-03-20T12:00:00Z", "Bush ordered the invasion.", "George W. Bush", "USAGOV"),
        # undated: a title inside the name's span names the office the person held (not the latest "ELI")
        (
            None,
            "United Nations Secretary-General Ban Ki-moon deplored the shelling of the camp.",
            "Ban Ki-moon",
            "IGOUNO",
        ),
        (None, "UN Secretary-General Ban Ki-moon flew to Nairobi for the talks.", "Ban Ki-moon", "IGOUNO"),
        (None, "Ban Ki-moon flew to Seoul for the funeral.", "Ban Ki-moon", "ELI"),
    ],
)
def test_a_shared_surname_is_told_by_date_and_company(
    pipeline: Pipeline, published: str | None, text: str, name: str, code: str
) -> None:
    found = people(read(pipeline, text, published))
    assert name in found and found[name][0] == code
    assert not any(n.endswith(name.split()[-1]) for n in found if n != name)  # never a third person


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Yemeni rebels fired missiles at a Saudi base.", "Yemeni rebels", "YEMREB"),
        ("A court in Kenya ordered the release of the journalist.", "court", "KENJUD"),
        ("Russian artillery shelling killed five civilians.", "Russian artillery", "RUSMIL"),
        ("The Obama administration imposed sanctions on Moscow.", "administration", "USAGOV"),
        ("Kenya's supreme court annulled the vote.", "supreme court", "KENJUD"),
        ("Militants in Iraq seized the town.", "Militants", "IRQREB"),
        ("The Kremlin denied the report.", "Kremlin", "RUSGOV"),
        ("The Pentagon said it was investigating.", "Pentagon", "USAMIL"),
        ("Insurgents attacked a checkpoint.", "Insurgents", "---REB"),
        ("Militants later fled.", "Militants", "---REB"),
        (US_STORY, "Congress", "USALEG"),
        (US_STORY, "Senate", "USALEG"),
        # a sentence opening "In X," places its agents of no named country there
        (
            "Greek unions struck again. In Germany, the chancellor urged parliament to pass the loan.",
            "parliament",
            "DEULEG",
        ),
        ("Kenyan police were on alert. In Uganda, police detained two reporters.", "police", "UGACOP"),
        # … not an "in" phrase of no place
        ("In a statement, police said the rebels had fled.", "police", "---COP"),
    ],
)
def test_agents_take_their_country(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    article = read(pipeline, text)
    coded = {m.text: a.code for a in article.actors for m in a.mentions}
    assert coded.get(mention) == code, coded
