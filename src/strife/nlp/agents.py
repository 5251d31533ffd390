"""Agents: unnamed actors named by what they are — "Yemeni rebels", "a court in Kenya", "the army".

An *agent noun* is a title or role word of the dictionaries (``titles.tsv``, ``phoenix_agents.tsv``)
whose sector makes an actor of its own: plural people ("rebels", "insurgents", "protesters") and
institutions or forces ("court", "army", "artillery", "parliament"). A singular title for one person
("the minister") is left to coreference. The agent's country comes, in this order, from

1. a demonym or a state before it: "Yemeni rebels" YEMREB, "Russian artillery" RUSMIL;
2. a possessive: "Kenya's supreme court" KENJUD, "Russia's army" RUSMIL;
3. "of/in/from X": "a court in Kenya" KENJUD, "militants in Iraq" IRQREB;
4. a person before it: "the Obama administration" USAGOV (the person's country);
5. the article's main country, for a state institution (GOV, LEG, JUD, MIL, COP, SPY) named in a
   national context: "Congress", "the Senate" in a US story USALEG;

else the country is unknown and the code is ``---`` and the sector: "insurgents" ``---REB``, as
PETRARCH writes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from strife.dictionaries import Dictionaries, TitleEntry
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.names import title_case
from strife.nlp.regions import region_country, regions
from strife.record import ActorType

#: Sectors of a state's own institutions: named alone in a national context, they are its country's.
NATIONAL_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
UNKNOWN_COUNTRY = "---"
_OF_PREPS = frozenset({"of", "in", "from"})
# Modifiers saying an agent is another country's, unnamed: "foreign navies", "overseas investors".
_NO_COUNTRY = frozenset({"foreign", "overseas", "outside", "international", "multinational"})
_LEADERS = frozenset({"administration", "government", "cabinet", "regime", "camp", "team", "presidency"})
# Agent nouns too general to be an actor on their own ("people", "members", "group", "forces" of what?),
# and the things and places the agent lists name beside actors ("vehicle", "website", "village").
_TOO_GENERAL = frozenset({"people", "member", "group", "side", "party", "body", "unit", "source", "person"})
_TOO_GENERAL |= frozenset(
    {"vehicle", "vehicles", "system", "systems", "website", "websites", "site", "sites", "religion"}
    | {"village", "villages", "governance", "business", "businesses", "community", "communities"}
    | {"equipment", "weapon", "weapons", "facility", "facilities", "building", "buildings", "deputy"}
    | {"parties", "members", "groups", "sides", "bodies", "units", "sources", "persons", "carrier"}
    | {"carriers", "tvs", "customer", "customers", "girls", "boys"}
)
_POLICE_WORDS = frozenset({"police", "policeman", "policemen", "sheriff", "constable", "arrest", "detective"})
_MILITARY_WORDS = frozenset(
    {"army", "military", "troops", "soldier", "navy", "regiment", "battalion", "brigade"}
)
_ORIGIN_AFTER = frozenset({"native", "natives", "immigrant", "immigrants", "-born", "emigre", "expatriate"})
_ORIGIN_BEFORE = ("native of", "born in", "immigrant from", "immigrants from", "emigrated from", "fled")
_PLACE_PREPS = frozenset({"in", "at", "to", "into", "from", "after", "before", "out"})


class AgentFinder:
    """Adds agent actors to an article after the named ones (part of the ``actors`` step)."""

    def __init__(self, dictionaries: Dictionaries) -> None:
        self.dicts = dictionaries
        heads = {phrase.split()[-1] for phrase in dictionaries.title_phrases()}
        heads |= {_plural(h) for h in heads}
        self._heads = frozenset(get_string_id(h) for h in heads - _TOO_GENERAL)

    def __call__(self, art: ArticleDoc) -> None:
        main = main_country(art)
        for para in range(len(art.docs)):
            if title_case(art.docs[para]):
                continue  # a headline's words: "Papandreou Calls Bank Workers To Calm"
            for tok in art.find(para, LOWER, self._heads):
                if tok.pos_ in ("NOUN", "PROPN") and art.actor_at(para, tok) is None:
                    self._agent(art, para, tok, main)
        fill_national(art, main)

    def _agent(self, art: ArticleDoc, para: int, head: Token, main: str | None) -> None:
        if (para, head.i) in art.titles or (head.dep_ in ("compound", "amod") and head.head.ent_type_):
            return  # a title before a name ("rebel leader X") or a modifier of a name
        if head.dep_ == "compound" and not _action(head.head):
            return  # "artillery shells", "police car": a kind of thing, not an actor
        if _place_of(head) or _in_url(head):
            return  # "in prison", "stayed in school": an institution as a place; a web address
        mods = [c for c in head.lefts if c.dep_ in ("compound", "amod") and c.i == head.i - 1]
        entry = self._entry(mods, head)
        if entry is None or entry.sector is None:
            return
        sector: str = entry.sector
        if entry.phrase == "officer" and not police_story(art):
            sector = "MIL"  # "officers" are police only in a story of police and no troops
        plural = head.tag_ in ("NNS", "NNPS")
        if entry.type == "person" and not plural:
            return  # one unnamed person: coreference's to find
        country, owner, place, org = self._country(art, para, head, entry, main)
        unplaced = country is None and org is None and head.lemma_.lower() in _LEADERS
        for mod in mods:  # "Riot police": the NER's person "Riot" is part of the agent's name
            hit = art.actor_at(para, mod)
            if hit is not None and hit[1].end - hit[1].start == 1 and art.actors[hit[0]].type == "person":
                _unmention(art, hit[1])
        start = head.i  # the modifiers right before it: "Yemeni rebels", "riot police"
        while start > 0 and _modifier(head.doc[start - 1], head):
            start -= 1
        if any(art.actor_at(para, head.doc[i]) is not None for i in range(start, head.i)):
            start = head.i  # "Yemeni" is already a mention: the agent is the noun alone
        if owner is not None:
            start = head.i
        name = " ".join(t.text for t in head.doc[start : head.i + 1])
        if owner is not None:  # "the Obama administration"
            name = f"{art.actors[owner].surname} {name}"
        elif org is not None:  # "ISIL forces", "NATO troops": the organisation's own
            name = f"{org.name} {name}"
        elif place is not None:  # "a court in Kenya"
            name = f"{name} {place}"
        code: str | None = org.code if org is not None and org.code else (country or UNKNOWN_COUNTRY) + sector
        if unplaced:  # "the administration" of no known country: a university's as well as a state's
            code = None
        kind: ActorType = "organization" if entry.type == "organization" and not plural else "group"
        loc = Loc(para, start, head.i + 1)
        same = _same_agent(art, name, code, kind)
        if same is not None:  # "the government" said …, "the government" added: one actor
            art.add_mention(same, loc)
            return
        agent = WorkActor(name, code, country, sector, kind)
        if org is not None and code == org.code:  # "Taliban fighters": the group's code, on any day
            agent.known, agent.dictionary_coded = org.known, org.dictionary_coded
        art.actors.append(agent)
        art.add_mention(len(art.actors) - 1, loc)

    def _entry(self, mods: list[Token], head: Token) -> TitleEntry | None:
        for words in ([*mods, head], [head]):
            text = " ".join(t.text for t in words)
            entry = self.dicts.title(text) or self.dicts.title(" ".join([*text.split()[:-1], head.lemma_]))
            if entry is not None:
                return entry
        return None

    def _country(
        self, art: ArticleDoc, para: int, head: Token, entry: TitleEntry, main: str | None
    ) -> tuple[str | None, int | None, str | None, WorkActor | None]:
        """The agent's country; the person actor it comes from ("the Obama administration"); the
        words naming the place it comes from ("in Kenya"); the organisation it belongs to ("ISIL
        forces", whose code it takes)."""
        lefts = [*head.lefts]
        if head.dep_ == "compound":  # "Russian artillery shelling": the modifiers of the whole phrase
            lefts += [t for t in head.head.lefts if t.i < head.i]
        if any(t.lower_ in _NO_COUNTRY for t in lefts):
            return None, None, None, None  # "foreign navies": of no country we know, not the story's
        for child in sorted(lefts, key=lambda t: -t.i):
            if child.dep_ not in ("amod", "compound", "poss", "nmod"):
                continue
            if child.lower_ in ("its", "their"):  # "the FSB said its border guards …": the FSB's
                return _possessor_country(art, para, child), None, None, None
            country = self.dicts.demonym(child.text) or self._region(art, child)
            if country is not None:
                return country, None, None, None
            hit = art.actor_at(para, child)
            if hit is not None:
                actor = art.actors[hit[0]]
                if actor.type == "person" and actor.country and head.lower_ in _LEADERS:
                    return actor.country, hit[0], None, None
                if actor.type != "person" and actor.country:  # a state or one of its bodies
                    return actor.country, None, None, None
                if actor.type in ("organization", "igo") and actor.code:  # "ISIL forces"
                    return None, None, None, actor
            elif child.pos_ == "PROPN":  # "Washington security officials": a capital standing for its state
                entry_of = self.dicts.lookup(child.text)
                if entry_of is not None and entry_of.type == "state":
                    return entry_of.country, None, None, None
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in _OF_PREPS:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        country = self._state_of(art, para, obj)
                        if country is not None:
                            return country, None, f"{prep.text} {_phrase(obj)}", None
        if entry.sector in NATIONAL_SECTORS and _national(head):
            return main, None, None, None
        return None, None, None, None

    def _region(self, art: ArticleDoc, tok: Token) -> str | None:
        """The country of a state or province naming the agent's place: "Ontario police", "New York
        prosecutors" (the proper nouns ending at ``tok``)."""
        start = tok.i
        while start > 0 and tok.doc[start - 1].pos_ == "PROPN" and tok.i - start < 2:
            start -= 1
        for i in range(start, tok.i + 1):
            country = region_country(self.dicts, art.body, tok.doc[i : tok.i + 1].text)
            if country is not None:
                return country
        return None

    def _state_of(self, art: ArticleDoc, para: int, tok: Token) -> str | None:
        hit = art.actor_at(para, tok)
        if hit is not None and art.actors[hit[0]].type == "state":
            return art.actors[hit[0]].country
        if tok.ent_type_ in ("GPE", "NORP"):
            span = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            entry = self.dicts.lookup(span.text) if span is not None else None
            if entry is not None and entry.type == "state":
                return entry.country
        return None


def _possessor_country(art: ArticleDoc, para: int, pronoun: Token) -> str | None:
    """The country of the last state or organisation named before "its"/"their" in the sentence."""
    for prev in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        hit = art.actor_at(para, prev)
        if hit is not None and art.actors[hit[0]].type in ("state", "igo", "organization", "group"):
            return art.actors[hit[0]].country
    return None


def _unmention(art: ArticleDoc, loc: Loc) -> None:
    actor = art.mention_index.pop(loc)
    art.actors[actor].mentions.remove(loc)
    for i in range(loc.start, loc.end):
        art.token_actor.pop((loc.para, i), None)


def _phrase(tok: Token) -> str:
    """The words of a name ending in ``tok``: "Kenya", "South Sudan"."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start : tok.i + 1].text


def _national(head: Token) -> bool:
    """ "Congress", "the Senate", "the army", "police": an institution named as the one of the country
    the story is about (a proper noun, a definite article, or a bare noun that acts: "police arrested")."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    acting = head.dep_ in ("nsubj", "nsubjpass") or (head.dep_ == "pobj" and head.head.lower_ == "by")
    acting = acting or (head.dep_ == "compound" and _action(head.head))  # "regime bombardment"
    return head.pos_ == "PROPN" or dets == ["the"] or (not dets and acting)


# Nouns naming an action that an agent noun before them does: "artillery shelling", "police raid".
_ACTION_NOUNS = frozenset(
    {"fire", "attack", "strike", "strikes", "raid", "raids", "barrage", "bombardment", "offensive", "assault"}
    | {"crackdown", "operation", "operations", "campaign", "incursion", "ambush", "shellfire", "gunfire"}
)


def _modifier(tok: Token, head: Token) -> bool:
    """A word of the agent's name before it: an adjective or noun modifying it, in the same line."""
    return (
        tok.dep_ in ("compound", "amod")
        and tok.head.i >= tok.i
        and tok.head.i <= head.i
        and (tok.text.isalpha() or (tok.text == "-" and tok.i > 0))
        and not tok.is_stop
    )


def _place_of(noun: Token) -> bool:
    """ "sentenced to life in prison", "after court": an institution named as where something is."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in _PLACE_PREPS
        and not any(c.dep_ == "det" for c in noun.children)
    )


def _in_url(tok: Token) -> bool:
    doc = tok.doc
    near = [doc[i].text for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
    return "/" in near or tok.like_url


def _action(noun: Token) -> bool:
    return noun.lower_.endswith("ing") or noun.lower_ in _ACTION_NOUNS


def _plural(word: str) -> str:
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def main_country(art: ArticleDoc) -> str | None:
    """The country an article is about: the state it mentions most (by its name, capital or demonym),
    the first mentioned on a tie; ``None`` when it names none."""
    counts: Counter[str] = Counter()
    first: dict[str, tuple[int, int]] = {}
    for actor in art.actors:
        if actor.type != "state" or actor.country is None:
            continue
        for loc in actor.mentions:
            if _origin_of_person(art.docs[loc.para], loc):
                continue  # "a Guyana native in Albany": where a person comes from, not the story's country
            counts[actor.country] += 1
            first[actor.country] = min(first.get(actor.country, (loc.para, loc.start)), (loc.para, loc.start))
    counts.update(regions().counts(art.body))  # "Ohio", "Ga.": a US story
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], tuple(-x for x in first.get(c, (0, 0)))))


def _same_agent(art: ArticleDoc, name: str, code: str | None, kind: ActorType) -> int | None:
    """The agent actor already in the article with this name (in any case) and code."""
    folded = name.casefold()
    for i, actor in enumerate(art.actors):
        if actor.code == code and actor.type == kind and actor.name.casefold() == folded:
            return i
    return None


def police_story(art: ArticleDoc) -> bool:
    """An article that speaks of police and never of soldiers: its lieutenants are police."""
    lemmas = _lemmas(art)
    return not lemmas & _MILITARY_WORDS and bool(lemmas & _POLICE_WORDS)


def _lemmas(art: ArticleDoc) -> set[str]:
    return {t.lemma_.lower() for doc in art.docs for t in doc}


def _origin_of_person(doc: Doc, loc: Loc) -> bool:
    """A country named as where someone comes from: "a Guyana native", "born in Guyana"."""
    after = doc[loc.end].lower_ if loc.end < len(doc) else ""
    before = " ".join(t.lower_ for t in doc[max(0, loc.start - 2) : loc.start])
    return after in _ORIGIN_AFTER or before.endswith(_ORIGIN_BEFORE)


def fill_national(art: ArticleDoc, main: str | None, actors: Iterable[WorkActor] | None = None) -> None:
    """Actors with a state institution's sector but no country (a senator named "Sen. X" whom the
    dictionaries do not know; an organisation "Congress") take the article's main country."""
    if main is None:
        return
    for actor in art.actors if actors is None else actors:
        unplaced = actor.code is None and actor.country is None and actor.sector in NATIONAL_SECTORS
        if unplaced and actor.sector and actor.type in ("person", "organization", "group"):
            actor.country, actor.code = main, main + actor.sector
