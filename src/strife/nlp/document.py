"""The working state of one article while the steps read it.

The body is parsed paragraph by paragraph (one spaCy ``Doc`` each, so a dateline, a headline or a
paragraph break never joins two sentences). Steps add to the state: actors with their mentions,
quotes, cited outlets, places. :func:`strife.assemble.to_article` turns the state into the
:class:`~strife.record.Article` record.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.attrs import DEP, HEAD, LEMMA
from spacy.tokens import Doc, Span, Token

from strife.dated_actors import KnownActor
from strife.dictionary_files import ActorEntry
from strife.nlp.word_lists import generation_words
from strife.record import (
    ActorType,
    DatedBy,
    EventLocation,
    Modality,
    PlaceType,
    QuoteKind,
    RawArticle,
    SpeakerResolution,
)

if TYPE_CHECKING:
    from strife.nlp.story_country import StoryCountry

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# A Korean given name written with a hyphen ("Ki-moon", "Jae-in", "Jong-un"): the family name is before it.
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
_FRONTED = frozenset({"prep", "advcl", "npadvmod"})  # a phrase put before the subject: "Under pressure …, X"


def split_paragraphs(body: str) -> list[tuple[int, str]]:
    """Paragraphs of the body with their start offsets; blank-line separated, empty ones dropped."""
    out: list[tuple[int, str]] = []
    pos = 0
    for match in [*_PARAGRAPH_BREAK.finditer(body), None]:
        end = match.start() if match else len(body)
        chunk = body[pos:end]
        stripped = chunk.strip()
        if stripped:
            out.append((pos + chunk.index(stripped[0]), stripped))
        if match:
            pos = match.end()
    return out


@lru_cache(maxsize=4096)
def _surname(name: str, aliases: tuple[str, ...]) -> str:
    """:attr:`Actor.surname` of a person of this name and these aliases, remembered: find_person asks it
    of every person in the article for each name it looks up."""
    for alias in (name, *aliases):
        family, *given = alias.split()
        if len(given) == 1 and _HYPHENED_GIVEN_NAME.fullmatch(given[0]):
            return family
    words = name.split()
    while len(words) > 2 and words[-1].lower().rstrip(".") in generation_words():
        words.pop()
    return words[-1]


@dataclass(frozen=True)
class Loc:
    """A token range in one paragraph: paragraph index and token start/end (end exclusive)."""

    para: int
    start: int
    end: int


@dataclass
class WorkActor:
    """An actor being built: canonical fields plus its mentions (token ranges)."""

    name: str
    code: str | None
    country: str | None
    sector: str | None
    type: ActorType
    title: str | None = None
    mentions: list[Loc] = field(default_factory=list)
    gender: str | None = None
    described: bool = False  # an unnamed actor known by its description ("a Kremlin spokesman")
    # The dictionaries' actor it is, when they know it: ``known.on(day)`` codes it on another day
    # (an event dated apart from its article); see strife.dated_actors.
    known: KnownActor | None = None
    # Its code is the dictionaries' for the article's day (no title in the text gave it), so an event
    # dated apart from the article codes it on the event's own day instead.
    dictionary_coded: bool = False

    @property
    def surname(self) -> str:
        """A person's last name word, before a generation's word ("LaCalamita" of "Anthony LaCalamita
        III", "Comeaux" of "Arcade Comeaux Jr."), or the first before a hyphened Korean given name in any
        of its names ("Ban" of "Ban Ki-moon", "Kim" of "Kim Jong Un", alias "Kim Jong-un"); any other
        actor's whole name."""
        if self.type != "person":
            return self.name
        return _surname(self.name, tuple(self.known.aliases) if self.known is not None else ())

    @property
    def any_sector(self) -> str:
        """Its sector, or the one its code spells ("USACOP" → "COP"); "" when neither says."""
        return self.sector or (self.code or "")[3:6]

    @property
    def sided(self) -> bool:
        """Of a known side: a country, or a code of its own ("---MIL", doctors of no country "---HLH",
        are no side)."""
        return bool(self.country) or (self.code or "---")[:3] != "---"


@dataclass
class WorkQuote:
    """A quote being built: body offsets, kind, cue and the actor/mention of its speaker.

    ``speaker_loc`` is the local mention of the speaker ("he", "the group", "a report by X"), kept
    even when no actor is found for it (``speaker`` is then None and ``speaker_how`` "unresolved").
    """

    start: int
    end: int
    kind: QuoteKind
    cue: str | None = None
    speaker: int | None = None  # index into ArticleDoc.actors
    speaker_loc: Loc | None = None
    speaker_how: SpeakerResolution | None = None
    para: int = 0
    open_ended: bool = False  # opening mark without a closing one: continues in the next paragraph
    continued: bool = False  # goes on from an open-ended quote in the paragraph before
    tone: float | None = None  # VADER compound score of the quoted words (the tone step)


@dataclass
class WorkSource:
    name: str
    cue: str
    start: int
    end: int


@dataclass
class WorkPlace:
    name: str
    country: str | None
    type: PlaceType
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class WorkEvent:
    """A coded event: CAMEO code, parties (actor index and the mention naming it there), context."""

    code: str
    head: tuple[int, int]  # (paragraph, token) of the action word
    source: tuple[int, Loc | None] | None
    target: tuple[int, Loc | None] | None
    modality: Modality
    evidence: tuple[int, int]  # body offsets of the sentence
    date: str | None = None
    retold: list[tuple[int, int]] = field(default_factory=list)  # other sentences telling the same act
    dated_by: DatedBy | None = None  # where the date came from ("article": the article's date stands in)
    historical: bool = False  # background: more than a year before the article, or told as past history
    location: EventLocation | None = None
    quote: int | None = None  # index into ArticleDoc.quotes
    confidence: float = 0.5
    # The source's and target's dictionary coding on the event's own day, when it differs from the
    # article's ("Obama signed the deal in 2015", read in 2019: USAGOV, not USAELI); see
    # strife.events.event_day.
    source_as: ActorEntry | None = None
    target_as: ActorEntry | None = None


@dataclass
class ArticleDoc:
    """One article under analysis."""

    raw: RawArticle
    offsets: list[int]
    docs: list[Doc]
    actors: list[WorkActor] = field(default_factory=list)
    mention_index: dict[Loc, int] = field(default_factory=dict)  # mention → actor index
    token_actor: dict[tuple[int, int], tuple[int, Loc]] = field(default_factory=dict)  # (para, i) → actor
    titles: set[tuple[int, int]] = field(default_factory=set)  # (para, token) inside a person's title
    linked: set[Loc] = field(default_factory=set)  # mentions the coreference step linked ("he", "the group")
    quotes: list[WorkQuote] = field(default_factory=list)
    sources: list[WorkSource] = field(default_factory=list)
    places: list[WorkPlace] = field(default_factory=list)
    events: list[WorkEvent] = field(default_factory=list)
    tone: float | None = None  # mean VADER compound score of the body's sentences (the tone step)
    text_day: date | None = None  # an undated article's stand-in day for coding actors: see actor_day
    story: StoryCountry | None = None  # the country it is about, per paragraph (set by the agent finder)
    _texts: dict[int, str] = field(default_factory=dict, repr=False)
    _columns: dict[tuple[int, int], list[int]] = field(default_factory=dict, repr=False)
    _lemmas: frozenset[str] | None = field(default=None, repr=False)

    def text(self, para: int) -> str:
        """Paragraph ``para``'s text, sliced once from the body (``Doc.text`` joins every token each call)."""
        if (cached := self._texts.get(para)) is None:
            doc, base = self.docs[para], self.offsets[para]
            end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
            cached = self._texts[para] = self.body[base : base + end]
        return cached

    @property
    def body(self) -> str:
        return self.raw.body

    def lemmas(self) -> frozenset[str]:
        """Every lemma of the article in lower case, gathered once from the lemma columns: whether a
        story speaks of police or of soldiers is asked for each officer it names."""
        if self._lemmas is None:
            ids = {i for doc in self.docs for i in doc.to_array(LEMMA).tolist()}
            strings = self.docs[0].vocab.strings if self.docs else None
            self._lemmas = frozenset(strings[i].lower() for i in ids) if strings is not None else frozenset()
        return self._lemmas

    @property
    def day(self) -> date | None:
        """The article's date (its publication day), against which dated dictionaries code actors."""
        return self.raw.published.date() if self.raw.published is not None else None

    @property
    def actor_day(self) -> date | None:
        """The day actors are coded on: the article's date, else (set by the actors step) the middle day
        of the latest year its text names: an undated article of 2009 has Obama as the president."""
        return self.day or self.text_day

    def char_span(self, loc: Loc) -> tuple[int, int]:
        doc = self.docs[loc.para]
        base = self.offsets[loc.para]
        last = doc[loc.end - 1]  # two tokens, not a Span: this runs for every mention of every record
        return base + doc[loc.start].idx, base + last.idx + len(last.text)

    def span_offsets(self, para: int, span: Span) -> tuple[int, int]:
        base = self.offsets[para]
        return base + span.start_char, base + span.end_char

    def add_mention(self, actor: int, loc: Loc) -> None:
        if loc in self.mention_index:
            return
        self.mention_index[loc] = actor
        self.actors[actor].mentions.append(loc)
        for i in range(loc.start, loc.end):
            self.token_actor[(loc.para, i)] = (actor, loc)

    def add_actor(self, actor: WorkActor, loc: Loc) -> None:
        """Add an actor, or a mention to the one already here with its name (in any case), code and
        type: "the government" said …, "the government" added: one actor."""
        folded = actor.name.casefold()
        for i, known in enumerate(self.actors):
            if known.code == actor.code and known.type == actor.type and known.name.casefold() == folded:
                self.add_mention(i, loc)
                return
        self.actors.append(actor)
        self.add_mention(len(self.actors) - 1, loc)

    def state_body(self, country: str, sector: str, name: str) -> int:
        """The index of the article's actor for a state body (``country`` + ``sector``: its government,
        police, judiciary) that an event implies without naming: the one the article already has with
        that code, mentioned or not, else one added with no mention under ``name``."""
        code = country + sector
        for i, actor in enumerate(self.actors):
            if actor.code == code and actor.type in ("organization", "state"):
                return i
        self.actors.append(WorkActor(name, code, country, sector, "organization"))
        return len(self.actors) - 1

    def body_of_state(self, actor: int, sector: str, noun: str) -> int | None:
        """For a bare state actor (no sector), the index of its body of ``sector`` (:meth:`state_body`,
        named "<state> <noun>": its government speaking, its people rioting); ``None`` for any other."""
        found = self.actors[actor]
        if found.type != "state" or found.sector or found.country is None:
            return None
        return self.state_body(found.country, sector, f"{found.name} {noun}")

    def join_described(self, agent: WorkActor, loc: Loc) -> bool:
        """Add a mention to an unnamed person of the same name and sector met before ("the special
        prosecutor" in a paragraph naming no country, after one that does): one person, whose code keeps
        the country one of the mentions gave it. ``False`` when there is none."""
        folded = agent.name.casefold()
        for i, actor in enumerate(self.actors):
            if actor.type == "person" and actor.described and actor.sector == agent.sector:
                # "special prosecutor in British Columbia", then "special prosecutor": one person
                known = actor.name.casefold()
                if (
                    known != folded
                    and not known.startswith(f"{folded} ")
                    and not folded.startswith(f"{known} ")
                ):
                    continue
                if actor.country is None and agent.country is not None:
                    actor.code, actor.country = agent.code, agent.country
                self.add_mention(i, loc)
                return True
        return False

    def remove_mention(self, loc: Loc) -> None:
        """Take a mention from its actor (a demonym that turns out to be part of an office's title)."""
        actor = self.mention_index.pop(loc)
        self.actors[actor].mentions.remove(loc)
        for i in range(loc.start, loc.end):
            self.token_actor.pop((loc.para, i), None)

    def actor_at(self, para: int, token: Token) -> tuple[int, Loc] | None:
        """The actor whose mention covers this token, if any."""
        return self.token_actor.get((para, token.i))

    def find(self, para: int, attr: int, ids: frozenset[int]) -> list[Token]:
        """Tokens of a paragraph whose attribute (``LOWER``, ``LEMMA`` …) is one of the string ids.

        Reads the attribute column in one array, so steps need not visit every token in Python.
        """
        doc = self.docs[para]
        if not len(doc) or not ids:
            return []
        column = self._columns.get((para, attr))
        if column is None:  # several steps read the same column of a paragraph
            column = self._columns[para, attr] = doc.to_array(attr).tolist()
        return [doc[i] for i, value in enumerate(column) if value in ids]


_CHILDREN = "strife.children"
_BY_DEP = "strife.children_by_dep"
_SENTENCES = "strife.sentence_starts"
_TEXT = "strife.text"


def first_conjunct(tok: Token) -> Token:
    """The first of coordinated words ("the attack and the killing" → "attack"; "to quit and call
    elections" → "quit")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def to_infinitive(verb: Token) -> bool:
    """A "to" infinitive: the verb has "to" as its auxiliary ("steps *to ease* restrictions")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def fronted_subject(tok: Token) -> Token | None:
    """The main verb's subject after the phrase put before it that holds the possessive ``tok`` ("In
    her opening remarks, Waters thanked …", "Under pressure to drop its inquiry, the FBI was …"), or None."""
    if tok.dep_ != "poss":
        return None
    phrase = tok
    while phrase.head is not phrase and phrase.head.dep_ != "ROOT":
        phrase = phrase.head
    root = phrase.head
    if root.dep_ != "ROOT" or phrase.dep_ not in _FRONTED or phrase.i > root.i:
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and tok.i < subject.i < root.i else None


def with_joined(verb: Token) -> list[Token]:
    """The verb and the one it is joined to, whose subject it shares ("fled and was arrested", "was shot
    and killed", "were killed and dozens hurt")."""
    return [verb, verb.head] if verb.dep_ == "conj" else [verb]


def children(tok: Token) -> list[Token]:
    """``tok.children`` from an index built once per parsed paragraph (kept in ``doc.user_data``).

    spaCy finds a token's children by walking its whole subtree, so asking for the children of the
    verb heading a sentence of 2,000 quoted demands, once for each demand, would be quadratic.
    """
    doc = tok.doc
    index = doc.user_data.get(_CHILDREN)
    if index is None or len(index) != len(doc):
        index = [[] for _ in range(len(doc))]
        for i, head in _heads(doc):
            index[head].append(i)
        doc.user_data[_CHILDREN] = index
    return [doc[i] for i in index[tok.i]]


def child_with(tok: Token, deps: tuple[str, ...], *, nearest: bool = False) -> Token | None:
    """The first child of ``tok`` (in text order; with ``nearest``, the one closest to it) whose relation
    is one of ``deps``, in constant time: an index of (head, relation) → children built once per
    parsed paragraph."""
    doc = tok.doc
    index: dict[tuple[int, str], list[int]] | None = doc.user_data.get(_BY_DEP)
    if index is None:
        index = {}
        relations = doc.to_array(DEP).tolist()
        strings = doc.vocab.strings
        for i, head in _heads(doc):
            index.setdefault((head, strings[relations[i]]), []).append(i)
        doc.user_data[_BY_DEP] = index
    if not nearest:  # the first in text order: each relation's first child, no window around ``tok``
        firsts = [kids[0] for dep in deps if (kids := index.get((tok.i, dep)))]
        return doc[min(firsts)] if firsts else None
    found = [i for dep in deps for i in _candidates(index.get((tok.i, dep), []), tok.i, nearest)]
    if not found:
        return None
    return doc[min(found, key=lambda i: abs(i - tok.i)) if nearest else min(found)]


def _heads(doc: Doc) -> list[tuple[int, int]]:
    """(token, head) index pairs of the tokens that have a head other than themselves, read from the
    head column in one array (visiting ``t.head`` for every token builds two Python objects each)."""
    offsets = doc.to_array(HEAD).astype("int64").tolist()  # relative; stored unsigned
    return [(i, i + offset) for i, offset in enumerate(offsets) if offset]


def _candidates(indices: list[int], at: int, nearest: bool) -> list[int]:
    """From sorted child indices: the first, or the ones on either side of ``at`` (the nearest)."""
    if not indices or not nearest:
        return indices[:1]
    k = bisect_left(indices, at)
    return indices[max(k - 1, 0) : k + 1]


def sentence_start(tok: Token) -> int:
    """The index of the first token of ``tok``'s sentence, from a table built once per paragraph
    (``tok.sent`` walks the whole sentence at each call)."""
    doc = tok.doc
    starts: list[int] | None = doc.user_data.get(_SENTENCES)
    if starts is None or len(starts) != len(doc):
        starts = [0] * len(doc)
        for sent in doc.sents:
            starts[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        doc.user_data[_SENTENCES] = starts
    return starts[tok.i]


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per parsed paragraph (kept in ``doc.user_data``): spaCy joins every
    token's text at each call, and several checks read the paragraph's text for each name."""
    text: str | None = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def close_by(art: ArticleDoc, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether the token at ``earlier`` (paragraph, token) stands in the sentence of the one at
    ``later`` or in the sentence just before it, across a paragraph break too."""
    para, at = later
    doc = art.docs[para]
    start = sentence_start(doc[at])
    if earlier[0] == para:
        before = earlier[1]
        return sentence_start(doc[before]) == start or (
            start > 0 and sentence_start(doc[start - 1]) == sentence_start(doc[before])
        )
    if start > 0 or earlier[0] != para - 1 or len(art.docs[para - 1]) == 0:
        return False
    prev = art.docs[para - 1]
    return sentence_start(prev[earlier[1]]) == sentence_start(prev[len(prev) - 1])


def prep_objects(holders: Iterable[Token], words: frozenset[str], deps: frozenset[str]) -> Iterator[Token]:
    """In order, the objects of the holders' prepositions that are one of ``words``, attached by one of
    ``deps``."""
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ in deps and prep.lower_ in words:
                yield from (o for o in prep.children if o.dep_ == "pobj")
