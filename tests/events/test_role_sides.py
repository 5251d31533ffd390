"""Which actor is a side of an event, on sentences of our own (strife.events.roles, the speakers step's
unnamed groups, strife.events.outbreak): a town naming where a person lives, a charge's victim and a
charge's clause are no side of the legal act, nor is a state's police of arrests across several states,
while a fronted participle or an indictment is the courts' act; a protest that breaks out is its place's
people's; a side that came under fire or attack is its target, the doer its "from/by" phrase;
a crisis or an economy with a country's modifier is no act of that country; a weapon's name is no target,
nor a vehicle's maker (a driver's "of" phrase names the vehicle), nor a bare title word that is also a
thing ("hurled chairs"), a place in a war's name no side of it, and an unnamed person a use of force is
aimed "at/on" is its target;
a "they" told before its reporter is not the reporter, and a complaint lodged with a body while accusing
someone is aimed at the accused; an "its" on what someone obstructs is another body's; an action
reported within a report is the nearer reporter's, and neither reporter is its target; the body a
meeting is held at is no side of it; one a jury "found guilty" is the verdict's target;
a name that goes on as "he said he …" is a person's; an action inside a reporter's condition is no
intent of the reporter's; an "its" in a fronted phrase is the subject's after it; a bare craft after
"by" ("flown by helicopter") is a means of travel, no side; a war told as the time of another act ("the
deadliest attack of the war with Israel") is no event of its own and its "with" side no target; an appeal
to someone unnamed is aimed at no one inside what it asks for; a "his" in what police or troops do is not
an officer's; an active verb joined to a passive one is the passive subject's act; investigators sent
by no one named are their own body's, the investigation's source; a passive of giving names its
giver with "from"; the object of a verb of trading blows ("exchanged artillery fire") is no side, and
the joined subjects are each other's; demonyms joined before one agent word are each their state's
agent ("Israeli and Syrian troops"); a sentence-opening "it" is the body or craft the sentence before had
as its subject; a town the gazetteer places in a state the story is not about, and names no actor of,
gives no state; a nominal act counted in a series beside a clause ("…, the latest in a series of
clashes with X") is the clause subject's; a city before a firm's branch or store says where it is, the
firm is the side; an "it" object of a verb joined to an earlier one is that verb's object; a bare surname
shared by two people, with "his wife" after it, is the main person's; a "his" joined by "and" to the
agent after "by" ("by Kimani and his deputy") is the agent's, and the arrested no doer; a side named
after what a "using" participle uses ("strikes using drones against X") is the act's target; unnamed
officials met on a trip to a state are that state's, those of a meeting intended on a trip or of a visit
told by its object too; a count of some of a group ("two of the protesters", "some of the suspects")
names the group.

Each row: a sentence, the dyads an analyst expects among its events as "ROOT SOURCE>TARGET" (a side's
code, else its country, else its name in brackets, "-" for none), and dyads that must not be read.
"""

from __future__ import annotations

import pytest

from strife.pipeline import Pipeline
from strife.record import Actor, Article

PUBLISHED = "2019-06-04T12:00:00Z"

