"""The country an article is about, and the kind of story it is: what unnamed state institutions
("the government", "police", "Congress") belong to when the text names no country for them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from strife.dictionaries import Dictionaries, TitleEntry
from strife.events.gazetteer import GeoPlace, load_gazetteer
from strife.nlp.dated_places import dated_country
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.ethnic_groups import ethnic_mark
from strife.nlp.names import title_case
from strife.nlp.regions import regions, town_country, town_elsewhere
from strife.nlp.story_mentions import capital_towns, shared_town, shared_votes, unnamed_regions
from strife.nlp.word_lists import NameWords

#: Sectors of a state's own institutions: named alone in a national context, they are its country's.
NATIONAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
#: Sectors of a state's forces: armies and police.
FORCE_SECTORS = frozenset({"MIL", "COP"})
#: Sectors of the law, the state bodies that act at home: police and courts (a named police force or court
#: names its country's story; their arrests are news even in a story discarded as sports).
LAW_SECTORS = frozenset({"COP", "JUD"})
_POLICE_FORCE_WORDS = frozenset({"police", "policeman", "policemen", "sheriff", "constable", "detective"})
_POLICE_WORDS = _POLICE_FORCE_WORDS | {"arrest"}  # arrests with no soldiers: a police story
_MILITARY_WORDS = frozenset(
    {"army", "military", "troops", "soldier", "navy", "naval", "warship", "commando", "regiment"}
    | {"battalion", "brigade"}
)
_ORIGIN_AFTER = frozenset({"native", "natives", "immigrant", "immigrants", "-born", "emigre", "expatriate"})
_ORIGIN_BEFORE = (
    "native of", "born in", "immigrant from", "immigrants from", "emigrated from", "immigrated from", "fled",
    "arrived from", "came from", "hails from", "hailing from", "migrated from",
)  # fmt: skip
_COUNTRY_LABELS = frozenset({"GPE", "NORP"})
_TOWN_LABELS = frozenset({"GPE", "FAC", "LOC"})  # where the NER puts a town it does not know
OUTLAW_SECTORS = frozenset({"CRM", "REB", "UAF", "INS"})  # pirates, rebels, gunmen, insurgents


@dataclass(frozen=True)
class StoryCountry:
    """The country an article is about (:func:`main_country`) and the countries each paragraph names."""

    main: str | None
    by_para: Mapping[int, frozenset[str]]

    def of_paragraph(self, para: int) -> str | None:
        """The country a paragraph is about: the one country it names, else the article's."""
        named = self.by_para.get(para, frozenset())
        return next(iter(named)) if len(named) == 1 else self.main


def story_country(
    art: ArticleDoc,
    dicts: Dictionaries,
    places: Mapping[Loc, str],
    flags: frozenset[str] = frozenset(),
    areas: frozenset[str] = frozenset(),
) -> StoryCountry:
    """The article's main country and the countries named in each paragraph; ``places``: states the
    text names as places ("in Kyiv": no actor), by where; ``flags``: see :func:`country_mentions`;
    ``areas``: the ``town_area`` words of ``agent_words.tsv`` (see :func:`_town_area`)."""
    named = country_mentions(art, dicts, flags)
    seen = {(loc.para, loc.start) for loc, _ in named}
    named += [
        (loc, c)
        for loc, c in places.items()
        if (loc.para, loc.start) not in seen and not _origin_of_person(art.docs[loc.para], loc)
    ]  # "an immigrant from India" names where a person comes from, not the story's country
    local = [(loc, c) for loc, c in named if _town_area(art, dicts, loc, areas)]
    named = [m for m in named if m not in local]
    named = capital_towns(art, dicts, named)
    counted = shared_votes(art, dicts, _once_per_town(art, dicts, named) + _body_mentions(art))
    main = _most_named(art, counted) or _bodies_country(art) or _towns_country(art)
    if main is None and local:  # the only places named: "the West Hill neighborhood" is some evidence
        named += local
        main = _most_named(art, _once_per_town(art, dicts, named))
    named += [(loc, c) for loc, c in local if c == main and (loc, c) not in named]
    named = [(loc, c) for loc, c in named if not _stray_mention(art, dicts, main, loc)]  # "went to West Hill"
    named = [(loc, _region_of(art, loc, main) or c) for loc, c in named]  # "Georgia" in a US story: the state
    by_para: dict[int, set[str]] = {}
    for loc, country in named:
        by_para.setdefault(loc.para, set()).add(country)
    return StoryCountry(main, {p: frozenset(c) for p, c in by_para.items()})


