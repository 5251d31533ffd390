"""Who is who on real news (issue 11, part 1), session 5's categories: bodies an IGO shares with states,
outlets in datelines, portfolio titles written "Secretary of the X", and more. Sentences written for
strife, one table per category."""

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
        # "the Security Council" no state owns in the text is the UN's …
        (
            "The Security Council voted to extend the mission in Haiti by a year.",
            "Security Council",
            "IGOUNO",
        ),
        ("Brazil welcomed the Security Council's decision on Haiti.", "Security Council", "IGOUNO"),
        ("Britain drafted a Security Council resolution on Yemen.", "Security Council", "IGOUNO"),
        (
            "Lebanon asked the Security Council to condemn the strikes, Lebanese officials said.",
            "Security Council",
            "IGOUNO",
        ),
        # … a state's own when the text says whose it is
        ("Russia's Security Council met in Moscow on Friday.", "Security Council", "RUSGOV"),
        ("The Russian Security Council discussed the sanctions.", "Russian Security Council", "RUSGOV"),
        (
            "Security Council Secretary Nikolai Patrushev said Russia would respond.",
            "Nikolai Patrushev",
            "RUSGOV",
        ),
    ],
)
def test_bodies_an_igo_shares_with_states(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an outlet in a dateline is the outlet, not the dateline's country
        ("MOSCOW (Reuters) - Russia accused Ukraine on Monday of shelling a school.", "Reuters", "GBRMED"),
        ("MOSCOW (Reuters) - Russia accused Ukraine on Monday of shelling a school.", "Russia", "RUS"),
        ("KYIV (AP) - Ukraine said on Monday it had shot down six drones.", "AP", "USAMED"),
        # a name's acronym in brackets is still the same actor
        (
            "The Economic Community of West African States (ECOWAS) suspended Mali on Sunday.",
            "ECOWAS",
            "IGOWAFBUSWAS",
        ),
        ("The Liberian Peace Council (LPC) accused the rebels of the attack.", "LPC", "LBR"),
    ],
)
def test_outlets_in_datelines_and_acronyms(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # "Secretary of the X Name": the title's words end before the name; the person holds the office
        (
            "Secretary of the Interior Dirk Kempthorne closed two parks in Idaho on Monday.",
            "Dirk Kempthorne",
            "USAGOV",
            "2007-06-01",
        ),
        (
            "Secretary of the Navy Ray Mabus visited sailors in Norfolk, Virginia.",
            "Ray Mabus",
            "USAGOV",
            "2012-06-01",
        ),
        (
            "Minister of the Interior Gerald Darmanin banned the march in Paris.",
            "Gerald Darmanin",
            "FRAGOV",
            "2021-06-01",
        ),
    ],
)
def test_secretary_of_the_portfolio_before_a_name(
    pipeline: Pipeline, text: str, mention: str, code: str, day: str
) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # a surname alone is a known person only once the person is one of the day's public people …
        ("Vance told the town hall the mills would never come back.", "Vance", None, "2016-05-01"),
        ("Vance told the town hall the mills would never come back.", "Vance", "USALEG", "2024-05-01"),
        # … or when the article names the person in full
        (
            "J.D. Vance spoke in Ohio. Vance said the mills would not come back.",
            "Vance",
            "USAELI",
            "2016-05-01",
        ),
        # former office-holders and candidates keep being known by their surname
        ("Obama told students in Chicago to vote.", "Obama", "USAELI", "2018-05-01"),
        ("Clinton attacked Trump over his tax returns.", "Clinton", "USAELI", "2016-05-01"),
        ("Netanyahu warned Haniyeh against further rocket fire.", "Haniyeh", "PSEREB", "2012-11-20"),
        # a title the person held only before the day: an elite on the day, whatever the title says
        ("President Bill Clinton campaigned for his wife in Ohio.", "Bill Clinton", "USAELI", "2016-05-01"),
        ("Former President Bill Clinton spoke in Ohio.", "Bill Clinton", "USAELI", "2016-05-01"),
        ("President Bill Clinton met Yeltsin in Moscow.", "Bill Clinton", "USAGOV", "1995-05-01"),
        (
            "Secretary of State Hillary Clinton met Lavrov in Geneva.",
            "Hillary Clinton",
            "USAGOV",
            "2010-05-01",
        ),
    ],
)
def test_people_as_they_were_on_the_day(
    pipeline: Pipeline, text: str, mention: str, code: str | None, day: str
) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an unnamed office-holder of the state a possessive names is an actor as an object too
        (
            "Kerry phoned Thailand's foreign minister about the boats.",
            "Thailand's foreign minister",
            "THAGOV",
        ),
        ("Protesters booed Kenya's interior minister in Nairobi.", "Kenya's interior minister", "KENGOV"),
        ("The envoy wrote to Iraq's defence minister on Monday.", "Iraq's defence minister", "IRQGOV"),
        # … and so is one of the state named after "of", with or without capitals
        (
            "Kerry phoned the foreign minister of Thailand about the boats.",
            "foreign minister of Thailand",
            "THAGOV",
        ),
        ("The Emir of Qatar flew to Cairo on Sunday.", "Emir of Qatar", "QATGOV"),
        (
            "Berlin criticised the Prime Minister of India over the tariffs.",
            "Prime Minister of India",
            "INDGOV",
        ),
        ("Protesters booed the president of Kenya in Nairobi.", "president of Kenya", "KENGOV"),
        # … not an officer "of" a body no state is
        ("The president of the club thanked the fans in Kenya.", "president", None),
        # a member of a force named with "a" is of the country the story is about
        ("A policeman shot a teenager in Athens on Saturday.", "policeman", "GRCCOP"),
        ("A policeman was charged with manslaughter in Athens.", "policeman", "GRCCOP"),
        # a titled person named with where they come from is of that place's country
        ("Guards detained a journalist from Toronto at the airport.", "journalist", "CANMED"),
        ("Militants kidnapped an engineer from Turkey near the dam.", "engineer", "TURCVL"),
        # a state's office-holder no dictionary knows, in a text whose coded actors are all of one state,
        # is of that state
        ("Prime Minister Ntaba accused Malawian rebels of attacking civilians.", "Ntaba", "MWIGOV"),
        ("Foreign Minister Abeyratne criticized the Tamil Tigers for the attack.", "Abeyratne", "LKAGOV"),
        # a judge or a prosecutor no one named is an agent of its own, coded as the plural is
        ("Police in Ohio arrested the driver, and a judge set his bail at $50,000.", "judge", "USAJUD"),
        ("A prosecutor in Kenya charged the two clerks with fraud on Monday.", "prosecutor", "KENJUD"),
        ("A magistrate in Nairobi remanded the two clerks in custody.", "magistrate", "KENJUD"),
        # a demonym's group takes the longest title its nouns make: rescuers are no union, fire officers
        # no police
        (
            "A quake hit Chile on Monday. Chilean aid workers handed out tents.",
            "Chilean aid workers",
            "CHLNGO",
        ),
        (
            "A quake hit Chile on Monday. Chilean health workers treated survivors.",
            "Chilean health workers",
            "CHLHLH",
        ),
        (
            "A quake hit Chile on Monday. Chilean workers went on strike over pay.",
            "Chilean workers",
            "CHLLAB",
        ),
        ("A quake hit Chile on Monday. Chilean rescue workers dug through the rubble.", "Chilean", "CHL"),
        # an agent of a region of several states is of no one country, not the story's
        (
            "Russia sent troops to Kazakhstan. The governments of Central Asia condemned the move.",
            "governments",
            "---GOV",
        ),
        ("Europe's leaders urged Kenya to hold new elections.", "leaders", "---GOV"),
        (
            "Thailand detained 300 migrants. Kenya asked the governments of South East Asia to help them.",
            "governments",
            "---GOV",
        ),
        # a ship's hands are a navy's only on a navy's ship (strife.nlp.seafarers)
        ("Pirates kidnapped six Ukrainian seamen off Nigeria.", "Ukrainian seamen", "UKRCVL"),
        (
            "Gunmen boarded a Greek tanker and took its Filipino sailors hostage.",
            "Filipino sailors",
            "PHLCVL",
        ),
        ("Somali pirates kidnapped two Indian navy seamen.", "Indian navy seamen", "INDMIL"),
        ("Iran detained ten American sailors on Tuesday.", "American sailors", "USAMIL"),
        # … and sailors on a craft coded as a firm's are its hands, of its country, not the story's navy's
        (
            "The Kenyan navy chased pirates who had attacked a Liberian cargo ship, the Orla Star. "
            "The sailors on the Orla Star had fired flares at the pirates.",
            "sailors",
            "LBRCVL",
        ),
        (
            "The Kenyan navy chased pirates near Lamu. The sailors on the frigate fired at the skiff.",
            "sailors",
            "KENMIL",
        ),
        # plain "officers" in a sentence of ordinary crime are police, even with no police named
        ("The new software helps officers in Leeds track gang members.", "officers", "GBRCOP"),
        ("Officers in Ohio are still looking for the burglar.", "Officers", "USACOP"),
        ("An inmate in Ohio overpowered two officers and escaped from a prison van.", "officers", "USACOP"),
        ("Officers in Mali clashed with rebels near Gao.", "Officers", "MLIMIL"),
        # … and so is a plain officer who speaks: a soldier outside a story of police
        (
            "The Kenyan navy chased a skiff off Lamu on Monday. “The gunmen fled,” a senior officer added.",
            "senior officer",
            "KENMIL",
        ),
        (
            "The Malian army shelled rebel camps. “We hit them hard,” an officer said on Monday.",
            "officer",
            "MLIMIL",
        ),
        # … where the story names a warship or commandos, and arrests by them make it no police story
        (
            "A Kenyan warship intercepted a skiff off Lamu. “We found two rifles,” a senior officer said.",
            "senior officer",
            "KENMIL",
        ),
        (
            "Commandos from an Indian frigate boarded the dhow and arrested nine pirates, an officer said.",
            "officer",
            "INDMIL",
        ),
        (
            "Police in Nairobi arrested two men on Monday. “They were armed,” a senior officer added.",
            "senior officer",
            "KENCOP",
        ),
        (
            "A fire hit a store in Leeds, British police said. Chief fire officer Ann Dale spoke.",
            "Ann Dale",
            "GBRGOV",
        ),
        # a medical or health officer is a health official, no police officer
        ("Ann Dale, Britain's chief medical officer, warned of a flu wave.", "Ann Dale", "GBRHLH"),
        ("Mary Otieno, Kenya's chief health officer, urged parents to vaccinate.", "Mary Otieno", "KENHLH"),
        # a soldier's rank with no army: the army its sentence names, over the places the story names
        (
            "Pfc. Dale Horner died of wounds in Kandahar province, the U.S. Army said.",
            "Dale Horner",
            "USAMIL",
        ),
        (
            "Sgt. Tom Pike was killed by a blast in Helmand, in southern Afghanistan, the British Army said.",
            "Tom Pike",
            "GBRMIL",
        ),
    ],
)
def test_unnamed_officials_and_force_members(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "not_an_actor"),
    [
        # a title alone ("the minister", "the president") stays coreference's
        ("The minister said the talks in Nairobi would go on.", "minister"),
        ("Rebels shelled the town, and the president condemned the attack in Kabul.", "president"),
        # a gunman stays coreference's (a she or he after it may be someone else)
        ("The gunman fled before officers arrived at the bank in Ohio, witnesses said.", "gunman"),
        # a judge the article names before is the one "the judge" points back to
        ("Judge Ann Lee heard the case in Ohio on Monday, and the judge set bail at $5,000.", "judge"),
    ],
)
def test_bare_titles_are_left_to_coreference(pipeline: Pipeline, text: str, not_an_actor: str) -> None:
    coded = codes_by_mention(read(pipeline, text))
    assert coded.get(not_an_actor) is None, coded


