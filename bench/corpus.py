"""A deterministic, synthetic news corpus for the benchmark, in strife's wire format.

:func:`generate` assembles dispatches from templates and invented names: a dateline
(``Mar 04, 2026 09:19 UTC``), a bulleted headline, then paragraphs of diplomatic news with quotes in
many shapes (said-after and said-before the name, colon-introduced, two-sentence and
two-paragraph quotes, partial quotes, indirect speech), titles and appositions, pronoun and
role-noun speakers, capitals as metonyms and cited outlets. Countries, organisations and outlets
are real names; every person and every sentence is invented. The same ``words`` and ``seed`` give
the same texts on every run and machine (only :class:`random.Random` with a fixed seed is used).

Words are counted as whitespace-separated tokens of the body (the paragraphs after the headline),
which is what the benchmark divides by.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

__all__ = ["body_words", "generate"]


@dataclass(frozen=True)
class Country:
    name: str  # as it reads mid-sentence: "Russia", "the United States"
    demonym: str
    capital: str
    region: str


COUNTRIES: tuple[Country, ...] = (
    Country("Russia", "Russian", "Moscow", "russian"),
    Country("Ukraine", "Ukrainian", "Kyiv", "ukrainian"),
    Country("Belarus", "Belarusian", "Minsk", "russian"),
    Country("Poland", "Polish", "Warsaw", "polish"),
    Country("Serbia", "Serbian", "Belgrade", "serbian"),
    Country("the United States", "US", "Washington", "english"),
    Country("the United Kingdom", "British", "London", "english"),
    Country("France", "French", "Paris", "french"),
    Country("Germany", "German", "Berlin", "german"),
    Country("Estonia", "Estonian", "Tallinn", "estonian"),
    Country("Latvia", "Latvian", "Riga", "latvian"),
    Country("Lithuania", "Lithuanian", "Vilnius", "lithuanian"),
    Country("Finland", "Finnish", "Helsinki", "finnish"),
    Country("Norway", "Norwegian", "Oslo", "norwegian"),
    Country("Iran", "Iranian", "Tehran", "persian"),
    Country("Israel", "Israeli", "Jerusalem", "hebrew"),
    Country("Türkiye", "Turkish", "Ankara", "turkish"),
    Country("Azerbaijan", "Azerbaijani", "Baku", "azerbaijani"),
    Country("Armenia", "Armenian", "Yerevan", "armenian"),
    Country("Georgia", "Georgian", "Tbilisi", "georgian"),
    Country("Egypt", "Egyptian", "Cairo", "arabic"),
    Country("Saudi Arabia", "Saudi", "Riyadh", "arabic"),
    Country("Qatar", "Qatari", "Doha", "arabic"),
    Country("China", "Chinese", "Beijing", "chinese"),
    Country("Japan", "Japanese", "Tokyo", "japanese"),
    Country("India", "Indian", "New Delhi", "indian"),
    Country("Pakistan", "Pakistani", "Islamabad", "pakistani"),
)

# Rivals: pairs a story is about (indices into COUNTRIES by name, resolved below).
RIVALRIES: tuple[tuple[str, str], ...] = (
    ("Russia", "Ukraine"),
    ("Russia", "Estonia"),
    ("Russia", "Poland"),
    ("Belarus", "Lithuania"),
    ("Iran", "Israel"),
    ("Azerbaijan", "Armenia"),
    ("Russia", "Georgia"),
    ("Serbia", "Germany"),
    ("China", "Japan"),
    ("India", "Pakistan"),
    ("Russia", "Finland"),
    ("Iran", "Saudi Arabia"),
)
MEDIATORS: tuple[str, ...] = (
    "the United States",
    "France",
    "Germany",
    "Türkiye",
    "Qatar",
    "Egypt",
    "China",
    "Norway",
    "Saudi Arabia",
    "the United Kingdom",
)


@dataclass(frozen=True)
class Org:
    name: str  # mid-sentence form: "NATO", "the European Union"
    official: str  # definite role noun for its people: "the NATO official"
    titles: tuple[str, ...]


ORGS: tuple[Org, ...] = (
    Org(
        "NATO",
        "the NATO official",
        ("NATO Secretary-General", "NATO spokesperson", "NATO Deputy Secretary-General"),
    ),
    Org(
        "the European Union",
        "the EU official",
        ("EU foreign policy chief", "EU spokesperson", "EU special envoy"),
    ),
    Org(
        "the United Nations",
        "the UN official",
        ("UN special envoy", "UN spokesperson", "UN Under-Secretary-General"),
    ),
    Org("the OSCE", "the OSCE official", ("OSCE special representative", "OSCE Secretary General")),
    Org("the IAEA", "the IAEA official", ("IAEA Director General", "IAEA spokesperson")),
    Org("the African Union", "the AU official", ("African Union Commission chairperson",)),
)

OUTLETS: tuple[str, ...] = (
    "Reuters",
    "AFP",
    "The Associated Press",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Xinhua",
    "Press TV",
    "Al Jazeera",
    "Anadolu Agency",
    "the BBC",
    "Deutsche Welle",
    "Kyodo",
    "IRNA",
    "Ukrinform",
    "ERR News",
)

GOV_TITLES: tuple[str, ...] = (
    "Foreign Minister",
    "Deputy Foreign Minister",
    "Defence Minister",
    "Prime Minister",
    "President",
    "Foreign Ministry spokesperson",
    "Interior Minister",
    "national security adviser",
    "ambassador to the UN",
)
MIL_TITLES: tuple[str, ...] = (
    "Chief of the General Staff",
    "army spokesperson",
    "Defence Ministry spokesperson",
    "navy commander",
    "air force commander",
)
ROLE_NOUNS: dict[str, str] = {
    "Foreign Minister": "the minister",
    "Deputy Foreign Minister": "the deputy minister",
    "Defence Minister": "the defence minister",
    "Prime Minister": "the prime minister",
    "President": "the president",
    "Foreign Ministry spokesperson": "the spokesperson",
    "Interior Minister": "the minister",
    "national security adviser": "the adviser",
    "ambassador to the UN": "the ambassador",
    "Chief of the General Staff": "the general",
    "army spokesperson": "the spokesperson",
    "Defence Ministry spokesperson": "the spokesperson",
    "navy commander": "the admiral",
    "air force commander": "the commander",
}

# Invented given names (male, female) and surnames per naming region.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "russian": (
        ("Gennady", "Pavel", "Arkady", "Dmitry", "Oleg", "Stanislav"),
        ("Yelena", "Irina", "Larisa", "Svetlana"),
        ("Voronin", "Sablin", "Zhuravlyov", "Orekhov", "Sereda", "Belov", "Kurbatov"),
    ),
    "ukrainian": (
        ("Taras", "Bohdan", "Ostap", "Andriy"),
        ("Oksana", "Halyna", "Solomiya"),
        ("Kovalenko", "Hrytsenko", "Melnychuk", "Savchuk", "Tkachenko"),
    ),
    "polish": (
        ("Tomasz", "Krzysztof", "Marek", "Jakub"),
        ("Zofia", "Agnieszka", "Katarzyna"),
        ("Nowicki", "Wróblewski", "Zieliński", "Kaczmarczyk", "Sobczak"),
    ),
    "serbian": (
        ("Miroslav", "Dragan", "Nenad"),
        ("Vesna", "Jelena", "Milica"),
        ("Petrović", "Stanković", "Lazić", "Ilić"),
    ),
    "english": (
        ("Daniel", "Thomas", "Oliver", "Mark", "Samuel"),
        ("Karen", "Claire", "Margaret", "Rebecca"),
        ("Whitcomb", "Reddick", "Ashby", "Hartley", "Pennington", "Caldwell"),
    ),
    "french": (
        ("Julien", "Henri", "Mathieu"),
        ("Sophie", "Camille", "Élodie"),
        ("Marchand", "Delacroix", "Fournier", "Lemaire"),
    ),
    "german": (
        ("Stefan", "Lukas", "Matthias"),
        ("Anneliese", "Katrin", "Miriam"),
        ("Albrecht", "Vogt", "Brandt", "Kessler", "Hoffmeister"),
    ),
    "estonian": (
        ("Kaarel", "Andres", "Rein", "Urmas"),
        ("Liisa", "Merike", "Kadri", "Hele"),
        ("Vahtra", "Kask", "Raudsepp", "Lepik", "Kuusk", "Kivi"),
    ),
    "latvian": (("Janis", "Edgars", "Raimonds"), ("Ilze", "Inga", "Dace"), ("Ozols", "Kalniņš", "Liepa")),
    "lithuanian": (
        ("Mindaugas", "Darius", "Tomas"),
        ("Rūta", "Eglė", "Aušra"),
        ("Petrauskas", "Jankauskas", "Kazlauskas"),
    ),
    "finnish": (
        ("Mikko", "Juhani", "Petteri"),
        ("Aino", "Sanna", "Kaisa"),
        ("Koskinen", "Salmi", "Laaksonen"),
    ),
    "norwegian": (
        ("Lars", "Eirik", "Håkon"),
        ("Ingrid", "Sigrid", "Marit"),
        ("Haugen", "Lindqvist", "Bakke"),
    ),
    "persian": (
        ("Reza", "Mehdi", "Kaveh", "Hossein"),
        ("Shirin", "Leila", "Parisa"),
        ("Tabrizi", "Farahani", "Karimi", "Sadeghi", "Moradi"),
    ),
    "hebrew": (
        ("Eitan", "Avner", "Noam", "Gideon"),
        ("Tamar", "Michal", "Yael"),
        ("Shalev", "Katzir", "Dror", "Alon"),
    ),
    "turkish": (
        ("Kerem", "Murat", "Selim", "Orhan"),
        ("Aylin", "Sevda", "Elif"),
        ("Yazıcı", "Kaplanoğlu", "Demirtaşlı"),
    ),
    "azerbaijani": (
        ("Elnur", "Rashad", "Farid"),
        ("Leyla", "Gülnar", "Aysel"),
        ("Rasulov", "Karimov", "Mammadli"),
    ),
    "armenian": (
        ("Aram", "Levon", "Tigran"),
        ("Anush", "Lilit", "Siranush"),
        ("Hakobyan", "Mkrtchyan", "Avetisyan"),
    ),
    "georgian": (
        ("Giorgi", "Levan", "Davit"),
        ("Nino", "Tamta", "Ketevan"),
        ("Beridze", "Lomidze", "Kapanadze"),
    ),
    "arabic": (
        ("Khaled", "Omar", "Tariq", "Faisal"),
        ("Layla", "Nour", "Rania"),
        ("Al-Mansouri", "Haddad", "Farouk", "Al-Sabti", "Nasser"),
    ),
    "chinese": (
        ("Wenhao", "Jianguo", "Zhiwei"),
        ("Xiaoli", "Meilin", "Yuting"),
        ("Li", "Zhao", "Chen", "Wang"),
    ),
    "japanese": (
        ("Hiroshi", "Kenji", "Daisuke"),
        ("Yuko", "Akiko", "Haruka"),
        ("Morita", "Ishikawa", "Kobayashi"),
    ),
    "indian": (
        ("Rajesh", "Arvind", "Vikram"),
        ("Priya", "Anjali", "Meera"),
        ("Sharma", "Menon", "Iyer", "Kapoor"),
    ),
    "pakistani": (("Imran", "Bilal", "Asad"), ("Ayesha", "Sana", "Hina"), ("Qureshi", "Malik", "Chaudhry")),
}
ANALYST_NAMES: tuple[tuple[str, str], ...] = (
    ("Anna Sepp", "f"),
    ("Jonas Weber", "m"),
    ("Claire Dunmore", "f"),
    ("Marek Zieliński", "m"),
    ("Hannah Lowell", "f"),
    ("Pieter Van Daele", "m"),
)
THINK_TANKS: tuple[str, ...] = (
    "the International Institute for Strategic Studies",
    "the Carnegie Endowment for International Peace",
    "the Stockholm International Peace Research Institute",
    "the International Crisis Group",
    "Chatham House",
)

TOPICS: tuple[str, ...] = (
    "border clashes",
    "drone strikes",
    "a naval standoff",
    "detained diplomats",
    "the ceasefire",
    "gas supplies",
    "military exercises",
    "new sanctions",
    "airspace violations",
    "a prisoner exchange",
    "troop movements",
    "the peace talks",
)
THINGS: tuple[str, ...] = (
    "round of talks",
    "meeting",
    "proposal",
    "statement",
    "deployment",
    "exercise",
    "decision",
)
DESCRIPTORS: tuple[str, ...] = (
    "constructive but difficult",
    "a dangerous provocation",
    "a step in the right direction",
    "unacceptable",
    "long overdue",
    "frank and sometimes tense",
    "a violation of international law",
    "a purely defensive measure",
    "premature",
    "the last chance for diplomacy",
)
WEEKDAYS: tuple[str, ...] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

QUOTE_SENTENCES: tuple[str, ...] = (
    "Our patience has limits, and those limits are close",
    "This provocation will not go unanswered",
    "Any further escalation would be a grave mistake",
    "The ceasefire must be respected by all sides",
    "Dialogue remains the only way out of this crisis",
    "The security of our citizens is not up for negotiation",
    "Every metre of our territory will be defended",
    "Peace cannot be bought with promises",
    "A solution has to start with facts, not slogans",
    "Our armed forces are ready for any scenario",
    "These sanctions only make a peaceful solution harder",
    "The talks will continue as long as they are useful",
    "The people of this region deserve an honest answer",
    "Threats will not change our position",
    "Our position has been clear from the first day",
    "{other} knows exactly where the border runs",
    "The ball is now in {other}'s court",
    "Nobody in {Self} wants a war, but nobody here is afraid of one either",
    "{org_cap} has a role to play, and we expect it to play it",
    "What happened on {weekday} was not an accident",
    "The world is watching, and history will judge this moment",
    "There can be no talks while our people are held hostage",
    "The door to diplomacy is open, but it will not stay open forever",
    "We have no interest in a war, but we will not be intimidated",
    "We are ready to talk at any time, in any format, without preconditions",
    "We call on {other} to stop playing with fire",
    "We will defend every metre of our land",
    "We expect {other} to return to the negotiating table",
    "We did not start this, and we are not afraid to end it",
    "We will answer in a way and at a time of our choosing",
    "We have shown restraint for weeks, and it has been mistaken for weakness",
    "We want our people home, and we want them home now",
    "We are counting on our partners to keep their word",
    "I spoke to my counterpart in {other_cap} this morning, and the conversation was difficult",
    "I do not believe that anyone in {othercap} wants this to go further",
)
CLAUSES: tuple[str, ...] = (
    "{other} had violated the ceasefire {n} times in the past week",
    "the talks in {city} would continue next month",
    "{self} was ready to resume negotiations without preconditions",
    "observers from {org} should be allowed into the area",
    "the sanctions would be extended until the end of the year",
    "{n} soldiers had been wounded in the latest exchange of fire",
    "the government would not accept any solution imposed from outside",
    "{other} was moving heavy weapons towards the line of contact",
    "a new round of consultations had been scheduled for {weekday}",
    "{self} would close its airspace to military flights from {other}",
    "the detained crew would be released once the investigation was over",
    "the exercise had been planned long before the crisis began",
)
CITIES: tuple[str, ...] = ("Geneva", "Vienna", "Istanbul", "Doha", "Brussels", "Oslo", "Cairo", "Helsinki")
LEADS: tuple[str, ...] = (
    "{A} and {B} traded accusations on {weekday} over {topic}, as diplomats in {city} struggled to keep a "
    "fragile channel of talks open.",
    "{Adem} forces and {Bdem} troops exchanged fire near the border on {weekday}, {a}'s defence ministry "
    "said, in the latest flare-up of a months-long dispute.",
    "{org} called on {A} and {B} on {weekday} to step back from confrontation after a week of {topic}.",
    "Talks between {A} and {B} on {topic} ended in {city} on {weekday} without agreement, but both "
    "delegations said they would meet again.",
    "{A} summoned {B}'s ambassador on {weekday} to protest against what it called {descriptor}.",
    "Officials in {Acap} and {Bcap} gave sharply different accounts on {weekday} of {topic} that "
    "each side blamed on the other.",
)
BACKGROUND: tuple[str, ...] = (
    "Relations between {A} and {B} have been strained for years, and a series of incidents along their "
    "border has raised fears of a wider conflict.",
    "The dispute has drawn in {org}, which has offered to host further talks in {city}.",
    "Neither side has published evidence to support its account, and independent observers have not "
    "been allowed into the area.",
    "Markets reacted calmly, although the price of gas for delivery next month rose by {n} percent.",
    "{mediator} has offered to mediate, and diplomats said a meeting of senior officials could take "
    "place as early as next week.",
    "The last round of negotiations collapsed in {city} after {n} hours, with each side blaming the other.",
)
HEADLINES: tuple[str, ...] = (
    "{A} and {B} trade accusations over {topic}",
    "{org_cap} calls for restraint as {A}-{B} tension rises",
    "{Adem} {title} warns {B} over {topic}",
    "Talks on {topic} stall in {city}",
    "{Acap} rejects {Bdem} account of {topic}",
    "{mediator_cap} offers to mediate between {A} and {B}",
    "{Bdem} officials say {topic} will not derail talks",
)


@dataclass
class Person:
    first: str
    last: str
    gender: str  # "m" or "f"
    title: str
    country: Country | None
    org: Org | None
    mentioned: bool = False

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def pronoun(self) -> str:
        return "he" if self.gender == "m" else "she"

    def role_noun(self, rng: random.Random) -> str:
        """A definite description for a later mention: "the minister", "the Russian official"."""
        if self.org is not None:
            return self.org.official
        assert self.country is not None
        if rng.random() < 0.6:
            return ROLE_NOUNS[self.title]
        return f"the {self.country.demonym} official"


@dataclass
class Story:
    rng: random.Random
    a: Country
    b: Country
    org: Org
    mediator: str
    outlet: str
    city: str
    topic: str
    curly: bool
    cast: list[Person] = field(default_factory=list)
    last_speaker: Person | None = None

    def q(self, text: str) -> str:
        """``text`` in this story's quotation marks."""
        return f"“{text}”" if self.curly else f'"{text}"'

    def open_q(self, text: str) -> str:
        return f"“{text}" if self.curly else f'"{text}'

    def fill(self, template: str, speaker_country: Country | None = None) -> str:
        own = speaker_country or self.a
        other = self.b if own is self.a else self.a
        rng = self.rng
        return template.format(
            A=_cap(self.a.name),
            a=self.a.name,
            B=self.b.name,
            Adem=self.a.demonym,
            Bdem=self.b.demonym,
            Acap=self.a.capital,
            Bcap=self.b.capital,
            self=own.name,
            Self=_cap(own.name),
            other=other.name,
            other_cap=_cap(other.name),
            othercap=other.capital,
            org=self.org.name,
            org_cap=_cap(self.org.name),
            mediator=_cap(self.mediator),
            mediator_cap=_cap(self.mediator),
            city=self.city,
            topic=self.topic,
            weekday=rng.choice(WEEKDAYS),
            descriptor=rng.choice(DESCRIPTORS),
            n=rng.randint(2, 40),
            title=rng.choice(("Foreign Minister", "Defence Minister", "President", "Prime Minister")),
        )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _person(
    rng: random.Random, country: Country | None, org: Org | None, title: str, taken: set[str]
) -> Person:
    """A new person; ``taken`` holds the surnames already used in the story (never reused)."""
    region = country.region if country is not None else rng.choice(sorted(NAMES))
    males, females, surnames = NAMES[region]
    gender = rng.choice(("m", "f"))
    first = rng.choice(males if gender == "m" else females)
    free = [name for name in surnames if name not in taken] or [f"{surnames[0]}-{len(taken)}"]
    last = rng.choice(free)
    taken.add(last)
    if region == "russian" and gender == "f" and last.endswith(("v", "n")):
        last += "a"  # Sablin → Sablina
    return Person(first, last, gender, title, country, org)


