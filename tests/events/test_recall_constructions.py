"""Events read on constructions of news English that strife missed (session 22, recall), each a general
rule with sentences of our own. Rows as in test_only_real_events.py: a sentence, then every event strife
reports in it as "CODE SOURCE>TARGET" ("-" for a side with no code), " historical" for background,
" uncounted" for an event left out of series and alerts."""

from __future__ import annotations

import pytest
from described_events import described

from strife.pipeline import Pipeline
from strife.record import Article

PUBLISHED = "2024-05-02T12:00:00Z"

COORDINATED_SIDES = [
    # a role noun whose "of" phrase or whose demonyms coordinate states names each state as a side: two
    # sides of a reciprocal act, two authors of any other
    ("The leaders of Russia and Ukraine met in Istanbul on Tuesday.", ["040 RUSGOV>UKR"]),
    ("The leaders of Russia and Ukraine held talks in Istanbul on Tuesday.", ["040 RUSGOV>UKR"]),
    ("The presidents of Kenya and Somalia signed a security agreement on Monday.", ["057 KENGOV>SOM"]),
    ("Troops of Kenya and Somalia clashed near the border.", ["190 KENMIL>SOM"]),
    ("The foreign ministers of France and Germany condemned the attack.", ["111 FRAGOV>-", "111 DEU>-"]),
    ("Kenyan and Somali troops clashed near the border.", ["190 KENMIL>SOMMIL"]),
    ("Israeli and Palestinian negotiators held talks in Cairo.", ["040 ISRGOV>PSEGOV"]),
    ("Indian and Pakistani soldiers exchanged fire across the border.", ["193 INDMIL>PAKMIL"]),
    (
        "Kenyan and Somali troops attacked the militants near the border.",
        ["190 KENMIL>KENREB", "190 SOMMIL>KENREB"],
    ),
    # … a person coordinated with the state, or a modifier naming no one, is no side
    ("The president of Kenya and his wife visited Somalia.", ["042 KENGOV>SOM"]),
    ("Kenyan and foreign journalists were detained by police in Nairobi.", ["173 KENCOP>KENMED"]),
    # … and a second demonym on a group that does not act for its state (rebels, pirates) would name the
    # state, no side of the act
    ("Kenyan and Ugandan rebels attacked a police station in Busia.", ["190 KENREB>KENCOP"]),
]

CONTRIBUTED_MONEY = [
    # money contributed to a fund or an effort is economic aid (071), like money provided or granted
    ("Britain has contributed more than $4 million to the Kenyan reconstruction fund.", ["071 GBR>KEN"]),
    ("Britain contributed 20 million pounds to the Kenyan relief effort.", ["071 GBR>KEN"]),
    # … contributing troops, or a thing contributing to a result, is not
    ("The Kenyan economy contributed to the growth.", []),
]

NAMES_OF_CONTEMPT = [
    # calling someone or their act by a name of contempt criticizes them (111), as calling it illegal does
    ("The Kenyan president called the Somali leader a liar.", ["111 KENGOV>SOMGOV"]),
    ("Kenya called the Somali election a sham.", ["111 KEN>SOM"]),
    # … a name of praise is none
    ("The Kenyan president called the Somali leader a friend.", []),
]