@pytest.mark.parametrize(
    ("text", "title", "code"),
    [
        # an unnamed judge or prosecutor met again in a later paragraph is the same person
        (
            "A judge in Kenya sentenced the two smugglers on Monday.\n\n"
            "The judge said the smugglers had hidden ivory in crates bound for Vietnam and Laos.",
            "judge",
            "KENJUD",
        ),
        (
            "A prosecutor in Peru charged the mayor with fraud.\n\n"
            "The prosecutor said bank records from Chile and Bolivia showed the payments.",
            "prosecutor",
            "PERJUD",
        ),
    ],
)
def test_an_unnamed_title_met_again_is_one_person(
    pipeline: Pipeline, text: str, title: str, code: str
) -> None:
    people = [a for a in read(pipeline, text).actors if a.type == "person" and a.title == title]
    assert [a.code for a in people] == [code], [(a.name, a.code) for a in people]


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # a country's own branch of a known body takes the body's sector
        ("The British Red Cross opened a shelter in Leeds.", "British Red Cross", "GBRNGO", "2015-06-01"),
        ("The American Red Cross sent volunteers to Houston.", "American Red Cross", "USANGO", "2017-09-01"),
        # a shadow minister is the opposition's, and names the story's country as officials do
        (
            "Labour's Shadow Home Secretary Yvette Cooper criticised the Home Office in London.",
            "Yvette Cooper",
            "GBROPP",
            "2016-06-01",
        ),
        (
            "Labour's Shadow Home Secretary Yvette Cooper criticised the Home Office.",
            "Home Office",
            "GBRGOV",
            "2016-06-01",
        ),
        ("Home Secretary Theresa May defended the plan in London.", "Theresa May", "GBRGOV", "2015-06-01"),
    ],
)
def test_branches_and_shadow_offices(
    pipeline: Pipeline, text: str, mention: str, code: str, day: str
) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # the states of South Sudan are South Sudan's from its independence
        (
            "Unity State officials accused Khartoum of the raid.",
            "Unity State officials",
            "SSDGOV",
            "2012-04-01",
        ),
        ("Jonglei police arrested ten cattle raiders.", "Jonglei police", "SSDCOP", "2013-04-01"),
        ("South Kordofan police arrested ten traders.", "South Kordofan police", "SDNCOP", "2013-04-01"),
        # a governor of one of them, on the day
        (
            "Taban Deng, the governor of Unity state, accused Sudan of the bombing.",
            "Taban Deng",
            "SSDGOV",
            "2011-11-11",
        ),
    ],
)
def test_south_sudan_on_the_day(pipeline: Pipeline, text: str, mention: str, code: str, day: str) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a force of other countries named by where it serves stands for that place, with no sector
        (
            "Senegal pledged 500 troops to an international peacekeeping force in Mali.",
            "international peacekeeping force",
            "MLI",
        ),
        ("Chad sent troops to a peacekeeping force in Mali.", "peacekeeping force", "MLI"),
        # an IGO's own forces are the IGO's
        ("The United Nations said its peacekeepers would stay in Haiti.", "peacekeepers", "IGOUNO"),
        # peacekeepers of no country and no place stay unknown
        ("Peacekeepers patrolled the buffer zone.", "Peacekeepers", "---MIL"),
    ],
)
def test_peacekeeping_forces(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code, "2013-01-10")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a past office's title in a sentence of no earlier year: the person as on the day
        ("President Clinton signed the welfare law his wife now defends.", "USAELI"),
        # a sentence that names an earlier year keeps the title's office (events recode on their day)
        ("President Clinton signed the welfare law in 1996.", "USAGOV"),
    ],
)
def test_past_titles_and_earlier_years(pipeline: Pipeline, text: str, code: str) -> None:
    check(pipeline, text, "Clinton", code, "2016-05-01")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # demonyms of two words, whole where the NER cut them
        (
            "Guards in Guinea beat scores of Sierra Leonean and Liberian refugees, a rights group said.",
            "Sierra Leonean",
            "SLE",
        ),
        ("Costa Rican officials met Sierra Leonean diplomats.", "Sierra Leonean diplomats", "SLEGOV"),
        (
            "The Sri Lankan army has been holding civilians in the battle zone, the rebels said.",
            "Sri Lankan army",
            "LKAMIL",
        ),
        ("South African police arrested twelve miners.", "South African police", "ZAFCOP"),
    ],
)
def test_demonyms_of_two_words(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # armed groups known by their acronyms alone
        ("UNITA refused to let the planes land at Huambo.", "UNITA", "AGOREB"),
        ("The NPFL took the port of Greenville, the council said.", "NPFL", "LBRREB"),
        ("RUF fighters attacked a village near Freetown.", "RUF", "SLEREB"),
        ("The Liberation Tigers said the army had shelled Jaffna.", "Liberation Tigers", "LKAREB"),
    ],
)
def test_armed_groups_by_acronym(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code, "1995-06-01")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a title set off by commas before a name, where the parser took the title for the clause's head
        (
            "Speaking to reporters in Kuala Lumpur, Malaysia's Prime Minister, Najib Razak said, "
            "“We will help.”",
            "Najib Razak",
            "MYSGOV",
        ),
        # a title that is no clause of its own does not title the name after the comma
        ("Sanctions against the minister, Smith said, would fail.", "Smith", None),
        # a firm's executive or senior vice president holds no state's office
        (
            "Paul Okafor, executive vice president of Nexacore, urged the board to back the merger in Taipei",
            "Paul Okafor",
            None,
        ),
        ("Lisa Moreno, senior vice president of the bank, said profits fell in Mexico.", "Lisa Moreno", None),
    ],
)
def test_titles_set_off_by_commas(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # common nouns before "of" hold no office: the title after them is the name's
        (
            "Her visit drew notice from critics of U.S. President Barack Obama's policy on Cuba.",
            "Barack Obama",
            "USAGOV",
        ),
        (
            "The remarks angered opponents of Kenyan Foreign Minister Amina Mohamed.",
            "Amina Mohamed",
            "KENGOV",
        ),
        # … and so is a judge's title after "of"/"for", where its court's words alone name a body
        (
            "Kenyan police said the gunman went to the chambers of High Court Judge Ruth Wanjiku in Nairobi.",
            "Ruth Wanjiku",
            "KENJUD",
        ),
        (
            "Lawyers for High Court Judge Ruth Wanjiku said in Nairobi that the ruling stood.",
            "Ruth Wanjiku",
            "KENJUD",
        ),
        # an acronym two countries' bodies share names the article's country's body before a title
        (
            "A truck overturned on the freeway near Sacramento, California, on Monday. CHP Officer Dan Meyer"
            " said no one was hurt.",
            "Dan Meyer",
            "USACOP",
        ),
        (
            "Riot police fired tear gas in Istanbul on Monday. CHP deputy leader Ayla Demir condemned the"
            " raid.",
            "Ayla Demir",
            "TURPTY",
        ),
        # an office "to" a state belongs to the state before it; the one after only receives it
        (
            "Pakistan's Ambassador to the United States Jalil Jilani said the talks would resume.",
            "Jalil Jilani",
            "PAKGOV",
        ),
        ("The Kenyan envoy to Somalia Ahmed Musa said troops would stay.", "Ahmed Musa", "KENGOV"),
        # … also in an apposition: the envoy's title is the state's office, the host names no sector
        (
            "Dana Levin, Israel's ambassador to the UN, said the proposal deserved a hearing.",
            "Dana Levin",
            "ISRGOV",
        ),
        ("Ruth Abara, the Nigerian envoy to Ghana, said the border would reopen.", "Ruth Abara", "NGAGOV"),
        ("Chile's ambassador to the EU, Marta Ossa, signed the accord.", "Marta Ossa", "CHLGOV"),
    ],
)
def test_whose_office_a_title_names(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # words describing the group named right after them are a mention of that group
        ("The rebel group M23 seized the town of Goma.", "rebel group", "CODREB"),
        ("Israel barred candidates of the militant group Hamas from the ballot.", "militant group", "PSEREB"),
        # a descriptor alone stays an agent of no known country
        ("The militant group said it had fired the rockets.", "militant group", "---REB"),
        # … and after a named armed group, a definite descriptor points back to it
        (
            "Hamas fired rockets on Monday. The Islamist group said it would go on.",
            "Islamist group",
            "PSEREB",
        ),
        (
            "Boko Haram raided a village. Police said the militant group took ten girls.",
            "militant group",
            "NGAREB",
        ),
        (
            "Hezbollah shelled a post. The Lebanese movement said it had acted alone.",
            "The Lebanese movement",
            "LBNREB",
        ),
        # … not one of another country, nor after a group that bears no arms
        ("Hezbollah shelled a post. The Syrian group said it had acted alone.", "Syrian", "SYR"),
        ("Amnesty International wrote a report. The militant group denied it.", "militant group", "---REB"),
    ],
)
def test_descriptors_of_named_groups(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a group named by its ethnicity or faith takes the country the text gives it …
        ("Kurdish fighters seized the village, officials in Syria said.", "Kurdish fighters", "SYRUAF"),
        ("Hutu militiamen burned two schools near Goma, Congolese police said.", "Hutu militiamen", "CODREB"),
        (
            "Amhara militiamen attacked a police post, the Ethiopian government said.",
            "Amhara militiamen",
            "ETHREB",
        ),
        (
            "Pakistani troops clashed with Baluch separatists in the mountains.",
            "Baluch separatists",
            "PAKSEP",
        ),
        (
            "Kenyan officials met Somali elders and Borana herders; Kikuyu students marched.",
            "Kikuyu students",
            "KENEDU",
        ),
        (
            "The Iraqi Interior Ministry said Shiite militiamen had stormed the office.",
            "Shiite militiamen",
            "IRQREB",
        ),
        # … and none where the text names no country
        ("Tamil protesters marched through the square.", "Tamil protesters", "---CVL"),
        # a state's demonym is the state's, as before
        ("Albanian police arrested two men in Tirana.", "Albanian police", "ALBCOP"),
    ],
)
def test_ethnic_and_religious_groups_take_the_text_s_country(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a well-known state's or IGO's name one letter off is that name …
        ("Diplomats said the Untied Nations had condemned the shelling.", "Untied Nations", "IGOUNO"),
        ("Venezuala recalled its ambassador from Bogota.", "Venezuala", "VEN"),
        ("Afganistan said the raid killed four guards.", "Afganistan", "AFG"),
        ("The Europen Union extended its sanctions for a year.", "Europen Union", "IGOEUREEC"),
        ("The Phillippines army shelled the rebel camp.", "Phillippines army", "PHLMIL"),
        # … a name spelled right stays itself, and short or first names are left alone
        ("Niger closed its border with Nigeria.", "Niger", "NER"),
        ("Karin said the talks would go on.", "Karin", None),
        # a letter added at a name's end makes a word of its own, a surname here
        ("Prosecutors said Baghdadi had never met the accused.", "Baghdadi", None),
        ("Lawyers for Tehrani said he would appeal.", "Tehrani", None),
    ],
)
def test_misspelled_well_known_names(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a capital that speaks, decides or is dealt with stands for its government …
        ("Ottawa rejected the trade proposal on Tuesday.", "Ottawa", "CANGOV"),
        ("Canberra and Wellington welcomed the new fishing accord.", "Wellington", "NZLGOV"),
        ("The envoy warned Tehran against enriching more uranium.", "Tehran", "IRNGOV"),
        (
            "Bogota accepted the offer, but the envoy told Caracas that the talks were over.",
            "Caracas",
            "VENGOV",
        ),
        ("Lima's proposal was dropped after a week.", "Lima", "PERGOV"),
        # … one that fires or is a dateline or a place stays its state, or no actor
        ("Pyongyang launched two missiles into the sea on Sunday.", "Pyongyang", "PRK"),
        ("Rebels shelled Kabul overnight, killing four.", "Kabul", "AFG"),
        ("HANOI (AP) - Vietnam said on Monday it would protest to China.", "HANOI", "VNM"),
    ],
)
def test_capitals_as_governments(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capital's name after "<town>," is the state the town is in: a place, no government
        ("A museum in Tacoma, Washington was proposed as the new home of the shuttle.", "Washington"),
        ("The timber company is based in Spokane, Washington.", "Washington"),
        ("Flooding closed schools in Lagos, Nigeria on Monday.", "Nigeria"),
        # … also after a town named like another country's capital, with the comma closing it
        ("The mayor of Athens, Georgia, praised the volunteers.", "Georgia"),
        ("Police in Athens, Georgia, arrested two men after the robbery.", "Georgia"),
        # a capital's name before a noun of a town's parts is a town of that name, no state
        ("Fire crews were called to a bakery in Wellington town centre on Sunday.", "Wellington"),
        ("The driver was stopped as he entered Vienna township, the sheriff said.", "Vienna"),
        ("Shops on Wellington's high street stayed shut after the blaze.", "Wellington"),
        ("Armed robbers snatched jewels from a boutique on a posh Nairobi avenue.", "Nairobi"),
        ("Gunmen attacked a bank on a Nairobi boulevard.", "Nairobi"),
        ("Protesters gathered in a Nairobi square on Friday.", "Nairobi"),
        # a capital's name before a shop, bank or hotel only places it: the premises are robbed, no state
        ("Thieves took watches worth millions from a Paris boutique.", "Paris"),
        ("Gunmen stormed a Kabul hotel overnight, police said.", "Kabul"),
        ("Two men robbed a London bank on Monday.", "London"),
        # … nor does one owning a part of its town or its premises: the town, no government
        ("Tear gas soon made Athens' atmosphere unbearably acrid, witnesses said.", "Athens"),
        ("Smog covered Beijing's skyline for a week.", "Beijing"),
        ("Police sealed off Moscow's city centre after the blast.", "Moscow"),
        ("Gunmen attacked Kabul's airport on Sunday.", "Kabul"),
        ("Rioters torched several of Nairobi's supermarkets overnight.", "Nairobi"),
        # a capital named again after a place noun ("in the capital, X,") is where, no government
        ("The only independent candidate in the capital, Nairobi, backs the president.", "Nairobi"),
        ("Heavy rain flooded homes in the capital, Lima, on Sunday.", "Lima"),
        ("Rebels advanced to within 20 km of the capital, Bangui, on Friday.", "Bangui"),
        # a town named like a known person, placed at once in its state or country, is a place
        ("A woman from Warren, Michigan, was charged with fraud on Monday.", "Warren"),
        ("A plant near Bolton, England, was closed after the leak.", "Bolton"),
        ("The driver, who lives in Clinton, Iowa, was not hurt.", "Clinton"),
    ],
)
def test_the_state_after_a_town_is_a_place(pipeline: Pipeline, text: str, name: str) -> None:
    coded = codes_by_mention(read(pipeline, text, "2011-04-13"))
    assert name not in coded, coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # … but a capital in a list of capitals, or speaking, is still its government
        ("Beijing, Washington said, must act on the currency.", "Washington", "USAGOV"),
        ("Ottawa, Washington and Mexico City signed the trade accord.", "Washington", "USAGOV"),
    ],
)
def test_capitals_listed_or_speaking_stay_governments(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code, "2011-04-13")


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # a city whose state changed is the state's of the article's day …
        ("Militiamen in Juba looted the market.", "Militiamen", "SDNREB", "2004-02-10"),
        ("Militiamen in Juba looted the market.", "Militiamen", "SSDREB", "2016-02-10"),
        ("Jonglei police arrested six cattle raiders.", "Jonglei police", "SDNCOP", "2008-04-01"),
        ("Bratislava rejected the federal budget.", "Bratislava", "CSKGOV", "1991-05-01"),
        ("Bratislava rejected the EU budget.", "Bratislava", "SVKGOV", "2009-05-01"),
        ("Kiev said it would keep the fleet in port.", "Kiev", "SUNGOV", "1990-03-01"),
        # … also as where the story is: an agent of no country named takes that day's state
        (
            "Government troops bombed a market in Juba, killing six.",
            "Government troops",
            "SDNMIL",
            "2005-06-01",
        ),
        (
            "Government troops bombed a market in Juba, killing six.",
            "Government troops",
            "SSDMIL",
            "2015-06-01",
        ),
        # … and a place whose state never changed is as before
        ("Nairobi rejected the report on Tuesday.", "Nairobi", "KENGOV", "1990-03-01"),
    ],
)
def test_places_on_the_article_s_day(
    pipeline: Pipeline, text: str, mention: str, code: str, day: str
) -> None:
    check(pipeline, text, mention, code, day)


def test_a_place_of_changed_state_without_a_date_is_the_named_state_s(pipeline: Pipeline) -> None:
    undated = pipeline.extract("Sudanese rebels shelled the southern town of Juba, killing six.")
    assert {m.text: a.code for a in undated.actors for m in a.mentions}.get("Juba") == "SDN"
    later = pipeline.extract("South Sudanese rebels shelled the capital Juba, killing six.")
    assert {m.text: a.code for a in later.actors for m in a.mentions}.get("Juba") == "SSD"


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a demonym after "ethnic" is a people of the country the text puts them in …
        (
            "Soldiers shot two ethnic Armenians near the border of Georgia, Georgian police said.",
            "ethnic Armenians",
            "GEOCVL",
        ),
        ("Ethnic Hungarians in Romania voted for their own party.", "Ethnic Hungarians", "ROUCVL"),
        ("Kazakh police questioned ethnic Russians after the clash.", "ethnic Russians", "KAZCVL"),
        # … and the demonym's state where the text names no other country
        ("Thousands of ethnic Greeks celebrated the anniversary.", "Greeks", "GRC"),
    ],
)
def test_ethnic_peoples_named_by_a_demonym(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an organisation no dictionary knows, named as an association, society or foundation, is an NGO …
        (
            "Members of the Association of Coastal Fishermen blocked the harbour.",
            "Association of Coastal Fishermen",
            "NGO",
        ),
        ("The Kenyan Wildlife Society condemned the poaching.", "Kenyan Wildlife Society", "KENNGO"),
        # … other unknown organisations stay uncoded, also a firm or a work named for a nation (a street so
        # named is no actor at all: test_streets_are_no_actors)
        ("Northwind Logistics said the strike had delayed deliveries.", "Northwind Logistics", None),
        ("American Express said its quarterly profit rose by a tenth.", "American Express", None),
        # a sheriff's department or office is the police, not the government ("department")
        ("Deputies from the sheriff's department searched the farm in Iowa.", "department", "USACOP"),
        ("The Harris County Sheriff's Office named the suspect on Tuesday in Texas.", "Office", "USACOP"),
        # … and a state's highway patrol is its police
        (
            "The Nevada Highway Patrol closed the interstate after the crash.",
            "Nevada Highway Patrol",
            "USACOP",
        ),
        # a police vehicle under attack stands for the police in it
        ("Students set fire to a police van in Athens.", "police van", "GRCCOP"),
        ("Youths threw bottles at the patrol car, Kenyan police said.", "patrol car", "KENCOP"),
        ("Rioters in Ohio smashed the windows of two squad cars.", "squad cars", "USACOP"),
    ],
)
def test_civil_bodies_no_dictionary_knows(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # a leader only Phoenix knows, named without a title or country, is vouched for by another
        # person of the dictionaries in office that day, named in full in the article …
        (
            "Kim Jong Il received a letter from Lee Myung-bak on Monday.",
            "Kim Jong Il",
            "PRKGOV",
            "2009-05-04",
        ),
        (
            "Yang Jiechi told John Kerry that the islands were not negotiable.",
            "Yang Jiechi",
            "CHNGOV",
            "2014-02-14",
        ),
        (
            "Wolfgang Schaeuble dismissed the proposals of Yanis Varoufakis.",
            "Wolfgang Schaeuble",
            "DEUGOV",
            "2015-03-02",
        ),
        # … not by a person out of office that day, nor by a bare surname
        (
            "Christopher Hackett, a baker, shook hands with Jimmy Carter at the fair.",
            "Christopher Hackett",
            None,
            "2012-06-01",
        ),
        (
            "Christopher Hackett, a baker, shook hands with Obama at the fair.",
            "Christopher Hackett",
            None,
            "2012-06-01",
        ),
    ],
)
def test_officials_of_the_day_vouch_for_each_other(
    pipeline: Pipeline, text: str, mention: str, code: str | None, day: str
) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # office-holders Phoenix lacks, dates wrong, or knows without a surname alone
        ("Morsi pardoned the jailed protesters on Sunday.", "Morsi", "EGYGOV", "2012-07-20"),
        ("Tsipras called a snap election for September.", "Tsipras", "GRCGOV", "2015-08-21"),
        ("Tsipras attacked the government's budget in parliament.", "Tsipras", "GRCOPP", "2021-11-10"),
        ("Varadkar said the backstop could not be dropped.", "Varadkar", "IRLGOV", "2019-02-05"),
        ("Romney promised to repeal the health law if elected.", "Romney", "USAELI", "2012-08-30"),
        ("Romney voted to convict the president.", "Romney", "USALEG", "2020-02-05"),
    ],
)
def test_office_holders_phoenix_lacks(
    pipeline: Pipeline, text: str, mention: str, code: str | None, day: str
) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a title or agent word whose "of" owner is a group no state is: the group's office, no code
        ("The leader of a breakaway sect in northern Kenya was charged on Monday.", "leader", None),
        ("Police detained two leaders of the religious commune near Nairobi.", "two leaders", None),
        ("Officials of the church in Kenya declined to comment.", "Officials", None),
        ("Three leaders in the sect near Mombasa were charged.", "Three leaders", None),
        ("Ali Noor, a spokesman for the church in Nairobi, declined to comment.", "Ali Noor", None),
        ("Omar Hale, a spokesman for the company, said the plant in Ohio would close.", "Omar Hale", None),
        (
            "Omar Hale, a spokesman for the ministry in Cairo, said Egypt would respond.",
            "Omar Hale",
            "EGYGOV",
        ),
        # … and so is one whose group is named before it: none, or the group's sector
        ("Church leaders in Kenya called for calm after the attack.", "Church leaders", None),
        ("Police arrested gang leaders in Mexico City.", "gang leaders", "MEXCRM"),
        ("Community leaders in Nairobi condemned the killings.", "Community leaders", "KENCVL"),
        # … or by a noun of a private sector right before it: the sector's, no state's office
        ("Business officials in Ohio said the new tax would cost jobs.", "Business officials", "USABUS"),
        ("Hospital officials in Gaza said the wards were full.", "Hospital officials", "PSEHLH"),
        ("Bank officials in Athens said the branch would stay shut.", "Bank officials", None),
        ("Airline officials in Cairo said all flights were cancelled.", "Airline officials", "EGYBUS"),
        # … but not an agent word of another sector, nor a body a word marks a state's
        ("Bank workers in Athens marched against the cuts.", "Bank workers", "GRCLAB"),
        ("Central bank officials in Athens said rates would hold.", "Central bank officials", "GRCGOV"),
        # … or by an adjective that names such a group
        ("Police arrested the polygamous leaders in Texas on Monday.", "polygamous leaders", None),
        ("Two polygamist leaders in Idaho were charged with fraud.", "Two polygamist leaders", None),
        # … while a state's, or a group a title word marks, keeps its owner's code
        ("Leaders of the ruling party in Kenya met on Monday.", "Leaders", "KENGOV"),
        ("The leader of the rebel group in Kenya was killed.", "rebel group", "KENREB"),
        # a title a private body owns by a possessive, or an employer "at" a name no file knows
        (
            "Maria Lopez, the Texas medical society's president, said the clinic in Houston would reopen.",
            "Maria Lopez",
            None,
        ),
        (
            "Tom Baker, the Ohio company's chairman, said sales fell across the United States.",
            "Tom Baker",
            None,
        ),
        (
            "Dana Reyes, vice president of programs at Harbor Relief, said the camp in Sudan was bombed.",
            "Dana Reyes",
            None,
        ),
        (
            "The Sudanese army shelled the town, said Omar Hale, a vice president at Nile Mercy.",
            "Omar Hale",
            None,
        ),
        # … and a government word after a name no file codes is that body's ("SAG leaders")
        ("Norwood Guild leaders said the strike in Ohio would continue.", "Norwood Guild leaders", None),
        ("Kestrel Alliance officials in Kenya denied the charges on Monday.", "officials", None),
        # … also where the tagger calls the name a common noun or the NER misses it
        ("Apple officials in California said the new phone would ship in June.", "officials", None),
        (
            "On Monday, Scientology officials went to the sheriff's station in Denver.",
            "Scientology officials",
            None,
        ),
        # … and so is the office of a group named after "of" whose name no file knows ("Church",
        # "Association"): none, or a civil body (NGO) of the state its name holds, never the government
        (
            "Canadian police arrested two men in a remote town. "
            "Ray Dunn, leader of the Mountain Valley Church of the Saints, denied the charges.",
            "Ray Dunn",
            None,
        ),
        (
            "Police in Ohio raided the farm. Ray Dunn, leader of the Mountain Valley Church, was arrested.",
            "Ray Dunn",
            None,
        ),
        (
            "Mary Dunn, president of the Kenya Farmers Association, asked for subsidies in Nairobi.",
            "Mary Dunn",
            "KENNGO",
        ),
        (
            "Rajesh Kumar, president of the Internet Service Providers Association of India, said the "
            "cable was cut.",
            "Rajesh Kumar",
            "INDNGO",
        ),
        (
            "Hassan Nasrallah, leader of the Hezbollah movement, spoke in Beirut.",
            "Hassan Nasrallah",
            "LBNREB",
        ),
        (
            "Lena Park, chief executive of the Seoul Energy Company, met officials in Seoul.",
            "Lena Park",
            "KORBUS",
        ),
        # … and a group no state is, written before the title, owns it too ("team", "family", "club")
        ("The coach was fired on Monday, team president Carl Moss said in Boston.", "Carl Moss", None),
        ("The Australian actor will host the show, academy President Dan Moss said.", "Dan Moss", None),
        ("The actress died at home in Los Angeles, family spokesman Dean Hale announced.", "Dean Hale", None),
        ("Club president Joan Laporta said Barcelona would appeal.", "Joan Laporta", None),
        # … and a firm's department after "of", also where the title runs into the name
        (
            "The keynote in Madrid was given by vice-president of worldwide product marketing Tom Keller.",
            "Tom Keller",
            None,
        ),
        (
            "The phones were presented in Paris by senior vice president of global marketing David Kessler.",
            "David Kessler",
            None,
        ),
        ("Mark Lowe, vice president of sales, said the phones sold out in Spain.", "Mark Lowe", None),
        ("Family Minister Ursula Lind presented the plan in Berlin.", "Ursula Lind", "DEUGOV"),
        # … while a state's possessive, a state body "at", a force or a coded body keep their codes
        ("Kenya's president, Uhuru Kenyatta, said the talks would resume.", "Uhuru Kenyatta", "KENGOV"),
        (
            "Omar Hale, a spokesman at the Foreign Ministry in Cairo, said Egypt would respond.",
            "Omar Hale",
            "EGYGOV",
        ),
        ("Peshmerga forces in Iraq retook the town on Monday.", "forces", "IRQMIL"),
        ("Pentagon officials said the strike in Iraq killed ten fighters.", "officials", "USAGOV"),
        (
            "The scientists sent a letter in Washington asking the Interior and Commerce secretaries to act.",
            "secretaries",
            "USAGOV",
        ),
        # a state's title before a name, then the body the name is "of": the body's, whatever the title says
        (
            "U.S. officials met on Monday in Washington. Attorney Lena Marsh of the Prairie Rivers Fund, "
            "which is suing the state, said the permit was unlawful.",
            "Lena Marsh",
            None,
        ),
        (
            "U.S. officials met in Washington. Spokesman Tom Hale of the Red Cross said aid arrived.",
            "Tom Hale",
            "NGOHLHIRC",
        ),
        (
            "U.S. officials met on Monday in Washington. Judge Lena Marsh of the Superior Court set bail.",
            "Lena Marsh",
            "USAJUD",
        ),
        (
            "U.S. officials met on Monday in Washington. Sgt. Tom Hale of the Dayton Police Department said "
            "two men were held.",
            "Tom Hale",
            "USACOP",
        ),
        # a named police force or court is the state's, in the story's country; one who speaks "for" it is too
        (
            "Police in Ohio arrested two men on Monday. The Dayton Police Department said the men were held.",
            "Dayton Police Department",
            "USACOP",
        ),
        ("A man was sentenced in England. Leeds Crown Court heard the case.", "Leeds Crown Court", "GBRJUD"),
        # … and where the story names no country, the town or county its name opens with names it
        ("The Tulsa Police Department arrested two men on Friday.", "Tulsa Police Department", "USACOP"),
        (
            "The Albany County Sheriff's Department detained a woman who refused to leave.",
            "Albany County Sheriff's Department",
            "USACOP",
        ),
        ("Leeds Crown Court jailed the driver for six years.", "Leeds Crown Court", "GBRJUD"),
        # … a court of a kind one state has names it where towns of several states bear the name
        ("Preston Crown Court jailed the driver for six years.", "Preston Crown Court", "GBRJUD"),
        ("Carlisle Magistrates' Court fined the driver on Monday.", "Carlisle Magistrates' Court", "GBRJUD"),
        ("The Salem Police Department arrested two men in Oregon.", "Salem Police Department", "USACOP"),
        ("The Mumbai Police arrested two men on Friday.", "Mumbai Police", "INDCOP"),
        # … not a word of the body's kind the gazetteer knows as a town, nor a team's name
        ("The Federal Police arrested two men on Friday.", "Federal Police", None),
        ("The Knicks Police Department arrested two fans.", "Knicks Police Department", None),
        (
            "A man was charged in Ohio. Lena Marsh, a representative for the sheriff's office, said so.",
            "Lena Marsh",
            "USACOP",
        ),
        # … and an office "at" a body a plain noun calls an environmental or conservation group
        (
            "U.S. officials met on Monday in Washington. Lena Marsh, Vice President for Policy at the "
            "conservation organization, Prairie Birds Trust, welcomed the decision.",
            "Lena Marsh",
            None,
        ),
    ],
)
def test_offices_of_groups_no_state_is(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an article with no date is coded at the latest year its text names …
        (
            "Obama lifted the ban on stem cell research. The ban had stood since 2001 until March 2009.",
            "Obama",
            "USAGOV",
        ),
        ("Bush signed the bailout bill, the largest of 2008.", "Bush", "USAGOV"),
        ("Putin met Merkel in Sochi in May 2017.", "Merkel", "DEUGOV"),
        # … on the very day where the text writes that year's date in full (an office that changed
        # hands within the year: the middle of the year is not the day)
        (
            "Published: December 2, 2011\n\nPresident Salva Kiir said his army would defend the border.",
            "Salva Kiir",
            "SSDGOV",
        ),
        (
            "http: / / www. example. org / news / 2010 / 10 / 28 / jobs. html\n\n"
            "Obama signed the jobs bill at the White House.",
            "Obama",
            "USAGOV",
        ),
        ("On 3 February 2011 Salva Kiir welcomed the referendum result.", "Salva Kiir", "SDNGOV"),
        # … and with no year named, at the dictionaries' latest code as before
        ("Merkel spoke to reporters after the talks.", "Merkel", "DEUELI"),
    ],
)
def test_undated_articles_at_the_year_they_name(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    coded = codes_by_mention(pipeline.extract(text))
    assert coded.get(mention) == code, coded


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the town after "<name>, <age>, of" is where someone lives: no famous namesake, no person
        ("Police said Dale Smith, 44, of Warren, was arrested on Friday.", "Warren"),
        ("The driver, Ann Moss, 31, of Clinton, was taken to hospital in Iowa.", "Clinton"),
        ("The pedestrian, Lena Ortiz, 66, of Fairmont, was hit by a van.", "Fairmont"),
        ("Officers stopped Ray Dunn, of Kettering, when he ran a red light.", "Kettering"),
        ("Tom Becker, of Glenfield, has been charged with theft.", "Glenfield"),
        ("The victim, Ann Moss, 31, of Lincoln, was hurt.", "Lincoln"),
    ],
)
def test_towns_of_residence_are_no_actors(pipeline: Pipeline, text: str, town: str) -> None:
    coded = codes_by_mention(read(pipeline, text))
    assert town not in coded, coded


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # an age and a home in an apposition are no office: the person stays a private one, uncoded
        ("Tom Reed, 40 and from Devon, has been charged with the murder of his neighbour.", "Tom Reed"),
        ("Police named the driver as Ann Moss, 27 and from Kent.", "Ann Moss"),
    ],
)
def test_an_age_and_a_home_are_no_office(pipeline: Pipeline, text: str, person: str) -> None:
    coded = codes_by_mention(read(pipeline, text))
    assert coded.get(person) is None, coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "one of" a country, or a possessive after "of", is no town of residence
        ("The thieves robbed a jeweller working for one of Austria's oldest firms.", "Austria", "AUT"),
        ("The thieves robbed a jeweller working for one of Austria ’ s oldest firms.", "Austria", "AUT"),
    ],
)
def test_what_is_no_town_of_residence(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code", "day"),
    [
        # a name written with accents the dictionaries write without (or the other way round) …
        ("Miloš Zeman vetoed the bill on Tuesday.", "Miloš Zeman", "CZEGOV", "2016-03-01"),
        ("Sebastian Pinera visited the miners.", "Sebastian Pinera", "CHLGOV", "2010-10-14"),
        # … or without the Arabic article the dictionaries give it
        ("The court asked Omar Bashir to appear in The Hague.", "Omar Bashir", "SDNGOV", "2009-03-05"),
        # well-known people named untitled
        ("Tutu called for the release of the prisoners.", "Tutu", "ZAFREL", "2012-04-02"),
        # … also where the NER reads a surname in "-ian" as a nationality
        ("Erdogan met Pezeshkian in Ankara on Monday.", "Pezeshkian", "IRNGOV", "2024-09-30"),
        ("Pezeshkian's aides flew to Baku.", "Pezeshkian", "IRNGOV", "2024-11-12"),
        # a bare surname with no title is a person out of office only where the article names them in
        # full: a headline's verb, a field's name or a player in an injury list is no famous namesake
        ("Old Mill Burns Down After Lightning Strike", "Burns", None, "2013-05-10"),
        ("The coach said Bush (hamstring) would miss the game in Ohio.", "Bush", None, "2014-10-03"),
        ("Fans at the Bolton ground in Kansas cheered the home team.", "Bolton", None, "2013-07-20"),
        ("Susan Ford Buys Historic Farm Near Lake", "Ford", None, "2013-07-20"),
        (
            "Former President George W. Bush opened a library in Texas. Bush thanked the donors.",
            "Bush",
            "USAELI",
            "2013-04-25",
        ),
        ("Obama spoke to reporters in Ohio on Monday.", "Obama", "USAGOV", "2013-04-25"),
        (
            "Nixon quit in 1974. Aides to President Nixon later went to prison.",
            "Nixon",
            "USAELI",
            "2008-12-19",
        ),
        # a person quoted by an inner name of his full name is the same person
        (
            "First Vice President Taban Deng Gai flew to Nairobi. Deng told reporters the truce would hold.",
            "Deng",
            "SSDGOV",
            "2017-03-01",
        ),
    ],
)
def test_names_spelt_another_way_and_well_known_people(
    pipeline: Pipeline, text: str, mention: str, code: str | None, day: str
) -> None:
    check(pipeline, text, mention, code, day)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # national police forces named by acronym or name, whatever country the story is in
        ("RCMP officers arrested the two men near the Utah border.", "officers", "CANCOP"),
        ("The Creston RCMP said the inquiry would continue.", "RCMP", "CANCOP"),
        ("Carabinieri raided twelve homes in Palermo.", "Carabinieri", "ITACOP"),
        # an armed force written with the country's name instead of its demonym
        ("Sudan Armed Forces spokesman Ali Osman denied the raid.", "Ali Osman", "SDNMIL"),
    ],
)
def test_police_forces_and_armed_forces_by_name(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # titles abbreviated as US papers write them
        ("Alaska Gov. Ann Whitby apologized to the church in Wasilla.", "Ann Whitby", "USAGOV"),
        ("Texas Lt. Gov. Dan Patrick said the state would appeal.", "Dan Patrick", "USAGOV"),
        ("Michigan Rep. John Dingell criticised the bill.", "John Dingell", "USALEG"),
        # a prosecutor's office named "X attorney" before a name is the state's judiciary's
        (
            "The jury deadlocked in Atlanta. But District Attorney Ray Hollis said he would retry the case.",
            "Ray Hollis",
            "USAJUD",
        ),
        ("In Dallas, County Attorney Nina Ortiz said the charges would stand.", "Nina Ortiz", "USAJUD"),
        # defence lawyers are a party's, no court's (session 24): no state's sector
        ("Defense attorneys in Utah opposed the extradition.", "Defense attorneys", None),
    ],
)
def test_abbreviated_titles(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


def test_a_surname_the_ner_reads_as_a_place_names_no_country(pipeline: Pipeline) -> None:
    # "Palin" alone is also Palín, a town in Guatemala: after "Sarah Palin" it is the person, and
    # the story has no Guatemalan government for a title of no country to fall back on
    text = (
        "Gov. Sarah Palin's home church was damaged in a fire.\n\n"
        "The pastor declined to say if the blaze was directed at Palin, the former candidate."
    )
    coded = codes_by_mention(pipeline.extract(text))
    assert not any(code and code.startswith("GTM") for code in coded.values()), coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a town named like a capital that the text places in another country's county or region is
        # that town, no state: its police are the county's country's
        ("Floods cut off Wellington in Somerset on Friday, police said.", "police", "GBRCOP"),
        ("Roads in Wellington, Shropshire, were closed and police diverted traffic.", "police", "GBRCOP"),
        # … or names only that capital's name and a region of another country, not the capital's state
        (
            "Police said a bakery in Wellington burned down on Sunday.\n\n"
            "Crews from across Somerset fought the blaze for hours.",
            "Police",
            "GBRCOP",
        ),
        # a US state named as a place counts once, not again as a region: a tie, the first named wins
        (
            "Two sect leaders were arrested in Creston, the RCMP said.\n\n"
            "Attorney General Wally Dunn said the charges followed a long inquiry.\n\n"
            "The sect also has members in Utah.",
            "Wally Dunn",
            "CANGOV",
        ),
        # … but a state named like a country ("Georgia") still counts for both: an Atlanta court's story
        (
            "The man who shot two guards in an Atlanta court was sentenced on Friday.\n\n"
            "Georgia ranks high in executions, and Georgia prosecutors say juries rarely agree.\n\n"
            "Superior Court Judge Ann Fowler handed down the maximum sentence.",
            "Ann Fowler",
            "USAJUD",
        ),
        # … and where the story is American, that state named in a lawmaker's paragraph is the US state
        (
            "A gunman who killed a judge in Atlanta was sentenced to life on Friday.\n\n"
            "\u201cGeorgia is a tough state on crime,\u201d said state Rep. Tom Pruitt, a Republican.",
            "Tom Pruitt",
            "USALEG",
        ),
        # … an English county gives its country as a US state does
        ("A Cornwall magistrate fined the skipper on Monday.", "Cornwall magistrate", "GBRJUD"),
        # … while a capital placed in its own country stays the capital
        ("Kabul in Afghanistan was shaken by a blast. Police said six died.", "Kabul", "AFG"),
        # … and an agent "in" such a town, or an office "of" it, is the US state's country's
        ("Police in Moscow, Idaho, arrested a student on Friday.", "Police", "USACOP"),
        ("Prosecutors in Athens, Georgia, charged the driver.", "Prosecutors", "USAJUD"),
        ("The mayor of Athens, Georgia, praised the volunteers.", "mayor", "USAGOV"),
        # … while agents in a capital, or in a list of capitals, keep the capital's country
        ("Police in Moscow said the protesters were detained.", "Police", "RUSCOP"),
        ("Leaders from Ottawa, Washington, Mexico City and Paris met on Monday.", "Leaders", "CANGOV"),
        # a state's name before a comma and another state's is a list of states, no town in the second
        ("Peru, Chile and Bolivia condemned the coup on Monday.", "Peru", "PER"),
        ("Egypt, Jordan and Oman welcomed the truce.", "Egypt", "EGY"),
        # … while a state's name placed in a US state is a town there
        ("Police in Lebanon, Pennsylvania, arrested a student on Friday.", "Police", "USACOP"),
        # a city of many people goes before a small state's region of its name (a Jamaican parish)
        ("Police in Portland said a man was held after the shooting.", "Police", "USACOP"),
        ("Officers in Manchester arrested three teenagers on Sunday.", "Officers", "GBRCOP"),
        # a town the gazetteer places abroad that the text places in a borough is the borough's
        (
            "A cabbie was robbed in Richmond Hill, Queens, late on Friday. Police detained a teenager.",
            "Police",
            "USACOP",
        ),
        ("A deli was robbed in Oakville, Manhattan, on Sunday. Police held a suspect.", "Police", "USACOP"),
        # a page address's words are no place ("new - york" is no York in England)
        (
            "http: / / www. dailyrecord. com / 2014 / metro / teen - held - by - new - york - police. "
            "html\n\nThe police said a teenager was held.",
            "police",
            "---COP",
        ),
    ],
)
def test_towns_named_like_capitals(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an agent "in" a sea or gulf named "X of Y" is in that sea, no province the first word names
        ("Armed pirates in the Gulf of Aden boarded a freighter.", "Armed pirates", "---CRM"),
        ("Smugglers in the Gulf of Oman abandoned their boat.", "Smugglers", "---CRM"),
        # … while a place named alone keeps its country
        ("Rebels in Idlib fired rockets at the base.", "Rebels", "SYRREB"),
    ],
)
def test_agents_in_named_seas(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # US federal law-enforcement agencies named by their acronyms are US police, as the FBI is
        ("ATF investigators traced the rifle to a dealer in Ohio.", "ATF", "USACOP"),
        ("DEA agents seized two tons of cocaine in Miami.", "DEA", "USACOP"),
        ("ICE detained the farm workers on Thursday.", "ICE", "USACOP"),
        ("The U.S. Marshals Service caught the escaped inmate in Texas.", "U.S. Marshals Service", "USACOP"),
        # a body no file knows, named with its country and a state body's head word, is that state's
        (
            "Seismic readings came from the U.S. Geological Survey on Monday.",
            "U.S. Geological Survey",
            "USAGOV",
        ),
        (
            "The Kenya Wildlife Service said two rangers were hurt near Tsavo.",
            "Kenya Wildlife Service",
            "KENGOV",
        ),
        ("The National Weather Service warned of floods in Ohio.", "National Weather Service", None),
        ("The NTSB blamed the pilot for the crash.", "NTSB", "USAGOV"),
    ],
)
def test_us_federal_agencies(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a person's title set off with its place ("a local official in Kenya") has the title's sector,
        # not the place's country alone
        ("Amos Kiprono, a local official in Kenya, blamed the floods on logging.", "Amos Kiprono", "KENGOV"),
        ("Maria Lopez, a judge in Peru, ordered the mine closed.", "Maria Lopez", "PERJUD"),
        # … while the office of a sports or trade federation is no state's (the story's country aside)
        (
            "Russian skaters were banned. Oleg Ivanov, vice president of the federation, called it unfair.",
            "Oleg Ivanov",
            None,
        ),
        (
            "Kenyan farmers protested. The head of the association, Paul Kamau, asked for subsidies.",
            "Paul Kamau",
            None,
        ),
    ],
)
def test_titles_with_their_place_or_private_owner(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # the demonym of pirates or rebels names where they come from, not the country the paragraph
        # is about: the unnamed troops that seize them are the story's
        (
            "India's navy sent a frigate to escort its tankers.\n\n"
            "Naval commandos captured nine Somali pirates on Friday.",
            "Naval commandos",
            "INDMIL",
        ),
        (
            "Kenya's army moved into the border area in October.\n\n"
            "Soldiers killed four Somali militants near the town.",
            "Soldiers",
            "KENMIL",
        ),
        # a ship's flag names its registry, not the story's country: the navy's commandos stay the navy's
        (
            "The Brazilian Navy stopped pirates from boarding a cargo ship flying a Liberian flag.\n\n"
            "Marine commandos boarded the skiff and detained the pirates.",
            "Marine commandos",
            "BRAMIL",
        ),
        (
            "The Spanish Navy chased a skiff away from a Maltese tanker on Monday.\n\n"
            "The warship later escorted the tanker out of the gulf.",
            "warship",
            "ESPMIL",
        ),
        (
            "A Dutch frigate answered a call from a Panamanian-flagged freighter.\n\n"
            "Sailors fired warning shots at the skiffs.",
            "Sailors",
            "NLDMIL",
        ),
    ],
)
def test_forces_against_foreign_outlaws(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a rank police share with armies, written with a police word, is a police rank in any story
        (
            "Ohio police said the robber fled. He had shot a police sergeant outside the bank.",
            "police sergeant",
            "USACOP",
        ),
        (
            "Texas police said the suspect fled. He wounded a sheriff's deputy lieutenant at the jail.",
            "a sheriff's deputy lieutenant",
            "USACOP",
        ),
        # … and an army's stays the army's
        (
            "Ohio police said the robber fled. He had shot an army sergeant on leave.",
            "army sergeant",
            "USAMIL",
        ),
        # officers of a prison or a court are never soldiers, even with no police in the story
        (
            "The inmate shot two correctional officers in Texas and fled in their van.",
            "correctional officers",
            "USACOP",
        ),
        (
            "Two corrections officers were hurt when prisoners rioted in Ohio.",
            "corrections officers",
            "USACOP",
        ),
        (
            "Federal marshals arrested the fugitive at a motel in Ohio on Tuesday.",
            "Federal marshals",
            "USACOP",
        ),
        (
            "Dozens of law enforcement officers searched the Texas woods for the gunman.",
            "law enforcement officers",
            "USACOP",
        ),
        # officers named by a police duty or dress are police, never soldiers
        (
            "Two plainclothes officers in an unmarked car stopped the teenager in Brooklyn.",
            "plainclothes officers",
            "USACOP",
        ),
        (
            "Anti-crime squad officers chased the man through a Chicago alley.",
            "Anti-crime squad officers",
            "USACOP",
        ),
        (
            "Officials in Houston said the man took two transport officers hostage. He fled on foot.",
            "transport officers",
            "USACOP",
        ),
        # plain "officers" after police officers the story named are those, in a story with soldiers too
        (
            "The army said its troops were on patrol near the border.\n\nThe inmate fired upon two"
            " correctional officers in Texas and took them hostage.\n\nHe tied up the officers in the van.",
            "officers",
            "USACOP",
        ),
    ],
)
def test_police_ranks(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # "rep" in small letters is someone's publicist or agent, no legislator …
        (
            "Police in Miami said the singer was unhurt. "
            "The singer's rep Dana Kolb told reporters she was resting.",
            "Dana Kolb",
            None,
        ),
        # … while "Rep." before a name is a member of Congress
        (
            "Police in Miami said the singer was unhurt. Rep. Dana Kolb criticized the police response.",
            "Dana Kolb",
            "USALEG",
        ),
        # a queen of pageants or pin-ups, and a gang's leader, hold no office of the state
        (
            "Former pageant queen Rosa Vidal told reporters in Ohio she would sue the organisers.",
            "Rosa Vidal",
            None,
        ),
        (
            "Famous pinup queen Lily Marsh died at a Dallas clinic, "
            "according to her manager in the United States.",
            "Lily Marsh",
            None,
        ),
        ("Police in Houston said gang leader Carlos Mena was held on Friday.", "Carlos Mena", None),
        # a member of a city or county council holds a local office of the state (CAMEO's GOV)
        ("City Councilman Tom Reed said the plan would help Los Angeles.", "Tom Reed", "USAGOV"),
        ("Councilwoman Rita Gomez of Chicago voted against the budget.", "Rita Gomez", "USAGOV"),
        # a city's elected public advocate is its government, no lawyer
        ("Public Advocate Dana Wu of New York visited the scene.", "Dana Wu", "USAGOV"),
        # a surgeon general is a civil office, not an army general's rank
        (
            "The U.S. Surgeon General warned Americans about smoking on Monday.",
            "U.S. Surgeon General",
            "USAGOV",
        ),
        # a police force's spokesperson is police, whatever the word for the spokesperson
        (
            "A Hampshire Police spokeswoman said the crash was being investigated.",
            "Hampshire Police spokeswoman",
            "GBRCOP",
        ),
        (
            "A police spokesperson in Nairobi said three suspects were in custody.",
            "police spokesperson",
            "KENCOP",
        ),
        # a spokesperson takes the sector of the state body named before the word: a sheriff's is
        # police, a court's judicial, a navy's military …
        ("Deputies in Ohio hunted the gunman, said sheriff's spokesman Carl Weeks.", "Carl Weeks", "USACOP"),
        ("The trial in Chicago was put off, court spokeswoman Dana Pratt said.", "Dana Pratt", "USAJUD"),
        (
            "The lawsuit in Utah was dropped, said Attorney General spokesman Ray Combs.",
            "Ray Combs",
            "USAGOV",
        ),
        (
            "Indian warships escort the tankers. The raiders gave up, a navy spokesman said.",
            "navy spokesman",
            "INDMIL",
        ),
        (
            "Indian warships escort the tankers. The raiders gave up, said Navy spokesperson Arun Rao.",
            "Arun Rao",
            "INDMIL",
        ),
        # … while a team's spokesperson is no official of the story's country
        (
            "The Los Angeles Dodgers met the agent in Miami on Tuesday. Dodgers spokesman Lou Tenney said"
            " talks went well.",
            "Lou Tenney",
            None,
        ),
    ],
)
def test_informal_titles(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code, "2012-06-01")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a company's chief officers are business titles, not police or army officers
        (
            "Japanese police are investigating the attack. Anna Berg, chief technology officer of Norsec, "
            "said it was limited to Japan.",
            "Anna Berg",
            None,
        ),
        (
            "Kenyan police raided the offices. Chief financial officer Paul Otieno denied wrongdoing.",
            "Paul Otieno",
            None,
        ),
    ],
)
def test_company_officers(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        # a capitalised plural title word that is a place, or ends a name opening with a place that is
        # no state, names a team or a borough: no king's, senator's or pirate's code (a borough where an
        # arrest was made may stand for its state, as the place of an act with no named author does)
        ("The Sacramento Kings fired their coach after the loss.", "Sacramento Kings", None),
        ("The Pittsburgh Pirates beat Cincinnati on Sunday.", "Pittsburgh Pirates", None),
        ("The Los Angeles Kings lost to Vancouver on Saturday.", "Los Angeles Kings", None),
        ("The driver was arrested in Queens after the crash.", "Queens", "USA"),
        ("Police in Queens arrested the driver on Friday.", "Queens", None),
    ],
)
def test_teams_and_places_named_by_plural_titles(
    pipeline: Pipeline, text: str, name: str, code: str | None
) -> None:
    coded = codes_by_mention(read(pipeline, text, "2012-06-01"))
    assert coded.get(name) == code, coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # … while a demonym's or a state's plural agents keep their codes
        ("Somali Pirates seized the tanker on Monday.", "Somali Pirates", "SOMCRM"),
        ("Afghan Soldiers killed two militants in Kandahar.", "Afghan Soldiers", "AFGMIL"),
        ("Police in Queens arrested the driver on Friday.", "Police", "USACOP"),
        # … and so does a plural opening a sentence that the NER took for a place
        ("Pirates seized several ships including a Greek tanker.", "Pirates", "---CRM"),
    ],
)
def test_plural_titles_of_states_stay_agents(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code", "kind"),
    [
        # a navy's prefix before a capitalised name is a warship: its navy's military, never a person
        ("An Indian warship, INS Mysore, attacked two pirate boats.", "INS Mysore", "INDMIL", "organization"),
        ("Last month the INS Tabar sank a pirate mother ship.", "INS Tabar", "INDMIL", "organization"),
        ("HMS Dauntless sailed for the Falklands on Monday.", "HMS Dauntless", "GBRMIL", "organization"),
        # … also where the NER tags nothing of the name, or only the name without its prefix
        ("INS Talwar intercepted three skiffs.", "INS Talwar", "INDMIL", "organization"),
        ("The warship INS Talwar intercepted three skiffs.", "INS Talwar", "INDMIL", "organization"),
        # … while the prefix alone is whatever else the text makes it
        ("The INS said it would deport the men to Mexico.", "INS", None, "organization"),
        # … and the ship's name after "the", once the prefix has named it, is the same warship
        (
            "Commandos from INS Tabar boarded a dhow. Later, the Tabar sank a Thai trawler.",
            "Tabar",
            "INDMIL",
            "organization",
        ),
        (
            "The frigate HMS Kent seized a drug boat. The Kent then fired on a second skiff.",
            "Kent",
            "GBRMIL",
            "organization",
        ),
        # … or as a clause's subject with no "the"
        (
            "The Indian Navy warship INS Tabar rescued two ships.\n\nOn Friday, Tabar sank a pirate skiff.",
            "Tabar",
            "INDMIL",
            "organization",
        ),
        # a craft's word before a name the NER read as a person's, with no prefix: a craft, no person
        (
            "Warship Tarangini intercepted the pirate skiff on Friday.",
            "Warship Tarangini",
            None,
            "organization",
        ),
    ],
)
def test_warships_by_their_navy_s_prefix(
    pipeline: Pipeline, text: str, mention: str, code: str | None, kind: str
) -> None:
    article = read(pipeline, text, "2008-12-01")
    found = {m.text: (a.code, a.type) for a in article.actors for m in a.mentions}
    assert found.get(mention) == (code, kind), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a warship's bare name that is no clause's subject and has no "the" stays what it was
        ("The frigate HMS Kent seized a drug boat. Its sailors later flew home to Kent.", "Kent"),
        ("INS Tabar rescued two ships. The crew then visited Tabar island.", "Tabar"),
    ],
)
def test_warship_name_elsewhere_is_no_ship(pipeline: Pipeline, text: str, name: str) -> None:
    article = read(pipeline, text, "2008-12-01")
    ships = [m.text for a in article.actors if a.code and a.code.endswith("MIL") for m in a.mentions]
    assert name not in ships, ships


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a demonym before an unnamed office is that state's office, coded with its sector (CAMEO),
        # not the bare state
        (
            "The Egyptian president threatened to impose a state of emergency in Cairo.",
            "Egyptian president",
            "EGYGOV",
        ),
        ("The Greek prime minister criticized the European Commission.", "Greek prime minister", "GRCGOV"),
        (
            "Talks resumed after the Ugandan foreign minister arrived in Nairobi.",
            "Ugandan foreign minister",
            "UGAGOV",
        ),
        ("The French president visited the German chancellor in Berlin.", "German chancellor", "DEUGOV"),
        ("The Sri Lankan president pardoned the soldiers.", "Sri Lankan president", "LKAGOV"),
        ("Police detained an Israeli journalist at the crossing.", "Israeli journalist", "ISRMED"),
        ("The former Egyptian president was sentenced by a court in Cairo.", "Egyptian president", "EGYELI"),
        # … a state's possessive before it too, as the subject ("Russia's foreign minister met …")
        (
            "Russia's foreign minister met the Indian ambassador in Moscow.",
            "Russia's foreign minister",
            "RUSGOV",
        ),
        # … and "counterpart" is the same office in the state named, another actor than "his"
        (
            "The Ugandan foreign minister met his Kenyan counterpart in Nairobi.",
            "Kenyan counterpart",
            "KENGOV",
        ),
        (
            "Kenyan President Uhuru Kenyatta phoned his Ugandan counterpart on Sunday.",
            "Ugandan counterpart",
            "UGAGOV",
        ),
        (
            "The Israeli army and its Egyptian counterpart held talks on the crossing.",
            "Egyptian counterpart",
            "EGYMIL",
        ),
        # … also before the holder's name
        ("The Egyptian envoy met his Sudanese counterpart Osman Bakri in Khartoum.", "Osman Bakri", "SDNGOV"),
        # … while a generic person keeps the bare state
        ("A Pakistani woman was arrested at the airport.", "Pakistani", "PAK"),
        # … and a state's office after "the", with no state and no holder named, is the story's country's
        (
            "LONDON - Britain will send more troops to Estonia, the government said on Monday. "
            "The Foreign Secretary met the Estonian defence minister in London on Friday.",
            "The Foreign Secretary",
            "GBRGOV",
        ),
        (
            "Spain's government said on Monday it would raise taxes. "
            "The Finance Minister told reporters in Madrid that the rise was needed.",
            "The Finance Minister",
            "ESPGOV",
        ),
        # … but not the state a demonym or possessive gives another office-holder of its sentence,
        # even where the release names that state most: the other state its text names
        (
            "The Foreign Secretary met the Kenyan foreign minister in Nairobi on Monday. "
            "Kenya wants more aid for Kenya's north, and Britain will send food, officials said.",
            "The Foreign Secretary",
            "GBRGOV",
        ),
        (
            "The Foreign Secretary met Jordan's foreign minister at the talks in Amman on Friday. "
            "Jordan and Jordan's army will get British drones, officials said.",
            "The Foreign Secretary",
            "GBRGOV",
        ),
    ],
)
def test_demonym_and_office_is_the_state_s_office(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


def test_a_named_holder_keeps_the_office_s_later_mention(pipeline: Pipeline) -> None:
    """ "Egyptian President X … the Egyptian president": coreference's, the named person's mention."""
    text = (
        "Egyptian President Hosni Mubarak met tribal leaders in Sinai. "
        "The Egyptian president said the army would stay."
    )
    article = read(pipeline, text, "2010-06-01")
    later = "Egyptian president"
    holders = [a for a in article.actors if any(m.text.endswith(later) for m in a.mentions)]
    assert holders and all(a.type == "person" and "Mubarak" in a.name for a in holders), holders


_CABLES = "Egypt's internet was cut on Wednesday after undersea cables were damaged near Alexandria. "


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a spokesperson speaks for the company named before them in the sentence: no official of
        # the story's country
        (
            _CABLES + "Acme Telecom Inc. said it had rerouted its traffic, spokeswoman Jane Doherty said.",
            "Jane Doherty",
            None,
        ),
        (
            _CABLES + "Nile Cable Company said repairs would take two weeks, spokesman Tarek Fahmy said.",
            "Tarek Fahmy",
            None,
        ),
        # … or for the private person "her"/"his" points back to
        (
            _CABLES + "Singer Mona Farid cancelled her concert. Her spokesman, Karim Adel, said she was ill.",
            "Karim Adel",
            None,
        ),
        # … while a state body's spokesperson, or one with no principal named, stays the state's
        (
            _CABLES + "The Interior Ministry said the lines would be restored, spokesman Ahmed Hassan said.",
            "Ahmed Hassan",
            "EGYGOV",
        ),
        (_CABLES + "Spokesman Ahmed Hassan said the lines would be restored.", "Ahmed Hassan", "EGYGOV"),
    ],
)
def test_spokespeople_of_companies_and_private_people(
    pipeline: Pipeline, text: str, mention: str, code: str | None
) -> None:
    check(pipeline, text, mention, code, "2008-12-20")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an agent noun listed with weapons is a weapon's part, no outlet: a rifle's magazines
        ("Troops seized four rifles, nine magazines and 200 rounds of ammunition in the raid.", "magazines"),
        ("Police recovered a shotgun, three magazines and a knife from the car.", "magazines"),
        ("Customs officers found grenades, magazines and bullets hidden in the truck.", "magazines"),
    ],
)
def test_agent_words_listed_with_weapons_are_things(pipeline: Pipeline, text: str, word: str) -> None:
    coded = codes_by_mention(read(pipeline, text))
    assert word not in coded, coded