def _region_of(art: ArticleDoc, loc: Loc, main: str | None) -> str | None:
    """The main country, when the place named at ``loc`` is also one of its regions (a US state named
    like a country: "Georgia", "Georgia's death penalty rules" in an Atlanta story)."""
    if main is None:
        return None
    return main if regions().country(art.docs[loc.para][loc.start : loc.end].text) == main else None


def _town_area(art: ArticleDoc, dicts: Dictionaries, loc: Loc, areas: frozenset[str]) -> bool:
    """Whether a name no file knows stands before a lowercase noun of a town's area ("the West Hill
    neighborhood", "the Kingsway district"): a part of the story's town, whatever foreign town the
    gazetteer knows by that name, so it names the story's country only when that is the one."""
    doc = art.docs[loc.para]
    if loc.end >= len(doc) or not doc[loc.end].is_lower or doc[loc.end].lower_ not in areas:
        return False
    return dicts.lookup(doc[loc.start : loc.end].text.removeprefix("the ")) is None


def _once_per_town(
    art: ArticleDoc, dicts: Dictionaries, named: list[tuple[Loc, str]]
) -> list[tuple[Loc, str]]:
    """The mentions that count toward the main country: a town only the gazetteer places counts once
    however often it is named ("Bountiful" thrice, placed in Utah, against "B.C." and the RCMP once):
    where the gazetteer puts a town is a guess, a region or a state body the text names is not."""
    guessed: dict[str, bool] = {}  # each name checked once
    seen: set[str] = set()
    kept = []
    for loc, country in named:
        text = art.docs[loc.para][loc.start : loc.end].text
        if text not in guessed:
            known = dicts.lookup(text) is not None or regions().country(text) is not None
            guessed[text] = not known and _gazetteer_town(text) is not None
        if guessed[text]:
            if text in seen:
                continue
            seen.add(text)
        kept.append((loc, country))
    return kept


def _gazetteer_town(text: str) -> str | None:
    """The country of the town the gazetteer places under this name, if it knows one."""
    found = load_gazetteer().locate(text)
    return found.country if found is not None and found.kind == "city" else None


def _body_mentions(art: ArticleDoc) -> list[tuple[Loc, str]]:
    """The mentions of the police forces and courts the dictionaries name ("the RCMP", "the FBI"): they
    act at home, and name their country's story as its places do (a named government body, "the
    PLO", can be a party from abroad)."""
    return [
        (loc, actor.country)
        for actor in art.actors
        if actor.country is not None and actor.type == "organization" and actor.sector in LAW_SECTORS
        for loc in actor.mentions
    ]


def _bodies_country(art: ArticleDoc) -> str | None:
    """A local story that names no country but one country's state bodies ("an FBI agent", "the
    Oregon State Police"): that country's."""
    countries = {
        a.country
        for a in art.actors
        if a.country is not None and a.type != "igo" and a.sector in NATIONAL_SECTORS
    }
    return countries.pop() if len(countries) == 1 else None


def _towns_country(art: ArticleDoc) -> str | None:
    """A local story that names no country and no state body, only towns the NER takes for
    facilities or other places ("of Fort Smith"): the country of the towns the gazetteer knows,
    when they all lie in one."""
    countries = set()
    for para, doc in enumerate(art.docs):
        for ent in doc.ents:
            if ent.label_ not in _TOWN_LABELS or not ent.text[:1].isupper() or title_case(doc):
                continue
            if art.actor_at(para, ent[0]) is not None:
                continue  # "directed at Palin" after "Sarah Palin": the person, not Palín in Guatemala
            town = _gazetteer_town(ent.text)
            if town is not None:
                countries.add(town)
    return countries.pop() if len(countries) == 1 else None