LIGHT_VERBS = [
    # aid or credit told as received: "from" names the giver (the source), the subject gets it
    ("Kenya received a loan of 500 million dollars from the World Bank.", ["071 IGOUNODEVWBK>KEN"]),
    ("Uganda received military aid from the United States.", ["072 USA>UGA"]),
    ("Kenya received humanitarian aid after the floods.", ["070 ->KEN"]),
    ("Kenya received a letter from Uganda.", []),
    # … and aid to be received is the giver's intent to give it
    ("Kenya will receive loans over three years from the World Bank.", ["0331 IGOUNODEVWBK>KEN"]),
    # … while a grant, fellowship or prize to one person of no sector is no aid between sides
    ("Jane Wanjiru, a Kenyan poet, received a MacArthur Foundation genius grant in 2005.", []),
    ("The MacArthur Foundation gave Kenyan poet Jane Wanjiru a grant of $500,000.", []),
    ("Kenyan President William Ruto received a $50 million loan from China.", ["071 CHN>KENGOV"]),
    # a plea delivered or made "to act to stop" something is the appeal to stop it, through "act"
    (
        "The Kenyan president delivered a plea to the UN Security Council to act at once to stop the"
        " fighting.",
        ["0256 KENGOV>IGOUNO"],
    ),
    ("The Kenyan president urged Uganda to move quickly to end the fighting.", ["0256 KENGOV>UGA"]),
    # an invitation extended or sent is an invitation (036), as "invited" is
    ("Kenya extended an invitation to the Somali president.", ["036 KEN>SOMGOV"]),
    ("Kenya sent an invitation to the Somali president to attend the summit.", ["036 KEN>SOMGOV"]),
    # … one sent to no side is none
    ("The Kenyan team sent an invitation to fans.", []),
    # sanctions a side is placed under are imposed on it (163), in the active and the passive
    ("Kenya placed Somali officials under sanctions.", ["163 KEN>SOMGOV"]),
    ("Somali officials were placed under sanctions by Kenya.", ["163 KEN>SOMGOV"]),
    # support lent or backing given to a side is political support (051), not a loan or aid
    ("Kenya lent its support to the Somali government.", ["051 KEN>SOMGOV"]),
    ("Kenya gave its backing to the Somali government.", ["051 KEN>SOMGOV"]),
    # … money lent stays a loan
    ("Kenya lent Somalia $2 million.", ["071 KEN>SOM"]),
    # a nominal act increased, ramped up or redoubled is carried on by the verb's subject, as one stepped up
    ("Somali militants increased attacks on Kenyan border towns.", ["190 SOMREB>KEN"]),
    ("Somali militants have ramped up attacks on Kenyan border towns.", ["190 SOMREB>KEN"]),
    ("The Kenyan opposition has increased calls for the president to quit.", ["0241 KENOPP>- uncounted"]),
    # … pressure or prices increased are none
    ("The attacks increased pressure on the Kenyan government.", []),
    ("Kenyan prices increased after the strike.", []),
    # a side joined for or in talks is met (040), as one met for talks is
    (
        "The Kenyan president joined the Somali president in Nairobi for talks on the drought.",
        ["040 KENGOV>SOMGOV"],
    ),
    (
        "The Kenyan foreign minister joined his Somali counterpart in talks on the border.",
        ["040 KENGOV>SOMGOV"],
    ),
    # … students who join teachers for a meeting name no side
    ("Kenyan students joined their teachers for a meeting at the school.", []),
]

NAMED_COURTS = [
    # a court named by its name is a court as "court" is: appearing before it is the state's legal action
    # (due to appear: a date set, told as future and uncounted)
    (
        "Peter Otieno is due to appear before Nairobi Magistrates' Court on Tuesday.",
        ["173 KENJUD>- uncounted"],
    ),
    ("Peter Otieno appeared before Nairobi Magistrates' Court on Tuesday.", ["173 KENJUD>-"]),
    # … a named court no one is before, or only expected before, is no act
    ("Peter Otieno works at the Nairobi High Court.", []),
    ("Peter Otieno is expected to appear before Nairobi Magistrates' Court on Tuesday.", []),
]

PASSIVE_GERUNDS = [
    # a passive gerund that tells when another clause happened ("after being arrested") was done to that
    # clause's subject, fronted or not; with no doer named, the police of its place, as with "was arrested"
    (
        "After being arrested in Nairobi on Tuesday, the Kenyan opposition leader hired a lawyer.",
        ["173 KENCOP>KENOPP"],
    ),
    ("The Kenyan opposition leader hired a lawyer after being arrested on Tuesday.", ["173 KENCOP>KENOPP"]),
    ("Since being released by Kenyan police, Raila Odinga has stayed at home.", ["084 KENCOP>KENOPP"]),
    # … a private person so told keeps the act with no sides, as "he was arrested" does
    ("After being arrested on Tuesday, he hired a lawyer.", ["173 ->- uncounted"]),
    (
        "A Kenyan opposition leader died in hospital two days after being shot by police in Nairobi.",
        ["193 KENCOP>KENOPP"],
    ),
    # … an act left undone ("without being charged") is none, and one hit by a vehicle had a road accident
    ("The Kenyan opposition leader left the station without being charged.", []),
    ("A Kenyan student died after being hit by a truck in Nairobi.", []),
]