def test_an_agent_a_gerund_acts_on_beside_weapons_stays_an_agent(pipeline: Pipeline) -> None:
    text = "Police said 12 men were held in Athens for carrying knives and resisting authorities."
    coded = codes_by_mention(read(pipeline, text))
    assert any(m.endswith("authorities") for m in coded), coded


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # a US state's two-letter postal code after a town is no armed group's acronym
        ("The actor entered a clinic in Malibu, CA on Friday, his lawyer said.", "CA"),
        ("A fire destroyed a barn near Fresno, CA, and police arrested a teenager.", "CA"),
        # a two-letter word in capitals that opens a story is no acronym either
        ("AN ITALIAN skier was found alive after two nights on the glacier, police said.", "AN"),
    ],
)
def test_two_capital_letters_code_no_group(pipeline: Pipeline, text: str, letters: str) -> None:
    coded = codes_by_mention(read(pipeline, text))
    assert coded.get(letters) is None, coded


@pytest.mark.parametrize(
    ("text", "letters"),
    [
        # an outlet's acronym that is also a device's, before a noun, is the device: closed-circuit cameras
        ("Detectives in Leeds studied CCTV footage of the robbery.", "CCTV"),
        ("A CCTV operator spotted smoke rising from the roof of the shop in Bristol.", "CCTV"),
        ("Police in Manchester appealed for witnesses after CCTV cameras caught the attack.", "CCTV"),
        # … and a network's name before "affiliate" only says whose affiliate the station is
        ("The mayor of Dunmore told the NBC affiliate WKXT-TV that the bridge would reopen.", "NBC"),
        ("Rescue crews searched the river overnight, the CBS affiliate KTRB reported.", "CBS"),
    ],
)
def test_device_acronyms_before_a_noun_are_no_outlet(pipeline: Pipeline, text: str, letters: str) -> None:
    coded = codes_by_mention(read(pipeline, text))
    assert coded.get(letters) is None, coded


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # a street's name the NER took for an organisation is a place, no actor
        ("A driver hit a cyclist at the corner of American Boulevard and Penn Avenue.", "American Boulevard"),
        ("The truck turned onto American Boulevard near the airport.", "American Boulevard"),
        ("Protesters blocked Lincoln Highway on Saturday.", "Lincoln Highway"),
        # … and so is one ending in a street noun's abbreviation, or a numbered one the NER cut before it
        ("Deputies detained the man at 34th St. and 5th Ave. on Friday.", "5th Ave"),
        ("The crash happened at 72nd Ave. and Cedar St.", "72nd Ave"),
        ("A bus hit a cyclist on Lyndale Ave. on Monday.", "Lyndale Ave"),
        ("Troopers arrested the driver at 115th St. and 101st Ave.", "115th St."),
        ("Troopers arrested the driver at 115th St. and 101st Ave.", "101st"),
        # … and one with a given name before the street noun, where a street stands
        ("Ruiz was arrested at a Philip Street apartment on Tuesday, the officer said.", "Philip Street"),
        ("Deputies stopped a man on John Road late on Friday.", "John Road"),
    ],
)
def test_streets_are_no_actors(pipeline: Pipeline, text: str, street: str) -> None:
    names = [a.name for a in read(pipeline, text).actors]
    assert street not in names, names


