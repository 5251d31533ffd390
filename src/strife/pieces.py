"""Long texts in bounded pieces: how the pipeline keeps its memory flat whatever the input's size.

spaCy's memory grows with the text it holds at once: a batch parsed in one call holds its
activations, and every parsed paragraph (``Doc``) stays alive until the steps have read its article.
So the pipeline never holds more than :data:`PIECE_CHARS` characters of parsed text:

- :func:`paragraphs` splits a body into paragraphs (blank-line separated) and cuts a paragraph longer
  than :data:`PARAGRAPH_CHARS` at a sentence end (else a space) before the limit, so no single
  ``Doc`` is huge (and none passes spaCy's ``max_length``);
- :func:`groups` deals a batch's articles into groups of at most :data:`PIECE_CHARS` characters,
  each parsed and read together, then freed; an article longer than that is a group of its own;
- :func:`minibatches` feeds spaCy at most :data:`PARSE_CHARS` characters of paragraphs per call, so
  the network's activations stay small (one ``nlp.pipe`` call over a whole batch of articles held
  them all at once: 3.3 GB per MB of text);
- :func:`pieces` cuts such a long article into runs of whole paragraphs of at most
  :data:`PIECE_CHARS` characters; each run is read as an article of its own and
  :func:`merge` joins the records into one, offsets moved to the whole body: actors and places met
  in several pieces become one (their mentions joined), quotes, sources and events follow in order
  (an event's quote index moved on), and the tone is the mean over every piece's sentences.

What a long article loses: coreference and quote continuation do not cross a piece's edge (a "he"
opening a piece finds no one before it), and the same action reported in two pieces is one event
only when code, parties, date and modality all agree.
Articles under :data:`PIECE_CHARS` characters (every news article we have seen) are read whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

from strife.nlp.document import split_paragraphs
from strife.record import Actor, Article, AttributedSource, Event, Mention, Place, Quote, RawArticle, Speaker

__all__ = [
    "PARAGRAPH_CHARS", "PARSE_CHARS", "PIECE_CHARS", "Paragraph", "Piece",
    "groups", "merge", "minibatches", "paragraphs", "pieces",
]  # fmt: skip

#: Most characters of text parsed and read at once (a group of articles, or a piece of a long one).
PIECE_CHARS = 100_000
#: Longest paragraph given to spaCy as one ``Doc``; longer ones are cut at a sentence end.
PARAGRAPH_CHARS = 20_000
#: Most characters of paragraphs spaCy parses in one call (one minibatch).
PARSE_CHARS = 10_000

T = TypeVar("T")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s+|\n")


@dataclass(frozen=True)
class Paragraph:
    offset: int  # into the body
    text: str


@dataclass(frozen=True)
class Piece:
    """A run of whole paragraphs of one article: ``body[start:end]``."""

    start: int
    end: int
    paragraphs: tuple[Paragraph, ...]


def paragraphs(body: str) -> list[Paragraph]:
    """The body's paragraphs with their offsets, none longer than :data:`PARAGRAPH_CHARS`."""
    out: list[Paragraph] = []
    for offset, text in split_paragraphs(body):
        while len(text) > PARAGRAPH_CHARS:
            cut = _cut(text, PARAGRAPH_CHARS)
            head = text[:cut].rstrip()
            if head:
                out.append(Paragraph(offset, head))
            rest = text[cut:]
            stripped = rest.lstrip()
            offset += cut + len(rest) - len(stripped)
            text = stripped
        if text:
            out.append(Paragraph(offset, text))
    return out


