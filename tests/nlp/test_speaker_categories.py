"""Speakers by the categories of failure read off real news (issue 12), several sentences of our own each:
who speaks (pronouns, documents and organisations, the same person named three ways) and the verbs and
frames that say so. Where a quote stands and what stands near it: ``test_speaker_placement.py``.

Each row: an id (category-variant), a text, then for each quote strife should find (in text order)
the start of its text, the speaker mention's text, the resolved name and how it was resolved. ``ANY``
leaves a field unchecked where more than one answer is right. An unnamed actor's mention is its
description without the article ("a Kremlin spokesman" → "Kremlin spokesman"), as the actors step names it.
"""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_mention_offsets, check_speakers

from strife.pipeline import Pipeline

PRONOUNS: list[Case] = [
    (
        "pronoun-skips-a-ship",  # "Warship X", read as a person's name, is a craft: never a he or she
        "“The boat was seized at dawn,” Commander Arun Pillai said.\n\nWarship Tarangini intercepted the"
        " pirate skiff on Friday.\n\n“They fired at us first,” he said.",
        [
            ("The boat was seized at dawn", "Arun Pillai", "Arun Pillai", "name"),
            ("They fired at us first", "he", "Arun Pillai", "coreference"),
        ],
    ),
    (
        "one-of-the-agents-before",  # a bare "one" speaks for the people just named, across a paragraph
        "Firefighters were called by residents shortly after midnight.\n\nOne said: “The smoke was"
        " everywhere.”",
        [("The smoke was everywhere", "One", "residents", "coreference")],
    ),
    (
        "one-of-the-subjects-before",
        "Witnesses described a loud bang near the depot. “The windows shook,” one said.",
        [("The windows shook", "one", "Witnesses", "coreference")],
    ),
    (
        "one-with-no-people-before",  # "screams" are no people; no one else is named
        "The house was quiet until the screams began. “It was close,” one said.",
        [("It was close", ANY, None, ANY)],
    ),
    ("pronoun-he-short", "“Not yet,” he said.", [("Not yet", "he", None, "unresolved")]),
    ("pronoun-they", "“We are tired,” they said.", [("We are tired", "they", None, "unresolved")]),
    ("pronoun-she-told", "“Go home,” she told them.", [("Go home", "she", None, "unresolved")]),
    (
        "pronoun-says-participle",
        "“It hurts every day,” he says, shaking his head.",
        [("It hurts every day", "he", None, "unresolved")],
    ),
    (
        "pronoun-resolved-name",
        "Farmer Tomas Greer lost his barn in the storm. “Everything is gone,” he said.",
        [("Everything is gone", "he", "Tomas Greer", "coreference")],
    ),
    (
        "pronoun-resolved-woman",
        "Carla Jensen was questioned by Harold Vance for an hour. “I have nothing to hide,” she said.",
        [("I have nothing to hide", "she", "Carla Jensen", "coreference")],
    ),
    (  # a pronoun after a sentence about an unnamed witness: that witness
        "unnamed-witness-then-she",
        "Police found two bodies in the house on Sunday. A witness saw the car leave at dawn. “It was going"
        " fast,” she said.",
        [("It was going fast", "she", "witness", "coreference")],
    ),
    (
        "unnamed-neighbour-recalled-then-he",
        "Police found two bodies in the house on Sunday. A neighbour recalled seeing a man in the street at"
        " night.\n\n“He was walking around and I looked at his face,” he said.",
        [("He was walking around", "he", "neighbour", "coreference")],
    ),
    (  # one who acted is seldom the one who speaks next: left unresolved
        "unnamed-suspect-acted-then-she",
        "Police found two bodies in the house on Sunday. The suspect fled on foot. “He ran to the river,”"
        " she said.",
        [("He ran to the river", "she", None, "unresolved")],
    ),
    (  # not a person of the other gender
        "unnamed-woman-then-he",
        "Police found two bodies in the house on Sunday. A woman saw the car leave at dawn. “It was going"
        " fast,” he said.",
        [("It was going fast", "he", None, "unresolved")],
    ),
    (
        "the-group-unresolved",
        "“Our members will strike,” the group said.",
        [("Our members will strike", "the group", None, "unresolved")],
    ),
    (
        "the-prime-minister-of-two-words",  # a title of several words points back like "the minister"
        "Prime Minister Ana Lind arrived in Oslo on Monday.\n\n“We are ready,” the prime minister said.",
        [("We are ready", "the prime minister", "Ana Lind", "coreference")],
    ),
    (
        "the-district-attorney-capitalised",  # capitalised, the parser takes it for a name
        "District Attorney Karen Voss announced charges on Monday.\n\n“This was a cruel crime,” Voss said."
        "\n\n“We will not rest,” the District Attorney said.",
        [
            ("This was a cruel crime", "Voss", "Karen Voss", ANY),
            ("We will not rest", "the District Attorney", "Karen Voss", "coreference"),
        ],
    ),
    (
        "the-foreign-minister-capitalised",
        "Foreign Minister Olaf Berg met his Swedish counterpart on Monday.\n\n“The talks went well,” the"
        " Foreign Minister said.",
        [("The talks went well", "the Foreign Minister", "Olaf Berg", "coreference")],
    ),
    (  # a relation of someone named is a person known by the phrase, as "the woman's daughter" is
        "kin-of-the-one-named",
        "Maria Lopez was struck by a truck on Main Street. The victim's nephew said she had just crossed"
        " the road.",
        [("she had just crossed", "The victim's nephew", "The victim's nephew", "description")],
    ),
    (
        "kin-then-her-words",
        "Police said the teen had a gun. But the boy's cousin told reporters that he was unarmed.\n\n“He"
        " never carried anything,” she said.",
        [
            ("the teen had a gun", "Police", ANY, ANY),
            ("he was unarmed", "the boy's cousin", "the boy's cousin", "description"),
            ("He never carried anything", "she", "the boy's cousin", "coreference"),
        ],
    ),
    (
        "a-place-before-a-capitalised-title",  # the place says whose office: a description, not a name
        "On Friday, the Ohio Governor said she regrets it if the vote was tied to “unfair public anger” over"
        " her campaign.",
        [
            ("she regrets it", "Ohio Governor", "Ohio Governor", "description"),
            ("unfair public anger", "she", "Ohio Governor", "coreference"),
        ],
    ),
    (
        "a-country-before-a-capitalised-title",
        "The US President told reporters the talks with Norway would resume in May.",
        [("the talks with Norway", "US President", "US President", "description")],
    ),
    (
        "a-place-before-a-capitalised-title-points-back",  # to the one named with the title
        "Ohio Governor Jane Dole toured the flooded town on Monday.\n\n“The levee held,” the Ohio Governor"
        " said.",
        [("The levee held", "the Ohio Governor", "Jane Dole", "coreference")],
    ),
    (
        "a-place-before-a-media-title-is-a-name",  # an outlet: "The Hollywood Reporter"
        "The Lakewood Reporter said the film would open in June.",
        [("the film would open", "The Lakewood Reporter", None, "unresolved")],
    ),
    (
        "the-title-of-someone-else-stays-unnamed",  # named with another title: not the one meant
        "Mayor Olaf Berg met the strikers on Monday.\n\n“The talks went well,” the district attorney said.",
        [("The talks went well", "district attorney", "district attorney", "description")],
    ),
    (  # an organisation ranked in a scope is the one named last before it
        "ranked-organisation-the-worlds-top",
        "Intel cut its sales forecast on Monday. The world's top chip maker said demand had slowed.",
        [("demand had slowed", "The world's top chip maker", "Intel", "coreference")],
    ),
    (
        "ranked-organisation-after-its-words",
        "Nokia will cut 2,000 jobs, the world's largest phone maker said on Monday.",
        [("Nokia will cut 2,000 jobs", "the world's largest phone maker", "Nokia", "coreference")],
    ),
    (  # no rank: the makers of the world, a group of their own
        "unranked-makers-stay-a-group",
        "Intel cut its sales forecast on Monday. The world's chip makers said demand had slowed.",
        [("demand had slowed", "The world's chip makers", "The world's chip makers", "description")],
    ),
    (
        "the-group-resolved",
        "The Red Crescent sent trucks to the border on Monday. “More are coming,” the group said.",
        [("More are coming", "the group", "Red Crescent", "coreference")],
    ),
    (
        "it-for-ministry",
        "The Polish foreign ministry issued a statement on Monday. “The border will stay open,” it said.",
        [("The border will stay open", "it", "Polish foreign ministry", "coreference")],
    ),
    (
        "pronoun-over-paragraph",
        "Carla Jensen has run the shelter for a decade.\n\n“We have never been this full,” she said.",
        [("We have never been this full", "she", "Carla Jensen", "coreference")],
    ),
    (
        "pronoun-before-quote",
        "He said: “The road is closed until spring.”",
        [("The road is closed", "He", None, "unresolved")],
    ),
    # a person no name is given for, nearer than the one named before: theirs, so unresolved
    (
        "pronoun-after-an-unnamed-driver",
        "Police named Tomas Berg as the owner of the van.\n\nThe driver had been drinking, and he "
        "admitted it. “I am sorry,” he said.",
        [("I am sorry", "he", None, "unresolved")],
    ),
    (
        "description-shared-by-two-unresolved",
        "Coroner Gary Hargrove and coroner Paul Reyes examined the body. "
        "“It was an accident,” the coroner said.",
        [("It was an accident", "coroner", "coroner", "description")],
    ),
    # a common noun for a person no title names (person_nouns.tsv) is an unnamed person who speaks
    (
        "person-noun-friend",
        "A close friend of the teacher said: “Nobody saw this coming.”",
        [("Nobody saw this coming", "close friend", "close friend", "description")],
    ),
    (
        "person-noun-neighbour-indirect",
        "A neighbour who called the fire brigade said the smoke filled the stairwell within minutes.",
        [("the smoke filled the stairwell", "neighbour", "neighbour", "description")],
    ),
    (
        "person-noun-relative-after",
        "“She loved that garden,” a relative told reporters outside the court.",
        [("She loved that garden", "relative", "relative", "description")],
    ),
    (
        "person-noun-juror-one-of",  # a juror, a mourner, a commuter: people no title names
        "“We listened to the recording twice,” one juror said after the verdict.",
        [("We listened to the recording twice", "one juror", "one juror", "description")],
    ),
    (
        "person-noun-homeowner-indirect",
        "A homeowner on Elm Street said the water rose within an hour.",
        [("the water rose within an hour", "homeowner", "homeowner", "description")],
    ),
    (
        "person-noun-commuter-after",
        "“The trains are late every single day,” a commuter told reporters at the station.",
        [("The trains are late every single day", "commuter", "commuter", "description")],
    ),
    # quoted paragraphs bridge a pronoun back to the speaker before them, but not one naming a person
    # (marks left open may have swallowed another speaker's attribution)
    (
        "pronoun-after-quoted-run-naming-another",
        "The flaw was found last week.\n\n“Patch now,” said Omar Haddad, an analyst.\n\n“Every version is "
        "hit, Tom Fischer, a researcher, says.\n\n“Do not wait.\n\nAttacks have begun.\n\nThey will spread.”"
        "\n\nHe adds, “Update today.”",
        [
            ("Patch now", "Omar Haddad", "Omar Haddad", "name"),
            ("Every version is hit", ANY, ANY, ANY),
            ("Do not wait", ANY, ANY, ANY),
            ("Attacks have begun", ANY, ANY, ANY),  # the lines of a quotation left open
            ("They will spread", ANY, ANY, ANY),
            ("Update today", "He", None, "unresolved"),
        ],
    ),
    (
        "pronoun-after-an-unnamed-subject-with-his-companion",  # "the guard and his partner": a man, unnamed
        "The guard and his partner searched Paul Rand on Monday. He said his partner had been threatened.",
        [("his partner had been threatened", "He", None, "unresolved")],
    ),
    (
        "pronoun-after-an-unnamed-subject-with-her-companion",
        "The ranger and her colleague stopped Maria Kell at the gate. She said her colleague had been"
        " pushed.",
        [("her colleague had been pushed", "She", None, "unresolved")],
    ),
    (
        "pronoun-echoes-the-companion-of-a-passive-agent",  # "his partner" again: Reed's, not Dole's
        "Mark Dole was detained by Sergeant Tom Reed and his partner on Tuesday. He said his partner had"
        " been hit with a bottle.",
        [("his partner had been hit with a bottle", "He", "Tom Reed", "coreference")],
    ),
    (
        "pronoun-echoes-the-companion-across-a-paragraph",
        "Nina Ross was questioned by Inspector Clara Vint and her assistant.\n\nShe said her assistant"
        " took notes throughout.",
        [("her assistant took notes throughout", "She", "Clara Vint", "coreference")],
    ),
    (
        "pronoun-after-an-unnamed-student",
        "Maria Lopez organised the march on Sunday.\n\nA student at the march was angry with the police. "
        "“Nobody listens to us,” she said.",
        [("Nobody listens to us", "she", None, "unresolved")],
    ),
    (
        "pronoun-after-an-unnamed-customer",
        "Maria Lopez runs the shop on Main Street.\n\nOne customer was not convinced by the new prices. "
        "“It is too much,” she said.",
        [("It is too much", "she", None, "unresolved")],
    ),
    (
        "pronoun-after-an-unnamed-suspect-same-sentence",
        "Officer Paul Reyes stopped the car. The suspect had a knife, and he said “I meant no harm.”",
        [("I meant no harm", "he", None, "unresolved")],
    ),
    # a given name and a surname the NER calls an organisation are a person's: the pronoun is theirs
    (
        "pronoun-for-a-name-the-ner-calls-an-organisation",
        "Bettie Crane ran the front desk of the firm for twenty years.\n\n“We were a family,” she said.",
        [("We were a family", "she", "Bettie Crane", "coreference")],
    ),
    (
        "pronoun-for-a-neighbour-the-ner-calls-an-organisation",
        "Tiffany Marsh lives two doors from the house. “We heard three shots,” she said.",
        [("We heard three shots", "she", "Tiffany Marsh", "coreference")],
    ),
    (
        "pronoun-not-given-to-the-friend-after-a-name-the-ner-calls-an-organisation",
        "Tiffany Marsh died on Thursday at 85. Her friend Nora Quill played her in a film.\n\n"
        "“I want people to remember me as I was,” she said in 1998.",
        [("I want people to remember me", "she", "Tiffany Marsh", "coreference")],
    ),
    (
        "it-for-a-foundation-named-after-a-person",
        "The Howard Banks Foundation gave the school a grant. “We believe in these children,” it said.",
        [("We believe in these children", "it", "Howard Banks Foundation", "coreference")],
    ),
    # "Mrs"/"Ms" opening a woman's mention tells coreference she is no "he"
    (
        "pronoun-he-not-to-a-woman-named-mrs",
        "The mayor Ines Varga's office flooded. Plumber Karl Olsen said the pipe had burst, and he found "
        "no leak elsewhere. Nobody knew whether Mrs Varga's staff had noticed. “It happens every winter,” "
        "he said.",
        [
            ("the pipe had burst", "Karl Olsen", "Karl Olsen", "name"),
            ("It happens", "he", "Karl Olsen", "coreference"),
        ],
    ),
    # a one-word name first met as a speaker (after coreference ran) is the "he" that speaks next
    (
        "pronoun-after-a-name-met-as-speaker",
        "The pier was shut on Monday, an official said. “Two boats sank,” said Sutrisno. He said the crews "
        "were safe.",
        [
            ("The pier was shut", "official", "official", "description"),
            ("Two boats sank", "Sutrisno", "Sutrisno", "name"),
            ("the crews were safe", "He", "Sutrisno", "coreference"),
        ],
    ),
]

NON_PERSONS: list[Case] = [
    # an office or agency a name owns speaks as itself: a country's is that state's government agent
    # (CHLGOV, named as "Chile's health ministry" is); a place's, an unnamed actor known by the phrase;
    # an organisation's, for the organisation
    (
        "body-of-a-country",
        "Chile's weather service said more rain was coming.",
        [("more rain was coming", "weather service", "weather service", "name")],
    ),
    (
        "body-of-a-city-not-its-government",
        "Lima's traffic bureau said the road would reopen.",
        [("the road would reopen", "Lima's traffic bureau", "Lima's traffic bureau", "description")],
    ),
    (
        "body-of-an-office-no-actor-stands-for",
        "The County Attorney's office said the charges had not been filed.",
        [
            (
                "the charges had not been filed",
                "County Attorney's office",
                "County Attorney's office",
                "description",
            )
        ],
    ),
    (  # the office of an office title in lower case, a place named before it: the office, not the place
        "body-of-a-lowercase-office-title",
        "The driver was released on bail, the Marlow district attorney's office said.",
        [
            (
                "The driver was released on bail",
                "Marlow district attorney's office",
                "Marlow district attorney's office",
                "description",
            )
        ],
    ),
    (
        "body-of-a-lowercase-title-after-according-to",
        "The two women had been dead for days, according to the Essex County district attorney's office.",
        [
            (
                "The two women had been dead for days",
                "Essex County district attorney's office",
                "Essex County district attorney's office",
                "description",
            )
        ],
    ),
    (
        "body-of-an-organisation",
        "Vexa Motors recalled 4,000 cars. Vexa's press office said the brakes may fail.",
        [("the brakes may fail", "Vexa's press office", "Vexa", "owner")],
    ),
    (
        "body-of-a-person-stays-theirs",
        "Mayor Ana Ruiz's office said the park would close.",
        [("the park would close", "Mayor Ana Ruiz's office", None, "unresolved")],
    ),
    (
        "report-from-named-bank",
        "“Prices will keep rising,” a report from the Bank of England said.",
        [("Prices will keep rising", "a report from the Bank of England", ANY, "owner")],
    ),
    # a handbook, a manual, guidelines speak for their owner as a report does; the tagger reads "handbook"
    # after "government" as a verb, "government" as its subject
    (
        "government-handbook-described-as",
        "A state government handbook from 2003 described the hearings as “some of the most useful tools.”",
        [("some of the most useful", "A state government handbook from 2003", "state government", "owner")],
    ),
    (
        "the-guidelines-of-an-agency",
        "The Forestry Service issued new guidelines on Monday. The guidelines described the burns as “a last"
        " resort.”",
        [("a last resort", "The guidelines", "Forestry Service", "owner")],
    ),
    # a document "in" a news outlet is the outlet's; "in" anything else names no owner
    (
        "editorial-in-an-outlet",
        "“The talks are over,” said an editorial in Le Monde.",
        [("The talks are over", "an editorial", "Le Monde", "owner")],
    ),
    (
        "report-in-a-month-no-owner",
        "“Prices will keep rising,” said a report in March.",
        [("Prices will keep rising", "a report", None, "unresolved")],
    ),
    # a document of a person's office speaks for the one the office answers for; a title's, for an
    # unnamed holder of the title
    (
        "statement-from-her-office",
        "Senator Mary Holt missed the vote. A statement from her office said she was ill.",
        [("she was ill", "A statement from her office", "Mary Holt's office", "owner")],
    ),
    (  # a life story speaks for the one whose it is
        "her-biography",
        "Pinup model Greta Vale died on Monday in Leeds. According to her official biography, Vale studied"
        " drama in York.",
        [("Vale studied drama", "her official biography", "Greta Vale", "owner")],
    ),
    (
        "her-bio-said",
        "Pinup model Greta Vale died on Monday in Leeds. Her bio said she later taught drama in York.",
        [("she later taught drama", "Her bio", "Greta Vale", "owner")],
    ),
    (
        "release-of-a-title",
        "The County Attorney's release says the driver fled the scene.",
        [("the driver fled the scene", "The County Attorney's release", "County Attorney", "owner")],
    ),
    (
        "filing-by",
        "The filing, submitted by Acme Holdings on Friday, said the merger “poses no risk to buyers.”",
        [("poses no risk to buyers", "The filing", "Acme Holdings", "owner")],
    ),
    (  # a statement issued by someone speaks for its issuer
        "statement-issued-saying",
        "The Kenyan Foreign Ministry issued a statement saying the talks with Uganda had failed.",
        [("the talks with Uganda had failed", "a statement", "Kenyan Foreign Ministry", "owner")],
    ),
    (
        "union-statement",
        "“We stand with our members,” the union said in a statement.",
        # a union is a labour union (LAB), named by its head noun as "the company" is (session 24)
        [("We stand with our members", "union", "union", "name")],
    ),
    (
        "survey-said",
        "A survey by Gallup said “most voters distrust the parties” this year.",
        [("most voters distrust the parties", "A survey by Gallup", "Gallup", "owner")],
    ),
    (
        "bank-said",
        "Deutsche Bank said in a note to clients that growth “will slow sharply”.",
        [("will slow sharply", "Deutsche Bank", "Deutsche Bank", "name")],
    ),
    (
        "letter-said",
        "“Our streets are not safe,” the letter said.",
        [("Our streets are not safe", "the letter", None, "unresolved")],
    ),
    (
        "statement-of-ministry",
        "“The strikes were legal,” a statement from the Israeli defence ministry said.",
        [("The strikes were legal", "a statement from the Israeli defence ministry", ANY, "owner")],
    ),
    # a document with a common noun of a body before it is that body's ("a police statement")
    (
        "statement-compound-police",
        "The driver was detained at the border, according to a police statement on Friday.",
        [("The driver was detained at the border", "a police statement", "police", "owner")],
    ),
    (
        "statement-compound-army",
        "Two patrols came under fire near the dam, an army statement said.",
        [("Two patrols came under fire near the dam", "an army statement", "army", "owner")],
    ),
    (
        "statement-compound-place-prison",
        "The guard was stabbed in the yard, a Nevada prison statement said.",
        [("The guard was stabbed in the yard", "a Nevada prison statement", "prison", "owner")],
    ),
    # sworn and spoken accounts are documents too: "testimony from X" is X's
    (
        "testimony-from-witness",
        "The recording was made at the ranch, according to testimony from Nora Hale, a state investigator.",
        [("The recording was made at the ranch", ANY, "Nora Hale", "owner")],
    ),
    (
        "accounts-from-witnesses",
        "The gunman fled on foot, according to accounts from two witnesses.",
        [("The gunman fled on foot", "accounts from two witnesses", "witnesses", "owner")],
    ),
    # a charging document is the prosecution's: the prosecutors named before, else the story's JUD
    (
        "indictment-prosecution-of-story",
        "A federal jury in Texas was seated on Monday. The indictment said the nurse forged the records.",
        [("the nurse forged the records", "The indictment", "prosecution", "owner")],
    ),
    (
        "indictment-prosecutors-before",
        "Prosecutors charged the clerk in June. The indictment said he hid the cash in a barn.",
        [("he hid the cash in a barn", "The indictment", "Prosecutors", "owner")],
    ),
    (
        "statement-possessive",
        "The Kremlin's statement said the sanctions were “an act of economic war.”",
        [("an act of economic war", "The Kremlin's statement", "Kremlin", "owner")],
    ),
    (
        "group-not-the-fighters",  # people known by an agent noun are no organisation
        "Hamas fighters attacked the post. The group said the attack was “a warning”.",
        [("a warning", "The group", "Hamas", "coreference")],
    ),
    (
        "alliance-not-its-leaders",
        "NATO leaders met in Brussels, where the alliance said it would “send more troops”.",
        [("send more troops", "the alliance", ANY, "coreference")],
    ),
    (
        "coalition-not-the-group-it-reports",  # a body of several members is no single group named before
        "The rebels of the Tigray front shelled the airport at dawn, the Saudi-led coalition said.",
        [("The rebels of the Tigray front shelled the airport", "the Saudi-led coalition", None, ANY)],
    ),
    (
        "coalition-not-the-rebels-before",
        "The Houthis fired two drones at an oil terminal, the coalition said on Sunday.",
        [("The Houthis fired two drones at an oil terminal", "the coalition", None, ANY)],
    ),
    (
        "alliance-not-the-cartel-before",
        "The Sinaloa cartel took the town in May. “We will not leave,” the alliance said.",
        [("We will not leave", "the alliance", None, ANY)],
    ),
    (
        "alliance-an-igo-before",  # an international organisation is a body of several members
        "NATO moved four jets to Lithuania, the alliance said.",
        [("NATO moved four jets to Lithuania", "the alliance", "NATO", "coreference")],
    ),
    (
        "coalition-named-so-before",
        "The Syrian National Coalition met in Istanbul. “We will not attend,” the coalition said.",
        [("We will not attend", "the coalition", "Syrian National Coalition", "coreference")],
    ),
    (
        "organisation-resolved",
        "Doctors Without Borders closed its clinic in the city. “Our staff were threatened,” the "
        "organisation said.",
        [("Our staff were threatened", "the organisation", "Doctors Without Borders", "coreference")],
    ),
    (
        "website-resolved",
        "WikiLeaks released thousands of emails on Friday. “More will follow,” the whistle-blowing "
        "website said.",
        [("More will follow", "the whistle-blowing website", "WikiLeaks", "coreference")],
    ),
    (
        "campaign-said",
        "“These ads are lies,” the Morales campaign said.",
        [("These ads are lies", "the Morales campaign", "Morales", "owner")],
    ),
    (
        "company-noun",
        "Microsoft released a patch on Tuesday. The software giant said the flaw was “critical”.",
        [("critical", "The software giant", "Microsoft", "coreference")],
    ),
    (
        "airline-noun",
        "Delta cancelled 300 flights. “We apologise to our customers,” the airline said.",
        [("We apologise to our customers", "the airline", "Delta", "coreference")],
    ),
    (
        "carrier-noun",  # a phone company or an airline: "the carrier" points back to it
        "Verizon raised its prices on Tuesday. The carrier said in a statement that costs had risen.",
        [("costs had risen", "The carrier", "Verizon", "coreference")],
    ),
    (
        "statement-by-the-carrier",
        "Vodafone said the outage hit millions of customers.\n\n“We apologise for the disruption,” said an"
        " online statement by the carrier.",
        [
            ("the outage hit millions", "Vodafone", "Vodafone", "name"),
            ("We apologise for the disruption", "an online statement by the carrier", "Vodafone", "owner"),
        ],
    ),
    (
        "maker-noun",
        "Intel lost a partner this week. But the chip maker said it was “building its own”.",
        [("building its own", "the chip maker", "Intel", "coreference")],
    ),
    (
        "poll-found",
        "The council plans a vote, although a recent poll found only a third of residents backed the plan.",
        [("only a third of residents backed the plan", "a recent poll", None, "unresolved")],
    ),
    ("clue-evidence-suggests", "Fresh evidence suggests that the bridge was poorly built.", []),
    (
        "clue-move-suggests",
        "Kellner Foods sold its dairy arm, a move that suggests the chain is in trouble.",
        [],
    ),
    ("clue-mapping-reveals", "Satellite mapping reveals that the glacier shrank by a third.", []),
    ("clue-data-suggest", "The data suggest that fewer riders took the ferry this winter.", []),
    (
        "clue-not-a-person",  # a person's "suggests" still reports him
        "Carl Ostrander suggested that the bridge was poorly built.",
        [("the bridge was poorly built", "Carl Ostrander", "Carl Ostrander", "name")],
    ),
    (
        "study-showed-owner",
        "A study by Oxford University showed that “most patients recovered within a week”.",
        [("most patients recovered", "A study by Oxford University", "Oxford University", "owner")],
    ),
    (
        "report-released-by-found",
        "The report, released by Amnesty International on Monday, found that prisoners were beaten.",
        [("prisoners were beaten", "The report", "Amnesty International", "owner")],
    ),
    (
        "release-after-a-press-statement",  # a statement and a release are one kind of document
        "In a press statement on Monday, Oxfam urged donors to act.\n\n“Millions are hungry,” read the "
        "press release.",
        [("Millions are hungry", "the press release", "Oxfam", "owner")],
    ),
    (
        "toll-released-by-said",  # a toll, a tally or a forecast speaks for whoever released it
        "An evening toll released by Baltic Telecom said that all calls to the islands were lost.",
        [("all calls to the islands were lost", "An evening toll", "Baltic Telecom", "owner")],
    ),
    (
        "his-spokesman",
        "Carl Ostrander did not attend. His spokesman said the senator was “deeply saddened”.",
        [("deeply saddened", "His spokesman", "Carl Ostrander's spokesman", "owner")],
    ),
    (
        "rep-is-not-the-person",
        "Nora Castell entered a clinic on Monday, her rep told a magazine. “She thanks her fans,” her rep "
        "added.",
        [
            ("Nora Castell entered a clinic on Monday", "her rep", "Nora Castell's rep", "owner"),
            ("She thanks her fans", "her rep", "Nora Castell's rep", "owner"),
        ],
    ),
    (
        "according-to-her-agent",
        "Olga Brandt quit the film, according to her agent.",
        [("Olga Brandt quit the film", "her agent", "Olga Brandt's agent", "owner")],
    ),
    (
        "named-persons-lawyer",
        "Prosecutors charged Dario Vence on Friday. Vence's lawyer said he would “fight every count”.",
        [("fight every count", "Vence's lawyer", "Dario Vence's lawyer", "owner")],
    ),
    (
        "unowned-spokesman",
        "“He is deeply saddened,” his spokesman said.",
        [("He is deeply saddened", "his spokesman", "his spokesman", "description")],
    ),
    (
        "ad-paid-for-by",
        "The ad, paid for by the Morales campaign, says Hale “voted to cut pensions.”",
        [("voted to cut pensions", "The ad", "Morales", "owner")],
    ),
    (
        "ad-sponsored-by",
        "An ad sponsored by the National Rifle Association says the bill “takes away your rights”.",
        [("takes away your rights", "An ad", "National Rifle Association", "owner")],
    ),
    (
        "survey-of-people-by-owner",
        "A survey of 2,000 voters by Gallup found that “trust is at a record low”.",
        [("trust is at a record low", "A survey of 2,000 voters by Gallup", "Gallup", "owner")],
    ),
    (
        "ad-says",
        "A new ad says the senator “voted to cut pensions.”",
        [("voted to cut pensions", "A new ad", None, "unresolved")],
    ),
    # an amount or a part speaks for what it counts: the people, or the document and its owner
    (
        "a-number-of-experts",
        "A number of experts said the dam was unsafe.",
        [("the dam was unsafe", "experts", "experts", ANY)],
    ),
    (
        "dozens-of-doctors",
        "Dozens of doctors warned that the clinic would close.",
        [("the clinic would close", "doctors", "doctors", ANY)],
    ),
    (
        "a-parade-of-witnesses",
        "A parade of former aides testified that the mayor took bribes.",
        [("the mayor took bribes", ANY, "aides", ANY)],
    ),
    (
        "an-excerpt-from-pages-of-her-journals",
        "The police seized the notes of Judge Mara Olsen.\n\nAn excerpt from hundreds of pages of Olsen's"
        " personal journals said the trial was “rigged” and unfair.",
        [("rigged", "Olsen's personal journals", "Mara Olsen", "owner")],
    ),
    (
        "a-page-of-a-report-by",
        "A page of a report by Human Rights Watch said the camps were full.",
        [("the camps were full", ANY, "Human Rights Watch", "owner")],
    ),
    (
        "one-of-the-witnesses-stays-one",
        "One of the witnesses said the car was red.",
        [("the car was red", "One of the witnesses", None, ANY)],
    ),
]