CASES: list[tuple[str, list[str], list[str]]] = [
    # a protest or riot told as breaking out is its place's people's, aimed at no one the text names
    (
        "Protests broke out in Quito on Monday after the fuel price rise.",
        ["14 ECUCVL>-"],
        ["14 ->ECUGOV", "14 ECUCVL>ECUGOV"],
    ),
    ("Riots erupted in Lagos after the election.", ["14 NGACVL>-"], ["14 ->NGAGOV"]),
    # … as is one told as set off by an act ("touched off", "spurred", "caused"), not aimed at its doer
    (
        "A fatal police shooting touched off riots in Athens on Tuesday.",
        ["14 GRCCVL>-"],
        ["14 ->GRCCOP", "14 GRCCVL>GRCCOP"],
    ),
    ("The army's crackdown has spurred protests in Khartoum.", ["14 SDNCVL>-"], ["14 SDNMIL>-"]),
    ("The new fuel tax caused riots in Lagos.", ["14 NGACVL>-"], []),
    ("The fuel tax could cause riots in Lagos, officials warned.", [], ["14 NGACVL>-"]),
    # … violence told so stays on its place's state
    ("Heavy clashes broke out in Mogadishu on Friday.", ["19 ->SOM"], []),
    # a town's name before a private person says where they live: the person is the side, not the town
    (
        "Troopers said a Kettlesby woman shot her neighbour on Sunday.",
        ["19 (Kettlesby woman)>-"],
        ["19 (Kettlesby)>-"],
    ),
    (
        "A Kettlesby man was charged with assault after a fight outside a bar.",
        [],
        ["17 ->(Kettlesby)", "17 -->(Kettlesby)"],
    ),
    (
        "A trial date has been set for a Wasilla man accused of robbing a shop. The case is being heard in"
        " England.",
        ["17 GBRJUD>-"],
        ["17 GBRJUD>(Wasilla)"],
    ),
    # … and where the only court named is of a kind one state has, in a town of its and others' names
    (
        "A trial date has been set for a Millom man accused of robbing a shop. He appeared at Preston Crown"
        " Court on Monday.",
        ["17 GBRJUD>-"],
        [],
    ),
    # an unnamed state body acts where the act's own place is, not in the story's country
    (
        "The dispute over the sect in Ontario flared again last year after 30 children were seized by"
        " child-welfare authorities from a commune in Texas.",
        ["17 USAGOV>---CVL"],
        ["17 CANGOV>---CVL"],
    ),
    # … not one its own words name a state for
    (
        "Ontario officials met on Monday. Canadian police arrested two men in Texas.",
        ["17 CANCOP>(two men)"],
        [],
    ),
    # a capital that stands for its state still codes the person's country
    ("A Kabul woman was arrested by Afghan police.", ["17 AFGCOP>AFG"], []),
    # the charge a participle names is no side: the accused is, not the victim of the crime alleged
    (
        "A hearing for Tom Hale, 31, charged with the murder of his neighbour Paul Reed, took place on"
        " Friday.",
        ["17 ->(Tom Hale)"],
        ["17 ->(Paul Reed)"],
    ),
    (
        "Police arrested Tom Hale, charged with the murder of his neighbour Paul Reed, on Friday.",
        ["17 ---COP>(Tom Hale)"],
        ["17 ->(Paul Reed)", "17 ---COP>(Paul Reed)"],
    ),
    # arrests told as made across several states are no one state's police's, not those named before
    (
        "Italian police detained four men in Milan on Monday. Across Europe, more than 30 suspects were"
        " arrested in the operation.",
        ["17 ITACOP>(four men)"],
        ["17 ITACOP>(more than 30 suspects)"],
    ),
    (
        "Belgian police searched six homes. In all, 75 people were detained in raids in 9 countries.",
        [],
        ["17 BELCOP>(75 people)"],
    ),
    # … while arrests across one country are its police's
    (
        "Italian police detained four men in Milan on Monday. More than 30 suspects were arrested across"
        " the country.",
        ["17 ITACOP>(More than 30 suspects)"],
        [],
    ),
    # the state's courts convict in a participle put before the convicted, and charge by an indictment
    (
        "Convicted of arson and assault, Mark Dunne, 24, faces a long sentence. The fire took place in"
        " Chicago.",
        ["17 USAJUD>(Mark Dunne)"],
        [],
    ),
    (
        "The indictment also charges Paul Berg with hiding the payments. The case was heard in Texas.",
        ["17 USAJUD>(Paul Berg)"],
        [],
    ),
    # a participle with a "by" agent on a noun is done to that noun ("the pirates captured by …")
    (
        "The smugglers captured by the Tanzanian navy were handed over to Kenya.",
        ["17 TZAMIL>---CRM"],
        ["17 TZAMIL>-"],
    ),
    ("Rebels seized by Ugandan troops were taken to Gulu.", ["17 UGAMIL>UGAREB"], ["17 UGAMIL>-"]),
    # the crime in a conviction's "of" clause does not give the convicted its victim's country
    (
        "A Kenyan court convicted two men of murdering a British tourist.",
        ["17 KENJUD>(two men)"],
        ["17 KENJUD>GBRCVL", "17 KENJUD>GBR"],
    ),
    (
        "Police in Texas detained two men of robbing a Mexican bank.",
        ["17 USACOP>(two men)"],
        ["17 USACOP>MEX"],
    ),
    # coming under a use of force is undergoing it: the subject is the target, "from/by" names the doer
    (
        "Ethiopian troops came under fire from Eritrean soldiers near the border town on Tuesday.",
        ["19 ERIMIL>ETHMIL"],
        ["19 ETHMIL>-", "19 ETHMIL>ERIMIL"],
    ),
    ("An Indian army post came under attack by Pakistani troops in Kashmir.", ["19 PAKMIL>INDMIL"], []),
    ("Odessa came under a heavy Russian drone attack overnight.", ["19 RUSMIL>UKR"], ["19 UKR>-"]),
    # the object a verb's pattern names through its own preposition is its target ("stand by|behind X")
    ("Uganda stood by Kenya throughout the border dispute.", ["05 UGA>KEN"], ["05 UGA>-"]),
    ("Tanzania stands behind Rwanda in its quarrel with Burundi.", ["05 TZA>RWA"], ["05 TZA>-"]),
    # … a thing it names so is no side ("stood by its decision")
    ("The Kenyan government stood by its decision to close the border.", ["05 KENGOV>-"], []),
    # … a gerund of force the parser reads as a verb ("came under shelling from …") is undergone too
    (
        "Kenyan troops came under shelling from Somali militants near the border.",
        ["19 SOMREB>KENMIL"],
        ["19 KENMIL>-"],
    ),
    ("Ethiopian soldiers came under shelling from Eritrean forces.", ["19 ERIMIL>ETHMIL"], ["19 ETHMIL>-"]),
    # … while between unarmed sides it is criticism, and over a matter it is no use of force
    (
        "The Kenyan finance minister came under fire from opposition lawmakers this week.",
        ["11 ---LEG>KENGOV"],
        ["19 ---LEG>KENGOV"],
    ),
    ("The Kenyan finance minister came under fire over the budget.", [], ["19 ->KENGOV"]),
    # a weapon before "strike" makes it a use of force, the state's, not a strike of its people
    ("A Sudanese mortar strike hit the camp near the border.", ["19 SDN>-"], ["19 SDNCVL>-"]),
    ("A Somali bomb strike hit the market on Friday.", [], ["19 SOMCVL>-", "14 SOMCVL>-"]),
    # … and so does a strike that kills or destroys, not a crowd's riots that do
    ("A Turkish strike killed four fighters near the border on Monday.", [], ["19 TURCVL>-"]),
    ("A Pakistani strike wounded three soldiers in Kashmir.", [], ["19 PAKCVL>-"]),
    ("Witnesses said the Chilean riots destroyed dozens of shops.", ["14 CHLCVL>CHLGOV"], []),
    # a state of affairs for a subject names where things stand, no country that acts
    ("The Argentine debt crisis underlined the need for new lending rules.", [], ["03 ARG>-"]),
    ("Turkey's economic crisis has stressed the need for reform.", [], ["03 TUR>-"]),
    ("The Spanish situation underscored the need for tighter rules.", [], ["03 ESP>-"]),
    ("The Portuguese government stressed the need for new lending rules.", ["03 PRTGOV>-"], []),
    # a weapon's name the NER takes for an organisation is a thing, no target of a seizure
    ("Kenyan police recovered an RPG launcher in the raid.", ["17 KENCOP>-"], ["17 KENCOP>(RPG)"]),
    ("Police recovered an RPG launcher near the camp.", [], ["17 --COP>(RPG)", "17 ---COP>(RPG)"]),
    # a firm's name in a vehicle's description is its maker, no side; the driver or owner is
    (
        "Troopers in Kansas arrested the driver of a blue 2016 Toyota Corolla on Friday.",
        ["17 USACOP>(driver)"],
        ["17 USACOP>MNCJPN", "17 USACOP>(Toyota)"],
    ),
    (
        "Deputies in Idaho seized a Ford pickup after the chase.",
        ["17 USACOP>-"],
        ["17 USACOP>USAELI", "17 USACOP>(Ford)"],
    ),
    ("Kenyan police arrested the owner of a BMW sedan.", ["17 KENCOP>-"], ["17 KENCOP>(BMW)"]),
    (
        "Kenyan police arrested the driver of a Toyota in Nairobi.",
        ["17 KENCOP>(driver)"],
        ["17 KENCOP>MNCJPN"],
    ),
    # an unnamed person a named side arrests or detains is the act's target, an actor with no code, as one
    # held by no one named is ("they later apprehended the suspect")
    (
        "Ugandan police detained a motorist after the crash in Kampala.",
        ["17 UGACOP>(motorist)"],
        ["17 UGACOP>-"],
    ),
    ("Kenyan police arrested a man outside the stadium on Sunday.", ["17 KENCOP>(man)"], ["17 KENCOP>-"]),
    # a title word that is also a thing, bare, is the thing: chairs hurled are no target
    (
        "Protesters hurled chairs at police outside the ministry.",
        ["14 ---CVL>---COP"],
        ["14 ---CVL>(chairs)"],
    ),
    ("Students threw chairs and bottles at the riot police.", ["14 ---EDU>---COP"], ["14 ---EDU>(chairs)"]),
    # a place's name before a firm's branch, store or office says where it is: the firm is the side
    (
        "Robbers stole watches from the Madrid store of jeweler Carlos Ortega on Sunday.",
        ["17 ---CRM>(Carlos Ortega)"],
        ["17 ---CRM>ESP"],
    ),
    (
        "Thieves stole paintings from the Berlin branch of art dealer Klaus Weber.",
        ["17 ---CRM>(Klaus Weber)"],
        ["17 ---CRM>DEU"],
    ),
    ("Gunmen robbed the Nairobi branch of Barclays Bank.", ["17 ---UAF>(Barclays Bank)"], ["17 ---UAF>KEN"]),
    # an "it" object of a verb joined to one before it is that verb's object
    ("Pirates chased a Greek tanker off Somalia and fired at it.", ["19 ---CRM>GRCBUS"], ["19 ---CRM>-"]),
    (
        "Militants spotted an army patrol near Kandahar and fired at it.",
        ["19 AFGREB>AFGMIL"],
        ["19 AFGREB>-"],
    ),
    # a bare surname shared by two people, with "his wife" after it, is the main person, not his wife
    (
        "Mark Delaney went on trial in Fresno on Monday. Susan Delaney vanished from their home in May. "
        "Delaney was convicted of killing his wife.",
        ["17 USAJUD>(Mark Delaney)"],
        ["17 USAJUD>(Susan Delaney)"],
    ),
    (
        "Paul Okafor was arrested in Lagos last week. Grace Okafor was found dead in their flat. "
        "Police charged Okafor with strangling his wife.",
        ["17 NGACOP>(Paul Okafor)"],
        ["17 NGACOP>(Grace Okafor)"],
    ),
    # a place in an event's name ("the 2006 Lebanon war") names where it was, not a side of it
    ("Israeli troops killed two men in the 2006 Lebanon war.", ["19 ISRMIL>(two men)"], ["19 LBN>-"]),
    ("Kenyan troops killed four men in the 2011 Somalia war.", ["19 KENMIL>(four men)"], ["19 SOM>-"]),
    ("The Israel-Hezbollah war ended in 2006.", ["19 ISR>LBNREB"], []),
    # an unnamed person a use of force is aimed at through "at/on" is its target, as one hurt is
    ("The inmate pulled a knife on a prison officer in the van.", ["18 (inmate)>(prison officer)"], []),
    ("The gunman opened fire on a soldier near the gate.", ["19 (gunman)>(soldier)"], ["19 (gunman)>-"]),
    ("A masked man fired at a police officer outside the bank.", ["19 (man)>(police officer)"], ["19 ->-"]),
    # who kills or shoots "during/in" an attack on a place made the attack
    (
        "Sudanese troops on Monday killed 12 people during an attack on a church-run clinic in Juba.",
        ["19 SDNMIL>SSD"],
        ["19 ->SSD"],
    ),
    ("Twelve people were killed in an attack on a clinic in Juba.", [], ["19 (people)>SSD"]),
    # nationals listed inside the subject's own phrase are who acted, no other side a reporter names
    (
        "Forty crew (20 Kenyan and 20 Tanzanian) surrendered on boarding, the navy said.",
        [],
        ["08 KEN>TZA", "08 TZA>KEN"],
    ),
    # a "they" told before its reporter, that nothing before resolves, is not the reporter; a police
    # report of arrests keeps the police, and "police said they …" still may be the police
    (
        "They rushed to aid the trooper and flagged down a passing car, officials said.",
        [],
        ["07 ---GOV>(trooper)"],
    ),
    ("They fired rockets at the town overnight, the army said.", [], ["19 ---MIL>-"]),
    ("They arrested two men after the raid, police said.", ["17 ---COP>(two men)"], []),
    ("Police said they arrested two men.", ["17 ---COP>(two men)"], []),
    # a complaint lodged "to/with" a body, told as accusing someone, is aimed at the accused
    (
        "Ethiopia submitted a complaint to the United Nations, accusing Eritrea of backing the rebels.",
        ["11 ETH>ERI"],
        ["11 ETH>IGOUNO"],
    ),
    (
        "Kenya complained to the African Union, blaming Somali militants for the raid.",
        ["11 KEN>SOMREB"],
        ["11 KEN>IGOAFRAFU"],
    ),
    ("Kenya complained to the African Union about the raid.", ["11 KEN>IGOAFRAFU"], []),
    # told with a participle of claiming, the complaint is aimed at whom the claim names as acting
    (
        "Kenya lodged a complaint with the AU, arguing that Somali militants had crossed the border.",
        ["11 KEN>SOMREB"],
        ["11 KEN>IGOAFRAFU"],
    ),
    ("Kenya complained to the African Union, saying the talks had stalled.", ["11 KEN>IGOAFRAFU"], []),
    # a place in a war's name is no other side a reporter names
    ("Al-Shabaab rearmed after the 2006 Somalia war, Kenya said.", ["07 SOMREB>-"], ["07 SOMREB>SOM"]),
    ("Separatists rearmed after the 2008 Georgia war, Russian officials said.", [], ["07 ---SEP>GEO"]),
    # a name in the main clause before the one that holds the act ("X are …, and activists say …") is no
    # other side a reporter names
    (
        "Tanzanian President Joseph Mrema has lifted the curfew and vowed to pursue political reform. But"
        " most of the council candidates are from the ruling party, and activists say the president has"
        " failed to live up to his promises.",
        ["03 TZAGOV>-"],
        ["03 TZAGOV>---PTY"],
    ),
    # an "its" on what someone obstructs is not theirs: the body named before owns it
    (
        "The Senate opened an inquiry into the contract. The Pentagon sought to hamper its investigation.",
        ["09 USALEG>-"],
        ["09 USAMIL>-"],
    ),
    (
        "The FBI opened an inquiry into the deal. The White House tried to obstruct its investigation.",
        [],
        ["09 USAGOV>-"],
    ),
    # a trailing "…, alleges X." that the parser joins to the clause it reports: X accuses the doer
    (
        "The army shelled the market town on Monday, alleges the aid group.",
        ["11 ---NGO>---MIL"],
        ["11 ---MIL>---NGO"],
    ),
    (
        "Sudan's government shelled a camp near the border on Monday, alleges the Christian charity.",
        ["11 SDNNGO>SDNGOV"],
        ["11 SDNGOV>SDNNGO"],
    ),
    # an unnamed person who uses force on another unnamed person is its author, with no code
    ("The teenager stabbed a passenger at the station.", ["18 (teenager)>(passenger)"], []),
    ("The driver punched a passenger outside the bar.", ["18 (driver)>(passenger)"], []),
    # where an act on a person is done is no side of it; a place fired on still names its owner
    (
        "A gunman killed his girlfriend on the campus of the University of Nairobi.",
        [],
        ["19 (gunman)>KENEDU"],
    ),
    ("Police shot a teenager on the campus of the University of Nairobi.", [], ["19 ---COP>KENEDU"]),
    ("Israeli jets dropped bombs on a UN compound in Gaza.", ["19 ISRMIL>IGOUNO"], []),
    # … nor the place told between a shooting and its "of" phrase: the person after "of" is whom
    (
        "A fatal police shooting last week in Nairobi of Peter Otieno, 19, set off days of protest.",
        ["19 KENCOP>(Peter Otieno)"],
        ["19 KENCOP>KEN"],
    ),
    ("A police shooting in Mombasa of a teenage boy on Friday drew protests.", ["19 KENCOP>(boy)"], []),
    # "the organization" is no state's army or government named before it
    (
        "The Kenyan army shelled a camp near the border on Monday, alleges the Christian organization.",
        [],
        ["11 KENMIL>-"],
    ),
    # a report within a report: the action's "it"/"they" is the nearer reporter's, as the outer one
    # retells it, and no reporter at either level is acted on
    (
        "Reuters reported that the Kenyan army says it has captured 14 militants near the border.",
        ["17 KENMIL>---REB"],
        ["17 GBRMED>---REB"],
    ),
    (
        "The Nation reported that Ugandan police said they had arrested two smugglers.",
        ["17 UGACOP>---CRM"],
        [],
    ),
    (
        "Officials said the rebels claimed they had attacked the base.",
        ["19 ---REB>-"],
        ["19 ---GOV>---REB", "19 ---REB>---GOV"],
    ),
    (
        "Al Jazeera reported that the Syrian army said it had shelled rebel positions.",
        [],
        ["19 QATMED>SYRMIL"],
    ),
    # … inside a direct quote too: the quoted report's "it"/"they" is its named teller's, not the speaker's
    ("“Turkey says it will attack Greece,” the Cypriot minister said.", ["13 TUR>GRC"], ["19 ->GRC"]),
    ("“The rebels say they will storm the port,” the governor told reporters.", ["13 ---REB>-"], []),
    # … nor is the one a teller tells, a newspaper no dictionary knows included
    (
        "An aid worker, Sara Holm, told the Oslo Times: 'When the soldiers opened fire, we ran.'",
        ["19 ---MIL>-"],
        ["19 ---MIL>(Oslo Times)"],
    ),
    (
        "One of the boy's cousins, Mark Tully, told the Boston Globe: 'As the police opened fire, he was"
        " shouting, Stop!'",
        ["19 ---COP>-"],
        ["19 ---COP>(Boston Globe)"],
    ),
    # where a meeting or a speech is held is no side of it; what is fired "at" still is
    ("The student plans to meet dignitaries at the UN next week.", [], ["03 (student)>IGOUNO"]),
    ("Kerry met Lavrov at the UN on Tuesday.", ["04 USAELI>RUSGOV"], ["04 USAELI>IGOUNO"]),
    ("The prime minister will visit troops at the NATO base.", [], ["03 (prime minister)>IGOWSTNAT"]),
    ("Militants fired at a UN convoy near Goma.", ["19 CODREB>IGOUNO"], []),
    # a finding of guilt is passed on whom it judges, not on the victims its charge names
    ("A jury found Mark Dunn guilty of murder.", ["17 ---JUD>(Mark Dunn)"], []),
    (
        "A jury found Corwin guilty of killing his wife and their unborn child.",
        ["17 ---JUD>(Corwin)"],
        ["17 ---JUD>-"],
    ),
    ("The jury found the company liable for the spill.", ["11 ---JUD>---BUS"], []),
    # a surname the NER reads as an organisation, who says "he" of himself, is a person: his "he"
    # is not the man named before
    (
        "After shooting Steinberg, Whiteside said he had acted in self-defense.",
        ["19 (Whiteside)>(Steinberg)"],
        ["01 (Steinberg)>-"],
    ),
    ("After the shooting, Whiteside said she had acted in self-defense.", ["01 (Whiteside)>-"], ["01 ->-"]),
    # an action inside a condition the reporter sets ("saying that if it cooperated with X, …") is asked
    # of the one addressed, no intent of the reporter's toward a name inside the condition
    (
        "Canada wrote to the government in Venezuela, saying that if it cooperated with Colombia's inquiry, "
        "the embargo could be eased.",
        [],
        ["03 CAN>COL"],
    ),
    (
        "France sent a letter to Mali's junta, saying that if it worked with Niger on the border, aid could "
        "resume.",
        [],
        ["03 FRA>NER"],
    ),
    ("Germany said that if it won a seat on the council, it would cooperate with Iran.", ["03 DEU>IRN"], []),
    # an "its" in a phrase put before the sentence's subject is that subject's, not the body the phrase
    # names before it
    (
        "Under pressure from the European Union over its raids on opposition offices, the Turkish police "
        "released the detainees.",
        ["17 TURCOP>-"],
        ["17 IGOEUREEC>-"],
    ),
    (
        "Under intense pressure from the Kremlin to end its inquiry into the bombing, the Kenyan police "
        "gave up.",
        ["09 KENCOP>-"],
        ["09 RUSGOV>-"],
    ),
    # a bare craft after "by" is how someone travelled, not who acted; "by Kenyan helicopters" is a side
    ("Two Ugandan suspects were flown by helicopter to Nairobi.", [], ["04 KENMIL>UGA"]),
    ("The wounded were evacuated by helicopter to Nairobi.", [], ["07 KENMIL>-"]),
    ("The Ugandan rebels were attacked by Kenyan helicopters.", ["19 KENMIL>UGAREB"], []),
    # a war as the time of the told act: the "of" object of a counted act or day, or after "since the
    # start of", "during": no attack on the side it is waged "with"
    (
        "Militants fired mortars at a Kirkuk checkpoint on Sunday in the deadliest attack of the war with"
        " Iraq.",
        [],
        ["19 ->IRQ"],
    ),
    ("It was the deadliest day of the war with Georgia, officials in Moscow said.", [], ["19 ->GEO"]),
    (
        "Hezbollah fired rockets on Friday in the heaviest barrage since the start of the war with Israel.",
        [],
        ["19 ->ISR"],
    ),
    # a "his" in a clause whose subject is police or troops is not an officer named before: the one
    # whose car or home they search is the other person
    (
        "Sergeant Luis Ortega pulled over Dean Fowler near Dalton on Friday. Officers seized cash from his"
        " truck.",
        ["17 USAMIL>(Dean Fowler)"],
        ["17 USAMIL>(Luis Ortega)"],
    ),
    (
        "Captain Omar Hadi questioned Samir Aziz in Basra on Monday. Soldiers later raided his home.",
        ["17 IRQMIL>(Samir Aziz)"],
        ["17 IRQMIL>(Omar Hadi)"],
    ),
    # an appeal whose object is someone no actor stands for is aimed at no one named: not at those
    # inside the act it asks for
    (
        "Rosa Delgado had asked him to tell police about the calls, her sister said.",
        [],
        ["02 (Rosa Delgado)>---COP", "02 (Rosa Delgado)>USACOP"],
    ),
    (
        "Liam Cole asked her to inform the FBI about the letters, a friend said.",
        [],
        ["02 (Liam Cole)>USACOP"],
    ),
    # a war someone wages stays an event of its sides
    ("Russia launched a war with Ukraine in February.", ["19 RUS>UKR"], []),
    # an active verb with an object joined to a passive one is done by the passive's subject
    (
        "Omar Haddad was being tried for fraud when he overpowered a guard, took his pistol and shot the "
        "judge, police said.",
        ["18 (Omar Haddad)>---JUD"],
        ["18 ->---JUD"],
    ),
    # investigators of a body sent by no one named are that body's: it investigates, it is not investigated
    (
        "A bomb went off at a bank in Leeds. Investigators for Scotland Yard were dispatched to the scene.",
        ["09 GBRCOP>-"],
        ["09 ->GBRCOP"],
    ),
    ("Officials said the company was investigated by regulators in March.", [], ["09 (company)>-"]),
    # a passive of giving with no "by" names its giver with "from": the giver is the source, no target
    (
        "Food for the flood victims has been delivered from the regional government, an aid official said.",
        ["07 (regional government)>---CVL"],
        ["07 ->(regional government)"],
    ),
    # … and a name or nationality before the thing given, with a "to" phrase naming who gets it, gives it
    (
        "Most Norwegian aid to Chad is distributed through the church.",
        ["07 NOR>TCD"],
        ["07 ->NOR"],
    ),
    ("Swiss food aid to Yemen was delivered through the Red Crescent.", ["07 CHE>YEM"], ["07 ->CHE"]),
    # the members of what an uncoded person owns are not that person
    (
        "Pastor Daniel Hobbs leads a small sect near Boise. Several members of his church were arrested on"
        " Tuesday.",
        ["17 USACOP>(Several members)"],
        ["17 USACOP>(Daniel Hobbs)"],
    ),
    (
        "Daniel Hobbs sat in the same courtroom where several members of his church were convicted.",
        ["17 ->(several members)"],
        ["17 ->(Daniel Hobbs)"],
    ),
    # joined subjects trading fire: each other's side, the weapon none
    (
        "North Korea and South Korea traded heavy artillery fire near the disputed island.",
        ["19 PRK>KOR"],
        ["19 PRK>PRKMIL", "19 KOR>PRKMIL"],
    ),
    (
        "Armenia and Azerbaijan exchanged artillery fire along the front line.",
        ["19 ARM>AZE"],
        ["19 ARM>ARMMIL", "19 AZE>ARMMIL"],
    ),
    # demonyms joined before one agent word: each state's own agent of that sector
    (
        "Israeli and Syrian troops exchanged mortar fire across the border on Monday.",
        ["19 ISRMIL>SYRMIL"],
        ["19 ISRMIL>SYR"],
    ),
    ("Kenyan and Somali troops clashed near the border.", ["19 KENMIL>SOMMIL"], ["19 KENMIL>SOM"]),
    (
        "American and British diplomats met the Iranian envoy in Vienna.",
        ["04 USAGOV>IRNGOV", "04 GBRGOV>IRNGOV"],
        ["04 GBR>IRNGOV"],
    ),
    (
        "French and German police arrested three suspects near the border.",
        ["17 FRACOP>(three suspects)", "17 DEUCOP>(three suspects)"],
        [],
    ),
    # "it" opening a sentence: the body or craft the sentence before had as its subject
    (
        "The Indian navy said its warship had fired on the vessel. It had sunk a Thai trawler after a chase.",
        ["19 INDMIL>THA"],
        ["19 ->THA"],
    ),
    (
        "The Kenyan navy said a patrol boat had chased the skiff. It later seized two suspected pirates.",
        ["17 KENMIL>---CRM"],
        ["17 ->---CRM"],
    ),
    (
        "The army said its helicopter had come under fire. It then bombed rebel positions near Gao.",
        ["19 ---MIL>---REB"],
        ["19 ->---REB"],
    ),
    # … or the state it had as subject, and an "it" opening a clause joined to one whose subject is a state
    (
        "Kenya faces attacks of its own. It has accused Somalia of sheltering the gunmen.",
        ["11 KEN>SOM"],
        ["11 ->SOM"],
    ),
    (
        "Kenya faces attacks of its own, and it has accused Somalia of sheltering the gunmen.",
        ["11 KEN>SOM"],
        ["11 ->SOM"],
    ),
    # a town the gazetteer places abroad, in a story about another state that names none of its actors
    (
        "Fighting along the border has driven thousands of Sudanese refugees into South Sudan. "
        "The aid group's protection team arrived in Yida one month ago.",
        [],
        ["04 (NP)>SAU", "04 ---NGO>SAU"],
    ),
    (
        "Kenyan police said they had arrested the leader of the sect. The police raided homes in Bountiful.",
        ["17 KENCOP>(leader)"],
        ["17 KENCOP>USA"],
    ),
    (
        "Sudanese warplanes bombed villages in South Kordofan. A doctor said he had visited five aid "
        "workers in the Yida camp on Monday.",
        ["19 SDNMIL>(villages)"],
        ["04 (doctor)>SAUNGO"],
    ),
    # … a town of the story's own state still gives it
    ("Turkish troops imposed a curfew in Cizre after the clashes.", ["17 TURMIL>TUR"], []),
    # a nominal act counted in a series beside a clause ("…, the latest in a series of X") is its subject's
    (
        "Kenyan troops killed four militants on Sunday, the latest in a string of raids on the rebels.",
        ["19 KENMIL>KENREB"],
        ["19 ->KENREB"],
    ),
    (
        "The Nigerian army said it detained 12 smugglers, the latest in a wave of arrests of smugglers.",
        ["17 NGAMIL>---CRM"],
        ["17 ->---CRM"],
    ),
    # a "his" joined by "and" to the agent after "by" is the agent's: the one arrested is no doer
    (
        "Farmer Samuel Odhiambo was arrested by Kenyan police commander Peter Kimani and his deputy.",
        ["17 KENCOP>(Samuel Odhiambo)"],
        ["17 (Samuel Odhiambo)>-"],
    ),
    (
        "Trader Joyce Wambui was arrested by Kenyan police commander Grace Njeri and her deputy.",
        ["17 KENCOP>(Joyce Wambui)"],
        ["17 (Joyce Wambui)>-"],
    ),
    # a side the parser hung on what a "using" participle uses is the act's target, not the place fronted
    (
        "In Somalia, Kenyan jets carried out nine strikes using drones and fighter aircraft against"
        " al-Shabaab militants.",
        ["19 KENMIL>SOMREB"],
        ["19 KENMIL>SOM"],
    ),
    (
        "Russian forces launched an offensive using tanks and artillery against Ukrainian positions in the"
        " east.",
        ["19 RUSMIL>UKRMIL"],
        ["19 RUSMIL>-"],
    ),
    (
        "In Yemen, Saudi warplanes launched attacks using cluster bombs on Houthi rebels.",
        ["19 SAUMIL>YEMREB"],
        ["19 SAUMIL>YEM"],
    ),
    # unnamed officials met on a trip to a state are that state's; officials of a state of their own keep it
    (
        "During his visit to Kenya, the British foreign secretary met ministers and senior officials.",
        ["04 GBRGOV>KENGOV"],
        ["04 GBRGOV>---GOV"],
    ),
    (
        "The French foreign minister traveled to Senegal to discuss security with government officials.",
        ["04 FRAGOV>SENGOV"],
        [],
    ),
    ("On a trip to Peru, the Spanish king held talks with Chilean officials.", ["04 ESPGOV>CHLGOV"], []),
    # … as are those of a meeting intended on a trip ("will travel to … to discuss"), or of a visit told
    # by the verb's object ("will visit X, where she will meet …")
    (
        "The British envoy will travel to Nigeria next week to discuss trade with senior officials.",
        ["03 GBRGOV>NGAGOV"],
        ["03 GBRGOV>---GOV"],
    ),
    (
        "The French minister will then visit northern Nigeria on Friday, where she will meet regional"
        " government officials.",
        ["03 FRAGOV>NGAGOV"],
        ["03 FRAGOV>---GOV"],
    ),
    ("The German chancellor visited Kenya on Monday and met government officials.", ["04 DEUGOV>KENGOV"], []),
    # a count of some of a group ("two of the protesters", "one of the pirates") names the group's side
    ("Two of the protesters were charged with assault in Nairobi.", ["17 KENJUD>---CVL"], []),
    ("Three of the Ugandan traders were detained by Kenyan police.", ["17 KENCOP>UGABUS"], ["17 KENCOP>-"]),
    ("One of the Somali pirates fired at the Indian warship.", ["19 SOMCRM>INDMIL"], ["19 ->INDMIL"]),
    # … an unnamed group too ("three of the suspects"), not the state a place names
    ("Three of the suspects were arrested in Kenya on Monday.", ["17 KENCOP>(suspects)"], ["17 KENCOP>KEN"]),
    ("Seven of the men have been convicted in Texas.", ["17 USAJUD>(men)"], []),
    # … and a quantifier's ("some of the suspects", "many of the protesters")
    ("Some of the suspects were arrested in Uganda.", ["17 UGACOP>(suspects)"], []),
    (
        "Many of the protesters were detained by Kenyan police on Monday.",
        ["17 KENCOP>---CVL"],
        ["17 KENCOP>-"],
    ),
    ("Several of the rebels attacked a Kenyan army base.", ["19 KENREB>KENMIL"], ["19 ->KENMIL"]),
    # a place noun's own name as the object of force or coercion ("the town of X") is X's state
    ("Israeli tanks besieged the town of Jenin on Monday.", ["19 ISRMIL>PSE"], ["19 ISRMIL>-"]),
    ("Syrian government jets bombed the town of Idlib.", ["19 SYRMIL>SYR"], ["19 SYRMIL>-"]),
    # the gerund after "criticism/praise for" is done by whom the blame falls on (who "faced" or "came in
    # for" it), not by no one
    (
        "Though the Kenyan navy had come in for some criticism for sinking a Somali fishing boat, officials"
        " defended the patrol.",
        ["19 KENMIL>SOM"],
        ["19 ->SOM"],
    ),
    ("Ethiopia faced criticism for shelling the Eritrean border town.", ["19 ETH>ERI"], ["19 ->ERI"]),
    # one ordered to remain or stay in custody (or behind bars) is held by whoever gave the order, as one
    # "ordered held"; one ordered to remain indoors is only told to
    (
        "The two suspects were ordered to remain in custody by a Kenyan magistrate.",
        ["17 KENJUD>(two suspects)"],
        ["10 ->(two suspects)"],
    ),
    (
        "The Kenyan police officer was ordered to remain in detention by the court in Mombasa.",
        ["17 KENJUD>KENCOP"],
        [],
    ),
    (
        "A Tanzanian judge ordered the three Ugandan traders to stay behind bars until the trial.",
        ["17 TZAJUD>UGABUS"],
        [],
    ),
    ("Police in Nairobi ordered residents to remain indoors.", ["10 KENCOP>---CVL"], ["17 KENCOP>---CVL"]),
    # a name in a relative clause describing the act's own object is no other side of a reported act
    (
        "Canadian prosecutors filed charges against the founder of a commune that has ties to American"
        " militias, local media reported.",
        ["17 CANJUD>-"],
        ["17 CANJUD>USAREB"],
    ),
]


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _, _ in CASES}


def _side(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return actor.code or actor.country or f"({actor.name})"


def _dyads(article: Article) -> list[str]:
    return [f"{e.cameo_root} {_side(e.source)}>{_side(e.target)}" for e in article.events]


@pytest.mark.parametrize(("text", "expected", "absent"), CASES, ids=[c[0][:45] for c in CASES])
def test_sides(read: dict[str, Article], text: str, expected: list[str], absent: list[str]) -> None:
    dyads = _dyads(read[text])
    for dyad in expected:
        assert dyad in dyads, f"{dyad} not in {dyads}"
    for dyad in absent:
        assert dyad not in dyads, f"{dyad} read in {dyads}"
