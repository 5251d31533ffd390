"""The word lists of the actors step, in data files users extend with their own file of the same name
among the dictionary files (``--dictionary``).

``data/agent_words.tsv`` (:class:`AgentWords`): how to read agent nouns — where their place is named
("rebels *in* Idlib"), what stands for them ("an army *convoy*"), whose side they are ("the Clinton
*campaign*"); see the file's comments.

``data/name_words.tsv`` (:class:`NameWords`): words around names that are no name of their own:

- *degrees* written after a name ("Ann Lee, M. B. A.", "Ph.D.", "Jr."): never an actor, never a
  country's code ("M. B. A." had matched USA through its "A."); nor are *offences* the NER takes for
  organisations ("DUI", "DWI"), nor *weapons* ("RPG", "AK-47"): things, never whom an act is done to;
- *shared ranks*, which police forces share with armies ("Lt.", "Sgt."): in a story of police and no
  troops they are police ranks;
- *portfolio titles* ("minister", "secretary"): capitalised English words before them name a
  portfolio of the state ("Planning and Investment Minister"), not a team or company that owns the
  title ("Knicks president").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol
from weakref import WeakKeyDictionary

from spacy.tokens import Span, Token

from strife.dictionary_files import (
    AGENT_WORDS_FILE,
    NAME_WORDS_FILE,
    SHIP_PREFIXES_FILE,
    read_word_table,
)

NAME_ROLES = (
    "degree",
    "competition",
    "shared_rank",
    "portfolio_title",
    "opposition_mark",
    "capital_title",
    "spokesperson",
    "device",
    "town_part",
    "generation",
    "name_head",
    "speaks_for",
    "offence",
    "chamber",
    "street",
    "weapon",
    "firm_word",
    "force_kind",
    "envoy",
    "affiliate",
)
AGENT_ROLES = (
    "of_prep",
    "no_country",
    "not_national",
    "leader",
    "following",
    "action",
    "formation",
    "too_general",
    "thing",
    "place",
    "deploy_verb",
    "international",
    "ethnic",
    "diplomatic_verb",
    "ethnic_mark",
    "civil_body",
    "private_owner",
    "private_sector",
    "state_mark",
    "national_business",
    "sport",
    "any_body",
    "counterpart",
    "office_modifier",
    "second",
    "town_area",
    "arms",
    "lone",
    "story_office",
    "state_body",
    "firm_demonym",
    "allied",
    "flag_craft",
    "site",
    "held_site",
    "premises",
    "city_part",
    "seafarer",
    "naval_mark",
    "crime_mark",
    "merchant_mark",
    "world_region",
    "lede_verb",
    "igo_seat",
    "federal",
    "federation",
    "meeting_verb",
    "meeting_noun",
    "meeting_hold",
    "basis",
    "basis_verb",
    "act_quality",
    "common_party",
    "legislature",
    "legislature_mark",
    "legislature_verb",
)


@dataclass(frozen=True)
class AgentWords:
    """The word lists of ``data/agent_words.tsv`` (see its comments), by role."""

    of_prep: frozenset[str]
    no_country: frozenset[str]
    not_national: frozenset[str]
    leader: frozenset[str]
    following: frozenset[str]
    action: frozenset[str]
    formation: frozenset[str]
    too_general: frozenset[str]
    thing: frozenset[str]
    place: frozenset[str]
    deploy_verb: frozenset[str]
    international: frozenset[str] = frozenset()
    ethnic: frozenset[str] = frozenset()
    diplomatic_verb: frozenset[str] = frozenset()
    ethnic_mark: frozenset[str] = frozenset()
    civil_body: frozenset[str] = frozenset()
    private_owner: frozenset[str] = frozenset()
    private_sector: frozenset[str] = frozenset()
    state_mark: frozenset[str] = frozenset()
    national_business: frozenset[str] = frozenset()
    sport: frozenset[str] = frozenset()
    any_body: frozenset[str] = frozenset()
    counterpart: frozenset[str] = frozenset()
    office_modifier: frozenset[str] = frozenset()
    second: frozenset[str] = frozenset()
    town_area: frozenset[str] = frozenset()
    arms: frozenset[str] = frozenset()
    lone: frozenset[str] = frozenset()
    story_office: frozenset[str] = frozenset()
    state_body: frozenset[str] = frozenset()
    firm_demonym: frozenset[str] = frozenset()
    allied: frozenset[str] = frozenset()
    flag_craft: frozenset[str] = frozenset()
    site: frozenset[str] = frozenset()
    held_site: frozenset[str] = frozenset()
    premises: frozenset[str] = frozenset()
    city_part: frozenset[str] = frozenset()
    seafarer: frozenset[str] = frozenset()
    naval_mark: frozenset[str] = frozenset()
    crime_mark: frozenset[str] = frozenset()
    merchant_mark: frozenset[str] = frozenset()
    world_region: frozenset[str] = frozenset()
    lede_verb: frozenset[str] = frozenset()
    igo_seat: frozenset[str] = frozenset()
    federal: frozenset[str] = frozenset()
    federation: frozenset[str] = frozenset()
    meeting_verb: frozenset[str] = frozenset()
    meeting_noun: frozenset[str] = frozenset()
    meeting_hold: frozenset[str] = frozenset()
    basis: frozenset[str] = frozenset()
    basis_verb: frozenset[str] = frozenset()
    act_quality: frozenset[str] = frozenset()
    common_party: frozenset[str] = frozenset()
    legislature: frozenset[str] = frozenset()
    legislature_mark: frozenset[str] = frozenset()
    legislature_verb: frozenset[str] = frozenset()

    @classmethod
    def load(cls, sources: Sequence[str] = ()) -> AgentWords:
        return cls(**read_words(AGENT_WORDS_FILE, AGENT_ROLES, sources))

    @classmethod
    def of(cls, dictionaries: _Sourced) -> AgentWords:
        """The agent words of these dictionaries' files, read once for every reader that uses them
        (the actors' agent finder, the events' held sites)."""
        words = _READ.get(dictionaries)
        if words is None:
            words = _READ[dictionaries] = cls.load(dictionaries.sources)
        return words

    def acts(self, noun: Token) -> bool:
        """A noun naming what an agent before it does: "artillery shelling", "police raid"."""
        return noun.lower_.endswith("ing") or noun.lower_ in self.action


class _Sourced(Protocol):
    """What the agent words are read for: the dictionaries, by their files."""

    @property
    def sources(self) -> list[str]: ...


_READ: WeakKeyDictionary[_Sourced, AgentWords] = WeakKeyDictionary()


@cache
def generation_words() -> frozenset[str]:
    """The bundled words of role ``generation`` ("jr", "iii"): no surname of their own."""
    return read_words(NAME_WORDS_FILE, NAME_ROLES)["generation"]


def read_words(
    file_name: str, roles: Sequence[str], sources: Sequence[str | Path] = ()
) -> dict[str, frozenset[str]]:
    """The words of each role of a ``word``/``role`` file: the bundled file's, then those of every user
    file of the same name in ``sources`` (the dictionaries' files, :attr:`Dictionaries.sources`; no
    bundled dictionary file has such a name)."""
    user = [Path(s) for s in sources if Path(s).name == file_name]
    rows = read_word_table(file_name, ("word", "role"), roles, user)
    return {role: frozenset(w for w, r in rows if r == role) for role in roles}


@dataclass(frozen=True)
class NameWords:
    degrees: frozenset[str]
    shared_ranks: frozenset[str]
    portfolio_titles: frozenset[str] = frozenset()
    opposition_marks: frozenset[str] = frozenset()
    capital_titles: frozenset[str] = frozenset()
    spokespeople: frozenset[str] = frozenset()
    devices: frozenset[str] = frozenset()
    town_parts: frozenset[str] = frozenset()
    generations: frozenset[str] = frozenset()
    name_heads: frozenset[str] = frozenset()
    speakers_for: frozenset[str] = frozenset()
    offences: frozenset[str] = frozenset()
    chambers: frozenset[str] = frozenset()
    streets: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    firm_words: frozenset[str] = frozenset()
    competitions: frozenset[str] = frozenset()
    force_kinds: frozenset[str] = frozenset()
    envoys: frozenset[str] = frozenset()
    affiliates: frozenset[str] = frozenset()

    @classmethod
    def load(cls, sources: Sequence[str | Path] = ()) -> NameWords:
        """The bundled words, then those of every user ``name_words.tsv`` in ``sources``."""
        words = read_words(NAME_WORDS_FILE, NAME_ROLES, sources)
        return cls(
            words["degree"],
            words["shared_rank"],
            words["portfolio_title"],
            words["opposition_mark"],
            words["capital_title"],
            words["spokesperson"],
            words["device"],
            words["town_part"],
            words["generation"],
            words["name_head"],
            words["speaks_for"],
            words["offence"],
            words["chamber"],
            words["street"],
            words["weapon"],
            words["firm_word"],
            words["competition"],
            words["force_kind"],
            words["envoy"],
            words["affiliate"],
        )

    def past_competition(self, words: list[Token]) -> list[Token]:
        """The title words after a sports competition's name ("champion" of "U.S. Open champion",
        "winner" of "Italian Grand Prix winner"): its country is the competition's, not the holder's;
        a possessive before the name owns the title ("Brazil's World Cup coach")."""
        cut = 0
        for i, tok in enumerate(words[1:], start=1):
            if tok.lower_ not in self.competitions or not tok.text[:1].isupper():
                continue
            start = i
            while start > 0 and words[start - 1].text[:1].isupper():
                start -= 1  # "U.S." of "U.S. Open", "Italian Grand" of "Italian Grand Prix"
            if start == 0 or words[start - 1].text not in ("'s", "’s"):
                cut = i + 1
        return words[cut:]

    def informal(self, word: str) -> bool:
        """Whether a title word is an office only when capitalised: "Rep. Lewis" is a congressman,
        "the actress's rep" her publicist."""
        return word in self.capital_titles  # written in small letters and without a full stop

    def degree(self, text: str) -> bool:
        """Whether a span's text is a degree: its letters one of the degrees, with a full stop."""
        return "".join(c for c in text.lower() if c.isalpha()) in self.degrees and "." in text

    def no_actor(self, span: Span) -> bool:
        """Whether a name the NER found is none: a word of a lede written in capitals ("A FIRE has …"), a
        degree ("M. B. A.", "Jr."), a device before its noun
        ("CCTV footage"), an offence's abbreviation ("arrested on a DUI charge"), a weapon's name ("police
        recovered an RPG", "an AK-47 rifle": a thing, never a side of an act) or a street's name."""
        text = span.text  # joined once: each Span.text joins the span's tokens
        word = text.lower().replace(".", "")
        offence = word in self.offences or word.removesuffix("s") in self.weapons
        styled = span.label_ != "DICT" and capitals_styled(span)
        device = self.device(span, text) or self.affiliate_network(span)
        return offence or styled or self.degree(text) or device or self.street(span)

    def street(self, span: Span) -> bool:
        """Whether the NER's name of a body or place (not a person's: "Mira Lane"; not the dictionaries':
        "Downing Street" speaks for its government) is a street's, its last word a capitalised street
        noun: "American Boulevard", "Lyndale Avenue", "115th St."; or one the NER cut before that noun
        ("101st" of "101st Ave.": a numbered one). A person's name is a street's only where a street
        stands: after a preposition of place or before the noun it names ("arrested on John Road", "a
        Philip Street apartment"; "talked to Nathan Lane" stays a person)."""
        if span.label_ == "PERSON":
            return len(span) > 1 and self.street_word(span[-1]) and _street_slot(span.root)
        if span.label_ not in ("ORG", "FAC", "GPE", "LOC"):
            return False
        after = span.doc[span.end] if span.end < len(span.doc) else None
        numbered = any(c.isdigit() for c in span.text)  # "101st", no headline's "Kenya Road"
        if numbered and after is not None and after.is_title and self.street_word(after):
            return True
        return len(span) > 1 and span[-1].is_title and self.street_word(span[-1])

    def street_word(self, tok: Token) -> bool:
        """A street noun, or its abbreviation with or without its full stop ("Avenue", "Ave.", "St")."""
        return tok.lower_.removesuffix(".") in self.streets

    def device(self, span: Span, text: str | None = None) -> bool:
        """Whether a span (of ``text``, where the caller joined it) is a device's acronym before a noun it
        modifies ("CCTV footage"), no outlet."""
        if (span.text if text is None else text).lower() not in self.devices:
            return False
        last = span[-1]
        return last.dep_ == "compound" and last.head.i > last.i

    def affiliate_network(self, span: Span) -> bool:
        """Whether a name stands right before a noun of a network's affiliate ("the NBC affiliate
        WKXT-TV"): it says whose affiliate the station is, no actor of its own there."""
        return span.end < len(span.doc) and span.doc[span.end].lower_ in self.affiliates

    def in_town(self, span: Span) -> bool:
        """Whether a name modifies or owns a noun of a town's parts after it ("Wellington town
        centre", "Vienna township", "Wellington's high street"): a town of that name, no state."""
        root, head = span.root, span.root.head
        if root.dep_ not in ("compound", "poss") or head.i <= root.i:
            return False
        parts = [head, *(c for c in head.children if c.dep_ == "compound")]  # "town" in "town centre"
        return any(t.lower_ in self.town_parts for t in parts)

    def shared_rank(self, word: str) -> bool:
        """Whether a title word ("Lt.", "sergeant") is a rank police forces share with armies."""
        return word.lower().rstrip(".") in self.shared_ranks


