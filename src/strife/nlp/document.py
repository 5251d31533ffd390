"""The working state of one article while the steps read it.

The body is parsed paragraph by paragraph (one spaCy ``Doc`` each, so a dateline, a headline or a
paragraph break never joins two sentences). Steps add to the state: actors with their mentions,
quotes, cited outlets, places. :func:`strife.assemble.to_article` turns the state into the
:class:`~strife.record.Article` record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from strife.record import ActorType, EventLocation, Modality, PlaceType, QuoteKind, RawArticle

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


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

    @property
    def surname(self) -> str:
        return self.name.split()[-1] if self.type == "person" else self.name


@dataclass
class WorkQuote:
    """A quote being built: body offsets, kind, cue and the actor/mention of its speaker."""

    start: int
    end: int
    kind: QuoteKind
    cue: str | None = None
    speaker: int | None = None  # index into ArticleDoc.actors
    speaker_loc: Loc | None = None
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
    dated: bool = False  # the text gave the date (else it is the article's)
    location: EventLocation | None = None
    quote: int | None = None  # index into ArticleDoc.quotes
    confidence: float = 0.5


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
    quotes: list[WorkQuote] = field(default_factory=list)
    sources: list[WorkSource] = field(default_factory=list)
    places: list[WorkPlace] = field(default_factory=list)
    events: list[WorkEvent] = field(default_factory=list)
    tone: float | None = None  # mean VADER compound score of the body's sentences (the tone step)

    @property
    def body(self) -> str:
        return self.raw.body

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
        column: list[int] = doc.to_array(attr).tolist()
        return [doc[i] for i, value in enumerate(column) if value in ids]