def _stray_mention(art: ArticleDoc, dicts: Dictionaries, main: str | None, loc: Loc) -> bool:
    """Whether a place mention is a stray town (:func:`stray_town`) or a town of the story's country
    the gazetteer puts elsewhere (:func:`_shared_town`): it names no country of its paragraph."""
    name = art.docs[loc.para][loc.start : loc.end].text
    place = load_gazetteer().locate(name)
    return stray_town(art, main, name, place) or (
        dicts.lookup(name) is None and shared_town(main, name, place)
    )


def stray_town(art: ArticleDoc, main: str | None, name: str, place: GeoPlace | None) -> bool:
    """Whether the town the gazetteer places under ``name`` is a guess against the story: a weak guess
    (:meth:`Gazetteer.guessed`: a small town, an odd alternate name) in a state other than the story's
    (``main``) that names no actor of it ("arrived in Yida", a camp in a South Sudan story, is not Jeddah
    by one of its alternate names; "the enclave of Bountiful" in a Canadian story is not the Utah town)."""
    if place is None or main is None or place.country in (None, main):
        return False
    if not load_gazetteer().guessed(name):
        return False
    return not any(a.country == place.country and a.mentions for a in art.actors)


def main_country(
    art: ArticleDoc, dicts: Dictionaries | None = None, flags: frozenset[str] = frozenset()
) -> str | None:
    """The country an article is about: the state it mentions most (by its name, capital or demonym),
    the first mentioned on a tie; ``None`` when it names none. With ``dicts``, states and demonyms
    that are no state actor count too: "in Kabul", "Afghan officials"."""
    named = country_mentions(art, dicts, flags)
    return _most_named(art, shared_votes(art, dicts, capital_towns(art, dicts, named)) if dicts else named)


def country_mentions(
    art: ArticleDoc, dicts: Dictionaries | None = None, flags: frozenset[str] = frozenset()
) -> list[tuple[Loc, str]]:
    """Where the article names a country: its state actors' mentions (not where a person comes from:
    "a Guyana native in Albany", nor a ship's registry: "an Ethiopian merchant vessel", ``flags`` being
    the ``flag_craft`` words of ``agent_words.tsv``) and, with ``dicts``, its officials' and elites'
    ("Hillary Clinton": a US story) and the other entities naming one."""
    named = [
        (loc, actor.country)
        for actor in art.actors
        if actor.country is not None and (actor.type == "state" or (dicts is not None and _official(actor)))
        for loc in actor.mentions
        if not _origin_of_person(art.docs[loc.para], loc)
        and not _flag_of_craft(art.docs[loc.para][loc.start], flags)
    ]
    return named + (list(_unacted_states(art, dicts, flags)) if dicts is not None else [])


def _most_named(art: ArticleDoc, named: list[tuple[Loc, str]]) -> str | None:
    """The country named most; on a tie, one named other than only by weak gazetteer guesses (a small
    town: "went to West Hill", placed in Ontario, against "in Albany" in a New York trial story), then
    the first named."""
    counts: Counter[str] = Counter(country for _, country in named)
    first: dict[str, tuple[int, int]] = {}
    guessed: dict[str, bool] = {}
    for loc, country in named:
        first[country] = min(first.get(country, (loc.para, loc.start)), (loc.para, loc.start))
        weak = load_gazetteer().guessed(art.docs[loc.para][loc.start : loc.end].text)
        guessed[country] = guessed.get(country, True) and weak
    counts.update(unnamed_regions(art, named))  # "Ohio", "Ga.": a US story
    if not counts:
        return None
    return max(
        counts,
        key=lambda c: (counts[c], not guessed.get(c, False), tuple(-x for x in first.get(c, (0, 0)))),
    )


