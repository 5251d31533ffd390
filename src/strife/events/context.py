"""When and where an event happened, read around its action word.

**Date**: the time expressions (spaCy ``DATE`` entities) in the action's own clause, else in its
sentence, nearest the action first, resolved against the article's date (the dateline) by
:func:`strife.events.dates.resolve_date` — "on Wednesday" in a Thursday 13 January 2022 dispatch is
2022-01-12; a month or month-day with no year ("on Oct. 22") after background told with an earlier
year ("In October 1985, …") is read in that year (:mod:`strife.events.story_year`). A date in a
clause still to come that is not the action's own ("agreed to meet on Thursday") dates that later
action, not this one, and is passed over; one in the action's own future clause ("will visit on
Monday") is read forward. With none that resolves, the article's date; with no
article date, none.

**Place**: a place the ``places`` step found (or a place entity the gazetteer knows), named after
"in/at/near …" attached to the action word;
for meetings and material acts also one attached to a clause above it ("after talks … ended without
progress in Brussels"). A statement's topic ("warned of war in Europe") is not where it was made, and
a place inside a quote the action is not in is never taken. Places are geocoded with the offline
gazetteer (a country as a country); one the gazetteer does not know keeps its name and country
without coordinates, and the next candidate is tried first.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from strife.events.background import house_number
from strife.events.dates import needs_year, resolve_date
from strife.events.gazetteer import Gazetteer
from strife.events.story_year import story_year
from strife.nlp.document import ArticleDoc, WorkPlace
from strife.record import DatedBy, EventLocation

_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout", "around", "from"})


class EventContext:
    """Dates and places for the events of one article."""

    def __init__(self, art: ArticleDoc, gazetteer: Gazetteer) -> None:
        self.art = art
        self.gazetteer = gazetteer
        published = art.raw.published
        self.anchor: date | None = published.date() if published is not None else None
        self._places = _place_tokens(art)

    def date(
        self, head: Token, *, future: bool, verbal: bool = False, violent: bool = False
    ) -> tuple[str | None, DatedBy | None]:
        """The event's date, and where it came from: ``"event"`` (its own words), ``"article"`` (the
        article's date stands in), or ``None`` with no date at all. A date on a noun the action is
        about (:func:`_of_its_theme`) dates that thing, not the action."""
        own = verb_of(head)
        for tokens in (_clause(head), list(head.sent)):
            for ent in _dates_near(head, tokens):
                if _of_its_theme(ent, head, verbal=verbal, violent=violent):
                    continue  # "sentenced him Saturday for his 2005 rampage": the rampage's year
                verb = verb_of(ent.root)
                ahead = verb is not None and _prospective(verb)
                if ahead and verb is not None and (own is None or verb.i != own.i):
                    continue  # "agreed to meet on Thursday": the meeting's date, not the agreement's
                resolved = self._resolve(ent, head, future=future or ahead)
                if resolved is not None:
                    return resolved, "event"
        return (self.anchor.isoformat(), "article") if self.anchor is not None else (None, None)

    def _resolve(self, ent: Span, head: Token, *, future: bool) -> str | None:
        """The date an expression names; a month or month-day with no year is read in the year of the
        story told before it when that year is before the article's (:mod:`strife.events.story_year`)."""
        anchor = self.anchor
        if anchor is not None and needs_year(ent.text):
            year = story_year(self.art.docs, head, anchor)
            if year is not None and year < anchor.year:
                anchor = date(year, 1, 1) if future else date(year, 12, 31)
        return resolve_date(ent.text, anchor, future=future)

    def location(self, para: int, head: Token, *, wide: bool) -> EventLocation | None:
        """Where the action happened: a place attached to it ("talks in Geneva", "met in Paris");
        ``wide`` (meetings and material acts) also takes one attached to a clause above it."""
        anchors = [head]
        if head.pos_ in ("NOUN", "PROPN") and head.head.i != head.i:
            anchors.append(head.head)
        if wide:
            anchors += [a for a in head.ancestors if a.pos_ in ("VERB", "AUX")]
        fallback: EventLocation | None = None
        for anchor in anchors:
            for tok in self._attached_places(para, anchor, wide=wide and anchor is head):
                name, country = self._place_name(para, tok)
                found = self.gazetteer.locate(name, country)
                if found is not None and self._guessed_abroad(name, found.country, country):
                    continue  # "bombed a camp in Yida" in a South Sudan story: not Jeddah
                if found is not None:
                    return EventLocation(name=found.name, country=found.country, lat=found.lat, lon=found.lon)
                if fallback is None and country is not None:
                    fallback = EventLocation(name=name, country=country, lat=None, lon=None)
        return fallback

    def _guessed_abroad(self, name: str, found: str | None, named: str | None) -> bool:
        """Whether the town the gazetteer finds by ``name`` is a weak guess (:meth:`Gazetteer.guessed`:
        a small town, an odd alternate name) in a state neither the story's nor the one the places step
        gave it (``named``): no event's location."""
        main = self.art.story.main if self.art.story is not None else None
        if main is None or found in (None, main, named):
            return False
        return self.gazetteer.guessed(name)

    def _place_name(self, para: int, tok: Token) -> tuple[str, str | None]:
        """A place the places step found, else the place entity (city, region) the token is in."""
        place = self._places.get((para, tok.i))
        if place is not None:
            return place.name, place.country
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return (ent.text if ent is not None else tok.text), None

    def _is_place(self, para: int, tok: Token) -> bool:
        return (para, tok.i) in self._places or tok.ent_type_ in _PLACE_ENTITIES

    def _attached_places(self, para: int, anchor: Token, *, wide: bool) -> list[Token]:
        """Place words after 'in/at/near …' on the anchor or its object ("held talks in Vienna"), or
        on a noun one preposition below ("ended without progress in Brussels"), or a place that is the
        object itself ("shelled Kharkiv"); none inside a quote the anchor is not in."""
        found: list[Token] = []
        objects = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
        if wide:
            found += [o for o in objects if self._is_place(para, o)]  # "shelled Kharkiv"
        for holder in [anchor, *objects]:
            for prep in _preps(holder):
                for obj in prep.children:
                    if obj.dep_ != "pobj":
                        continue
                    if prep.lower_ in _LOCATIVE:
                        found += [t for t in obj.subtree if self._is_place(para, t) and _locative(t)]
                    if holder is anchor:
                        found += self._inner_places(para, obj)
        return [t for t in found if self._same_quote(para, anchor, t)]

    def _inner_places(self, para: int, noun: Token) -> list[Token]:
        return [
            t
            for inner in _preps(noun)
            if inner.lower_ in _LOCATIVE
            for t in inner.subtree
            if self._is_place(para, t) and _locative(t)
        ]

    def _same_quote(self, para: int, a: Token, b: Token) -> bool:
        base = self.art.offsets[para]
        return self._quote_of(base + a.idx) == self._quote_of(base + b.idx)

    def _quote_of(self, offset: int) -> int | None:
        return next((i for i, q in enumerate(self.art.quotes) if q.start <= offset < q.end), None)


