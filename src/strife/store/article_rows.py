"""An article as the rows of the store's tables: the article row and its child rows.

A store keeps each :class:`~strife.record.Article` twice: the full record as JSON (so
:meth:`ArticleStore.get <strife.store.roles.ArticleStore.get>` round-trips it exactly) and normalised
tables (articles, actors, mentions, quotes, attributed_sources, places, place_mentions, events) for
queries. Both backends write the rows built here.
"""

from __future__ import annotations

from datetime import UTC, datetime

from strife.record import Actor, Article
from strife.store.session import Row

__all__ = ["ARTICLE_COLUMNS", "CHILD_TABLES", "article_row", "child_rows", "utc"]

#: Child tables in the order :meth:`SqlStore.add <strife.store.sql_store.SqlStore.add>` writes them,
#: with their columns.
CHILD_TABLES: dict[str, tuple[str, ...]] = {
    table: tuple(columns.split())
    for table, columns in {
        "actors": "article_id idx name code country sector type title",
        "mentions": "article_id actor_idx idx text start end",
        "quotes": "article_id idx text start end kind cue speaker_name speaker_code speaker_country "
        "speaker_mention_text speaker_mention_start speaker_mention_end tone",
        "attributed_sources": "article_id idx name cue mention_text mention_start mention_end",
        "places": "article_id idx name country type",
        "place_mentions": "article_id place_idx idx text start end",
        "events": "article_id idx cameo cameo_root quad_class goldstein plover_type plover_mode "
        "plover_context source_name source_code source_country source_sector source_type "
        "target_name target_code target_country target_sector target_type date location_name "
        "location_country location_lat location_lon modality evidence_text evidence_start evidence_end "
        "quote_idx confidence day dated_by historical coded",
    }.items()
}
ARTICLE_COLUMNS = (
    "id", "fingerprint", "url", "outlet", "published", "headline", "body", "origin", "record", "tone",
)  # fmt: skip


def child_rows(article: Article) -> dict[str, list[Row]]:
    """The rows of each child table for one article, in :data:`CHILD_TABLES` column order."""
    aid = article.id
    rows: dict[str, list[Row]] = {table: [] for table in CHILD_TABLES}
    for i, actor in enumerate(article.actors):
        rows["actors"].append(
            (aid, i, actor.name, actor.code, actor.country, actor.sector, actor.type, actor.title)
        )
        rows["mentions"] += [(aid, i, j, m.text, m.start, m.end) for j, m in enumerate(actor.mentions)]
    for i, q in enumerate(article.quotes):
        sp = q.speaker
        sm = sp.mention if sp else None
        rows["quotes"].append(
            (aid, i, q.text, q.start, q.end, q.kind, q.cue)
            + ((sp.name, sp.code, sp.country) if sp else (None, None, None))
            + ((sm.text, sm.start, sm.end) if sm else (None, None, None))
            + (q.tone,)
        )
    for i, s in enumerate(article.attributed_sources):
        rows["attributed_sources"].append(
            (aid, i, s.name, s.cue, s.mention.text, s.mention.start, s.mention.end)
        )
    for i, place in enumerate(article.places):
        rows["places"].append((aid, i, place.name, place.country, place.type))
        rows["place_mentions"] += [(aid, i, j, m.text, m.start, m.end) for j, m in enumerate(place.mentions)]
    published = utc(article.published)
    day = published.astimezone(UTC).strftime("%Y-%m-%d") if published is not None else None
    for i, e in enumerate(article.events):
        pl, loc, ev = e.plover, e.location, e.evidence
        rows["events"].append(
            (aid, i, e.cameo, e.cameo_root, e.quad_class, e.goldstein)
            + ((pl.type, pl.mode, list(pl.context)) if pl else (None, None, None))
            + _event_actor(e.source)
            + _event_actor(e.target)
            + (e.date,)
            + ((loc.name, loc.country, loc.lat, loc.lon) if loc else (None, None, None, None))
            + (e.modality, ev.text, ev.start, ev.end, e.quote, e.confidence, e.date or day)
            + (e.dated_by, e.historical, e.coded)
        )
    return rows


def _event_actor(actor: Actor | None) -> Row:
    """An event's source or target as its columns: name, code, country, sector, type."""
    if actor is None:
        return (None,) * 5
    return (actor.name, actor.code, actor.country, actor.sector, actor.type)


def utc(value: datetime | None) -> datetime | None:
    """Naive datetimes are taken as UTC, so no database reads them in a local time zone."""
    if value is None or value.tzinfo is not None:
        return value
    return value.replace(tzinfo=UTC)


def article_row(article: Article) -> Row:
    """The ``articles`` row of one article, in :data:`ARTICLE_COLUMNS` order."""
    a = article
    return (a.id, a.fingerprint, a.url, a.outlet, utc(a.published), a.headline, a.body, a.origin,
            a.model_dump_json(), a.tone)  # fmt: skip
