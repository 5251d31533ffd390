"""The SQL behind :meth:`~strife.store.roles.ArticleStore.articles`, ``quotes`` and ``actors``:
each a parameterised SELECT (without LIMIT/OFFSET) and its values, for one :class:`Dialect`.

Every value the user gave is a ``?`` parameter. Text searches (``q``) are case-insensitive substring
matches (:meth:`Dialect.has_text`): a scan, fine for the stores strife is meant for.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from strife.store.dialect import Dialect

_HONORIFICS = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "madam", "lord", "lady", "rev", "sheikh"]
)


def query_words(query: str) -> list[str]:
    """The words of a speaker query without honorifics and middle initials ("Mr. Trump" → Trump,
    "Donald J. Trump" → Donald Trump; a lone initial stays)."""
    words = [w for w in query.replace(",", " ").split() if w.lower().rstrip(".") not in _HONORIFICS]
    return [
        w
        for i, w in enumerate(words)
        if not (0 < i < len(words) - 1 and len(w.rstrip(".")) == 1 and w[0].isalpha())
    ]


def _utc(value: datetime) -> datetime:
    """Naive datetimes are taken as UTC, so DuckDB never reads them in a local time zone."""
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def article_sql(
    dialect: Dialect,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    outlet: str | None = None,
    q: str | None = None,
) -> tuple[str, list[Any]]:
    """Articles newest first (undated last, then by id)."""
    where, params = ["TRUE"], list[Any]()
    if since is not None:
        where.append("a.published >= ?")
        params.append(_utc(since))
    if until is not None:
        where.append("a.published <= ?")
        params.append(_utc(until))
    if outlet is not None:
        where.append("lower(a.outlet) = lower(?)")
        params.append(outlet)
    if q:
        (headline, value), (body, _) = (dialect.has_text(f"a.{c}", q) for c in ("headline", "body"))
        where.append(f"({headline} OR {body})")
        params += [value, value]
    sql = f"""
        SELECT a.id, a.published, a.outlet, a.headline, a.url,
               (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
               (SELECT count(*) FROM actors x WHERE x.article_id = a.id),
               (SELECT count(*) FROM events e WHERE e.article_id = a.id),
               a.origin
        FROM articles a WHERE {" AND ".join(where)}
        ORDER BY a.published DESC NULLS LAST, a.id"""
    return sql, params


def quote_sql(
    dialect: Dialect,
    *,
    speaker: str | None = None,
    speakers: Sequence[str] | None = None,
    since: datetime | None = None,
    q: str | None = None,
) -> tuple[str, list[Any]]:
    """Quotes by article date (undated last), then article id, then position. ``speaker``: every
    word of it (honorifics and middle initials left out) in the speaker's name; ``speakers``: the
    speaker's name is one of these (any case)."""
    where, params = ["TRUE"], list[Any]()
    for word in query_words(speaker or ""):  # any order: "Donald Trump" finds "Donald J. Trump"
        condition, value = dialect.has_text("q.speaker_name", word)
        where.append(condition)
        params.append(value)
    if speakers is not None:
        where.append(f"lower(q.speaker_name) IN ({', '.join('?' for _ in speakers) or 'NULL'})")
        params += [name.lower() for name in speakers]
    if since is not None:
        where.append("a.published >= ?")
        params.append(_utc(since))
    if q:
        condition, value = dialect.has_text("q.text", q)
        where.append(condition)
        params.append(value)
    sql = f"""
        SELECT q.article_id, a.published, a.outlet, q.speaker_name, q.speaker_code,
               q.speaker_mention_text, q.kind, q.cue, q.text, q."start", q."end"
        FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE {" AND ".join(where)}
        ORDER BY a.published NULLS LAST, q.article_id, q."start", q.idx"""
    return sql, params


SPEAKER_COUNT_SQL = """
    SELECT speaker_name, speaker_code, count(*) AS quotes, count(DISTINCT article_id) AS articles
    FROM quotes WHERE speaker_name IS NOT NULL
    GROUP BY speaker_name, speaker_code
    ORDER BY quotes DESC, speaker_name, speaker_code NULLS FIRST"""
"""Quotes and articles per stored speaker name and code."""

ACTOR_SQL = """
    WITH m AS (SELECT article_id, actor_idx, count(*) AS n FROM mentions GROUP BY article_id, actor_idx),
    q AS (SELECT speaker_name, speaker_code, count(*) AS n FROM quotes
          WHERE speaker_name IS NOT NULL GROUP BY speaker_name, speaker_code),
    agg AS (
        SELECT x.name, x.code, mode() WITHIN GROUP (ORDER BY x.country) AS country,
               mode() WITHIN GROUP (ORDER BY x.sector) AS sector,
               mode() WITHIN GROUP (ORDER BY x.type) AS type, count(DISTINCT x.article_id) AS articles,
               coalesce(sum(m.n), 0) AS mentions
        FROM actors x LEFT JOIN m ON m.article_id = x.article_id AND m.actor_idx = x.idx
        GROUP BY x.name, x.code)
    SELECT agg.*, coalesce(q.n, 0) AS quotes
    FROM agg LEFT JOIN q ON q.speaker_name = agg.name AND q.speaker_code IS NOT DISTINCT FROM agg.code
    ORDER BY articles DESC, mentions DESC, agg.name, agg.code NULLS FIRST"""
"""Actors aggregated by (name, code), most articles first."""