def _official(actor: WorkActor) -> bool:
    """A person of the state, its elite or its parliamentary opposition ("Hillary Clinton" USAELI, a
    shadow minister GBROPP): their country is the story's; a rebel's or a private person's need not be."""
    return actor.type == "person" and (actor.sector in NATIONAL_SECTORS or actor.sector in ("ELI", "OPP"))


def _unacted_states(art: ArticleDoc, dicts: Dictionaries, flags: frozenset[str]) -> Iterable[tuple[Loc, str]]:
    """States and places named as places ("in Kabul", "in Chicago") and demonyms inside other actors
    ("Afghan officials"): the entities of the body that name a country and are no state actor's
    mention."""
    surnames = {a.surname for a in art.actors if a.type == "person" and " " in a.name}
    for para, doc in enumerate(art.docs):
        if title_case(doc):
            continue
        for ent in doc.ents:
            if ent.label_ not in _COUNTRY_LABELS or _state_mention(art, para, ent) or ethnic_mark(ent):
                continue  # "ethnic Russians in Ukraine" name no Russian story
            if ent.text in surnames:
                continue  # "directed at Palin" after "Sarah Palin": the person, not Palín in Guatemala
            if _outlaws(art, para, ent):
                continue  # "Somali pirates" name no Somali story: the commandos who seize them are not
            if _flag_of_craft(ent.root, flags):
                continue  # "an Ethiopian merchant vessel": its registry, not the navy's story
            loc = Loc(para, ent.start, ent.end)
            country = _country_of(dicts, ent, art)
            if country is not None and not _origin_of_person(doc, loc):
                yield loc, country


def _outlaws(art: ArticleDoc, para: int, ent: Span) -> bool:
    """Whether a demonym is part of a group no state owns ("Somali pirates", "Yemeni rebels"): the
    group's origin, not the country the paragraph is about."""
    hit = art.actor_at(para, ent[0])
    if hit is None or ent.label_ != "NORP":
        return False
    sector = art.actors[hit[0]].sector
    return sector is not None and sector in OUTLAW_SECTORS


def _flag_of_craft(word: Token, flags: frozenset[str]) -> bool:
    """Whether a state or demonym names the flag of a ship ("an Ethiopian merchant vessel", "a ship
    flying a Liberian flag", "a Panama-flagged tanker"), not a country the story is about."""
    head = word
    while head.dep_ in ("amod", "compound", "npadvmod", "punct") and head.head is not head:
        head = head.head
        if head.lower_ in flags:
            return True
    return False


def _state_mention(art: ArticleDoc, para: int, ent: Span) -> bool:
    hit = art.actor_at(para, ent[0])
    return hit is not None and art.actors[hit[0]].type == "state"


def _country_of(dicts: Dictionaries, ent: Span, art: ArticleDoc) -> str | None:
    text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    if not text.lstrip("-–/ .").strip()[:1].isupper():
        return None  # "new - york - police" in a page address: no place's name
    if ent.label_ == "NORP" and dicts.demonym(text):
        return dicts.demonym(text)
    known = dicts.lookup(text)
    if known is not None and town_elsewhere(dicts, ent, known.country):
        return None  # "in Wellington, Somerset": no New Zealand story
    dated = dated_country(dicts, text, art.day, art.body)  # "in Juba" in 2005: a Sudanese story
    if dated is not None:
        return dated
    entry = known
    if entry is None and regions().country(text):  # "in Somerset": a county the gazetteer may misplace
        return regions().country(text)
    if entry is None:  # "in Chicago", "in Idlib": a place the gazetteer knows; "Richmond Hill, Queens":
        found = load_gazetteer().locate(text)  # the borough's, not the Ontario town's
        return town_country(dicts, ent, found.country) if found is not None else None
    return entry.country if entry.type == "state" and entry.sector is None else None


