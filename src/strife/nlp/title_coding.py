"""Titles and their holders: what "Russian Deputy Foreign Minister", "NATO Secretary-General" or "spokeswoman
for the Russian foreign ministry" says about whose official a person is (country or organisation, sector)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from spacy.tokens import Span, Token

from strife.dictionaries import ActorEntry, Dictionaries, TitleEntry
from strife.nlp.actor_spans import apposition, office_after, para_of, pre_title, privately_owned
from strife.nlp.document import ArticleDoc
from strife.nlp.party_tags import LEGISLATURE, party_tag
from strife.nlp.spokespeople import owned_spokesperson
from strife.nlp.story_country import NATIONAL_SECTORS, police_sector, town_body
from strife.nlp.title_owners import TitleOwners
from strife.nlp.title_sectors import civil_office, firm_before, firm_tail, private_sector, sport_office
from strife.nlp.word_lists import AgentWords, NameWords

_PUBLIC_ONLY = frozenset({"COP", "JUD"})  # bodies only a state has: a police force, a court of law
# Words that qualify a title without naming whose it is ("Acting President", "Interim Prime Minister").
_TITLE_MODIFIERS = frozenset(
    {"acting", "interim", "former", "deputy", "vice", "chief", "senior", "assistant", "transitional"}
    | {"caretaker", "outgoing", "incoming", "then", "new", "first", "second", "elected", "designate"}
)
_PERSONAL_POSSESSIVES = frozenset({"her", "his", "their"})


@dataclass(frozen=True)
class Coding:
    """What a title phrase says about its holder: organisation or country, sector, the title text."""

    code: str | None
    country: str | None
    sector: str | None
    title: str | None


class TitleCoder:
    """Codes title phrases with the dictionaries' titles, countries and organisations."""

    def __init__(
        self,
        dictionaries: Dictionaries,
        words: frozenset[str],
        name_words: NameWords,
        agent_words: AgentWords,
    ) -> None:
        self.dicts = dictionaries
        self._name_words = name_words
        self._words = words  # English words: a Phoenix name that is one is no owner ("Council")
        self._private_owners = agent_words.private_owner  # "the leader of a sect": no state's office
        self._possessors = self._private_owners | agent_words.civil_body  # "the medical society's president"
        self._civil = agent_words.civil_body  # "the president of the Kenya Farmers Association": KENNGO
        self._counterparts = agent_words.counterpart  # "his Sudanese counterpart Ibrahim Ghandour": SDNGOV
        self._agent_words = agent_words  # private_sector, state_mark: "a hospital official" is no state's
        self._owners = TitleOwners(dictionaries, words, name_words)

    def title_word(self, tok: Token) -> bool:
        """A person's title word with a sector ("Col.", "Lt", "Judge"): no part of a name."""
        if tok.text in (".", "-") or not tok.text[:1].isalpha():
            return False
        entry = self.dicts.title(tok.text.rstrip("."))
        return entry is not None and entry.type == "person" and entry.sector is not None

    def leading_title(self, tok: Token) -> bool:
        """A title word opening a person's name: one with a sector (:meth:`title_word`), or one without
        that opens the sentence, its capital only the sentence's, before a name ("Lawyer Ana Ruiz said")."""
        if self.title_word(tok):
            return True
        doc, entry = tok.doc, self.dicts.title(tok.text)
        if entry is None or entry.type != "person" or tok.i != tok.sent.start or tok.i + 1 >= len(doc):
            return False
        return doc[tok.i + 1].pos_ == "PROPN"

    def title_coding(self, art: ArticleDoc, span: Span) -> Coding:
        """The coding of the title before a person's name or in an apposition (marked as titles)."""
        words = office_after(self.dicts, pre_title(span)) or apposition(span) or self._comma_title(span)
        art.titles.update((para_of(art, span), t.i) for t in words)
        words = self._name_words.past_competition(words)  # "U.S. Open champion X"
        coding = self.code(art, words) if words else Coding(None, None, None, None)
        if coding.country is not None and coding.sector is None and party_tag(words):  # "Markey (D-Mass.)"
            return Coding(coding.country + LEGISLATURE, coding.country, LEGISLATURE, coding.title)
        if not (coding.country or coding.code or coding.sector) and (told := apposition(span)):
            words, coding = told, self.code(art, told)  # "Masters champion X became the first Kenyan"
        if not words:
            return Coding(None, None, None, None)
        if coding.sector is None and words[0].like_num:  # "X, 23 and from Cumbria,": an age and a home
            return Coding(None, None, None, None)
        if any(self._name_words.informal(t.text) for t in words):
            return Coding(None, None, None, coding.title)  # "the actress's rep": no office
        if coding.sector == "GOV" and any(t.lower_ in self._name_words.opposition_marks for t in words):
            # "Labour's Shadow Home Secretary Yvette Cooper": the opposition's, not the government's
            country = coding.country
            return Coding(country + "OPP" if country else None, country, "OPP", coding.title)
        if coding.sector is None and coding.country is not None and words[-1].lower_ in self._counterparts:
            # "his Sudanese counterpart Ibrahim Ghandour": the same office in that state, SDNGOV
            return Coding(coding.country + "GOV", coding.country, "GOV", coding.title)
        if self._private_principal(art, span, words, coding):
            return Coding(None, None, None, coding.title)  # "Verizon said …, spokeswoman X said"
        if coding.sector in NATIONAL_SECTORS:
            employer = self._employer_after(span)
            if employer is not None:  # "attorney X of the Center for Biological Diversity": the center's
                return replace(employer, title=coding.title)
        # "Lt. Ray Peavy" of the sheriff's homicide bureau: a police rank in a police story
        return self.police(coding, words, art)

    def unnamed(self, art: ArticleDoc, words: list[Token]) -> Coding:
        """The coding of a title with no name after it ("a police sergeant": COP; see :meth:`bare`)."""
        coding = self.bare(art, words)
        return coding if coding.code is None and coding.sector is None else self.police(coding, words)

    def bare(self, art: ArticleDoc, words: list[Token]) -> Coding:
        """:meth:`code` of words naming no one after them ("Speaker", "Rep." only before a name)."""
        if any(self._name_words.informal(t.lower_.rstrip(".")) for t in words):
            return Coding(None, None, None, " ".join(t.text for t in words))
        return self.code(art, words)

    def _without_host(self, words: list[Token]) -> list[Token]:
        """The title words before the "to" after an envoy's title ("Israel's ambassador to the UN"): the
        state or body the envoy is sent to receives the office and owns none of it, nor names its sector."""
        for i, tok in enumerate(words[1:], start=1):
            if tok.lower_ == "to" and words[i - 1].lower_ in self._name_words.envoys:
                return words[:i]
        return words

    def _employer_after(self, span: Span) -> Coding | None:
        """The body a name is "of" or "at" when it is an organisation no state is ("attorney X of the Center
        for Biological Diversity", "X, of the Red Cross"): its code where a file knows it (IGO, NGO), else
        no code; ``None`` where the words after the name name no such body (a town, state, court, office)."""
        doc = span.doc
        at = span.end + (span.end < len(doc) and doc[span.end].text == ",")
        if at >= len(doc) or doc[at].lower_ not in ("of", "at"):
            return None
        body = next((e for e in doc.ents if e.start == at + 1 or (e.start == at + 2 and
                     doc[at + 1].lower_ == "the")), None)  # fmt: skip
        if body is None or body.label_ != "ORG":
            return None
        entry = self.dicts.lookup(body.text.removeprefix("the ").removeprefix("The "))
        if entry is not None:
            known = entry.type == "organization" and entry.sector not in NATIONAL_SECTORS
            return Coding(entry.code, entry.country, entry.sector, None) if known else None
        return Coding(None, None, None, None) if self._private(body.text) else None

    def _private_principal(self, art: ArticleDoc, span: Span, words: list[Token], coding: Coding) -> bool:
        """Whether a spokesperson with no owner of their own speaks for a company or a private person
        no file codes: the last organisation the NER found before them in the sentence, or after
        "her"/"his" the last person named before (with no title of their own)."""
        spoke = any(t.lower_ in self._name_words.spokespeople for t in words)
        if not spoke or coding.code is not None or coding.country is not None:
            return False
        if any(t.lower_ in _PERSONAL_POSSESSIVES for t in words):
            return self._private_person_before(art, words[0])
        sent = words[0].sent
        orgs = [
            e for e in span.doc.ents if e.label_ == "ORG" and sent.start <= e.start and e.end <= words[0].i
        ]
        if orgs or len(words) > 1:
            return bool(orgs) and self._private(orgs[-1].text)
        owned = owned_spokesperson(art, words[0], self._name_words.spokespeople)  # "her spokesman said"
        return owned is not None and self._private_person_before(art, owned)  # … "spokesman X said"

    def _private_person_before(self, art: ArticleDoc, tok: Token) -> bool:
        """Whether the last person named before ``tok`` is a private one, with no title of their own."""
        before = [e for d in art.docs for e in d.ents if e.label_ == "PERSON" and _before(art, e, tok)]
        if not before:
            return False
        title = " ".join(t.text for t in pre_title(before[-1]))  # "Governor Palin": an official
        return self._private(before[-1].text) and (not title or self._private(title))

    def _private(self, name: str) -> bool:
        """A name no file codes whose words name no state office: a company, a private person."""
        bare = name.removeprefix("the ").removeprefix("The ")
        title = self.dicts.title(bare)
        return self.dicts.lookup(bare) is None and (title is None or title.sector not in NATIONAL_SECTORS)

    def police(self, coding: Coding, words: Sequence[Token], art: ArticleDoc | None = None) -> Coding:
        """A force's title (MIL) is police (COP) when it has a rank police share with armies and names
        a police force or office ("police sergeant", "sheriff's deputy sergeant", "Sheriff's Sgt.":
        whatever the story) or, with ``art``, in a story of police and no soldiers ("Lt. X")."""
        sector = police_sector(self.dicts, self._name_words, coding.sector, words, art)
        if sector == coding.sector:
            return coding
        country = coding.country
        return Coding(country + "COP" if country else None, country, "COP", coding.title)

    def _comma_title(self, span: Span) -> list[Token]:
        """ "…, Malaysia's Prime Minister, Najib Razak said": a title set off by commas right before the
        name, opening a clause (after a comma or at the sentence's start) and naming its owner (a
        possessive or capitalised title words), where the parser did not see the apposition."""
        doc = span.doc
        if span.start < 3 or doc[span.start - 1].text != ",":
            return []
        words = pre_title(doc[span.start - 1 : span.start])
        if not words or (words[0].i > span.sent.start and doc[words[0].i - 1].text != ","):
            return []
        entry = self.dicts.title(" ".join(t.text for t in words[-2:])) or self.dicts.title(words[-1].text)
        owned = any(t.text in ("'s", "’s") for t in words) or all(t.text[:1].isupper() for t in words)
        return words if entry is not None and entry.type == "person" and owned else []

    def code(self, art: ArticleDoc, words: list[Token]) -> Coding:
        """Code a title phrase: ``NATO Secretary-General``, ``Russia's deputy foreign minister``,
        ``spokeswoman for the Russian foreign ministry``."""
        words = self._without_host(words)
        split = next(
            (i for i, t in enumerate(words) if t.lower_ in ("for", "of", "at", "in") and i > 0), len(words)
        )  # "a local official in Kenya": the title, then its owner
        whole = self.dicts.title(" ".join(t.text for t in words))
        if whole is not None and (" of " in whole.phrase or " in " in whole.phrase):
            split = len(words)  # "US Chamber of Commerce", "commander in chief": one title phrase
        head_words, tail = words[:split], words[split + 1 :]
        owned = self._private_possessor(head_words)
        if owned is not None:  # "the medical society's president": the society's; "the union's": LAB
            title = " ".join(t.text for t in head_words[owned + 1 :]) or None
            return Coding(None, None, self._private_body(head_words[:owned]), title)
        org, country, rest = self._owners.owner(art, head_words)
        if org is None and country is None and tail and self._owned_by_group(words[split], tail):
            return Coding(None, None, None, " ".join(t.text for t in rest).replace(" - ", "-") or None)
        if org is None and country is None and tail:
            org, country, tail_rest = self._owners.owner(art, tail)
            state = org.country if org is not None and org.type == "state" else country
            group = self._group_office(words, split, state) if org is None or state else None
            if group is None and state is not None and firm_tail(self.dicts, tail, self._agent_words):
                return Coding(None, None, None, " ".join(t.text for t in head_words) or None)
            if group is not None:
                text = " ".join(t.text for t in (rest if state else head_words)) or None
                return replace(group, title=text)
            if org is None and country is None:
                rest = head_words
            elif not rest:
                rest = tail_rest
        title_text = " ".join(t.text for t in rest).replace(" - ", "-") or None
        entry_title = self.dicts.title(title_text) if title_text else None
        if entry_title is None and tail and country is not None:
            entry_title = self.dicts.title(" ".join(t.text for t in tail))  # "for the foreign ministry"
        sector = entry_title.sector if entry_title is not None else None
        if entry_title is not None:
            sector = self._spoken_for(rest, entry_title) or sector  # "sheriff's spokesman": COP
            sector = self._body_after(entry_title, tail) or sector  # "spokesman for the police": COP
            if sector == "GOV" and (private := private_sector(self.dicts, rest, self._agent_words)):
                if private.sector is None:  # "a bank official": a firm's, no state's
                    return Coding(None, None, None, title_text)
                sector = private.sector  # "a hospital official" HLH, "a business official" BUS
            civil = civil_office(rest, entry_title, self._agent_words)
            if civil and (sector is None or sector in NATIONAL_SECTORS):
                sector = "NGO"  # "Texas Medical Association president": the association's, USANGO
            if sport_office(rest, entry_title, self._agent_words):
                sector = None  # "the Wales rugby captain": a team's, no army's
            if (
                sector == "EDU"
                and entry_title.type == "person"
                and firm_before(self.dicts, rest, entry_title)
            ):
                sector = "BUS"  # "Retail Research analyst": a firm's analyst, no scholar
        if (
            org is None
            and country is None
            and entry_title is not None
            and self._unknown_owner(rest, entry_title, _org_words(art))
        ):
            return Coding(None, None, None, title_text)  # "Knicks president": no state's office
        if org is not None:
            return _code_from_org(org, sector, title_text)
        if country is not None:
            return Coding(country + (sector or ""), country, sector, title_text)
        if entry_title is None:
            return Coding(None, None, None, None)
        town = town_body(art, self.dicts, rest, entry_title, self._name_words.force_kinds)
        if town is not None and sector in _PUBLIC_ONLY:  # "Dallas Police Department": a US town's police
            return Coding(town + sector, town, sector, title_text)
        return Coding(None, None, sector, title_text)

    def _group_office(self, words: list[Token], split: int, country: str | None) -> Coding | None:
        """The office of a body no state is, named after the title where no file knows the body (the
        title's own text left out), or ``None``: a body a title gives a sector ("vice president of the
        advocacy group X": NGO, with no country); a named group
        (``private_owner``, ``civil_body``: "the leader of the Grace Valley Church", no code; "the
        president of the Kenya Farmers Association", KENNGO, a civil body of the state its name
        opens with, not its government); an employer after "at" ("at Samaritan's Purse")."""
        private = self._private_body(words[split + 1 :]) if country is None else None
        if private is not None:
            return Coding(None, None, private, None)
        if privately_owned(words[split], self._possessors, self.dicts, named=True):
            sector = self._body_sector(words[split]) if country is not None else None
            return (
                Coding(country + sector, country, sector, None)
                if country and sector
                else Coding(None, None, None, None)
            )
        if country is None and self._unknown_employer(words):
            return Coding(None, None, None, None)
        return None

    def privately_owned(self, of: Token) -> bool:
        """Whether an "of" after a title names a group no state is as its owner ("leader of a sect")."""
        return privately_owned(of, self._private_owners, self.dicts)

    def _owned_by_group(self, of: Token, tail: list[Token]) -> bool:
        """Whether the words after a title's "of" name a group no state is: by the parse, or by their
        last word where the title runs into the name and the parser took the name for the object
        ("vice-president of worldwide product marketing Phil Schiller")."""
        last = tail[-1]
        return self.privately_owned(of) or (not last.ent_type_ and last.lower_ in self._private_owners)

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

    def _private_possessor(self, words: list[Token]) -> int | None:
        """Where the possessive of a group no state is ends ("the Ohio company's"), or ``None``."""
        for i, (owner, tok) in enumerate(pairwise(words), 1):
            private = owner.lower_ in self._possessors or self._private_body([owner])  # "union's": LAB
            if tok.text in ("'s", "’s") and not owner.ent_type_ and private:
                return i
        return None

    def _unknown_employer(self, words: list[Token]) -> bool:
        """Whether "at" in a title names a proper name no dictionary knows as the holder's employer
        ("vice president of programs at Samaritan's Purse")."""
        at = next((i for i, t in enumerate(words) if t.lower_ == "at" and i > 0), None)
        return at is not None and self._unknown_name(words[at + 1 :])

    def _unknown_name(self, words: list[Token]) -> bool:
        """Whether the words hold a proper name that is no title's word ("Samaritan's Purse")."""
        return any(
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and not self.title_word(t)
            and not self._starts_title(words, i)
            for i, t in enumerate(words)
        )

    def _unknown_owner(self, rest: list[Token], title: TitleEntry, org_words: frozenset[str]) -> bool:
        """Whether proper names the dictionaries do not know, or a group no state is (``private_owner``
        words with no sector of their own: "team president", "family spokesman"), stand before the
        title's own words: the office of a team, company, club or family ("Knicks president",
        "Cleveland Cavaliers owner"); words of another title ("Superior Court Judge") are the state's."""
        before = rest[: max(0, len(rest) - len(title.phrase.split()))]
        if title.type == "organization" and title.sector in _PUBLIC_ONLY:
            return False  # "Springfield Police Department", "Preston Crown Court": a town's, the state's
        if title.phrase.split()[-1] in self._name_words.portfolio_titles and all(
            t.lower_ in self._words or t.lower_ in ("and", "&") for t in before
        ):
            return False  # "Planning and Investment Minister": a portfolio in English words, the state's
        if any(t.lower_ in self._private_owners and not self._sector_of(t) for t in before):
            return True  # "team president Billy King": the team's, not the state's
        return any(
            # "Angels spokesman": a team's, its name read as a noun
            (t.pos_ == "PROPN" or t.ent_type_ == "ORG" or t.text in org_words)
            and t.text[:1].isupper()
            and t.lower_ not in _TITLE_MODIFIERS
            and not self.title_word(t)
            and not self._state_body(t)
            and not self._starts_title(rest, i)
            for i, t in enumerate(before)
        )

    def _state_body(self, tok: Token) -> bool:
        """Whether a word alone is a title of a state's sector ("Navy" in "Navy spokesperson")."""
        entry = self.dicts.title(tok.lower_)
        return entry is not None and entry.sector in NATIONAL_SECTORS

    def _body_after(self, title: TitleEntry, tail: list[Token]) -> str | None:
        """The state sector of the body a ``speaks_for`` title names after its "for"/"of" ("a
        representative for the sheriff's office": COP), or ``None``."""
        if not tail or title.phrase.split()[-1] not in self._name_words.speakers_for:
            return None
        words = [t.text for t in tail if t.dep_ != "det" and not t.is_punct]
        body = self.dicts.title(" ".join(words)) if words else None
        if body is None or body.type == "person" or body.sector not in NATIONAL_SECTORS:
            return None
        return body.sector

    def _spoken_for(self, rest: list[Token], title: TitleEntry) -> str | None:
        """The sector of the body a spokesperson's title names before its own words, where words of
        it are a state's title of a sector ("sheriff's spokesman": COP, "court spokeswoman": JUD), the
        longest such title first ("Attorney General Office spokesman": GOV, no army general), or None."""
        if title.phrase.split()[-1] not in self._name_words.spokespeople:
            return None
        before = [t for t in rest[: max(0, len(rest) - len(title.phrase.split()))] if t.is_alpha]
        for size in range(len(before), 0, -1):
            for start in range(len(before) - size, -1, -1):
                entry = self.dicts.title(" ".join(t.text for t in before[start : start + size]))
                if (
                    entry is not None
                    and len(entry.phrase.split()) == size
                    and entry.sector in NATIONAL_SECTORS
                ):
                    return entry.sector
        return None

    def _body_sector(self, of: Token) -> str | None:
        """The sector of the group named after ``of`` by its head word: a civil body's NGO ("the Kenya
        Farmers Association"), a title's sector outside the state ("the Seoul Energy Company": BUS)."""
        for obj in of.children:
            if obj.dep_ != "pobj":
                continue
            if obj.lemma_.lower() in self._civil:
                return "NGO"
            entry = self.dicts.title(obj.lower_)
            if entry is not None and entry.sector is not None and entry.sector not in NATIONAL_SECTORS:
                return entry.sector
        return None

    def _sector_of(self, tok: Token) -> bool:
        """Whether a word is, alone, a title with a sector ("gang": CRM, as in "gang leader")."""
        entry = self.dicts.title(tok.lower_)
        return entry is not None and entry.sector is not None

    def _starts_title(self, words: list[Token], i: int) -> bool:
        """Whether a title phrase of the dictionaries starts at ``words[i]`` ("Superior Court")."""
        for j in range(i + 2, len(words) + 1):
            entry = self.dicts.title(" ".join(t.text for t in words[i:j]))
            if entry is not None and len(entry.phrase.split()) == j - i:
                return True
        return False


def _org_words(art: ArticleDoc) -> frozenset[str]:
    """The capitalised words of the organisations the NER found ("Comets" of "the Boston Comets")."""
    return frozenset(
        t.text for doc in art.docs for e in doc.ents if e.label_ == "ORG" for t in e if t.text[:1].isupper()
    )


def _before(art: ArticleDoc, span: Span, tok: Token) -> bool:
    """Whether ``span`` ends before ``tok`` in the article."""
    docs = [id(d) for d in art.docs]
    here, there = docs.index(id(tok.doc)), docs.index(id(span.doc))
    return there < here or (there == here and span.end <= tok.i)


def _code_from_org(org: ActorEntry, sector: str | None, title: str | None) -> Coding:
    if org.type == "state" and org.country is not None:
        # "Russia's defence minister": the state's code plus the title's sector.
        return Coding(org.country + (sector or org.sector or ""), org.country, sector or org.sector, title)
    return Coding(org.code, org.country, org.sector, title)
