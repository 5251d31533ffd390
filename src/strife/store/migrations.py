"""The store's schema as an ordered list of migration steps, and the code that applies them.

Each :class:`Migration` is a version number and the SQL statements that take the schema from the
previous version to it. ``schema_migrations`` (version, applied_at) records which ones a database
has. :func:`migrate` applies the missing steps, in order, inside one transaction: a database is
either fully at the new version or left as it was. A database whose version is higher than the
last step known here was written by a newer strife, and is refused.

Never edit a released step: append a new one.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from strife.errors import StoreError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    statements: tuple[str, ...]


_V1 = (
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        fingerprint VARCHAR NOT NULL UNIQUE,
        url VARCHAR,
        outlet VARCHAR,
        published TIMESTAMPTZ,
        headline VARCHAR,
        body VARCHAR NOT NULL,
        origin VARCHAR,
        record JSON NOT NULL,
        ingested_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
    )
    """,
    """
    CREATE TABLE actors (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        name VARCHAR NOT NULL,
        code VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        type VARCHAR NOT NULL,
        title VARCHAR,
        PRIMARY KEY (article_id, idx)
    )
    """,
    """
    CREATE TABLE mentions (
        article_id VARCHAR NOT NULL,
        actor_idx INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, actor_idx, idx)
    )
    """,
    """
    CREATE TABLE quotes (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        kind VARCHAR NOT NULL,
        cue VARCHAR,
        speaker_name VARCHAR,
        speaker_code VARCHAR,
        speaker_country VARCHAR,
        speaker_mention_text VARCHAR,
        speaker_mention_start INTEGER,
        speaker_mention_end INTEGER,
        PRIMARY KEY (article_id, idx)
    )
    """,
    """
    CREATE TABLE attributed_sources (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        name VARCHAR NOT NULL,
        cue VARCHAR NOT NULL,
        mention_text VARCHAR NOT NULL,
        mention_start INTEGER NOT NULL,
        mention_end INTEGER NOT NULL,
        PRIMARY KEY (article_id, idx)
    )
    """,
    """
    CREATE TABLE places (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        name VARCHAR NOT NULL,
        country VARCHAR,
        type VARCHAR NOT NULL,
        PRIMARY KEY (article_id, idx)
    )
    """,
    """
    CREATE TABLE place_mentions (
        article_id VARCHAR NOT NULL,
        place_idx INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        text VARCHAR NOT NULL,
        "start" INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        PRIMARY KEY (article_id, place_idx, idx)
    )
    """,
    """
    CREATE TABLE events (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        cameo VARCHAR NOT NULL,
        cameo_root VARCHAR NOT NULL,
        quad_class INTEGER NOT NULL,
        goldstein DOUBLE NOT NULL,
        plover_type VARCHAR,
        plover_mode VARCHAR,
        plover_context VARCHAR[],
        source_name VARCHAR,
        source_code VARCHAR,
        target_name VARCHAR,
        target_code VARCHAR,
        date VARCHAR,
        location_name VARCHAR,
        location_country VARCHAR,
        location_lat DOUBLE,
        location_lon DOUBLE,
        modality VARCHAR NOT NULL,
        evidence_text VARCHAR NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        quote_idx INTEGER,
        confidence DOUBLE NOT NULL,
        PRIMARY KEY (article_id, idx)
    )
    """,
)

# Events get their actors' country, sector and type (users filter by country); the events already
# stored get them from their article's record JSON. No index: see strife.store.event_query.
_V2 = (
    "ALTER TABLE events ADD COLUMN source_country VARCHAR",
    "ALTER TABLE events ADD COLUMN source_sector VARCHAR",
    "ALTER TABLE events ADD COLUMN source_type VARCHAR",
    "ALTER TABLE events ADD COLUMN target_country VARCHAR",
    "ALTER TABLE events ADD COLUMN target_sector VARCHAR",
    "ALTER TABLE events ADD COLUMN target_type VARCHAR",
    """
    UPDATE events SET
        source_country = json_extract_string(a.record, '$.events[' || events.idx || '].source.country'),
        source_sector = json_extract_string(a.record, '$.events[' || events.idx || '].source.sector'),
        source_type = json_extract_string(a.record, '$.events[' || events.idx || '].source.type'),
        target_country = json_extract_string(a.record, '$.events[' || events.idx || '].target.country'),
        target_sector = json_extract_string(a.record, '$.events[' || events.idx || '].target.sector'),
        target_type = json_extract_string(a.record, '$.events[' || events.idx || '].target.type')
    FROM articles a WHERE a.id = events.article_id
    """,
)