def paragraph_country(art: ArticleDoc, para: int, story: StoryCountry) -> str | None:
    """The one country a paragraph names, its states and the actors coded so far counted ("the Sri
    Lankan army", "the Nigerian Interior Ministry"), else the article's main country, else the country
    of most of the article's coded actors."""
    named = set(story.by_para.get(para, frozenset()))
    counts: Counter[str] = Counter()
    for actor in art.actors:
        if actor.country is None or actor.type == "igo":
            continue
        counts[actor.country] += len(actor.mentions)
        if any(loc.para == para for loc in actor.mentions):
            named.add(actor.country)
    if len(named) == 1:
        return next(iter(named))
    if story.main is not None:
        return story.main
    return counts.most_common(1)[0][0] if counts else None


def police_story(art: ArticleDoc) -> bool:
    """An article that speaks of police and never of soldiers: its lieutenants are police."""
    lemmas = art.lemmas()
    return not lemmas & _MILITARY_WORDS and bool(lemmas & _POLICE_WORDS)


def military_story(art: ArticleDoc) -> bool:
    """An article that speaks of soldiers and never of police: its plain officers are soldiers (an
    arrest is no police word here: "commandos boarded the dhow and arrested 12 pirates")."""
    lemmas = art.lemmas()
    return bool(lemmas & _MILITARY_WORDS) and not lemmas & _POLICE_FORCE_WORDS


def _origin_of_person(doc: Doc, loc: Loc) -> bool:
    """A country named as where someone comes from: "a Guyana native", "born in Guyana"."""
    after = doc[loc.end].lower_ if loc.end < len(doc) else ""
    before = " ".join(t.lower_ for t in doc[max(0, loc.start - 2) : loc.start])
    return after in _ORIGIN_AFTER or before.endswith(_ORIGIN_BEFORE)


def sole_country(art: ArticleDoc) -> str | None:
    """The one country every actor coded with a country belongs to ("Malawian rebels" alone: MWI), or
    None when they belong to several or none."""
    countries = {a.country for a in art.actors if a.country is not None and a.type != "igo"}
    return countries.pop() if len(countries) == 1 else None


def first_paragraph_country(art: ArticleDoc, actor: WorkActor, story: StoryCountry) -> str | None:
    """The one country named in the paragraph that first names an actor, its places and the state
    bodies coded there counted ("… were arrested by RCMP, Attorney General Wally Oppal said": a
    Canadian official, though the article names Utah and Texas more), else the article's."""
    if not actor.mentions:
        return story.main
    para = min(loc.para for loc in actor.mentions)
    own = sentence_force(art, actor) if actor.sector in FORCE_SECTORS else None
    if own is not None:  # "Pfc. X was killed in Kandahar, the U.S. Army said": USAMIL
        return own
    named = set(story.by_para.get(para, frozenset()))
    for other in art.actors:
        if other is actor or other.country is None or other.type != "organization":
            continue
        if other.sector in NATIONAL_SECTORS and any(loc.para == para for loc in other.mentions):
            named.add(other.country)
    if not named and actor.sector == "MIL":
        first = min(actor.mentions, key=lambda loc: (loc.para, loc.start))
        return forces_before(art, first.para, first.start) or story.main
    return next(iter(named)) if len(named) == 1 else story.main


def sentence_force(art: ArticleDoc, actor: WorkActor) -> str | None:
    """The one country of the forces of ``actor``'s sector (an army, a police) its first sentence
    names as a body: the soldier's army, over the country of the places the story names."""
    first = min(actor.mentions, key=lambda loc: (loc.para, loc.start))
    sent = art.docs[first.para][first.start].sent
    countries = {
        other.country
        for other in art.actors
        if other is not actor and other.sector == actor.sector and other.country is not None
        if other.type in ("organization", "group")
        if any(loc.para == first.para and sent.start <= loc.start < sent.end for loc in other.mentions)
    }
    return countries.pop() if len(countries) == 1 else None


