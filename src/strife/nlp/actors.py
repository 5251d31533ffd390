"""Actors: named entities and dictionary names resolved to canonical actors with CAMEO-style codes.

People are coded through the title before their name ("Russian Deputy Foreign Minister Alexander
Grushko" → RUSGOV) or an apposition ("Alexander Grushko, Russia's deputy foreign minister"); states
from names, demonyms and capitals used as metonyms; organisations, outlets and IGOs from the
dictionaries. Later mentions of a person by surname join the same actor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from strife.dated_actors import KnownActor, Resolution
from strife.dictionaries import ActorEntry, Dictionaries, TitleEntry, clean_name, fold_name
from strife.dictionary_files import PHOENIX_FILE
from strife.nlp.agents import NATIONAL_SECTORS, AgentFinder, police_story
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.name_matcher import NameMatcher
from strife.nlp.names import english_words, name_tokens, title_case, without_initials
from strife.nlp.regions import mentions, region_country, regions
from strife.record import ActorType

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
# Ranks that police forces share with armies: in a story of police and no troops they are police ranks.
_RANKS = frozenset(
    {"lt", "lieutenant", "sgt", "sergeant", "capt", "captain", "cmdr", "commander", "maj", "major"}
)
# Words that qualify a title without naming whose it is ("Acting President", "Interim Prime Minister").
_TITLE_MODIFIERS = frozenset(
    {"acting", "interim", "former", "deputy", "vice", "chief", "senior", "assistant", "transitional"}
    | {"caretaker", "outgoing", "incoming", "then", "new", "first", "second", "elected", "designate"}
)
_NAME_PARTICLES = frozenset(
    {"al", "el", "de", "da", "di", "du", "der", "van", "von", "bin", "ibn", "bint", "la", "le"}
)
_TITLE_GLUE = frozenset({"-", "of", "for", "'s", "’s", "and"})
_HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "sir": "m",
    "madam": "f",
}
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "at",
        "near",
        "from",
        "to",
        "into",
        "across",
        "around",
        "outside",
        "inside",
        "within",
        "throughout",
    }
)


@dataclass(frozen=True)
class Coding:
    """What a title phrase says about its holder: organisation or country, sector, the title text."""

    code: str | None
    country: str | None
    sector: str | None
    title: str | None


class ActorFinder:
    """Finds and codes actor mentions in an article (the ``actors`` step)."""

    def __init__(self, dictionaries: Dictionaries, nlp: Language, first_names: Mapping[str, str]) -> None:
        self.dicts = dictionaries
        self.first_names = first_names
        self._matcher = _matcher_for(dictionaries)
        self._words = english_words(nlp)
        self._agents = AgentFinder(dictionaries)

    def __call__(self, art: ArticleDoc) -> None:
        ents = [doc.ents for doc in art.docs]  # built once: each reading of doc.ents makes new spans
        headlines = {i for i, doc in enumerate(art.docs) if title_case(doc)}
        body = [e for i in range(len(ents)) if i not in headlines for e in ents[i] if e.label_ == "PERSON"]
        # Names the article gives away from a sentence's start: what a headline's words may wrap.
        people = {e.text for e in body if not e[0].is_sent_start}
        named = {e.text for e in body} | {e[-1].text for e in body}
        spans = [
            self._candidates(doc, ents[i], _text(art, i), people, named if i in headlines else None)
            for i, doc in enumerate(art.docs)
        ]
        # Full names first, so that surnames met anywhere join the right person.
        for para, cands in enumerate(spans):
            for span in cands:
                if span.label_ == "PERSON" and len(span) > 1:
                    self._add_person(art, para, span)
        for para, cands in enumerate(spans):
            for span in cands:
                if Loc(para, span.start, span.end) not in art.mention_index:
                    self._add_span(art, para, span)
        self._surnames(art)
        self._agents(art)

    # --- candidates -----------------------------------------------------------------------------

    def _candidates(
        self,
        doc: Doc,
        doc_ents: Sequence[Span],
        text: str,
        people: set[str],
        headline: set[str] | None = None,
    ) -> list[Span]:
        """The entity and dictionary spans of a paragraph. In a title-case line (``headline``: the
        people the rest of the article names) the NER's spans are kept only where they name someone
        the dictionaries or the article know: "Obama Nominates Regina" is Obama."""
        ents: list[Span] = []
        known = self._known_name_check(people | (headline or set()))
        for ent in doc_ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            span = self._relabel(self._strip_titles(trim_span(ent)))
            if not len(span):
                continue  # "Col": a title, never a name
            if headline is not None:
                ents += self._headline_parts(span, known)
            elif span.label_ == "PERSON" and len(span) > 1:  # "Rip Donald Trump", "Trump Said Putin"
                parts = name_tokens(span, known, self.first_names, self._words)
                ents += [Span(doc, a, b, label="PERSON") for a, b in parts]
            else:
                ents.append(span)
        matches = [Span(doc, start, end, label="DICT") for start, end in self._matcher(doc, text)]
        kept = [s for s in ents + matches if not _degree(s.text)]  # "M. B. A.", "Jr.": no actors
        return sorted(filter_spans(kept), key=lambda s: s.start)

    def _strip_titles(self, span: Span) -> Span:
        """Leading title words ("Col.", "Lt", "Judge") and lowercase words ("day" in "day Mafia") are no
        part of a name: the span starts after them (and is empty when nothing else is left)."""
        start, doc = span.start, span.doc
        person = span.label_ == "PERSON"
        while start < span.end and (_lower_word(doc[start]) or (person and self._title_word(doc[start]))):
            start += 1
        if start == span.start:
            return span
        if span.label_ == "PERSON" and start < span.end and not doc[start].text[:1].isupper():
            return Span(doc, span.end, span.end, label=span.label_)
        return Span(doc, start, span.end, label=span.label_)

    def _title_word(self, tok: Token) -> bool:
        if tok.text in (".", "-") or not tok.text[:1].isalpha():
            return False
        entry = self.dicts.title(tok.text.rstrip("."))
        return entry is not None and entry.type == "person" and entry.sector is not None

    def _headline_parts(self, span: Span, known: Callable[[str], bool]) -> list[Span]:
        if span.label_ not in ("PERSON", "ORG"):
            return [span] if self.dicts.lookup(span.text) is not None else []
        parts = (
            name_tokens(span, known, self.first_names, self._words)
            if len(span) > 1
            else [(span.start, span.end)]
        )
        out = []
        for a, b in parts:
            part = span.doc[a:b]
            if known(part.text):
                out.append(Span(span.doc, a, b, label="PERSON"))
            elif self.dicts.lookup(part.text) is not None:
                out.append(Span(span.doc, a, b, label=span.label_))
        return out

    def _known_name_check(self, people: set[str]) -> Callable[[str], bool]:
        def known(text: str) -> bool:
            if text in people:
                return True
            forms = [f for f in (text, without_initials(text)) if f]
            return any(_is_person(a) for form in forms for a in self.dicts.claimants(form))

        return known

    def _relabel(self, span: Span) -> Span:
        """Mend what the small NER model gets wrong around titles.

        A demonym is never a person ("Azerbaijani"); a capitalised name right after a person's title
        ("Foreign Minister Elnur Rasulov") is a person whatever label it got.
        """
        if not len(span):
            return span
        if span.label_ == "PERSON" and len(span) == 1 and self.dicts.demonym(span.text):
            return Span(span.doc, span.start, span.end, label="NORP")
        if span.label_ == "PERSON":
            known = self.dicts.lookup(span.text)
            if known is not None and known.type != "person":  # "Tallinn said": a capital, not a person
                return Span(span.doc, span.start, span.end, label="DICT")
            if len(span) == 1 and _after_place_word(span):  # "the island of Vaindloo"
                return Span(span.doc, span.start, span.end, label="LOC")
        if span.label_ in ("ORG", "GPE") and all(t.pos_ == "PROPN" for t in span):
            if _age_follows(span) and self.dicts.lookup(span.text) is None:  # "Mihkel Org, 41,"
                return Span(span.doc, span.start, span.end, label="PERSON")
            before = _pre_title(span)
            entry = self.dicts.title(" ".join(t.text for t in before)) if before else None
            if entry is not None and entry.type == "person" and self.dicts.lookup(span.text) is None:
                return Span(span.doc, span.start, span.end, label="PERSON")
        return span

    # --- people ---------------------------------------------------------------------------------

    def _add_person(self, art: ArticleDoc, para: int, span: Span) -> int:
        name = span.text
        coding = self._title_coding(art, span)
        found = self.resolve_person(art, name, coding.sector)
        existing = self.find_person(art, name, (para, span.start))
        if existing is None and found is not None:  # "Donald J. Trump" after "Trump": one person
            existing = next((i for i, a in enumerate(art.actors) if a.known is found.actor), None)
        if existing is not None:
            actor = art.actors[existing]
            if actor.code is None and coding.code is not None:
                actor.code, actor.country, actor.sector = coding.code, coding.country, coding.sector
                actor.title = actor.title or coding.title
            art.add_mention(existing, Loc(para, span.start, span.end))
            return existing
        if coding.code is None and found is not None and not self._corroborated(art, found.actor):
            found = None  # a private "Peter Lynch" in a story of Albany is not Phoenix's namesake
        from_dictionary = False
        if coding.code is None and found is not None:
            known = found.entry
            if coding.sector is not None and known.country is not None and known.type == "person":
                # "Prime Minister Ehud Olmert": the office the text gives, in the person's country
                sector = coding.sector
                coding = Coding(known.country + sector, known.country, sector, coding.title)
            else:
                coding = Coding(known.code, known.country, known.sector, coding.title or known.title)
                from_dictionary = True
        actor = WorkActor(
            name=found.actor.name if found is not None else name,
            code=coding.code,
            country=coding.country,
            sector=coding.sector,
            type="person",
            title=coding.title,
            gender=_honorific_gender(span) or self.first_names.get(span[0].text),
            known=found.actor if found is not None else None,
            dictionary_coded=from_dictionary,
        )
        art.actors.append(actor)
        idx = len(art.actors) - 1
        art.add_mention(idx, Loc(para, span.start, span.end))
        return idx

    def _corroborated(self, art: ArticleDoc, actor: KnownActor) -> bool:
        """Whether a name the text gives without a title may be the dictionaries' person: always for
        our own files' people; for a person only Phoenix knows, when it is prominent (three or more
        dated offices or spellings) or the article names the person's country (name, demonym, capital,
        region)."""
        if not all(p.origin.startswith(PHOENIX_FILE) for p in actor.periods):
            return True
        countries = {p.entry.country for p in actor.periods if p.entry.type == "person"}
        prominent = sum(p.dated for p in actor.periods) >= 3 or len(actor.aliases) >= 3
        if None in countries or not countries or prominent:
            return True
        table = regions()
        return any(
            mentions(art.body, self.dicts.country_words(c)) or table.counts(art.body)[c]
            for c in countries
            if c is not None
        )

    def resolve_person(self, art: ArticleDoc, name: str, sector: str | None = None) -> Resolution | None:
        """The dictionaries' person a name stands for on the article's day ("Obama" in 2016: USAGOV;
        "Clinton": Bill or Hillary by the article's date and the other people it names)."""
        for form in (name, without_initials(name)):
            if form is None:
                continue
            claims = self.dicts.claimants(form)
            if not claims:
                continue
            if not any(_is_person(a) for a in claims):
                return None
            context = self._context(art) if len(claims) > 1 else ()
            found = self.dicts.resolve(form, art.day, context, sector)
            return found if found is not None and found.entry.type == "person" else None
        return None

    def _context(self, art: ArticleDoc) -> list[KnownActor]:
        """The known people an article names: its actors so far and every name only one person claims."""
        known = [a.known for a in art.actors if a.known is not None]
        for doc in art.docs:
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    claims = self.dicts.claimants(ent.text)
                    if len(claims) == 1 and _is_person(claims[0]):
                        known.append(claims[0])
        return known

    def add_name(self, art: ArticleDoc, para: int, tok: Token) -> tuple[int, Loc] | None:
        """A name the NER missed, met as a speaker: ``Karimov, 54, said``."""
        parts = sorted([tok, *(c for c in tok.children if c.dep_ in ("compound", "flat"))], key=lambda t: t.i)
        span = tok.doc[parts[0].i : tok.i + 1]
        # A capitalised subject of a speech verb that is no known place: the NER's "GPE" is a surname;
        # a known given name ("Viktor Orlov" read as a work of art) or a "NORP" that is no demonym
        # ("Arians said") is a person too.
        named = len(span) > 1 and span[0].text in self.first_names
        nationality = tok.ent_type_ == "NORP" and self.dicts.demonym(tok.text) is None
        if (
            (tok.ent_type_ not in ("PERSON", "GPE", "") and not named and not nationality)
            or not tok.text[:1].isupper()
            or self.dicts.title(tok.text)
        ):
            return None
        if self.dicts.lookup(span.text) is not None:
            return None  # a known place or organisation, not a person
        idx = self._add_person(art, para, span)
        return idx, Loc(para, span.start, span.end)

    def find_person(self, art: ArticleDoc, name: str, at: tuple[int, int] | None = None) -> int | None:
        """The person actor with this full name or surname, if the article has one.

        Where several people share the surname ("Thomas Sam" and "Manju Sam"), a bare "Sam" at
        position ``at`` (paragraph, token) is the one of them mentioned last before it.
        """
        people = [(i, a) for i, a in enumerate(art.actors) if a.type == "person"]
        exact = [i for i, a in people if a.name == name]
        if exact:
            return exact[0]
        found = [i for i, a in people if name == a.surname or a.name.endswith(" " + name)]
        if len(found) <= 1 or at is None:
            return found[0] if len(found) == 1 else None
        seen = [
            ((m.para, m.start), i) for i in found for m in art.actors[i].mentions if (m.para, m.start) < at
        ]
        return max(seen)[1] if seen else None

    def _title_coding(self, art: ArticleDoc, span: Span) -> Coding:
        words = _pre_title(span) or _apposition(span)
        art.titles.update((para_of(art, span), t.i) for t in words)
        if not words:
            return Coding(None, None, None, None)
        coding = self.code_title(art, words)
        if (
            coding.sector == "MIL"
            and any(t.lower_.rstrip(".") in _RANKS for t in words)
            and police_story(art)
        ):
            # "Lt. Ray Peavy" of the sheriff's homicide bureau: a police rank in a police story
            country = coding.country
            return Coding(country + "COP" if country else None, country, "COP", coding.title)
        return coding

    def code_title(self, art: ArticleDoc, words: list[Token]) -> Coding:
        """Code a title phrase: ``NATO Secretary-General``, ``Russia's deputy foreign minister``,
        ``spokeswoman for the Russian foreign ministry``."""
        split = next(
            (i for i, t in enumerate(words) if t.lower_ in ("for", "of", "at") and i > 0), len(words)
        )
        whole = self.dicts.title(" ".join(t.text for t in words))
        if whole is not None and " of " in whole.phrase:  # "US Chamber of Commerce": one title phrase
            split = len(words)
        head_words, tail = words[:split], words[split + 1 :]
        org, country, rest = self._owner(art, head_words)
        if org is None and country is None and tail:
            org, country, tail_rest = self._owner(art, tail)
            if org is None and country is None:
                rest = head_words
                private = self._private_body(tail)
                if private is not None:  # "vice president of the advocacy group X": no state's office
                    text = " ".join(t.text for t in rest) or None
                    return Coding(None, None, private, text)
            elif not rest:
                rest = tail_rest
        title_text = " ".join(t.text for t in rest).replace(" - ", "-") or None
        entry_title = self.dicts.title(title_text) if title_text else None
        if entry_title is None and tail and country is not None:
            entry_title = self.dicts.title(" ".join(t.text for t in tail))  # "for the foreign ministry"
        sector = entry_title.sector if entry_title is not None else None
        if (
            org is None
            and country is None
            and entry_title is not None
            and self._unknown_owner(rest, entry_title)
        ):
            return Coding(None, None, None, title_text)  # "Knicks president": no state's office
        if org is not None:
            return _code_from_org(org, sector, title_text)
        if country is not None:
            return Coding(country + (sector or ""), country, sector, title_text)
        if entry_title is None:
            return Coding(None, None, None, None)
        return Coding(None, None, sector, title_text)

    def _private_body(self, words: list[Token]) -> str | None:
        """The sector of a non-state body the words name ("the advocacy group X", "the X Foundation",
        "a labor union"): a title of the dictionaries for an organisation outside the state."""
        for j in range(len(words), 0, -1):
            for i in range(j):
                entry = self.dicts.title(" ".join(t.text for t in words[i:j]))
                if entry is None or entry.type != "organization" or len(entry.phrase.split()) != j - i:
                    continue
                if entry.sector and entry.sector not in NATIONAL_SECTORS:
                    return entry.sector
        return None

    def _unknown_owner(self, rest: list[Token], title: TitleEntry) -> bool:
        """Whether proper names the dictionaries do not know stand before the title's own words: the
        office of a team, company or club ("Knicks president", "Cleveland Cavaliers owner"); words of
        another title ("Superior Court Judge") are the state's."""
        before = rest[: max(0, len(rest) - len(title.phrase.split()))]
        return any(
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.lower_ not in _TITLE_MODIFIERS
            and not self._title_word(t)
            and not self._starts_title(rest, i)
            for i, t in enumerate(before)
        )

    def _starts_title(self, words: list[Token], i: int) -> bool:
        """Whether a title phrase of the dictionaries starts at ``words[i]`` ("Superior Court")."""
        for j in range(i + 2, len(words) + 1):
            entry = self.dicts.title(" ".join(t.text for t in words[i:j]))
            if entry is not None and len(entry.phrase.split()) == j - i:
                return True
        return False

    def _owner(
        self, art: ArticleDoc, words: list[Token]
    ) -> tuple[ActorEntry | None, str | None, list[Token]]:
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
            entry, used = self._entity_at(words, i) if org is None and country is None else (None, 0)
            if entry is not None and entry.type != "person":
                org = entry
                i += used
                continue
            dem = self.dicts.demonym(tok.text) if org is None and country is None else None
            if dem is not None:
                country = dem
            elif tok.lower_ in ("country", "nation") and country is None and org is None:
                country = _recent_state(art)
            elif (tok.lower_ not in ("'s", "’s", "the", "a", "an") and not tok.is_punct) or tok.text == "-":
                rest.append(tok)
            i += 1
        return org, country, rest

    def _region_at(self, art: ArticleDoc, words: list[Token], i: int) -> tuple[str | None, int]:
        for n in range(min(3, len(words) - i), 0, -1):
            country = region_country(self.dicts, art.body, " ".join(t.text for t in words[i : i + n]))
            if country is not None:
                return country, n
        return None, 0

    def _entity_at(self, words: list[Token], i: int) -> tuple[ActorEntry | None, int]:
        for n in range(min(4, len(words) - i), 0, -1):
            text = " ".join(t.text for t in words[i : i + n]).replace(" - ", "-")
            entry = self.dicts.lookup(text)
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

    def _surnames(self, art: ArticleDoc) -> None:
        surnames = {a.surname for a in art.actors if a.type == "person" and " " in a.name}
        if not surnames:
            return
        ids = frozenset(get_string_id(name) for name in surnames)
        for para in range(len(art.docs)):
            for tok in art.find(para, ORTH, ids):
                if tok.pos_ not in ("PROPN", "NOUN", "X"):
                    continue
                idx = self.find_person(art, tok.text, (para, tok.i))
                if idx is None:
                    continue
                hit = art.actor_at(para, tok)
                if hit is None:
                    art.add_mention(idx, Loc(para, tok.i, tok.i + 1))
                elif hit[0] != idx and art.actors[hit[0]].type != "person" and hit[1].end - hit[1].start == 1:
                    # A surname the NER mistook for an organisation or a place: it is the person.
                    _reassign(art, hit[1], idx)

    # --- other entities -------------------------------------------------------------------------

    def _add_span(self, art: ArticleDoc, para: int, span: Span) -> None:
        text = _strip_possessive(span.text)
        named = _parenthesised_alias(art, para, span)
        if named is not None:  # "NATO-Russia Council (NRC)": the acronym is the same actor
            art.add_mention(named, Loc(para, span.start, span.end))
            return
        person = self.find_person(art, text, (para, span.start))
        if person is not None:
            art.add_mention(person, Loc(para, span.start, span.end))
            return
        if span.label_ == "PERSON" or (span.label_ == "DICT" and self._names_person(text)):
            self._add_person(art, para, span)
            return
        if span.label_ == "NORP":
            self._add_group(art, para, span)
            return
        entry = self.dicts.lookup(text, art.day)
        if self._titled_name(span, entry):  # "Mayor Bloomberg": the person, not the outlet
            self._add_person(art, para, span)
            return
        if entry is not None and entry.type == "state" and region_country(self.dicts, art.body, text):
            return  # the US state Georgia: a place, not the country
        if entry is None and span.label_ in ("GPE", "LOC", "FAC"):
            return  # a place, not an actor: the places step keeps it
        if entry is not None and entry.type in ("state",) and is_locative(span) and not _origin(span):
            return  # "in Brussels": a place here
        if entry is None:
            entry = self._unknown_org(art, span, text)
            if entry is None:
                return
        self._add_entry(art, para, span, entry)

    def _titled_name(self, span: Span, entry: ActorEntry | None) -> bool:
        """A proper name right after a person's title ("Mayor Bloomberg", "Sen. Ford") that the
        dictionaries know as a company, outlet or group: the title makes it a person."""
        if entry is None or entry.type in ("state", "person") or not all(t.pos_ == "PROPN" for t in span):
            return False
        before = _pre_title(span)
        title = self.dicts.title(" ".join(t.text for t in before)) if before else None
        return title is not None and title.type == "person"

    def _names_person(self, text: str) -> bool:
        claims = self.dicts.claimants(text)
        return bool(claims) and all(_is_person(a) for a in claims)

    def _unknown_org(self, art: ArticleDoc, span: Span, text: str) -> ActorEntry | None:
        para = para_of(art, span)
        if span.label_ != "ORG" or any((para, t.i) in art.titles for t in span):
            return None  # "Defence" in "Russian Defence Minister Ilham Karimov" is part of a title
        doc = span.doc
        owner = []  # "Russia's Foreign Ministry": the possessive names whose ministry it is
        if span.start >= 2 and doc[span.start - 1].text in ("'s", "’s"):
            hit = art.actor_at(para, doc[span.start - 2])
            if hit is not None:
                owner = list(doc[hit[1].start : hit[1].end])
        coding = self.code_title(art, [*owner, *span])
        first = self.dicts.demonym(span[0].text) or self.dicts.lookup(span[0].text)
        if coding.sector is None and coding.code == coding.country and first is None:
            # "T-Mobile USA", "New York Yankees": a company's or team's place, no state's body; a
            # name opening with its country ("Syrian Computer Society", "U.S. 5th Fleet") keeps it
            coding = Coding(None, None, None, None)
        return ActorEntry(
            name=text, code=coding.code, country=coding.country, sector=coding.sector, type="organization"
        )

    def _add_group(self, art: ArticleDoc, para: int, span: Span) -> None:
        """``Russian forces``, ``Iranian officials``: a demonym on a plural role noun is a group actor;
        any other demonym ("Syrian", "the Russian side") is a mention of its state."""
        country = self.dicts.demonym(span.text)
        if country is None:
            return
        if (para, span.start) in art.titles:
            return  # "Russian Deputy Foreign Minister …": part of a person's title
        head = span.root.head
        entry = self.dicts.title(head.lemma_) or self.dicts.title(head.text)
        modifies = span.root.dep_ in ("amod", "compound") and head.i > span.start
        plural = head.tag_ in ("NNS", "NNPS")
        if entry is not None and entry.sector and modifies and (plural or entry.type != "person"):
            # "Yemeni rebels", "Russian artillery", "the Russian army": the country's agent
            sector = "MIL" if entry.phrase == "officer" and not police_story(art) else entry.sector
            name = span.doc[span.start : head.i + 1].text
            kind: ActorType = "group" if plural or entry.type == "group" else entry.type
            group = ActorEntry(name, country + sector, country, sector, kind)
            self._add_entry(art, para, span, group, Loc(para, span.start, head.i + 1))
            return
        state = self.dicts.lookup(self.dicts.country_name(country) or "")
        if state is not None:
            self._add_entry(art, para, span, state)

    def _add_entry(
        self, art: ArticleDoc, para: int, span: Span, entry: ActorEntry, loc: Loc | None = None
    ) -> None:
        loc = loc or Loc(para, span.start, span.end)
        for idx, actor in enumerate(art.actors):
            if actor.name == entry.name and actor.code == entry.code:
                art.add_mention(idx, loc)
                return
        known = self.dicts.actor(entry.name)
        art.actors.append(
            WorkActor(
                entry.name,
                entry.code,
                entry.country,
                entry.sector,
                entry.type,
                entry.title,
                known=known,
                dictionary_coded=known is not None,
            )
        )
        art.add_mention(len(art.actors) - 1, loc)


def _text(art: ArticleDoc, para: int) -> str:
    """A paragraph's text, from the body (its doc was parsed from exactly this stretch)."""
    doc = art.docs[para]
    if not len(doc):
        return ""
    last = doc[-1]
    start = art.offsets[para]
    return art.body[start : start + last.idx + len(last.text) + len(last.whitespace_)]


def _is_person(actor: KnownActor) -> bool:
    return bool(actor.periods) and actor.periods[0].entry.type == "person"


_MATCHERS: WeakKeyDictionary[Dictionaries, NameMatcher] = WeakKeyDictionary()


def _matcher_for(dictionaries: Dictionaries) -> NameMatcher:
    """The name matcher of a dictionaries object, compiled once (the bundled one is shared)."""
    matcher = _MATCHERS.get(dictionaries)
    if matcher is None:
        exact, loose = dictionaries.names()
        matcher = NameMatcher(exact, loose, clean_name, fold_name)
        _MATCHERS[dictionaries] = matcher
    return matcher


def _lower_word(tok: Token) -> bool:
    """A lowercase word that opens no name: not a particle ("al", "de", "bin", "van")."""
    return tok.is_lower and tok.is_alpha and tok.lower_ not in _NAME_PARTICLES


def trim_span(span: Span) -> Span:
    """Drop a leading 'the' and a trailing possessive from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return Span(doc, start, end, label=span.label_)


# Degrees and honorifics written after a name ("Ann Lee, M. B. A.", "Ph.D.", "Jr.", "Esq."): never an
# actor, never a country's code ("M. B. A." had matched USA through its "A.").
_DEGREES = frozenset(
    {"md", "mba", "phd", "jr", "sr", "esq", "dds", "dmd", "edd", "psyd", "mph", "llm", "lld", "cpa", "rn"}
)


def _degree(text: str) -> bool:
    return "".join(c for c in text.lower() if c.isalpha()) in _DEGREES and "." in text


def _strip_possessive(text: str) -> str:
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


def _pre_title(span: Span) -> list[Token]:
    """Title words right before a name: ``Russian Deputy Foreign Minister`` before ``Alexander Grushko``."""
    doc = span.doc
    i = span.start - 1
    words: list[Token] = []
    while i >= 0:
        tok = doc[i]
        if tok.lower_ == "and" and i > 0 and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].pos_ == "PROPN":
            break  # "Gaddafi and Bulgarian President Zhivkov": another name ends the title
        if tok.pos_ in _TITLE_POS or tok.lower_ in _TITLE_GLUE or tok.text == "-":
            words.append(tok)
            i -= 1
            continue
        break
    words.reverse()
    while words and words[0].lower_ in _TITLE_GLUE:
        words.pop(0)
    return words


def _apposition(span: Span) -> list[Token]:
    """The title in an apposition: ``Grushko, Russia's deputy foreign minister,`` or the reverse."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            return [t for t in child.subtree if not t.is_punct or t.text == "-"]
    if root.dep_ == "appos" and root.head.i < span.start:
        head = root.head
        return [t for t in head.subtree if t.i < span.start and t.text != ","]
    return []


def _code_from_org(org: ActorEntry, sector: str | None, title: str | None) -> Coding:
    if org.type == "state" and org.country is not None:
        # "Russia's defence minister": the state's code plus the title's sector.
        return Coding(org.country + (sector or org.sector or ""), org.country, sector or org.sector, title)
    return Coding(org.code, org.country, org.sector, title)


def _recent_state(art: ArticleDoc) -> str | None:
    for actor in reversed(art.actors):
        if actor.type == "state" and actor.country is not None:
            return actor.country
    return None


def _honorific_gender(span: Span) -> str | None:
    if span.start == 0:
        return None
    return _HONORIFICS.get(span.doc[span.start - 1].lower_)


def _parenthesised_alias(art: ArticleDoc, para: int, span: Span) -> int | None:
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.start - 1].text != "(" or doc[span.end].text != ")":
        return None
    hit = art.actor_at(para, doc[span.start - 2])
    return hit[0] if hit is not None and hit[1].end == span.start - 1 else None