PICKED_UP = [
    # a person picked up, or picked up by police or in a raid, is arrested (173), as one rounded up is
    ("Police picked up five Kenyan opposition activists in Nairobi on Monday.", ["173 KENCOP>KENOPP"]),
    ("Dozens of Somali protesters were picked up by Kenyan police overnight.", ["173 KENCOP>SOMCVL"]),
    (
        "Two Kenyan opposition leaders died in custody hours after being picked up by police.",
        ["173 KENCOP>KENOPP"],
    ),
    # … a phone, votes, pace or children picked up are no arrest
    ("The Kenyan minister picked up the phone and spoke to reporters.", []),
    ("Kenyan opposition parties picked up ten seats in the vote.", []),
    ("Kenyan exports picked up in the third quarter.", []),
    # a traffic stop is a brief detention (173): a driver or vehicle pulled over, or one pulled over by police
    ("Kenyan police pulled him over a few blocks from the stadium.", ["173 KENCOP>-"]),
    ("Kenyan police pulled over a minibus carrying Somali migrants.", ["173 KENCOP>-"]),
    ("The Kenyan opposition leader was pulled over by police in Nairobi.", ["173 KENCOP>KENOPP"]),
    # … anyone pulled over, with no police named: still the stop
    ("The Kenyan opposition leader was pulled over for speeding near Nakuru.", ["173 ->KENOPP"]),
    ("A Kenyan opposition politician was pulled over a few blocks from his home.", ["173 ->KENOPP"]),
    # … a driver who pulls over, or a blanket pulled over a head, is none
    ("The Kenyan driver pulled over to the side of the road.", []),
    ("The Kenyan minister pulled the blanket over his head.", []),
    ("The Kenyan suspect pulled a hood over his face as he left court.", []),
]

MUTUAL_TIES = [
    # two states that restore, renew or cut the ties between them act on each other, as two that meet
    ("Kenya and Somalia restored diplomatic ties on Monday.", ["054 KEN>SOM"]),
    ("Kenya and Somalia have renewed diplomatic relations after a five-year break.", ["054 KEN>SOM"]),
    ("Kenya and Somalia cut diplomatic ties on Monday.", ["161 KEN>SOM"]),
    # … ties cut with a third state are cut with it; a thing two recognize is no one's target
    ("Kenya and Uganda severed diplomatic ties with Somalia.", ["161 KEN>SOM", "161 UGA>SOM"]),
    ("Kenya and Uganda recognized the election result.", ["054 KEN>-", "054 UGA>-"]),
]

LEFT_FOR = [
    # one who leaves or departs for a place travels there: a visit (042) to its state, as "travelled to"
    (
        "Kenya's foreign minister left for Addis Ababa on Wednesday for talks with Ethiopian officials.",
        ["042 KENGOV>ETH"],
    ),
    ("The Kenyan president departed for Kampala on Monday.", ["042 KENGOV>UGA"]),
    # … work, an airport, home or the dead are no state visited
    ("The Kenyan minister left for work early.", []),
    ("The Kenyan minister left for the airport after the meeting.", []),
    ("The Kenyan minister left for home after the summit in Kampala.", []),
    ("Kenyan police left the man for dead in Nairobi.", []),
    # … and one headed for a place, or for defeat, is only moving toward it
    ("Kenyan troops were heading for the Somali border on Monday.", []),
    ("The Kenyan ruling party is headed for defeat in the vote.", []),
]

COURT_STEPS = [
    # a court's steps told with no doer are its legal action (173), as a trial is: a verdict or charges
    # read, proceedings or a hearing against someone
    ("The Kenyan opposition leader wept as the verdict was read.", ["173 KENJUD>-"]),
    ("Extradition proceedings against the Kenyan opposition leader opened in London.", ["173 ->KENOPP"]),
    ("The sentencing hearing of the Kenyan opposition leader ended in Nairobi on Friday.", ["173 ->KENOPP"]),
    # … a result read out is none
    ("Kenyan fans cheered as the result was read.", []),
]

GATHERED_TO_PROTEST = [
    # a protest told as the purpose of gathering happens where they gathered: on that state's government,
    # as "students marched in Nairobi" is, also after a verb joined before it, and by a crowd named by no one
    ("Hundreds of students gathered in Nairobi to protest police brutality.", ["140 ---EDU>KENGOV"]),
    ("Hundreds gathered in Nairobi on Monday to protest against the new tax.", ["1412 ->KENGOV"]),
    ("A crowd gathered in Nairobi to mourn the dead and protest police violence.", ["140 ->KENGOV"]),
    # … ministers gathered to discuss something protest nothing
    ("Kenyan ministers gathered in Nairobi to discuss the budget.", []),
]

ANNOUNCED_ACTS = [
    # an arrest, a capture, a killing or a release of people that a verb of disclosure takes as its object
    # is told as done: the announcer's act (or the one the noun names by "by")
    ("Kenyan police announced the arrest of opposition leader Raila Odinga.", ["173 KENCOP>KENOPP"]),
    ("Kenyan police confirmed the detention of five Somali nationals.", ["173 KENCOP>SOM"]),
    ("The Kenyan army confirmed the capture of a Somali border town.", ["192 KENMIL>SOM"]),
    ("The Kenyan government announced the release of two Somali fishermen.", ["0841 KENGOV>SOMAGR"]),
    # … an arrest condemned is still the topic of the condemnation, and a report released is no one set free
    ("Kenyan rights groups condemned the arrest of opposition leader Raila Odinga.", ["111 KENHRI>KENOPP"]),
    ("The Kenyan government announced the release of a report on the economy.", []),
]

NESTED_REPORTS = [
    # a report inside a report is told by its own teller, the one named nearest the act: the outlet that
    # passes it on neither did the act nor said it of itself
    (
        "The BBC is reporting that the Kenyan navy says they have captured 23 pirates off Somalia.",
        ["173 KENMIL>---CRM"],
    ),
    (
        "The BBC reported that the Kenyan army said it had killed 12 militants near the border.",
        ["190 KENMIL>---REB"],
    ),
    ("The Kenyan minister said police told him they had arrested the suspect.", ["173 KENCOP>-"]),
    # … and a report told once stays its teller's
    ("The Kenyan navy says they have captured 23 pirates off Somalia.", ["173 KENMIL>---CRM"]),
]

FRONTED_GERUNDS = [
    # a gerund fronted before the reporter of a sentence belongs to the clause reported: done by its
    # subject when that is someone of no office or side (the gunman, the suspect), not by the reporter
    (
        "After shooting the Kenyan officer, police said the gunman fled into a nearby building.",
        ["193 ->KENCOP"],
    ),
    # … while a coded side told in the clause leaves it the reporter's own, and one after the reporter too
    (
        "After meeting Somali officials in Mogadishu, the Kenyan minister said Kenya would send more troops.",
        ["040 KENGOV>SOMGOV", "138 KEN>SOMGOV"],
    ),
]

DIED_OF = [
    # a nominal act one died "of/from/under" or "as a result of" was done to the one who died
    ("A Kenyan detainee died of torture in police custody.", ["1823 ->KEN"]),
    ("A Kenyan activist died as a result of torture in a Nairobi jail.", ["1823 ->KENACT"]),
    ("Two Kenyan prisoners died under torture.", ["1822 ->KENCVL"]),
    # … not an illness, nor a heart attack
    ("A Kenyan student died of malaria in the capital.", []),
    ("The Kenyan minister died of a heart attack.", []),
]