VERBS: list[Case] = [
    (
        "pleaded",
        "“Please, help my son,” Nadia Petrova pleaded.",
        [("Please, help my son", "Nadia Petrova", "Nadia Petrova", "name")],
    ),
    (
        "snapped-at",
        "“Leave me alone,” Harold Vance snapped at reporters.",
        [("Leave me alone", "Harold Vance", "Harold Vance", "name")],
    ),
    (
        "mused-inverted",
        "“Perhaps we were wrong about him,” mused Carla Jensen.",
        [("Perhaps we were wrong about him", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "cut-in",
        "“Not so fast,” Jensen cut in.",
        [("Not so fast", "Jensen", "Jensen", "name")],
    ),
    (
        "posted-on",
        "“Landed safely in Lagos,” Priya Nair posted on Instagram.",
        [("Landed safely in Lagos", "Priya Nair", "Priya Nair", "name")],
    ),
    (
        "texted",
        "“Running late, sorry,” Tom Baxter texted his wife.",
        [("Running late, sorry", "Tom Baxter", "Tom Baxter", "name")],
    ),
    (
        "concluded",
        "“The evidence is clear,” the judge concluded.",
        [("The evidence is clear", "judge", "judge", "description")],
    ),
    (
        "went-on-pronoun",
        "“And then the lights went out,” she went on.",
        [("And then the lights went out", "she", None, "unresolved")],
    ),
    (
        "fired-back",
        "“That is simply a lie,” Ostrander fired back.",
        [("That is simply a lie", "Ostrander", "Ostrander", "name")],
    ),
    (
        "answer-was",
        "Carla Jensen’s answer was “no”.",
        [("no", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "message-was",
        "Carl Ostrander spoke briefly. His message to voters was “stay home”.",
        [("stay home", "His", "Carl Ostrander", "coreference")],
    ),
    (
        "reply-colon",
        "Carla Jensen spoke last. Her reply was simple: “Never again.”",
        [("Never again", "Her", "Carla Jensen", "coreference")],
    ),
    (  # a paragraph ending in a colon whose subject is a title or a group: that subject speaks
        "colon-paragraph-the-judge",
        "“I regret nothing,” the defendant Omar Haddad said.\n\nThe judge had a warning for the jury:\n\n"
        "“Do not speak to the press.”",
        [
            ("I regret nothing", "Omar Haddad", "Omar Haddad", "name"),
            ("Do not speak to the press.", "judge", ANY, ANY),
        ],
    ),
    (
        "colon-paragraph-the-spokesman",
        "Lena Brandt said the dam would hold.\n\nThe spokesman was less sure:"
        "\n\n“Nobody knows how old it is.”",
        [
            ("the dam would hold", "Lena Brandt", "Lena Brandt", "name"),
            ("Nobody knows", "spokesman", ANY, ANY),
        ],
    ),
    (
        "colon-paragraph-other-groups",
        "Omar Haddad, a lawyer, said the farmers would sue.\n\nOther groups, among them the Blue Valley"
        " Trust, are just as angry about the rules:\n\n“These rules will kill the river.”",
        [
            ("the farmers would sue", "Omar Haddad", ANY, ANY),
            ("These rules will kill", ANY, "Blue Valley Trust", ANY),
        ],
    ),
    (
        "colon-sentence-reason-is-no-speaker",  # a noun for no one before the colon: the name after speaks
        "The reason was simple: “We ran out of money,” Mayor Ana Lind said.",
        [("We ran out of money", "Ana Lind", "Ana Lind", "name")],
    ),
    (  # the parser reads "that" as a relative word of "the time": the clause after it is still the report
        "said-at-the-time-that",
        "Omar Haddad, one of the guards on duty that night, said at the time that the keys were kept in a"
        " locked box.",
        [("the keys were kept in a locked box", "Omar Haddad", "Omar Haddad", "name")],
    ),
    (  # a name and its title set off by commas before a sentence-final verb with no subject of its own
        "name-title-pair-said",
        "The storm cut power to four thousand homes, Dan Reyes, the utility's spokesman, said.",
        [("The storm cut power to four thousand homes", "Dan Reyes", "Dan Reyes", "name")],
    ),
    (
        "title-name-pair-said",
        "The storm cut power to four thousand homes, the utility's spokesman, Dan Reyes, said.",
        [("The storm cut power to four thousand homes", "Dan Reyes", "Dan Reyes", "name")],
    ),
    (  # the parser made "told" a conjunct of the clause and the title an apposition of "the flood"
        "title-of-place-name-pair-told",
        "Two roads were shut by the flood, the mayor of Linton, Ivo Brandt, told reporters.",
        [("Two roads were shut by the flood", "Ivo Brandt", "Ivo Brandt", "name")],
    ),
    (
        "title-of-name-pair-told-outlet",
        "Three farms were flooded and two horses drowned, the governor of the province, Lars Okonjo, told"
        " the radio.",
        [("Three farms were flooded and two horses drowned", "Lars Okonjo", "Lars Okonjo", "name")],
    ),
    (  # a participle opening the sentence is no clause for a name-and-title pair to report, and a name
        # with a rank after it ("SC") is no pair: the speaker stays the sentence's own subject
        "opener-then-name-rank-said-that",
        "Speaking for the tenants, Ravi Menon, QC, said that the landlord had broken the lease.",
        [("the landlord had broken the lease", "Ravi Menon", "Ravi Menon", ANY)],
    ),
    (  # a coordination misread ("the weekend and coach") gives the verb a clause before it; the clause
        # after its "that" is its report
        "coordination-misread-that-after",
        "The shoulder was examined over the weekend and coach Ray Dunn said at practice on Friday that the"
        " club decided to put Hale on the injured list.",
        [("the club decided to put Hale", "Ray Dunn", "Ray Dunn", "name")],
    ),
    (  # the parser hangs the that-clause on the one told, as if it said what a judge is: it is the report
        "told-a-judge-that-clause-on-the-listener",
        "Defence lawyer Ruth Amsel told a judge that her client was staying at a clinic in Denver, a"
        " private hospital near the airport.",
        [("her client was staying at a clinic", "Ruth Amsel", "Ruth Amsel", "name")],
    ),
    (  # the verb's own coordinated verb ends what it reports; that verb reports a clause of its own
        "told-a-judge-that-and-argued-that",
        "Defence lawyer Ruth Amsel told a judge that her client was staying at a clinic in Denver and argued"
        " that the hearing should be put off until June.",
        [
            ("her client was staying at a clinic in Denver", "Ruth Amsel", "Ruth Amsel", "name"),
            ("the hearing should be put off until June", "Ruth Amsel", "Ruth Amsel", ANY),
        ],
    ),
    (
        "reminded-the-crowd-that",
        "Senior prosecutor Karl Udeh reminded the crowd that patience did not mean weakness.",
        [("patience did not mean weakness", "Karl Udeh", "Karl Udeh", "name")],
    ),
    (  # the one reminded, made the subject of a passive, is spoken to: no speaker named
        "were-reminded-that-names-no-speaker",
        "Residents were reminded that the water supply would be cut on Sunday.",
        [],
    ),
    (  # the parser makes the clause's verb an open complement of "told"
        "told-outlet-that-in-fact",
        "But one woman, who said she was the boy's aunt, told WKRN that Sami was in fact holding the phone"
        " for a friend.",
        [
            ("she was the boy's aunt", ANY, ANY, ANY),
            ("Sami was in fact holding the phone", "one woman", ANY, ANY),
        ],
    ),
    (  # a relative "that" after a speech verb's object reports nothing
        "said-nothing-about-what-that-relative",
        "She said nothing about the report that the board released.",
        [],
    ),
    (  # a "that" clause of a noun after the verb is the noun's, no one's report
        "confirmed-no-rumours-that",
        "Neither bank ever confirmed rumours that they were in talks.",
        [],
    ),
    (
        "interview-frame-partial",
        "Omar Haddad, in an interview with the BBC, said the ceasefire “will not hold”.",
        [("will not hold", "Omar Haddad", "Omar Haddad", "name")],
    ),
    (
        "interview-frame-told",
        "Omar Haddad, speaking in an interview with Al Jazeera, told viewers: “The siege must end.”",
        [("The siege must end", "Omar Haddad", "Omar Haddad", "name")],
    ),
    (
        "asked-about-colon",
        "Asked about the deficit, Finance Minister Lena Brandt said: “We have a plan.”",
        [("We have a plan", "Lena Brandt", "Lena Brandt", "name")],
    ),
    (
        "asked-whether-short",
        "Asked whether he would resign, Qasimi said, “Never.”",
        [("Never", "Qasimi", "Qasimi", "name")],
    ),
    (
        "according-to-recording-person",
        "According to an audio recording obtained by CNN, Senator Ruth Kagan said: “Burn the files.”",
        [("Burn the files", "Ruth Kagan", "Ruth Kagan", "name")],
    ),
    (
        "reported-that-fragment",  # the semicolon inside the quote misleads the parser
        "Tiffany Ornelas, the team leader, reported that “people were terrified; they ran in all "
        "directions”. No one was hurt.",
        [("people were terrified", "Tiffany Ornelas", "Tiffany Ornelas", "name")],
    ),
    (
        "interview-frame-leading",
        "In an interview with NBC, Carl Ostrander said the deal was “dead on arrival”.",
        [("dead on arrival", "Carl Ostrander", "Carl Ostrander", "name")],
    ),
    (
        "told-network-in-interview",
        "Carl Ostrander told CNN in an interview that the talks had “collapsed overnight”.",
        [("collapsed overnight", "Carl Ostrander", "Carl Ostrander", "name")],
    ),
    (
        "asked-about-spokeswoman",
        "Asked about the strike, a union spokeswoman said: “Our members have had enough.”",
        [("Our members have had enough", "union spokeswoman", ANY, "description")],
    ),
    (
        "when-asked-partial",
        "When asked about his future, Carl Ostrander said he “had no plans to retire”.",
        [("had no plans to retire", "Carl Ostrander", "Carl Ostrander", "name")],
    ),
    (
        "recording-of-a-speaker",
        "“We should move the money abroad,” Carl Ostrander said, according to a recording obtained by "
        "the newspaper.",
        [("We should move the money abroad", "Carl Ostrander", "Carl Ostrander", "name")],
    ),
    (
        "according-to-recording-bare",
        "“Hold the bridge at any cost,” according to a recording obtained by the newspaper.",
        [("Hold the bridge at any cost", "a recording", None, "unresolved")],
    ),
    (
        "whispered-inverted-noun",
        "“It is a trap,” whispered the guard.",
        [("It is a trap", "the guard", None, "unresolved")],
    ),
    (
        "wrote-on",
        "“I am done with politics,” Ostrander wrote on Facebook.",
        [("I am done with politics", "Ostrander", "Ostrander", "name")],
    ),
    (
        "participle-after-a-believed-clause",  # the believer says it, not the clause's subject
        "Hal Brant believed no such call occurred, saying he screened all the calls that week.",
        [("he screened all the calls", "Hal Brant", "Hal Brant", "name")],
    ),
    (
        "participle-after-a-felt-clause",
        "Ray Duval felt no such deal existed, saying nobody had ever sent him a contract.",
        [("nobody had ever sent him", "Ray Duval", "Ray Duval", "name")],
    ),
    (
        "a-list-of-names-is-no-title",  # "X, Y and Z, filed …": a list of names, not a name and its title
        "Two unions, Unite, Local Action and Fair Pay Network, filed a lawsuit on Monday. The rules break "
        "the law, the lawsuit said.",
        # not the first name of the list: the unions (LAB since session 24) filed the lawsuit
        [("The rules break the law", "the lawsuit", "unions", "owner")],
    ),
    (
        "participle-after-a-phoned-clause",  # the caller says it, not the one who reports the call
        'Sgt. Dana Roe told reporters that Gail Mercer phoned the desk, saying "I am the one you are '
        'looking for" before she hung up.',
        [
            ("Gail Mercer phoned the desk", "Dana Roe", "Dana Roe", "name"),
            ("I am the one you are looking for", "Gail Mercer", "Gail Mercer", "name"),
        ],
    ),
    (
        "participle-after-a-called-clause",
        "A dispatcher told reporters that Omar Haddad called 911, saying “Come quickly, he has a knife.”",
        [
            ("Omar Haddad called 911", "A dispatcher", None, "unresolved"),
            ("Come quickly, he has a knife.", "Omar Haddad", "Omar Haddad", "name"),
        ],
    ),
    (
        "participle-after-a-written-clause",
        "The principal said that Lena Fisk wrote to every parent, saying “The school will stay open.”",
        [
            ("Lena Fisk wrote to every parent", "The principal", None, "unresolved"),
            ("The school will stay open.", "Lena Fisk", "Lena Fisk", "name"),
        ],
    ),
    (  # a verb that frames a quoted judgement of something ("X rejected Y as “…”") is a describe cue
        "rejected-as",
        "Farm minister Olaf Brenner rejected the charges as “utterly without foundation.”",
        [("utterly without foundation", ANY, "Olaf Brenner", "name")],
    ),
    (
        "dismissed-as",
        "Kellner Foods dismissed the report as “pure speculation from start to finish.”",
        [("pure speculation from start to finish", "Kellner Foods", "Kellner Foods", ANY)],
    ),
    (
        "denounced-as",
        "Opposition leader Mara Dekker denounced the new law as “a recipe for chaos in the courts.”",
        [("a recipe for chaos in the courts", ANY, "Mara Dekker", "name")],
    ),
    (
        "hailed-as",
        "Mayor Ruth Allard hailed the harbour deal as “a new start for the whole city.”",
        [("a new start for the whole city", ANY, "Ruth Allard", "name")],
    ),
    (
        "named-her",
        "Ines Varga opened her first restaurant at 24. A cooking magazine named her “the boldest young chef "
        "in the country” last spring.",
        [("the boldest young chef in the country", "cooking magazine", ANY, ANY)],
    ),
    (
        "slammed-as",
        "Union chief Pavel Novak slammed the pay offer as “shortsighted and cruel.”",
        [("shortsighted and cruel", ANY, "Pavel Novak", "name")],
    ),
    (  # the that-clause hangs on the claim the speaker answers: the speaker denies (or confirms) it
        "denied-reports-that",
        "Harbour master Ilse Brandt denied reports that the ferry had run aground.",
        [("the ferry had run aground", "Ilse Brandt", "Ilse Brandt", "name")],
    ),
    (
        "disputed-someones-claim-that",
        "Coach Ana Ruiz disputed the league's claim that her players had refused to train.",
        [("her players had refused to train", "Ana Ruiz", "Ana Ruiz", "name")],  # the title is no name
    ),
    (
        "has-denied-allegations-that",
        "The bakery chain has denied allegations that it had cheated its drivers.",
        [("it had cheated its drivers", "The bakery chain", ANY, ANY)],
    ),
    (
        "confirmed-rumours-that",
        "On Friday the Orbis club confirmed rumours that its goalkeeper would leave in June.",
        [("its goalkeeper would leave in June", ANY, ANY, ANY)],
    ),
    (  # "indicate" with a name or a person's pronoun for its subject reports what they said
        "indicated-that-a-name",
        "The bakery will keep its old ovens for now, though Greer indicated that it would buy new ones"
        " in May.",
        [("it would buy new ones in May", "Greer", ANY, ANY)],
    ),
    (
        "indicated-aside-after-the-clause",
        "The night trains will run again from June, she indicated.",
        [("The night trains will run again", "she", None, ANY)],
    ),
    (  # a title, a body or an organisation noun for its subject indicates as a name does
        "indicated-a-title",
        "The prosecutor indicated that the ferry's captain would face no charges.",
        [("the ferry's captain would face no charges", "prosecutor", ANY, ANY)],
    ),
    (
        "indicated-plural-officials-aside",
        "The border crossing will stay shut through the weekend, officials indicated on Sunday.",
        [("The border crossing will stay shut", "officials", ANY, ANY)],
    ),
    (
        "indicated-the-police",
        "Police indicated the stolen van had been found in a quarry.",
        [("the stolen van had been found", "Police", ANY, ANY)],
    ),
    (
        "indicated-an-organisation-noun",
        "The airline indicated that its lounge in Oslo would close for the winter.",
        [("its lounge in Oslo would close", ANY, ANY, ANY)],
    ),
    (  # a thing for its subject: no one's statement
        "early-tallies-indicated-is-no-report",
        "The skid marks indicated that the van had braked far too late.",
        [],
    ),
    (  # a thing for its subject: no one's statement
        "the-readings-indicated-is-no-report",
        "The readings indicated that the river was rising.",
        [],
    ),
    (  # "that" is the object of the clause's own verb of putting words out: no claim is answered
        "denied-the-claims-that-he-made-is-no-report",
        "Ilse Brandt denied the claims that her rival had made.",
        [],
    ),
]

IDENTITY: list[Case] = [
    (  # a name the NER reads as an organisation, set beside a title, is a person: the "he" after is his
        "org-tagged-name-with-a-title-is-the-next-he",
        "“The fans deserve better,” coach Omar Haddad said.\n\nSterling Banks, spokesman for the club, said"
        " the stadium would stay open.\n\n“We have sold every seat for the final,” he said.",
        [
            ("The fans deserve better", "Omar Haddad", "Omar Haddad", "name"),
            ("the stadium would stay open", "Sterling Banks", "Sterling Banks", "name"),
            ("We have sold every seat", "he", "Sterling Banks", "coreference"),
        ],
    ),
    (
        "org-tagged-name-with-a-title-director",
        "Tom Reyes, a farmer, said the river had flooded.\n\nKensington Mills, director of the museum, said"
        " the paintings were safe.\n\n“Not one canvas got wet,” he said.",
        [
            ("the river had flooded", "Tom Reyes", "Tom Reyes", "name"),
            ("the paintings were safe", "Kensington Mills", "Kensington Mills", "name"),
            ("Not one canvas got wet", "he", "Kensington Mills", "coreference"),
        ],
    ),
    (
        "professor-and-surname-tagged-as-a-firm",  # the NER's ORG "Professor Varoufakis" is the person
        "Economist Yanis Varoufakis spoke in Athens on Monday.\n\nProfessor Varoufakis says there is “a deep"
        " sense of anger” in the country.\n\n“People work two jobs to survive,” he said.",
        [
            ("a deep sense of anger", "Professor Varoufakis", "Yanis Varoufakis", "name"),
            ("People work two jobs", "he", "Yanis Varoufakis", "coreference"),
        ],
    ),
    (
        "the-coroner-named-before",  # a coroner's title, then "the coroner": the same person
        "Coroner Gary Hale said the body was found on Tuesday. The coroner said he believes the man died on "
        "Saturday of natural causes.",
        [
            ("the body was found", "Gary Hale", "Gary Hale", "name"),
            ("he believes the man died", "The coroner", "Gary Hale", "coreference"),
        ],
    ),
    (
        "the-county-coroner-named-before",
        "County Coroner Ruth Vance ruled the death an accident. “There was no sign of a struggle,” the "
        "coroner said.",
        [("There was no sign of a struggle", "the coroner", "Ruth Vance", "coreference")],
    ),
    (
        "trump-variants",
        "Donald J. Trump spoke in Ohio on Monday. “We will win,” Mr. Trump said. “Big,” Trump added.",
        [
            ("We will win", "Trump", "Donald Trump", "name"),
            ("Big", "Trump", "Donald Trump", "name"),
        ],
    ),
    (
        "clinton-hillary",
        "Hillary Clinton campaigned in Iowa on Sunday. “We are stronger together,” Clinton said.",
        [("We are stronger together", "Clinton", "Hillary Clinton", "name")],
    ),
    (
        "clinton-bill",
        "Bill Clinton opened the library in Little Rock. “I loved every day of it,” Clinton said.",
        [("I loved every day of it", "Clinton", "Bill Clinton", "name")],
    ),
    (
        "clinton-both-named",
        "Hillary Clinton spoke after Bill Clinton on Tuesday. “I am running for you,” Mrs. Clinton said.",
        [("I am running for you", ANY, "Hillary Clinton", "name")],
    ),
    (
        "clinton-mrs",
        "“I will fight for you,” Mrs. Clinton told the crowd.",
        [("I will fight for you", "Mrs. Clinton", "Hillary Clinton", "name")],
    ),
    (
        "kin-introduced-then-his-brother",  # "his brother" after "Name, X's brother,": that person
        "Omar Haddad, the victim's younger brother, spoke outside the house on Sunday. “He loved "
        "this town,” said his brother.",
        [("He loved this town", "his brother", "Omar Haddad", "coreference")],
    ),
    (
        "kin-introduced-then-her-sister",
        "Lena Marsh, Carol's older sister, waited at the hospital. “We are praying for her,” her "
        "sister said.",
        [("We are praying for her", "her sister", "Lena Marsh", "coreference")],
    ),
    (
        "surname-before-generation-suffix",  # "III" is no surname: a later "Okafor" is Victor
        "Victor Okafor III, 41, was charged with arson on Monday. “I never set any fire,” Okafor said in "
        "court. His sister, Grace Okafor, owns the house.",
        [("I never set any fire", "Okafor", "Victor Okafor III", "name")],
    ),
    (
        "surname-before-jr",
        "Dale Whitcomb Jr. coached the team for ten years. Whitcomb said the team “needs a fresh start” "
        "and stepped down. His daughter Renee Whitcomb will coach in May.",
        [("needs a fresh start", "Whitcomb", "Dale Whitcomb Jr.", "name")],
    ),
    (
        "shared-surname-the-one-the-story-is-about",  # his father named once in passing is not "Webb"
        "Marcus Webb, a senior guard, broke the school record on Saturday.\n\nWebb scored 40 points in "
        "the win.\n\nWebb had told his father, coach Henry Webb, about the plan.\n\nThe news spread "
        "fast.\n\n“I am not going anywhere,” Webb told reporters.",
        [("I am not going anywhere", "Webb", "Marcus Webb", "name")],
    ),
    (
        "shared-surname-the-mother-then-the-player",
        "Sarah Kirk, a forward, scored 31 points on Friday. Sarah Kirk has led the team all season. Her "
        "mother, Linda Kirk, watched from the stands. The crowd stayed late. “I play for her,” Kirk said.",
        [("I play for her", "Kirk", "Sarah Kirk", "name")],
    ),
    (
        "shared-surname-the-one-just-named",  # the next sentence: the one named last
        "Marcus Webb, a senior guard, broke the school record on Saturday. His father, Henry Webb, coached "
        "him for years. “It was worth the wait,” Webb said.",
        [("It was worth the wait", "Webb", "Henry Webb", "name")],
    ),
    (
        "another-given-name-before-a-shared-surname",  # the NER missed "Renata Maric": not Dunja
        "Gunmen stormed a pharmacy in Brook Hollow on Friday. The pharmacist, Dunja Maric, was hit in the "
        'leg.\n\n"She never owed them money," Renata Maric said.',
        [("She never owed them money", "Renata Maric", "Renata Maric", "name")],
    ),
    (
        "surname-alone-tagged-after-another-given-name",  # the NER's "Keller" of "Protester Ilse Keller"
        "Police chief Arno Keller said the road was closed.\n\nProtester Ilse Keller said she heard shots. "
        "“It was loud,” Keller said.",
        [
            ("the road was closed", "Arno Keller", "Arno Keller", "name"),
            ("she heard shots", "Ilse Keller", "Ilse Keller", "name"),
            ("It was loud", "Keller", "Ilse Keller", "name"),
        ],
    ),
    (
        "surname-alone-tagged-after-another-given-name-runs-on",  # each "Keller" the one named just before
        "Police chief Arno Keller said the road was closed.\n\nProtester Ilse Keller said she heard shots. "
        "Keller said help came late.\n\n“Nobody listens,” Keller said.",
        [
            ("the road was closed", "Arno Keller", "Arno Keller", "name"),
            ("she heard shots", "Ilse Keller", "Ilse Keller", "name"),
            ("help came late", "Keller", "Ilse Keller", "name"),
            ("Nobody listens", "Keller", "Ilse Keller", "name"),
        ],
    ),
    (
        # a full name the NER missed, then its surname alone tagged: one person, met when the name speaks
        "full-name-the-ner-missed-then-the-surname-alone",
        "The strikes went on for a third day.\n\nGiorgos Fotiou, publisher of the Harbour Post and Free "
        "Weekly newspapers, said the strikes revealed deep public anger.\n\n“We are entering a long "
        "crisis,” Fotiou said.\n\nFotiou, a liberal, was critical of the cabinet.\n\n“It has nothing to "
        "offer anybody,” he said.",
        [
            ("the strikes revealed deep public anger", "Giorgos Fotiou", "Giorgos Fotiou", "name"),
            ("We are entering a long crisis", "Fotiou", "Giorgos Fotiou", "name"),
            ("It has nothing to offer anybody", "he", "Giorgos Fotiou", "coreference"),
        ],
    ),
    (
        # a speaker the NER missed altogether, added when met ("retiree" is no title: the name keeps it):
        # the surname after it is theirs, not the first Keller's, whom the "she" was given before
        "speaker-the-ner-missed-then-the-shared-surname",
        "Police chief Arno Keller said the road was closed.\n\nRetiree Ilse Keller said she heard shots. "
        "“It was loud,” Keller said.",
        [
            ("the road was closed", "Arno Keller", "Arno Keller", "name"),
            ("she heard shots", "Retiree Ilse Keller", "Retiree Ilse Keller", "name"),
            ("It was loud", "Keller", "Retiree Ilse Keller", "name"),
        ],
    ),
    (
        "given-name-alone-of-one-named-before",  # father and son share the surname; "Doug" is the son
        "Coach Greg Lind praised his son. “He was great,” Lind said. Doug Lind scored 23 points. “I just "
        "told him to shoot,” Doug said.",
        [
            ("He was great", "Lind", "Greg Lind", "name"),
            ("I just told him to shoot", "Doug", "Doug Lind", "name"),
        ],
    ),
    (
        "according-to-information-from",  # "information from X" speaks for X, as "a report from X" does
        "The outage was caused by a break in the fibre in Egypt, according to information from Vexa.",
        [("The outage was caused", "information from Vexa", "Vexa", "owner")],
    ),
    (
        "given-name-the-parser-drops",  # a given name of first_names.tsv keeps the full name
        "Dale Hall, who directs the wildlife service, said the rule changes little. “The agency is still "
        "responsible,” Hall said.",
        [
            ("the rule changes little", "Dale Hall", "Dale Hall", "name"),
            ("The agency is still responsible", "Hall", "Dale Hall", "name"),
        ],
    ),
    (
        "given-name-alone-of-two-stays-itself",  # two people of that given name: neither
        "Doug Lind and Doug Moss scored 20 points each. “We shared the ball,” Doug said.",
        [("We shared the ball", "Doug", "Doug", "name")],
    ),
    (
        "the-same-source-as-before",  # "the same source": the unnamed source that spoke before
        "Two officers were charged on Monday, a court source said.\n\nThe younger officer will remain in "
        "custody, the same source said.",
        [
            ("Two officers were charged", "court source", "court source", ANY),
            ("The younger officer will remain", "the same source", "court source", "coreference"),
        ],
    ),
    (
        "the-spokesman-as-before",  # the description's head noun alone points back to it
        "The talks will go on, a Kremlin spokesman said.\n\n“We are patient,” the spokesman added.",
        [
            ("The talks will go on", "Kremlin spokesman", "Kremlin spokesman", "description"),
            ("We are patient", "the spokesman", "Kremlin spokesman", "coreference"),
        ],
    ),
    (
        "the-other-spokesman-is-another",  # a word the first description lacks: someone else
        "The suspect was arrested at dawn, a police spokesman said.\n\n“He did not resist,” the army "
        "spokesman said.",
        [
            ("The suspect was arrested", "police spokesman", "police spokesman", "description"),
            ("He did not resist", "army spokesman", "army spokesman", "description"),
        ],
    ),
    (
        "epithet-after-the-named-speaker",  # "the singer": the one who just spoke, never introduced so
        "Tom Reed played in Oslo on Monday. “The crowd was wonderful,” Reed said. “I will come back next "
        "year,” the singer said.",
        [
            ("The crowd was wonderful", "Reed", "Tom Reed", "name"),
            ("I will come back next year", "the singer", "Tom Reed", "coreference"),
        ],
    ),
    (
        "epithet-with-modifiers-after-a-subject",  # the last sentence's subject, named: the actress
        "The 33-year-old Mara Voss described herself as a quiet person. When asked about her plans, the "
        "Oscar-winning actress said, “I will rest for a year.”",
        [("I will rest for a year.", "the Oscar-winning actress", "Mara Voss", "coreference")],
    ),
    (
        "epithet-over-a-quotation-paragraph",  # quoted sentences between them are passed over
        "Greta Holm, the head of the charity, said in a press release: “We will not leave.”\n\n“The camp"
        " needs water now,” the evangelist said.",
        [
            ("We will not leave.", "Greta Holm", "Greta Holm", "name"),
            ("The camp needs water now", "the evangelist", "Greta Holm", "coreference"),
        ],
    ),
    (
        "epithet-after-an-attribution-closing-a-quote",  # "“…,” X said": the parser's root is the quote's
        "“Nobody has come to help us,” charity head Greta Holm said in a statement.\n\n“The camp needs "
        "water now,” the evangelist said.",
        [
            ("Nobody has come to help us", "Greta Holm", "Greta Holm", "name"),
            ("The camp needs water now", "the evangelist", "Greta Holm", "coreference"),
        ],
    ),
    (  # "the N-year-old" is an epithet too: the person named as the last subject
        "age-epithet-after-a-quote",
        "Peter Lund will play the lead.\n\n“I am thrilled,” the 55-year-old said.",
        [("I am thrilled", "the 55-year-old", "Peter Lund", "coreference")],
    ),
    (
        "age-epithet-told-reporters",
        "Dan Moss left the club on Tuesday.\n\n“I saw it coming,” the 29-year-old told reporters.",
        [("I saw it coming", "the 29-year-old", "Dan Moss", "coreference")],
    ),
    (
        "age-epithet-reporting-a-clause",
        "Peter Lund will play the lead. The 55-year-old said he was thrilled.",
        [("he was thrilled", "The 55-year-old", "Peter Lund", "coreference")],
    ),
    (
        "age-epithet-spaced-hyphens",
        "Peter Lund will play the lead.\n\n“I am thrilled,” the 55 - year - old said.",
        [("I am thrilled", "the 55 - year - old", "Peter Lund", "coreference")],
    ),
    (
        "age-epithet-with-no-one-named-stays-unresolved",
        "“I am thrilled,” the 55-year-old said.",
        [("I am thrilled", "the 55-year-old", None, "unresolved")],
    ),
    (
        "epithet-after-someone-unnamed",  # the subject before it is no one named: left unresolved
        "Karl Moss opened a restaurant in May. His partner spoke to reporters on Monday. “We are full every"
        " night,” the chef said.",
        [("We are full every night", "the chef", None, "unresolved")],
    ),
    (
        "epithet-not-the-name-inside-its-quote",
        "“Karl Moss did very well today,” the comedian said.",
        [("Karl Moss did very well today", "the comedian", None, "unresolved")],
    ),
]

NEWS_SHAPES: list[Case] = [
    (  # an "according to" closing the sentence of a quoted fragment, words between them
        "according-to-closing-the-sentence",
        "Lena Holt went through “years of debt and trouble with the police” before the fire, according "
        "to court records.",
        [("years of debt and trouble with the police", "court records", ANY, ANY)],
    ),
    (
        "according-to-a-named-officer-after-a-clause",
        "The suspect behaved “calmly and without any remorse” during the arrest, according to Sgt. Tom "
        "Reyes.",
        [("calmly and without any remorse", "Tom Reyes", "Tom Reyes", "name")],
    ),
    (  # "X said CLAUSE, he also said that …": the first clause keeps its own speaker, and the later
        # "said" reports what follows it, not the sentence before it with its attribution
        "said-clause-before-a-second-said",
        "Head Coach Ray Dunn said Owens's knee does not need surgery this time, just rest, he also said "
        "that if the team were still in contention, Owens would play.",
        [
            ("Owens's knee does not need surgery", "Ray Dunn", "Ray Dunn", "name"),
            ("if the team were still in contention", "he", "Ray Dunn", ANY),
        ],
    ),
    (  # one report inside another, with nothing after the outer verb: the outer speaker's words
        "report-inside-a-report",
        "Two clerks told police that the gunman wore a mask, Sheriff Ana Ruiz said.",
        [
            ("Two clerks told police that the gunman wore a mask", "Ana Ruiz", "Ana Ruiz", "name"),
            ("the gunman wore a mask", "Two clerks", ANY, ANY),
        ],
    ),
    (  # an office "to" a place, the holder's name set after the place: the holder speaks
        "according-to-an-ambassador-to-a-country",
        "According to Kenyan Ambassador to the United Nations Grace Otieno, the vote was delayed.",
        [("the vote was delayed", "Grace Otieno", "Grace Otieno", "name")],
    ),
    (
        "said-an-envoy-to-a-country",
        "“We are proud of them,” said Afghan Ambassador to the United States Hamid Rahimi.",
        [("We are proud of them", "Hamid Rahimi", "Hamid Rahimi", "name")],
    ),
    (  # an office "to" a person is not that person's
        "adviser-to-a-president-is-not-the-president",
        "According to the adviser to President Ana Ruiz, the vote was delayed.",
        [("the vote was delayed", "adviser", ANY, ANY)],
    ),
    (
        "according-to-closing-a-sentence-with-a-title",  # a title in quotation marks is no one's words
        "The film “The Long Winter Road” was shot in Norway, according to the studio.",
        [("The film", "the studio", ANY, ANY)],
    ),
    (
        "abbreviated-title-after-quote",  # "Sgt." is one token: its stop ends no sentence
        "“The driver ran two red lights,” Sgt. Tom Reyes said.",
        [("The driver ran two red lights", "Tom Reyes", "Tom Reyes", "name")],
    ),
    (
        "abbreviated-title-told",
        "“Nobody was inside the house,” Capt. Nora Quill told reporters.",
        [("Nobody was inside the house", "Nora Quill", "Nora Quill", "name")],
    ),
    (
        "two-abbreviated-titles",
        "“The jury heard every word of it,” Deputy Dist. Atty. Laura Benitez said.",
        [("The jury heard every word of it", "Laura Benitez", "Laura Benitez", "name")],
    ),
    (
        "abbreviated-titles-after-said",  # inverted, the parser ends the sentence at "Atty.": the name speaks
        "“The verdict was the right one,” said Dist. Atty. Miles Okoro.",
        [("The verdict was the right one", "Miles Okoro", "Miles Okoro", "name")],
    ),
    (
        "three-abbreviated-titles-after-said",
        "“We will appeal the ruling,” said Asst. Dist. Atty. Mara Lindqvist.",
        [("We will appeal the ruling", "Mara Lindqvist", "Mara Lindqvist", "name")],
    ),
    (
        "abbreviated-constable-told",  # Canadian and British police write "Const." / "Cst." before a name
        "“A man walked in and fired twice,” Vancouver police Const. Lena Moss told a news conference.",
        [("A man walked in and fired twice", "Lena Moss", "Lena Moss", "name")],
    ),
    (
        "abbreviated-title-said-before-name",
        "“We found the weapon in the car,” said Det. Laura Benitez.",
        [("We found the weapon in the car", "Laura Benitez", "Laura Benitez", "name")],
    ),
    (
        "padded-straight-marks-after-said",  # tokenised text: spaces both sides of each straight mark
        'In a statement, Jane Ruiz, the ministry spokesperson, said, " We urge all sides to talk and to do '
        'it soon ". The talks resume on Monday.',
        [("We urge all sides", "Jane Ruiz", "Jane Ruiz", "name")],
    ),
    (
        "outlet-credit-dateline",  # an outlet's credit and a dash open the story: no part of the name
        "Computerworld - Microsoft said on Tuesday that the patch “closes every known hole in the browser.”",
        [("closes every known hole", "Microsoft", "Microsoft", "name")],
    ),
    (
        "agency-credit-dateline",
        "Bloomberg - Daimler said it would recall 5,000 trucks, calling the fault “a serious safety risk.”",
        [
            ("it would recall 5,000 trucks", "Daimler", "Daimler", "name"),  # the statement, and in it
            ("a serious safety risk", "Daimler", "Daimler", "name"),  # the fragment quoted
        ],
    ),
    (
        "spaced-hyphen-name-kept",  # tokenised text spaces a name's hyphen: no outlet before it
        "T - Mobile said its network “will be back within hours.”",
        [("will be back within hours", "T - Mobile", ANY, "name")],
    ),
    (
        "wire-dateline-before-a-senator",
        "WASHINGTON (AP) — Senator Ruth Kagan said Monday that the bill “will hurt working families.”",
        [("will hurt working families", "Ruth Kagan", "Ruth Kagan", "name")],
    ),
    (
        "the-company-after-a-credit",
        "Computerworld - Microsoft on Tuesday released an emergency patch. “We urge customers to install it "
        "at once,” the company said.",
        [("We urge customers", "the company", "Microsoft", "coreference")],
    ),
    (
        "the-bank-named-before",
        "The World Bank cut its forecast for the region. “Growth is slowing,” the bank said.",
        [("Growth is slowing", "the bank", "World Bank", "coreference")],
    ),
    (
        "the-firm-named-before",
        "Shell said on Friday it would sell two refineries. “The market has changed,” the company said.",
        [
            ("it would sell", "Shell", "Shell", "name"),
            ("The market has changed", "the company", "Shell", ANY),
        ],
    ),
    (
        "the-experts-not-an-organisation-before",  # "experts" points back to no organisation
        "Crime experts said that Mr. Rossi ran the gang for years while other Mafia bosses went to jail."
        "\n\nThe experts said the gang's money came largely from gambling and extortion.",
        [
            ("Mr. Rossi ran the gang", "Crime experts", ANY, ANY),
            ("the gang's money came", "experts", "experts", ANY),
        ],
    ),
    (
        "the-analysts-set-off-not-the-firm-named",  # a guard: no organisation noun either
        "Analysts said Vortex Motors would cut jobs after rival Delta Cars lost its market share."
        "\n\nThe plant, the analysts said, would close within a year.",
        [
            ("Vortex Motors would cut jobs", "Analysts", ANY, ANY),
            ("would close within a year", "analysts", "Analysts", ANY),
        ],
    ),
    (
        "lowercase-agency-direct",
        "“Three villages were flooded,” the local disaster management agency said.",
        [("Three villages were flooded", "the local disaster management agency", None, "unresolved")],
    ),
    (
        "lowercase-agency-indirect",
        "Floods killed 12 people in three villages, the local disaster management agency said on Sunday.",
        [("Floods killed 12 people", "the local disaster management agency", None, "unresolved")],
    ),
    (
        "they-the-plural-subject-of-its-sentence",  # not the group that spoke before
        "Two female voices said “OK.” The jury went out. Prosecutors played a recording of what they said "
        "was the defendant shouting.",
        [
            ("OK", "Two female voices", ANY, "description"),
            ("was the defendant", "they", "Prosecutors", "coreference"),
        ],
    ),
    (
        "they-the-plural-subject-before",
        "Officials said “the dam held.” Engineers inspected the wall on Monday. They said it was “sound.”",
        [("the dam held", "Officials", ANY, ANY), ("sound", "They", "Engineers", "coreference")],
    ),
    (
        "they-a-named-police-force-before",  # "Police" is plural with no -s (speech_cues collective)
        "Springfield Police stopped the van near the bridge. They say the driver refused to get out.",
        [("the driver refused to get out", "They", "Springfield Police", "coreference")],
    ),
    (
        "they-a-named-police-force-after-their-own-clause",
        "Harlow Police spotted the stolen car on Friday.\n\nThey tried to stop it, but they say the driver"
        " sped away.",
        [("the driver sped away", "they", "Harlow Police", "coreference")],
    ),
    (
        "they-the-officials-who-spoke",
        "Iranian officials said the talks were “useful.” “We will meet again,” they added.",
        [
            ("useful", "Iranian officials", ANY, ANY),
            ("We will meet again", "they", "Iranian officials", "coreference"),
        ],
    ),
    (
        "they-not-a-thing",
        "The talks collapsed on Monday. “We will go on,” they said.",
        [("We will go on", "they", None, "unresolved")],
    ),
    (
        "state-body-not-the-company-before",  # "the Egyptian ministry" is no network operator
        "Two cables were cut near Sicily, Seacable Networks said on Friday. The Egyptian ministry said it "
        "will take “several days” to repair them.",
        [
            ("Two cables were cut", "Seacable Networks", "Seacable Networks", "name"),
            ("several days", "Egyptian ministry", "Egyptian ministry", ANY),
        ],
    ),
    (
        "state-body-not-the-firm-before",
        "Nordlink Energy said on Monday that the pipeline was shut. The Polish ministry said it would take "
        "“at least a week” to reopen it.",
        [
            ("the pipeline was shut", "Nordlink Energy", "Nordlink Energy", "name"),
            ("at least a week", "Polish ministry", "Polish ministry", ANY),
        ],
    ),
    (
        "authorities-not-the-survey-before",
        "The US Geological Survey said the quake measured 6.1. The authorities say the rescue effort is now "
        "winding down.",
        [
            ("the quake measured", ANY, "US Geological Survey", ANY),
            ("the rescue effort", "authorities", "authorities", ANY),
        ],
    ),
    (
        "the-ministry-named-before",  # a state body of the same sector is the one meant
        "Russia's Foreign Ministry summoned the envoy on Monday. “This is unacceptable,” the ministry said.",
        [("This is unacceptable", "the ministry", "Foreign Ministry", "coreference")],
    ),
    (
        "writing-from-a-town-then-the-name",  # the opening participle is no speaker; the name after it is
        "Writing from Albany, N.Y., Mara K. Dunleavy told the mayor that the plan was a mistake.",
        [("the plan was a mistake", "Mara K. Dunleavy", "Mara K. Dunleavy", "name")],
    ),
    (
        "writing-from-a-town-partial",
        "Writing from Tulsa, Okla., Ron P. Alder told the board that “the fee would ruin small farms.”",
        [("the fee would ruin small farms", "Ron P. Alder", "Ron P. Alder", "name")],
    ),
    (
        "writing-in-a-blog-name-and-title",
        "Writing in a company blog, Rosa Klein, director of the Google Threat Analysis Group, urged users to "
        "update their browsers “without delay.”",
        [("without delay", "Rosa Klein", "Rosa Klein", "name")],
    ),
    (
        "writing-in-a-newsletter-name-and-title",
        "Writing in an agency newsletter, Omar Haddad, director of the Texas Water Safety Office, urged "
        "residents to boil water “until further notice.”",
        [("until further notice", "Omar Haddad", "Omar Haddad", "name")],
    ),
    (  # "S, X said." where the parser hangs the comma on the clause's last word
        "said-inverted-after-a-clause-comma-on-its-last-word",
        "The owner, who had suffered from heart disease, died at the county jail in Salem, Ore., said jail"
        " spokesman Tomas Reyes.",
        [("The owner, who had suffered", "Tomas Reyes", "Tomas Reyes", "name")],
    ),
    (
        "said-after-a-clause-comma-on-its-last-word",
        "His body was found Sunday by a maid who entered his hotel room in Mobile, Coroner Ana Ruiz said.",
        [("His body was found Sunday", "Ana Ruiz", "Ana Ruiz", "name")],
    ),
    (  # the parser loses the clause before the comma: the words before it are still the report
        "said-after-a-clause-the-parser-lost",
        "By 7: 10 a. m. the fire was out, Chief Marta Owen said.",
        [("By 7: 10 a. m. the fire was out", "Marta Owen", "Marta Owen", "name")],
    ),
    (
        "said-after-a-clause-the-parser-lost-surname",
        "By 5: 15 a. m. the fire was under control, Ruiz said.",
        [("By 5: 15 a. m. the fire was under control", "Ruiz", "Ruiz", "name")],
    ),
    (
        "announced-on-a-day-after-a-clause",
        "Tomas Varga, the cellist known for his recordings of Bach, will lead the orchestra next season, the"
        " Vienna Philharmonic announced on Friday.",
        [("Tomas Varga", "Vienna Philharmonic", "Vienna Philharmonic", ANY)],
    ),
    (
        "told-an-outlet-after-a-clause",
        "The company's founder, who built the firm from one shop, died today in a hospital in Lyon, France,"
        " officials told Reuters.",
        [("The company's founder", "officials", ANY, ANY)],
    ),
    (  # a speech verb set off by commas inside what it reports: the side holding the clause's verb
        "said-aside-after-an-opener",
        "By noon, the officers said, the crowd had gone home.",
        [("the crowd had gone home", "officers", ANY, ANY)],
    ),
    (
        "said-aside-after-a-subordinate-clause",
        "Once a man has a rifle, Sheriff Ana Ruiz said, the danger to the guards is real.",
        [("the danger to the guards is real", "Ana Ruiz", "Ana Ruiz", "name")],
    ),
    (
        "said-aside-after-the-subject",
        "The ferry line, the firm said on Monday, had been losing money for years.",
        [("had been losing money for years", "firm", ANY, ANY)],
    ),
    (  # the inverted aside: the speaker after the verb, the report after the closing comma
        "said-name-aside-after-the-subject",
        "Private collectors, said Tomas Greer, are asked to lend their maps for a year.",
        [("are asked to lend their maps", "Tomas Greer", "Tomas Greer", "name")],
    ),
    (
        "says-the-body-aside-after-the-subject",
        "Bread prices, says the ministry, will fall again in the spring.",
        [("will fall again in the spring", "ministry", ANY, ANY)],
    ),
    (
        "said-name-with-title-aside",
        "The new tolls, said Ana Ruiz, the transport minister, will apply from June.",
        [("will apply from June", "Ana Ruiz", "Ana Ruiz", "name")],
    ),
    (
        "said-pronoun-aside-after-an-opener",
        "By then, said he, the river had risen two metres.",
        [("the river had risen two metres", "he", None, ANY)],
    ),
    (  # the words before the aside are a clause of their own: they are the report
        "said-name-aside-after-a-clause",
        "The mill closed, said Tomas Greer, in the spring of that year.",
        [("The mill closed", "Tomas Greer", "Tomas Greer", "name")],
    ),
    (  # the parser hangs the rest of the sentence on the aside's verb: the clause before it is the report
        "said-aside-before-a-but-clause",
        "Okafor was dropped last week, Coach Ana Ruiz said, but still was listed on the team's website.",
        [("Okafor was dropped last week", ANY, "Ana Ruiz", "name")],
    ),
    (  # the aside hung on a noun after it: the clause before it is the report
        "said-aside-before-a-list",
        "The barn still held tools from its early days, he said, old ploughs and crates for apples.",
        [("The barn still held tools", "he", None, "unresolved")],
    ),
    (  # the speaker the parser hung as an apposition on the place before it: "…, the Patrol said."
        "speaker-read-as-apposition-at-the-end",
        "The driver was stopped for speeding early Sunday on a highway outside downtown Fresno, the"
        " California Highway Patrol said.",
        [("The driver was stopped", "California Highway Patrol", "California Highway Patrol", ANY)],
    ),
    (
        "speaker-read-as-apposition-before-that",
        "Although the agent would not reveal why he left the team, a source from the club said that it was"
        " his own choice.",
        [("it was his own choice", "a source", None, ANY)],
    ),
    (  # a speech verb opening its own clause after "and": the clause before it is no report of it
        "said-after-an-and-clause",
        "The strike closed schools, shut banks and brought traffic to a standstill and the teachers' union"
        " OLME said it would strike again next week.",
        [("it would strike again", "OLME", "OLME", ANY)],
    ),
    (
        "say-aside-present-tense",
        "Until recently, port officials say, captains handled the paperwork themselves.",
        [("captains handled the paperwork themselves", "port officials", ANY, ANY)],
    ),
    (  # a relative clause with a speech verb reports nothing
        "which-snapped-is-no-report",
        "Lena Marsh scored 18 points for Belmont, which snapped a four-game losing streak.",
        [],
    ),
    (
        "who-wrote-is-no-report",
        "The deal was struck by Ivo Dren, who wrote the first draft with his sister.",
        [],
    ),
    (  # a verb of answering with "to" after it acted on something: no report of the clause before
        "responded-to-the-call-is-no-report",
        "The alarm went off shortly after 9 p.m. at the depot, and firefighters and county police responded"
        " to the call.",
        [],
    ),
    (
        "responded-after-a-clause",
        "The talks will resume on Monday, the ministry responded.",
        [("The talks will resume on Monday", "ministry", ANY, ANY)],
    ),
    (  # an adverbial clause before "he said" is no statement
        "when-clause-then-said-is-no-report",
        "When the storm reached the coast on Monday night, he said.",
        [],
    ),
    (  # the that-clause the parser hung on the release the words came in
        "says-in-a-release-that",
        "The county prosecutor's office says in a release that the jury found Tomas Reyes, 31, guilty of"
        " arson.",
        [("the jury found Tomas Reyes", "county prosecutor's office", ANY, ANY)],  # a body: no article
    ),
    (  # a clause before a semicolon is no report of the "said" after it, the clause after "that" is
        "said-only-that-after-a-semicolon",
        "There were rumours the depot was looted; the police spokeswoman said only that the safe was not"
        " opened.",
        [("the safe was not opened", "police spokeswoman", ANY, ANY)],
    ),
    (  # "As X said, S": X reports S
        "as-told-an-outlet",
        "As Marsh told the Tribune, the river has risen every spring for a decade.",
        [("the river has risen every spring", "Marsh", "Marsh", "name")],
    ),
    (
        "as-said-on-a-day",
        "As Greg Holt said Thursday, his daughter ’ s 20 points a game will come in handy next season.",
        [("his daughter", "Greg Holt", "Greg Holt", "name")],
    ),
    (
        "as-pointed-out-phrasal",
        "As the mayor pointed out on Monday, the bridge will reopen in May.",
        [("the bridge will reopen in May", "mayor", ANY, ANY)],
    ),
    (  # "would later say": the saying came to pass; "one of his lawyers" speaks
        "as-would-later-say",
        "As one of her closest advisers would later say, it was plain that the deal had collapsed.",
        [("it was plain that the deal had collapsed", "one of her closest advisers", ANY, ANY)],
    ),
    ("as-said-goodbye-is-no-report", "As he said goodbye, the crowd began to cheer.", []),
    (  # a verb of the voice in an "as" clause tells when, not what was said
        "as-sobbed-is-no-report",
        "As their colleagues sobbed in the street, five other clerks were rescued from the balcony.",
        [],
    ),
    ("as-told-the-story-is-no-report", "As she told the story, the children laughed.", []),
    ("as-i-said-is-the-writer", "As I said in my review, the film drags in its second hour.", []),
    (
        "i-guess-is-the-writers-aside",
        "They caught him a few doors away.\n\nI guess we can all sleep now.",
        [],
    ),
    (
        "i-wonder-is-the-writers-aside",
        "This is such a warm story. I wonder what this means for the beach house?",
        [],
    ),
    (
        "i-expect-a-quoted-phrase-is-the-writers-aside",
        'Clearly, I expect a flurry of "now they must sign him" posts.',
        [],
    ),
    (  # inside a quotation the "I" is the one quoted
        "i-guess-inside-a-quote-is-the-speakers",
        "“I guess we can all sleep now,” the mayor said.",
        [("I guess we can all sleep", "mayor", ANY, ANY)],
    ),
    (
        "she-wondered-is-still-reported",
        "The coach wondered whether the team would ever win again.",
        [("the team would ever win", "The coach", ANY, ANY)],
    ),
    (  # a paragraph left open with a comma leads into the next quote, it tags none before it
        "to-which-she-replied-leads-the-next-quote",
        "A nurse looked at him and said: “I am very sorry.\n\nYour son is gone.”\n\nTo which he replied,"
        "\n\n“I already know.”",
        [
            ("I am very sorry", "nurse", ANY, ANY),
            ("Your son is gone", "nurse", ANY, ANY),
            ("I already know", "he", ANY, ANY),
        ],
    ),
    (  # the same with a colon: the line after a quotes-only paragraph is no attribution line
        "added-colon-line-leads-the-next-quote",
        "The clubhouse burned down in May.\n\n“It was our second home.”\n\nVera Holt, the treasurer, added:"
        "\n\n“We will build it again.”",
        [("It was our second home", None, None, "none"), ("We will build it again", "Vera Holt", ANY, ANY)],
    ),
    (  # a paragraph of quotes with no cue, its speaker opening the next paragraph
        "quote-lede-then-name-says",
        "“She is not a reckless person.\n\nShe works very hard.”\n\nTomas Greer says the woman accused of"
        " the thefts is a loyal friend.",
        [
            ("She is not a reckless person", "Tomas Greer", "Tomas Greer", "name"),
            ("She works very hard", "Tomas Greer", "Tomas Greer", "name"),
            ("the woman accused of the thefts", "Tomas Greer", "Tomas Greer", "name"),
        ],
    ),
    (  # a quotation closed after a comma, its attribution cut off into the next paragraph
        "quote-cut-at-a-comma-then-the-cue",
        "The storm cut the line on Monday.\n\nRail traffic “from Lyon to Paris now runs via Dijon,”\n\n"
        "Mira Okafor said in a statement on Tuesday.",
        [("from Lyon to Paris now runs via Dijon", "Mira Okafor", "Mira Okafor", "name")],
    ),
    (  # a negated verb names no speaker
        "quote-then-did-not-say-names-no-speaker",
        "“We will not go back.”\n\nMayor Ana Ruiz did not say when the bridge would reopen.",
        [("We will not go back", None, None, "none")],
    ),
    (  # a quoted term inside an "according to" clause keeps the clause reported
        "term-inside-an-according-to-clause",
        'The "ghost" trawlers fished the reef for a month before anyone saw them, according to Mira Okafor.',
        [('The "ghost" trawlers fished the reef', "Mira Okafor", "Mira Okafor", ANY)],
    ),
    (
        "fragment-inside-an-according-to-clause",
        "Cameras in the barn caught Greer giving “friendly” advice to the young workers on the farm,"
        " according to prosecutors.",
        [("Cameras in the barn caught Greer", "prosecutors", ANY, ANY)],
    ),
    (  # a quoted term inside a reported clause keeps the clause reported
        "term-inside-a-reported-clause",
        'The port authority said the ships took a hidden route, or "ghost lane" passage in shipping slang.',
        [("the ships took a hidden route", "port authority", ANY, ANY)],
    ),
    (
        "term-inside-a-clause-before-said",
        "Each pipeline has a ``lead'' operator, she said.",
        [("Each pipeline has a", "she", None, "unresolved")],
    ),
]

CARRIED_AND_ASKED: list[Case] = [
    (
        "reply-to-a-question-asked",  # the one asked answers, not the one who asked
        "Defense lawyer Mark Ellison questioned Tom Riggs for an hour. Ellison asked Riggs, “Did you see "
        "the car?” “No,” he answered.",
        [("Did you see the car", "Ellison", "Mark Ellison", "name"), ("No", "he", "Tom Riggs", ANY)],
    ),
    (
        "reply-to-a-question-next-paragraph",
        "Prosecutor Dana Pruitt asked Frank Boyle, “Were you at the bar that night?”\n\n“I was,” he replied.",
        [("Were you at the bar", "Dana Pruitt", "Dana Pruitt", "name"), ("I was", "he", "Frank Boyle", ANY)],
    ),
    (
        "reply-after-a-reported-answer",  # an indirect quote between the question and the reply
        "“Which one was it?” defense lawyer Mark Adler asked Sam Pike, who then said he had seen the knife "
        "earlier.\n\nHe admitted he had lied.\n\nWhen asked about the blood, he then answered, “I don't "
        "know.”",
        [
            ("Which one was it", "Mark Adler", "Mark Adler", "name"),
            ("he had seen the knife", ANY, ANY, ANY),
            ("he had lied", ANY, ANY, ANY),
            ("I don't know", "he", "Sam Pike", ANY),
        ],
    ),
    (
        "outlet-citing-a-spokesman",  # the outlet carries the words; the one it cites speaks
        "“The talks will resume next week,” AFP reported, citing a foreign ministry spokesman.",
        [("The talks will resume", "foreign ministry spokesman", ANY, "description")],
    ),
    (
        "outlet-named-by-its-domain",  # the web domain is the outlet's name
        "“The vote was rigged,” the opposition leader said, nytimes.com reported. The count will be "
        "rechecked, washingtonpost.com reported on Friday.",
        [
            ("The vote was rigged", "opposition leader", ANY, ANY),
            ("The count will be rechecked", "washingtonpost.com", "Washington Post", "name"),
        ],
    ),
    (
        "outlet-quoting-an-aide",
        "“We have no choice,” the Associated Press reported, quoting an aide to the governor.",
        [("We have no choice", "aide", ANY, ANY)],
    ),
    (
        "outlet-citing-a-named-official",
        "“The border is closed,” Reuters said, citing border guard chief Anton Vell.",
        [("The border is closed", "Anton Vell", "Anton Vell", "name")],
    ),
    (
        "unnamed-outlet-citing",  # "the news agency", "state television": an outlet all the same
        "“Ten people were hurt,” state television reported, citing a hospital official.",
        [("Ten people were hurt", "hospital official", ANY, "description")],
    ),
    (
        "outlet-quoted-someone-as-saying",
        "“The road is closed,” AFP quoted a police officer as saying.",
        [("The road is closed", "police officer", ANY, "description")],
    ),
    (
        "passive-quoted-by-an-outlet",  # the one quoted speaks, not the outlet in the "by" phrase
        "The Ghanaian army chief was quoted by a local newspaper as saying that the border would stay shut.",
        [("the border would stay shut", "Ghanaian army chief", ANY, "description")],
    ),
    (
        "passive-quoted-by-an-outlet-named",
        "Defence Minister Amos Tetteh was quoted by Reuters as saying: “We will not retreat.”",
        [("We will not retreat.", "Amos Tetteh", "Amos Tetteh", "name")],
    ),
    (
        "quoting-leads-the-quote",
        "The Interfax agency reported, quoting a ministry spokesman: “The talks have failed.”",
        [("The talks have failed", "ministry spokesman", ANY, "description")],
    ),
    (
        "minister-citing-a-report-keeps-the-minister",  # only an outlet hands its words on
        "“The figures are alarming,” Health Minister Lena Brandt said, citing a report by the agency.",
        [("The figures are alarming", "Lena Brandt", "Lena Brandt", "name")],
    ),
    (
        "company-named-two-sentences-back",  # "it" of a verb that frames a partial quote
        "Acme Motors will close two plants. About 800 jobs will go by the summer. It called the decision "
        "“painful but necessary.”",
        [("painful but necessary", "It", "Acme Motors", "coreference")],
    ),
    (
        "company-named-before-it-described",
        "Kellner Foods cut 300 jobs on Monday. It described the cuts as “a hard but needed step.”",
        [("a hard but needed step", "It", "Kellner Foods", "coreference")],
    ),
    (
        "the-energy-company-two-sentences-on",  # a company noun with a word of its trade before it
        "Northwind Energy reported a loss on Tuesday. Gas prices fell by a third in the spring. The energy "
        "company said the drop was “temporary.”",
        [("temporary", "The energy company", "Northwind Energy", "coreference")],
    ),
    (
        "the-oil-firm-after-a-quote-of-another",
        "Brannock Oil Corporation cut its dividend. “It is a bad year,” analyst Mia Holt said. The oil firm "
        "called the cut “prudent.”",
        [
            ("It is a bad year", "Mia Holt", "Mia Holt", "name"),
            ("prudent", "The oil firm", "Brannock Oil Corporation", "coreference"),
        ],
    ),
    (
        "he-the-unnamed-spokesman-not-a-vessel-named-before",  # the later subject, who spoke
        "Raiders in two skiffs had circled the tanker at dawn, when the patrol boat Kestrel Vane closed in "
        "and drove them off, coast guard spokesman said.\n\nThe raiders had fired on the tanker's bridge, "
        "he said.",
        [
            ("Raiders in two skiffs", "coast guard spokesman", ANY, "description"),
            ("The raiders had fired", "he", "coast guard spokesman", "coreference"),
        ],
    ),
    (
        "he-the-person-named-after-the-unnamed-speaker",  # a later name keeps its "he"
        "A man was shot near the depot, a police spokesman said. Officer Dan Reyes reached the scene "
        "minutes later. He said the man was still breathing.",
        [
            ("A man was shot", "police spokesman", ANY, "description"),
            ("the man was still breathing", "He", "Dan Reyes", "coreference"),
        ],
    ),
    (
        "the-british-company-a-country-is-no-name",  # a country modifier need not be in the name
        "Renwick Motors recalled 40,000 cars on Monday. The British company said the fault was “rare but "
        "serious”.",
        [("rare but serious", "The British company", "Renwick Motors", "coreference")],
    ),
    (
        "the-us-software-giant",
        "Norvex Systems issued an urgent patch on Monday to fix a browser flaw. The US software giant said "
        "on Tuesday that it had acted on “the threat to users”.",
        [("the threat to users", "The US software giant", "Norvex Systems", "coreference")],
    ),
    (
        "the-firm-the-owner-not-its-product",  # an owner ("Kelvar Electronics' launch") is the organisation
        "Kelvar Electronics' big launch at the trade fair yesterday was not a new phone but a battery.\n\n"
        "The firm announced a refresh of its Vista Pro laptop, with a battery that the firm said will last "
        "ten hours.",
        [("will last ten hours", "the firm", "Kelvar Electronics", "coreference")],
    ),
    (
        "the-company-not-its-product",  # a product the company makes never acts; the company does
        "Norvex Systems said on Tuesday it would buy a rival chip maker. Norvex also plans to sell servers "
        "that use its Kestrel chips later this year, the company said.",
        [
            ("it would buy", "Norvex Systems", "Norvex Systems", "name"),
            ("Norvex also plans", "the company", "Norvex Systems", "coreference"),
        ],
    ),
    (
        "the-software-company-not-the-product-patched",
        "Pellmark Software issued a patch for a flaw in its Harbor browser on Friday. The update for Harbor "
        "fixes a hole that “could let attackers take over a computer,” the software company said.",
        [("could let attackers", "the software company", "Pellmark Software", "coreference")],
    ),
    (
        "the-agency-not-an-unnamed-place",  # "prison" is no organisation named
        "The Texas Corrections Board said on Monday it had found a gun at a prison near Huntsville. Two "
        "guards at the prison were fired. The warden was also removed, the agency said.",
        [
            ("it had found", "Texas Corrections Board", "Texas Corrections Board", "name"),
            ("The warden was also removed", "the agency", "Texas Corrections Board", "coreference"),
        ],
    ),
    (
        # "the same agency" is IRNA, not the doctors: "according to" an outlet names the outlet a claim
        # came through (the sources step's), as "According to IRNA" does, no statement of its own
        "the-same-agency-not-sentence-initial-doctors",
        "Quake relief reached the island on Sunday, the Iranian news agency IRNA reported. Doctors said the "
        "only hospital in Bandar was full. According to the same agency, three villages were destroyed.",
        [
            ("Quake relief reached", "IRNA", "IRNA", "name"),
            ("the only hospital", "Doctors", ANY, ANY),
        ],
    ),
    (
        "question-then-answer-in-one-quote",  # the "?" ends a sentence inside the quote
        "“Who will pay for this? Not the government,” said farmer Joe Ruiz.",
        [("Who will pay for this", "Joe Ruiz", "Joe Ruiz", "name")],
    ),
    (
        "question-then-short-answer",
        "“Is it over? Not yet,” said coach Ana Lind after the match.",
        [("Is it over", "Ana Lind", "Ana Lind", "name")],
    ),
    (
        "question-then-a-name-with-its-apposition",  # after "?", the speaker's phrase alone before the verb
        "“Where is the help we were promised?” Ana Ruiz, a resident, asked on Monday.",
        [("Where is the help", "Ana Ruiz", "Ana Ruiz", "name")],
    ),
    (
        "question-then-a-title-and-name",
        "“What did we do wrong?” the mayor, Tomas Berg, asked reporters.",
        [("What did we do wrong", ANY, "Tomas Berg", ANY)],
    ),
    (
        "question-then-the-next-sentence-is-no-cue",  # an adverb and a comma start another sentence
        "“Who will pay?” Later, the minister said the state would.",
        [("Who will pay", None, None, "none"), ("the state would", "minister", ANY, ANY)],
    ),
    (
        "the-asked-do-not-ask",  # the subject of a passive "asked" is the one asked, not the asker
        "Two men were stopped near the bank. “Why did you run?” the two men were asked.",
        [("Why did you run", None, None, "none")],
    ),
    (
        "the-told-do-not-tell",
        "The crowd gathered at the gate. The workers were told: “The plant closes on Friday.”",
        [("The plant closes", None, None, "none")],
    ),
    (
        "asked-by-police",  # with the asker named by "by", the asker speaks
        "“Why did you run?” the two men were asked by police.",
        [("Why did you run", "police", ANY, ANY)],
    ),
    (
        "asked-by-police-as-a-participle",  # "Asked … by police": the men answer, police ask
        "Asked “Where are you going?” by police, the two men said nothing.",
        [("Where are you going", "police", ANY, ANY)],
    ),
    (
        "asked-when-they-were-stopped",
        "The two men said nothing when asked “Whose car is this?” at the checkpoint.",
        [("Whose car is this", None, None, "none")],
    ),
    (
        "they-who-answer-police",  # asked a question, the suspects answer; not the police who asked
        "Police then asked the two suspects where they had been. “At home,” they said.",
        [("At home", "they", None, "unresolved")],
    ),
    (
        "they-after-a-police-request",  # "asked … to stay": a request, and the police speak on
        "Police asked residents to stay indoors. “We will reopen the road soon,” they said.",
        [("We will reopen the road soon", "they", "Police", "coreference")],
    ),
    (
        "name-glued-to-a-closing-single-mark",  # careless copy: no space after the closing mark
        "'We sang all night and then we just left'Maria Olsen told the radio station.",
        [("We sang all night", "Maria Olsen", "Maria Olsen", "name")],
    ),
    (
        "verb-glued-to-a-closing-double-mark",
        "“The water came in so fast,”said Tomas Berg, a fisherman.",
        [("The water came in so fast", "Tomas Berg", "Tomas Berg", "name")],
    ),
    (
        "pronoun-glued-to-a-closing-single-mark",
        "'We did everything we could,'she said.",
        [("We did everything we could", "she", None, "unresolved")],
    ),
    (
        "opening-single-mark-glued-to-a-colon",  # the cue leads the quote, not the outlet after it
        "Police Chief Tom Hale said:'We are pleased with the arrest,' the Daily Star reported.",
        [("We are pleased with the arrest", "Tom Hale", "Tom Hale", "name")],
    ),
    (
        "opening-double-mark-glued-to-a-colon",
        'The mayor, Ana Lind, said:"The bridge stays closed until spring."',
        [("The bridge stays closed", ANY, "Ana Lind", ANY)],
    ),
    (  # two apostrophes open a quotation as well as close it, as some outlets type both marks
        "two-apostrophes-open-a-quote",
        "''The road was never safe,'' Sergeant Lena Brandt said.\n\n''We warned them twice.''",
        [
            ("The road was never safe", "Lena Brandt", "Lena Brandt", "name"),
            ("We warned them twice.", ANY, "Lena Brandt", ANY),
        ],
    ),
    (
        "two-apostrophes-open-a-question",
        "''Who could have stopped it?'' coach Omar Haddad asked.\n\n''Nobody.''",
        [
            ("Who could have stopped it?", "Omar Haddad", "Omar Haddad", "name"),
            ("Nobody.", ANY, "Omar Haddad", ANY),
        ],
    ),
    (
        "apostrophe-in-a-name-is-no-closing-mark",
        "'We will always miss Ja'Marr,' his coach Mark Hale said.",
        [("We will always miss Ja'Marr", ANY, "Mark Hale", ANY)],
    ),
    (
        "agreed-line-owns-no-quote-before-it",  # "X agreed." introduces X; the paragraph before goes on
        "“She ran the whole race alone,” said Pia Lund, who finished third.\n\n“Nobody could catch her."
        "\n\nShe deserved it.”\n\nTeam doctor Ruth Arns agreed.\n\n“It was her best run,” Arns said.",
        [
            ("She ran the whole race alone", "Pia Lund", "Pia Lund", "name"),
            ("Nobody could catch her", "Pia Lund", "Pia Lund", ANY),
            ("She deserved it", "Pia Lund", "Pia Lund", ANY),
            ("It was her best run", "Arns", "Ruth Arns", ANY),
        ],
    ),
    (
        "concurred-line-owns-no-quote-before-it",
        "“The bridge will not hold another winter,” said engineer Omar Haddad.\n\n“We need steel now.”"
        "\n\nMayor Lena Voss concurred.",
        [
            ("The bridge will not hold", "Omar Haddad", "Omar Haddad", "name"),
            ("We need steel now", "Omar Haddad", "Omar Haddad", ANY),
        ],
    ),
    (
        "welcomed-a-thing-line-owns-no-quote-before-it",  # a sentence of its own, not an attribution line
        "“The river is dying,” said Ana Lind, director of the Delta Trust.\n\n“For twenty years the dams"
        " have choked it.\n\nNow the new rule finishes the job.”\n\nThe farmers' union welcomed the rule"
        " change.",
        [
            ("The river is dying", "Ana Lind", "Ana Lind", "name"),
            ("For twenty years", "Ana Lind", "Ana Lind", ANY),
            ("Now the new rule", "Ana Lind", "Ana Lind", ANY),
        ],
    ),
    (
        "heard-shouting-is-no-cue-when-a-cue-follows",  # what the speaker heard, not who speaks
        "“We saw smoke everywhere,” smelled burning rubber and heard colleagues shouting, said Mira Okafor,"
        " 41, a clerk at the depot.",
        [("We saw smoke everywhere", "Mira Okafor", "Mira Okafor", "name")],
    ),
    (
        "heard-screaming-then-told",
        "“The lights went out,” heard neighbours screaming and ran outside, Tomas Rey told the radio.",
        [("The lights went out", "Tomas Rey", "Tomas Rey", "name")],
    ),
    (
        "heard-alone-still-tags",  # with no other cue, the one heard keeps the quote
        "“Get out now!” a guard was heard shouting.",
        [("Get out now", ANY, ANY, ANY)],
    ),
]

CASES = [*PRONOUNS, *NON_PERSONS, *VERBS, *IDENTITY, *NEWS_SHAPES, *CARRIED_AND_ASKED]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker_categories(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize(
    ("published", "name", "code"),
    [("2016-06-01", "Hillary Clinton", "USAELI"), ("1996-06-01", "Bill Clinton", "USAGOV")],
)
def test_bare_surname_by_the_articles_date(pipeline: Pipeline, published: str, name: str, code: str) -> None:
    """A bare "Clinton" is the Clinton in the news on the article's date, coded as of that date."""
    quotes = pipeline.extract("“We will win,” Clinton said at a rally in Ohio.", published=published).quotes
    assert [(q.speaker.name, q.speaker.code) for q in quotes if q.speaker] == [(name, code)]


@pytest.mark.parametrize(
    "text",
    [c[1] for c in PRONOUNS + VERBS + NEWS_SHAPES + CARRIED_AND_ASKED],
    ids=[c[0] for c in PRONOUNS + VERBS + NEWS_SHAPES + CARRIED_AND_ASKED],
)
def test_speaker_mention_offsets(pipeline: Pipeline, text: str) -> None:
    check_mention_offsets(pipeline, text)