def test_a_person_named_like_a_street_is_still_a_person(pipeline: Pipeline) -> None:
    text = "Nathan Lane said the play would close. The director then spoke to Nathan Lane."
    assert "Nathan Lane" in [a.name for a in read(pipeline, text).actors]


def test_a_street_the_dictionaries_know_still_speaks_for_its_government(pipeline: Pipeline) -> None:
    check(pipeline, "Downing Street said the prime minister would not resign.", "Downing Street", "GBRGOV")


def test_a_capital_owning_an_institution_s_centre_stays_its_government(pipeline: Pipeline) -> None:
    # "centre" is no part of a town here: the capital's seismological centre is the state's
    check(pipeline, "Tehran's seismological center put the quake's magnitude at 5.9.", "Tehran", "IRNGOV")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a person named first alone (a headline), then with a title that gives a sector but no country:
        # the office is theirs, its country the story's
        (
            "Mark Hollis\n\nKern County, California\n\nDeputy Mark Hollis was shot and killed on Friday.",
            "Mark Hollis",
            "USACOP",
        ),
        (
            "Grace Wanjiru\n\nNairobi, Kenya\n\nPolice Sergeant Grace Wanjiru was shot dead on Friday.",
            "Grace Wanjiru",
            "KENCOP",
        ),
    ],
)
def test_a_title_met_after_the_bare_name(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a state body named with a demonstrative is the story's own, as with "the"
        (
            'Tom Dean went on trial in Houston, Texas on Monday. "I ask this court to hear me," Dean said.',
            "court",
            "USAJUD",
        ),
        (
            "Opposition leaders in Nairobi, Kenya met on Monday. "
            '"We will not bow to this government," one of them said.',
            "government",
            "KENGOV",
        ),
    ],
)
def test_a_demonstrative_names_the_story_s_own_body(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # an office-holder no dictionary knows is of the one country the paragraph first naming them names
        # (by a place or a state body), though the article names another country more
        (
            "Two bankers were arrested by the RCMP on Monday, Finance Minister Tom Hadley said.\n\n"
            "The bank had branches in Texas, Ohio and Florida, and its owners live in Utah.",
            "Tom Hadley",
            "CANGOV",
        ),
        (
            "In Queensland, Attorney General Mary Doyle charged the two brokers.\n\n"
            "The brokers ran funds in Texas, Ohio and Florida and met their clients in Utah.",
            "Mary Doyle",
            "AUSGOV",
        ),
        # a paragraph naming no country leaves them to the article's
        (
            "Finance Minister Tom Hadley said two bankers were arrested.\n\n"
            "The bank had branches in Texas, Ohio and Florida, and its owners live in Utah.",
            "Tom Hadley",
            "USAGOV",
        ),
    ],
)
def test_officials_of_the_paragraph_naming_them(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # two offices joined by "and former": the one held now codes the person
        (
            "Texas Gov. and former presidential candidate Mark Delaney visited the border.",
            "Mark Delaney",
            "USAGOV",
        ),
        ("Ohio Senator and former army general Ray Colton spoke on Monday.", "Ray Colton", "USALEG"),
    ],
)
def test_office_held_now_before_a_former_one(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


def test_a_former_one_with_no_office_after_it_names_no_one(pipeline: Pipeline) -> None:
    # "an Australian woman and former Scientologist": no office after "former", no person made of it
    text = "Anna Berg, an Australian woman and former Scientologist, has claimed that the church held her."
    coded = codes_by_mention(read(pipeline, text, "2015-06-01"))
    assert "Scientologist" not in coded and coded["her"] == "AUS", coded


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a name set beside a noun for a person is that person's, though the NER read its words as places
        ("Valeska Paris, an Australian woman, has said that the church held her.", "Valeska Paris", "AUSCVL"),
        ("Paris, the French capital, hosted the talks on Monday.", "Paris", "FRAGOV"),
    ],
)
def test_a_name_beside_a_person_noun_is_a_person(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a nation's war craft stand for its forces
        ("A Dutch naval helicopter chased the smugglers' speedboat.", "Dutch naval helicopter", "NLDMIL"),
        ("Syrian tanks shelled a village near the border.", "Syrian tanks", "SYRMIL"),
        ("A Pakistani drone struck a compound in the valley.", "Pakistani drone", "PAKMIL"),
        ("Egyptian jets bombed the smugglers' tunnels overnight.", "Egyptian jets", "EGYMIL"),
        ("An Iranian gunship fired on the tanker at dawn.", "Iranian gunship", "IRNMIL"),
        # civil craft are their carriers', and a police craft is the police's
        ("A Thai passenger jet landed safely after the storm.", "Thai passenger jet", "THABUS"),
        ("Police helicopters followed the stolen van through Leeds.", "Police helicopters", "GBRCOP"),
    ],
)
def test_war_craft_stand_for_forces(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a person's title before an action names the group that acts: "a pirate attack" is the pirates'
        ("A Kenyan frigate foiled a pirate attack on a tanker.", "pirate", "---CRM"),
        ("Troops in Lagos broke up a kidnapper ambush on the highway.", "kidnapper", "---CRM"),
        # a think tank is no tank
        ("A Russian think tank said the sanctions would fail.", "Russian think tank", "RUSEDU"),
    ],
)
def test_title_before_an_action_or_craft(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a site named by a place before it ("X refugee camp") that the gazetteer knows by the place alone
        ("Gunmen attacked a school in Kakuma refugee camp on Sunday.", "school", "KENEDU"),
        ("Soldiers detained students in the Jabalia camp at dawn.", "students", "PSEEDU"),
        # a tank's shells are the tank's
        ("Two Syrian tank shells hit a farm near the border.", "tank shells", "SYRMIL"),
    ],
)
def test_agents_at_named_sites(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "place_phrase"),
    [
        # a sentence's opening place phrase the NER reads as a person's name is a place, no one
        ("Near Tal Afar, Iraqi troops attacked the militants on Monday.", "Near Tal Afar"),
        ("Outside Kandahar, two Afghan soldiers were killed by a roadside bomb.", "Outside Kandahar"),
        ("Near Raqqah, Kurdish fighters captured two commanders.", "Near Raqqah"),
    ],
)
def test_an_opening_place_phrase_is_no_person(pipeline: Pipeline, text: str, place_phrase: str) -> None:
    article = read(pipeline, text)
    assert all(place_phrase not in m.text for a in article.actors for m in a.mentions), article.actors
    assert not any(a.type == "person" and a.name.endswith(place_phrase.split()[-1]) for a in article.actors)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a state body, party or parliament named by its acronym or its seat, as its own country writes it
        ("FCO Minister Jane Ferrow visited Ghana and Togo this week.", "Jane Ferrow", "GBRGOV"),
        ("The FCO summoned the ambassador on Monday.", "FCO", "GBRGOV"),
        ("DoD officials said the strike hit a depot.", "DoD", "USAMIL"),
        ("The SNP accused ministers in London of ignoring the vote.", "SNP", "GBRPTY"),
        ("DUP leaders rejected the border plan.", "DUP", "GBRPTY"),
        ("The CDU and the SPD agreed on a new coalition deal.", "SPD", "DEUPTY"),
        ("The AfD called for tighter border controls.", "AfD", "DEUPTY"),
        ("The PSOE won the most seats in the regional vote.", "PSOE", "ESPPTY"),
        ("The HDP accused the government of jailing its mayors.", "HDP", "TURPTY"),
        ("The Bundestag approved the budget on Friday.", "Bundestag", "DEULEG"),
        ("Holyrood voted against the bill.", "Holyrood", "GBRLEG"),
        # a party's name many countries' parties bear is the story country's party where the article names
        # the dictionaries' country nowhere else, and so is the leader the text titles by it …
        (
            "Voters in Malta gave the Labour Party a third term on Saturday.\n\nThe party's leader thanked"
            " voters in Valletta.",
            "Labour Party",
            "MLTPTY",
        ),
        (
            "Voters in Malta gave the Labour Party a third term on Saturday.\n\nThe Labour Party leader,"
            " Karl Vella, thanked voters in Valletta.",
            "Karl Vella",
            "MLTPTY",
        ),
        (
            "Hong Kong's Legislative Council election ended on Sunday.\n\nThe Democratic Party won seven"
            " seats in Kowloon.",
            "Democratic Party",
            "HKGPTY",
        ),
        (
            "Hong Kong's Legislative Council election ended on Sunday.\n\nThe Democrats won seven seats in"
            " Kowloon.",
            "Democrats",
            "HKGPTY",
        ),
        # … the dictionaries' party where its country is named otherwise
        (
            "Democrats in Congress blocked the bill on Monday.\n\nThe Democratic Party said it would fight"
            " on.",
            "Democratic Party",
            "USAPTY",
        ),
    ],
)
def test_state_bodies_and_parties_by_acronym_or_seat(
    pipeline: Pipeline, text: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # a given name the NER left out before a known surname is another person: a relative, uncoded
        ("The deal was a mistake, Ivanka Trump told reporters in Miami.", "Ivanka Trump", None),
        ("The board hired him in 2014, said Hunter Biden on Monday.", "Hunter Biden", None),
        # … while an office or an honorific before the surname keeps the known person
        ("The deal was a mistake, President Trump told reporters in Miami.", "Trump", "USAGOV"),
        ("The deal was a mistake, Mr Trump told reporters in Miami.", "Trump", "USAGOV"),
    ],
)
def test_relatives_of_known_people(pipeline: Pipeline, text: str, mention: str, code: str | None) -> None:
    check(pipeline, text, mention, code, "2018-05-01")


