"""Only real events (issue 11), police and courts: routine police work, legal steps, tolls, accidents
and relief read on real news, each fixed by a general rule (sentences of our own). Rows as in
test_only_real_events.py: a sentence, then every event strife reports in it as "CODE SOURCE>TARGET"
("-" for a side with no code), " historical" for background, " uncounted" for an event left out of
series and alerts; an empty list for none."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

LEGAL_STEPS = [
    # steps of a legal case told by different verbs in different sentences are different acts
    (
        "Peter Otieno was arrested in Nairobi. Otieno was charged with fraud.",
        ["173 KENCOP>-", "173 KENJUD>-"],
    ),
    ("Ayse Demir was charged with terrorism. Demir was remanded in custody.", ["173 ->- uncounted"] * 2),
    # a protester charged with a crime is charged by the law, not charged at by riot police (175)
    ("Two protesters were charged with assault in Nairobi on Monday.", ["173 KENJUD>---CVL"]),
    ("Riot police in Nairobi charged the protesters with batons on Monday.", ["175 KENCOP>---CVL"]),
    # the place a "where" clause hangs on is where the act was done, not the story's main country
    (
        "Peter Otieno was arrested in Nairobi on Monday. His brother lives in Uganda, where he was charged"
        " with fraud last year.",
        ["173 KENCOP>-", "173 UGAJUD>-"],
    ),
    # an act of a relative clause in a sentence naming a charge is the crime described, no event of its own
    (
        "A Nairobi man has been charged with murder in a hit and run that killed a woman at the market.",
        ["173 KENJUD>KEN"],
    ),
    (
        "The Kenyan woman who shot three co-workers at the plant has been charged with murder.",
        ["173 KENJUD>KEN"],
    ),
    # … while with no charge named it stays an act
    (
        "Somali militants who attacked the Kenyan town killed twelve people.",
        ["190 SOMREB>KEN", "190 SOMREB>-"],
    ),
    # … two words of one coercion in one sentence tell one act
    ("Kenyan police used tear gas to disperse the students.", ["175 KENCOP>---EDU"]),
    # the next step the police will take against the suspect of a case is procedure told ahead, no threat;
    # against an opposition leader, or anyone who defies them, it stays a threat (137)
    (
        "Kenyan police said they will arrest the suspect when he returns to Nairobi.",
        ["173 KENCOP>- uncounted"],
    ),
    (
        "Kenyan police will arrest opposition leader Raila Odinga if he returns, the Kenyan minister said.",
        ["137 KENGOV>KENOPP"],
    ),
    ("Kenyan police will detain anyone who joins the protest, the Kenyan minister said.", ["137 KENCOP>-"]),
    # an intention told as past in a charge or a finding is the motive of the crime, no threat (138x)
    (
        "The Kenyan prosecutor said Peter Otieno is charged with murder because he intended to kill someone.",
        ["173 KENJUD>-"],
    ),
    ("The Kenyan court found that Peter Otieno had planned to bomb the Ugandan embassy.", []),
    # … while an intent a side announces, backshifted in a report, stays a threat
    ("Russia said it intended to invade Ukraine.", ["1382 RUS>UKR"]),
]

HAZARDS = [
    # force spent on a fire, or a death an accident caused with no one named, is no one's act
    ("Kenyan firefighters battled the blaze at the market for six hours.", []),
    # … battled like fought, and in the passive too ("the fire was battled by …")
    ("Kenyan firefighters battled the fire at the market for six hours.", []),
    ("The fire at the market was battled by Kenyan firefighters for six hours.", []),
    ("Twelve Kenyan pilgrims were killed in a stampede in Mecca.", []),
    ("Three Kenyan soldiers were killed in a helicopter crash near the border.", []),
    # … as is a death after a mishap, or a person struck by nothing named and with no weapon
    ("A Kenyan tourist was killed after falling from a cliff in Tanzania.", []),
    ("An Irish woman was struck while crossing the road outside a shop on Monday.", []),
    ("A Kenyan soldier was struck by Somali rebels near the border.", ["190 SOMREB>KENMIL"]),
    # … a headline's passive with no auxiliary, and a death after a fall, too
    ("Ugandan teacher killed in bus crash", []),
    ("A Ugandan hiker has been killed after falling from a ridge in Kenya.", []),
    # … also when the accident is told on a passive joined to the death, or in its "when" clause
    ("A young Kenyan boy was killed and dozens of others were injured in the floods.", []),
    ("A hospital director said a Kenyan boy was killed at home when a wall collapsed.", []),
    # … the accident's own clause doing the harm too ("when a wall collapsed and crushed his legs")
    ("A Kenyan boy was killed at home when a wall collapsed and crushed his legs.", []),
    ("Kenyan robbers crashed a truck into the store and stole jewels.", ["171 KENCRM>-"]),
    # … and a force of nature in a time phrase, when the parse lends its verb the clause's subject
    (
        "A United Nations relief team was flown to the region after two quakes, measuring 6.6 and 6.2, "
        "struck east of Lodwar Feb. 9.",
        ["073 ->IGOUNO"],
    ),
    (
        "Kenyan police were deployed to the border after the floods and shot two smugglers.",
        ["153 ->KENCOP", "193 KENCOP>---CRM"],
    ),
    # … and a passive whose "by" agent is a vehicle or its driver is a road accident
    ("A Kenyan woman was killed by a hit-and-run driver in Nairobi on Monday night.", []),
    ("Police say the Kenyan woman was struck by a grey car heading north.", []),
    ("A Kenyan woman was killed when she was struck twice by a car outside the store.", []),
    # … also as a passive gerund with no subject of its own ("died after being struck by a van")
    ("A Kenyan pensioner died after being struck by a minibus in Mombasa on Sunday.", []),
    ("A Ugandan cyclist was badly hurt after being hit by a lorry near Jinja.", []),
    ("A Kenyan boy was rushed to hospital after being struck by a taxi in Nakuru.", []),
    ("A Kenyan trader died after being stabbed by Somali rebels near the border.", ["1823 SOMREB>KENBUS"]),
    ("A Kenyan soldier was killed by a car bomb in Mogadishu.", ["1832 SOM>KENMIL"]),
    # … while fire opened on people and a strike with its author stay uses of force
    ("Kenyan troops opened fire on protesters in Nairobi.", ["193 KENMIL>KENCVL"]),
    (
        "Two Kenyan soldiers were killed when militants attacked their convoy.",
        ["190 ->KENMIL", "190 KENREB>-"],
    ),
    ("Five Kenyan soldiers were killed in an air strike by Somali militants.", ["195 SOMREB>KENMIL"]),
]

TOLLS = [
    # a count of people hurt with no one named as doing it is a toll, a statistic: no event
    ("Twelve people were killed in Nairobi on Sunday and dozens more were hurt.", []),
    ("Two people were killed when a shell hit a clinic in Mogadishu.", []),
    ("Eleven Kenyans have been killed in the conflict so far.", []),  # people of a nation, counted
    ("Seven Somalis were killed in the fighting on Sunday.", []),
    # … but one told through the attack that did it is that attack, its author unknown (CAMEO codes it)
    ("At least 30 people were wounded in the attack on the market, officials said.", ["190 ->- uncounted"]),
    (
        "Two guards were killed and another wounded in a shooting at a Leeds depot.",
        ["190 ->- uncounted", "193 ->- uncounted"],
    ),
    ("Four people were wounded during a knife attack at a bus stop in Bristol.", ["180 ->- uncounted"]),
    ("A car bomb explosion killed three shoppers outside a bakery in Leeds.", ["183 ->- uncounted"]),
    ("A grenade blast wounded two customers at a cafe in Leeds, police said.", ["183 ->- uncounted"]),
    # … not one told through an accident, nor a thing that is no attack
    ("Three people were killed in a gas explosion at a Leeds factory.", []),
    ("Nine people were killed in a blast at a coal mine in Yorkshire.", []),
    # … while one named as its author keeps it an event
    ("Ten people were killed by Kenyan police in Mombasa.", ["190 KENCOP>-"]),
    ("Seven Somalis were killed by Kenyan troops on Sunday.", ["190 KENMIL>SOM"]),
    # … and one unnamed person shot, stabbed or killed is a victim, no toll: an act with no author named
    ("A man was shot and killed outside a bar in Leeds on Friday.", ["193 ->- uncounted"]),
    ("One man was shot dead outside the club and two others were wounded.", ["193 ->- uncounted"]),
    # force by a state's own police on people no name is given for is not against that state
    ("Police shot a teenager in Nairobi on Saturday.", ["193 KENCOP>-"]),
    ("Police in Nairobi fired on a crowd and killed a student.", ["175 KENCOP>-", "190 KENCOP>-"]),
]

HELD = [
    # a passive joined to a clause whose subject acts is done to that subject: the one arrested, not a place
    ("Ayse Demir returned to Turkey and was detained at the airport in Ankara.", ["173 TURCOP>-"]),
    ("Peter Otieno fled to Uganda but was arrested by Kenyan police in Kampala.", ["173 KENCOP>-"]),
    (
        "The Kenyan suspect surrendered after a standoff and was charged with murder.",
        ["0874 KEN>-", "173 KENJUD>KEN"],
    ),
    # … not one with a subject of its own
    ("He fled and his car was seized by Kenyan police.", ["171 KENCOP>-"]),
    # held without bail, or ordered held, is held (ordered by the state's courts: strife.events.justice)
    ("The Kenyan suspect was held without bail.", ["173 ->KEN"]),
    ("The Kenyan suspect was ordered held without bail.", ["173 KENJUD>KEN"]),
    # an unnamed person charged or arrested is held, with no one named as holding them: an arrest (173),
    # by the state's courts or police where a place or the story names the state (strife.events.justice)
    ("A man has been charged with the murder of his neighbour in Leeds.", ["173 GBRJUD>-"]),
    # … a town of the story's country the gazetteer puts elsewhere by its name (Ontario's) is the story's
    (
        "A man was charged with murder on Friday in the stabbing of a cab driver in Richmond Hill, police "
        "said.\n\nThe NYPD said he knew the driver.",
        ["173 USAJUD>-"],
    ),
    ("The suspect was arrested without incident shortly after the crash.", ["173 ->- uncounted"]),
    ("A teenager has been charged with arson after a fire destroyed a school.", ["173 ->- uncounted"]),
    ("A driver fled the scene on foot and was arrested.", ["173 ->- uncounted"]),
    # … charged on suspicion of a crime, or over or in one, as well as with it
    (
        "A woman has been charged on suspicion of arson following a fire at a warehouse.",
        ["173 ->- uncounted"],
    ),
    ("Two Kenyan ministers were charged over the theft of public funds.", ["173 KENJUD>KENGOV"]),
    # … and the crime one is convicted "on" is the charge, no act of its own
    (
        "The Kenyan gunman was also convicted on killing a Kenyan police sergeant outside the courthouse.",
        ["173 KENJUD>KENUAF"],
    ),
    # … booked into or taken to a jail is held too, and an arraignment is a charge read in court
    ("A Leeds man was booked into county jail on Sunday.", ["173 ->- uncounted"]),
    ("Two Kenyan students were taken to jail in Nairobi.", ["173 ->KENEDU"]),
    ("A Ugandan doctor was arraigned on fraud charges on Monday.", ["173 ->UGAHLH"]),
    # … one who faces or awaits charges or a trial undergoes it: the target, with the doer unnamed
    ("A Leeds man faces two counts of murder, police said.", ["173 ->- uncounted"]),
    ("Two Kenyan ministers face corruption charges.", ["173 ->KENGOV"]),
    ("The Ugandan teacher now faces trial in Kampala.", ["173 ->UGAEDU"]),
    ("A Leeds man is awaiting trial on fraud charges.", ["173 ->- uncounted"]),
    ("Two Kenyan ministers will stand trial for fraud.", ["173 ->KENGOV uncounted"]),
    # … an arraignment faced or awaited, too
    (
        "Peter Brand faces arraignment in Leeds Crown Court on Wednesday on two murder charges.",
        ["173 ->- uncounted"],
    ),
    ("Peter Brand is awaiting arraignment in Leeds.", ["173 ->- uncounted"]),
    # … one said to be in a legal state, custody, a trial or an indictment, is held in it: the subject of a
    # verb of being or going, or the object of one of keeping, whose subject keeps them there
    ("The alleged shooter is in police custody, Leeds police said.", ["173 ->- uncounted"]),
    ("Two Kenyan students remain in custody in Nairobi.", ["173 ->KENEDU"]),
    ("A Leeds man goes on trial next week.", ["173 ->- uncounted"]),
    ("The Ugandan teacher is under indictment in Kampala.", ["173 ->UGAEDU"]),
    ("Kenyan police have a suspect in custody after the fire.", ["173 KENCOP>-"]),
    # … and an offence's abbreviation is no actor arrested
    ("Peter Otieno was arrested on a DUI charge by Kenyan police on Friday.", ["173 KENCOP>-"]),
    # … and a prison one is held at is where, not whom, even when it is named and has a state
    ("Peter Brand has been held at the Leeds State Prison since 2019.", ["173 ->- uncounted"]),
    ("Militants attacked the Kandahar prison on Monday.", ["190 AFGREB>AFGCOP"]),
    # … one due, expected or scheduled to be arraigned or charged is its target, as one arraigned is
    ("A Leeds man is expected to be arraigned in Leeds on Friday.", ["173 ->- uncounted"]),
    ("Two Kenyan students are due to be arraigned in Nairobi.", ["173 ->KENEDU"]),
    # … a sentence handed down or recommended is the court's or jury's act; one given or received is undergone
    ("A Kenyan judge handed down a ten-year sentence on Monday.", ["173 KENJUD>-"]),
    ("A jury in Nairobi recommended the maximum sentence.", ["173 KENJUD>-"]),
    ("The Ugandan teacher was given a life sentence.", ["173 ->UGAEDU"]),
    ("Two Kenyan ministers received sentences of ten years.", ["173 ->KENGOV"]),
    # … and the one a trial is of, for or against when it starts
    ("The fraud trial of a Leeds man starts on Monday.", ["173 ->- uncounted"]),
    ("The trial against two Kenyan ministers began in Nairobi.", ["173 ->KENGOV"]),
    ("The trial of the decade begins.", []),
    # … while talks on hold, a country on the brink of war and a case that goes to trial hold no one
    ("The Kenyan talks are on hold.", []),
    ("The fraud case went to trial in Nairobi.", []),
    # … while a country facing a choice undergoes nothing
    ("Kenya faces a difficult choice over the port.", []),
    # … while one taken to a hospital, or a room booked, is no one held
    ("A Leeds man was taken to a hospital after the crash.", []),
    # … one held without bail or at a jail, or denied bail, is held
    ("A Leeds man has been held without bail since Sunday.", ["173 ->- uncounted"]),
    ("A Leeds man was held at the county jail on Monday.", ["173 ->- uncounted"]),
    ("A Nairobi court refused bail to two Ugandan students.", ["173 KENJUD>UGAEDU"]),
    # … one caught is arrested, by the state's police when no one is named; an unnamed one caught or
    # apprehended by someone no one resolves is held all the same
    ("Peter Brand fled Leeds. Brand was caught in Manchester on Monday.", ["173 GBRCOP>-"]),
    ("They later apprehended the suspect near the Leeds station.", ["173 ->- uncounted"]),
    ("Kenyan police caught two Ugandan smugglers at the border.", ["173 KENCOP>UGACRM"]),
    # … the noun an arrest's or a court's passive participle describes is held, anywhere in the sentence
    # (by the state's police or courts, as a marked passive is: strife.events.justice)
    ("A suspected Kenyan gang leader arrested in a police raid has died in his cell.", ["173 KENCOP>KENCRM"]),
    ("The driver was among four men arrested on Sunday for the robbery.", ["173 ->- uncounted"]),
    ("Peter Brand, charged with fraud in May, was seen in Leeds on Friday.", ["173 GBRJUD>-"]),
    # … and a headline's verb of bidding with a "to" clause and no object: its subject was bidden
    ("Kenyan ministers ordered to resign over graft scandal", ["1041 ->KENGOV"]),
    ("Ugandan protesters urged to end sit-in", ["020 ->UGACVL"]),
    ("A Kenyan soldier charged with killing a trader has been jailed in Nairobi.", ["173 KENJUD>KENMIL"]),
    # … and so is a participle joined to a passive, sharing its subject
    (
        "Two Ugandan doctors were arrested in Kampala on Friday and charged with fraud.",
        ["173 UGACOP>UGAHLH", "173 UGAJUD>UGAHLH"],
    ),
    # … the possessor of an arrest, a detention or a trial undergoes it, unless an "of" phrase names who does
    ("Peter Brand's arrest on Monday angered his supporters in Leeds.", ["173 ->- uncounted"]),
    ("The Kenyan minister's detention in Nairobi was extended by a week.", ["173 ->KENGOV"]),
    ("Two Ugandan smugglers are in the Kenyan navy's custody.", ["173 KENMIL>-"]),
    ("Kenya's arrest of the journalist angered his supporters.", ["173 KEN>-"]),
    # … and a person's killing, murder or shooting was done to him, while a state's or a group's is its own
    ("The Ugandan envoy's killing on Monday shocked Kenyans.", ["190 ->UGAGOV"]),
    ("Israel's bombing angered Lebanon.", ["195 ISR>-"]),
    ("The Kenyan rebels' killings terrified villagers.", ["190 KENREB>-"]),
    # … and so does the "of" object of an arrest, a detention or a trial with no one named as its author
    ("The arrest of two Kenyan smugglers in Mombasa was the largest this year.", ["173 ->KENCRM"]),
    ("The trial of three Ugandan soldiers opened in Kampala on Monday.", ["173 ->UGAMIL"]),
    ("The sentence of the Kenyan court angered the farmers.", []),
    ("A Kenyan court issued a warrant for the arrest of two Ugandan smugglers.", []),
    # … an arrest or a charge whose doer is named by a common noun ("a SWAT team", "the indictment") is
    # still done by someone, not a thing's doing (a thing's force or damage still is none: hit by a car,
    # burned by a fire)
    ("Peter Brand, a Leeds builder, was arrested on Friday by a police SWAT team.", ["173 ->- uncounted"]),
    # (an indictment speaks for the state's prosecutors: its courts' act)
    ("The indictment charges a Kenyan banker with fraud.", ["173 KENJUD>KENBUS"]),
    ("A Leeds man was hit by a car on Friday.", []),
    ("A fire burned the Kenyan embassy to the ground.", []),
    # … while a participle of harm describing people stays a description of who they are
    ("A Kenyan soldier wounded in the ambush is recovering in a Nairobi hospital.", []),
    # … while a house that catches fire, or people caught in a crossfire or on camera, are held by no one
    ("A Leeds house caught fire on Monday.", []),
    ("Two Kenyan civilians were caught in the crossfire.", []),
    ("The Leeds man was caught on camera.", []),
    # … a state's highway patrol is its police, as a sheriff's office is
    ("Peter Brand was arrested by the Ohio State Highway Patrol on Tuesday.", ["173 USACOP>-"]),
    ("A Leeds man was stopped and arrested by the Texas Highway Patrol.", ["173 USACOP>-"]),
    # … arrested "for" a crime: the reason of the arrest, not an aim it is fought for
    ("A Leeds man was arrested for murder on Sunday.", ["173 ->- uncounted"]),
    ("Two Kenyan students were arrested for arson on Monday.", ["173 KENCOP>KENEDU"]),
    # … and a legal step "in" an accident is someone's act, not a suffering in it
    ("A Leeds man has been charged in a fatal crash on the motorway.", ["173 ->- uncounted"]),
    ("Two Kenyan men have been convicted in the collapse of a school.", ["116 KENJUD>KEN"]),
    # … a conviction of people is legal action (173: the codebook's note on 116 says "when individuals
    # are found guilty and are therefore detained, use 173"), of a state or a firm 116; a jury that
    # convicts is the judiciary of its place, and so is the court behind an agentless conviction or sentence
    ("A jury in Nairobi convicted two Kenyan doctors of fraud.", ["173 KENJUD>KENHLH"]),
    ("A jury in London returned a guilty verdict against a former nurse on Friday.", ["116 GBRJUD>-"]),
    ("A Ugandan teacher was found guilty of murder on Monday.", ["173 ->UGAEDU"]),
    ("A Kenyan court found the mining company liable for the spill.", ["116 KENJUD>---BUS"]),
    ("A Kenyan court convicted Uganda of spying on its ministers.", ["116 KENJUD>UGA"]),
    ("A Kenyan jury has found 30-year-old Daniel Odhiambo guilty of murder.", ["173 KENJUD>-"]),
    ("A Nairobi judge today found former bank clerk Daniel Otieno guilty of theft.", ["173 KENJUD>-"]),
    # … or a noun of a person no name is given for
    ("A jury in Nairobi convicted a man of murder on Monday.", ["173 KENJUD>-"]),
    ("A gang member was convicted in Nairobi on Tuesday of killing a shopkeeper.", ["173 KENJUD>---CRM"]),
    ("Daniel Odhiambo was convicted of murder in Kenya on Monday.", ["173 KENJUD>-"]),
    # … but one found "not guilty" is acquitted, no legal action against him; a plea of not guilty denies
    ("A jury in Nairobi found the Kenyan doctor not guilty of fraud.", []),
    ("A Kenyan teacher was found not guilty of theft on Monday.", []),
    ("A Kenyan farmer pleaded not guilty to arson on Monday.", ["016 KENAGR>-"]),
    # … one verdict on a pronoun's person is legal action too, however many charges it lists: a charge the
    # parser tears off as the verb's object names its victim, no second one convicted
    ("A jury in Nairobi found him guilty of fraud on Monday.", ["173 KENJUD>-"]),
    (
        "A jury in Nairobi found Daniel Otieno guilty of the first-degree murder of his wife and the"
        " second-degree murder of his unborn child.",
        ["173 KENJUD>-"],
    ),
    ("KISUMU, Kenya (AP) - The gunman was sentenced to life in prison on Monday.", ["173 KENJUD>-"]),
    (  # a victim set off by commas after "his wife" is her name, no second convicted
        "On November 12, a jury in Nairobi convicted Daniel Otieno of first-degree murder in the death of his"
        " wife, 23-year-old Laci, and second-degree murder in the death of his unborn son.",
        ["173 KENJUD>-"],
    ),
    # a grand jury returning charges or an indictment brings them (173), no return of anything (084)
    ("A grand jury in Nairobi returned charges against two Kenyan police officers.", ["173 KENJUD>KENCOP"]),
    ("A grand jury in Nairobi has returned an indictment against a Kenyan banker.", ["173 KENJUD>KENBUS"]),
    (
        "A Kenyan farmer pleaded not guilty on Monday to charges returned by a grand jury in Nairobi.",
        ["016 KENAGR>KENJUD", "173 KENJUD>-"],
    ),
]

COUNTED_AND_FREED = [
    # arrests told only by their number are the police's of the state where they are made
    ("As scuffles broke out in Leeds, 46 were arrested on Wednesday night.", ["173 GBRCOP>-"]),
    ("As the protests spread across Kenya, dozens of arrests have been made.", ["173 KENCOP>-"]),
    ("Over 50 arrests have been made in Nairobi over four nights of protest.", ["173 KENCOP>-"]),
    ("After the march in Lagos there were 46 arrests, mostly for disorderly conduct.", ["173 NGACOP>-"]),
    # … while someone's arrests told as a topic, or a count of things, are no event
    ("His two arrests in Lagos made headlines.", []),
    ("There were 46 cars in Lagos.", []),
    # … and so is an arrest a partitive phrase restates to sort its counted people, fronted or counted out
    (
        "Kenyan police arrested two men on Monday. Of the two men arrested, one is a Ugandan soldier.",
        ["173 KENCOP>-"],
    ),
    ("Of the 14 fishermen seized by the Kenyan navy, nine are Tanzanian.", []),
    (
        "Nigerian police detained 30 traders. Three of the 30 traders detained were women.",
        ["173 NGACOP>---BUS"],
    ),
    # … while one of uncounted people may be the only report of it
    ("Of the prisoners freed by Kenya last week, most were Ugandan.", ["0841 KEN>---CVL"]),
    # one released on bail, or booked or taken into a jail and later released, is freed by the state's
    # courts (0841): the release shares the subject of the verb it is joined to, or of its relative clause
    (
        "Tom Baker was booked into county jail in Ohio and later released on bail.",
        ["173 ->- uncounted", "0841 USAJUD>-"],
    ),
    (
        "The player was taken to the county jail in Ohio and later released.",
        ["173 ->- uncounted", "0841 USAJUD>-"],
    ),
    (
        "Tom Baker, who was booked into county jail in Ohio and later released on bail, gave a blood sample.",
        ["173 ->- uncounted", "0841 USAJUD>-"],
    ),
    ("Tom Baker was released on bail in Ohio on Friday.", ["0841 USAJUD>-"]),
    # … while hostages or a video released are freed by no law
    ("Two hostages were released in Iraq on Friday.", []),
    ("The video was released in Ohio on Friday.", []),
    # one convicted or charged in a relative clause is the one the clause hangs on
    (
        "Among them is Tom Baker, who has already been convicted in Ohio on two counts of fraud.",
        ["173 USAJUD>-"],
    ),
    ("Police in Leeds named Tom Baker, who has also been charged with animal cruelty.", ["173 GBRJUD>-"]),
    # an arrest near a game is an arrest, in a sentence PETRARCH discards ("playoff") too; a win is no force
    (
        "Star receiver Tom Baker was arrested in Ohio on Tuesday, five days before a key playoff game.",
        ["173 USACOP>-"],
    ),
    ("The team beat their rivals in the playoff game in Ohio.", []),
    # … and so is a release from the law's hold, by the state's courts, before a game too; a player
    # released with no one named as freeing him is cut from a team, no event
    (
        "Star receiver Tom Baker was booked into jail in Ohio and later released on bail, two days before"
        " a key playoff game.",
        ["173 ->- uncounted", "0841 USAJUD>-"],
    ),
    ("Star receiver Tom Baker was released on Tuesday, two days before a key playoff game.", []),
    # a person taken back to a place of custody or care is moved, not released (084) …
    ("Rono, a Kenyan inmate, was returned to the facility in Nairobi, where he died.", []),
    ("Kenyan police returned the suspect to the jail on Monday.", []),
    ("The wounded Kenyan soldier was returned to the hospital in Nairobi.", []),
    # … while captives handed back are
    ("Somali pirates returned the Kenyan crew to Mombasa.", ["084 SOMCRM>KEN"]),
]

COURT_DATES = [
    # one appearing before a court is held there: the target of 173 by the courts of the state where it
    # sits; one due in court or due to appear before one has a date set, told as future (uncounted)
    ("Peter Brand is due in court in Leeds over the murder of his neighbour.", ["173 GBRJUD>- uncounted"]),
    ("He is due before Leeds magistrates' court today.", ["173 ---JUD>- uncounted"]),
    ("A man is due in court in Leeds on Monday.", ["173 GBRJUD>- uncounted"]),
    ("Peter Brand is due to appear in court in Leeds on Monday.", ["173 GBRJUD>- uncounted"]),
    ("The defendant appeared before magistrates in Leeds on Monday.", ["173 GBRJUD>-"]),
    # … while one only expected to, a question of when, a lawyer or a case in court hold no one
    ("Peter Brand is expected to appear in court in Leeds next Monday.", []),
    ("It was unclear when he would appear in court in Leeds.", []),
    ("A lawyer for the family appeared before the tribunal in Leeds.", []),
    ("The case went to court in Nairobi.", []),
    ("The court in Nairobi heard that the minister had lied.", []),
    # a trial date set is the court's legal action, told as future (uncounted); a sentencing or an
    # election date set is not
    (
        "Trial is set for June 17 for Peter Brand of Leeds, who is accused of shooting his neighbour.",
        ["173 GBRJUD>- uncounted"],
    ),
    ("A judge in Leeds set a trial date for Peter Brand.", ["173 GBRJUD>- uncounted"]),
    ("Formal sentencing is set for 11 a.m. on Nov. 8 in Ohio.", []),
    ("Kenya has set a date for elections.", []),
]

THEFT = [
    # a theft or robbery is a seizure of property (171), as the news dev set codes a heist
    (
        "Armed robbers made off with watches from a jewellery shop in Nairobi on Monday.",
        ["171 ---CRM>- uncounted"],
    ),
    ("Kenyan thieves stole two million shillings from a bank in Mombasa.", ["171 KENCRM>-"]),
    # … by no one named, valuables are taken by thieves unknown; an unnamed person who robs is its author
    ("Watches worth a million shillings were stolen from a shop in Nairobi.", ["171 ---CRM>- uncounted"]),
    ("Gold and cash were stolen during a burglary at a Mombasa hotel.", ["171 ---CRM>- uncounted"]),
    ("A masked man carried out a robbery at a Nairobi bank on Monday.", ["171 ->- uncounted"]),
    ("Two men smashed a van into a shop in Nairobi and grabbed rings and watches.", ["171 ->- uncounted"]),
    # … weapons or drugs recovered by forces are seized (1711); a team recovering, or a body, is not
    ("Kenyan soldiers recovered six rifles and two grenades in Lamu.", ["1711 KENMIL>-"]),
    ("The Kenyan team recovered from a goal down.", []),
    ("Kenyan police recovered the body of a fisherman.", []),
    # … while a player who steals the show takes nothing from anyone, nor is an election stolen a theft,
    # nor a theft described or named as a place
    ("The Kenyan striker stole the show with two late goals.", []),
    ("Kenyan runners grabbed gold in the relay.", []),
    ("The vote was stolen, the Kenyan opposition said.", []),
    ("The burglary in Mombasa was the third this month.", []),
    ("Kenyan detectives searched the scene of the robbery.", []),
]

JUDGED = [
    # a passive of judgement with a predicate tells what someone is held to be: no demand, no event
    ("Authorities warned that the gunman should be considered armed and dangerous.", []),
    ("Kenyan police said the fugitive should be considered armed and dangerous.", []),
    # … while what someone says another should undergo is a demand
    ("Khartoum should be taken to book, the Kenyan president said.", ["100 KENGOV>SDN"]),
    # the charge an accused is charged with names no side: its possessor is the victim
    (
        "A Somali diplomat was shot dead last week. "
        "Kenyan prosecutors charged two Ugandan soldiers with his murder.",
        ["193 ->SOMGOV", "173 KENJUD>UGAMIL"],
    ),
    ("Kenyan police charged a Somali diplomat with espionage.", ["1125 KENCOP>SOMGOV"]),
    # a passive conviction of a person (173) names its author, the state's courts, as an arrest does its
    # police
    ("A man was convicted of murder in Leeds on Thursday.", ["173 GBRJUD>-"]),
    ("Peter Brand, of Leeds, was found guilty of fraud on Monday.", ["173 GBRJUD>-"]),
    # … and so does a passive sentence given ("was given a seven-year sentence") or a custody ordered
    (
        "Peter Otieno was convicted of fraud in Nairobi. Otieno was given a seven-year sentence.",
        ["173 KENJUD>-", "173 KENJUD>-"],
    ),
    (
        # being before a court is the judiciary's where it sits, not the bare state a place on it names
        "Ayse Demir appeared in an Ankara court on Monday. Demir was ordered held without bail.",
        ["173 TURJUD>-", "173 TURJUD>-"],
    ),
    # a person accused with no one named as accusing is the case against them, coded or not (112)
    ("Peter Brand is accused of fatally shooting his neighbour.", ["112 ->- uncounted"]),
    ("Anna Kowalski was accused of stealing from her employer.", ["1121 ->- uncounted"]),
    # force a private person is accused of is a crime (1121), not aggression (1123): armed forces' stays
    ("The district attorney said the defendant is accused of striking a cyclist.", ["1121 ->- uncounted"]),
    (
        "Prosecutors said Peter Brand is accused of striking a woman with a bottle.",
        ["1121 ---JUD>- uncounted"],
    ),
    ("Somali soldiers are accused of striking a Kenyan village.", ["1123 ->SOMMIL"]),
    # the unnamed person accused is the accusation's target, not the victim of the crime it alleges
    (
        '"The suspect is accused of robbing a Kenyan tourist," said Inspector John Mwangi.',
        ["112 ->- uncounted"],
    ),
    ("A suspect is accused of killing a Kenyan student, prosecutors said.", ["1121 KENJUD>-"]),
]

PUBLIC_APPEALS = [
    # a call on the public at large for information or care is routine police work, no appeal (02)
    ("Kenyan police are appealing for anyone with information to contact them.", []),
    ("Kenyan police appealed to the public for information about the attack.", []),
    ("Kenyan police appealed for witnesses to come forward.", []),
    ("The Kenyan police chief urged everyone in Nairobi to pay more attention to gang violence.", []),
    ("Police asked members of the public to avoid the area.", []),
    # … while an appeal to a side, or to a population to act, stays one
    ("The Kenyan government urged residents to evacuate the coast.", ["0233 KENGOV>---CVL"]),
    ("Kenyan police asked Ugandan police for information about the attack.", ["0214 KENCOP>UGACOP"]),
]

POLICE_SCENE = [
    # a suspect giving himself up to the police, officers posted at a scene, police negotiating with a
    # gunman: police work at a scene, no political event
    ("The gunman surrendered to Kenyan police after a standoff.", []),
    ('"A suspect gave himself up to police on Monday," the Kenyan police chief said.', []),
    ("Two Kenyan police officers were stationed outside the school on Friday night.", []),
    (
        "Kenyan police locked down the neighborhood and negotiated with the gunman, who gave himself up "
        "to police.",
        [],
    ),
    # police giving first aid to people at a scene is police care
    ("Police officers gave the injured woman first aid, Kenyan police said.", []),
    ("Kenyan police officers gave the victim first aid at the scene.", []),
    # … rebels who surrender stay coded, and so do officers posted abroad
    ("Somali rebels surrendered to Kenyan police on Monday.", ["0874 SOMREB>KENCOP"]),
    ("Kenyan police officers were stationed in Somalia.", ["153 ->KENCOP"]),
    # a state's police forces working together on a case are one inquiry, no material cooperation (06);
    # police of another country stay cooperation
    ("Kenyan police detectives are working with local police to investigate the shooting.", []),
    ("Spanish police worked with French police to dismantle the smuggling ring.", ["060 ESPCOP>FRACOP"]),
]

UNNAMED_SIDES = [
    # an unnamed officer, judge or policeman a side of an event stands for the story's country …
    ("Another officer was gunned down in Kenya on Friday.", ["193 ->KENCOP"]),
    ("Another traffic officer has been gunned down in Nairobi.", ["193 ->KENCOP"]),
    ("Another peace officer has been shot dead in Mombasa.", ["193 ->KENCOP"]),
    ("His officer arrested a Kenyan photographer in Nairobi on Monday.", ["173 KENCOP>KENMED"]),
    # … while other offices stay coreference's to find
    ("Her rep criticized the Kenyan newspaper in Nairobi on Monday.", ["111 ->KENMED"]),
    # an unnamed person who uses force, with no other side named, is its author, with no code
    ("The angry man burst into the office in Nairobi and opened fire.", ["193 ->- uncounted"]),
    ("A teenager stabbed a classmate outside the school in Mombasa.", ["182 ->- uncounted"]),
    ("The suspect walked up to the car and shot him twice.", ["193 ->- uncounted"]),
    # a person's killing or shooting of a person is real with no weapon named; not a figure ("shot down")
    # nor a charge ("prosecutors allege", "accused of bombing …, killing")
    ("The farmer shot his neighbour after an argument over a fence.", ["193 ->- uncounted"]),
    ("A Kenyan father killed his two sons at their home in Nakuru.", ["190 KEN>-"]),
    ("The senator shot down his rival's proposal.", []),
    ("Prosecutors allege Otieno shot his wife after an argument.", ["1121 ---JUD>- uncounted"]),
    ("Kenya accused Somalia of bombing the border town, killing seven people.", ["1123 KEN>SOM"]),
    # the prosecution's account of a hostile act is its accusation (112x), not the act; the police's stays;
    # force a private person is accused of is a crime (1121)
    ("Kenyan prosecutors say the farmer shot his neighbour twice in the chest.", ["1121 KENJUD>-"]),
    ("The farmer stabbed his wife in Nairobi, Kenyan prosecutors allege.", ["112 KENJUD>-"]),
    # … and an accusation of force is read as the accused's act, not as the accuser's on the accused: a
    # shooting alleged between two unarmed people is no figure of speech
    ("Kenyan prosecutors allege the minister shot a guard at his home.", ["1121 KENJUD>-"]),
    ("Kenyan prosecutors claim the farmer shot his neighbour.", ["1121 KENJUD>-"]),
    # … as one by armed men was already
    ("Somali rebels allege that Kenyan troops shot civilians in Kismayo.", ["1123 SOMREB>KENMIL"]),
    ("Kenyan prosecutors told the court the farmer strangled his neighbour with a rope.", ["1122 KENJUD>-"]),
    # … an act told in the passive with no doer accuses no one named: the one hurt is no target
    ("Kenyan prosecutors say a Ugandan trader was strangled in his shop in Nakuru.", ["1122 KENJUD>-"]),
    (
        "At the hearing, the Kenyan prosecutor said a police officer was stabbed several times outside the"
        " station.",
        ["1122 KENJUD>-"],
    ),
    ("Kenyan police say the farmer shot his neighbour twice in the chest.", ["193 ->- uncounted"]),
    ("Kenyan prosecutors said the trial would last two weeks.", []),
    ("The Kenyan prosecutor said the farmer is charged with murder.", ["173 KENJUD>-"]),
]

RELIEF = [
    # forces deployed for a rescue or relief give humanitarian aid (073), no show of force (15)
    ("Turkey deployed troops for rescue operations after the earthquake.", ["073 TUR>-"]),
    ("Kenyan police deployed officers for flood relief.", ["073 KENCOP>-"]),
    ("The Indian army deployed soldiers for relief work in the flooded district.", ["073 INDMIL>-"]),
    # … forces sent by no one named are the ones who give it, not whom it is given to
    ("Hundreds of Kenyan soldiers were deployed to rescue families after the floods.", ["073 KENMIL>-"]),
    ("Ugandan police officers were sent for relief work in the flooded valley.", ["073 UGACOP>-"]),
    (
        "Police and troops were deployed to lead rescue efforts after the floods in Uganda.",
        ["073 UGACOP>-", "073 UGAMIL>-"],
    ),
    # … a relief told as the time of the deployment is no purpose
    ("Kenya deployed troops along the border after the evacuation of its embassy.", ["154 KEN>-"]),
    # peacekeepers arriving in a place keep the peace there (074), no visit (042)
    ("The first Nigerian peacekeepers arrived in Liberia on Tuesday.", ["074 NGAMIL>LBR"]),
    ("The first contingent of Ghanaian peacekeepers arrived in Mali.", ["074 GHAMIL>MLI"]),
    ("Peacekeeping troops from Nepal arrived in Haiti.", ["074 NPL>HTI"]),
    # … while a peacekeeping official's arrival is a visit
    ("The UN peacekeeping chief arrived in Juba on Monday.", ["042 IGOUNO>SSD"]),
    # … but coming to a scene, or the vehicle one came in, is no visit
    ("When two Kenyan police officers arrived on the scene in an unmarked car, the men ran.", []),
    ("Kenyan police arrived at the scene in Mombasa within minutes.", []),
]

COURT_ROOM = [
    # the gerund of a verb of stopping is the act stopped: "warned him to stop talking" is no meeting (040)
    (
        "Otieno wanted to derail the hearing, and the Kenyan judge warned him to stop talking and even"
        " threatened to expel him.",
        ["130 KENJUD>-", "131 KENJUD>-"],
    ),
    # an objection in the court room, or a deadline its judge sets, is its procedure, no event
    ("Defense lawyers objected, arguing that the testimony would prejudice the jury.", []),
    ("The defence lawyer objected to the new witness.", []),
    ("The judge has given the Kenyan lawyer a May 10 deadline.", []),
    # … and so is what anyone who is no state asks of the court about the trial's business
    ("Asking the judge to reduce the sentence, the defendant's mother wept in court.", []),
    # … while a state's appeal to a court, an appeal about anything else and a judge's criticism stay coded
    (
        "Kenya asked the International Criminal Court to drop the case against its deputy president.",
        ["020 KEN>IGOJUDICC"],
    ),
    ("Kenyan human rights groups urged the court to release the activists.", ["0253 KENHRI>KENJUD"]),
    ("The judge criticized the Kenyan president.", ["111 KENJUD>KENGOV"]),
    # … and so do the legal acts of the court room: a sentence, a case brought
    ("The Kenyan judge sentenced the former minister to ten years in prison.", ["173 KENJUD>-"]),
    ("Kenyan prosecutors brought a case against the former minister.", ["115 KENJUD>-"]),
    # a bare speech verb after a plural subject that the tagger reads as a noun still tells the allegation
    ("Prosecutors allege he shot the guard after a quarrel.", ["1123 ---JUD>- uncounted"]),
]

RAIDS = [
    # a raid on premises takes or searches property by force (1711, as the codebook codes raids), no battle
    ("Kenyan police raided the offices of the opposition newspaper on Monday.", ["1711 KENCOP>KENOPP"]),
    ("A police raid on the church compound in Mombasa found weapons.", ["1711 KENCOP>KEN"]),
    # … while an arrest made in one is the arrest, and a raid on a village stays an attack
    ("Six men were arrested in a police raid in Nairobi.", ["173 KENCOP>-"]),
    ("Kenyan troops raided a Somali village near the border.", ["190 KENMIL>SOMCVL"]),
]

CASES = (
    LEGAL_STEPS
    + RAIDS
    + HAZARDS
    + TOLLS
    + HELD
    + COUNTED_AND_FREED
    + COURT_DATES
    + THEFT
    + JUDGED
    + PUBLIC_APPEALS
    + POLICE_SCENE
    + UNNAMED_SIDES
    + RELIEF
    + COURT_ROOM
)


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected
