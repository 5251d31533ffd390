"""Speakers by where a quote stands (issue 12), several sentences of our own per category: colon and
block attributions, the wrong nearby name (the addressee, a name inside the quote, the previous quote's
subject, a dateline), words of saying that report no one's statement, and short quotes. Rows as in
``test_speaker_categories.py``.
"""

from __future__ import annotations

import pytest
from speaker_rows import ANY, Case, Row, check_mention_offsets, check_speakers

from strife.pipeline import Pipeline

BLOCKS: list[Case] = [
    (
        "round-up",
        "Anna Berg, Die Zeit: “The coalition is finished.”\n\nMarc Dubois, Le Figaro: “Paris must act now.”",
        [
            ("The coalition is finished", "Anna Berg", "Anna Berg", "name"),
            ("Paris must act now", "Marc Dubois", "Marc Dubois", "name"),
        ],
    ),
    (
        "round-up-party-state",
        "Ruth Kagan (D-Ohio): “This bill will hurt families.”\n\nTom Baxter (R-Texas): “It saves money.”",
        [
            ("This bill will hurt families", "Ruth Kagan", "Ruth Kagan", "name"),
            ("It saves money", "Tom Baxter", "Tom Baxter", "name"),
        ],
    ),
    (
        "name-dash-quote",
        "Carla Jensen — “We are ready for anything.”",
        [("We are ready for anything", "Carla Jensen", "Carla Jensen", "name")],
    ),
    ("dash-after-noun-no-label", "The verdict — “a disgrace” — shocked the town.", []),
    (
        "run-on-closed-by-mistyped-mark",
        "“The water came in at night.\n\nWe lost the whole harvest, “ farmer Ilse Moor told the radio.\n\n"
        "She has moved to her sister's house.",
        [
            ("The water came in at night", "Ilse Moor", "Ilse Moor", "continuation"),
            ("We lost the whole harvest", "Ilse Moor", "Ilse Moor", "name"),
        ],
    ),
    (
        "run-on-closed-by-mistyped-backticks",
        "`` We have waited for a year .\n\nNobody answers our letters , `` Ravi Anand said .",
        [
            ("We have waited for a year", "Ravi Anand", ANY, ANY),
            ("Nobody answers our letters", "Ravi Anand", ANY, ANY),
        ],
    ),
    (
        "run-on-then-new-quote",  # a mark that something closes opens a quotation: no rule for it
        "“The water came in at night.\n\nWe lost everything. “Now we rebuild,” Ilse Moor said.",
        [
            ("The water came in at night", "Ilse Moor", ANY, ANY),
            ("Now we rebuild", "Ilse Moor", ANY, ANY),
        ],
    ),
    (
        "run-on-unmarked-middle-lines",  # one sentence to a line: the middle lines have no marks
        "Coach Dana Whitfield said: “I thought hard about leaving.\n\nThis team is my family.\n\n"
        "I owe them another season.”\n\nThe season opens in March.",
        [
            ("I thought hard about leaving", "Dana Whitfield", "Dana Whitfield", "name"),
            ("This team is my family", "Dana Whitfield", "Dana Whitfield", "continuation"),
            ("I owe them another season", "Dana Whitfield", "Dana Whitfield", "continuation"),
        ],
    ),
    (
        "run-on-unmarked-middle-cue-after",  # tokenised marks, the cue after the closing line
        "`` The pumps failed at midnight .\n\nThe water rose fast .\n\nWe could not stop it , '' "
        "engineer Paolo Ruiz said .",
        [
            ("The pumps failed at midnight", "Paolo Ruiz", ANY, ANY),
            ("The water rose fast", "Paolo Ruiz", ANY, ANY),
            ("We could not stop it", "Paolo Ruiz", "Paolo Ruiz", "name"),
        ],
    ),
    (
        "run-on-unmarked-middle-closing-cue-wins",  # the cue closing the quotation, not the clause before
        "Prosecutors wanted him in prison clothes, defense lawyers argued he should appear unshackled.\n\n"
        "“He is holding up well.\n\nHe is doing just fine.\n\nHe sleeps a lot.\n\n"
        "He is grateful for the ruling,” his attorney Walter Brandt told the Tribune.",
        [
            ("Prosecutors wanted him", ANY, ANY, ANY),
            ("He is holding up well", ANY, ANY, ANY),
            ("He is doing just fine", "Walter Brandt", "Walter Brandt", "continuation"),
            ("He sleeps a lot", "Walter Brandt", "Walter Brandt", "continuation"),
            ("He is grateful for the ruling", "Walter Brandt", "Walter Brandt", "name"),
        ],
    ),
    (
        "run-on-never-closed",  # no closing mark further on: the lines after are the writer's
        "Mayor Ines Calder said: “We will rebuild the bridge.\n\nThe river rose again on Tuesday.\n\n"
        "Traffic is diverted through the valley.",
        [("We will rebuild the bridge", ANY, ANY, ANY)],
    ),
    (
        "name-title-colon",
        "Lena Brandt, finance minister: “The budget is balanced.”",
        [("The budget is balanced", "Lena Brandt", "Lena Brandt", "name")],
    ),
    (
        "dash-line-next-paragraph",
        "“Nobody listens to us.”\n\n— Sami Khoury, protest organiser",
        [("Nobody listens to us", "Sami Khoury", "Sami Khoury", "name")],
    ),
    (  # a quotation left open runs on: the report opening the next paragraph is a statement of its own
        "open-quote-then-a-report-of-its-own",
        "The storm flattened the harbour on Sunday.\n\n“We will rebuild every house on this street.\n\n"
        "Fire chief Tom Wells said the blaze began in a kitchen.",
        [("We will rebuild", None, None, "none"), ("the blaze began", "Tom Wells", "Tom Wells", "name")],
    ),
    (  # the person the sentence before is about speaks it instead
        "open-quote-after-its-speaker-then-a-report",
        "Mayor Maria Lopez visited the shelter on Monday.\n\n“We will rebuild every house on this"
        " street.\n\nFire chief Tom Wells said the blaze began in a kitchen.",
        [
            ("We will rebuild", "Maria Lopez", "Maria Lopez", "name"),
            ("the blaze began", "Tom Wells", "Tom Wells", "name"),
        ],
    ),
    (  # closed, the quote's speaker opens the next paragraph, as "Kenneth Dorsey says …" does
        "closed-quote-then-its-speaker-reports",
        "The storm flattened the harbour on Sunday.\n\n“We will rebuild every house on this street.”\n\n"
        "Fire chief Tom Wells said the blaze began in a kitchen.",
        [("We will rebuild", "Tom Wells", "Tom Wells", "name"), ("the blaze began", "Tom Wells", ANY, ANY)],
    ),
    (
        "bracketed-agency",
        "“The dam could break at any time.” (AP)",
        [("The dam could break", ANY, ANY, ANY)],
    ),
    (
        "bracketed-source-label",
        "“The dam could break at any time.” [Source: Interfax]",
        [("The dam could break", "Interfax", "Interfax", "name")],
    ),
    (
        "name-line-without-dash",
        "“We are winning this race.”\n\nCarla Jensen, campaign spokeswoman",
        [("We are winning this race", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (  # a heading in title case after a quotes-only paragraph is no name line: the quote goes on
        "title-case-heading-is-no-name-line",
        "“We are moving to where the market is going,” Lund added.\n\n“This is a great team with great"
        " ideas.”\n\nThe Future of the Cloud\n\nVexa plans to ship its first servers next year.",
        [
            ("We are moving to where", "Lund", ANY, ANY),
            ("This is a great team", "Lund", ANY, "continuation"),
        ],
    ),
    (
        "title-case-heading-with-a-name-is-no-name-line",
        "“Prices will rise again,” said Mara Dunn.\n\n“Nobody can stop it now.”\n\nNorth Sea Oil and the"
        " Winter\n\nThe cartel meets in June.",
        [("Prices will rise again", "Mara Dunn", ANY, ANY), ("Nobody can stop it", "Mara Dunn", ANY, ANY)],
    ),
    (
        "agency-after-dash",
        "“The border crossing is closed.” — AFP",
        [("The border crossing is closed", "AFP", ANY, "name")],
    ),
    (
        "colon-frame-name",  # the parser hangs the name on the quote's verb
        "Carla Jensen was blunt: “This is a failure.”",
        [("This is a failure", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "colon-frame-plural",
        "Critics were blunt: “This is a failure.”",
        [("This is a failure", "Critics", ANY, ANY)],
    ),
    (
        "colon-frame-thing",
        "The plan is simple: “Build more homes.”",
        [("Build more homes", None, None, "none")],
    ),
    (  # a place that went through something says nothing: a blog's line before the news it quotes
        "colon-frame-place-says-nothing",
        "Lisbon felt a small earthquake this morning:\n\n“A mild tremor shook the old town before dawn.”",
        [("A mild tremor shook", None, None, ANY)],
    ),
    (
        "colon-frame-place-read-as-an-organisation",
        "Oslo had a quiet night, as the wire put it:\n\n“Streets were empty and the shops stayed shut.”",
        [("Streets were empty", None, None, ANY)],
    ),
    (  # the source an "according to" names before the colon speaks
        "colon-paragraph-according-to",
        "Lisbon felt a small earthquake this morning, according to this bulletin:\n\n“A mild tremor"
        " shook the old town before dawn.”",
        [
            ("Lisbon felt a small earthquake", "this bulletin", ANY, ANY),
            ("A mild tremor shook", "this bulletin", ANY, ANY),
        ],
    ),
    (
        "bracketed-line-next-paragraph",
        "“The dam could break at any time.”\n\n(Carla Jensen, hydrologist)",
        [("The dam could break", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "bracketed-agency-abbreviation",
        "“The dam could break at any time.” [AP]",
        [("The dam could break", "AP", "Associated Press", "name")],
    ),
    (
        "colon-paragraph-before",
        "Olaf Berg, the harbour master, put it plainly:\n\n“No ship leaves tonight.”",
        [("No ship leaves tonight", "Olaf Berg", "Olaf Berg", "name")],
    ),
]

NEARBY: list[Case] = [
    (  # the parser reads "the lawyer acting for …" as a clause of its own: its subject speaks, never
        # the subject of the reported clause after "that"
        "participle-after-the-subject-reported-clause",
        "But the lawyer acting for the guard, who has been charged with assault, said that early results"
        " from a scan showed that the man was hit by a falling beam.",
        [("early results from a scan", "lawyer", "lawyer", "description")],
    ),
    (  # nor the one told
        "participle-after-the-subject-listener",
        "The driver trying to pass the truck, who was not hurt, told police that the road was icy.",
        [("the road was icy", "driver", "driver", "description")],
    ),
    (
        "long-name-and-title-before-told",  # the verb lies beyond the words searched after the quote
        "Friends of the judge sent letters to the governor.\n\n“She has the courage, the judgement and the "
        "record to serve the court well,” Walter P. Ames Jr., deputy counsel to the consulate in Lagos and a "
        "25-year State Department veteran, told the governor in a May 1998 letter.",
        [("She has the courage", "Walter P. Ames Jr.", "Walter P. Ames Jr.", "name")],
    ),
    (
        "long-name-and-title-before-said-the-next-sentence-not",  # a full stop ends the search
        "“The dam will hold,” Marta Ilse Brandt, chief engineer of the river authority. Two weeks later the "
        "regional water board and the mayor of the nearest town, Olaf Wendt, said the gates would close.",
        [("The dam will hold", None, None, "none"), ("the gates would close", ANY, ANY, ANY)],
    ),
    (
        "name-inside-quote",
        "“Hale has no plan for the economy,” Morales said.",
        [("Hale has no plan", "Morales", "Morales", "name")],
    ),
    (
        "capitalised-title-of",
        "The Governor of Alaska said the fire was “a tragedy for the town”.",
        [("a tragedy for the town", "Governor", "Governor", "description")],
    ),
    (
        "title-of-state-name",
        "“The rule is sound,” said Secretary of State Ana Ruiz.",
        [("The rule is sound", "Ana Ruiz", "Ana Ruiz", "name")],
    ),
    (
        "outlet-name-with-article",
        "The Hollywood Reporter says the director “wants more money”.",
        [("wants more money", "The Hollywood Reporter", None, "unresolved")],
    ),
    (
        "said-of-rival-after",
        "“Ostrander is a liar,” Carla Jensen said of her rival.",
        [("Ostrander is a liar", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "asked-about-person",
        "Asked about Ostrander, Carla Jensen said: “He has never held a job.”",
        [("He has never held a job", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "told-target",
        "Hale told Morales: “You are wrong about the tariffs.”",
        [("You are wrong about the tariffs", "Hale", "Hale", "name")],
    ),
    (
        "said-of-target",
        "Morales said of Hale: “He is a decent man.”",
        [("He is a decent man", "Morales", "Morales", "name")],
    ),
    (
        "pronoun-not-the-addressee",
        "The judge told Greer that he would serve ten years. “You showed no remorse,” he said.",
        [
            ("he would serve ten years", "judge", "judge", "description"),
            ("You showed no remorse", "he", "judge", "coreference"),
        ],
    ),
    (
        "pronoun-the-one-ordered",  # no speech reported to him: the man told to stop answers
        "A police officer told Carl Ostrander to stop. “I did nothing,” he said.",
        [("I did nothing", "he", "Carl Ostrander", "coreference")],
    ),
    (
        "owner-of-a-claim-not-the-subject",
        "Carla Jensen dismissed Ostrander’s claim that the vote was “rigged”.",
        [("rigged", "Ostrander", "Ostrander", "name")],
    ),
    (
        "owner-of-a-threat",
        "Ostrander’s threat to “burn it all down” alarmed the council.",
        [("burn it all down", "Ostrander", "Ostrander", "name")],
    ),
    ("nobody-owns-the-claim", "Carla Jensen rejected the claim that the vote was “rigged”.", []),
    (
        "told-target-after",
        "“Sit down,” Ostrander told Jensen.",
        [("Sit down", "Ostrander", "Ostrander", "name")],
    ),
    (
        "previous-quote-subject",
        "“We are ready,” said Hale.\n\nAna Morales, who spoke next, said: “They are not.”",
        [("We are ready", "Hale", "Hale", "name"), ("They are not", "Ana Morales", "Ana Morales", "name")],
    ),
    (
        "previous-quote-subject-colon",  # a surname the tagger reads as a plural noun
        "“We are ready,” said Hale. Morales disagreed: “They are not.”",
        [("We are ready", "Hale", "Hale", "name"), ("They are not", "Morales", ANY, ANY)],
    ),
    (
        "previous-quote-subject-shot-back",
        "“We are ready,” said Hale. “They are not,” Morales shot back. “Not even close.”",
        [
            ("We are ready", "Hale", "Hale", "name"),
            ("They are not", "Morales", "Morales", "name"),
            ("Not even close", "Morales", "Morales", "continuation"),
        ],
    ),
    (
        "dateline-agency",
        "BERLIN (AP) — “Trade is down again,” Economy Minister Lena Brandt said on Tuesday.",
        [("Trade is down again", "Lena Brandt", "Lena Brandt", "name")],
    ),
    (
        "dateline-before-reported-speech",  # the dateline is no part of what was said
        "MOSCOW (Reuters) — Russia will respond to any provocation, the Kremlin said.",
        [("Russia will respond to any provocation", "Kremlin", "Kremlin", "name")],
    ),
    (
        "dateline-city-country",
        "KYIV, Ukraine — “We hold the city,” a military spokesman said.",
        [("We hold the city", "military spokesman", "military spokesman", "description")],
    ),
    (
        "run-on-paragraph",
        "Hale said the plan was sound.\n\n“It will work. Trust me.”",
        [("the plan was sound", "Hale", "Hale", "name"), ("It will work", "Hale", "Hale", "continuation")],
    ),
    (
        "person-in-sentence-before-cue",
        "Hale, who met Ana Morales on Monday, said: “We found common ground.”",
        [("We found common ground", "Hale", "Hale", "name")],
    ),
    (
        "object-of-told-named-first",
        "Jensen was furious. Ostrander told her on Monday: “The contract is void.”",
        [("The contract is void", "Ostrander", "Ostrander", "name")],
    ),
    (
        "name-in-sentence-before-quote",
        "The bill was drafted by Ana Morales. “It is a bad bill,” said Carl Ostrander.",
        [("It is a bad bill", "Carl Ostrander", "Carl Ostrander", "name")],
    ),
    (
        "run-on-two-paragraphs",
        "“The harvest failed,” said farmer Tomas Greer.\n\n“We have nothing left to sell.”\n\n"
        "“The bank will take the land.”",
        [
            ("The harvest failed", "Tomas Greer", "Tomas Greer", "name"),
            ("We have nothing left", "Tomas Greer", "Tomas Greer", "continuation"),
            ("The bank will take", "Tomas Greer", "Tomas Greer", "continuation"),
        ],
    ),
    (
        "second-speaker-pronoun",
        "Carla Jensen spoke first. “We want peace,” she said. Then Tomas Greer stood up. "
        "“We want our land back,” he said.",
        [
            ("We want peace", "she", "Carla Jensen", "coreference"),
            ("We want our land back", "he", "Tomas Greer", "coreference"),
        ],
    ),
]

# A name the entity recogniser runs across a comma ("After meeting Morales, Hale said") is cut at the
# comma before any step reads it (strife.nlp.entity_mends).
MERGED_NAMES: list[Case] = [
    (
        "comma-merged-entity",
        "After meeting Morales, Hale said: “We found common ground.”",
        [("We found common ground", "Hale", "Hale", "name")],
    ),
]

# Words of saying that report no one's statement.
NOBODY: list[Case] = [
    ("finding-without-document", "Police found the car was burned out.", []),
    (
        "passive-fragment-not-the-subjects-words",  # what befell a person is someone else's account
        'The deputy was killed near his home on Sunday.\n\nThe 27-year-old Ortega "was shot in the back of'
        ' the head and never saw it coming."',
        [("was shot in the back", None, None, "none")],
    ),
    (
        "passive-fragment-of-a-pronoun",
        'Deputy Paul Ortega was buried on Friday.\n\nHe "was shot in the back of the head on his way home."',
        [("was shot in the back", None, None, "none")],
    ),
    (
        "headline-quote-then-breaks-out-in",  # "break out" is no "break in": the event speaks no quote
        "'We are angry': Protest breaks out in Leeds after vigil for teenager\n\nHundreds marched on Monday.",
        [("We are angry", None, None, "none")],
    ),
    ("that-said", "That said, we are realistic enough to know this will take years.", []),
    (
        "headline-label-before-colon",  # "X Revealed: …" in a headline line labels what follows
        "Budget Cuts Announced: Schools Face Longer Waits For Repairs\n\nThe council met on Monday.",
        [],
    ),
    (
        "headline-label-past-participle",
        "Peace Deal Announced: Rebels Agree To Lay Down Arms\n\nTalks lasted a week.",
        [],
    ),
    (
        "this-said-then-a-speaker",
        "This said, the mayor insisted the bridge was safe.",
        [("the bridge was safe", "mayor", "mayor", "description")],
    ),
    ("position-not-an-utterance", "His position on the war was “untenable”.", []),
    ("asked-if-passive", "Vance was asked if he would run again next year.", []),
    ("told-passive", "Residents were told that the water was safe to drink.", []),
    (
        "dubbed-participle-names-no-speaker",  # a nickname: no quote at all (test_quotes: quoted names)
        "Dubbed the “Iron Broker” for his deals, Marek Halas ran the port for a decade.",
        [],
    ),
    (
        "described-passive-agent-on-the-name",
        "The ferry plan was described as “a folly” by the harbour master.",
        [("a folly", "the harbour master", ANY, ANY)],
    ),
    (  # a passive sharing the subject of a verb before it: the subject is described, not the speaker
        "described-passive-coordinated",
        "Mr. Hale came to Boston in 1969 and was described in a newspaper profile as a “country lawyer "
        "who never forgot a face.”",
        [("country lawyer", None, None, "none")],
    ),
    (
        "told-passive-coordinated",
        "Ms. Ruiz arrived at the border and was told: “You cannot cross today.”",
        [("You cannot cross today", None, None, "none")],
    ),
    (
        "nicknamed-by-agent",
        "Marek Halas, who was dubbed “the Iron Broker” by dock workers, ran the port.",
        [("the Iron Broker", "dock workers", ANY, ANY)],
    ),
    (
        "called-by-subject-speaks",
        "The union called the deal “a betrayal of the workers”.",
        [("a betrayal of the workers", "union", ANY, ANY)],  # the union, an agent like "the company"
    ),
    # a plural speech verb joined by "and" to a singular clause: the plural noun before it speaks
    (
        "joined-plural-officials-say",
        "The port still has fuel, food and medicine stocks and officials say the ships will sail.",
        [("the ships will sail", "officials", ANY, ANY)],
    ),
    (
        "joined-plural-residents-say",
        "The village has a school and a clinic and residents say the bridge was closed.",
        [("the bridge was closed", "residents", ANY, ANY)],
    ),
    ("declined-to-say", "The coach declined to say whether the striker would play on Sunday.", []),
    ("refused-to-confirm", "The ministry refused to confirm that talks with the rebels had begun.", []),
    # a saying asked for ("asked to recall what …", "urged her to explain why …") is not said
    (
        "asked-to-recall-what",
        "Asked by the defence to recall what he had seen that night, the farmer paused.",
        [],
    ),
    ("urged-to-explain-why", "The senators urged the general to explain why the base was left open.", []),
    ("invited-to-explain-how", "The council invited the mayor to explain how the money had vanished.", []),
    ("a-stretch-to-say", "It would be a stretch to say that the rally changed any minds.", []),
    # saying denied by "without", and saying in a condition ("had you told me …"): nothing was said
    ("goes-without-saying", "It goes without saying that the club needs a new striker.", []),
    ("left-without-saying", "The coach left the room without saying whether he would stay.", []),
    ("had-you-told-me", "But had you told me in May that the record would fall, I would have laughed.", []),
    ("had-the-mayor-said", "Had the mayor said that the dam was weak, nobody would have stayed.", []),
    # a speech verb in the imperative asks the reader to speak or think: no one is reported
    ("imperative-tell-us", "Tell us in the comments who your favourite player has been this season.", []),
    (
        "imperative-read-into",
        "Read into that what you will, but the company has dropped the optical drive.",
        [],
    ),
    (
        "imperative-say-what-you-will",
        "Say what you will about the coach, the team has won nine games in a row.",
        [],
    ),
    ("imperative-please-note", "Please note that the office will be closed on Monday.", []),
    (  # joined to an imperative that opens the sentence, as imperative as it
        "imperative-joined-tell-us",
        "Take a look at the photos and tell us which design you prefer.",
        [],
    ),
    (
        "imperative-joined-after-infinitive",
        "Scroll down to see the winning designs and tell us which one you would pick.",
        [],
    ),
    (  # … but a verb joined to a subject's verb reports that subject's words
        "joined-to-a-subject-verb",
        "The mayor will visit the site and tell residents that the plant is safe.",
        [("the plant is safe", "mayor", ANY, ANY)],
    ),
    (
        "imperative-after-a-quote",
        "“We are ready,” the captain said. Tell them that we will not wait.",
        [("We are ready", "captain", ANY, ANY)],
    ),
    # "said to be", "said to have": what is rumoured of someone, no one's statement
    (
        "said-to-have-been",
        "A driver said to have been banned from the roads last year was yesterday being questioned over"
        " the crash in Harwick.",
        [],
    ),
    (
        "said-to-be-worth",
        "A painting said to be worth two million euros was taken from the villa on Sunday.",
        [],
    ),
    (
        "said-to-then-a-speaker",
        "The tenant, said to have left in May, owed rent, the landlord said.",
        [("The tenant, said to have left in May, owed rent", "landlord", ANY, ANY)],
    ),
    # a clause the parser left without its subject ("after the chapel … was destroyed") is no report
    (
        "apologized-after",
        "Governor Ann Kell apologized after the chapel she attends was damaged by fire.",
        [],
    ),
    (
        "had-said-is-a-statement",
        "The mayor had said that the dam was weak.",
        [("the dam was weak", "mayor", "mayor", "description")],
    ),
    (
        "thing-subject-of-a-fragment",  # the clause's subject is a thing: no one's words are named
        "The only things to fall off the shelves were cereal boxes, but “our wine rattled pretty good.”",
        [("our wine rattled pretty good", None, None, "none")],
    ),
    (
        "nothing-subject-of-a-fragment",
        "Nothing broke at the bakery except two jars, though “the ovens shook like drums all night.”",
        [("the ovens shook like drums", None, None, "none")],
    ),
    (
        "thing-subject-then-the-one-who-apologized",  # past the damages, to the one who went to apologize
        "The governor visited the school to apologize in case the estimated damages were “in any way "
        "connected to the attention the school has received” since the race.",
        [("in any way connected", "governor", ANY, "description")],
    ),
    (
        "declined-then-said",
        "Police declined to comment on the motive but said the suspect was armed.",
        [("the suspect was armed", "Police", ANY, ANY)],
    ),
]

SHORT: list[Case] = [
    (
        "introduced-by-sentence-before",
        "Carla Jensen recalled the night of the flood.\n\n“The water rose so fast. We had no time.”",
        [("The water rose so fast", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "introduced-by-a-trailing-reporter",  # the sentence before tells a fact its reporting clause owns
        "Marta Olsen checked into the clinic on Thursday night, for what is to be a two-week stay, her "
        "agent confirms to the paper.\n\n“She hated the first place.”",
        [("She hated the first place", "her agent", ANY, ANY)],
    ),
    (  # a role noun with the name in apposition: the named person, as with the name alone
        "introduced-by-a-role-with-its-name",
        "The mayor, Tom Aldous, wrote to every household on Tuesday.\n\n“We got this wrong and we will"
        " put it right.”",
        [("We got this wrong", ANY, "Tom Aldous", ANY)],
    ),
    (
        "introduced-by-a-coach-with-her-name",
        "The coach, Petra Lind, met the players after the defeat. “We were not good enough and I take"
        " the blame.”",
        [("We were not good enough", ANY, "Petra Lind", ANY)],
    ),
    (
        "introduced-same-paragraph",
        "Carla Jensen did not mince words. “The council failed us.”",
        [("The council failed us", "Carla Jensen", "Carla Jensen", "name")],
    ),
    (
        "introduced-by-a-pronoun",
        "Carla Jensen runs the shelter. She remembers the night well. “The water rose so fast.”",
        [("The water rose so fast", "She", "Carla Jensen", "coreference")],
    ),
    (
        "introduced-after-another-speaker",  # a new person between two quotes speaks the second one
        "“I heard a bang,” Ana Ruiz said. Felix Moreau, 17, who works at the petrol station, also heard "
        "the blast. “At first I thought it was a truck.”",
        [
            ("I heard a bang", "Ana Ruiz", "Ana Ruiz", "name"),
            ("At first I thought", "Felix Moreau", "Felix Moreau", "name"),
        ],
    ),
    (
        "same-speaker-named-again-goes-on",
        "“I heard a bang,” Ana Ruiz said. Ruiz ran to the window. “The sky was orange.”",
        [("I heard a bang", "Ana Ruiz", "Ana Ruiz", "name"), ("The sky was orange", ANY, "Ana Ruiz", ANY)],
    ),
    (
        "not-the-one-arrested",
        "Carl Ostrander was arrested on Monday. “He is a danger to everyone.”",
        [("He is a danger to everyone", None, None, "none")],
    ),
    (
        "not-a-thing",
        "The river burst its banks. “The water rose so fast.”",
        [("The water rose", None, None, "none")],
    ),
    (
        "owned-by-the-sentence-after",
        "MOSCOW (Reuters) — “We will respond to any provocation.” The Kremlin issued the warning on Monday.",
        [("We will respond to any provocation", "Kremlin", "Kremlin", "name")],
    ),
    (
        "remarks-made-after",
        "“We will rebuild.” Carl Ostrander made the remarks at a rally on Friday.",
        [("We will rebuild", "Carl Ostrander", "Carl Ostrander", "name")],
    ),
    (
        "not-owned-by-a-visit",
        "“We will rebuild.” Carl Ostrander visited the site on Friday.",
        [("We will rebuild", None, None, "none")],
    ),
    ("short-never", "“Never,” said the mayor.", [("Never", "mayor", "mayor", "description")]),
    ("short-thanks", "“Thanks,” Hale replied.", [("Thanks", "Hale", "Hale", "name")]),
    ("short-maybe", "“Maybe,” she shrugged.", [("Maybe", "she", None, "unresolved")]),
    (
        "short-no-comment",
        "“No comment,” a spokesman said.",
        [("No comment", "spokesman", "spokesman", "description")],
    ),
    (
        "short-fragment-pronoun",
        "Asked about the verdict, she said only: “Unfair.”",
        [("Unfair", "she", None, "unresolved")],
    ),
    (
        "short-after-name",
        "Harold Vance was asked if he would run again. “No,” he said.",
        [("No", "he", "Harold Vance", "coreference")],
    ),
    ("short-inverted", "“Enough,” said Carla Jensen.", [("Enough", "Carla Jensen", "Carla Jensen", "name")]),
]

SLOGANS: list[Case] = [
    ("banner-reading", "Protesters carried a banner reading “MURDERERS” outside the ministry.", []),
    ("placards-saying", "Students waved placards saying “SHAME” and “RESIGN” as the minister arrived.", []),
    ("banners-read-colon", "Banners in the square read: “The state kills.”", []),
    ("placard-read", "One placard read “Hands off our schools.”", []),
    ("sign-on-a-place-warning", "A sign on the door warning visitors: “This room is recorded.”", []),
    (
        "sign-hung-warning",
        "A sign hung on the wall warning visitors against loud talk: “This room is recorded.”",
        [],
    ),
    ("marker-reads", "A bronze marker by the gate reads, “This mill was the heart of the valley.”", []),
    ("inscription-reads", "The inscription on the bell reads: “Cast for the town in 1890.”", []),
    (
        "sign-over-two-paragraphs",  # the slogan goes on in the next paragraph: none of it is a quote
        'A sign at his office warned, "Keep quiet.\n\nThis room is wired. "\n\nHe met his men at night.',
        [],
    ),
    (
        "plaque-over-two-paragraphs",
        "A plaque reads, “Here stood the first school.\n\nIt burned in 1901.”\n\n"
        "“We rebuilt it,” Ada Munro said.",
        [("We rebuilt it", "Ada Munro", "Ada Munro", "name")],
    ),
    (  # the term is no partial quote; the clause it stands in is still Microsoft's report
        "term-modifying-a-noun",
        "Microsoft said the “zero day” flaw was already being used by hackers.",
        [("the “zero day” flaw was already being used", "Microsoft", "Microsoft", ANY)],
    ),
    ("term-so-called", "Microsoft warned of a so-called “zero day” attack on its browser.", []),
    (  # the same in a wire's tokenised marks (`` ''), whose backticks spaCy does not count as punctuation
        "arms-length-noun-in-backticks",
        "The Kenyan navy said it had sunk the Somali pirate `` mother ship''.",
        [
            ("it had sunk the Somali pirate `` mother ship''", "Kenyan navy", ANY, ANY),
            ("mother ship", "Kenyan navy", ANY, ANY),
        ],
    ),
    (  # a noun held at arm's length at the end of a noun phrase: the clause is still the navy's report
        "arms-length-noun-in-report",
        "The Kenyan navy said it had sunk the smugglers' “mother ship” near Lamu.",
        [
            ("it had sunk the smugglers' “mother ship” near Lamu", "Kenyan navy", ANY, ANY),
            ("mother ship", "Kenyan navy", ANY, ANY),
        ],
    ),
    (
        "adjective-fragment-kept",  # an evaluation in someone's words, not a term
        "Critics said the “deeply flawed” plan would fail.",
        [("deeply flawed", "Critics", ANY, ANY)],
    ),
    (
        "chant-kept",  # a crowd's words are spoken
        "The crowd chanted “Murderers!” as the police van left.",
        [("Murderers!", "The crowd", None, "unresolved")],
    ),
    (
        "forum-poster-speaks",  # "poster" is someone who posts, no sign
        "One poster on the forum wrote: “How can people look at both sides if one side is gone?”",
        [("How can people look", "One poster", None, "unresolved")],
    ),
]

PRONOUN_CHECKS: list[Case] = [
    (
        "self-named-statement",  # people do not speak of themselves by name
        "Police arrested Vincent Hale on Friday. Hale was on probation at the time, he said.",
        [("Hale was on probation", "he", None, "unresolved")],
    ),
    (
        "self-named-statement-other-speaker",
        "Officer Dan Pruitt described the arrest of Vincent Hale. Hale was on probation then, he said.",
        [("Hale was on probation", "he", "Dan Pruitt", "coreference")],
    ),
    (
        "self-named-direct-quote",
        "Police said Vincent Hale had been drinking. “Hale was on probation at the time,” he said.",
        [
            ("Vincent Hale had been drinking", "Police", ANY, ANY),
            ("Hale was on probation", "he", None, "unresolved"),
        ],
    ),
    (
        "first-person-quote-keeps-its-speaker",
        "Vincent Hale spoke after the verdict. “I am innocent,” he said.",
        [("I am innocent", "he", "Vincent Hale", "coreference")],
    ),
    (
        "she-not-the-object-of-a-missed-name",  # the NER misses "Ana Ruiz": she goes on from her
        "Mayor Ana Ruiz thanked Carla Jensen for her work. “We could not have done it without the "
        "volunteers,” she said.",
        [("We could not have done it", "she", None, "unresolved")],
    ),
    (
        "mr-is-the-namesake-who-is-a-man",  # "Mr. Gomes" is not his mother, Catherine Gomes
        "Gary Gomes, 35, was charged on Monday. Prosecutor Dan Pruitt described the case. The victim was "
        "his mother, Catherine Gomes, 61. Mr. Gomes had been released in May. In 2005, he told her: “You "
        "will never leave me.”",
        [("You will never leave me", "he", "Gary Gomes", "coreference")],
    ),
    (
        "according-to-source-quoted-him",  # "him" is the sentence's source, not the actor
        "According to Peter Lund, producer of the show, the British actor was picked “because we wanted "
        "the night to be light and fun,” the Herald quoted him as saying.",
        [("because we wanted the night", "him", "Peter Lund", "coreference")],
    ),
    (
        "according-to-source-he-told",
        "According to Tom Reyes, the team's coach, the striker was benched “to rest his knee before the "
        "final,” he told reporters.",
        [("to rest his knee", "he", "Tom Reyes", "coreference")],
    ),
    (
        "she-the-object-of-a-company",
        "Acme Corp hired Carla Jensen last year. “It was the best decision,” she said.",
        [("It was the best decision", "she", "Carla Jensen", "coreference")],
    ),
]

NEXT_SENTENCE: list[Case] = [
    (
        "statement-announced-a-paragraph-before",
        "Senator Ruth Kagan visited the farms on Friday and her office later released a statement.\n\n"
        "“The senator thanks the volunteers.”",
        [("The senator thanks the volunteers.", "her office", "Ruth Kagan's office", "owner")],
    ),
    (
        "document-issued-a-paragraph-before",
        "The Red Crescent issued a statement on Monday.\n\n“Our teams reached the village at dawn.”",
        [("Our teams reached the village at dawn.", "Red Crescent", "Red Crescent", "name")],
    ),
    (
        "update-issued-then-run-on-without-cue",  # the whole quotation is the update's: Norvik's
        "Norvik Energy has issued an update on the pipeline leak to its customers.\n\n“Crews sealed the "
        "valve overnight and pressure is back to normal.\n\nWe checked every joint before reopening the "
        "line.”\n\nThe leak began on Friday.",
        [
            ("Crews sealed the valve", "Norvik Energy", "Norvik Energy", "name"),
            ("We checked every joint", "Norvik Energy", "Norvik Energy", "continuation"),
        ],
    ),
    (
        "letter-sent-then-run-on-without-cue",
        "The Ferro Mining Company sent a letter to shareholders on Monday.\n\n“Output fell in the third "
        "quarter.\n\nWe have cut costs at every plant.”",
        [
            ("Output fell in the third quarter.", "Ferro Mining Company", "Ferro Mining Company", "name"),
            ("We have cut costs", "Ferro Mining Company", "Ferro Mining Company", "continuation"),
        ],
    ),
    (
        "denied-reports-a-paragraph-before",  # "denied reports" puts out no document: the continuation
        "“I am leaving the film,” director Ana Ruiz said.\n\nThe director denied reports of a feud.\n\n"
        "“Nobody has treated me badly.”",
        [
            ("I am leaving the film", "Ana Ruiz", ANY, ANY),
            ("Nobody has treated me badly", "Ana Ruiz", ANY, ANY),
        ],
    ),
    (
        "statement-a-paragraph-before-then-run-on",  # the quotation runs on: its cue comes after it
        "Chela Ortiz then made a statement of her own.\n\n“Why did you do it?\n\nWhy did you hide?” "
        "the young widow read from the letter.",
        [
            ("Why did you do it?", "young widow", ANY, ANY),
            ("Why did you hide?", "young widow", ANY, ANY),
        ],
    ),
    (
        "no-document-a-paragraph-before",
        "Maria Lopez toured the flooded farms on Friday.\n\n“The water came so fast.”",
        [("The water came so fast.", "Maria Lopez", "Maria Lopez", "name")],
    ),
    (
        "own-object-after-ended-quote",  # the Chamber welcomed the rule; the quote goes on from Clark
        "Jamie Clark said the rule was “a disgrace.” “The law has saved hundreds of species.” The Chamber of "
        "Commerce welcomed the new rule.",
        [
            ("a disgrace", "Jamie Clark", ANY, "name"),
            ("The law has saved", "Jamie Clark", ANY, "continuation"),
        ],
    ),
    (
        "according-to-opens-the-next-sentence",
        "Regina Okafor writes about her first clinic. “I knew it was my calling.” According to a 1997 "
        "interview, Okafor said she had applied to law school.",
        [("I knew it was my calling", "Okafor", ANY, "name"), ("she had applied", "Okafor", ANY, "name")],
    ),
    (
        "lost-straight-closing-mark",  # '. "The' inside a straight quotation opens the next one
        '"It is a sad day," Dana Smith said. "We will appeal the ruling. "The court got it wrong," '
        "Smith added.",
        [
            ("It is a sad day", "Dana Smith", "Dana Smith", "name"),
            ("We will appeal the ruling.", "Dana Smith", "Dana Smith", "continuation"),
            ("The court got it wrong", "Smith", "Dana Smith", "name"),
        ],
    ),
    (
        "quote-after-an-inner-quote",  # tokenised marks: the second quotation opens a sentence
        "Carla Jensen recalled the night. `` ' Help me, I got hit. '' ' `` I ran to him at once. ''",
        [("' Help me", "Carla Jensen", ANY, "name"), ("I ran to him", "Carla Jensen", ANY, "continuation")],
    ),
]

CASES = [*BLOCKS, *NEARBY, *NOBODY, *SHORT, *SLOGANS, *PRONOUN_CHECKS, *NEXT_SENTENCE, *MERGED_NAMES]
PARAMS = [pytest.param(text, want, id=name) for name, text, want in CASES]


@pytest.mark.parametrize(("text", "expected"), PARAMS)
def test_speaker_placement(pipeline: Pipeline, text: str, expected: list[Row]) -> None:
    check_speakers(pipeline, text, expected)


@pytest.mark.parametrize("text", [c[1] for c in SHORT + NEARBY], ids=[c[0] for c in SHORT + NEARBY])
def test_speaker_mention_offsets(pipeline: Pipeline, text: str) -> None:
    check_mention_offsets(pipeline, text)
