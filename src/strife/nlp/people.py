"""People: a name in the text resolved to the dictionaries' person on the article's day, coded by
the title the text gives it ("Prime Minister Ehud Olmert") or by the dictionaries; later mentions by
surname join the same person."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from datetime import date

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from strife.dated_actors import KnownActor, Resolution
from strife.dictionaries import Dictionaries
from strife.dictionary_files import PHOENIX_FILE
from strife.nlp.actor_spans import bare_surname, honorific, honorific_gender, is_honorific, reassign
from strife.nlp.document import ArticleDoc, Loc, WorkActor, close_by
from strife.nlp.inner_titles import inner_title_period
from strife.nlp.kin_surnames import kin_after, not_the_relation, relation_named_with
from strife.nlp.names import given_name_gender, name_start, other_given, same_but_initials, without_initials
from strife.nlp.principals import principal
from strife.nlp.regions import mentions, regions
from strife.nlp.role_words import role_cues_of
from strife.nlp.surname_relinks import relink_surnames
from strife.nlp.surname_roles import sharers_that_fit
from strife.nlp.title_coding import Coding, TitleCoder
from strife.record import ActorType

# An office a person left this many years before an article's day is no longer theirs in its news.
_LONG_GONE_YEARS = 20


class PersonCoder:
    """Adds person actors to an article and finds the ones it has (part of the ``actors`` step)."""

    def __init__(
        self,
        dictionaries: Dictionaries,
        titles: TitleCoder,
        first_names: Mapping[str, str],
        seconds: frozenset[str] = frozenset(),
    ) -> None:
        self.dicts = dictionaries
        self.titles = titles
        self.first_names = first_names
        self.seconds = seconds  # "his deputy X": the aide of the person named before (principals)
        self.role_cues = role_cues_of(dictionaries)  # kin nouns, the accused and the harmed

    def add_person(self, art: ArticleDoc, para: int, span: Span) -> int:
        span = self._with_given_name(span)
        name = span.text
        coding = self.titles.title_coding(art, span)
        if (boss := principal(art, para, span, self.seconds)) is not None:
            coding = Coding(boss.code, boss.country, boss.sector, coding.title)
        found = self.resolve_person(art, name, coding.sector)
        if found is not None and coding.code is None and coding.sector is None:
            found = inner_title_period(self.dicts, self.titles, art, span, found)  # "UN Secretary-General X"
        existing = self.find_person(art, name, (para, span.start))
        if existing is None and found is not None:  # "Donald J. Trump" after "Trump": one person
            existing = next((i for i, a in enumerate(art.actors) if a.known is found.actor), None)
        if existing is not None:
            actor = art.actors[existing]
            if actor.code is None and coding.code is not None:
                actor.code, actor.country, actor.sector = coding.code, coding.country, coding.sector
                actor.title = actor.title or coding.title
            elif actor.code is None and actor.sector is None and coding.sector is not None:
                # "Jerry Ortiz" in a headline, then "Deputy Jerry Ortiz": the office, its country to come
                actor.sector, actor.title = coding.sector, actor.title or coding.title
                actor.code = actor.country + coding.sector if actor.country else None
            art.add_mention(existing, Loc(para, span.start, span.end))
            return existing
        if self._namesake(art, span, found, coding.sector):
            found = None  # "Bush (hamstring)" in an injury list is no George W. Bush
        if found is not None and _long_gone(art, span, found, coding.sector):
            found = None  # "Governor Newsom" in 2024 is no Phoenix diplomat who was in office in 1980
        if coding.code is None and found is not None and not self._corroborated(art, found.actor):
            found = None  # a private "Peter Lynch" in a story of Albany is not Phoenix's namesake
        from_dictionary = False
        if (
            found is not None
            and _former(found, coding.sector, art.actor_day)
            and not _dated_earlier(span, art.actor_day)
        ):
            # "President Bill Clinton" in 2016: the title is one he held; on the day he is an elite
            # (the text's title stands where the sentence names an earlier year: "Senator Obama … in 2007")
            coding = Coding(found.entry.code, found.entry.country, found.entry.sector, coding.title)
            from_dictionary = True
        elif coding.code is None and found is not None:
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
            type=self._titled_type(coding.title),
            title=coding.title,
            gender=honorific_gender(span) or given_name_gender(span, self.first_names),
            known=found.actor if found is not None else None,
            dictionary_coded=from_dictionary,
        )
        art.actors.append(actor)
        idx = len(art.actors) - 1
        art.add_mention(idx, Loc(para, span.start, span.end))
        return idx

    def _titled_type(self, title: str | None) -> ActorType:
        """'the conservative daily Eleftheros Typos', 'the newspaper Kathimerini': a name the NER typed a
        person whose title names an outlet (type ``media`` in ``data/titles.tsv``) is the outlet."""
        entry = self.dicts.title(title) if title else None
        return "media" if entry is not None and entry.type == "media" else "person"

    def _with_given_name(self, span: Span) -> Span:
        """``Ivanka Trump``, ``Hunter Biden``: a capitalised word the NER or the dictionaries left out
        before a surname alone, tied to it as its compound, is a given name when it is no office's
        title (a common noun for a person, "hunter", is none), honorific, known name or demonym: the
        span takes it, so a relative of a known person is not that person. Not at a sentence's start,
        where the word may be no name ("Beyond Trump")."""
        doc = span.doc
        prev = doc[span.start - 1] if len(span) == 1 and span.start > 0 else None
        if prev is None or prev.is_sent_start or prev.pos_ != "PROPN" or prev.dep_ != "compound":
            return span
        if prev.head.i != span.start or not prev.text.isalpha() or not prev.text.istitle():
            return span
        title = self.dicts.title(prev.text)
        if (title is not None and title.sector not in (None, "CVL")) or is_honorific(prev.text):
            return span  # "President Trump", "Mr Trump", "Dr Fauci"
        if self.dicts.lookup(prev.text) is not None or self.dicts.demonym(prev.text) is not None:
            return span  # "Kremlin Putin", "Russian Putin"
        return Span(doc, prev.i, span.end, label="PERSON")

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
        ) or (_in_office(actor, art.actor_day) and self._another_official(art, actor))

    def _another_official(self, art: ArticleDoc, actor: KnownActor) -> bool:
        """Whether the article names, in full, another person the dictionaries know in office on its
        day: "Lee Myung-bak … Kim Jong Il", two leaders of the day, vouch for each other."""
        for doc in art.docs:
            for ent in doc.ents:
                if " " not in ent.text.strip():  # a full name, whatever the NER calls it
                    continue
                claims = self.dicts.claimants(ent.text)
                if len(claims) != 1 or claims[0] is actor or not is_person(claims[0]):
                    continue
                if _in_office(claims[0], art.actor_day):
                    return True
        return False

    def resolve_person(self, art: ArticleDoc, name: str, sector: str | None = None) -> Resolution | None:
        """The dictionaries' person a name stands for on the article's day ("Obama" in 2016: USAGOV;
        "Clinton": Bill or Hillary by the article's date and the other people it names)."""
        for form in (name, without_initials(name), *_with_article(name)):
            if form is None:
                continue
            claims = self.dicts.claimants(form)
            if not claims:
                continue
            if not any(is_person(a) for a in claims):
                return None
            context = self._context(art) if len(claims) > 1 else ()
            found = self.dicts.resolve(form, art.actor_day, context, sector)
            if found is None or found.entry.type != "person":
                return None
            return found if self._known_then(art, form, found.actor) else None
        return None

    def _known_then(self, art: ArticleDoc, form: str, actor: KnownActor) -> bool:
        """Whether a surname alone may stand for a known person on the article's day: a person of
        dated offices or candidacies only once one of them began by that day ("Vance" in 2016 is no
        JD Vance, a senator from 2023), or when the article names the person in full."""
        if " " in form.strip() or art.actor_day is None:
            return True
        starts = [p.first for p in actor.periods if p.dated and p.entry.type == "person"]
        if not starts or any(first is None or first <= art.actor_day for first in starts):
            return True
        return _named_in_full(art, actor)

    def _namesake(self, art: ArticleDoc, span: Span, found: Resolution | None, sector: str | None) -> bool:
        """Whether a surname alone, with no title, is no known person out of office but a word used
        otherwise: in a headline of capitalised words ("Burns" in "Old Mill Burns Down"), before a
        noun it names ("the Bolton ground", "a Ford pickup"), after a given name the NER left out ("Susan
        Ford") or before a bracket of an injury list ("Bush (hamstring)"). Never where the person holds
        an office on the day, the article names the person in full or gives the surname a title."""
        if found is None or sector is not None or len(span) != 1 or not found.actor.dated:
            return False
        if art.actor_day is None or _in_office(found.actor, art.actor_day):
            return False
        if _named_in_full(art, found.actor) or self._titled_somewhere(art, span.text):
            return False
        return _used_otherwise(span, self.first_names)

    def _titled_somewhere(self, art: ArticleDoc, surname: str) -> bool:
        """Whether the article gives the surname a title word somewhere ("President Nixon")."""
        ids = frozenset({get_string_id(surname)})
        return any(
            tok.i > 0 and self.titles.title_word(art.docs[para][tok.i - 1])
            for para in range(len(art.docs))
            for tok in art.find(para, ORTH, ids)
        )

    def _context(self, art: ArticleDoc) -> list[KnownActor]:
        """The known people an article names: its actors so far and every name only one person claims."""
        known = [a.known for a in art.actors if a.known is not None]
        for doc in art.docs:
            for ent in doc.ents:
                if ent.label_ == "PERSON":
                    claims = self.dicts.claimants(ent.text)
                    if len(claims) == 1 and is_person(claims[0]):
                        known.append(claims[0])
        return known

    def add_name(self, art: ArticleDoc, para: int, tok: Token) -> tuple[int, Loc] | None:
        """A name the NER missed, met as a speaker: ``Karimov, 54, said``."""
        parts = sorted([tok, *(c for c in tok.children if c.dep_ in ("compound", "flat"))], key=lambda t: t.i)
        span = tok.doc[parts[0].i : tok.i + 1]
        # A capitalised subject of a speech verb that is no known place: the NER's "GPE" is a surname;
        # a known given name ("Viktor Orlov" read as a work of art, with or without a title word before
        # it) or a "NORP" that is no demonym ("Arians said") is a person too.
        given = name_start(span, self.first_names, self.dicts.title)  # "protester Paris Kyriakides"
        named = given is not None
        if given:  # "Undersheriff Mark Doyle" read as a work of art: a title word before the given name
            span = span[given:]
        nationality = tok.ent_type_ == "NORP" and self.dicts.demonym(tok.text) is None
        if (
            (tok.ent_type_ not in ("PERSON", "GPE", "") and not named and not nationality)
            or not tok.text[:1].isupper()
            or self.dicts.title(tok.text)
        ):
            return None
        if self.dicts.lookup(span.text) is not None:
            return None  # a known place or organisation, not a person
        idx = self.add_person(art, para, span)
        relink_surnames(art, idx, Loc(para, span.start, span.end))  # a later "Keller": this one
        return idx, Loc(para, span.start, span.end)

    def find_person(
        self, art: ArticleDoc, name: str, at: tuple[int, int] | None = None, gender: str | None = None
    ) -> int | None:
        """The person actor with this full name or surname, if the article has one.

        Where several people share the surname ("Thomas Sam" and "Manju Sam"), a bare "Sam" at
        position ``at`` (paragraph, token) is the one of them mentioned last before it, in its own
        sentence or the one before; further on, it is the one the article has named most so far (the
        player the story is about, not "his father, coach Henry Webb" met once in passing; a tie
        keeps the last). With an honorific's ``gender`` ("Mr. Gomes" after "Catherine Gomes" and "Gary
        Gomes"), only those known to be of that gender, else those not known to be of the other ("Mr.
        LaRue" after "his daughters Ann LaRue and Leslie LaRue" is Fred LaRue, not Leslie, whose gender
        no list gives). A kin named in full as someone's relation in the sentence that named that one
        ("Scott Peterson is accused of murdering his wife, Laci Peterson. Peterson …") gives the surname
        back to the earlier one (:func:`~strife.nlp.kin_surnames.relation_named_with`); a bare surname
        with "his wife", "her husband" after it is the one named most, the first on a tie, not the last
        named relation, and never one of the other gender than the "his"/"her" says
        (:mod:`strife.nlp.kin_surnames`).
        """
        people = [(i, a) for i, a in enumerate(art.actors) if a.type == "person"]
        exact = [i for i, a in people if a.name == name]
        if exact:
            return exact[0]
        plain = [i for i, a in people if same_but_initials(name, a.name)]
        if len(plain) == 1:  # "Frederick C. LaRue" after "Frederick LaRue": one person
            return plain[0]
        found = [i for i, a in people if name == a.surname or a.name.endswith(" " + name)]
        if not found and " " not in name:  # "Bashir" after "Omar al-Bashir": the surname, its particle off
            found = [i for i, a in people if " " in a.name and name == bare_surname(a.surname) != a.surname]
        if not found and " " not in name:  # "Deng" for "Taban Deng Gai": a name of his that is no given name
            found = [i for i, a in people if _inner_name(name, a.name) and name not in self.first_names]
            found = found if len(found) == 1 else []
        if not found and name in self.first_names:  # "Doug" after "Doug McDermott" and "Greg McDermott"
            found = [i for i, a in people if a.name.split()[0] == name and " " in a.name]
            found = found if len(found) == 1 else []
        if at is not None and " " not in name:  # "Peterson … his wife": no woman named Peterson
            tok = art.docs[at[0]][at[1]]
            found = not_the_relation(art, found, tok, self.role_cues)
            found = sharers_that_fit(art, found, tok, at[0], self.role_cues)  # the arrested: no victim
        if gender is not None and len(found) > 1:
            found = (
                [i for i in found if art.actors[i].gender == gender]
                or [i for i in found if art.actors[i].gender is None]
                or found
            )
        if len(found) <= 1 or at is None:
            return found[0] if len(found) == 1 else None
        seen = [
            ((m.para, m.start), i) for i in found for m in art.actors[i].mentions if (m.para, m.start) < at
        ]
        if not seen:
            return None
        last_at, last = max(seen)
        kin = kin_after(art.docs[at[0]][at[1]], self.role_cues)
        if close_by(art, last_at, at) and not kin:
            return relation_named_with(art, seen, last_at, last)
        counts = Counter(i for _, i in seen)
        most = max(counts.values())
        leaders = [i for i, n in counts.items() if n == most]
        first = min(seen)[1]  # "Peterson … his wife": the main person, the first named on a tie
        return leaders[0] if len(leaders) == 1 else first if kin and first in leaders else last

    def surnames(self, art: ArticleDoc) -> None:
        _honorific_names(art)
        full = [a.surname for a in art.actors if a.type == "person" and " " in a.name]
        surnames = {*full, *map(bare_surname, full)}
        if not surnames:
            return
        ids = frozenset(get_string_id(name) for name in surnames)
        for para in range(len(art.docs)):
            for tok in art.find(para, ORTH, ids):
                if tok.pos_ not in ("PROPN", "NOUN", "X"):
                    continue
                idx = self.find_person(
                    art, tok.text, (para, tok.i), honorific_gender(art.docs[para][tok.i : tok.i + 1])
                )
                if idx is None or other_given(tok, art.actors[idx].name, self.titles.title_word):
                    continue
                hit = art.actor_at(para, tok)
                if hit is None:
                    art.add_mention(idx, Loc(para, tok.i, tok.i + 1))
                elif (
                    hit[0] != idx
                    and art.actors[hit[0]].type != "person"
                    and self._titled_surname(art, hit[1])
                ):
                    # A surname the NER mistook for an organisation or a place, alone or after a title
                    # ("Professor Varoufakis" tagged ORG): it is the person.
                    reassign(art, hit[1], idx)

    def another_given(self, art: ArticleDoc, span: Span, person: int, words: frozenset[str]) -> bool:
        """A surname alone the NER tagged, after a given name of no one of that surname named so far
        ("Grandmother Ilse Keller said", the NER's "Keller" after "Arno Keller"): another person. The
        word before is one :meth:`_with_given_name` takes for a given name (no honorific, known name,
        nor a sentence's first word: "Miss Jenkin", "Ironically Nichols"), no title of any kind ("Coach
        Williams") and none of the English ``words`` ("the silver Ford Fusion LaCalamita drove")."""
        if len(span) != 1 or len(self._with_given_name(span)) == 1:
            return False
        given = span.doc[span.start - 1]
        if given.lower_ in words or self.dicts.title(given.text) is not None:
            return False
        return other_given(span[0], art.actors[person].name, self.titles.title_word)

    def _titled_surname(self, art: ArticleDoc, loc: Loc) -> bool:
        """The mention is the surname alone, or a person's title word and the surname."""
        width = loc.end - loc.start
        return width == 1 or (width == 2 and self.titles.title_word(art.docs[loc.para][loc.start]))

    # --- other entities -------------------------------------------------------------------------


def _honorific_names(art: ArticleDoc) -> None:
    """ "Mr Korkoneas", "Dr Fauci" the NER took whole, honorific and all, as a person of its own: the one
    person the article names in full with that surname ("Epaminondas Korkoneas"), unless the honorific's
    gender is not theirs ("Dr", "Prof" have none). A person known only as "Ms Lee" stays "Ms Lee"."""
    for actor in art.actors:
        words = actor.name.split()
        if actor.type != "person" or len(words) != 2 or not is_honorific(words[0]):
            continue
        gender = honorific(words[0])
        full = [
            i
            for i, other in enumerate(art.actors)
            if other.type == "person"
            and len(other.name.split()) > 1
            and other.name.split()[0] != words[0]
            and other.surname == words[1]
            and other.gender in (None, "any", gender or other.gender)
        ]
        if len(full) == 1:
            for loc in list(actor.mentions):
                reassign(art, loc, full[0])


def is_person(actor: KnownActor) -> bool:
    return bool(actor.periods) and actor.periods[0].entry.type == "person"


def _with_article(name: str) -> tuple[str, ...]:
    """A two- or three-word name with the Arabic article before its last word, as the dictionaries
    may write it: "Omar Bashir" is "Omar al-Bashir", "Abdel Fattah Sisi" "Abdel Fattah el-Sisi"."""
    words = name.split()
    if not 2 <= len(words) <= 3 or any(w.casefold() in ("al", "el") or "-" in w for w in words):
        return ()
    head = " ".join(words[:-1])
    return (f"{head} al-{words[-1]}", f"{head} el-{words[-1]}")


def _used_otherwise(span: Span, first_names: Mapping[str, str]) -> bool:
    """Whether a one-word name stands where a person's surname seldom does: a headline of capitalised
    words, before a noun it modifies, after a given name outside the span, before "(" and a word."""
    tok, doc = span[0], span.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    before = doc[tok.i - 1] if tok.i > 0 else None
    if after is not None and after.text == "(":
        return True
    if tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "NOUN":
        return True
    if before is not None and before.text in first_names:
        return True
    words = [t for t in tok.sent if t.is_alpha]
    return (
        len(words) >= 3
        and all(t.text[:1].isupper() for t in words)
        and not tok.sent.text.rstrip().endswith(".")
    )


def residence(span: Span) -> bool:
    """Whether a one-word name is where someone lives, after "of" set off by a comma or an age ("Ann
    Lee, 44, of Warren", "a driver 35 of Lincoln"): a town, no one's surname. Not a possessive ("page
    20 of Woodward's notes") nor a name of the noun after it ("Joe Rush, of Twizel police")."""
    doc, tok = span.doc, span[0]
    if len(span) != 1 or tok.i < 2 or doc[tok.i - 1].lower_ != "of":
        return False
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and (
        after.text[:1] in ("'", "’") or (tok.dep_ == "compound" and tok.head.i > tok.i)
    ):
        return False
    before_of = doc[tok.i - 2]
    return before_of.text == "," or before_of.is_digit  # an age in digits, not "one of"


def _inner_name(name: str, full: str) -> bool:
    """Whether ``name`` is an inner word of a full name of three or four words ("Deng" of "Taban Deng
    Gai", "Comeaux" of "Arcade Joseph Comeaux Jr.")."""
    words = full.split()
    return 3 <= len(words) <= 4 and name in words[1:-1]


def _named_in_full(art: ArticleDoc, actor: KnownActor) -> bool:
    """Whether the article names a known person by a name of two words or more."""
    return bool(mentions(art.body, tuple(n for n in (actor.name, *actor.aliases) if " " in n.strip())))


def _in_office(actor: KnownActor, day: date | None) -> bool:
    """Whether a person of the dictionaries holds a dated code on the day (an office or a candidacy)."""
    return day is not None and any(
        p.dated and p.holds(day) for p in actor.periods if p.entry.type == "person"
    )


def _former(found: Resolution, sector: str | None, day: date | None) -> bool:
    """Whether the office a title gives a known person is one the dictionaries say the person held
    only before the day (and another code holds on it)."""
    if sector is None or day is None or found.entry.sector == sector:
        return False
    held = [p for p in found.actor.periods if p.dated and p.entry.sector == sector]
    return bool(held) and all(p.last is not None and p.last < day for p in held)


def _long_gone(art: ArticleDoc, span: Span, found: Resolution, sector: str | None) -> bool:
    """Whether a title and a surname alone ("Governor Newsom") name someone other than the person only
    Phoenix knows by that surname, who held the title's office only decades before the article's day
    (and is not named in full in it): an office that far back is a namesake's, not today's holder's."""
    day, actor = art.actor_day, found.actor
    if sector is None or day is None or len(span) != 1 or _named_in_full(art, actor):
        return False
    if not all(p.origin.startswith(PHOENIX_FILE) for p in actor.periods):
        return False
    held = [p.last for p in actor.periods if p.dated and p.entry.sector == sector]
    since = date(day.year - _LONG_GONE_YEARS, day.month, min(day.day, 28))
    return bool(held) and all(last is not None and last < since for last in held)


def _dated_earlier(span: Span, day: date | None) -> bool:
    """Whether the sentence of a name dates what it tells in a year before the article's day."""
    years = [t.text for ent in span.sent.ents if ent.label_ == "DATE" for t in ent if t.like_num]
    return day is not None and any(len(y) == 4 and y.isdigit() and int(y) < day.year for y in years)
