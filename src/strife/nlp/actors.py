"""Actors: named entities and dictionary names resolved to canonical actors with CAMEO-style codes.

People are coded through the title before their name ("Russian Deputy Foreign Minister Alexander
Grushko" → RUSGOV) or an apposition ("Alexander Grushko, Russia's deputy foreign minister"), see
:mod:`strife.nlp.people` and :mod:`strife.nlp.title_coding`; states from names, demonyms and capitals
used as metonyms; organisations, outlets and IGOs from the dictionaries; unnamed agents ("Yemeni
rebels") by :mod:`strife.nlp.agents`. Later mentions of a person by surname join the same actor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from strife.dictionaries import ActorEntry, Dictionaries
from strife.nlp import regions as towns
from strife.nlp.actor_spans import (
    given_and_surname,
    group_title,
    honorific_gender,
    lower_word,
    nationality_or_person,
    para_of,
    parenthesised_alias,
    person_described,
    pre_title,
    strip_possessive,
    text_of,
    told_as_person,
    trim_span,
)
from strife.nlp.agents import AgentFinder, agent_sector
from strife.nlp.cues import SpeechCues
from strife.nlp.dated_places import dated_country
from strife.nlp.document import ArticleDoc, Loc, WorkActor
from strife.nlp.elided_names import elided_name
from strife.nlp.ethnic_groups import ethnic_group, ethnic_mark, mark_start, people_name
from strife.nlp.name_matcher import matcher_for
from strife.nlp.names import english_words, name_tokens, title_case, without_initials
from strife.nlp.outlet_firms import domain_spans, outlet_or_firm
from strife.nlp.party_members import chamber_members
from strife.nlp.people import PersonCoder, is_person, residence
from strife.nlp.place_mentions import after_place_word, capital_as_government, from_origin, is_locative
from strife.nlp.regions import capital_shop, place_qualifier, region_country, town_elsewhere
from strife.nlp.respelling import respeller_for
from strife.nlp.seafarers import officer_coding
from strife.nlp.ships import Ships
from strife.nlp.story_country import FORCE_SECTORS, StoryCountry, main_country
from strife.nlp.text_days import named_year_day
from strife.nlp.title_coding import Coding, TitleCoder
from strife.nlp.title_sectors import national_business
from strife.nlp.word_lists import NameWords, ship_navies
from strife.record import ActorType

__all__ = ["ACTOR_LABELS", "ActorFinder", "trim_span"]

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


class ActorFinder:
    """Finds and codes actor mentions in an article (the ``actors`` step)."""

    def __init__(
        self,
        dictionaries: Dictionaries,
        nlp: Language,
        first_names: Mapping[str, str],
        cues: SpeechCues,
        person_nouns: frozenset[str],
    ) -> None:
        self.dicts = dictionaries
        self.first_names = first_names
        self._matcher = matcher_for(dictionaries)
        self._respell = respeller_for(dictionaries)
        self._cues = cues  # the pipeline's speech cues: "Moscow said" is a capital speaking
        self._words = english_words(nlp)
        self._name_words = NameWords.load(dictionaries.sources)
        self.person_nouns = person_nouns  # person_nouns.tsv: "X, an Australian woman" is a person
        #: one-word titles: "X, spokesman …" is a person; "The judge said:" speaks (labels.speaking_nouns)
        self.one_word_titles = frozenset(n for n in dictionaries.role_nouns() if " " not in n)
        self._agents = AgentFinder(dictionaries, self._name_words)
        words = self._agents.words
        #: head words of a state's specialised bodies ("Survey", "Service"): ``state_body`` agent words
        self.state_body_words = words.state_body
        self._premises = words.premises | words.city_part | words.town_area  # "a Paris shop", "Kabul's air"
        self.titles = TitleCoder(dictionaries, self._words, self._name_words, words)
        self.people = PersonCoder(dictionaries, self.titles, first_names, words.second)
        navies = ship_navies(frozenset(dictionaries.demonyms().values()), dictionaries.sources)
        self._ships = Ships(navies, dictionaries, self._agents.words.formation)

    def code_title(self, art: ArticleDoc, words: list[Token]) -> Coding:
        """Code a title phrase (:meth:`TitleCoder.code`; a plain officer's sector: ``officer_coding``). A
        force's member of no country named ("a policeman"; not "the officer") is of the story's country."""
        coding = officer_coding(art, words, self.titles.unnamed(art, words), self._agents.words)
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for t in words for c in t.children)
        if coding.country is not None or coding.sector is None:
            return coding
        story = art.story or StoryCountry(main_country(art, self.dicts, self._agents.words.flag_craft), {})
        if coding.code is None and coding.sector in FORCE_SECTORS and indefinite and story.main is not None:
            return Coding(story.main + coding.sector, story.main, coding.sector, coding.title)
        origin = self._origin(art, words, story)
        if origin is not None:  # "a missionary from Calgary": CAN
            return Coding(origin + coding.sector, origin, coding.sector, coding.title)
        return coding

    def _origin(self, art: ArticleDoc, words: list[Token], story: StoryCountry) -> str | None:
        """The country of the place a titled person comes from: "a missionary from Calgary", "an aid
        worker from Norway" (the place after "from" on the title's last word)."""
        if not words:
            return None
        inside = {t.i for t in words}
        head = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[-1])
        para = next(i for i, doc in enumerate(art.docs) if doc is head.doc)
        for prep in (c for c in head.rights if c.dep_ == "prep" and c.lower_ == "from"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                country = self._agents.places.place_country(art, para, obj, story)
                if country is not None:
                    return country
        return None

    def add_name(self, art: ArticleDoc, para: int, tok: Token) -> tuple[int, Loc] | None:
        """A name the NER missed, met as a speaker (see :meth:`PersonCoder.add_name`)."""
        return self.people.add_name(art, para, tok)

    def __call__(self, art: ArticleDoc) -> None:
        ents = [doc.ents for doc in art.docs]  # built once: each reading of doc.ents makes new spans
        if art.day is None:  # an undated article is coded at the latest year its text names
            art.text_day = named_year_day(ents, art.body)
        headlines = {i for i, doc in enumerate(art.docs) if title_case(doc)}
        body = [e for i in range(len(ents)) if i not in headlines for e in ents[i] if e.label_ == "PERSON"]
        # Names the article gives away from a sentence's start: what a headline's words may wrap.
        people = {e.text for e in body if not e[0].is_sent_start}
        named = {e.text for e in body} | {e[-1].text for e in body}
        spans = [
            self._candidates(doc, ents[i], text_of(art, i), people, named if i in headlines else None)
            for i, doc in enumerate(art.docs)
        ]
        spans = self._ships.named_again(spans)  # "INS Tabar …, the Tabar fired": the same warship
        # Full names first, so that surnames met anywhere join the right person.
        for para, cands in enumerate(spans):
            for span in cands:
                if span.label_ == "PERSON" and len(span) > 1:
                    self.people.add_person(art, para, span)
        places: dict[Loc, str] = {}  # states named as places ("in Kyiv"): what the story is about
        peoples: list[tuple[int, Span]] = []  # "ethnic Albanians": placed once the article is read
        for para, cands in enumerate(spans):
            for span in cands:
                if ethnic_mark(span) and self.dicts.demonym(people_name(span)):
                    peoples.append((para, span))
                elif Loc(para, span.start, span.end) not in art.mention_index:
                    self._add_span(art, para, span, places)
        for para, span in peoples:
            group = ethnic_group(art, self.dicts, para, span, places)
            if group is None:
                self._add_span(art, para, span, places)
            else:
                self._add_entry(art, para, span, group, Loc(para, mark_start(span), span.end))
        self.people.surnames(art)
        chamber_members(art, self._name_words.chambers)  # "House Democrats": legislators, not the party
        self._agents(art, places)

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
            span = self._relabel(self._strip_titles(self._past_credit(trim_span(ent))))
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
        matches += self._ships.unnamed(doc, ents) + domain_spans(doc, self.dicts)  # "INS Sukanya", "cnn.com"
        kept = [s for s in ents + matches if not self._name_words.no_actor(s)]  # "M. B. A.", "DUI"
        return sorted(filter_spans(kept), key=lambda s: s.start)

    def _past_credit(self, span: Span) -> Span:
        """``Computerworld - Microsoft said …``: an outlet's credit and a spaced dash opening a sentence
        are no part of the name after them (a dateline, as ``MOSCOW (Reuters) -`` is)."""
        doc = span.doc
        if not len(span) or not doc[span.start].is_sent_start:
            return span
        for dash in span[1:-1]:
            if dash.text in ("-", "—", "–") and dash.whitespace_ and doc[dash.i - 1].whitespace_:
                if self.dicts.outlet(doc[span.start : dash.i].text) is not None:
                    return Span(doc, dash.i + 1, span.end, label=span.label_)
                break
        return span

    def _strip_titles(self, span: Span) -> Span:
        """Leading title words ("Col.", "Lt", "Judge") and lowercase words ("day" in "day Mafia") are no
        part of a name: the span starts after them (and is empty when nothing else is left)."""
        start, doc = span.start, span.doc
        if all(t.text.endswith(".") and self.titles.title_word(t) for t in span):  # "Lt." alone, as a name
            return Span(doc, span.end, span.end, label=span.label_)
        person = span.label_ == "PERSON"
        while start < span.end and (
            lower_word(doc[start]) or (person and self.titles.leading_title(doc[start]))
        ):
            start += 1
        if start == span.start:
            return span
        if span.label_ == "PERSON" and start < span.end and not doc[start].text[:1].isupper():
            return Span(doc, span.end, span.end, label=span.label_)
        return Span(doc, start, span.end, label=span.label_)

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
            return any(is_person(a) for form in forms for a in self.dicts.claimants(form))

        return known

    def _relabel(self, span: Span) -> Span:
        """Mend what the small NER model gets wrong: a demonym is never a person, a known person's name no
        nationality (see ``nationality_or_person``); a name right after a person's title is a person."""
        if not len(span):
            return span
        ship = self._ships.mend(span)
        if ship is not None:
            return ship
        for n in (2, 1):  # "Sierra" + "Leonean": the NER cut a demonym of two words
            longer = span.doc[span.start : min(span.end + n, len(span.doc))]
            if len(longer) > len(span) and self.dicts.demonym(longer.text):
                return Span(span.doc, longer.start, longer.end, label="NORP")
        org = span.label_ == "ORG" and self.dicts.lookup(span.text) is None  # an organisation no file knows
        nouns = self.person_nouns if span.label_ in ("GPE", "LOC") else self.one_word_titles if org else None
        named = person_described(span, nouns) if nouns else None
        if named is not None:  # "Valeska Paris, an Australian woman": no Paris; "X Banks, spokesman": no bank
            return named
        if (relabelled := nationality_or_person(span, self.dicts, self._names_person)) is not None:
            return relabelled  # "Azerbaijani" is no person, "Pezeshkian" no nationality
        if span.label_ == "PERSON":
            known = self.dicts.lookup(span.text)
            if known is not None and known.type != "person":  # "Tallinn said": a capital, not a person
                return Span(span.doc, span.start, span.end, label="DICT")
            if len(span) == 1 and after_place_word(span):  # "the island of Vaindloo"
                return Span(span.doc, span.start, span.end, label="LOC")
        portfolio = self._portfolio_name(span)
        if portfolio is not None:  # "Secretary of the Interior Dirk Kempthorne": "Interior" is the title's
            return portfolio
        if span.label_ in ("ORG", "GPE") and all(t.pos_ == "PROPN" for t in span):
            if told_as_person(span) and self.dicts.lookup(span.text) is None:  # "Mihkel Org, 41,"
                return Span(span.doc, span.start, span.end, label="PERSON")
            before = pre_title(span)
            entry = self.dicts.title(" ".join(t.text for t in before)) if before else None
            if entry is not None and entry.type == "person" and self.dicts.lookup(span.text) is None:
                return Span(span.doc, span.start, span.end, label="PERSON")
        if span.label_ == "ORG" and given_and_surname(span, self.first_names, self._name_words, self.dicts):
            return Span(span.doc, span.start, span.end, label="PERSON")  # "Tyler Reguly", "Bettie Page"
        return span

    def _portfolio_name(self, span: Span) -> Span | None:
        """A name the NER ran into the end of a title "X of (the) Y": the person after the portfolio
        words when the words before the name complete a title of the dictionaries ("Interior Dirk
        Kempthorne" after "Secretary of the": "Secretary of the Interior")."""
        doc = span.doc
        i = span.start - 1
        i -= i >= 1 and doc[i].lower_ == "the"
        if len(span) < 3 or i < 1 or doc[i].lower_ != "of" or span.label_ == "PERSON":
            return None
        opening = doc[i - 1 : span.start].text
        for k in range(1, len(span) - 1):
            entry = self.dicts.title(f"{opening} {span[:k].text}")
            if entry is not None and entry.type == "person" and all(t.pos_ == "PROPN" for t in span[k:]):
                return Span(doc, span.start + k, span.end, label="PERSON")
        return None

    # --- people ---------------------------------------------------------------------------------

    def _add_span(self, art: ArticleDoc, para: int, span: Span, places: dict[Loc, str]) -> None:
        text = elided_name(span) or strip_possessive(span.text)  # "North" of "North and South Korea"
        if span.label_ == "SHIP":  # "INS Mysore", then "the Mysore": the navy's warship (INDMIL)
            self._add_entry(art, para, span, self._ships.entry(span))
            return
        named = parenthesised_alias(art, para, span)
        known = self.dicts.lookup(text, art.actor_day) if named is not None else None
        if named is not None and (known is None or known.code == art.actors[named].code):
            # "NATO-Russia Council (NRC)": the acronym is the same actor; "MOSCOW (Reuters)" is not
            art.add_mention(named, Loc(para, span.start, span.end))
            return
        if (residence(span) and self._home(text)) or (
            towns.placed_town(self.dicts, span, self._name_words.town_parts) and self._names_person(text)
        ):  # "Ann Lee, 44, of Warren", "a woman from Warren, Michigan": a town, no one's surname
            return
        person = self.people.find_person(art, text, (para, span.start), honorific_gender(span))
        if person is not None and not self.people.another_given(art, span, person, self._words):
            art.add_mention(person, Loc(para, span.start, span.end))
            return
        respelled = (
            None if self._known(text) or span.label_ == "NORP" else self._respell(text, self.first_names)
        )
        if respelled is not None:  # "the Untied Nations": a well-known name misspelled
            text, span = respelled, Span(span.doc, span.start, span.end, label="DICT")
        if span.label_ == "PERSON" or (span.label_ == "DICT" and self._names_person(text)):
            self.people.add_person(art, para, span)
            return
        if span.label_ == "NORP":
            self._add_group(art, para, span)
            return
        entry = self._dated(art, text, self.dicts.lookup(text, art.actor_day))
        entry = outlet_or_firm(art.body, self.dicts, text, entry, self._name_words)  # "RBC": a firm's
        if self._titled_name(span, entry):  # "Mayor Bloomberg": the person, not the outlet
            self.people.add_person(art, para, span)
            return
        if entry is not None and entry.type == "state" and region_country(self.dicts, art.body, text):
            return  # the US state Georgia: a place, not the country
        if entry is None and span.label_ in ("GPE", "LOC", "FAC"):
            return  # a place, not an actor: the places step keeps it
        if entry is not None and entry.type == "state" and town_elsewhere(self.dicts, span, entry.country):
            return  # "Wellington in Somerset": a town of that name, no state
        if entry is not None and entry.type == "state" and self._name_words.in_town(span):
            return  # "Wellington town centre", "Vienna township": a town of that name, no state
        located = (is_locative(span) and not from_origin(span)) or capital_shop(
            self.dicts, span, self._premises
        )
        if entry is not None and entry.type == "state" and (located or place_qualifier(self.dicts, span)):
            if entry.country is not None:
                places[Loc(para, span.start, span.end)] = entry.country
            return  # "in Brussels": a place here
        if entry is None:
            entry = self._unknown_org(art, span, text)
            if entry is None:
                return
        if entry.type == "state" and entry.country and self.dicts.is_capital(text) and self._governs(span):
            # "Moscow said", "Washington warned Beijing": a capital speaking or spoken to is its government
            entry = towns.capital_government(self.dicts, text, entry.country, self._agents.words.igo_seat)
        self._add_entry(art, para, span, entry)

    def _dated(self, art: ArticleDoc, text: str, entry: ActorEntry | None) -> ActorEntry | None:
        """A city of a state that changed is the state's of the day: Juba in 2005 is Sudan's."""
        if entry is None or entry.type != "state":
            return entry
        country = dated_country(self.dicts, text, art.actor_day, art.body)
        if country is None or country == entry.country:
            return entry
        return self.dicts.lookup(self.dicts.country_name(country) or "") or entry

    def _governs(self, span: Span) -> bool:
        words = self._agents.words.diplomatic_verb
        return capital_as_government(span, lambda verb: self._cues.is_speech(verb) or verb.lemma_ in words)

    def _known(self, text: str) -> bool:
        """A name or demonym the dictionaries know as written ("Sri Lankan" is no misspelt "Sri Lanka")."""
        return self.dicts.demonym(text) is not None or self.dicts.lookup(text) is not None

    def _titled_name(self, span: Span, entry: ActorEntry | None) -> bool:
        """A proper name right after a person's title ("Mayor Bloomberg", "Sen. Ford") that the
        dictionaries know as a company, outlet or group: the title makes it a person."""
        if entry is None or entry.type in ("state", "person") or not all(t.pos_ == "PROPN" for t in span):
            return False
        before = pre_title(span)
        title = self.dicts.title(" ".join(t.text for t in before)) if before else None
        return title is not None and title.type == "person"

    def _home(self, text: str) -> bool:
        """Whether a name after "<name>, <age>, of" is where someone lives: a place or a name the
        dictionaries know only as a person or not at all (not an employer: "Ann Lee, of Reuters")."""
        entry = self.dicts.lookup(text)
        return entry is None or entry.type == "state" or self._names_person(text)

    def _names_person(self, text: str) -> bool:
        return bool(claims := self.dicts.claimants(text)) and all(is_person(a) for a in claims)

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
        coding = self.titles.bare(art, [*owner, *span])
        first = self.dicts.demonym(span[0].text) or self.dicts.lookup(span[0].text)
        if isinstance(first, ActorEntry) and first.type == "state" and self.dicts.is_capital(span[0].text):
            first = None  # "Washington Nationals", "Tokyo Electric Power": a city's team or firm
        if coding.sector is None and coding.code == coding.country and first is None:
            # "T-Mobile USA", "New York Yankees": a company's or team's place, no state's body; a
            # name opening with its country ("Syrian Computer Society", "U.S. 5th Fleet") keeps it
            coding = Coding(None, None, None, None)
        rest = self.dicts.lookup(span[1:].text) if coding.sector is None and len(span) > 1 else None
        if coding.country and rest is not None and rest.type == "organization" and rest.sector:
            # "British Red Cross": a country's own branch of a known body, in the body's sector
            coding = Coding(coding.country + rest.sector, coding.country, rest.sector, coding.title)
        if coding.sector is None and coding.country and span.root.lower_ in self._agents.words.state_body:
            # "U.S. Geological Survey", "Kenya Wildlife Service": a body of the state its name opens with
            coding = Coding(coding.country + "GOV", coding.country, "GOV", coding.title)
        if coding.sector is None and span.root.lower_ in self._agents.words.civil_body:
            # "the Association of African Jurists", "Syrian Computer Society": a civil body, an NGO
            coding = Coding((coding.country or "") + "NGO", coding.country, "NGO", coding.title)
        if (
            coding.sector is None
            and coding.code
            and towns.firm_name(span, self._agents.words.firm_demonym, self.first_names)
        ):
            coding = Coding(None, coding.country, None, coding.title)  # "American Express": no state's
        return ActorEntry(
            name=text, code=coding.code, country=coding.country, sector=coding.sector, type="organization"
        )

    def _add_group(self, art: ArticleDoc, para: int, span: Span) -> None:
        """``Russian forces``, ``Iranian officials``: a demonym on a plural role noun is a group actor;
        any other demonym ("Syrian", "the Russian side") is a mention of its state."""
        country = self.dicts.demonym(span.text)
        if country is None:  # "Hezbollah fighters", "ISIL terrorists": the group read as a nationality
            named = self.dicts.lookup(span.text, art.actor_day)
            if named is not None and named.type in ("organization", "group") and named.code:
                self._add_entry(art, para, span, named)  # its fighters are the agents step's
            return
        if (para, span.start) in art.titles:
            return  # "Russian Deputy Foreign Minister …": part of a person's title
        head = span.root.head
        after = span.doc[span.end : head.i + 1]  # "Greek bank": no title, the country's firm
        entry = None
        if head.i >= span.end:
            entry = group_title(self.dicts, after) or national_business(after, self._agents.words)
        modifies = span.root.dep_ in ("amod", "compound") and head.i > span.start
        plural = head.tag_ in ("NNS", "NNPS")
        if entry is not None and entry.sector and modifies and (plural or entry.type != "person"):
            # "Yemeni rebels", "Russian artillery", "the Russian army": the country's agent
            sector = agent_sector(art, head, entry.phrase, entry.sector, self._agents.words)
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