def forces_before(art: ArticleDoc, para: int, start: int) -> str | None:
    """The one country whose armed forces (MIL) the article named before a place in it: what a
    military agent that names no country stands for in a paragraph that names none ("the Indian Navy …
    the Indian warship … Marine commandos boarded the dhow": INDMIL, though the places of a sea story
    abroad, "west of Aden", name Yemen most)."""
    countries = {
        actor.country
        for actor in art.actors
        if actor.sector == "MIL" and actor.country is not None and actor.type != "igo"
        if any((loc.para, loc.start) < (para, start) for loc in actor.mentions)
    }
    return countries.pop() if len(countries) == 1 else None


def fill_national(art: ArticleDoc, main: str | None, actors: Iterable[WorkActor] | None = None) -> None:
    """Actors with a state institution's sector but no country (a senator named "Sen. X" whom the
    dictionaries do not know; an organisation "Congress") take the article's main country, else the
    one country all its coded actors belong to ("Prime Minister Ntaba accused Malawian rebels …":
    MWIGOV)."""
    main = main or sole_country(art)
    if main is None:
        return
    for actor in art.actors if actors is None else actors:
        if unplaced(actor) and actor.sector:
            actor.country, actor.code = main, main + actor.sector


def unplaced(actor: WorkActor) -> bool:
    """An actor with a state institution's sector and no code or country yet: :func:`fill_national`'s."""
    national = actor.code is None and actor.country is None and actor.sector in NATIONAL_SECTORS
    return national and actor.type in ("person", "organization", "group")


def police_sector(
    dicts: Dictionaries,
    ranks: NameWords,
    sector: str | None,
    words: Sequence[Token],
    art: ArticleDoc | None = None,
) -> str | None:
    """COP for a force's sector (MIL) whose title ``words`` hold a rank police share with armies and a
    police word (or, with ``art``, in a police story: :func:`police_story`), the one place a soldier's
    rank becomes a policeman's; else ``sector``."""
    if sector != "MIL" or not any(ranks.shared_rank(t.text) for t in words):
        return sector
    if (art is not None and police_story(art)) or police_worded(dicts, words):
        return "COP"
    return sector


def police_worded(dicts: Dictionaries, words: Sequence[Token]) -> bool:
    """Whether a title's words name a police force or office ("sheriff's deputy sergeant", "Police
    Sgt."): a rank police share with armies is then a police rank, whatever the story."""
    for tok in words:
        entry = dicts.title(tok.text.rstrip("."))
        if entry is not None and entry.sector == "COP" and entry.phrase == tok.lower_.rstrip("."):
            return True
    return False


def town_body(
    art: ArticleDoc, dicts: Dictionaries, words: Sequence[Token], title: TitleEntry, kinds: frozenset[str]
) -> str | None:
    """The country of the town or county a police force's or court's name opens with before the
    ``title`` it ends with ("Dallas Police Department", "Albany County Sheriff's Department", "Leeds
    Crown Court"): a place the gazetteer knows, in the story's country where towns of several countries
    bear the name ("Salem"; none in a story of no country), or where the body's kind is one state's
    ("Preston Crown Court": the English Preston, not Australia's, whatever the story). Not where the name
    opens with a word of the body's kind in ``kinds`` ("Federal Police", "Metro Police"), nor a team's
    name no gazetteer knows."""
    if title.sector not in LAW_SECTORS or not words or words[0].lower_ in kinds:
        return None
    main: list[str | None] = []
    for k in range(1, len(words)):  # "Preston" of "Preston Crown Court", "New York" of "New York Police"
        if not words[k - 1].text[:1].isupper():
            return None
        found = dicts.title(" ".join(t.text for t in words[k:]))
        if found is None or found.phrase != title.phrase:
            continue
        main = main or [art.story.main if art.story is not None else main_country(art, dicts)]
        countries = load_gazetteer().countries(" ".join(t.text for t in words[:k]))
        kind = dicts.lookup(" ".join(t.text for t in words[k:]))  # "Crown Court": one state's courts
        if kind is not None and kind.country in countries:
            return kind.country
        if main[0] in countries or len(countries) == 1:  # "Salem" of no story: India's or Oregon's
            return main[0] if main[0] in countries else next(iter(countries))
    return None
