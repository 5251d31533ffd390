"""The state an action lands on when no actor is named as its target: the place it is done to or in.

"The United States sent arms *to Pakistan*", "Argentina apologized *to Brazil*": the actors step reads
a state after "to" as a place, but for the action it is the target. For acts done on a territory
(aid, concessions, force, coercion, and the act a threat names: roots 07, 08 and 13–20) and for
visits (042) a place after "in/into/inside" counts too: "lifted the curfew *in Montenegro*" → MNE,
"arrived *in Amman* on a visit" → JOR, and for intents to cooperate or give (030–035: "agreed to open an
office *in Kyiv*" → UKR; not meetings or mediation, which are only held there); a yielding act (08, or
the intent of one, 035) leaves one:
"withdrew its troops *from Somalia*" → SOM. For threats, protest, coercion and force the state may be the
source's own ("Turkish authorities imposed a curfew in Cizre" → TUR: :mod:`strife.events.building`), and
a protest that names no aim is aimed at its makers' own state's government ("Egyptian workers went on
strike" → EGYGOV), as is one held in a state not foreign to its makers ("protesters marched in Athens" →
GRCGOV). The place may sit inside the phrase ("in the town of Cizre in Turkey", "at targets in
Jericho", "in South Sudan's Unity state", "in the capital, Athens") or on the action a verb governs
("threatened to deliver blows *to Kenya*"). A city stands for its state (through the dictionaries'
capitals, else the offline gazetteer; but for force, not a town the gazetteer only guesses at in a state
the story is not about and names no actor of: "arrived in Yida" in a South Sudan story is not Jeddah).
The state becomes an actor of the article, with this mention, if it was not one yet.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from strife.dictionaries import Dictionaries
from strife.events.gazetteer import Gazetteer
from strife.events.role_cues import RoleCues, bundled_role_cues, pact_nouns
from strife.events.roles import Party
from strife.nlp.dated_places import dated_country
from strife.nlp.document import ArticleDoc, Loc, WorkActor, prep_objects
from strife.nlp.story_country import stray_town
from strife.nlp.story_mentions import shared_town

_TOWARD = frozenset({"to", "into", "against", "on", "at", "toward", "towards"})
_WITHIN = frozenset({"in", "inside", "across", "throughout"})
# "expanded its offensive into Gaza": where a nominal act is carried
_CARRIED = frozenset({"into", "against"})
_AWAY = frozenset({"from"})  # "withdrew its troops from Somalia": a yielding act leaves a state
_PACT = frozenset({"to", "with"})  # "a pledge to Ukraine", "the pact with Somalia"
_GROUP_PREPS = frozenset(
    {"in", "inside", "to"}
)  # "parties to the conflict in Iraq"; not "of" (officials of a church)
_YIELD = "08"
_INTENT_TO_YIELD = "035"  # "willing to withdraw its troops from Lebanon"
_ON_TERRITORY = frozenset(
    {"07", "08", "13", "14", "15", "16", "17", "18", "19", "20"}
)  # 13: the threatened act
_VISIT = "042"
_GOVERNMENT = "GOV"  # a protest's aim in the state it is held in
_FORCE = frozenset({"18", "19", "20"})  # force on a town is force on its state: "shelled Kharkiv" → UKR
# Force no one uses on a person: a siege, an occupation, shelling, an air strike ("shelled Lopez" is a town).
_HEAVY_FORCE = ("191", "192", "194", "195")
_PLACES = frozenset({"GPE", "LOC"})
# What the tagger calls a town it does not know as one ("shelled Kharkiv" FAC, "attacked Homs" ORG).
_TOWN_MISREAD = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "NORP"})
_PREP_DEPS = frozenset({"prep", "dative"})  # the parser reads "gave aid *to* Jamaica" as a dative "to"
_PREP = frozenset({"prep"})
_OF = frozenset({"of"})  # a place noun's own name: "the town of Homs", "the outskirts of Aleppo"
_ADDRESSED = frozenset({"to"})  # "appealed *to China* to release …"
# Prepositions that say where, not to whom: "attacked vessels *off* Somalia's coast", "clashes *in* Gaza".
_LOCATIVE = frozenset(
    {"off", "in", "inside", "near", "along", "across", "throughout", "around", "within", "outside"}
)
_NP_LINKS = frozenset({"compound", "poss", "amod", "nmod", "pobj", "appos", "conj", "case"})
# Inside the place phrase: "in the town of Cizre in southeastern Turkey", "at targets in Jericho".
_NESTED = frozenset({"of", "in", "inside"})
_MAX_NESTING = 2
_OWNERS = frozenset({"poss", "appos"})  # a place's state as its owner or its apposition


class Territory:
    """Finds the state an action is done to or in."""

    def __init__(
        self, dictionaries: Dictionaries, gazetteer: Gazetteer, role_cues: RoleCues | None = None
    ) -> None:
        self.dicts = dictionaries
        self.gazetteer = gazetteer
        self.role_cues = role_cues or bundled_role_cues()
        self._guarded = False  # while reading a target of no force: stray towns give no state

    def target(self, art: ArticleDoc, para: int, head: Token, code: str) -> list[Party]:
        """:meth:`_target`; force on a town abroad lands on its state even if the story names none of its
        actors ("shelled targets in Jericho"), other acts only on a town no weak guess places there."""
        self._guarded = code[:2] not in _FORCE
        try:
            return self._target(art, para, head, code)
        finally:
            self._guarded = False

    def _target(self, art: ArticleDoc, para: int, head: Token, code: str) -> list[Party]:
        """The state named after a preposition of direction (or, for acts on a territory, of place) on
        the action or the action it governs ("threatened to deliver blows *to the United States*"), its
        object or a participle on the object ("the curfew imposed in Sudan"), also
        inside that phrase ("in the town of Cizre", "at targets in Jericho"), or, for acts on a territory, a
        place noun's own name as the object ("shelled the town of Homs"); force lands on a town as its
        object or after a preposition of direction ("fired rockets at Sderot": on Israel)."""
        preps = _TOWARD | (
            _WITHIN if code[:2] in _ON_TERRITORY or code == _VISIT or _builds(code) else frozenset()
        )
        preps |= _AWAY if code[:2] == _YIELD or code[:3] == _INTENT_TO_YIELD else frozenset()
        actions = [head, *(c for c in head.children if c.dep_ == "xcomp")]  # "threatened to deliver …"
        objects = [c for a in actions for c in a.children if c.dep_ in ("dobj", "nsubjpass")]
        holders = [*actions, *objects, *(c for o in objects for c in o.children if c.dep_ == "acl")]
        aimed = prep_objects(holders, _TOWARD, _PREP_DEPS)  # "fired missiles at Kharkiv": on Ukraine
        hit = [*objects, *aimed] if code[:2] in _FORCE else []
        town = next((t for t in (self._town(art, para, o, code) for o in hit) if t is not None), None)
        if town is not None:
            return [town]
        places = [o for o in objects if code[:2] in _ON_TERRITORY and self.role_cues.has("place", o)]
        named = prep_objects(places, _OF, _PREP)  # "pounded the town of Homs": on Syria
        for obj in [*prep_objects(holders, preps, _PREP_DEPS), *named]:
            party = self._within(art, para, obj, 0)
            if party is not None:
                return [party]
        return []

    def carried(self, art: ArticleDoc, para: int, head: Token) -> list[Party]:
        """'Israel expanded its offensive into Gaza', 'extended its operation into Somalia': a nominal act
        that is a verb's object is carried "into" or "against" the state the verb's own phrase names (the
        parser hangs it on the verb); not "blamed the attack on X", whom the blame names."""
        if head.pos_ not in ("NOUN", "PROPN") or head.dep_ != "dobj":
            return []
        for obj in prep_objects([head.head], _CARRIED, _PREP_DEPS):
            party = self._within(art, para, obj, 0)
            if party is not None:
                return [party]
        return []

    def towns(self, art: ArticleDoc, code: str, targets: list[Party]) -> list[Party]:
        """Force on a town the parser took for a person or a body ("the attack on Odesa", "attacked
        Homs": an actor of no code or country whose name is a town's), or on a site of no country in a
        state ("the Yida Refugee Camp in South Sudan was bombed"), lands on the state."""
        if code[:2] not in _FORCE:
            return targets
        return [self._town_actor(art, t, code) or t for t in targets]

    def _town_actor(self, art: ArticleDoc, party: Party, code: str) -> Party | None:
        actor, loc = art.actors[party.actor], party.loc
        if actor.code or actor.country or loc is None or actor.described:
            return None
        if art.docs[loc.para][loc.end - 1].dep_ in ("compound", "poss", "amod"):
            return None  # "killing a Woodburn police officer": the town says whose the officer is
        person = actor.type == "person"
        if person and (" " in actor.name or len(actor.mentions) > 1):
            return None  # a person named in full, or again: not a misread town
        state = self._town_code(art, art.docs[loc.para][loc.start : loc.end].text)
        if state is None and not person:  # "the Yida Refugee Camp in South Sudan was bombed"
            return self._within(art, loc.para, art.docs[loc.para][loc.end - 1], 0)
        if state is None or (person and not _placed_by(art, code, state)):
            return None  # "police shot Lopez": a town of the Philippines only if the story is there
        return self._state_party(art, loc, state)

    def _town(self, art: ArticleDoc, para: int, tok: Token, code: str) -> Party | None:
        """The state of a town's name at ``tok`` (a proper noun, whatever the tagger called it) that no
        actor holds: "shelled Kharkiv", "missiles struck Odesa"."""
        if tok.pos_ != "PROPN" or art.actor_at(para, tok) is not None:
            return None
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        if ent is not None and ent.label_ not in _TOWN_MISREAD:
            return None
        span = ent or tok.doc[tok.left_edge.i if tok.left_edge.pos_ == "PROPN" else tok.i : tok.i + 1]
        state = self._town_code(art, span.text)
        if state is None or ((ent is None or ent.label_ == "PERSON") and not _placed_by(art, code, state)):
            return None  # "police shot Lopez": a town of the Philippines only if the story is there
        return self._state_party(art, Loc(para, span.start, span.end), state)

    def _town_code(self, art: ArticleDoc, name: str) -> str | None:
        """The state of a town, region or state the name is (not of another actor's name: "Hamas")."""
        entry = self.dicts.lookup(name)
        if entry is not None and entry.type != "state":
            return None
        return self._state_code(art, name)

    def asked_in(self, art: ArticleDoc, para: int, head: Token) -> Party | None:
        """The state the action a rejected call or demand asks for is done in or to, inside the object
        ("rejected a call for its forces to be deployed *in East Timor*", "would not meet demands to
        release prisoners *in Iraq*")."""
        for obj in (c for c in head.children if c.dep_ in ("dobj", "nsubjpass")):
            for prep in obj.subtree:
                if prep.dep_ != "prep" or prep.lower_ not in _TOWARD | _WITHIN or prep.head.pos_ != "VERB":
                    continue
                for place in prep.children:
                    party = self._within(art, para, place, 0) if place.dep_ == "pobj" else None
                    if party is not None:
                        return party
        return None

    def addressee(self, art: ArticleDoc, para: int, head: Token) -> Party | None:
        """The state an appeal or demand is made to, after "to" on the action or on its noun ("appealed
        *to China* to release …", "issued an appeal *to China* …")."""
        holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
        for obj in prep_objects(holders, _ADDRESSED, _PREP_DEPS):
            party = self._state(art, para, obj)
            if party is not None:
                return party
        return None

    def host(self, art: ArticleDoc, para: int, head: Token) -> Party | None:
        """The state where an act is done, named after a preposition of place on the action, on a
        nominal subject that does it ("a car bomb *near* the Libyan city of Sirte killed …") or on a
        passive's "by" agent ("killed by a mine *outside of* Basra"): "in Ethiopia", "near the town of
        Sirte in Libya"; or the place a "where" clause hangs on ("in Kenya, *where* he was charged")."""
        agents = [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        subjects = [c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
        for holder in (head, *agents, *subjects):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
                    continue
                for obj in _objects(prep):
                    party = self._within(art, para, obj, 0)
                    if party is not None:
                        return party
        if head.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
            return self._within(art, para, head.head, 0)  # "the United States, where he was convicted"
        return None

    def pact(self, art: ArticleDoc, para: int, head: Token) -> list[Party]:
        """The state in the own "to/with" phrase of an undertaking (``pact`` in ``data/role_cues.tsv``) the
        action's preposition names: "reneged on a pledge *to Ukraine*", "withdrew from the accord *with
        Colombia*"."""
        for obj in prep_objects(pact_nouns(head, self.role_cues), _PACT, _PREP):
            party = self._state(art, para, obj)
            if party is not None:
                return [party]
        return []

    def place_group(self, art: ArticleDoc, party: Party) -> None:
        """An unnamed group of no country takes the state a place phrase on it names, through a clause or
        a nested phrase: "refugees *fleeing the war in Liberia*", "parties *to the conflict in Iraq*",
        "prisoners *held in Iraq*" → LBR, IRQ (the agents step reads only "X in <country>" itself)."""
        actor = art.actors[party.actor]
        if actor.type != "group" or actor.country or party.loc is None:
            return
        if actor.code and not actor.code.startswith("---"):
            return  # a named organisation
        head = art.docs[party.loc.para][party.loc.end - 1]
        code = self._placed(art, head, 0)
        if code is not None:
            actor.country = code
            actor.code = code + (actor.code or "---")[3:]

    def _placed(self, art: ArticleDoc, tok: Token, depth: int) -> str | None:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ in _GROUP_PREPS:
                found = next(
                    (self._named_state(art, o, depth) for o in child.children if o.dep_ == "pobj"), None
                )
            elif child.dep_ == "acl" and child.tag_ in ("VBG", "VBN"):  # "fleeing …", "held in …"
                found = self._placed(art, child, depth + 1) if depth < _MAX_NESTING else None
            elif child.dep_ == "dobj" and tok.dep_ == "acl":
                found = self._named_state(art, child, depth)
            else:
                continue
            if found is not None:
                return found
        return None

    def _named_state(self, art: ArticleDoc, tok: Token, depth: int) -> str | None:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ in _PLACES), None)
        if ent is not None:  # "church leaders *in Kenya*" itself is the agents step's to read
            return self._state_code(art, ent.text.removesuffix("'s").removesuffix("’s")) if depth else None
        return self._placed(art, tok, depth + 1) if depth < _MAX_NESTING else None

    def home(self, art: ArticleDoc, sources: list[Party]) -> list[Party]:
        """The one state all ``sources`` belong to (no mention: it is inferred), as the aim of a
        protest that names none: "opposition parties in Nepal staged a general strike" → Nepal."""
        countries = {art.actors[p.actor].country for p in sources}
        code = countries.pop() if len(countries) == 1 else None
        if code is None or self.dicts.country_name(code) is None:
            return []
        if any(art.actors[p.actor].code == code for p in sources):
            return []  # the state itself protests: no aim named
        return [Party(self._government(art, code), None)]

    def seats(self, art: ArticleDoc, parties: list[Party], sources: list[Party]) -> list[Party]:
        """A protest's target read from a town of a state ("took to the streets of Athens"): the town is
        where, and the protest is aimed at the state's government (a state named as itself stays)."""
        towns = [p for p in parties if p.loc is not None and _town_named(art, p)]
        seated = self.governments(art, towns, sources)
        return [seated[towns.index(p)] if p in towns else p for p in parties]

    def governments(self, art: ArticleDoc, parties: list[Party], sources: list[Party]) -> list[Party]:
        """A protest held in a state that names no aim is aimed at the state's government: "protesters
        marched through Athens" → GRCGOV (a state named as the place, not as whom it is against); not a
        state foreign to its makers ("Kenyan troops set up checkpoints in Somalia" → SOM)."""
        own = {art.actors[p.actor].country for p in sources} - {None}
        return [
            Party(self._government(art, actor.code), p.loc)
            if (actor := art.actors[p.actor]).type == "state"
            and actor.code
            and not actor.sector
            and own <= {actor.code}
            else p
            for p in parties
        ]

    def _government(self, art: ArticleDoc, country: str) -> int:
        """The index of the actor for the government of ``country`` (added, with no mention, if the
        article has none)."""
        return art.state_body(
            country, _GOVERNMENT, f"{self.dicts.country_name(country) or country} government"
        )

    def _within(self, art: ArticleDoc, para: int, tok: Token, depth: int) -> Party | None:
        """The state ``tok`` names, else one named as its owner or apposition ("South Sudan's Unity state",
        "the capital, Athens") or in an "of/in" phrase on it. A town's apposed state goes first ("Yida, South
        Sudan": the gazetteer may know another Yida)."""
        apposed = (self._state(art, para, c) for c in tok.children if c.dep_ == "appos")
        party = next((p for p in apposed if p is not None), None) or self._state(art, para, tok)
        if party is not None or depth >= _MAX_NESTING:
            return party
        for owner in tok.children:  # "in South Sudan's Unity state", "in the capital, Athens"
            found = self._within(art, para, owner, depth + 1) if owner.dep_ in _OWNERS else None
            if found is not None:
                return found
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in _NESTED:
                for obj in prep.children:
                    found = self._within(art, para, obj, depth + 1) if obj.dep_ == "pobj" else None
                    if found is not None:
                        return found
        return None

    def state_at(self, art: ArticleDoc, para: int, tok: Token) -> Party | None:
        """The state the place name at ``tok`` is or lies in, as a party with that mention."""
        return self._state(art, para, tok)

    def _state(self, art: ArticleDoc, para: int, tok: Token) -> Party | None:
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ in _PLACES), None)
        ent = ent or self._misread_place(tok)
        if ent is None:
            return None
        code = self._state_code(art, ent.text.removesuffix("'s").removesuffix("’s"))
        return self._state_party(art, Loc(para, ent.start, ent.end), code) if code is not None else None

    def _state_party(self, art: ArticleDoc, loc: Loc, code: str) -> Party:
        """The state actor of ``code`` (added if the article has none yet), with the mention at ``loc``."""
        for i, actor in enumerate(art.actors):
            if actor.type == "state" and actor.code == code:
                art.add_mention(i, loc)
                return Party(i, loc)
        name = self.dicts.country_name(code) or code
        art.actors.append(WorkActor(name, code, code, None, "state"))
        art.add_mention(len(art.actors) - 1, loc)
        return Party(len(art.actors) - 1, loc)

    def _misread_place(self, tok: Token) -> Span | None:
        """A town's name the tagger read as a nationality ("near Samarra" as NORP): a proper noun that is
        no demonym, taken as a place name (the gazetteer then says whether it is one)."""
        if tok.pos_ != "PROPN" or tok.ent_type_ != "NORP" or self.dicts.demonym(tok.text):
            return None
        return next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)

    def _state_code(self, art: ArticleDoc, name: str) -> str | None:
        dated = dated_country(self.dicts, name, art.day, art.body)  # Juba: Sudan's until 2011
        if dated is not None:
            return dated
        entry = self.dicts.lookup(name)
        if entry is not None:
            return entry.country if entry.type == "state" else None
        place = self.gazetteer.locate(name)
        if place is None or place.country is None or self.dicts.country_name(place.country) is None:
            return None
        if art.story is not None and shared_town(art.story.main, name, place):
            return art.story.main  # "in Richmond Hill" in a New York story: the Queens one
        if self._guarded and art.story is not None and stray_town(art, art.story.main, name, place):
            return None
        return place.country


