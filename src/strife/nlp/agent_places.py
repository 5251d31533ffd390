"""Where an agent is: the place words that give an agent noun its country (:mod:`strife.nlp.agents`).

"rebels in Idlib" (a place the gazetteer knows, unless it is a town of a state the story is not about and
names no actor of), "a court in Kenya" (a state), "militants in the Iraqi city of Mosul" (a place noun
with a demonym or "of X"), "the Khartoum-based government" (a state or capital before "-based"), "Ontario
police" (a state or province of ``regions.tsv``), "officials in the White House" (a state's own body).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from strife.dictionaries import Dictionaries
from strife.events.gazetteer import load_gazetteer
from strife.nlp.dated_places import dated_country
from strife.nlp.document import ArticleDoc, WorkActor
from strife.nlp.regions import region_country, town_country
from strife.nlp.story_country import FORCE_SECTORS, NATIONAL_SECTORS, StoryCountry, stray_town
from strife.nlp.word_lists import AgentWords

__all__ = ["AgentPlaces", "phrase_of"]

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_GROUPS = frozenset({"REB", "OPP", "CRM", "UAF", "INS"})  # armed groups, not a state's forces
_MEMBER_PREPS = frozenset({"of", "from"})  # "officials of the African Union", "observers from the OSCE"
_SEAT_PREPS = frozenset({"of", "from", "in"})  # "leaders in Congress", "members of the Senate"
_SEATS = frozenset({"LEG", "JUD"})  # the sectors of the bodies an official sits in
_ORGANISATIONS = frozenset({"igo", "organization"})


class AgentPlaces:
    """The place readers of the agent finder, on its dictionaries and words."""

    def __init__(self, dictionaries: Dictionaries, words: AgentWords) -> None:
        self.dicts = dictionaries
        self.words = words

    def based(self, art: ArticleDoc, para: int, child: Token) -> str | None:
        """ "the Khartoum-based government": the state whose name or capital comes before "-based"."""
        if child.lower_ != "based" or child.i < 2 or child.doc[child.i - 1].text != "-":
            return None
        place = child.doc[child.i - 2]
        hit = art.actor_at(para, place)
        if hit is not None and art.actors[hit[0]].type == "state":
            return art.actors[hit[0]].country
        entry = self.dicts.lookup(place.text)
        return entry.country if entry is not None and entry.type == "state" else None

    def placed(self, art: ArticleDoc, para: int, head: Token, story: StoryCountry) -> tuple[str, str] | None:
        """ "a court in Kenya", "rebels in Idlib", "militants in the Iraqi city of Mosul"; "a ministry
        building in Athens": a body's building (not a state force's vehicle or post) stands where the body
        is, and so does an armed group's post ("rebel positions in Somalia": Somali rebels)."""
        title = self.dicts.title(head.lemma_) if head.dep_ == "compound" else None
        sited = title is not None and title.type == "organization" and title.sector not in FORCE_SECTORS
        sited |= title is not None and title.sector in _GROUPS and head.head.lower_ in self.words.formation
        for prep in [*head.rights, *(head.head.rights if sited else ())]:
            if prep.dep_ != "prep" or prep.lower_ not in self.words.of_prep:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                country = self.place_country(art, para, obj, story) or _state_body(art, para, obj)
                if country is not None:
                    return country, f"{prep.text} {_phrase(obj)}"
        return None

    def fronted(self, art: ArticleDoc, para: int, head: Token, story: StoryCountry) -> tuple[str, str] | None:
        """The place a sentence opens with, "In X," before its subject: where its agents of no named
        country are ("In Germany, Chancellor Merkel urged parliament to …": Germany's parliament)."""
        sent = head.sent
        opener = sent[0]
        if opener.lower_ != "in" or opener.dep_ != "prep" or opener.head != sent.root:
            return None
        objects = [c for c in opener.children if c.dep_ == "pobj"]
        if (
            not objects
            or objects[0].right_edge.i + 1 >= sent.end
            or sent.doc[objects[0].right_edge.i + 1].text != ","
        ):
            return None
        country = self.place_country(art, para, objects[0], story)
        return (country, f"in {_phrase(objects[0])}") if country is not None else None

    def in_world_region(self, head: Token) -> bool:
        """An agent of a region of several states, by its possessive or its "of/in" phrase ("Europe's
        leaders", "the governments of Central Asia", "ministers from West Africa"): of no one country."""
        owners = [c for c in head.children if c.dep_ == "poss"]
        preps = [p for p in head.rights if p.dep_ == "prep" and p.lower_ in self.words.of_prep]
        owners += [o for p in preps for o in p.children if o.dep_ == "pobj"]
        names = {_phrase(o).lower().removeprefix("the ") for o in owners}
        return bool(names & self.words.world_region)

    def member_of(self, art: ArticleDoc, para: int, head: Token) -> WorkActor | None:
        """The international or non-governmental organisation an agent belongs to, named after "of" or
        "from" ("officials of the African Union", "observers from the OSCE"): an organisation of no
        state."""
        return next(
            (
                a
                for a in _after_preps(art, para, head, _MEMBER_PREPS)
                if a.type in _ORGANISATIONS and a.code and not a.country
            ),
            None,
        )

    def seat_of(self, art: ArticleDoc, para: int, head: Token) -> WorkActor | None:
        """The legislature or court an official sits in, named after "in/of/from" ("Democratic leaders in
        Congress", "senior members of the Senate"): a state body whose sector (LEG, JUD) is theirs."""
        seats = (a for a in _after_preps(art, para, head, _SEAT_PREPS) if a.sector in _SEATS)
        return next((a for a in seats if a.type == "organization"), None)

    def place_country(self, art: ArticleDoc, para: int, obj: Token, story: StoryCountry) -> str | None:
        """The country of a place noun: a state, a place the gazetteer knows, or a place noun with a
        demonym or "of X" ("the Iraqi city of Mosul", "the town of Cizre")."""
        country = self.state_of(art, para, obj)
        if country is None and (obj.ent_type_ in _PLACE_LABELS or _unnamed_proper(obj)):
            name = _full_name(obj)
            found = load_gazetteer().locate(name, story.main)
            stray = found is None or stray_town(art, story.main, name, found)
            country = found.country if found is not None and not stray else None
        if country is None and obj.lower_ in self.words.site:
            country = _named_site(art, obj, story)  # "in Jabaliya refugee camp", "in the Kakuma camp"
        if country is not None:  # "rebels in Juba" in 2005: Sudan's (dated_places.tsv)
            return dated_country(self.dicts, _phrase(obj), art.day, art.body) or country
        if obj.ent_type_:
            return None
        for child in obj.children:
            if child.dep_ in ("amod", "compound") and self.dicts.demonym(child.text):
                return self.dicts.demonym(child.text)
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ in _PLACE_LABELS]
                if inner:
                    return self.place_country(art, para, inner[0], story)
        return None

    def region(self, art: ArticleDoc, tok: Token) -> str | None:
        """The country of a state or province naming the agent's place: "Ontario police", "New York
        prosecutors" (the proper nouns ending at ``tok``)."""
        start = tok.i
        while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.i - start < 2:
            start -= 1
        for i in range(start, tok.i + 1):
            name = tok.doc[i : tok.i + 1].text
            country = region_country(self.dicts, art.body, name)
            if country is not None:  # "Jonglei police" in 2005: Sudan's
                return dated_country(self.dicts, name, art.day, art.body) or country
        return None

    def state_of(self, art: ArticleDoc, para: int, tok: Token) -> str | None:
        hit = art.actor_at(para, tok)
        if hit is not None and art.actors[hit[0]].type == "state":
            return art.actors[hit[0]].country
        if tok.ent_type_ in ("GPE", "NORP"):
            span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            entry = self.dicts.lookup(span.text) if span is not None else None
            if span is not None and entry is not None and entry.type == "state":
                return town_country(self.dicts, span, entry.country)  # "police in Moscow, Idaho": USA
        return None