def _sentence(story: Story, speaker: Person) -> str:
    """One invented quoted sentence, without its final punctuation."""
    return _cap(story.fill(story.rng.choice(QUOTE_SENTENCES), speaker.country))


def _clause(story: Story, speaker: Person | None) -> str:
    return story.fill(story.rng.choice(CLAUSES), speaker.country if speaker else None)


def _introduce(person: Person, story: Story, *, subject: bool = False) -> str:
    """How a person is named: with their title the first time, then surname, pronoun or role noun.

    ``subject``: the name opens the clause and a verb follows, so an apposition ("X, Russia's
    defence minister, said") may be used; a subject is capitalised.
    """
    rng = story.rng
    if not person.mentioned:
        person.mentioned = True
        if person.org is not None:
            return f"{person.title} {person.full}"
        assert person.country is not None
        if subject and rng.random() < 0.4:
            if person.title == "ambassador to the UN":
                return f"{_cap(person.country.name)}'s ambassador to the UN, {person.full},"
            return f"{person.full}, {_apposition(person)},"
        if person.title == "ambassador to the UN":
            return f"{person.country.demonym} UN Ambassador {person.full}"
        return f"{person.country.demonym} {person.title} {person.full}"
    roll = rng.random()
    if story.last_speaker is person and roll < 0.4:
        who = person.pronoun
    elif roll < 0.65:
        who = person.role_noun(rng)
    else:
        who = person.last
    return _cap(who) if subject else who