@pytest.mark.parametrize(
    ("text", "mention", "code"),
    [
        # rebels or an opposition told with a state's body are of that state, not of the story's mediator
        ("Norway hosted talks between the Colombian government and the rebels.", "rebels", "COLREB"),
        ("Qatar brokered a deal between the Chadian army and the opposition.", "opposition", "TCDOPP"),
        # … while their own demonym keeps theirs
        (
            "Sudan's army and South Sudanese rebels clashed near the border.",
            "South Sudanese rebels",
            "SSDREB",
        ),
    ],
)
def test_rebels_told_with_a_government(pipeline: Pipeline, text: str, mention: str, code: str) -> None:
    check(pipeline, text, mention, code)


@pytest.mark.parametrize(
    ("text", "day", "mention", "code"),
    [
        # a group's name in a title is read on the article's day: the Taliban were insurgents in 2009
        (
            "Taliban commander Abdul Wali was killed in Helmand on Monday.",
            "2009-03-01",
            "Abdul Wali",
            "AFGREB",
        ),
        ("Taliban commander Abdul Wali met Pakistani envoys in Kabul.", "2023-03-01", "Abdul Wali", "AFGGOV"),
        ("Taliban spokesman Qari Yusuf said the convoy was attacked.", "2010-03-01", "Qari Yusuf", "AFGREB"),
        # a plural title before two names joined by "and" is both names'
        (
            "Israeli troops shot Hamas gunmen Omar Saleh and Yusuf Karim near Rafah.",
            "2009-01-07",
            "Yusuf Karim",
            "PSEREB",
        ),
        (
            "Police arrested Kenyan lawmakers John Kamau and Peter Otieno on Monday.",
            "2015-06-01",
            "Peter Otieno",
            "KENLEG",
        ),
        # a singular one is the first name's alone
        ("Gaddafi and Bulgarian President Zhivkov met in Sofia.", "1985-06-01", "Gaddafi", "LBYGOV"),
    ],
)
def test_titles_on_the_day_and_shared(
    pipeline: Pipeline, text: str, day: str, mention: str, code: str
) -> None:
    check(pipeline, text, mention, code, day)
