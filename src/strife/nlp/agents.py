"""Agents: unnamed actors named by what they are — "Yemeni rebels", "a court in Kenya", "the army".

An *agent noun* is a title or role word of the dictionaries (``titles.tsv``, ``phoenix_agents.tsv``) whose
sector makes an actor of its own: plural people ("rebels", "troops", "cops", "gunmen") and institutions or
forces ("court", "army", "navy", "artillery", "parliament"). A singular title for one person ("the minister")
is left to coreference. The agent's country comes, in this order, from

1. a demonym or a state before it: "Yemeni rebels" YEMREB, "Russian artillery" RUSMIL; "federal" in a story of
   a federation, that country: "federal scientists" in a US story USAEDU;
2. a possessive: "Kenya's supreme court" KENJUD, "Russia's army" RUSMIL;
3. for forces, the state or body that sends them: "the Pentagon would send more troops to Iraq" USAMIL (the
   sending verbs are ``deploy_verb`` words);
4. "of/in/from/throughout X", X a state, a capital or any place of the gazetteer ("rebels in Idlib" SYRREB,
   "militants in the Iraqi city of Mosul" IRQREB);
5. a person before it: "the Obama administration" USAGOV (the person's country);
6. for rebels and the opposition (REB, OPP) named in a national context, the country of the last agent of the
   same noun, else the article's main country ("the opposition" in a Syrian story);
7. for a state institution (GOV, LEG, JUD, MIL, COP, SPY) named in a national context, the country of the last
   agent of the same noun ("the Indian navy … the navy"), else the one country its paragraph names, else the
   article's main country: "Congress", "the Senate" in a US story USALEG, "an army convoy" in an Afghan story
   AFGMIL (never for agents that are by nature another country's: "peacekeepers");
8. for an agent named by an ethnic or religious group with no state ("Kurdish fighters", "Rohingya refugees",
   ``ethnic`` words), in any role: the country its paragraph names (actors coded so far counted), else the
   article's;

else the country is unknown and the code is ``---`` and the sector: "insurgents" ``---REB``, as PETRARCH
writes it. A person's campaign, camp or team ("the Clinton campaign", "Trump's campaign") is an elite (ELI) of
the country of the person the name stands for on the article's day. Word lists: ``data/agent_words.tsv``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Token

from strife.dictionaries import Dictionaries, TitleEntry
from strife.events.gazetteer import load_gazetteer
from strife.nlp.actor_spans import owning_group
from strife.nlp.agent_grammar import (
    demonym_of,
    federal_state,
    igo_bodies,
    in_state_name,
    in_url,
    listed_with,
    loosely_national,
    mods_of,
    name_modifier,
    named_after,
    named_before,
    national,
    no_side,
    participle_force,
    place_of,
    plural,
    possessor,
    private_name,
    siding,
    state_body_entry,
    unknown_name,
)
from strife.nlp.agent_passes import settle_agents
from strife.nlp.agent_places import AgentPlaces
from strife.nlp.agent_venues import home_off_venue
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.names import title_case
from strife.nlp.national_offices import (
    NationalOffice,
    add_office,
    counterpart,
    named_holder,
    national_office,
    owned_office,
)
from strife.nlp.respelling import respeller_for
from strife.nlp.seafarers import agent_sector, crew_craft
from strife.nlp.story_country import (
    FORCE_SECTORS,
    NATIONAL_SECTORS,
    StoryCountry,
    fill_national,
    first_paragraph_country,
    paragraph_country,
    police_sector,
    police_story,
    story_country,
    unplaced,
)
from strife.nlp.word_lists import AgentWords, NameWords
from strife.record import ActorType

__all__ = ["NATIONAL_SECTORS", "UNKNOWN_COUNTRY", "AgentFinder", "agent_sector", "police_story"]

UNKNOWN_COUNTRY = "---"
_DOMESTIC = frozenset({"REB", "OPP"})
_ARMED = frozenset({"MIL", "COP", "REB", "CRM", "UAF", "INS", "SPY"})  # agents that bear arms


_SEATED = frozenset({"GOV", "ELI", "OPP"})  # officials whose sector a body they sit in overrides


@dataclass(frozen=True)
class _Origin:
    """Where an agent's country came from: the person actor ("the Obama administration"), the words
    naming its place ("in Kenya"), the organisation it belongs to ("ISIL forces")."""

    country: str | None = None
    owner: int | None = None
    place: str | None = None
    org: WorkActor | None = None
    whole: bool = False  # the organisation is the agent itself: "the Security Council" (the UN's)
    sectorless: bool = False  # the place stands for the agent: "a peacekeeping force in Mali" (MLI)
    private: bool = False  # a body no dictionary codes names it: "SAG leaders" (the guild's, no state's)


class AgentFinder:
    """Adds agent actors to an article after the named ones (part of the ``actors`` step)."""

    def __init__(self, dictionaries: Dictionaries, name_words: NameWords) -> None:
        self.dicts = dictionaries
        self.words = AgentWords.of(dictionaries)
        self._ranks = name_words  # the actors step's name words: ranks police share with armies
        self.places = AgentPlaces(dictionaries, self.words)
        self._respell = respeller_for(dictionaries)
        self._igos = igo_bodies(dictionaries, self.words.international)
        heads = {phrase.split()[-1] for phrase in dictionaries.title_phrases()}
        heads |= {plural(h) for h in heads}
        heads |= self.words.state_body  # "Chinese customs": a state's body, with no title's head word
        heads = (heads | self.words.following | self.words.counterpart) - self.words.thing
        self._heads = frozenset(get_string_id(h) for h in heads)

    def __call__(self, art: ArticleDoc, places: Mapping[Loc, str] | None = None) -> None:
        """Add the article's agents; ``places``: states the text names as places ("in Kyiv")."""
        story = art.story = story_country(
            art, self.dicts, places or {}, self.words.flag_craft, self.words.town_area
        )
        for para in range(len(art.docs)):
            if title_case(art.docs[para]):
                continue  # a headline's words: "Papandreou Calls Bank Workers To Calm"
            for tok in art.find(para, LOWER, self._heads):
                if tok.pos_ in ("NOUN", "PROPN"):
                    self._at(art, para, tok, story)
        self._international(art)
        for actor in [a for a in art.actors if unplaced(a)]:  # the country of the paragraph first naming them
            fill_national(art, first_paragraph_country(art, actor, story), [actor])
        fill_national(art, story.main)
        settle_agents(art, self.words, self.dicts)  # a lede's person named next; "a Somali pirate attack"

    def _international(self, art: ArticleDoc) -> None:
        """Bodies the NER found that no state owns in the text ("a Security Council resolution",
        uncoded, no country): the IGO's of the same name (``international`` words)."""
        for actor in art.actors:
            name = actor.name.casefold().removeprefix("the ")
            igo = self._igos.get(name) if actor.code is None and actor.country is None else None
            if igo is not None and actor.type == "organization":
                actor.name, actor.code, actor.sector, actor.type = igo.name, igo.code, None, "igo"

    def _at(self, art: ArticleDoc, para: int, head: Token, story: StoryCountry) -> None:
        if self._proper_plural(head):
            return  # "Queens", "the Sacramento Kings": a place or a team, no title's holders
        hit = art.actor_at(para, head)
        if hit is None:
            self._agent(art, para, head, story)
            return
        actor = art.actors[hit[0]]
        if actor.code is None and actor.type == "organization" and hit[1].end == head.i + 1:
            # "Opposition groups" the NER took for a name that no dictionary codes: an agent
            art.remove_mention(hit[1])
            if not self._agent(art, para, head, story, placed_only=True):
                art.add_mention(hit[0], hit[1])

    def _agent(
        self, art: ArticleDoc, para: int, head: Token, story: StoryCountry, *, placed_only: bool = False
    ) -> bool:
        """Add the agent ``head`` names, if it is one (``placed_only``: only with a known country or
        organisation: a name the NER found is not recoded as "---" and a sector)."""
        if (para, head.i) in art.titles or (head.dep_ in ("compound", "amod") and head.head.ent_type_):
            return False  # a title before a name ("rebel leader X") or a modifier of a name
        formation = head.dep_ == "compound" and head.head.lower_ in self.words.formation
        if head.dep_ == "compound" and not formation and not self.words.acts(head.head):
            return False  # "artillery shells", "police car": a kind of thing, not an actor
        if head.lower_ in self.words.following:
            return self._following(art, para, head)
        if head.lower_ in self.words.counterpart:  # "his Kenyan counterpart": KENGOV, not "his"
            return self._national(
                art, para, head, counterpart(self.dicts, art, para, head, self.words.office_modifier)
            )
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i == head.i - 1]
        entry = self._entry(mods, head) or state_body_entry(art, para, head, self.words.state_body)
        w = self.words
        entry = (
            owning_group(head, mods, entry, w.private_owner, self.dicts, w.private_sector, w.state_mark)
            if entry
            else None
        )
        if entry is None or entry.sector is None or in_url(head) or in_state_name(head, self.dicts):
            return False  # … nor "leaders of polygamous groups", "church leaders", "the United Kingdom"
        if formation and entry.sector == "CVL":
            return False  # "a mother ship": a kind of craft, no mother
        if entry.sector not in _ARMED and listed_with(head, self.words.arms):
            return False  # "rifles, magazines and ammunition": a weapon's part, no outlet
        named = named_after(art, para, head)
        if named is not None:  # "the rebel group M23": the words describe the group named next
            art.add_mention(named, Loc(para, self._start(art, para, head, _Origin()), head.i + 1))
            return True
        institution = entry.type == "organization" and entry.sector not in FORCE_SECTORS
        if (institution or head.lower_ in self.words.place) and place_of(head):
            return False  # "in prison", "stayed in school": an institution as a place, not "at police"
        if no_side(art, para, head, w):
            return False  # "evacuated by helicopter": how, not who; "laid the foundation": a ground
        # "officers" are police only in a story of police and no troops; "seamen" on a tanker are private
        sector = agent_sector(art, head, entry.phrase, entry.sector, self.words)
        # "a police sergeant", "a sheriff's deputy sergeant": a police rank
        sector = police_sector(self.dicts, self._ranks, sector, [*mods_of(head), head]) or sector
        # "pirate boats", "a rebel convoy", "foiled a pirate attack": a person's title before a craft, a
        # post or an action told as an event (not "the scene of the pirate attack") names a group
        told = head.head.dep_ in ("dobj", "nsubj", "nsubjpass")
        grouped = formation or (head.dep_ == "compound" and self.words.acts(head.head) and told)
        plural = head.tag_ in ("NNS", "NNPS") or (grouped and entry.type == "person")
        if entry.type == "person" and not plural:  # one unnamed person: coreference's to find …
            office = national_office(
                self.dicts, head, entry.phrase, sector, self.words.office_modifier
            )  # … unless a state …
            if office is not None and not named_holder(art, para, head, office.actor.code):
                return self._national(art, para, head, office)  # … names it ("the Egyptian president") …
            if owned_office(art, para, head, entry):  # … or owns the title …
                return True
            if not self._lone(art, head, sector):  # … unless it is an agent of its own ("a judge")
                return False
        origin = self._country(art, para, head, entry, story)
        seat = self.places.seat_of(art, para, head) if sector in _SEATED else None
        if seat is not None:  # "Democratic leaders in Congress": the legislature's (USALEG), not GOV
            sector, origin = seat.sector or sector, _Origin(seat.country) if seat.country else origin
        if placed_only and origin.country is None and origin.org is None:
            return False
        for mod in mods:  # "Riot police": the NER's person "Riot" is part of the agent's name
            hit = art.actor_at(para, mod)
            if hit is not None and hit[1].end - hit[1].start == 1 and art.actors[hit[0]].type == "person":
                art.remove_mention(hit[1])
        start = self._start(art, para, head, origin)
        end = head.head.i + 1 if formation and art.actor_at(para, head.head) is None else head.i + 1
        name = self._name(art, head.doc[start : head.i + 1].text, origin)
        unplaced = head.lemma_.lower() in self.words.leader and not self.places.in_world_region(head)
        code = self._code(origin, sector, unplaced=unplaced)
        kind: ActorType = "organization" if entry.type == "organization" and not plural else "group"
        kind = "person" if entry.type == "person" and not plural else kind
        kind = "igo" if origin.whole else kind
        kept = None if origin.sectorless or origin.private else sector
        agent = WorkActor(name, code, origin.country, kept, kind)
        if kind == "person":  # "a judge": one unnamed person, described by the title
            agent.title, agent.described = entry.phrase, True
            if art.join_described(agent, Loc(para, start, end)):
                return True
        if origin.org is not None and code == origin.org.code:  # "Taliban fighters": the group's code
            agent.known, agent.dictionary_coded = origin.org.known, origin.org.dictionary_coded
        art.add_actor(agent, Loc(para, start, end))
        return True

    def _proper_plural(self, head: Token) -> bool:
        """A capitalised plural title word that is a place's name ("Queens", a borough) or ends a
        name opening with a place that is no state ("the Pittsburgh Pirates", "the Sacramento
        Kings", "the Ottawa Senators"): a team's, a firm's or a place's name, not the title's holders."""
        title = self.dicts.title(head.text)
        if not head.text[:1].isupper() or title is None or title.phrase == head.lower_:
            return False  # not a capitalised plural ("Police", "Army": the institution itself)
        if head.ent_type_ in ("GPE", "LOC", "FAC"):  # "in Queens"; not "Pirates seized …" opening a sentence
            return head.pos_ == "PROPN" and not head.is_sent_start
        start = head.i
        while start > 0 and head.i - start < 3 and head.doc[start - 1].pos_ == "PROPN":
            start -= 1
        place = head.doc[start : head.i].text
        if not place or not place[:1].isupper() or self.dicts.demonym(place) is not None:
            return False
        entry = self.dicts.lookup(place)
        if entry is not None:  # "Kenya Police": a state's; "Ottawa Senators": a capital's team
            return entry.type == "state" and self.dicts.is_capital(place)
        return load_gazetteer().locate(place) is not None

    def _lone(self, art: ArticleDoc, head: Token, sector: str) -> bool:
        """Whether a singular title no state names is an agent of its own (``lone`` words: "a judge
        sentenced him", "the gunman fled"): never where the article names a person of the same
        sector, whom coreference may find the title points back to ("Judge Ann Lee … the judge")."""
        if head.lower_ not in self.words.lone:
            return False
        return not any(a.type == "person" and not a.described and a.sector == sector for a in art.actors)

    @staticmethod
    def _national(art: ArticleDoc, para: int, head: Token, office: NationalOffice | None) -> bool:
        if office is None:
            return False
        art.add_actor(office.actor, add_office(art, para, head, office))
        return True

    def _start(self, art: ArticleDoc, para: int, head: Token, origin: _Origin) -> int:
        """Where the agent's mention starts: its modifiers right before it ("Yemeni rebels", "riot
        police"), up to the last word that is another actor's mention."""
        start = head.i
        while start > 0 and name_modifier(head.doc[start - 1], head, self.words.act_quality):
            start -= 1
        if origin.owner is not None:
            return head.i
        taken = [i for i in range(start, head.i) if art.actor_at(para, head.doc[i]) is not None]
        start = taken[-1] + 1 if taken else start
        return start + 1 if head.doc[start].text == "-" else start  # "US - backed forces": "backed forces"

    @staticmethod
    def _name(art: ArticleDoc, words: str, origin: _Origin) -> str:
        if origin.owner is not None:  # "the Obama administration"
            return f"{art.actors[origin.owner].surname} {words}"
        if origin.whole and origin.org is not None:
            return origin.org.name
        if origin.org is not None:  # "ISIL forces", "NATO troops": the organisation's own
            return f"{origin.org.name} {words}"
        if origin.place is not None:  # "a court in Kenya"
            return f"{words} {origin.place}"
        return words

    @staticmethod
    def _code(origin: _Origin, sector: str, *, unplaced: bool) -> str | None:
        if origin.org is not None and origin.org.code:
            return origin.org.code
        if origin.private:
            return None
        if origin.sectorless:
            return origin.country
        if unplaced and origin.country is None:
            return None  # "the administration" of no known country: a university's as well as a state's
        return (origin.country or UNKNOWN_COUNTRY) + sector

    def _following(self, art: ArticleDoc, para: int, head: Token) -> bool:
        """ "The Clinton campaign", "Trump's campaign": the person's side, an elite (ELI) of the country
        of the person the name stands for on the article's day ("Clinton" in 2016: Hillary, USA),
        never the state, whatever office the person holds."""
        owners = [c for c in head.lefts if c.dep_ in ("poss", "compound") and c.i >= head.i - 2]
        for child in reversed(owners):
            hit = art.actor_at(para, child)
            if hit is None or art.actors[hit[0]].type != "person":
                continue
            person = art.actors[hit[0]]
            if person.country is None:
                return False
            name = f"{person.surname} {head.lower_}"
            agent = WorkActor(name, f"{person.country}ELI", person.country, "ELI", "organization")
            art.add_actor(agent, Loc(para, head.i, head.i + 1))
            return True
        return False

    def _entry(self, mods: list[Token], head: Token) -> TitleEntry | None:
        """The title an agent noun and the modifiers right before it make ("riot police", "rebels"). A
        noun too general alone ("groups") is an agent only with a modifier that is a title: the
        modifier's ("opposition groups", "rebel groups")."""
        owned = self._owned_title(head)
        if owned is not None:
            return owned
        general = head.lower_ in self.words.too_general
        for words in ([*mods, head], [] if general else [head]):
            if not words or (general and len(words) < 2):
                continue
            text = " ".join(t.text for t in words)
            entry = self.dicts.title(text) or self.dicts.title(" ".join([*text.split()[:-1], head.lemma_]))
            if entry is not None and (not general or len(entry.phrase.split()) > 1):
                return entry
        if general and mods:
            entry = self.dicts.title(" ".join(t.text for t in mods))
            if entry is not None and entry.sector is not None:
                return TitleEntry(entry.phrase, entry.sector, "organization", role_noun=False)
        return None

    def _owned_title(self, head: Token) -> TitleEntry | None:
        """A title of several words whose first is a possessive ("a sheriff's department" COP, not
        the government's "department"), or ``None``."""
        if head.i < 2 or head.doc[head.i - 1].lower_ not in ("'s", "’s"):
            return None
        entry = self.dicts.title(f"{head.doc[head.i - 2].text}'s {head.text}")
        return entry if entry is not None and "'s" in entry.phrase else None

    def _country(
        self, art: ArticleDoc, para: int, head: Token, entry: TitleEntry, story: StoryCountry
    ) -> _Origin:
        """Where the agent's country comes from (see the module docstring), or an empty origin."""
        lefts = [*head.lefts]
        if head.dep_ == "compound":  # "Russian artillery shelling": the modifiers of the whole phrase
            lefts += [t for t in head.head.lefts if t.i < head.i]
        own = set(entry.phrase.split())  # "foreign ministers": "foreign" is the title's own word
        foreign = {head.lower_, *entry.phrase.split()} & self.words.not_national  # "peacekeepers"
        allied = entry.sector in FORCE_SECTORS and any(t.lower_ in self.words.allied for t in lefts)
        allied |= self.places.in_world_region(head)  # "the governments of Central Asia": of no one state
        if allied or any(t.lower_ in self.words.no_country and t.lower_ not in own for t in lefts):
            return self._stationed(art, para, head, story) if foreign else _Origin()  # "foreign navies"
        for child in sorted(lefts, key=lambda t: -t.i):
            if child.dep_ in ("amod", "compound", "poss", "nmod"):
                origin = self._modifier_origin(art, para, head, child, entry)
                if origin is not None:
                    return origin
        craft = crew_craft(art, head) if head.lower_ in self.words.seafarer else None
        if craft is not None and craft.country is not None:  # "the sailors on Gibe": the ship's country
            return _Origin(craft.country)
        member = self.places.member_of(art, para, head)
        if member is not None:  # "envoys from the African Union": the AU's
            return _Origin(org=member)
        sent = self._sender(art, para, head) if entry.sector in FORCE_SECTORS else None
        if sent is not None:
            return _Origin(sent)
        if foreign:
            stationed = self._stationed(art, para, head, story)
            if stationed.country is not None:
                return stationed
        placed = self.places.placed(art, para, head, story)
        if placed is None and entry.sector in NATIONAL_SECTORS and not foreign:
            placed = self.places.fronted(art, para, head, story)  # "In Germany, Merkel urged parliament"
        if placed is not None:
            return _Origin(placed[0], place=placed[1])
        igo = self._igos.get(entry.phrase)
        if igo is not None:  # "the Security Council" of no state: the UN's
            return _Origin(org=WorkActor(igo.name, igo.code, None, None, "igo"), whole=True)
        if not foreign and self._ethnic(head):  # "Kurdish fighters": the country the text gives them
            return _Origin(named_before(art, para, head) or paragraph_country(art, para, story))
        sector = entry.sector or ""
        strict = not foreign and national(head, self.words)
        if strict and sector in _DOMESTIC:  # "the opposition", "rebels said" in a story of one country
            return _Origin(named_before(art, para, head) or story.main)
        if sector == "MED" and any(t.lower_ in self.words.state_mark for t in lefts):
            return _Origin(story.main)  # "state media said" in a story of one country: its state's outlets
        if sector not in NATIONAL_SECTORS or foreign:
            return _Origin()
        named = story.by_para.get(para, frozenset())
        if strict or (loosely_national(head, sector) and len(named) <= 1):
            return _Origin(home_off_venue(self.places, art, para, head, sector, story))
        return _Origin()

    def _ethnic(self, head: Token) -> bool:
        """An agent named by an ethnic or religious group with no state of its own ("Rohingya
        refugees", "Moslem fundamentalist demonstrators"; ``ethnic`` words)."""
        start = head.head.left_edge.i if head.dep_ == "compound" else head.left_edge.i
        return any(t.lower_ in self.words.ethnic for t in head.doc[start : head.i + 1])

    def _stationed(self, art: ArticleDoc, para: int, head: Token, story: StoryCountry) -> _Origin:
        """ "an international peacekeeping force in Mali": a force of other countries named by where it
        serves stands for that place, as a country with no sector (MLI), not for its army."""
        placed = self.places.placed(art, para, head, story)
        return _Origin(placed[0], place=placed[1], sectorless=True) if placed is not None else _Origin()

    def _modifier_origin(
        self, art: ArticleDoc, para: int, head: Token, child: Token, entry: TitleEntry
    ) -> _Origin | None:
        if siding(child):
            return None  # "pro-Russian separatists": whose side they take, not whose they are
        if child.lower_ in ("its", "their"):  # "the FSB said its border guards …": the FSB's
            owner = possessor(art, para, child)
            if owner is not None and owner.country is None and owner.type == "igo" and owner.code:
                return _Origin(org=owner)  # "the UN … its peacekeeping forces": the UN's
            return _Origin(owner.country if owner is not None else None)
        country = (
            demonym_of(self.dicts, child)
            or self.places.region(art, child)
            or self.places.based(art, para, child)
            or federal_state(child, art.story, self.words)
        )
        if country is not None:
            return _Origin(country)
        hit = art.actor_at(para, child)
        if hit is not None:
            actor = art.actors[hit[0]]
            if actor.type == "person" and actor.country and head.lower_ in self.words.leader:
                return _Origin(actor.country, owner=hit[0])
            # "Boeing officials", "Boeing representatives": the body's own, no state's office
            state_only = entry.sector != "GOV" and entry.phrase not in self.words.any_body
            public = state_only or (actor.sector or "GOV") in NATIONAL_SECTORS
            if actor.type != "person" and actor.country and public:  # a state or one of its bodies
                return _Origin(actor.country)
            if actor.type in ("organization", "igo") and actor.code:  # "ISIL forces"
                return _Origin(org=actor)
            uncoded = actor.code is None and actor.country is None
            if uncoded and private_name(child, entry, self.dicts, self.words):
                return _Origin(private=True)  # "SAG leaders", "Qualys officials": no state's office
        elif child.pos_ == "PROPN" or child.ent_type_ in ("GPE", "NORP"):
            # "Washington security officials", "the Mozambique government": a state or its capital
            entry_of = self.dicts.lookup(self._respell(child.text) or child.text)  # also "Phillippines"
            if entry_of is not None and entry_of.type == "state":
                return _Origin(entry_of.country)
        if hit is None and unknown_name(art, child, entry, self.dicts, self.words):
            return _Origin(private=True)  # "Walmart officials", "Scientology officials": a firm's, a church's
        return None

    def _sender(self, art: ArticleDoc, para: int, head: Token) -> str | None:
        """ "The Pentagon would send more troops to Iraq", "Russia deployed troops in Syria": forces a
        state or its body sends are its own; so are those of its participle phrase (``participle_force``)."""
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in self.words.deploy_verb:
            return participle_force(art, para, head, self.words.diplomatic_verb)
        for subject in verb.children:
            hit = art.actor_at(para, subject) if subject.dep_ == "nsubj" else None
            if hit is not None and art.actors[hit[0]].country and art.actors[hit[0]].type != "media":
                return art.actors[hit[0]].country
        return participle_force(art, para, head, self.words.diplomatic_verb)
