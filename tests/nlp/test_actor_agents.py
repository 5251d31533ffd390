"""Agents on real news (issue 11, part 1): unnamed actors named by what they are, with the country
they belong to. Sentences written for strife, one table per category."""

from __future__ import annotations

import pytest
from actor_reading import codes_by_mention, read

from strife.pipeline import Pipeline


def check(pipeline: Pipeline, text: str, mention: str, code: str | None, day: str = "2015-06-01") -> None:
    coded = codes_by_mention(read(pipeline, text, day))
    assert mention in coded and coded[mention] == code, coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # agent nouns of forces, their country from a demonym, a possessive or "of/in X" …
        ("The Nigerian military said soldiers killed ten gunmen near Maiduguri.", "gunmen", "---UAF"),
        ("Cops arrested three men in Chicago on Friday.", "Cops", "USACOP"),
        ("Indian peacekeepers patrolled the buffer zone in Cyprus.", "Indian peacekeepers", "INDMIL"),
        ("UN peacekeepers patrolled the buffer zone in Cyprus.", "peacekeepers", "IGOUNO"),
        (
            "Hamas militants fired mortar shells at troops from the school, Israeli officials said.",
            "troops",
            "ISRMIL",
        ),
        # … or the country the story is about, in a national context: "an army convoy", "riot police"
        ("An army convoy was ambushed outside Kandahar, Afghan officials said.", "army convoy", "AFGMIL"),
        ("Riot police fired tear gas at the crowd in Nairobi.", "Riot police", "KENCOP"),
        ("Soldiers stormed the compound in Kabul on Tuesday.", "Soldiers", "AFGMIL"),
        ("Protesters in Caracas threw stones at riot police.", "riot police", "VENCOP"),
        ("A police helicopter crashed in Nairobi on Monday.", "police helicopter", "KENCOP"),
        # a state's own outlets, named with "state", are the story country's; other outlets no one's
        (
            "Pyongyang threatened to shell the loudspeakers.\n\nState media said the army was ready.",
            "State media",
            "PRKMED",
        ),
        (
            "Syrian troops shelled Daraa on Monday. State television said 20 rebels were killed.",
            "State television",
            "SYRMED",
        ),
        ("Local media said 20 rebels were killed in Daraa, Syria.", "Local media", "---MED"),
        # an adjective of the act is no part of the agent's name: "a deadly police shooting" is the police's
        (
            "A deadly police shooting Nov. 3 in Athens of a student sparked riots across Greece.",
            "police",
            "GRCCOP",
        ),
        ("A botched army raid on a village in Mali killed ten people.", "army", "MLIMIL"),
        ("Youths threw petrol bombs at a police station in Athens.", "police station", "GRCCOP"),
        ("Militants attacked a US military base near Kirkuk.", "military base", "USAMIL"),
        # forces a state or its body sends are its own, wherever they go
        ("The White House said the Pentagon would send more troops to Iraq.", "troops", "USAMIL"),
        ("Russia deployed troops in Syria last year.", "troops", "RUSMIL"),
        # a demonym after "pro-" or "anti-" says whose side an agent takes, not whose it is
        ("Pro-Russian separatists shelled the town on Monday.", "Pro-Russian separatists", "---SEP"),
        ("Fighting between pro-Russian rebels and Ukrainian troops went on.", "pro-Russian rebels", "---REB"),
        ("Russian separatists shelled the town on Monday.", "Russian separatists", "RUSSEP"),
        ("Rebels attacked troops in Syria.", "troops", "SYRMIL"),
        # never the story's country: peacekeepers are another country's, "foreign troops" no one's we know
        ("Peacekeepers patrolled the buffer zone in Cyprus.", "Peacekeepers", "---MIL"),
        ("Foreign troops left Kabul on Monday.", "Foreign troops", "---MIL"),
        # a coalition's or the allies' forces are of several countries; a coalition's lawmakers are national
        ("Coalition forces shelled the town in Syria.", "Coalition forces", "---MIL"),
        ("Western forces left Kabul on Monday.", "Western forces", "---MIL"),
        ("Allied troops entered the city in Libya.", "troops", "---MIL"),
        ("Coalition lawmakers in Britain approved the budget.", "Coalition lawmakers", "GBRLEG"),
        # rebels and the opposition of a story about one country are its own
        (
            "Syrian government forces pushed into Aleppo. Syria's army said the city would fall. "
            "Rebels said they had repelled the assault.",
            "Rebels",
            "SYRREB",
        ),
        ("Syria's army shelled Homs. The opposition accused the army of war crimes.", "opposition", "SYROPP"),
        ("Insurgents attacked a checkpoint, officials said.", "Insurgents", "---REB"),
    ],
)
def test_agent_nouns_of_forces(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("The Indian navy seized a pirate ship in the Gulf of Aden.", "Indian navy", "INDMIL"),
        ("The Pakistani air force bombed militant hideouts in North Waziristan.", "air force", "PAKMIL"),
        ("The Turkish coast guard rescued 40 migrants.", "coast guard", "TURMIL"),
        ("Egypt's air force bombed positions near Derna.", "air force", "EGYMIL"),
        ("Russia's navy fired missiles at targets in Syria.", "navy", "RUSMIL"),
        ("The Indian navy said a navy vessel fired on the pirates.", "navy vessel", "INDMIL"),
        # "the navy" later in the story is the navy named before, not the country named most
        (
            "The Indian navy seized a pirate ship near Yemen. Pirates in Somalia have attacked many ships "
            "off Yemen. The navy said it had fired in self-defense.",
            "navy",
            "INDMIL",
        ),
        # a headline's bare agent word is the one its lede names in full, not the headline's other country
        (
            "Army repels Somali militia raid\n\nThe Kenyan army on Friday repelled a raid by Somali"
            " militiamen near the border town of Mandera.",
            "Army",
            "KENMIL",
        ),
        (
            "Police arrest Mexican cartel boss\n\nColombian police on Friday arrested a Mexican cartel"
            " boss in Medellin, officials said.",
            "Police",
            "COLCOP",
        ),
        (
            "Navy foils Yemeni pirate attack\n\nThe Indian Navy on Monday thwarted an attack by Yemeni"
            " pirates on a tanker off Oman.",
            "Navy",
            "INDMIL",
        ),
        # … under a web address and an "Updated:" line, as pages copied from the web open
        (
            "http: / / www. example. com / news / army - repels - raid / article41. ece\n\nUpdated: May 3,"
            " 2012 10: 15 IST\n\nArmy repels Somali militia raid\n\nThe Kenyan army on Friday repelled a"
            " raid by Somali militiamen near Mandera.",
            "Army",
            "KENMIL",
        ),
    ],
)
def test_navies_air_forces_and_coast_guards_are_their_countrys_military(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Protesters in Cairo clashed with police on Friday.", "Protesters", "EGYCVL"),
        ("Rebels in Idlib shelled government positions.", "Rebels", "SYRREB"),
        ("Rebels in Aleppo shelled the old city.", "Rebels", "SYRREB"),
        ("Militants in the Iraqi city of Mosul executed two men.", "Militants", "IRQREB"),
        ("Opposition groups in Zimbabwe demanded that the president resign.", "Opposition groups", "ZWEOPP"),
        ("Students throughout Indonesia staged protests against the government.", "Students", "IDNEDU"),
        ("Activists across Sudan called for a strike.", "Activists", "SDNACT"),
        # an advocate is a campaigner, no lawyer (Phoenix's JUD): "housing advocates in Ohio" USAACT
        (
            "Housing advocates in Ohio urged the governor to fund more shelters.",
            "Housing advocates",
            "USAACT",
        ),
        ("Patient advocates across Kenya called for a strike.", "Patient advocates", "KENACT"),
        # … or in, of or from a state's own body, not the country the sentence names elsewhere
        ("Security officials in the White House warned Iran on Monday.", "Security officials", "USAGOV"),
        ("Aides in the Kremlin accused Ukraine of lying.", "Aides", "RUSGOV"),
    ],
)
def test_groups_in_a_place_are_of_its_country(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "federal" before an agent noun: the story's country when it is a federation …
        (
            "The agency in Washington cut the budget of federal scientists. Federal scientists protested.",
            "Federal scientists",
            "USAEDU",
        ),
        ("Federal agents arrested two men in Ohio on Monday.", "Federal agents", "USACOP"),
        (
            "Ottawa cut funds for labs in Toronto. Federal researchers protested.",
            "Federal researchers",
            "CANEDU",
        ),
        # … not a state that is none
        (
            "Nairobi cut funds for labs in Mombasa. Federal researchers protested.",
            "Federal researchers",
            "---EDU",
        ),
    ],
)
def test_federal_agents_are_the_federations(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        ("Students throughout Indonesia staged protests against the government.", "government", "IDNGOV"),
        ("Kenya held elections on Monday. The government said turnout was high.", "government", "KENGOV"),
        ("Kenya's opposition accused the government of rigging the vote.", "government", "KENGOV"),
        # a state or capital before "-based" is the government's, though the paragraph names another
        (
            "The president of South Sudan said the Khartoum-based government intends to invade the south.",
            "based government",
            "SDNGOV",
        ),
        # a story of a country's officials and elites is that country's, though it never names it
        (
            "Hillary Clinton criticized Congress for failing to act, and the Senate blocked the bill.",
            "Senate",
            "USALEG",
        ),
        ("Hillary Clinton said Sen. John Hoeven was wrong about the bill.", "John Hoeven", "USALEG"),
        # a ministry named without its country is the story's country's
        ("The Home Office rejected the plan, the UK's housing minister said.", "Home Office", "GBRGOV"),
        # a local story naming no country: the one country of its state bodies, else of its towns
        (
            "An FBI agent told the jury about the raid on Monday.\n\nProsecutors said the man had lied to "
            "investigators.",
            "Prosecutors",
            "USAJUD",
        ),
        (
            "The victim, a nurse of Fort Smith, was found in her car.\n\nProsecutors charged her husband "
            "with murder on Friday.",
            "Prosecutors",
            "USAJUD",
        ),
        # a town only the gazetteer places (in another country) counts once however often it is named:
        # the region and the state body the text names outweigh it
        (
            "Bountiful residents gathered outside the hall on Monday. The RCMP said two men from Bountiful "
            "were held.\n\nIn British Columbia, prosecutors said the men would appear in court in Bountiful.",
            "prosecutors",
            "CANJUD",
        ),
        (
            "The RCMP searched a farm near Bountiful, B.C., on Monday.\n\nBountiful residents said they were "
            "stunned. Bountiful has about 1,000 people.\n\nProsecutors said the men would appear in court.",
            "Prosecutors",
            "CANJUD",
        ),
        # on a tie, a state named only through a small town the gazetteer guesses loses to one named
        # through a known city
        (
            "The witness said he went to West Hill on May 29.\n\nHe had picked up a gun at an apartment "
            "block in Albany.\n\nProsecutors said the boy fired the shot.",
            "Prosecutors",
            "USAJUD",
        ),
        # … and such a town names no country of its own paragraph either
        (
            "He had picked up a gun at an apartment block in Albany.\n\nA witness told the jury he went to "
            "West Hill on May 29.",
            "jury",
            "USAJUD",
        ),
        # where a person comes from, though it names a place, is not the story's country
        (
            "The victim, an immigrant from India, was hit by a van in Queens.\n\nProsecutors said the driver "
            "was drunk.",
            "Prosecutors",
            "USAJUD",
        ),
        (
            "The cyclist, who was born in Mexico, was hit by a truck in Queens.\n\nProsecutors said the "
            "driver fled.",
            "Prosecutors",
            "USAJUD",
        ),
        (
            "The woman was visiting her nephew's bride, who had just arrived from India, when a truck hit "
            "her in Queens.\n\nPolice said the driver was arrested.",
            "Police",
            "USACOP",
        ),
        # a city's police force the dictionaries name (the NYPD) names its country's story, over a
        # town the gazetteer places elsewhere
        (
            "A driver struck a woman in Richmond Hill on Friday, the NYPD said.\n\nPolice said the "
            "driver was drunk.",
            "Police",
            "USACOP",
        ),
        # the paragraph's one country, though the article names another more
        (
            "Russia said on Monday that Russia would not attend. Russia also said the talks had failed."
            "\n\nIn Kyiv, the government said it would go on.",
            "government",
            "UKRGOV",
        ),
        # "both", "these", "those" point back as "the" does: the story's own force
        (
            "Police clashed with protesters in Leeds on Monday.\n\nBoth officers fired at the suspect,"
            " witnesses said.",
            "officers",
            "GBRCOP",
        ),
        (
            "Rebels attacked a convoy near Goma in Congo on Monday.\n\nThese soldiers had been sent to guard"
            " the road.",
            "soldiers",
            "CODMIL",
        ),
    ],
)
def test_the_government_is_of_the_country_the_text_is_about(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "day", "mention", "code"),
    [
        (
            "The Clinton campaign accused Russia of hacking the party's emails.",
            "2016-08-01",
            "campaign",
            "USAELI",
        ),
        ("Trump's campaign denied any contact with Russian officials.", "2016-08-01", "campaign", "USAELI"),
        # a sitting president's campaign is still no act of the state
        ("The Obama campaign attacked Romney over his tax returns.", "2012-08-01", "campaign", "USAELI"),
        ("The Biden campaign accused Trump of lying.", "2020-08-01", "campaign", "USAELI"),
    ],
)
def test_campaigns_are_elites_of_their_candidates_country(
    pipeline: Pipeline, text: str, day: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        ("The bombing campaign continued in Yemen.", "campaign"),
        ("Youths attacked a government building in Athens.", "building"),
        ("He was sentenced to life in prison in Texas.", "prison"),
        # a word of a state's name is no agent of the story's state ("Kingdom" is a GOV noun)
        ("Marie Dubois grew up in Lyon before her parents moved her to the United Kingdom.", "Kingdom"),
        ("The Kingdom of Saudi Arabia hosted the talks in Riyadh on Monday.", "Kingdom"),
        # … nor a capitalised plural after "of/in/from" in running text: a place's name
        ("Dana Ruiz, 41, of Queens, was struck by a van on Friday.", "Queens"),
    ],
)
def test_things_and_unowned_campaigns_are_no_agents(pipeline: Pipeline, text: str, not_an_actor: str) -> None:
    mentioned = {m.text.split()[-1] for a in read(pipeline, text, "2015-06-01").actors for m in a.mentions}
    assert not_an_actor not in mentioned, mentioned


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a state's name before an agent noun, whatever the NER made of it
        (
            "The Mozambique government on Friday accepted the demands of the striking teachers.",
            "Mozambique government",
            "MOZGOV",
        ),
        # an organisation's agents take its code; "foreign" in "foreign ministers" is the title's own word
        (
            "European Community foreign ministers agreed to provide aid to Romania.",
            "foreign ministers",
            "IGOEUREEC",
        ),
        ("The Common Market ministers met in Brussels.", "Common Market", "IGOEUREEC"),
        # an armed group with a country gives its fighters that country (as "Hamas gunmen" PSEUAF);
        # one without a country its own code
        (
            "Nigerian troops freed 200 women held by Boko Haram fighters, the military said.",
            "fighters",
            "NGAUAF",
        ),
        ("ISIL fighters seized the town, officials said.", "fighters", "IMGMOSISI"),
        # the same when the NER reads the group's name as a nationality (the name's own actor is the group)
        ("Israeli troops killed two Hezbollah fighters near the border.", "fighters", "LBNUAF"),
        ("Israeli troops killed two Hezbollah fighters near the border.", "Hezbollah", "LBNREB"),
        ("Coalition jets struck ISIL terrorists near Mosul.", "terrorists", "IMGMOSISI"),
        # a state's possessive before a state_body word no title lists: that state's government body
        ("Japan's weather agency warned fishermen to stay in port.", "weather agency", "JPNGOV"),
        ("Kenya's revenue service raided the offices of the newspaper.", "revenue service", "KENGOV"),
        ("Peru's mining bureau suspended the permits of two firms.", "mining bureau", "PERGOV"),
        # … or its demonym ("customs" being no title's head word), but not after "a" (a poll, a firm)
        ("The Thai flood agency said six bridges had collapsed.", "flood agency", "THAGOV"),
        ("Japanese customs seized a shipment of guns from a Russian freighter.", "customs", "JPNGOV"),
        ("Brazil's customs held the cargo for a week.", "customs", "BRAGOV"),
        ("A Japanese survey found that most voters oppose the plan.", "Japanese", "JPN"),
        # a demonym before a firm named by its trade: that country's business
        ("Indian ISPs blocked the website on Tuesday.", "Indian ISPs", "INDBUS"),
        ("German insurers refused to cover the new pipeline.", "German insurers", "DEUBUS"),
        ("Chinese suppliers halted shipments to the plant.", "Chinese suppliers", "CHNBUS"),
        # … or named by its premises: a bank, shop or factory, not the state (a central bank is the state's)
        ("Rioters set fire to a Portuguese bank in Maputo overnight.", "Portuguese bank", "PRTBUS"),
        ("Masked men robbed a branch of a Belgian bank in Kinshasa.", "Belgian bank", "BELBUS"),
        ("A mob looted Chinese shops in the market town on Friday.", "Chinese shops", "CHNBUS"),
        ("Strikers shut a Japanese factory outside Hanoi.", "Japanese factory", "JPNBUS"),
        ("Traders sold bonds after the Turkish central bank cut rates.", "Turkish", "TUR"),
    ],
)
def test_owners_named_before_agents(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a portfolio in capitalised English words is the state's office, in the story's country …
        (
            "Planning and Investment Minister Tran Xuan Gia said Vietnam is committed to reform.",
            "Tran Xuan Gia",
            "VNMGOV",
        ),
        ("Water Resources Minister Ana Lima said Brazil would build the dam.", "Ana Lima", "BRAGOV"),
        # … a team's name before a title is not
        ("Knicks president Phil Jackson said the team would rebuild in New York.", "Phil Jackson", None),
    ],
)
def test_portfolios_of_ministers(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)
