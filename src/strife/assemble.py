"""Turning the working state of an article into its :class:`~strife.record.Article` record.

It reads what the reading steps (:mod:`strife.nlp`) and the event coder (:mod:`strife.events`) left
in the :class:`~strife.nlp.document.ArticleDoc`, with the CAMEO codebook; it sits beside the
pipeline, above both packages, so that :mod:`strife.nlp` never imports :mod:`strife.events`.
"""

from __future__ import annotations

from strife.dictionary_files import ActorEntry
from strife.events.codebook import load_codebook
from strife.events.counting import counted
from strife.nlp.document import ArticleDoc, Loc, WorkActor, WorkEvent, WorkQuote
from strife.record import (
    Actor,
    Article,
    AttributedSource,
    Event,
    Mention,
    Place,
    Quote,
    RawArticle,
    Speaker,
    fingerprint,
)


def article_shell(raw: RawArticle) -> Article:
    """The record with its identity and metadata but nothing read yet."""
    digest = fingerprint(raw.body)  # normalised and hashed once: derive_id is its first 16 digits
    return Article(
        id=raw.id or digest[:16],
        fingerprint=digest,
        url=raw.url,
        outlet=raw.outlet,
        published=raw.published,
        headline=raw.headline,
        body=raw.body,
        origin=raw.origin,
    )


def to_article(art: ArticleDoc) -> Article:
    article = article_shell(art.raw)
    article.actors = [_actor(art, a) for a in art.actors if a.mentions]
    article.quotes = [_quote(art, q) for q in art.quotes]
    article.attributed_sources = [
        AttributedSource(name=s.name, cue=s.cue, mention=_mention(art, s.start, s.end)) for s in art.sources
    ]
    article.places = [
        Place(
            name=p.name,
            country=p.country,
            type=p.type,
            mentions=[_mention(art, s, e) for s, e in sorted(set(p.mentions))],
        )
        for p in art.places
    ]
    article.events = [_event(art, e) for e in art.events]
    article.tone = art.tone
    return article


def _mention(art: ArticleDoc, start: int, end: int) -> Mention:
    return Mention(text=art.body[start:end], start=start, end=end)


def _loc_mention(art: ArticleDoc, loc: Loc) -> Mention:
    return _mention(art, *art.char_span(loc))


def _actor(art: ArticleDoc, actor: WorkActor, mentions: list[Mention] | None = None) -> Actor:
    """The actor record, with all its mentions in text order unless ``mentions`` are given."""
    if mentions is None:
        mentions = sorted((_loc_mention(art, loc) for loc in actor.mentions), key=lambda m: m.start)
    return Actor(
        name=actor.name,
        code=actor.code,
        country=actor.country,
        sector=actor.sector,
        type=actor.type,
        title=actor.title,
        mentions=mentions,
    )


def _quote(art: ArticleDoc, quote: WorkQuote) -> Quote:
    speaker = None
    mention = _loc_mention(art, quote.speaker_loc) if quote.speaker_loc else None
    if quote.speaker is not None:
        actor = art.actors[quote.speaker]
        speaker = Speaker(
            name=actor.name,
            code=actor.code,
            country=actor.country,
            type=actor.type,
            mention=mention,
            resolved_by=quote.speaker_how or "name",
        )
    elif mention is not None:
        speaker = Speaker(name=None, code=None, country=None, mention=mention, resolved_by="unresolved")
    return Quote(
        text=art.body[quote.start : quote.end],
        start=quote.start,
        end=quote.end,
        kind=quote.kind,
        cue=quote.cue,
        speaker=speaker,
        tone=quote.tone,
    )


def event_record(art: ArticleDoc, event: WorkEvent) -> Event:
    """One working event as its record (the second opinion's verifier reads it so)."""
    return _event(art, event)


def _event(art: ArticleDoc, event: WorkEvent) -> Event:
    book = load_codebook()
    code = book.cameo(event.code)
    source, target = _party(art, event.source, event.source_as), _party(art, event.target, event.target_as)
    return Event(
        cameo=code.code,
        cameo_root=code.root,
        quad_class=code.quad_class,
        goldstein=code.goldstein,
        plover=book.plover(code.code),
        source=source,
        target=target,
        date=event.date,
        dated_by=event.dated_by,
        historical=event.historical,
        coded=counted(source, target, event.modality, code.root),
        location=event.location,
        modality=event.modality,
        evidence=_mention(art, *event.evidence),
        retold=[_mention(art, *span) for span in event.retold],
        quote=event.quote,
        confidence=event.confidence,
    )


def _party(
    art: ArticleDoc, party: tuple[int, Loc | None] | None, on_day: ActorEntry | None = None
) -> Actor | None:
    """The actor in its role, with the one mention that names it there (none when inferred), coded
    as the dictionaries code it on the event's own day when that differs from the article's."""
    if party is None:
        return None
    mention = [_loc_mention(art, party[1])] if party[1] is not None else []
    actor = _actor(art, art.actors[party[0]], mention)
    if on_day is None:
        return actor
    return actor.model_copy(
        update={
            "code": on_day.code,
            "country": on_day.country,
            "sector": on_day.sector,
            "title": on_day.title,
        }
    )