def para_of(art: ArticleDoc, span: Span) -> int:
    """The paragraph a span belongs to."""
    return next(i for i, doc in enumerate(art.docs) if doc is span.doc)


def _reassign(art: ArticleDoc, loc: Loc, to: int) -> None:
    old = art.mention_index[loc]
    art.actors[old].mentions.remove(loc)
    del art.mention_index[loc]
    for i in range(loc.start, loc.end):
        art.token_actor.pop((loc.para, i), None)
    art.add_mention(to, loc)


_PLACE_NOUNS = frozenset(
    {"island", "city", "town", "village", "region", "province", "port", "district", "border", "lake", "river"}
)


def _age_follows(span: Span) -> bool:
    doc = span.doc
    return (
        span.end + 2 < len(doc)
        and doc[span.end].text == ","
        and doc[span.end + 1].like_num
        and (doc[span.end + 2].text == ",")
    )


def _after_place_word(span: Span) -> bool:
    """``the island of Vaindloo``, ``near the town of X``: a name after a place noun is a place."""
    root = span.root
    return is_locative(span) or (
        root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in _PLACE_NOUNS
    )


def _origin(span: Span) -> bool:
    """``delegations from Estonia``, ``soldiers from Gondor``: the state people come from (an actor)."""
    prep = span.root.head
    return prep.lower_ == "from" and prep.head.pos_ == "NOUN" and prep.head.tag_ == "NNS"


def is_locative(span: Span) -> bool:
    """``in Brussels``, ``around Ukraine``: the span is the object of a place preposition."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
