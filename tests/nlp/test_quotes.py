"""Quote detection and speaker attribution over the shapes news writes quotes in."""

from __future__ import annotations

import pytest

from strife.nlp.quotemarks import find_quotes, starts_sentence
from strife.pipeline import Pipeline

# text, then each expected quote as (start of text, kind, speaker name or None, speaker code or None)
CASES: list[tuple[str, list[tuple[str, str, str | None, str | None]]]] = [
    (  # a dashed name line with a note after the comma; a tokenised opening mark closed by a straight one
        'Then you say you will not fail again.\n\n``Brains make wealth, not oil. We have brains." '
        "— Dahlia Orr, on whether the oil states will eclipse the region.",
        [
            ("you will not fail again", "indirect", None, None),
            ("Brains make wealth", "direct", "Dahlia Orr", None),
        ],
    ),
    (  # a statement in a relative clause: the relative word and the speaker are no part of it
        "Deputies found a folder that Karimov said contained the plans for the attack.",
        [("contained the plans for the attack", "indirect", "Karimov", None)],
    ),
    # a quoted title no one says is no quote; a Title Case quote with a cue is
    ('The exhibition, "Healers of the Northern Front," opens in Lviv on Friday.', []),
    ("The app, “Field Notes for Medics”, is free.", []),
    ('"Never Again," Karimov said.', [("Never Again", "direct", "Karimov", None)]),
    # an aspect verb with a verb complement says nothing; the verb it governs may
    ("The informant continued to leak, and since he feared he was watched he met reporters at night.", []),
    (
        "Kuleba went on to say that the talks had failed.",
        [("the talks had failed", "indirect", "Dmytro Kuleba", None)],
    ),
    (  # an unnamed speaker the quotes step makes is the antecedent of a later "he"
        "A Kremlin spokesman said the talks would go on.\n\n“We are not in a hurry,” he added.",
        [
            ("the talks would go on", "indirect", "Kremlin spokesman", "RUSGOV"),
            ("We are not in a hurry", "direct", "Kremlin spokesman", "RUSGOV"),
        ],
    ),
    (
        "Our correspondent says the town is quiet. “Nobody has left since Monday,” he says.",
        [
            ("the town is quiet", "indirect", "Our correspondent", None),
            ("Nobody has left since Monday", "direct", "Our correspondent", None),
        ],
    ),
    (
        "`` We will not back down , '' said Russian Defence Minister Ilham Karimov .",
        [("We will not back down", "direct", "Ilham Karimov", "RUSGOV")],
    ),
    (
        '“The border is closed," Karimov told reporters. "Nobody crosses it,” he added.',
        [
            ("The border is closed", "direct", "Karimov", None),
            ("Nobody crosses it", "direct", "Karimov", None),
        ],
    ),
    (
        '"We will not back down," said Russian Defence Minister Ilham Karimov.',
        [("We will not back down", "direct", "Ilham Karimov", "RUSGOV")],
    ),
    (
        'Karimov said: "The border is closed until further notice."',
        [("The border is closed", "direct", "Karimov", None)],
    ),
    (
        "“The talks failed,” a Kremlin spokesman told reporters on Monday.",
        [("The talks failed", "direct", "Kremlin spokesman", "RUSGOV")],
    ),
    (
        "Ukrainian President Volodymyr Zelensky spoke in Kyiv.\n\n“We will defend every village. "
        "We will not give up.\n\n“Nobody will take our land,” he added.",
        [
            ("We will defend every village", "direct", "Volodymyr Zelensky", "UKRGOV"),
            ("Nobody will take our land", "direct", "Volodymyr Zelensky", "UKRGOV"),
        ],
    ),
    (
        "The Russian foreign ministry said in a statement: “Provocations will not go unanswered.”",
        [("Provocations will not go unanswered", "direct", "Russian foreign ministry", "RUSGOV")],
    ),
    (
        "“We are ready for talks,” the minister, Ilham Karimov, told Reuters.",
        [("We are ready for talks", "direct", "Ilham Karimov", None)],
    ),
    (  # an editorial "in" a paper called one is the paper's, even when the NER misses it as an outlet
        "“The country has surrendered itself to flames,” said an editorial in the conservative daily "
        "Kosmos Vradyni.",
        [("The country has surrendered", "direct", "Kosmos Vradyni", None)],
    ),
    (  # the name a "called/named" participle gives the subject or its apposition
        "Another rebel figure, a senior spokesman called Tomas Ferreira, said the fighters were ready.",
        [("the fighters were ready", "indirect", "Tomas Ferreira", None)],
    ),
    (
        "A union official named Clara Mbeki said the strike would go on.",
        [("the strike would go on", "indirect", "Clara Mbeki", None)],
    ),
    (
        "“The situation is calm,” Karimov, 54, said in an interview.",
        [("The situation is calm", "direct", "Karimov", None)],
    ),
    (
        "“We have done nothing wrong,” said Ali Rezaei, a spokesman for the Iranian foreign ministry. "
        "“The accusations are baseless.”",
        [
            ("We have done nothing wrong", "direct", "Ali Rezaei", "IRNGOV"),
            ("The accusations are baseless", "direct", "Ali Rezaei", "IRNGOV"),
        ],
    ),
    (
        "Israeli Prime Minister Benjamin Netanyahu said Iran was “playing with fire” and vowed to respond.",
        [("playing with fire", "partial", "Benjamin Netanyahu", "ISRGOV")],
    ),
    (
        "Officials said the strike killed 12 people. "
        "“It was a massacre,” said local governor Oleh Marchenko.",
        [
            ("the strike killed 12 people", "indirect", "Officials", None),
            ("It was a massacre", "direct", "Oleh Marchenko", None),
        ],
    ),
    (
        "Putin warned: “Any attack will be met with force.”",
        [("Any attack will be met with force", "direct", "Vladimir Putin", "RUSGOV")],
    ),
    (
        "Azerbaijani Foreign Minister Elnur Rasulov met his counterpart on Friday. "
        "“We agreed on a ceasefire,” he said, “and we will keep it.”",
        [
            ("We agreed on a ceasefire", "direct", "Elnur Rasulov", "AZEGOV"),
            ("and we will keep it", "direct", "Elnur Rasulov", "AZEGOV"),
        ],
    ),
    (
        "'We will not be intimidated,' Polish Prime Minister Jan Nowak said on Tuesday.",
        [("We will not be intimidated", "direct", "Jan Nowak", "POLGOV")],
    ),
    # Scare quotes are nobody's words.
    ("The so-called “peacekeepers” arrived in the region on Sunday.", []),
    # A name in quotation marks (a work, an event, a place, a nickname) is nobody's words, even with a
    # cue in its sentence: told by Title Case and what stands before the opening mark.
    (
        "Police did not reveal what the star of “Harbour Lights”, “The Long Field” and “Salt Roads” was "
        "treated for.",
        [],
    ),
    (
        "The fishermen said they rowed to a sandbar known as “Gull Point” before dawn.",
        [("they rowed to a sandbar known as “Gull Point” before dawn", "indirect", "fishermen", None)],
    ),
    (
        "A city editor nicknamed her “Lady Ledger,” the paper reported.",
        [("A city editor", "indirect", None, None)],
    ),
    ("The church was criticised for promoting a “Fair Wages Rally” in the capital.", []),
    # ... also right after a proper noun: the name of its owner or maker, then the event's or work's
    ("The mayor was criticised for backing a Harbour Trust ``Clean Streets Festival'' in the old port.", []),
    ("Okafor praised the Kestrel Arts “Open Studio Weekend” on Friday.", []),
    ("Parents complained about the Riverside Council “Safe Routes Week” in a letter.", []),
    # a verb of naming past one comma names a title, no one's words
    ("The same year she was also named, “Miss Harbour Queen of the Coast.”", []),
    ("That spring the filly was named, “Best Juvenile of the Season,” by the jockey club.", []),
    (
        "Producers said Halas, star of the war drama “Ashfall,” would host the gala.",
        [("Halas, star of the war drama “Ashfall,” would host", "indirect", "Producers", None)],
    ),
    ("The biographer wrote in his memoir, “A Winter in Tallinn: Letters Home”, about the fire.", []),
    # a nickname set between a given name and a surname
    ("The trial of Carlo “The Hammer” Rossi opened in Turin, the court heard.", []),
    ("Officers described Sal “Sammy the Bull” Greco as the gang's treasurer.", []),
    # the object of a verb that is no speech cue ("directed", "played"): a work's name
    (
        "Paul Lenz, who directed “The Silver Road,” will film the sequel, studio sources say.",
        [
            (
                "Paul Lenz, who directed “The Silver Road,” will film the sequel",
                "indirect",
                "studio sources",
                None,
            )
        ],
    ),
    ("The band played “Blue Night Road” twice before midnight.", []),
    # a speech verb's object stays someone's words
    (
        "The crowd shouted “Down With The Tyrant” outside the palace.",
        [("Down With The Tyrant", "direct", None, None)],
    ),
    ("Dubbed the “Salt King” for his fortune, Okonjo bought the mine in 1998.", []),
    # "so-called" makes a short quote a label, adjectives and all
    ("Rangers were charged with crimes related to the so-called “green smuggling” trade.", []),
    # … and the clause it stands in is still reported: a term is no one's words, the clause is
    (
        "The so-called “quiet diplomacy” has failed, Okafor said.",
        [("The so-called “quiet diplomacy” has failed", "indirect", "Okafor", None)],
    ),
    ("The pair were charged over the so-called ``secret weddings'' in the valley.", []),  # tokenised marks
    # a cue verb that goes "to" something (a link, a move) says nothing of a fragment in the noun after
    # its "to", or under another event hung on it; a clause after the "to" may be what was said
    ("The outage was related to the “routine upkeep” of the grid.", []),
    ("Firefighters responded to the blaze, bringing three pumps and “a handful” of ladders.", []),
    (
        "The minister replied to the letter that the plan was “unacceptable”.",
        [("unacceptable", "partial", "minister", None)],
    ),
    ("Okafor called the deal “unfair” on Monday.", [("unfair", "partial", "Okafor", None)]),
    # ... but not after a colon or a speech verb, nor in lower case after a verb of description
    ("The guide greeted the group by saying: “Welcome Home”.", [("Welcome Home", "partial", None, None)]),
    (
        "Karimov called the plan “a Dangerous Gamble” on Monday.",
        [("a Dangerous", "partial", "Karimov", None)],
    ),
    (  # a name before a quote bounds no search for its cue
        "She said the crew sailed to a reef known as “Devil's Teeth,” the reason being, “The fish are "
        "bigger there.”",
        [("The fish are bigger", "direct", None, None)],
    ),
    # a speech verb under another verb in an "as" clause after the quote tells what went on (weeping),
    # no cue: the verb before the quote is the cue
    (
        'Mara Velez, whose son died in the crash, told the driver in a calm voice, "You took everything '
        'from us," as her relatives began to cry.',
        [("You took everything from us", "direct", "Mara Velez", None)],
    ),
    (
        'Mara Velez told the driver in a calm voice, "You took everything from us," as her daughters '
        "began to cry.",
        [("You took everything from us", "direct", "Mara Velez", None)],
    ),
    (  # a speech verb heading the "as" clause still reports
        '"We are going to appeal this ruling," as Okafor told reporters outside the court.',
        [("We are going to appeal this ruling", "direct", "Okafor", None)],
    ),
    # a title opening the sentence that the parser took for the subject, the name hung inside it: the
    # name speaks, never a fragment of the title; a participle before the name keeps its own subject
    (
        "Former star running back Dario Mensah and other former players have alleged that athletes were "
        "paid by boosters.",
        [("athletes were paid by boosters", "indirect", "Dario Mensah", None)],
    ),
    (
        "The lawyer representing Ivan Petrov said the case was weak.",
        [("the case was weak", "indirect", "lawyer", None)],
    ),
    # a fragment inside a relative clause with a subject of its own is no report of the verb above it:
    # an "according to" source reads it, else it is no one's reported words
    (
        "Police estimated the blaze caused heavy damage to the hall -- which the pastor hoped was not "
        "linked to the ``hostile coverage'' of his sermons, according to the Valley Courier.",
        [
            ("the blaze caused heavy damage", "indirect", "Police", None),
            ("hostile coverage", "partial", "Valley Courier", None),
        ],
    ),
    (
        "Police said the blaze damaged the hall, which the pastor feared was linked to the “hostile "
        "coverage” of his sermons.",
        [("the blaze damaged the hall", "indirect", "Police", None)],
    ),
    (  # a chant opened mid-sentence and never closed: the writer's words, no quote of the boxer's
        "Boxer Viktor Marek stood in his corner, urging on fans as the first chants of “Marek! Marek!"
        " filled the arena.\n\n“He fought like a lion,” Marek said later.",
        [("He fought like a lion", "direct", "Viktor Marek", None)],
    ),
    (  # a clause before a speech verb with a "that" clause of its own is no report of that verb: the
        # outer reporter's span holds it, and the verb reports what follows "that"
        "Dan Okafor denied the charge, then he told the jury that he was abroad, prosecutor Ana Vidal said.",
        [
            ("Dan Okafor denied the charge, then he told", "indirect", "Ana Vidal", None),
            ("he was abroad", "indirect", "Dan Okafor", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_quotes_and_speakers(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    article = pipeline.extract(text)
    got = [
        (q.text, q.kind, q.speaker.name if q.speaker else None, q.speaker.code if q.speaker else None)
        for q in article.quotes
    ]
    assert len(got) == len(expected), got
    for (text_, kind, name, code), (start, want_kind, want_name, want_code) in zip(
        got, expected, strict=True
    ):
        assert text_.startswith(start)
        assert (kind, name) == (want_kind, want_name)
        if want_code is not None:
            assert code == want_code


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“A,” he said. “Bb cc.”", ["A", "Bb cc."]),
        ('He said "we are ready" and left.', ["we are ready"]),
        ("It’s Russia’s ‘red line’, she said.", ["red line"]),
        ("“Open and never closed", ["Open and never closed"]),
        ("«Nous refusons», a-t-il dit.", ["Nous refusons"]),
        ("No quotes here, only Russia’s apostrophes.", []),
        ("'We will respond,' he said of the ministers' talks.", ["We will respond"]),
        ("Rock 'n' roll in the '90s, it's said.", []),
        # mixed marks, as careless copy writes them
        ('“We stay,” he said, and “we fight," she added.', ["We stay", "we fight"]),
        ('"We stay,” he said.', ["We stay"]),
        ('“They said "never" and left,” she said.', ['They said "never" and left']),
        ('"They said “never” and left," she said.', ["They said “never” and left"]),
        # tokenised text (Penn Treebank, ECB+): `` … ''
        ("`` We stay , '' he said . `` We fight . ''", ["We stay", "We fight ."]),
        ("He called it a ``red line'' on Monday.", ["red line"]),
        ("The ministers'' talks", []),
        # a second opening mark that nothing closes is the first quote's closing mark typed the wrong way
        ("`` We will win . `` The coach left .", ["We will win ."]),
        ("“We will win. “The coach left", ["We will win."]),
        ("“We will win. “We are better.” Karimov said.", ["We will win.", "We are better."]),
        # straight marks padded with spaces on both sides (tokenised text): the first opens, the next closes
        (
            'The mayor said, " We will rebuild the bridge by May ". Work starts soon.',
            ["We will rebuild the bridge by May"],
        ),
        ('Ortiz: " Who won the match last night? "', ["Who won the match last night?"]),
        ('" The road is open again . "', ["The road is open again ."]),
        (
            'She said the guards "... never checked the gate. ... Nobody did."',
            ["... never checked the gate. ... Nobody did."],
        ),
    ],
)
def test_quote_marks(text: str, quoted: list[str]) -> None:
    found = [text[m.start : m.end] for m in find_quotes(text)]
    assert [f for f in found if len(f) > 1] == [q for q in quoted if len(q) > 1]


@pytest.mark.parametrize(
    ("text", "at", "expected"),
    [
        ("“Yes.”", 0, True),
        ("He said “yes”", 8, False),
        ("It ended. “Yes.”", 10, True),
        ("He said: “No.”", 9, True),
    ],
)
def test_starts_sentence(text: str, at: int, expected: bool) -> None:
    assert starts_sentence(text, at) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A question put to someone is not their statement.
        (
            'Asked whether the policy would change, Whitfield said: "Not at this point."',
            [("direct", "Whitfield")],
        ),
        # … nor is one put to the speaker in a "when" clause after the quote (was a quote with no speaker)
        (
            "“We are a different team,” coach Peter Otieno said when asked what a fired-up Kimani means to "
            "his club.",
            [("direct", "Peter Otieno")],
        ),
        # A question after a verb of answering in its -ing form was put to the ones answering: not theirs
        (
            "The lawyers questioned the panel for hours, with the farmers answering: 'had you seen or "
            "heard anything about the fire at the Osei mill?'",
            [("direct", None)],
        ),
        ('Nine women were seated after answering: "Do you know the Brandt family?"', [("direct", None)]),
        # … a finite verb of answering keeps its cue, question or not
        ('Asked about the strike, Mbeki replied: "Why would we wait?"', [("direct", "Mbeki")]),
        # The one told, with an apposition, then what they are told to do: no statement.
        ("Police told the driver, a man of 40, to leave the car.", []),
        # A verb under a modal reports no speech: the fragment belongs to the one who said it.
        (
            "Israeli Defense Minister Yoav Galant said the operation would continue "
            "“for as long as it takes.”",
            [("partial", "Yoav Galant")],
        ),
        # A gerund after a noun's "of" with a relative clause on the noun: no report of the gerund.
        (
            "The two men had a history of arguing that dates back several years, police said.",
            [("indirect", "police")],
        ),
        ("The neighbours had a long habit of complaining that annoyed the council.", []),
        # A "who" clause inside the report is part of it (tests/nlp/test_that_clause.py: after a comma
        # as the report's own first word it is a relative clause).
        ("The minister said the rebels, who had fled, would return.", [("indirect", "minister")]),
        # A real "that" conjunction after such a gerund still reports what was said.
        ("The minister made a point of saying that the talks would go on.", [("indirect", "minister")]),
        # A status declared of something (an object and what it is declared to be, no verb): no statement.
        ("The wildlife agency declared grey wolves an endangered species last week.", []),
        ("The supreme court declared the new voting law unconstitutional on Friday.", []),
        # A subjunctive complement (its verb bare) is a statement.
        ("The minister insisted the old archive be opened to the public.", [("indirect", "minister")]),
    ],
)
def test_what_is_not_a_speech_cue(pipeline: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = pipeline.extract(text).quotes
    assert [(q.kind, q.speaker.name if q.speaker else None) for q in quotes] == expected


# Speakers by category: text, then for each quote (start of text, kind, mention text, resolved name,
# how it was resolved). Every quote reports the mention that names its speaker in the text.
SpeakerRow = tuple[str, str, str | None, str | None, str]
SPEAKERS: list[tuple[str, str, list[SpeakerRow]]] = [
    # --- an unresolved pronoun keeps its mention
    ("pronoun", "“It is over,” she said.", [("It is over", "direct", "she", None, "unresolved")]),
    (
        "pronoun-resolved",
        "Mayor Ana Duarte visited the flooded district.\n\n“We will rebuild,” she said.",
        [("We will rebuild", "direct", "she", "Ana Duarte", "coreference")],
    ),
    # --- documents and organisations, coded by their owner where the text says it
    (
        "document-owner",
        "A report by Human Rights Watch said the detainees were beaten.",
        [
            (
                "the detainees were beaten",
                "indirect",
                "A report by Human Rights Watch",
                "Human Rights Watch",
                "owner",
            )
        ],
    ),
    (
        "document-owner-earlier",
        "Human Rights Watch released a report on Monday. "
        "The report said “abuses were widespread” in the camps.",
        [("abuses were widespread", "direct", "The report", "Human Rights Watch", "owner")],
    ),
    (
        "document-owner-named-earlier-first-actor",  # the owner is the article's first actor (index 0)
        "A report by Amnesty International was published on Friday. "
        "The report says that guards tortured inmates at the prison.",
        [
            (
                "guards tortured inmates at the prison",
                "indirect",
                "The report",
                "Amnesty International",
                "owner",
            )
        ],
    ),
    (
        "document-statement-from",
        "A statement from the Kremlin said “the talks were useful”.",
        [("the talks were useful", "direct", "A statement from the Kremlin", "Kremlin", "owner")],
    ),
    (
        "document-signed-by-a-group",  # the signatories are an actor since agents are (---LEG)
        "The letter, signed by 40 senators, warned that “the deal is dangerous”.",
        [("the deal is dangerous", "partial", "The letter", "senators", "owner")],
    ),
    (
        "organisation-noun",
        "Amnesty International criticised the arrests. “This is a travesty,” the group said.",
        [("This is a travesty", "direct", "the group", "Amnesty International", "coreference")],
    ),
    (
        "site-noun",
        "WikiLeaks published the cables on Sunday. “The cables speak for themselves,” the "
        "whistle-blowing site said.",
        [
            (
                "The cables speak for themselves",
                "direct",
                "the whistle-blowing site",
                "WikiLeaks",
                "coreference",
            )
        ],
    ),
    # --- verbs and frames beyond "said"
    (
        "pleaded",
        "“Please let us go,” Ms Lee pleaded.",
        [("Please let us go", "direct", "Ms Lee", "Ms Lee", "name")],
    ),
    (
        "snapped",
        "“Get out,” Viktor Orlov snapped.",
        [("Get out", "direct", "Viktor Orlov", "Viktor Orlov", "name")],
    ),
    (
        "cut-in",
        "“That is not true,” Elena Ortiz cut in.",
        [("That is not true", "direct", "Elena Ortiz", "Elena Ortiz", "name")],
    ),
    ("texted", "“I am safe,” Ana texted her mother.", [("I am safe", "direct", "Ana", "Ana", "name")]),
    (
        "went-on",
        "“And there is more,” Smith went on.",
        [("And there is more", "direct", "Smith", "Smith", "name")],
    ),
    (
        "interview-frame",
        "Ilham Karimov, in an interview with CNN, said: “We will not back down.”",
        [("We will not back down", "direct", "Ilham Karimov", "Ilham Karimov", "name")],
    ),
    (
        "asked-about",
        "Asked about the sanctions, Karimov said they would fail.",
        [("they would fail", "indirect", "Karimov", "Karimov", "name")],
    ),
    (
        "attributed-to",
        "A line attributed to Einstein — “If we knew what we were doing, it would not be research.”",
        [("If we knew what we were doing", "direct", "Einstein", "Einstein", "name")],
    ),
    (
        "according-to-recording",
        "“We will not back down,” according to a recording obtained by Reuters.",
        [("We will not back down", "direct", "a recording", None, "unresolved")],
    ),
    (
        "according-to-person",
        "According to Rathbun, the detective was given the files by the church.",
        [("the detective was given the files", "indirect", "Rathbun", "Rathbun", "name")],
    ),
    (
        "according-to-person-on-a-blog",  # the place of the words is no part of them
        "According to Mark Ellison on the Harbor Watch blog, the ferry will stop running in May.",
        [("the ferry will stop running in May", "indirect", "Mark Ellison", "Mark Ellison", "name")],
    ),
    (
        "according-to-person-in-a-statement",
        "According to a county spokesman in a statement on Monday, the road will stay closed all week.",
        [("the road will stay closed", "indirect", "county spokesman", "county spokesman", "description")],
    ),
    (
        "according-to-with-apposition",  # the description of the source is no part of its words
        "According to TechPulse, the largest IT website in Kenya, the problem was attributed to downtime "
        "experienced by Safaricom.",
        [("the problem was attributed to downtime", "indirect", "TechPulse", "TechPulse", "name")],
    ),
    # --- colon and block attributions
    (
        "round-up",
        "Jane Smith, The Guardian: “The vote was a disaster for the government.”\n\n"
        "John Doe, Le Monde: “Nobody expected this outcome.”",
        [
            ("The vote was a disaster", "direct", "Jane Smith", "Jane Smith", "name"),
            ("Nobody expected this outcome", "direct", "John Doe", "John Doe", "name"),
        ],
    ),
    (
        "label-before-a-title-in-marks",  # a name in quote marks the line goes on after: nobody's words
        'Maria Lopez: "Queen Of The Pool" Swimmer And Actress Dies Aged 91.\n\n07 June 2013\n\n'
        "Golden girl of screen, the actress, has died peacefully in her sleep aged 91.",
        [],
    ),
    (
        "label-before-a-nickname-in-marks",
        'Helen Carter: "The Golden Voice" Singer And Actress Dies Aged 88.\n\n'
        "The actress has died peacefully in her sleep aged 88.",
        [],
    ),
    (
        "attribution-line",
        "“The war will end soon,” the minister said.\n\n“We are ready.”\n\n— Olaf Berg, defence minister",
        [
            ("The war will end soon", "direct", "minister", "minister", "description"),
            ("We are ready", "direct", "Olaf Berg", "Olaf Berg", "name"),
        ],
    ),
    (
        "source-note",
        "“The situation is dire.” (Reuters)",
        [("The situation is dire", "direct", "Reuters", "Reuters", "name")],
    ),
    (
        "possessive-label",
        "Team owner Paul Reyes has said that the club will not sign him.\n\nHis exact words:\n\n"
        "“We met him and were impressed.”",
        [
            ("the club will not sign him", "indirect", "Paul Reyes", "Paul Reyes", "name"),
            ("We met him and were impressed", "direct", "His", "Paul Reyes", "coreference"),
        ],
    ),
    # --- the wrong nearby name: not the dateline, not a name inside the quote
    (
        "dateline",
        "MOSCOW (Reuters) - “We will respond,” Foreign Minister Sergei Lavrov said on Monday.",
        [("We will respond", "direct", "Sergei Lavrov", "Sergei Lavrov", "name")],
    ),
    (
        "name-inside-quote",
        "Lavrov met Blinken in Geneva. “We told Blinken that NATO must leave,” Lavrov said.",
        [("We told Blinken", "direct", "Lavrov", "Sergei Lavrov", "name")],
    ),
    (
        "subject-after-quote",
        '"I just thank God it is over, " the officer\'s widow, Rosa Ortiz, said.',
        [("I just thank God it is over", "direct", "Rosa Ortiz", "Rosa Ortiz", "name")],
    ),
    (
        "quoted-as-saying",
        "State radio quoted the regional governor as saying the roads were closed.",
        [("the roads were closed", "indirect", "regional governor", "regional governor", "description")],
    ),
    (
        "nearest-subject",
        "The first call came at 3: 33 a. m. from a hotel, fire chief Jon Owen said this morning.",
        [("The first call came at 3", "indirect", "Jon Owen", "Jon Owen", "name")],
    ),
    (
        "name-inside-subject",
        "“We lost money every month,” said local businessman and blogger Andrew Halcro.",
        [("We lost money every month", "direct", "Andrew Halcro", "Andrew Halcro", "name")],
    ),
    (
        "representative",
        "Mira Lane left the clinic on Friday, her rep confirmed to reporters.",
        [("Mira Lane left the clinic on Friday", "indirect", "her rep", "Mira Lane's rep", "owner")],
    ),
    (
        "kin-is-no-owner",
        "Mira Lane left because “she was not happy with the place,” her father said.",
        [("she was not happy with the place", "partial", "her father", "her father", "description")],
    ),
    # --- a run-on quote keeps the last speaker
    (
        "run-on-paragraph",
        "Dorsey said the vote would be hard on everyone.\n\n“We are like family here.”",
        [
            ("the vote would be hard on everyone", "indirect", "Dorsey", "Dorsey", "name"),
            ("We are like family here", "direct", "Dorsey", "Dorsey", "continuation"),
        ],
    ),
    (
        "over-a-paragraph-break",
        '"Job done.\n\nThat is all I can say, " Coach Paulo Arias said.',
        [
            ("Job done", "direct", "Paulo Arias", "Paulo Arias", "continuation"),
            ("That is all I can say", "direct", "Paulo Arias", "Paulo Arias", "name"),
        ],
    ),
    # --- session 3: categories read off the hand-labelled ECB+ quotes (tune half), in sentences of our own
    (
        "closing-mark-lost",  # the cue inside an unclosed quote, not the next paragraph's speaker
        "“We will not surrender, the minister said on Monday.\n\n“The talks are over,” Olaf Berg said.",
        [
            ("We will not surrender", "direct", "minister", "minister", "description"),
            ("The talks are over", "direct", "Olaf Berg", "Olaf Berg", "name"),
        ],
    ),
    (
        "closing-mark-lost-before-a-titled-name",  # the name's title set off by commas, then the verb
        "“The vote was rigged from the start, Maria Lopez, a lawyer for the group, says.\n\n"
        "“We will appeal,” Dan Kowal said.",
        [
            ("The vote was rigged from the start", "direct", "Maria Lopez", "Maria Lopez", "name"),
            ("We will appeal", "direct", "Dan Kowal", "Dan Kowal", "name"),
        ],
    ),
    (
        "closing-mark-lost-after-a-list",  # a comma inside the quote, then the name, its title, the verb
        "“Patch every computer, including the old ones, Tyler Reed, head of research at a security firm, "
        "said on Monday.",
        [("Patch every computer, including the old ones", "direct", "Tyler Reed", "Tyler Reed", "name")],
    ),
    (
        "closing-mark-lost-before-a-titled-organisation",  # an organisation's name and what it is
        "“Every version is exposed, including the preview, Kessler Data Group, a security firm in "
        "Ohio, said.",
        [
            (
                "Every version is exposed, including the preview",
                "direct",
                "Kessler Data Group",
                "Kessler Data Group",
                "name",
            )
        ],
    ),
    (
        "mistyped-closing-mark",  # `` … `` in tokenised text: the second mark closes, the rest is no quote
        "`` We will find a way , '' said Karimov . `` We are better than this . `` The coach was fired .",
        [
            ("We will find a way", "direct", "Karimov", "Karimov", "name"),
            ("We are better than this", "direct", "Karimov", "Karimov", "continuation"),
        ],
    ),
    (
        "office-holder",  # a bare title word is no speaker when the name stands beside its organisation
        "“We are ready,” said head of the agency Maria Lopez.",
        [("We are ready", "direct", "Maria Lopez", "Maria Lopez", "name")],
    ),
    (
        "abbreviated-title",  # the parser ends the sentence at "Lt.": the name after it speaks
        "“There may have been a third target,” said police Lt. Gerry Whitlock.",
        [("There may have been a third target", "direct", "Gerry Whitlock", "Gerry Whitlock", "name")],
    ),
    (
        "denial-frame",  # what a speaker denies is not their statement
        "Denying he was at the scene, Karimov said he had been at home all night.",
        [("he had been at home all night", "indirect", "Karimov", "Karimov", "name")],
    ),
    (
        "participle-on-object",  # "saying" hung on the object: the subject of the main verb speaks
        "An aide downplayed the protests, saying that “nothing will change in this country.”",
        [("nothing will change in this country", "partial", "aide", "aide", "description")],
    ),
    (
        "verb-reports-its-own-clause",  # a verb after a quote reporting a clause of its own is not its cue
        "Kraft said in a statement: “This is a sad day.” “Our thoughts are with the families.” "
        "Olaf Berg said the plant would close.",
        [
            ("This is a sad day", "direct", "Kraft", "Kraft", "name"),
            ("Our thoughts are with the families", "direct", "Kraft", "Kraft", "continuation"),
            ("the plant would close", "indirect", "Olaf Berg", "Olaf Berg", "name"),
        ],
    ),
    (
        "inverted-speaker-with-a-clause-in-her-title",  # the parser hangs "the man Roe's son shot" on "said"
        "Relatives said the verdict was hollow. “We do not think Tom Hale won,” said Ann Roe, "
        "mother of the girl Hale shot.",
        [
            ("the verdict was hollow", "indirect", "Relatives", "Relatives", "description"),
            ("We do not think Tom Hale won", "direct", "Ann Roe", "Ann Roe", "name"),
        ],
    ),
    (
        "verb-leads-next-quote",  # "X said:" after a quote that ended a sentence introduces the next one
        "Maria Lopez said: “The road was icy.” A police spokeswoman said: “We are aware of the crash.”",
        [
            ("The road was icy.", "direct", "Maria Lopez", "Maria Lopez", "name"),
            (
                "We are aware of the crash.",
                "direct",
                "police spokeswoman",
                "police spokeswoman",
                "description",
            ),
        ],
    ),
    (
        "pronoun-outside-quote-not-a-name-inside",  # "he" after a quote is not the man the quote names
        "Mark Felt wrote that he was not motivated by anger. "
        "“It is not true that I was jealous of Patrick Gray,” he wrote.",
        [
            ("he was not motivated by anger", "indirect", "Mark Felt", "Mark Felt", "name"),
            ("It is not true that I was jealous", "direct", "he", "Mark Felt", "coreference"),
        ],
    ),
    (
        "pronoun-after-a-quote-over-two-paragraphs",  # the name is inside a quotation begun before
        "Mark Felt wrote that he was not motivated by anger.\n\n“It is true that I wanted the post."
        "\n\nIt is not true that I was jealous of Patrick Gray,” he wrote.",
        [
            ("he was not motivated by anger", "indirect", "Mark Felt", "Mark Felt", "name"),
            ("It is true that I wanted the post.", "direct", "he", "Mark Felt", "continuation"),
            ("It is not true that I was jealous", "direct", "he", "Mark Felt", "coreference"),
        ],
    ),
    (
        "said-comma-serves-both",  # "“A.” he said, “B.”": the verb after the first quote is its cue too
        "“It is official.” she wrote, “I am hosting the show.”",
        [
            ("It is official.", "direct", "she", None, "unresolved"),
            ("I am hosting the show.", "direct", "she", None, "unresolved"),
        ],
    ),
    (
        "fragment-inside-a-quotation",  # the name in the fragment's sentence is whom it is about
        "“There is nothing heroic here,” said Pat Buchanan. Felt “disgraced himself and his office.”",
        [
            ("There is nothing heroic here", "direct", "Pat Buchanan", "Pat Buchanan", "name"),
            ("disgraced himself and his office", "partial", "Pat Buchanan", "Pat Buchanan", "continuation"),
        ],
    ),
    (
        "according-to-after-a-fragment",
        "The fire “was set at the entrance of the church” according to the Associated Press.",
        [
            (
                "was set at the entrance of the church",
                "partial",
                "Associated Press",
                "Associated Press",
                "name",
            )
        ],
    ),
    (
        "statement-announced-before",
        "Governor Lopez visited the church and her office later released a statement. "
        "“The governor is saddened by the fire.”",
        [("The governor is saddened by the fire.", "direct", "her office", None, "unresolved")],
    ),
    (
        "verb-right-before-the-mark",  # the words are the yeller's, whoever reports them after
        "An employee had yelled, “Hide, she has a gun!” Sergeant Olaf Berg said.",
        [("Hide, she has a gun!", "direct", "employee", "employee", "description")],
    ),
    (  # a speech verb and its listener before the mark: "according to" after it names the record
        "verb-and-listener-before-the-mark",
        "The senator told reporters, “We will not back down,” according to a transcript released by her "
        "office.",
        [("We will not back down", "direct", "senator", "senator", "description")],
    ),
    (
        "gerund-and-listener-before-the-mark",  # the one fined for telling the referee said it
        "The coach was fined for telling the referee, “You are a disgrace,” according to the league.",
        [
            ("The coach was fined for telling the referee", "indirect", "the league", None, "unresolved"),
            ("You are a disgrace", "direct", "The coach", None, "unresolved"),
        ],
    ),
    (
        "honorific-gender",  # "Ms. Lopez" makes Maria Lopez a woman: the later "he" is not her
        "Olaf Berg was arrested on Monday. Maria Lopez had obtained a restraining order. "
        "Ms. Lopez was the victim in that case. He told her, “You will never leave me.”",
        [("You will never leave me.", "direct", "He", "Olaf Berg", "coreference")],
    ),
    # --- nobody's statement
    ("impersonal", "It was announced that the host will be a comedian.", []),
    ("safe-to-say", "It is safe to say that the team exceeded every hope.", []),
    ("negated", "The lawyer did not deny his client was at the corner.", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_speakers(pipeline: Pipeline, text: str, expected: list[SpeakerRow]) -> None:
    quotes = pipeline.extract(text).quotes
    got = [
        (
            q.text,
            q.kind,
            q.speaker.mention.text if q.speaker and q.speaker.mention else None,
            q.speaker.name if q.speaker else None,
            q.speaker.resolved_by if q.speaker else None,
        )
        for q in quotes
    ]
    assert len(got) == len(expected), got
    for row, (start, *want) in zip(got, expected, strict=True):
        assert row[0].startswith(start), row
        assert list(row[1:]) == want, row


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # the parser takes the clause's subject for the verb's object
        (
            "Her lawyer argued the client's troubled history of abuse was to blame.",
            "the client's troubled history of abuse was to blame",
        ),
        # the rest of the clause hangs on the verb with no subject of its own
        ("Okafor insisted her alter ego be kept hidden.", "her alter ego be kept hidden"),
        (
            "I promised that workers making $90,000 a year or less would not pay more in taxes.",
            "workers making $90,000 a year or less would not pay more in taxes",
        ),
        # ... also past an apposition the parser closed with its comma ("the employee, 51-year-old X,")
        (
            "Police say the fight began after the employee, 51-year-old Tom Barker, was suspended.",
            "the fight began after the employee, 51-year-old Tom Barker, was suspended",
        ),
        # a clause with its own subject after the object is the whole statement
        ("Jensen told reporters the plant would close in May.", "the plant would close in May"),
        (  # the parser makes the court a compound of "he": where she spoke, not what she said
            "Ana Ruiz told jurors in Albany County Court he and two friends went to West Hill in May.",
            "he and two friends went to West Hill in May",
        ),
        # a name in quotation marks is part of the clause, and the clause never ends inside its marks
        (
            "The boats sailed to a reef known as “Devil's Teeth,” the skipper said.",
            "The boats sailed to a reef known as “Devil's Teeth,”",
        ),
        (
            "The mayor said the tourists flocked to the old quarter, known as “The Maze,” every summer.",
            "the tourists flocked to the old quarter, known as “The Maze,” every summer",
        ),
        # a few words quoted inside the clause leave the rest of it reported (the fragment is a partial too)
        (
            "The deal will not end in a “take it or leave it” offer from the club, a source said.",
            "The deal will not end in a “take it or leave it” offer from the club",
        ),
        (
            "The meeting will not produce a “final offer” from the owners, one source said on Monday.",
            "The meeting will not produce a “final offer” from the owners",
        ),
        (
            "Brill said his client stands little chance in the high court, which he called “far too harsh.”",
            "his client stands little chance in the high court, which he called “far too harsh.”",
        ),
        (
            "The treasurer said next season’s budget “depends on both” the sponsors and the ticket sales.",
            "next season’s budget “depends on both” the sponsors and the ticket sales",
        ),
        # tokenised text's closing pair of apostrophes stays whole at the clause's end
        (
            "Officials said a hotel and a rice warehouse near the port had been `` destroyed''.",
            "a hotel and a rice warehouse near the port had been `` destroyed''",
        ),
        # a date the parser hung on the reported verb, between "said" and the clause's subject, is when
        # it was said
        (
            "The water board said on Monday it would raise rates by ten percent.",
            "it would raise rates by ten percent",
        ),
        (
            "Police said late Friday the driver had been arrested near the border.",
            "the driver had been arrested near the border",
        ),
        # "that" after where and when it was said, hung on the hearing or the rally by the parser
        (
            "Marsh told the jury during the trial on Friday that the witness had lied twice.",
            "the witness had lied twice",
        ),
        (
            "The senator said at a rally Friday evening that the new tax would be repealed.",
            "the new tax would be repealed",
        ),
    ],
)
def test_whole_reported_clause(pipeline: Pipeline, text: str, quoted: str) -> None:
    assert [q.text for q in pipeline.extract(text).quotes if q.kind == "indirect"] == [quoted]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause joined to the reported one that reports on its own is another speaker's report
        (
            "Maria Lopez, the Peruvian foreign minister, said last week that there is no crisis in the "
            "region, and the Peruvian envoy to the UN told this website that Ms Lopez had briefed the "
            "council.",
            [
                ("there is no crisis in the region", "Maria Lopez"),
                ("Ms Lopez had briefed the council", "Peruvian envoy"),
            ],
        ),
        # … while a joined clause with no verb of saying is still what was said
        (
            "The minister said the talks had failed and the army would stay.",
            [("the talks had failed and the army would stay", "minister")],
        ),
    ],
)
def test_a_joined_report_ends_the_clause(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str]]
) -> None:
    quotes = pipeline.extract(text).quotes
    assert [
        (q.text, q.speaker.name if q.speaker else None) for q in quotes if q.kind == "indirect"
    ] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fragment read as its clause subject's words: the cue is the speech verb that subject does
        # ("to apologize"), never the verb of moving whose subject it is
        (
            "The former mayor went to the hospital on Monday to apologize to the nurses in case the delays "
            "were “in any way linked to the cuts his office has made” since the election.",
            [("in any way linked", "apologize", "former mayor")],
        ),
        # … and with no speech verb at all, no cue (the speaker stays)
        (
            "The bishop drove to the village on Sunday although the damage was “far worse than anyone had "
            "been told.”",
            [("far worse than anyone", None, "bishop")],
        ),
        (
            "The coach flew home Sunday to apologize to the fans in case the loss was “in any way the result "
            "of the choices I made.”",
            [("in any way the result", None, None)],
        ),
    ],
)
def test_cue_of_a_clause_fragment(
    pipeline: Pipeline, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    quotes = pipeline.extract(text).quotes
    got = [(q.text, q.cue, q.speaker.name if q.speaker else None) for q in quotes]
    assert len(got) == len(expected), got
    for row, (start, *want) in zip(got, expected, strict=True):
        assert row[0].startswith(start) and list(row[1:]) == want, row


@pytest.mark.parametrize(
    ("text", "most", "words"),
    [
        ("“zero day”", 3, ["zero", "day"]),
        ("“a grave, grave danger”", 4, ["a", "grave", "grave", "danger"]),
        ("“the slow and patient work of many years”", 3, []),  # more than three words: none
        ("“ , ”", 3, []),
    ],
)
def test_few_words_of_a_quote(pipeline: Pipeline, text: str, most: int, words: list[str]) -> None:
    """A short quoted name's words, found without reading the rest of a long quote."""
    from strife.nlp.quoted_names import few_words

    doc = pipeline.nlp(text)
    assert [t.text for t in few_words(doc[:], most)] == words