def _apposition(person: Person) -> str:
    """A person's role as an apposition: "Russia's foreign minister", "the NATO spokesperson"."""
    if person.org is not None:
        return f"the {person.title}"
    assert person.country is not None
    title = " ".join(word if word.isupper() else word.lower() for word in person.title.split())
    return f"{person.country.name}'s {title}"


def _quote_paragraph(story: Story) -> list[str]:
    """One or two paragraphs with a quotation of some shape; returns paragraphs."""
    rng = story.rng
    speaker = rng.choice(story.cast)
    s1 = _sentence(story, speaker)
    s2 = _sentence(story, speaker)
    shape = rng.randrange(11)
    out: list[str]
    if shape == 0:  # "…," X said.
        out = [f"{story.q(s1 + ',')} {_introduce(speaker, story)} said."]
    elif shape == 1:  # X said: "…"
        out = [f"{_introduce(speaker, story, subject=True)} said: {story.q(s1 + '.')}"]
    elif shape == 2:  # "…," said Surname.
        who = speaker.last if speaker.mentioned else _introduce(speaker, story)
        out = [f"{story.q(s1 + ',')} said {who}."]
    elif shape == 3:  # "…," he said. "…"
        out = [f"{story.q(s1 + ',')} {_introduce(speaker, story)} said. {story.q(s2 + '.')}"]
    elif shape == 4:  # quote running over two paragraphs
        who = _introduce(speaker, story)
        out = [
            f"{story.q(s1 + ',')} {who} told {story.outlet}. {story.open_q(s2 + '.')}",
            story.q(_sentence(story, speaker) + "."),
        ]
    elif shape == 5:  # partial quote
        thing = rng.choice(THINGS)
        who = _introduce(speaker, story, subject=True)
        out = [f"{who} described the {thing} as {story.q(rng.choice(DESCRIPTORS))}."]
    elif shape == 6:  # indirect speech with "that"
        verb = rng.choice(("said", "warned", "insisted", "stressed", "told reporters"))
        out = [f"{_introduce(speaker, story, subject=True)} {verb} that {_clause(story, speaker)}."]
    elif shape == 7:  # according to X, …
        who = speaker.last if speaker.mentioned else _introduce(speaker, story)
        out = [f"According to {who}, {_clause(story, speaker)}."]
    elif shape == 8:  # role noun after the quote
        if not speaker.mentioned:
            speaker.mentioned = True
            out = [f"{story.q(s1 + ',')} said {speaker.full}, {_apposition(speaker)}."]
        else:
            out = [f"{story.q(s1 + ',')} {speaker.role_noun(rng)} added."]
    elif shape == 9:  # capital as metonym
        country = speaker.country or story.a
        out = [f"{country.capital} warned that {_clause(story, speaker)}."]
        speaker = story.last_speaker or speaker
    else:  # told an outlet, plus a partial quote in the same sentence
        who = _introduce(speaker, story, subject=True)
        out = [
            f"{who} told {story.outlet} that {_clause(story, speaker)}, calling the "
            f"{rng.choice(THINGS)} {story.q(rng.choice(DESCRIPTORS))}."
        ]
    story.last_speaker = speaker
    return out