def _state_body(art: ArticleDoc, para: int, obj: Token) -> str | None:
    """The country of a state's own body an agent is in, at or of ("security officials in the White
    House", "aides in the Kremlin": the state's, not the country the sentence names elsewhere)."""
    hit = art.actor_at(para, obj)
    actor = art.actors[hit[0]] if hit is not None else None
    if actor is None or actor.type != "organization" or actor.sector not in NATIONAL_SECTORS:
        return None
    return actor.country


def _named_site(art: ArticleDoc, obj: Token, story: StoryCountry) -> str | None:
    """The country of the place named before a site noun: "Jabaliya" in "Jabaliya refugee camp" (the
    whole name is no gazetteer place)."""
    run = [t for t in obj.doc[obj.left_edge.i : obj.i] if t.pos_ == "PROPN"]
    if not run or run[-1].i - run[0].i != len(run) - 1:
        return None
    name = obj.doc[run[0].i : run[-1].i + 1].text
    found = load_gazetteer().locate(name, story.main)
    if found is None or stray_town(art, story.main, name, found):
        return None
    return found.country


def _unnamed_proper(tok: Token) -> bool:
    """A proper noun the NER gave no label or a wrong one ("in Aleppo" read as a nationality)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("", "NORP")


def _phrase(tok: Token) -> str:
    """The words of a name ending in ``tok``: "Kenya", "South Sudan"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start : tok.i + 1].text


def _full_name(tok: Token) -> str:
    """A proper name with its "of" part: "the Gulf of Aden" is a sea, not the gazetteer's "Gulf"
    (a province of Papua New Guinea); "Idlib" stays "Idlib"."""
    name = _phrase(tok)
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of" and tok.pos_ == "PROPN":
            inner = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if inner:
                return f"{name} of {_phrase(inner[0])}"
    return name


phrase_of = _phrase


def _after_preps(art: ArticleDoc, para: int, head: Token, preps: frozenset[str]) -> Iterator[WorkActor]:
    """The actors named by the objects of the prepositions ``preps`` on ``head``, in order."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            hit = art.actor_at(para, obj) if obj.dep_ == "pobj" else None
            if hit is not None:
                yield art.actors[hit[0]]
