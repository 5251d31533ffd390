"""Whose a title is: the organisation, country or region a title phrase names among its own words
("Russia's deputy foreign minister", "Georgia judge", "NATO Secretary-General"), for
:class:`strife.nlp.title_coding.TitleCoder`."""

from __future__ import annotations

from spacy.tokens import Token

from strife.dictionaries import ActorEntry, Dictionaries
from strife.dictionary_files import PHOENIX_FILE
from strife.nlp.actor_spans import recent_state
from strife.nlp.document import ArticleDoc
from strife.nlp.entity_mends import settled_after
from strife.nlp.outlet_firms import outlet_or_firm
from strife.nlp.regions import region_country, town_country, town_elsewhere
from strife.nlp.word_lists import NameWords


class TitleOwners:
    """Finds the owner of a title phrase with the dictionaries' countries, regions and organisations."""

    def __init__(self, dictionaries: Dictionaries, words: frozenset[str], name_words: NameWords) -> None:
        self.dicts = dictionaries
        self._words = words  # English words: a Phoenix name that is one is no owner ("Council")
        self._name_words = name_words

    def owner(self, art: ArticleDoc, words: list[Token]) -> tuple[ActorEntry | None, str | None, list[Token]]:
        """The organisation or country a title belongs to, and the remaining title words."""
        org: ActorEntry | None = None
        country: str | None = None
        rest: list[Token] = []
        i = 0
        while i < len(words):
            tok = words[i]
            state, used = self._region_at(art, words, i) if org is None and country is None else (None, 0)
            if state is not None:  # "Georgia judge", "British Columbia's attorney general"
                country = state
                i += used
                continue
            entry, used = self._entity_at(art, words, i) if org is None and country is None else (None, 0)
            name = tok.doc[tok.i : tok.i + used]
            if (
                entry is not None
                and entry.type == "state"
                and town_elsewhere(self.dicts, name, entry.country)
            ):
                country = town_country(self.dicts, name, entry.country)  # "mayor of Athens, Georgia": USA
                i += used
                continue
            if entry is not None and entry.type != "person":
                org = entry
                i += used
                continue
            if org is None and country is None and settled_after(words, i):  # "Turkish-Canadian": Canadians
                i += 2
                continue
            dem = self.dicts.demonym(tok.text) if org is None and country is None else None
            if dem is not None:
                country = dem
            elif tok.lower_ in ("country", "nation") and country is None and org is None:
                country = recent_state(art)
            elif _title_word(tok, rest):
                rest.append(tok)
            i += 1
        return org, country, rest

    def _region_at(self, art: ArticleDoc, words: list[Token], i: int) -> tuple[str | None, int]:
        for n in range(min(3, len(words) - i), 0, -1):
            text = " ".join(t.text for t in words[i : i + n])  # "Georgia", "South African" (a people)
            people = self.dicts.demonym(text) if n > 1 else None
            country = region_country(self.dicts, art.body, text) or people
            if country is not None:
                return country, n
        return None, 0

    def _entity_at(self, art: ArticleDoc, words: list[Token], i: int) -> tuple[ActorEntry | None, int]:
        for n in range(min(4, len(words) - i), 0, -1):
            text = " ".join(t.text for t in words[i : i + n]).replace(" - ", "-")
            known = self.dicts.lookup(text, art.day)  # "Taliban commander": insurgents in 2009
            entry = outlet_or_firm(art.body, self.dicts, text, known, self._name_words)
            if entry is not None and n == 1 and entry.type != "state" and self._phoenix_word(text):
                continue  # "Council" in "City Council Member": a word, not Phoenix's short NGO name
            if entry is not None:
                return entry, n
        return None, 0

    def _phoenix_word(self, text: str) -> bool:
        """An English word that only Phoenix has as a name ("Council": the Danish Refugee Council)."""
        if text.lower() not in self._words:
            return False
        known = self.dicts.actor(text)
        return known is not None and all(p.origin.startswith(PHOENIX_FILE) for p in known.periods)


def _title_word(tok: Token, rest: list[Token]) -> bool:
    """A word of a title's own phrase: not an article or possessive, but "the" after "of" ("Secretary
    of the Interior")."""
    if tok.lower_ == "the":
        return bool(rest) and rest[-1].lower_ == "of"
    return (tok.lower_ not in ("'s", "’s", "a", "an") and not tok.is_punct) or tok.text == "-"
