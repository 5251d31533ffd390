"""Who did it and to whom (strife.events.roles, strife.events.territory), on sentences of our own.

Each row: a sentence and the dyads an analyst expects among its events, as "ROOT SOURCE>TARGET" (CAMEO
root, then the sides' codes, their country when they have no code, "-" for none). The row passes when
every expected dyad is among the events read (other events may be there too: verb choice is tested
elsewhere); ``absent`` lists dyads that must not be read.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.events.role_cues import RoleCues
from strife.pipeline import Pipeline
from strife.record import Actor, Article
from strife.settings import Settings

PUBLISHED = "2012-03-01T12:00:00Z"

# (sentence, expected dyads, dyads that must not be read)
CASES: list[tuple[str, list[str], list[str]]] = [
    # a participle with an object of its own after a comma is a verb of a list, the subject's, not a
    # reduced relative on the object before it
    (
        "As the biggest partner in the alliance, Norway has flown over 300 missions, conducted over 40"
        " bombing raids on Boko Haram targets, and is now sending 50 trainers to the Nigerian army.",
        ["19 NOR>NGAREB"],
        ["19 ->NGAREB"],
    ),
    (
        "Since March, Kenya has carried out over 100 patrols, conducted 30 air strikes on al-Shabaab bases,"
        " and is now deploying more troops.",
        ["19 KEN>SOMREB"],
        ["19 ->SOMREB"],
    ),
    # a gerund after a preposition is done by its clause's subject, a passive one too
    (
        "Last week, Peru's navy drew criticism after sinking a Chilean fishing boat.",
        ["19 PERMIL>CHL"],
        ["19 ->CHL"],
    ),
    ("The Peruvian navy was criticised for sinking a Chilean fishing boat.", ["19 PERMIL>CHL"], []),
    ("The Peruvian navy drew criticism for sinking a Chilean fishing boat.", ["19 PERMIL>CHL"], []),
    ("Egypt has demanded that Hamas be prevented from rearming.", ["10 EGY>PSEREB"], ["07 PSEREB>-"]),
    ("Uganda accused Sudan of shelling the border town.", ["11 UGA>SDN"], ["19 UGA>-", "19 SDN>-"]),
    ("Kenya thanked Uganda for sending troops to Somalia.", ["15 UGA>SOM"], ["15 KEN>SOM", "15 UGA>---MIL"]),
    # a noun the parser lists with the first verb's object, right before a second verb, is that verb's subject
    (
        "The Kenyan navy seized two skiffs and a Somali militia shelled the port on Monday.",
        ["19 SOMREB>-", "17 KENMIL>-"],
        ["19 KENMIL>-", "17 KENMIL>SOMREB"],
    ),
    # a relative pronoun stands for the noun its clause hangs on
    (
        "Kenyan troops, who shelled Somali militia positions on Monday, advanced north.",
        ["19 KENMIL>SOMREB"],
        [],
    ),
    (
        "Two Kenyan officers, both of whom had shelled Somali positions, were promoted.",
        ["19 KENMIL>SOMMIL"],
        [],
    ),
    (
        "It was a policy of turning back refugees which, according to AFP, the United Nations has condemned.",
        ["11 IGOUNO>-"],
        [],
    ),
    # a thing acted on that names its own sides ("between X and Y") puts them on the other side
    (
        "Kenya welcomed the agreement reached between Sudan and South Sudan.",
        ["05 KEN>SDN", "05 KEN>SSD"],
        ["05 KEN>-"],
    ),
    ("Ethiopia criticised the pact signed between Egypt and Sudan.", ["11 ETH>EGY", "11 ETH>SDN"], []),
    ("The truce between Israel and Hamas was praised by Egypt.", ["05 EGY>ISR", "05 EGY>PSEREB"], []),
    ("Two pipelines between Kenya and Uganda were damaged in the floods.", [], ["17 ->KEN", "19 ->KEN"]),
    # "air strikes" are a state's use of force, not its people's unrest; carried "into" a state, on it
    ("Kenya's air strikes on Somali militants continued on Monday.", ["19 KEN>SOMREB"], ["19 KENCVL>SOMREB"]),
    ("Ethiopia extended its military operation into Somalia last week.", ["19 ETH>SOM"], ["19 ETH>-"]),
    ("The council met after Sudan expanded its missile strikes into South Sudan.", ["19 SDN>SSD"], []),
    # a weapon before "strike" makes it a use of force too: the demonym is the state's, not its people's
    ("A Turkish mortar strike wounded two farmers near the border.", ["19 TUR>---AGR"], ["19 TURCVL>-"]),
    ("Pakistani grenade strikes killed a shepherd across the frontier.", [], ["19 PAKCVL>-"]),
    # a headline's speaker before a colon is who says it, not who does it
    ('Uganda\'s army: "Rebels attacked border post"', [], ["19 UGAMIL>UGAREB", "19 UGAMIL>-"]),
    ('Kenyan police: "Somali militants attacked convoy"', ["19 SOMREB>-"], ["19 KENCOP>SOMREB"]),
    # the subject's own forces are not the target
    ("Syria has offered its troops to Lebanon's president.", ["03 SYR>LBNGOV"], ["03 SYR>SYRMIL"]),
    (
        "Israel has strengthened its forces in Lebanon after the rocket fire.",
        ["15 ISR>LBN"],
        ["15 ISR>ISRMIL"],
    ),
    # "from", "over", "for" name a side only when nothing else does, and a place noun never
    ("Ethiopia withdrew its troops from Somalia.", ["08 ETH>SOM"], []),
    (
        "Hamas gunmen fired mortar shells at Israeli soldiers from a school in Gaza.",
        ["19 PSEUAF>ISRMIL"],
        ["19 PSEUAF>---EDU"],
    ),
    # who did it to the thing stands for it
    (
        "A truce proposal backed by Egypt was rejected by Syrian President Bashar al-Assad.",
        ["12 SYRGOV>EGY"],
        [],
    ),
    ("Troops backed by Russian jets attacked the town.", [], ["19 RUS>-"]),
    # a verdict "for" someone is against them, not against the victim of the crime it is for
    (
        "A jury returned a guilty verdict for Peter Brandt for the murder of a Kenyan diplomat.",
        ["17 KENJUD>-"],
        ["17 KENJUD>KENGOV"],
    ),
    # a reciprocal verb: the first subject is the source, the others the target
    ("The French navy and Libyan rebels clashed near Benghazi.", ["19 FRAMIL>LBYREB"], ["19 FRAMIL>-"]),
    # … also one that has an object naming no one: traded fire, exchanged accusations
    ("Chad and Sudan traded fire along the border on Monday.", ["19 TCD>SDN"], ["19 TCD>-", "19 SDN>-"]),
    ("Greece and Turkey exchanged accusations over the drilling.", ["11 GRC>TUR"], ["11 GRC>-"]),
    ("Indian troops and Pakistani soldiers fought along the border.", ["19 INDMIL>PAKMIL"], []),
    # a directive's that-clause subject is the target
    ("The Ethiopian government demanded that Kenya hand over the suspects.", ["10 ETHGOV>KEN"], []),
    ("Hamas threatened to resume rocket fire unless Israel lifted the blockade.", ["13 PSEREB>ISR"], []),
    # a protest is aimed at what it protests
    (
        "Chechen refugees continued a hunger strike in protest of the Russian government's refusal.",
        ["14 RUSREF>RUSGOV"],
        [],
    ),
    (
        "Students staged a hunger strike to protest the Egyptian government's refusal to talk.",
        ["14 ---EDU>EGYGOV"],
        [],
    ),
    ("Farmers marched in Paris in protest of the European Commission's quotas.", ["14 ->IGOEUREEC"], []),
    # … and one that names no aim is aimed at its makers' own state
    ("Opposition parties in Kenya staged a general strike on Monday.", ["14 KENOPP>KENGOV"], []),
    ("Thousands of Egyptian workers went on strike on Sunday.", ["14 EGYLAB>EGYGOV"], []),
    # an outlet is the channel: "quoted X as urging" is X's urging, and a state naming the outlet is no side
    (
        "The official Xinhua news agency quoted Foreign Minister Wang Yi as urging Japan to return the crew.",
        ["02 CHNGOV>JPN"],
        ["02 CHNMED>JPN"],
    ),
    (
        "North Korea fired three rockets into the sea on Sunday, South Korea's Yonhap news agency reported, "
        "citing defence officials.",
        ["19 PRK>-"],
        ["19 PRK>KOR"],
    ),
    # a person's family or kin is not the person: no side of the person's code
    (
        "Relatives of Foreign Minister Wang Yi accused the police of lying.",
        ["11 ->CHNCOP"],
        ["11 CHNGOV>---COP"],
    ),
    ("Wang Yi's brother accused the police of lying.", [], ["11 CHNGOV>---COP"]),
    # whom the reporter tells is no side of the act reported
    (
        "Officers arrested the suspect on Friday, police chief John Kamau told reporters.",
        ["17 ---COP>-"],
        ["17 ---COP>---MED"],
    ),
    # a passive participle clause put before the subject was done to that subject, by its "by" agent
    ("Kidnapped by rebels in 2010, the engineer was freed on Monday.", ["18 ---REB>-"], ["18 -->---REB"]),
    (
        "Criticised by the opposition, President Uhuru Kenyatta defended the budget.",
        ["11 KENOPP>KENGOV"],
        ["11 KENOPP>-"],
    ),
    ("Accused of corruption, the Kenyan minister resigned on Friday.", ["11 ->KENGOV"], ["11 KENGOV>-"]),
    (
        "Detained by police since March, Omar Farouk went on hunger strike.",
        ["17 ---COP>-"],
        ["14 ---COP>-"],
    ),
    (
        "Thousands of protesters took to the streets of Lisbon on Sunday.",
        ["14 ---CVL>PRTGOV"],
        ["14 ---CVL>PRT"],
    ),
    ("Greek protesters demonstrated against Germany outside its embassy.", ["14 GRCCVL>DEU"], []),
    # a body's building stands where the body is: its place names the body's state (not a force's vehicle's)
    ("Portuguese rioters attacked an environment ministry building in Lisbon.", ["14 PRTOPP>PRTGOV"], []),
    ("Somali militants attacked army trucks in Kismayo.", [], ["19 SOMREB>SOMMIL"]),
    # a protest held in a state, naming no aim, is aimed at that state's government, not at the land
    ("Protesters marched in the streets of Lisbon on Sunday.", ["14 ---CVL>PRTGOV"], ["14 ---CVL>PRT"]),
    ("Greek farmers blocked roads near Athens with their tractors.", ["14 GRCAGR>GRCGOV"], []),
    ("Berlin rejected recent calls by Belarus's rulers for economic aid.", ["12 DEUGOV>BLRGOV"], []),
    ("Afghan rebels kidnapped up to 16 Russian advisers from a bazaar.", ["18 AFGREB>RUSGOV"], []),
    ("China urged that Japan withdraw its coast guard vessels.", ["02 CHN>JPN"], []),
    # an unnamed group takes the state a place phrase on it names, through a clause or a nested phrase
    (
        "The World Food Programme will send food aid to refugees fleeing the fighting in Sudan.",
        ["03 IGOUNOWFP>SDNREF"],
        [],
    ),
    (
        "The United States said it would not negotiate the release of prisoners held in Syria.",
        ["12 USA>SYRCVL"],
        [],
    ),
    (
        "Police used tear gas to disperse demonstrators protesting election results in Nairobi.",
        ["17 KENCOP>KENCVL"],
        [],
    ),
    # "X including Y": Y's side
    ("Pirates seized several ships including a Greek tanker.", ["17 ---CRM>GRCBUS"], []),
    # the state an action it governs is aimed at
    ("Al-Shabaab threatened to deliver devastating blows to Kenya.", ["13 SOMREB>KEN"], []),
    # a place named only as where it happened is not the other side of a reported act
    (
        "Pirates have attacked dozens of ships off Yemen's coast this year, the maritime bureau said.",
        [],
        ["19 ---CRM>YEM"],
    ),
    ("Israeli jets struck a weapons convoy in Sudan, the army said.", ["19 ISRMIL>SDN"], []),
    # a state across a border that only says where is no one's other side, in a report either
    (
        "Israeli jets struck Gaza on Monday. The army said it had bombed tunnels across the border "
        "with Egypt.",
        [],
        ["19 ISRMIL>EGY", "19 ISRMIL>EGYMIL"],
    ),
    # a state named before a crowd's protest or unrest is its people, aimed at their own government
    # (strife.events.noun_roles), not the state nor its government
    ("Kenyan riots spread to Mombasa on Monday.", ["14 KENCVL>KENGOV"], ["14 KEN>-", "14 KENGOV>-"]),
    ("The Nairobi protest march drew thousands of people.", ["14 KENCVL>KENGOV"], []),
    ("Chilean protests entered their third week on Sunday.", ["14 CHLCVL>CHLGOV"], []),
    # a state's post or formation under fire is its military (strife.events.held_sites); a merchant craft
    # is its flag's, and a held site after an armed group's word is that group's
    ("Ukrainian drones struck Russian positions near the river on Monday.", ["19 UKRMIL>RUSMIL"], []),
    ("Militants ambushed a Malian convoy near the border.", ["19 MLIREB>MLIMIL"], []),
    ("Syrian jets struck rebel positions near the river.", ["19 SYRMIL>---REB"], ["19 SYRMIL>SYR"]),
    ("Pirates fired on an Indian tanker off Oman.", [], ["19 ---CRM>INDMIL"]),
    # a state named inside the place phrase of an act on a territory
    ("Israeli tanks shelled targets in Jericho on Monday.", ["19 ISRMIL>PSE"], []),
    # … also the source's own state for acts on its own territory and people (threats, protest, coercion,
    # force), as PLOVER's gold codes them: "imposed a curfew in Cizre" TUR > TUR
    ("The Syrian army imposed a curfew in the town of Idlib in northern Syria.", ["17 SYRMIL>SYR"], []),
    ("Turkish police imposed a curfew in Ankara on Sunday.", ["17 TURCOP>TUR"], []),
    ("The Algerian army threatened to impose a curfew in Algiers.", ["13 DZAMIL>DZA"], []),
    # a mediator acts on the first of the sides it stands between (CAMEO codes one event per side)
    ("Egypt hosted talks between Israel and Hamas on Sunday.", ["04 EGY>ISR"], []),
    ("Qatar brokered a ceasefire between Israel and Hamas.", ["04 QAT>ISR"], []),
    ("Turkey offered to mediate between Russia and Ukraine.", ["03 TUR>RUS"], []),
    # … but not for a visit: going home is no visit to one's own state
    ("The Kenyan foreign minister flew to Nairobi on Sunday.", [], ["04 KENGOV>KEN"]),
    # a long chain of controlled clauses ("is willing to send … to help defend …") keeps its subject
    (
        "Denmark is willing to send weapons to help defend Estonia, the foreign minister said.",
        ["05 DNK>EST"],
        ["05 ->EST"],
    ),
    ("Turkey is prepared to send troops to help defend Azerbaijan.", ["05 TUR>AZE"], ["05 ->AZE"]),
    # an intent to cooperate or give is done on the territory it names; a meeting is only held there
    ("The European Union agreed to open a trade office in Kyiv.", ["03 IGOEUREEC>UKR"], []),
    ("The World Bank pledged to build schools in Haiti.", ["03 IGOUNODEVWBK>HTI"], []),
    ("Kenya and Somalia agreed to hold talks in Geneva.", [], ["03 KEN>CHE"]),
    # forces of one's own mobilised for a campaign are moved against the campaign's other side
    (
        "Britain mobilized army reservists for a possible war against Iraq.",
        ["15 GBR>IRQ"],
        ["15 GBR>GBRMIL"],
    ),
    ("Egypt mobilized troops for a possible war with Ethiopia.", ["15 EGY>ETH"], ["15 EGY>EGYMIL"]),
    # a meeting between two sides that someone hosts is the host's act toward the first side
    ("Egypt hosted a meeting between Israel and Hamas on Sunday.", ["04 EGY>ISR"], ["04 ISR>PSEREB"]),
    (
        "Norway would be ready to host a meeting between Colombian rebels and the government.",
        ["03 NOR>COLREB"],
        ["03 COLREB>NORGOV"],
    ),
    ("Switzerland arranged a meeting between Iranian and American diplomats.", ["04 CHE>IRNGOV"], []),
    # an undertaking's own "to/with" phrase names the other side of what is done about it
    ("Kenya withdrew from its defence pact with Somalia.", ["16 KEN>SOM"], []),
    ("Britain reneged on a pledge to Ukraine.", ["12 GBR>UKR"], []),
    ("Colombia pulled out of its peace talks with the rebels.", ["16 COL>COLREB"], []),
    ("The militants attacked a convoy on its way to Syria.", [], ["19 SYRREB>SYR"]),
    # a state's forces bombing a market strike from the air (195), not CAMEO's non-military bombing (183)
    ("Russian jets bombed a market in the town of Maarat in Syria.", ["19 RUSMIL>SYR"], []),
    # the parser tags the "to" of giving as a dative: the state after it is still the recipient
    ("Japan gave emergency aid to Haiti after the storm.", ["07 JPN>HTI"], ["07 JPN>-"]),
    ("Germany gave 50 million euros to Greece.", ["07 DEU>GRC"], []),
    ("France sold helicopters to Egypt in March.", ["06 FRA>EGY"], []),
    # what is sold or given "to" someone is no target, even when its noun names forces
    ("Russia sold fighter jets to Venezuela last year.", ["06 RUS>VEN"], ["06 RUS>---MIL"]),
    ("The United States supplied attack helicopters to Iraq.", ["07 USA>IRQ"], ["07 USA>---MIL"]),
    ("Iran armed the rebels in Yemen.", ["07 IRN>YEMREB"], []),
    # a progressive verb the parser read as the attribute of "is" keeps the copula's subject
    ("The Kenyan president is mediating between Ethiopia and Eritrea.", ["04 KENGOV>ETH"], []),
    ("Qatar is mediating between Hamas and Fatah.", ["04 QAT>PSEREB"], []),
    # a passive allegation's "by" phrase the parser hung on the alleged gerund is still its agent
    ("The minister was accused of misusing public funds by Nigerian prosecutors.", ["11 NGAJUD>-"], []),
    ("The mayor was accused of taking bribes by Brazilian police.", ["11 BRACOP>-"], []),
    # a verb's "from" the parser hung on the last noun of its object's list still names the target
    (
        "Ugandan police raided the warehouse and seized four assault rifles, two other rifles, a grenade "
        "launcher and twelve magazines of ammunition from the three Kenyan smugglers inside.",
        ["17 UGACOP>KENCRM"],
        ["17 UGACOP>-"],
    ),
    # a verb sharing its subject with the verb before it, done to a thing, is done to that verb's party;
    # a person's title before a craft ("pirate boats") names the group that sails it
    (
        "Kenyan marine commandos boarded the pirate boats and seized a large cache of weapons.",
        ["17 KENMIL>---CRM"],
        ["17 KENMIL>-"],
    ),
    (
        "Kenyan police stopped the smuggler boats and seized two tonnes of ivory.",
        ["17 KENCOP>---CRM"],
        ["17 KENCOP>-"],
    ),
    # the subject of a passive before a "to" infinitive does the infinitive's act ("is set to ask")
    (
        "Kenyan Foreign Minister Ann Kibet is set to ask the United Nations to send more troops to Somalia.",
        ["02 KENGOV>IGOUNO"],
        ["02 ->IGOUNO"],
    ),
    ("Kenyan President Uhuru Kenyatta is scheduled to meet Ugandan officials.", ["03 KENGOV>UGAGOV"], []),
    # a noun and a participle the parser read as an adverbial clause of their own: done to the noun
    (
        "The report came as three Kenyan police officers charged over the shooting prepared to face a judge.",
        ["17 KENJUD>KENCOP"],
        ["17 KENCOP>-"],
    ),
    # … or a noun and a participle it read as a relative clause's verb, leaving the clause's own verb
    # ("was based") with no subject: done to the noun, and the victim in the charge is no target
    (
        "Kenyan students marched in Nairobi. Youths attacked the station where the policeman charged with "
        "Otieno's murder was based.",
        ["17 KENJUD>KENCOP"],
        ["17 KENCOP>-"],
    ),
    # a purpose clause of helping names whom the act is for
    ("The United States sent weapons to help protect Ukraine.", ["07 USA>UKR"], ["07 USA>-"]),
    ("Britain sent weapons to help defend Estonia.", ["07 GBR>EST"], ["07 GBR>-"]),
    ("France sent food and medicine to help Haiti.", ["07 FRA>HTI"], []),
    # force on a town lands on its state, whatever the tagger took the town's name for
    ("Russian artillery units shelled Kharkiv overnight.", ["19 RUSMIL>UKR"], ["19 RUSMIL>-"]),
    ("Ukraine says Russian missiles struck Odesa before dawn.", ["19 RUS>UKR"], ["19 RUS>-"]),
    ("Syrian government troops attacked Homs again on Monday.", ["19 SYRMIL>SYR"], []),
    # the object of "on/at" the parser made the subject of a participle clause after it
    (
        "Militants fired on Afghan police officers manning a checkpoint.",
        ["19 AFGREB>AFGCOP"],
        ["19 AFGREB>-"],
    ),
    # a complaint is aimed at the side its "about/over" phrase names, not at the listener
    (
        "Senator John Smith complained to the FBI about Russian hackers.",
        ["11 USALEG>RUSCRM"],
        ["11 USALEG>USACOP"],
    ),
    ("Kenyan officials complained to Uganda about its border guards.", ["11 KENGOV>UGA"], []),
    # critics, opponents, foes "of X" or X's are set against X, not X
    ("Opponents of the Syrian government attacked a police station in Homs.", [], ["19 SYRGOV>SYRCOP"]),
    ("Foes of the Burmese junta ambushed an army convoy near Mandalay.", [], ["19 MMRGOV>MMRMIL"]),
    ("Critics of the Kenyan army accused it of abuses.", [], ["11 KENMIL>-"]),
    # ... and so does force aimed "at/on" a town: what is fired or launched at it
    ("Hamas fighters launched rockets at Sderot on Sunday.", ["19 PSEUAF>ISR"], ["19 PSEUAF>-"]),
    ("Russian warplanes fired missiles at Kherson overnight.", ["19 RUSMIL>UKR"], ["19 RUSMIL>-"]),
    ("Police shot Lopez during the chase.", [], ["19 ---COP>PHL"]),  # a surname, not the Philippine town
    ("A bomb exploded in Dalton, killing a Dalton police officer.", [], ["19 ->USA"]),  # whose officer
    # a site in a state, and a town's apposed state before the gazetteer's guess (Leer is also German)
    ("Militia fighters shelled the Kakuma Transit Centre in Kenya.", ["19 ---UAF>KEN"], []),
    ("Sudanese jets bombed a market in Leer, South Sudan.", ["19 SDNMIL>SSD"], ["19 SDNMIL>DEU"]),
    # an accusation told in the passive inside a report is the reporter's
    (
        "Canada's attorney general, Mark Dalby, said Harlan is alleged to have taken four wives.",
        ["11 CANGOV>-"],
        ["11 ->-"],
    ),
    ("Kenyan police said the driver is accused of fraud.", ["11 KENCOP>-"], []),
    # entry refused in the passive with no doer is refused by the state entered
    ("The Kenyan team had been denied visas to enter Canada.", ["17 CANGOV>KEN"], ["17 ->KEN"]),
    ("The Kenyan activist was refused entry to Israel on Monday.", ["12 ISRGOV>KENACT"], []),
    ("The Kenyan activist was denied bail in Nairobi.", [], ["17 KENGOV>KENACT"]),
    # the state across a border is where, not whom
    (
        "Egyptian jets bombed smuggling routes across the border with Libya.",
        ["19 EGYMIL>-"],
        ["19 EGYMIL>LBY"],
    ),
    ("Turkish jets struck targets near the frontier with Syria.", [], ["19 TUR>SYR"]),
    ("Uganda closed its border with Kenya after the clashes.", ["19 UGA>KEN"], []),  # done to Kenya
    # a relative is the one acted on, not the one they are related to
    ("The son of a Kenyan minister was arrested in Nairobi.", [], ["17 KENCOP>KENGOV", "17 ->KENGOV"]),
    ("Police said the wife of the Kenyan governor was arrested.", [], ["17 KENCOP>KENGOV", "17 ->KENGOV"]),
    # an outlet told, named by its kind, is no one acted on
    (
        '"We have distributed tents and food to survivors," the Kenyan minister told state television.',
        ["07 KENGOV>-"],
        ["07 KENGOV>---MED", "07 KENGOV>KENMED"],
    ),
    # unions and their members are labour (LAB), their country from a demonym or place as for any agent
    (
        "Portuguese union members accused the government of breaking its promises on wages.",
        ["11 PRTLAB>PRTGOV"],
        ["11 PRT>PRTGOV"],
    ),
    ("Thousands of union members marched against the Spanish government.", ["14 ---LAB>ESPGOV"], []),
    ("Union officials met Chilean President Sebastian Pinera on Monday.", ["04 ---LAB>CHLGOV"], []),
    ("The European Union urged Portugal to cut its deficit.", ["02 IGOEUREEC>PRT"], ["02 ---LAB>PRT"]),
    # fending off an attack is force against its authors: named with the attack, by its crime, or nearby
    ("Kenyan police thwarted an attack by gunmen on a bus.", ["19 KENCOP>---UAF"], ["19 KENCOP>-"]),
    ("The Chilean navy foiled a piracy attempt off the coast.", ["19 CHLMIL>---CRM"], []),
    (
        "The smugglers had boarded the tanker when a Greek frigate intervened and fended off the attack.",
        ["19 GRCMIL>---CRM"],
        ["19 GRCMIL>-"],
    ),
    (
        "A Danish warship stopped two skiffs carrying Somali pirates and repelled an attack on a cargo ship.",
        ["19 DNKMIL>SOMCRM"],
        [],
    ),
    ("The rebels' assault on the garrison was repulsed by Malian troops.", ["19 MLIMIL>MLIREB"], []),
    # a sentence-opening "they" is the coded plural group the sentence before had as its subject
    (
        "Nigerian police said the trader had been robbed.\n\nThey later arrested two men in Lagos.",
        ["17 NGACOP>-"],
        [],
    ),
    (
        "Kenyan troops crossed into Somalia on Monday. On Tuesday they shelled a militant camp.",
        ["19 KENMIL>-"],
        ["19 ->-"],
    ),
    # a craft word before a warship's name is no part of it: the navy's ship
    ("Warship INS Talwar thwarted an attack by pirates on a freighter.", ["19 INDMIL>---CRM"], []),
    # a subject the parser hung on another verb: a participle describing it made a clausal subject (the
    # participle itself describes, no act), a headline's second verb after a comma
    (
        "Kenyan troops patrolling the border on Monday repelled an attack by Somali militants, capturing six "
        "Somali militants.",
        ["19 KENMIL>SOMREB", "17 KENMIL>SOMREB"],
        ["15 KENMIL>-"],
    ),
    ("Kenyan Navy foils attack off Lamu, nabs 12 pirates", ["17 KENMIL>---CRM"], []),
    # a dateline's place is where the story was filed, never a side, even when the parser makes it a subject
    ("KAMPALA, May 3 (AP) - Ugandan police arrested two Kenyan traders.", ["17 UGACOP>KENBUS"], []),
    ("NAIROBI (Reuters) - Gunmen killed four aid workers near the border.", [], ["19 KEN>---NGO"]),
    # … and a hyphenated pair of sides opening a line is no dateline
    ("NATO-Russia talks end without a deal", ["04 IGOWSTNAT>RUS"], []),
    # a side another coordinated verb acts on is no side of the verb before it
    (
        "Sheriff Tom Hale spoke on Monday. He asked for more patrols, lamented the shortage of money in his "
        "office and urged parents to get involved in the lives of their children.",
        [],
        ["11 ->---CVL"],
    ),
    # an appositive name is the phrase's actor, not the possessor it is related to
    (
        "Obama's successor, President Donald Trump, criticized China on Monday.",
        ["11 USAGOV>CHN"],
        ["11 USAELI>CHN"],
    ),
    ("Niyazov's successor, President Berdymukhamedov, has criticized Russia.", ["11 TKMGOV>RUS"], []),
    ("Niyazov's successor has criticized Russia.", [], ["11 TKMGOV>RUS", "11 TKM>RUS"]),
    # a lede's unnamed person named in the next sentence, told the same act of: the description's code …
    (
        "A Greek police officer has been charged with murder, a court official said.\n\n"
        "Nikos Petrou, 41, was also charged with illegal use of his weapon.\n\n"
        "According to the charge sheet, Petrou shot a student in Athens on Sunday.",
        ["17 GRCJUD>GRCCOP", "19 GRCCOP>-"],
        ["19 ->-"],
    ),
    # … not when the next sentence tells another act (the suspect, not the officer shot) …
    (
        "A police officer was shot dead in Leeds on Monday. Tom Reed, 19, was arrested on Tuesday.",
        [],
        ["17 GBRCOP>GBRCOP"],
    ),
    # … and a demonym in capitals, as a lede opens, is the demonym
    ("Gunmen shot a BRITISH soldier in Kabul on Friday.", ["19 ---UAF>GBRMIL"], ["19 ---UAF>-"]),
    # a military agent naming no country, in a paragraph naming none, is of the one country whose forces
    # the article named before it, not of the places of a sea story abroad; a paragraph's own country wins
    (
        "An Indian warship foiled a pirate attack west of Aden on Saturday, 60 miles off the coast of Yemen."
        "\n\nThe pirates, eight Yemeni men, fled toward the Yemeni coast."
        "\n\nMarine Commandos boarded the pirate skiff and detained the crew.",
        ["19 INDMIL>---CRM"],
        ["19 YEMMIL>-", "19 YEMMIL>---CRM"],
    ),
    (
        "An Indian warship foiled a pirate attack west of Aden on Saturday, 60 miles off the coast of Yemen."
        "\n\nThe pirates, eight Yemeni men, fled toward the Yemeni coast."
        "\n\nIn Yemen, soldiers arrested three smugglers on Sunday.",
        ["17 YEMMIL>---CRM"],
        ["17 INDMIL>---CRM"],
    ),
    # a pirates' craft stands for them
    ("Indian commandos boarded a pirate skiff, which had a smaller boat in tow.", ["19 INDMIL>---CRM"], []),
    ("A Kenyan frigate sank a pirate ship near Lamu on Monday.", ["19 KENMIL>---CRM"], []),
    # a passive done in an operation whose modifier names a party has that party as its doer
    ("Two fishermen were killed in an Israeli air strike near the coast on Monday.", ["19 ISR>---AGR"], []),
    ("Five students were detained in a police raid on the campus on Friday.", ["17 ---COP>---EDU"], []),
    # … and a craft's kind named by a person word is no person ("a mother ship")
    (
        "A Kenyan frigate sank a mother ship of the pirates near Lamu.",
        ["19 KENMIL>---CRM"],
        ["19 KENMIL>---CVL"],
    ),
    # a demonym before an agent word told as an act is the agent's, not a side of its own
    (
        "The Dutch frigate repelled a Somali pirate raid on a cargo ship.",
        ["19 NLDMIL>SOMCRM"],
        ["19 NLDMIL>SOM"],
    ),
    (
        "Palestinian officials condemned an Israeli army raid on the camp.",
        ["11 PSEGOV>ISRMIL"],
        ["19 ISR>ISRMIL"],
    ),
    # an honorific the NER took into a name ("Mrs Petrou") makes no person of its own: the one named before
    (
        "Police officer Maria Petrou was suspended in Athens on Monday. Prosecutors said Mrs Petrou had "
        "beaten a prisoner.",
        ["11 GRCJUD>GRCCOP"],
        ["11 GRCJUD>-"],
    ),
    # a region of Wales or Scotland names a British story: its unnamed police are British
    (
        "A man has been charged with the murder of his sister in Millbrook.\n\nThe victim, 20, was from "
        "Aberdare, South Wales.\n\nPolice have charged him and he will appear before magistrates.",
        ["17 GBRCOP>-"],
        [],
    ),
    # a participle of coercion after an act with no target names whom the act fell on
    (
        "Riot police fired tear gas in the main square of Lima, forcing hundreds of protesters to flee.",
        ["17 PERCOP>---CVL"],
        ["17 PERCOP>PER"],
    ),
    (
        "The Kenyan navy fired warning shots on Tuesday, forcing the pirates to give up.",
        ["19 KENMIL>---CRM"],
        [],
    ),
    (
        "Ethiopian troops shelled the town, forcing thousands of villagers to leave their homes.",
        ["19 ETHMIL>---CVL"],
        [],
    ),
    # not a participle that only prompts someone to act: the United Nations is no target of the shelling
    (
        "Rebels shelled the airport in Goma, prompting the United Nations to suspend flights.",
        [],
        ["19 CODREB>IGOUNO"],
    ),
    # whom a condemned attack hit is no target of the condemnation; its author, when named, is
    ("UNICEF condemns air strike on school in northern Yemen.", ["11 IGOUNOKID>-"], ["11 IGOUNOKID>---EDU"]),
    (
        "Kenya condemned the attack on its embassy in Mogadishu by al-Shabaab gunmen.",
        ["11 KEN>SOMUAF"],
        ["11 KEN>KENGOV"],
    ),
    (
        "Amnesty International criticized the police raid on the offices of a Kenyan newspaper.",
        ["11 NGOHRIAMN>KENCOP"],
        ["11 NGOHRIAMN>KENMED"],
    ),
    # forces deployed, sent or put on alert with no sender named show their own side's force: no target
    ("Kenyan troops were deployed to the border on Monday.", ["15 KENMIL>-"], ["15 ->KENMIL"]),
    ("Two Nigerian warships have been sent to the Gulf of Guinea.", ["15 NGAMIL>-"], ["15 ->NGAMIL"]),
    (
        "The Ugandan army has been placed on high alert after the border clashes.",
        ["15 UGAMIL>-"],
        ["15 ->UGAMIL"],
    ),
    # … and what its object is forced to do is the object's own act, not the forcer's
    (
        "The Kenyan navy fired warning shots, forcing the pirates to surrender.",
        ["08 ---CRM>-"],
        ["08 KENMIL>-"],
    ),
    ("Police in Lima fired tear gas, forcing the protesters to disperse.", ["08 ---CVL>-"], ["08 PERCOP>-"]),
]


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _, _ in CASES}


def _side(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return actor.code or actor.country or "-"


def _dyads(article: Article) -> list[str]:
    return [f"{e.cameo_root} {_side(e.source)}>{_side(e.target)}" for e in article.events]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=[c[0][:45] for c in CASES])
def test_dyads(read: dict[str, Article], text: str, expected: list[str], absent: list[str]) -> None:
    dyads = _dyads(read[text])
    for dyad in expected:
        assert dyad in dyads, f"{dyad} not in {dyads}"
    for dyad in absent:
        assert dyad not in dyads, f"{dyad} read in {dyads}"


def test_role_cues_read_user_rows(tmp_path: Path) -> None:
    user = tmp_path / "role_cues.tsv"
    user.write_text("word\trole\nwrangle\treciprocal\n", encoding="utf-8")
    cues = RoleCues.load([user])
    assert "wrangle" in cues.words["reciprocal"]
    assert "clash" in cues.words["reciprocal"]
    assert "school" in cues.words["place"]


def test_user_role_cues_reach_the_event_coder(pipeline: Pipeline, tmp_path: Path) -> None:
    """A ``role_cues.tsv`` given with ``--dictionary`` is read by the events step: a verb the user
    marks as an allegation ("blasted X for shelling") makes the shelling alleged, not done."""
    text = "Kenya blasted Somalia for shelling the border town."
    user = tmp_path / "role_cues.tsv"
    user.write_text("word\trole\nblast\tallegation\n", encoding="utf-8")
    with_user = Pipeline(Settings(dictionaries=(user,)), nlp=pipeline.nlp)
    before = _dyads(pipeline.extract(text, published=PUBLISHED))
    after = _dyads(with_user.extract(text, published=PUBLISHED))
    assert "19 SOM>-" in before, before
    assert "19 SOM>-" not in after, after
    assert "11 KEN>SOM" in after, after


def test_user_means_cue_reaches_the_patterns(pipeline: Pipeline, tmp_path: Path) -> None:
    """A ``means`` noun from a user's ``role_cues.tsv`` makes the preposition the parser hung on it the
    verb's own for the patterns too: "spoke by radio with X" is "spoke with X" (040)."""
    text = "Kenya spoke by radio with Uganda."
    user = tmp_path / "role_cues.tsv"
    user.write_text("word\trole\nradio\tmeans\n", encoding="utf-8")
    with_user = Pipeline(Settings(dictionaries=(user,)), nlp=pipeline.nlp)
    assert "04 KEN>UGA" not in _dyads(pipeline.extract(text, published=PUBLISHED))
    after = _dyads(with_user.extract(text, published=PUBLISHED))
    assert "04 KEN>UGA" in after, after


def test_a_split_outlet_name_is_the_reporter_not_the_target(pipeline: Pipeline) -> None:
    """'…, the Westbrook Times Record reported': a mention split off the outlet's name ("Westbrook
    Times") is part of the reporter's phrase, not the other side of the jury's act."""
    text = "The jury recommended the maximum sentence, the Westbrook Times Record reported."
    article = pipeline.extract(text, published=PUBLISHED)
    targets = [e.target.name for e in article.events if e.target is not None]
    assert not any("Times" in name for name in targets), targets
