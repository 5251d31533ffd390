"""Who is who on real news, session 22: short forms of particle surnames ("Bashir" after "Omar
al-Bashir") and Korean family names ("Kim" after "Kim Jong-un"), a title and surname that a long-gone
namesake must not take ("Governor Newsom"), a title after "for" ("the lawyer for policemen X": X is
a policeman), "Speaker" before a name, a dateline before a title ("VANCOUVER - Attorney General X") and a
party's members named by their chamber ("House Democrats": legislators); a known name before "County" is the
place's ("the Harris County Sheriff's Office"); a church's national body is its country's religious actor
("the Italian Episcopal Conference": ITAREL); a name after an outlet's title is the outlet ("the daily
Eleftheros Typos"). Sentences written for strife."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "day", "mention", "name"),
    [
        (
            "Former Sudanese president Omar al-Bashir appeared in court. Bashir denied the charges.",
            "2020-06-01",
            "Bashir",
            "Omar al-Bashir",
        ),
        (
            "Rebel commander Khalid al-Mansouri met the envoy in Benghazi. Mansouri later rejected the plan.",
            "2016-03-01",
            "Mansouri",
            "Khalid al-Mansouri",
        ),
        (
            "The judge questioned Samir el-Gamal for an hour. Prosecutors said Gamal had lied.",
            "2018-09-01",
            "Gamal",
            "Samir el-Gamal",
        ),
        # a Korean name's family name comes first, before a hyphened given name
        (
            "Seoul's mayor Park Won-jin opened the bridge. Critics accused Park of wasting money.",
            "2016-03-01",
            "Park",
            "Park Won-jin",
        ),
        (
            "North Korean leader Kim Jong-un inspected a missile base. Kim praised the engineers.",
            "2019-05-01",
            "Kim",
            "Kim Jong Un",
        ),
    ],
)
def test_a_particle_surname_alone_is_the_person(
    pipeline: Pipeline, text: str, day: str, mention: str, name: str
) -> None:
    article = read(pipeline, text, day)
    owners = [a.name for a in article.actors for m in a.mentions if m.text == mention]
    assert owners and set(owners) == {name}, owners


@pytest.mark.parametrize(
    ("text", "day", "mention", "code"),
    [
        # a Phoenix namesake who held the office decades ago is not today's holder
        (
            "Governor Newsom criticized the federal cuts to wildfire aid for California on Monday.",
            "2024-05-10",
            "Newsom",
            "USAGOV",
        ),
        # the surname alone, with no title, still finds the known person
        ("President Obama met Chancellor Merkel in Berlin.", "2016-04-20", "Obama", "USAGOV"),
    ],
)
def test_a_long_gone_namesake_takes_no_title(
    pipeline: Pipeline, text: str, day: str, mention: str, code: str
) -> None:
    coded = codes_by_mention(read(pipeline, text, day))
    assert coded.get(mention) == code, coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("House Democrats accused the administration of hiding the report.", "House Democrats", "USALEG"),
        ("Senate Republicans blocked the spending bill on Thursday.", "Senate Republicans", "USALEG"),
        (
            "Congressional Democrats demanded answers from the Pentagon.",
            "Congressional Democrats",
            "USALEG",
        ),
        ("Furious congressional Republicans criticized the deal.", "congressional Republicans", "USALEG"),
        # officials named as sitting in a chamber or court are its members, not the government
        (
            "WASHINGTON - Democratic leaders in Congress applauded the president's decision.",
            "Democratic leaders",
            "USALEG",
        ),
        ("WASHINGTON - Senior officials of the Senate criticized the deal.", "Senior officials", "USALEG"),
        # the party itself, named without its chamber, stays the party
        ("The Democrats won the House in the midterm elections.", "Democrats", "USAPTY"),
        # a name with a party tag, a party's letter and the member's state in brackets, is a lawmaker
        ("“This bill is a scandal,” said Tom Lane (R-Texas), who chairs the panel.", "Tom Lane", "USALEG"),
        ("Ann Bell (D-N.Y.) said the farm bill would fail in the House.", "Ann Bell", "USALEG"),
        ("The plan was denounced by Carla Ruiz (D-Mass.), a critic of the agency.", "Carla Ruiz", "USALEG"),
        # a legislature by its own name no dictionary knows, told as one, is the story country's
        (
            "Officials in Dushanbe said the vote was fair. The rubber-stamp Supreme Chamber - a "
            "400-member assembly - voted to extend the president's term.",
            "Supreme Chamber",
            "TJKLEG",
        ),
        (
            "Chad's president named a new cabinet on Monday. "
            "The National Transitional Council voted on Sunday to amend the charter, state radio said.",
            "National Transitional Council",
            "TCDLEG",
        ),
        # … not a club's council that votes
        (
            "The Riverside Chess Council voted to ban phones at its tournaments in Ohio.",
            "Riverside Chess Council",
            None,
        ),
    ],
)
def test_a_party_in_its_chamber_is_legislators(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    coded = codes_by_mention(read(pipeline, text, "2019-03-01"))
    assert coded.get(mention) == code, coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "<title> for/of <title> X": the title right before the name is X's own, not the first one
        (
            "The lawyer for policemen Andriy Kovalenko and Petro Sydorenko told reporters in Kiev that his "
            "clients were innocent.",
            "Andriy Kovalenko",
            "UKRCOP",
        ),
        (
            "The attorney for Officer Dan Ruiz of the Dallas police said the shooting was lawful.",
            "Dan Ruiz",
            "USACOP",
        ),
        (
            "A spokeswoman for Senator Ellen Marsh said the Ohio senator would vote no.",
            "Ellen Marsh",
            "USALEG",
        ),
        (
            "The mother of soldier Ryan Cole said the army had lied to her family in Ohio.",
            "Ryan Cole",
            "USAMIL",
        ),
        # a portfolio after "of" is no title of its own: the minister stays the government's
        ("Kenyan Minister of Defence Amina Mohamed visited the troops.", "Amina Mohamed", "KENGOV"),
        # a name after "of" (or after "of a <noun>," renaming it) is the object of the noun before "of":
        # the police or soldiers who killed or held him lend him no title
        ("Crowds rioted over the killing by police of Nikos Pappas in Athens.", "Nikos Pappas", None),
        (
            "Crowds rioted over the killing by police of a 15-year-old boy, Nikos Pappas, in Athens.",
            "Nikos Pappas",
            None,
        ),
        ("Students protested the arrest by soldiers of a classmate, Ali Demir, in Cairo.", "Ali Demir", None),
    ],
)
def test_a_title_after_for_is_the_names_own(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    coded = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert coded.get(mention) == code, coded


@pytest.mark.parametrize(
    ("text", "day", "mention", "code"),
    [
        # "Speaker" with a capital before a name is the chamber's speaker …
        (
            "Speaker Johnson met the president at the White House on Tuesday.",
            "2024-05-10",
            "Johnson",
            "USALEG",
        ),
        (
            "Speaker Lindsay Hoyle rebuked the British prime minister.",
            "2021-05-10",
            "Lindsay Hoyle",
            "GBRLEG",
        ),
        # … alone, or in small letters, no office
        ("The keynote speaker said the economy in Ohio was strong.", "2021-05-10", "keynote speaker", None),
        ("Speakers at the rally in Texas said the mayor had failed.", "2021-05-10", "Speakers", None),
    ],
)
def test_speaker_is_an_office_only_before_a_name(
    pipeline: Pipeline, text: str, day: str, mention: str, code: str | None
) -> None:
    coded = codes_by_mention(read(pipeline, text, day))
    assert coded.get(mention, "absent") in (code, "absent") and (code is None or mention in coded), coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a dateline's city is no part of the title after it: the title codes, in the story's country
        (
            "VANCOUVER - Attorney General Paul Hanley said the province of British Columbia would sue.",
            "Paul Hanley",
            "CANGOV",
        ),
        (
            "TORONTO - Police Chief Mark Dalton said officers in Ontario had arrested three men.",
            "Mark Dalton",
            "CANCOP",
        ),
        ("PERTH - Premier Anna Kelly said Western Australia would close its border.", "Anna Kelly", "AUSGOV"),
        # a dateline the NER ran on into the body's first name is no part of that name
        (
            "SALEM - The Salem Police Department arrested two men on Friday, police said.",
            "Salem Police Department",
            None,
        ),
        ("VANCOUVER - Police arrested two protesters on Friday.", "Police", None),
        # a dateline with its outlet, as before
        (
            "NAIROBI, March 3 (Reuters) - Finance Minister John Mwangi said taxes would rise.",
            "John Mwangi",
            "KENGOV",
        ),
    ],
)
def test_a_dateline_is_no_title(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    coded = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert mention in coded and coded[mention] == code, coded


@pytest.mark.parametrize(
    ("text", "person", "present"),
    [
        # a known person's name before "County" or "Township" names the place, not the person
        ("The Harris County Sheriff's Office arrested two men on Monday.", "Kamala Harris", False),
        ("Clinton Township police arrested two men on Monday.", "Bill Clinton", False),
        ("Kamala Harris visited Texas on Friday. Harris said the border was secure.", "Kamala Harris", True),
    ],
)
def test_a_county_is_no_person(pipeline: Pipeline, text: str, person: str, present: bool) -> None:
    article = read(pipeline, text, "2022-03-01")
    assert (person in {a.name for a in article.actors if a.mentions}) is present


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a national body of a church is its country's religious actor (REL), not the state
        (
            "The Italian Episcopal Conference criticised the new asylum law.",
            "Italian Episcopal Conference",
            "ITAREL",
        ),
        ("The Spanish Episcopal Conference welcomed the pardon.", "Spanish Episcopal Conference", "ESPREL"),
        (
            "The Romanian Orthodox Patriarchate rejected the referendum.",
            "Romanian Orthodox Patriarchate",
            "ROUREL",
        ),
        ("The Serbian Holy Synod appealed for calm in Kosovo.", "Serbian Holy Synod", "SRBREL"),
        # a named diocese keeps its Christian code
        ("The Archdiocese of Boston denied the allegations.", "Archdiocese", "USACHR"),
    ],
)
def test_a_church_body_is_religious(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    coded = codes_by_mention(read(pipeline, text, "2016-03-01"))
    assert coded.get(mention) == code, coded


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a name after a title of an outlet is the outlet, even where the NER reads a person's name
        (
            "The conservative daily Eleftheros Typos accused the government of lying.",
            "Eleftheros Typos",
            "media",
        ),
        ("The leftist daily Efimerida Syntakton blamed the police.", "Efimerida Syntakton", "media"),
        # a person's title keeps the person
        ("Columnist John Smith criticised the mayor.", "John Smith", "person"),
    ],
)
def test_a_titled_outlet_is_no_person(pipeline: Pipeline, text: str, name: str, kind: str) -> None:
    article = read(pipeline, text, "2016-03-01")
    assert {a.name: a.type for a in article.actors}.get(name) == kind, article.actors