def _other_paragraph(story: Story) -> str:
    rng = story.rng
    roll = rng.random()
    if roll < 0.4:
        return story.fill(rng.choice(BACKGROUND))
    if roll < 0.7:
        name, gender = rng.choice(ANALYST_NAMES)
        tank = rng.choice(THINK_TANKS)
        pron = "he" if gender == "m" else "she"
        return (
            f"{name}, an analyst at {tank}, said the {rng.choice(THINGS)} was "
            f"{story.q(rng.choice(DESCRIPTORS))}. {_cap(pron)} added that {_clause(story, None)}."
        )
    outlet = rng.choice(OUTLETS)
    verb = rng.choice(("reported", "said, citing unnamed officials,"))
    return f"{_cap(outlet)} {verb} that {_clause(story, None)}."


MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _dateline(rng: random.Random) -> str:
    """``Mar 04, 2026 09:19 UTC`` (month names spelt here: strftime's %b follows the locale)."""
    when = datetime(2025, 1, 1) + timedelta(minutes=rng.randrange(2 * 365 * 24 * 60))
    return f"{MONTHS[when.month - 1]} {when.day:02d}, {when.year} {when.hour:02d}:{when.minute:02d} UTC"


def _story(rng: random.Random) -> Story:
    by_name = {c.name: c for c in COUNTRIES}
    a_name, b_name = rng.choice(RIVALRIES)
    a, b = by_name[a_name], by_name[b_name]
    if rng.random() < 0.5:
        a, b = b, a
    org = rng.choice(ORGS)
    story = Story(
        rng=rng,
        a=a,
        b=b,
        org=org,
        mediator=rng.choice([m for m in MEDIATORS if m not in (a.name, b.name)]),
        outlet=rng.choice(OUTLETS),
        city=rng.choice(CITIES),
        topic=rng.choice(TOPICS),
        curly=rng.random() < 0.5,
    )
    taken: set[str] = set()
    story.cast = [
        _person(rng, a, None, rng.choice(GOV_TITLES), taken),
        _person(rng, b, None, rng.choice(GOV_TITLES), taken),
        _person(rng, a if rng.random() < 0.5 else b, None, rng.choice(MIL_TITLES), taken),
        _person(rng, None, org, rng.choice(org.titles), taken),
    ]
    return story