def ship_navies(countries: frozenset[str], sources: Sequence[str | Path] = ()) -> dict[str, str]:
    """The navies' ship prefixes of ``data/ship_prefixes.tsv`` (and the user's files of that name),
    with the country of each ("INS" → IND); ``countries``: the codes a row may give."""
    user = [Path(s) for s in sources if Path(s).name == SHIP_PREFIXES_FILE]
    rows = read_word_table(SHIP_PREFIXES_FILE, ("prefix", "country"), countries, user, lower=False)
    return dict(rows)


# grammar: prepositions before a street's name ("on John Road", "off Philip Street")
_STREET_PREPOSITIONS = frozenset({"on", "at", "off", "along", "near", "down", "up", "onto", "outside"})


def _street_slot(root: Token) -> bool:
    """Whether a name stands where a street does: the object of a preposition of place, or a proper
    noun before the common noun it names ("a Philip Street apartment")."""
    if root.dep_ == "pobj":
        return root.head.lower_ in _STREET_PREPOSITIONS
    return root.dep_ == "compound" and root.head.pos_ == "NOUN"


def capitals_styled(span: Span) -> bool:
    """Whether ``span`` lies in the words opening a sentence in capitals after a capitalised determiner
    ("A FIRE has damaged …", "THE MAN who …"; not "US" of "US TROOPS …"): the lede's style, as some
    papers write it, not an acronym's; the dictionaries' names ("A NATO jet …") are matched apart and
    kept."""
    doc, start = span.doc, span.sent.start
    run = start
    while run < span.end and (doc[run].is_upper or not doc[run].is_alpha):
        run += 1
    return run == span.end and any(t.tag_ == "DT" and t.is_stop for t in doc[start : span.start])