def _preps(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "prep"]


def verb_of(tok: Token) -> Token | None:
    """The verb whose clause a word is in (the word itself when it is one)."""
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _prospective(verb: Token) -> bool:
    """A clause still to come: an infinitive ("to meet") or one with "will/shall"."""
    return any(c.dep_ == "aux" and c.lower_ in ("to", "will", "shall", "'ll") for c in verb.children)


def _clause(head: Token) -> list[Token]:
    """The action's own clause: its subtree (for a noun, the subtree of the verb it hangs from)."""
    top = head
    while top.pos_ in ("NOUN", "PROPN") and top.dep_ in ("dobj", "pobj", "prep") and top.head is not top:
        top = top.head
    return list(top.subtree)


_BOUNDS = frozenset({"since", "until", "till", "untill"})


def _dates_near(head: Token, tokens: list[Token]) -> list[Span]:
    ents: dict[int, Span] = {}
    for tok in tokens:
        if tok.ent_type_ == "DATE":
            ent = next((e for e in head.doc.ents if e.start <= tok.i < e.end), None)
            if ent is None or house_number(ent):  # "at 2088 Philip Street": no year
                continue
            if not _in_other_clause(ent, head) and not _bound(ent):
                ents[ent.start] = ent
    return sorted(ents.values(), key=lambda e: abs(e.start - head.i))


def _bound(ent: Span) -> bool:
    """A date that bounds a duration ("independent since 1991", "fighting until 2003"): when a state
    began or ends, not the day of the action."""
    first = ent.doc[ent.start]
    if first.lower_ in _BOUNDS:
        return True
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in _BOUNDS


def _in_other_clause(ent: Span, head: Token) -> bool:
    """A date inside a relative clause, or a participle on an object, that does not hold the action:
    "authorized the pursuit of pirates off Somalia, which descended into anarchy in 1991" is not
    dated 1991, nor "objected to testimony about documents seized in 2008". A participle on the
    subject dates its action too ("a plan backed in September 2021 was rejected")."""
    above = {head.i, *(a.i for a in head.ancestors)}
    tok = ent.root
    while tok.i not in above and tok.head.i != tok.i:
        if tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.head.dep_ not in ("nsubj", "nsubjpass")):
            return True
        tok = tok.head
    return False


_THEME_PREPS = frozenset({"for", "over", "of", "about"})
_NOUN_DATES = frozenset({"nummod", "compound", "amod", "nmod", "poss"})


def _of_its_theme(ent: Span, head: Token, *, verbal: bool, violent: bool) -> bool:
    """A date modifying a noun the action is about, not the action's own word: when that thing
    happened. "sentenced … for his 2005 rampage", "arrested over the 1994 bombing", "charged in the
    2019 killing" (for a violent act, "killed in the 2004 riots", the riots are its time), and for a
    verbal act its object ("condemned the 2005 attack"). Not after a temporal word ("after the 1992
    vote"), nor on the subject ("the 2005 attack killed ten")."""
    noun = ent.root.head
    if ent.root.dep_ not in _NOUN_DATES or noun.i == head.i or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "dobj":
        return verbal
    if noun.dep_ != "pobj":
        return False
    prep = noun.head.lower_
    return prep in _THEME_PREPS or (prep == "in" and not violent)


def _locative(tok: Token) -> bool:
    """A place word governed by 'in/at/near …' (directly or as the end of a compound name)."""
    word = tok
    while word.dep_ in ("compound", "flat") and word.head is not word:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ in _LOCATIVE


def _place_tokens(art: ArticleDoc) -> dict[tuple[int, int], WorkPlace]:
    """(paragraph, token) → the place a mention there names."""
    out: dict[tuple[int, int], WorkPlace] = {}
    for place in art.places:
        for start, end in place.mentions:
            para = _paragraph_of(art, start)
            doc = art.docs[para]
            base = art.offsets[para]
            span = doc.char_span(start - base, end - base, alignment_mode="expand")
            if span is not None:
                for tok in span:
                    out[(para, tok.i)] = place
    return out


def _paragraph_of(art: ArticleDoc, offset: int) -> int:
    para = 0
    for i, base in enumerate(art.offsets):
        if base <= offset:
            para = i
    return para