# Monitoring: tone per article and quote; each event's day; stories and threads (recomputed as a whole by
# strife.monitor.stories, never edited row by row); incidents, the real-world events that several
# articles report (each stored event row belongs to at most one); feed items already ingested.
_V3 = (
    "ALTER TABLE articles ADD COLUMN tone DOUBLE",
    "ALTER TABLE quotes ADD COLUMN tone DOUBLE",
    # The day an event is filed under (its own date, else its article's publication day in UTC),
    # kept so that a page of events is found without joining every event to its article.
    "ALTER TABLE events ADD COLUMN day VARCHAR",
    """
    UPDATE events SET day = coalesce(nullif(events.date, ''), strftime(a.published, '%Y-%m-%d'))
    FROM articles a WHERE a.id = events.article_id
    """,
    """
    CREATE TABLE threads (
        id VARCHAR PRIMARY KEY,
        headline VARCHAR,
        first_seen TIMESTAMPTZ,
        last_seen TIMESTAMPTZ
    )
    """,
    """
    CREATE TABLE stories (
        id VARCHAR PRIMARY KEY,
        thread_id VARCHAR NOT NULL,
        headline VARCHAR,
        first_seen TIMESTAMPTZ,
        last_seen TIMESTAMPTZ
    )
    """,
    """
    CREATE TABLE story_articles (
        article_id VARCHAR PRIMARY KEY,
        story_id VARCHAR NOT NULL,
        duplicate_of VARCHAR
    )
    """,
    """
    CREATE TABLE incidents (
        id VARCHAR PRIMARY KEY,
        story_id VARCHAR,
        articles INTEGER NOT NULL,
        outlets INTEGER NOT NULL,
        first_article_id VARCHAR NOT NULL,
        first_outlet VARCHAR,
        first_seen TIMESTAMPTZ
    )
    """,
    """
    CREATE TABLE incident_events (
        article_id VARCHAR NOT NULL,
        idx INTEGER NOT NULL,
        incident_id VARCHAR NOT NULL,
        PRIMARY KEY (article_id, idx)
    )
    """,
    """
    CREATE TABLE feed_items (
        feed VARCHAR NOT NULL,
        item VARCHAR NOT NULL,
        article_id VARCHAR,
        seen_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp,
        PRIMARY KEY (feed, item)
    )
    """,
)

# Events say where their date came from, whether they are background told as history, and whether
# a side is coded (a CAMEO code or a country); series and alerts count only coded events that are not
# history (issue 11). Events already stored get the first two from their article's record JSON (none
# there: the old rule, and not historical) and the third from their stored codes and countries.
_V4 = (
    "ALTER TABLE events ADD COLUMN dated_by VARCHAR",
    "ALTER TABLE events ADD COLUMN historical BOOLEAN NOT NULL DEFAULT false",
    "ALTER TABLE events ADD COLUMN coded BOOLEAN NOT NULL DEFAULT true",
    """
    UPDATE events SET
        dated_by = coalesce(
            json_extract_string(a.record, '$.events[' || events.idx || '].dated_by'),
            CASE WHEN nullif(events.date, '') IS NOT NULL THEN 'event'
                 WHEN a.published IS NOT NULL THEN 'article' END),
        historical = coalesce(
            CAST(json_extract(a.record, '$.events[' || events.idx || '].historical') AS BOOLEAN), false),
        coded = coalesce(events.source_code, events.target_code, events.source_country,
                         events.target_country) IS NOT NULL
    FROM articles a WHERE a.id = events.article_id
    """,
)

#: Every schema step, oldest first; versions are 1, 2, 3 … without gaps.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles with actors, mentions, quotes, sources, places and events", _V1),
    Migration(2, "events get their actors' country, sector and type", _V2),
    Migration(3, "tone; event days; stories, threads and incidents; feed items seen", _V3),
    Migration(4, "events: where the date came from, background (historical), a coded side", _V4),
)

_CREATE_LEDGER = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
    )
"""


def latest_version(migrations: Sequence[Migration] | None = None) -> int:
    """The schema version this strife writes (the last of ``migrations``, default :data:`MIGRATIONS`)."""
    return max((m.version for m in (MIGRATIONS if migrations is None else migrations)), default=0)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of the database behind ``con``; 0 for one strife never touched."""
    found = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
        "AND schema_name = 'main' AND table_name = 'schema_migrations'"
    ).fetchone()
    if not found or not found[0]:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(
    con: duckdb.DuckDBPyConnection,
    location: str,
    migrations: Sequence[Migration] | None = None,
    *,
    target: int | None = None,
) -> int:
    """Apply the ``migrations`` (default :data:`MIGRATIONS`) the database lacks, up to ``target``.

    Returns the database's version afterwards (``target`` defaults to the latest known version).
    All missing steps run in one transaction. Raises :class:`StoreError` (naming ``location``) if the
    database is newer than this strife or a step fails; after a failure nothing has changed.
    """
    steps = sorted(MIGRATIONS if migrations is None else migrations, key=lambda m: m.version)
    known = latest_version(steps)
    target = known if target is None else target
    try:
        version = current_version(con)
    except duckdb.Error as exc:
        raise StoreError(f"cannot read the schema version of the store {location} ({exc})") from exc
    if version > known:
        raise StoreError(
            f"the store {location} has schema version {version}, written by a newer strife; this strife "
            f"knows versions up to {known}. Upgrade strife (pip install -U strife) to use it."
        )
    missing = [m for m in steps if version < m.version <= target]
    if not missing:
        return version
    step = missing[0]
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(_CREATE_LEDGER)
        for step in missing:
            for statement in step.statements:
                con.execute(statement)
            con.execute("INSERT INTO schema_migrations (version) VALUES (?)", [step.version])
        con.execute("COMMIT")
    except BaseException as exc:
        _rollback(con)
        if not isinstance(exc, duckdb.Error):
            raise
        raise StoreError(
            f"cannot migrate the store {location} from schema version {version} to {step.version} "
            f"({step.description}): {exc}. Nothing was changed; if the file is not a strife store, "
            "choose another path with --db or STRIFE_DB."
        ) from exc
    return missing[-1].version


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    # No transaction open, or the connection is already gone: nothing is left to undo then.
    with contextlib.suppress(duckdb.Error):
        con.execute("ROLLBACK")
