"""Whose people they are, session 24: a lawyer for a party is no judiciary ("his attorney X", "defence
lawyer X": courts, judges and prosecutors are); officials named by a church, firm or group before them
are that body's, not a government's ("Boeing officials", and "Scientology officials" opening a sentence
where the article writes the name as a name), and so are its representatives and delegates ("AMD
representatives", session 25). Sentences written for strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a party's lawyer speaks for the party: no court's, no state's office
        ("His attorney, Dale Fenwick, said the Texas rancher would plead not guilty.", "Dale Fenwick", None),
        (
            "Defence lawyer Rita Palmeiro told reporters in Lisbon that her client was innocent.",
            "Rita Palmeiro",
            None,
        ),
        ("A lawyer for the family, Omar Haddad, said the Ohio police had lied.", "Omar Haddad", None),
        # a prosecutor, a judge and a district attorney stay the judiciary's
        ("The district attorney, Lena Vogt, said Texas would seek a retrial.", "Lena Vogt", "USAJUD"),
        ("Judge Priya Nand sentenced the Texas rancher on Monday.", "Priya Nand", "USAJUD"),
    ],
)
def test_a_partys_lawyer_is_no_judiciary(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    codes = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert mention in codes and codes[mention] == code, codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a company the dictionaries know: its officials are the company's, not its country's government
        (
            "Boeing officials said the jets were safe. Shares of Boeing fell in New York.",
            "officials",
            "USABUS",
        ),
        # a name opening the sentence that the article writes as a name elsewhere: the body's, no state's
        (
            "Scientology officials denied the claims on Tuesday. The Church of Scientology called the report"
            " false.",
            "Scientology officials",
            None,
        ),
        # a common word capitalised by its place stays the state's
        (
            "Election officials in Kenya said the count would end on Friday. The Election Commission agreed.",
            "Election officials",
            "KENGOV",
        ),
        # a firm no dictionary codes: its representatives are its own (uncoded), no state's legislature
        ("Zentrix representatives met buyers in Texas on Monday.", "representatives", None),
        ("Norvell delegates walked out of the talks in Ohio on Friday.", "delegates", None),
        # a firm the dictionaries know: the firm's code
        (
            "Boeing representatives said the jets were safe. Shares of Boeing fell in New York.",
            "representatives",
            "USABUS",
        ),
        # a state's representatives stay its legislature's
        ("Chinese representatives voted against the plan in Geneva.", "Chinese representatives", "CHNLEG"),
        # a private body's noun before a person's government title makes the office the body's (as
        # "hospital officials" are): a hospital's HLH, a firm's BUS, a bank's no sector; a state's stays GOV
        (
            "Rafael Ortiz, an airline spokesman in Madrid, said flights were cancelled.",
            "Rafael Ortiz",
            "ESPBUS",
        ),
        ("Tomas Berg, a bank official in Athens, said the branch had been looted.", "Tomas Berg", None),
        (
            "Ahmed Saleh, a business official in Cairo, said the strike hurt exporters.",
            "Ahmed Saleh",
            "EGYBUS",
        ),
        (
            "Omar Nasser, a state hospital official in Cairo, said the wards were full.",
            "Omar Nasser",
            "EGYGOV",
        ),
        # a firm's name opening with a country's name, after a title's "of": the firm's, no state's
        ("Lena Ruiz, owner of Tonga Pacific Auto Body, was robbed on Tuesday.", "Lena Ruiz", None),
        ("Tom Reed, manager of Jamaica Blue Cafe, said the gunman fled on foot.", "Tom Reed", None),
        ("Lena Fox, president of Mexico Lindo Restaurants, said her staff were unhurt.", "Lena Fox", None),
        # a civil body's and a state's own keep their readings
        (
            "Sam Ochieng, chairman of the Kenya Farmers Association, said prices fell.",
            "Sam Ochieng",
            "KENNGO",
        ),
        ("Paul Mwangi, the ambassador of Kenya, said the talks had failed.", "Paul Mwangi", "KENGOV"),
        # a civil body's head word right before the title: the body's office (NGO), as after "of"
        ("Texas Medical Association president Ann Cole said doctors were worried.", "Ann Cole", "USANGO"),
        ("Kenya Farmers Association chairman Sam Ochieng said prices had fallen.", "Sam Ochieng", "KENNGO"),
        ("British Medical Association chairman Tom Reed warned the health secretary.", "Tom Reed", "GBRNGO"),
        # a game or a club right before the title: a team's captain or chief, no army's or government's
        ("Fiji rugby captain Jone Vula said the squad was ready for the tour.", "Jone Vula", "FJI"),
        ("Sri Lanka cricket captain Ravi Perera praised the bowlers in Colombo.", "Ravi Perera", "LKA"),
        ("Ghana football chief Kofi Mensah sacked the coach on Monday.", "Kofi Mensah", "GHA"),
        ("Pakistan army captain Imran Aziz was killed in a clash near the border.", "Imran Aziz", "PAKMIL"),
        # a firm's name no file knows before a title of learning: the firm's analyst (BUS), no scholar;
        # a school's name or none keeps the scholar's reading (EDU)
        (
            "Sales will slow next year, said Canadian Retail Research analyst Dana Holt.",
            "Dana Holt",
            "CANBUS",
        ),
        ("Prices will rise, said German Capital Partners economist Lena Vogt.", "Lena Vogt", "DEUBUS"),
        ("Prices will rise, said Canadian economist Lena Vogt.", "Lena Vogt", "CANEDU"),
    ],
)
def test_officials_named_by_a_body_are_its_own(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    codes = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert mention in codes and codes[mention] == code, codes


@pytest.mark.parametrize(
    ("text", "mention", "sector"),
    [
        # a union's officers are labour's, not the government's of the union members' country
        (
            'PATRAS - "We will not back down," said the treasurer of the dockers\' union, Nikos Pappas.',
            "Nikos Pappas",
            "LAB",
        ),
        (
            "The general secretary of the nurses' union, Jonas Lind, said Swedish wards would close.",
            "Jonas Lind",
            "LAB",
        ),
        # an officer named by the union's possessive is labour's too, with no country
        ("The union's president, Dana Whitfield, accused the ministry of lying.", "Dana Whitfield", "LAB"),
        ("Ruth Okafor, the nurses' union's secretary, said wards would close.", "Ruth Okafor", "LAB"),
        # the union alone is a labour union, like "the company" a firm
        ("The union said dockers in Greece would walk out on Monday.", "union", "LAB"),
        # a students' union is the students', a union of states or markets none
        ("The student union said the fees at Leeds were too high.", "student union", "EDU"),
        ("The customs union will cut tariffs, the Turkish minister said.", "customs union", None),
        # a state or a body of states named a union keeps its own code
        (
            "The last leader of the Soviet Union, Mikhail Gorbachev, died on Tuesday.",
            "Mikhail Gorbachev",
            "ELI",
        ),
    ],
)
def test_a_union_and_its_officers_are_labour(
    pipeline: Pipeline, text: str, mention: str, sector: str | None
) -> None:
    article = read(pipeline, text, "2016-03-01")
    sectors = {m.text: a.sector for a in article.actors for m in a.mentions}
    assert sectors.get(mention) == sector and (sector is None or mention in sectors), sectors


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the EU's seat speaking or spoken to is the EU, not Belgium's government
        ("Brussels condemned the missile strikes on Kharkiv on Friday.", "Brussels", "IGOEUREEC"),
        ("Brussels has warned Poland that it could lose its farm funds.", "Brussels", "IGOEUREEC"),
        # another capital speaking stays its government
        ("Moscow rejected the offer on Friday, saying the talks had failed.", "Moscow", "RUSGOV"),
    ],
)
def test_the_eus_seat_speaks_for_the_eu(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    codes = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert mention in codes and codes[mention] == code, codes


@pytest.mark.parametrize(
    "text",
    [
        "Belgian police searched a flat in Brussels on Monday.",
        "BRUSSELS (Reuters) - Belgian police arrested two men on Monday.",
        "The ministers flew to Brussels for the summit.",
    ],
)
def test_brussels_as_a_place_stays_the_place(pipeline: Pipeline, text: str) -> None:
    codes = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert codes.get("Brussels", codes.get("BRUSSELS")) in (None, "BEL"), codes


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a country in a competition's name before a title is the competition's, not the holder's
        ("U.S. Open champion Tomas Berdal said he would skip the clay season.", "Tomas Berdal", None),
        ("Australian Open champion Nina Kovac said she would rest.", "Nina Kovac", None),
        ("Former U.S. Masters champion Piet Joubert thanked his caddie.", "Piet Joubert", None),
        ("Monaco Grand Prix winner Lars Vettan said he was exhausted.", "Lars Vettan", None),
        # a possessive before the competition owns the title; a state's office stays the state's
        ("Brazil's World Cup coach Joao Ferraz criticised the referee.", "Joao Ferraz", "BRA"),
        ("French President Jacques Morel praised the Open's organisers.", "Jacques Morel", "FRAGOV"),
    ],
)
def test_a_competitions_country_is_not_its_champions(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    codes = codes_by_mention(read(pipeline, text))
    assert mention in codes and codes[mention] == code, codes


@pytest.mark.parametrize(
    "text",
    [
        # a part of a city named by a compass word places the story in the city's country
        "A clerk opened fire at the bakery in Northeast Philadelphia where she had worked.\n\n"
        "The wounded driver is recovering, prosecutors said.",
        "A guard shot two men at a market in West Mosul on Monday.\n\nThe men were hurt, police said.",
    ],
)
def test_a_city_part_places_the_story(pipeline: Pipeline, text: str) -> None:
    codes = codes_by_mention(read(pipeline, text))
    agents = [code for mention, code in codes.items() if mention in ("prosecutors", "police")]
    assert agents and agents[0] is not None and not agents[0].startswith("---"), codes