THROWN_AT = [
    # anything thrown at police or troops is a violent protest (145), as stones or bottles thrown are
    (
        "Kenyan students flung shoes at riot police outside parliament in Nairobi.",
        ["145 KENEDU>KENCOP"],
    ),
    ("Demonstrators threw paint at Kenyan soldiers guarding the ministry.", ["145 ---CVL>KENMIL"]),
    # … a ball thrown at a goalkeeper, or a hat at a referee, is none
    ("The Kenyan minister threw the ball at the goalkeeper.", []),
    ("The Kenyan coach threw his hat at the referee.", []),
    # "others" after people named before ("some … while others …") are the rest of them, who throw
    (
        "Some Kenyan students sat down outside parliament while others threw stones at riot police.",
        ["145 ->KENCOP"],
    ),
    # … "others" after things are things
    ("Some Kenyan schools were closed and others were damaged in the floods.", []),
]

RUSHED = [
    # rushing a guarded place or a line of police is storming it: a violent protest by a crowd (145)
    ("Protesters rushed the gates of the Kenyan parliament.", ["145 ---CVL>KENLEG"]),
    ("Kenyan troops rushed the rebel compound at dawn.", ["190 KENMIL>-"]),
    # … a stage rushed by fans, the wounded rushed to hospital, one who rushes to the office: none
    ("Kenyan fans rushed the stage after the concert.", []),
    ("Medics rushed the wounded to hospital in Nairobi.", []),
    ("The Kenyan minister rushed to the office after the news.", []),
]

DROPPED_ACTS = [
    # an action called off, postponed or cancelled in the passive with no doer was dropped by its author,
    # the one its "by" phrase or possessor names (082 for a protest)
    ("A strike by Kenyan doctors set to begin on Monday was called off.", ["082 KENHLH>-"]),
    ("The Kenyan teachers' strike has been postponed.", ["082 KENEDU>-"]),
    ("A planned march by Kenyan opposition supporters was cancelled.", ["082 KENOPP>-"]),
    # … one banned by police was stopped by them, not dropped
    ("A march by Kenyan opposition supporters was banned by police.", ["1721 KENCOP>KENOPP"]),
]

AIRSTRIKES = [
    # airstrikes written as one word and carried out, conducted or stepped up are air attacks (195), as
    # "air strikes" written apart are; raids carried out stay attacks (190)
    ("Kenyan troops carried out airstrikes on Somali militants.", ["195 KENMIL>SOMREB"]),
    ("Kenya has stepped up airstrikes against Somali militants.", ["195 KEN>SOMREB"]),
    ("Kenyan troops carried out raids on Somali militants.", ["190 KENMIL>SOMREB"]),
]

POINTED_STRETCHES = [
    # "earlier", "early" or "late" on "this month/year" points at a day inside the stretch: the count of
    # people or places acted on is one act, no tally
    ("Earlier this month, Kenyan police arrested 12 protesters in Nairobi.", ["173 KENCOP>---CVL"]),
    ("Ugandan troops shelled six rebel camps earlier this year.", ["194 UGAMIL>-"]),
    # … while a count over the whole stretch up to now stays a statistic
    ("Kenyan police have arrested 250 protesters in Nairobi this year.", []),
]

CASES = (
    COORDINATED_SIDES
    + CONTRIBUTED_MONEY
    + NAMES_OF_CONTEMPT
    + LIGHT_VERBS
    + NAMED_COURTS
    + PASSIVE_GERUNDS
    + PICKED_UP
    + LEFT_FOR
    + MUTUAL_TIES
    + COURT_STEPS
    + GATHERED_TO_PROTEST
    + ANNOUNCED_ACTS
    + NESTED_REPORTS
    + FRONTED_GERUNDS
    + DIED_OF
    + THROWN_AT
    + RUSHED
    + AIRSTRIKES
    + DROPPED_ACTS
    + POINTED_STRETCHES
)


@pytest.fixture(scope="module")
def read(pipeline: Pipeline) -> dict[str, Article]:
    return {text: pipeline.extract(text, published=PUBLISHED) for text, _ in CASES}


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:48] for c in CASES])
def test_events(read: dict[str, Article], text: str, expected: list[str]) -> None:
    assert described(read[text]) == expected