def _cut(text: str, limit: int) -> int:
    """Where to cut ``text`` at or before ``limit``: after the last sentence end, else at a space."""
    best = 0
    for match in _SENTENCE_END.finditer(text, 0, limit):
        best = match.end()
    if best > limit // 2:
        return best
    space = text.rfind(" ", limit // 2, limit)
    return space + 1 if space > 0 else limit


def minibatches(texts: Sequence[T], length: Callable[[T], int]) -> Iterator[list[T]]:
    """Consecutive runs of ``texts`` of at most :data:`PARSE_CHARS` characters (at least one each)."""
    run: list[T] = []
    size = 0
    for text in texts:
        if run and size + length(text) > PARSE_CHARS:
            yield run
            run, size = [], 0
        run.append(text)
        size += length(text)
    if run:
        yield run


def groups(raws: Sequence[RawArticle]) -> list[list[int]]:
    """Indexes of ``raws`` dealt into consecutive groups of at most :data:`PIECE_CHARS` characters."""
    out: list[list[int]] = []
    size = 0
    for i, raw in enumerate(raws):
        length = len(raw.body)
        if out and size + length <= PIECE_CHARS and size > 0:
            out[-1].append(i)
            size += length
        else:
            out.append([i])
            size = length
        if length > PIECE_CHARS:
            size = PIECE_CHARS + 1  # a long article stays alone
    return out


def pieces(paras: Sequence[Paragraph]) -> list[Piece]:
    """Runs of whole paragraphs, each at most :data:`PIECE_CHARS` characters (a paragraph is never cut)."""
    out: list[Piece] = []
    run: list[Paragraph] = []
    for para in paras:
        if run and para.offset + len(para.text) - run[0].offset > PIECE_CHARS:
            out.append(_piece(run))
            run = []
        run.append(para)
    if run:
        out.append(_piece(run))
    return out


def _piece(run: list[Paragraph]) -> Piece:
    return Piece(run[0].offset, run[-1].offset + len(run[-1].text), tuple(run))


def piece_article(raw: RawArticle, piece: Piece) -> RawArticle:
    """The piece as an article of its own (its body is ``raw.body[piece.start:piece.end]``)."""
    return raw.model_copy(update={"body": raw.body[piece.start : piece.end]})


def merge(shell: Article, parts: Iterable[tuple[int, Article, int]]) -> Article:
    """One record from the records of an article's pieces: ``(offset of the piece, its record, its
    number of sentences)``; ``shell`` carries the whole article's identity and metadata."""
    actors: dict[tuple[object, ...], Actor] = {}
    places: dict[tuple[object, ...], Place] = {}
    seen_events: dict[tuple[object, ...], Event] = {}
    tone_sum, sentences = 0.0, 0
    for offset, part, n_sentences in parts:
        for actor in part.actors:
            key = (actor.name, actor.code, actor.country, actor.sector, actor.type, actor.title)
            found = actors.setdefault(key, actor.model_copy(update={"mentions": []}))
            found.mentions.extend(_mention(m, offset) for m in actor.mentions)
        for place in part.places:
            into = places.setdefault(
                (place.name, place.country, place.type), place.model_copy(update={"mentions": []})
            )
            into.mentions.extend(_mention(m, offset) for m in place.mentions)
        quotes_before = len(shell.quotes)
        shell.quotes.extend(_quote(q, offset) for q in part.quotes)
        shell.attributed_sources.extend(
            AttributedSource(name=s.name, cue=s.cue, mention=_mention(s.mention, offset))
            for s in part.attributed_sources
        )
        for event in part.events:
            action = (event.cameo, _who(event.source), _who(event.target), event.date, event.modality)
            moved = _event(event, offset, quotes_before)
            first = seen_events.get(action)
            if first is None:
                seen_events[action] = moved
                shell.events.append(moved)
            else:  # the same action reported in two pieces is one event, retold in the later one
                first.retold.extend([moved.evidence, *moved.retold])
        if part.tone is not None and n_sentences:
            tone_sum += part.tone * n_sentences
            sentences += n_sentences
    shell.actors = list(actors.values())
    shell.places = list(places.values())
    shell.tone = round(tone_sum / sentences, 4) if sentences else None
    return shell


def _who(actor: Actor | None) -> tuple[str, str | None] | None:
    return None if actor is None else (actor.name, actor.code)


def _mention(mention: Mention, offset: int) -> Mention:
    return Mention(text=mention.text, start=mention.start + offset, end=mention.end + offset)


def _actor(actor: Actor | None, offset: int) -> Actor | None:
    if actor is None:
        return None
    return actor.model_copy(update={"mentions": [_mention(m, offset) for m in actor.mentions]})


def _quote(quote: Quote, offset: int) -> Quote:
    speaker = quote.speaker
    if speaker is not None and speaker.mention is not None:
        speaker = Speaker(
            name=speaker.name,
            code=speaker.code,
            country=speaker.country,
            mention=_mention(speaker.mention, offset),
        )
    return quote.model_copy(
        update={"start": quote.start + offset, "end": quote.end + offset, "speaker": speaker}
    )


def _event(event: Event, offset: int, quotes_before: int) -> Event:
    return event.model_copy(
        update={
            "source": _actor(event.source, offset),
            "target": _actor(event.target, offset),
            "evidence": _mention(event.evidence, offset),
            "retold": [_mention(m, offset) for m in event.retold],
            "quote": None if event.quote is None else event.quote + quotes_before,
        }
    )