def _town_named(art: ArticleDoc, party: Party) -> bool:
    """Whether a state party's mention is a town's name, not the state's ("Athens" for Greece)."""
    actor, loc = art.actors[party.actor], party.loc
    if actor.type != "state" or loc is None:
        return False
    words = art.docs[loc.para][loc.start : loc.end]
    return words.root.ent_type_ == "GPE" and words.text.removeprefix("the ") not in (actor.name, actor.code)


def _placed_by(art: ArticleDoc, code: str, state: str) -> bool:
    """Whether a name the tagger took for a person's, the target of force coded ``code``, is a town of
    ``state``: besieged, shelled or bombed (no one shells a person), or the story names the state."""
    return code.startswith(_HEAVY_FORCE) or _story_names(art, state)


def _story_names(art: ArticleDoc, code: str) -> bool:
    """Whether the article names the state ``code`` (or one of its places) anywhere."""
    story = art.story
    named = story is not None and (story.main == code or any(code in c for c in story.by_para.values()))
    return named or any(a.country == code and a.mentions for a in art.actors)


def _objects(prep: Token) -> list[Token]:
    """A preposition's objects, also through a second one ("outside *of* the city")."""
    found = [o for o in prep.children if o.dep_ == "pobj"]
    inner = [p for p in prep.children if p.dep_ == "prep" and p.lower_ == "of"]
    return found + [o for p in inner for o in p.children if o.dep_ == "pobj"]


def located(tok: Token) -> bool:
    """Whether ``tok`` names a place only as where something happened: a place name (GPE, LOC) inside
    a phrase after a preposition of place ("vessels off Somalia's coast", "fighting in Gaza")."""
    if tok.ent_type_ not in _PLACES:
        return False
    while tok.dep_ in _NP_LINKS and tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ == "prep" or tok.pos_ == "ADP":
            return tok.lower_ in _LOCATIVE
    return False


def _builds(code: str) -> bool:
    """An intent to cooperate or give (030–035) is done on a territory: "agreed to open an office *in
    Kyiv*" → Ukraine; a meeting, settlement or mediation (036–039) is only held there."""
    return code[:2] == "03" and code[:3] < "036"