def _article(rng: random.Random, target: int) -> tuple[str, int]:
    story = _story(rng)
    paragraphs = [story.fill(rng.choice(LEADS))]
    words = len(paragraphs[0].split())
    while words < target or len(paragraphs) < 4:
        new = _quote_paragraph(story) if rng.random() < 0.7 else [_other_paragraph(story)]
        paragraphs.extend(new)
        words += sum(len(p.split()) for p in new)
    if rng.random() < 0.6:
        paragraphs.append(f"{_cap(story.outlet)} could not independently verify the claims.")
        words += len(paragraphs[-1].split())
    headline = story.fill(rng.choice(HEADLINES))
    text = f"{_dateline(rng)}\n  • {headline}\n\n" + "\n\n".join(paragraphs) + "\n"
    return text, words


def body_words(text: str) -> int:
    """Words in a generated text's body: whitespace-separated tokens after the headline block."""
    return len(text.split("\n\n", 1)[1].split())


def generate(words: int, seed: int = 7) -> list[str]:
    """Wire-format dispatches with about ``words`` body words in all (~240 words each).

    Deterministic: the same arguments give the same list. At least one text for any ``words`` > 0.
    """
    rng = random.Random(seed)
    texts: list[str] = []
    total = 0
    while total < words:
        text, count = _article(rng, target=rng.randint(170, 290))
        texts.append(text)
        total += count
    return texts
