"""The store's schema as an ordered list of migration steps, and the code that applies them.

Each :class:`Migration` is a version number and the SQL statements that take the schema from the
previous version to it, the same steps and versions for both backends. ``schema_migrations``
(version, applied_at) records which ones a database has. :func:`migrate` applies the missing steps,
in order, inside one transaction: a database is either fully at the new version or left as it was
(PostgreSQL's DDL is transactional too; there an advisory lock makes two processes opening a new
database at once migrate it once). A database whose version is higher than the last step known here
was written by a newer strife, and is refused.

Never edit a released step: append a new one. A step's ``statements`` run on both backends, so write
them in the SQL the two share: ``VARCHAR``, ``INTEGER``, ``BIGINT``, ``BOOLEAN``, ``DOUBLE`` (written
``DOUBLE PRECISION`` for PostgreSQL by :meth:`Migration.statements_for`), ``TIMESTAMPTZ``,
``VARCHAR[]``, ``JSON``, ``ALTER TABLE … ADD COLUMN``, ``CREATE INDEX``, ``UPDATE … FROM`` with
standard functions. What one backend needs alone goes in ``duckdb_only`` or ``postgresql_only``:
steps 2 and 3 fill new columns of rows stored before them with DuckDB's JSON and date functions —
PostgreSQL stores start at schema 3, with nothing to fill — and step 3 gives PostgreSQL the date
parser its queries use (:mod:`strife.store.dialect`) and its indexes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from strife.errors import StoreError
from strife.store.dialect import DialectName
from strife.store.session import QueryError, Session

_DOUBLE = re.compile(r"\bDOUBLE\b(?! PRECISION)")


@dataclass(frozen=True)
class Migration:
    """One schema step: its version, what it does, its SQL, and what one backend runs alone after it."""

    version: int
    description: str
    statements: tuple[str, ...]
    duckdb_only: tuple[str, ...] = ()
    postgresql_only: tuple[str, ...] = ()

    def statements_for(self, dialect: DialectName) -> tuple[str, ...]:
        """The statements to run on a database of this dialect, in order."""
        if dialect == "duckdb":
            return self.statements + self.duckdb_only
        return tuple(_DOUBLE.sub("DOUBLE PRECISION", s) for s in self.statements) + self.postgresql_only


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
)
_V2_DUCKDB = (
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
    # kept so that a page of events is found without joining every event to its article (filled in
    # for the events already stored by the DuckDB-only statement below).
    "ALTER TABLE events ADD COLUMN day VARCHAR",
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
_V3_DUCKDB = (
    """
    UPDATE events SET day = coalesce(nullif(events.date, ''), strftime(a.published, '%Y-%m-%d'))
    FROM articles a WHERE a.id = events.article_id
    """,
)

# A valid YYYY-MM-DD as a DATE, else NULL, without raising (DuckDB's try_cast): an SQL function,
# which PostgreSQL inlines into the query; each CASE branch is reached only when the ones before
# did not match, so make_date never sees a month or a day out of range.
_TRY_DATE = """
    CREATE FUNCTION strife_try_date(t VARCHAR) RETURNS DATE
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
        WHEN t IS NULL OR t !~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' THEN NULL
        WHEN substr(t, 1, 4)::int < 1 OR substr(t, 6, 2)::int NOT BETWEEN 1 AND 12 THEN NULL
        WHEN substr(t, 9, 2)::int NOT BETWEEN 1 AND extract(
            day FROM make_date(substr(t, 1, 4)::int, substr(t, 6, 2)::int, 1)
                     + INTERVAL '1 month' - INTERVAL '1 day')::int THEN NULL
        ELSE make_date(substr(t, 1, 4)::int, substr(t, 6, 2)::int, substr(t, 9, 2)::int)
    END
    $$
"""
# PostgreSQL's indexes (DuckDB scans its compressed columns instead; see strife.store.event_query):
# a page of events is found by walking them in their listed order (day, article, position), or, for
# a rare actor, code, place or root, by its own index and then sorted; the planner chooses from the
# filter's values. Codes are matched by prefix (LIKE 'RUS%'), which needs varchar_pattern_ops.
# Articles are listed by date; stories and incidents are read by their story and incident.
_V3_POSTGRESQL = (
    _TRY_DATE,
    "CREATE INDEX events_by_day ON events (day NULLS LAST, article_id, idx)",
    "CREATE INDEX events_by_source_code ON events (source_code varchar_pattern_ops)",
    "CREATE INDEX events_by_target_code ON events (target_code varchar_pattern_ops)",
    "CREATE INDEX events_by_source_country ON events (source_country)",
    "CREATE INDEX events_by_target_country ON events (target_country)",
    "CREATE INDEX events_by_cameo ON events (cameo varchar_pattern_ops)",
    "CREATE INDEX events_by_root ON events (cameo_root)",
    "CREATE INDEX events_by_place ON events (location_country)",
    "CREATE INDEX articles_by_published ON articles (published DESC NULLS LAST, id)",
    "CREATE INDEX story_articles_by_story ON story_articles (story_id)",
    "CREATE INDEX stories_by_thread ON stories (thread_id)",
    "CREATE INDEX incident_events_by_incident ON incident_events (incident_id)",
    "CREATE INDEX incidents_by_story ON incidents (story_id)",
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
    UPDATE events SET coded = coalesce(source_code, target_code, source_country, target_country) IS NOT NULL
    """,
)
_V4_DUCKDB = (
    """
    UPDATE events SET
        dated_by = coalesce(
            json_extract_string(a.record, '$.events[' || events.idx || '].dated_by'),
            CASE WHEN nullif(events.date, '') IS NOT NULL THEN 'event'
                 WHEN a.published IS NOT NULL THEN 'article' END),
        historical = coalesce(
            CAST(json_extract(a.record, '$.events[' || events.idx || '].historical') AS BOOLEAN), false)
    FROM articles a WHERE a.id = events.article_id
    """,
)

#: Every schema step, oldest first; versions are 1, 2, 3 … without gaps.
MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles with actors, mentions, quotes, sources, places and events", _V1),
    Migration(2, "events get their actors' country, sector and type", _V2, duckdb_only=_V2_DUCKDB),
    Migration(3, "tone; event days; stories, threads and incidents; feed items seen", _V3,
              duckdb_only=_V3_DUCKDB, postgresql_only=_V3_POSTGRESQL),
    Migration(4, "events: where the date came from, background (historical), a coded side", _V4,
              duckdb_only=_V4_DUCKDB),
)  # fmt: skip

_CREATE_LEDGER = """
    CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT current_timestamp
    )
"""


def latest_version(migrations: Sequence[Migration] | None = None) -> int:
    """The schema version this strife writes (the last of ``migrations``, default :data:`MIGRATIONS`)."""
    return max((m.version for m in (MIGRATIONS if migrations is None else migrations)), default=0)


#: The advisory lock key PostgreSQL sessions take while they migrate (any constant unique to strife).
MIGRATION_LOCK = 0x5715E


def current_version(session: Session) -> int:
    """The schema version of the database behind ``session``; 0 for one strife never touched."""
    found = session.rows(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_name = 'schema_migrations'"
    )
    if not found or not found[0][0]:
        return 0
    rows = session.rows("SELECT coalesce(max(version), 0) FROM schema_migrations")
    return int(rows[0][0]) if rows else 0


def migrate(
    session: Session,
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
    dialect = session.dialect.name
    version = _version(session, location)
    if version >= target or version > known:
        _refuse_newer(location, version, known)
        return version
    missing = [m for m in steps if version < m.version <= target]
    step = missing[0]
    try:
        with session.transaction():
            if dialect == "postgresql":
                session.run("SELECT pg_advisory_xact_lock(?)", [MIGRATION_LOCK])
                version = _version(session, location)  # another process may have migrated meanwhile
            missing = [m for m in steps if version < m.version <= target]
            session.run(_CREATE_LEDGER)
            for step in missing:
                for statement in step.statements_for(dialect):
                    session.run(statement)
                session.run("INSERT INTO schema_migrations (version) VALUES (?)", [step.version])
    except QueryError as exc:
        raise StoreError(
            f"cannot migrate the store {location} from schema version {version} to {step.version} "
            f"({step.description}): {exc.detail}. Nothing was changed; if the database is not a strife "
            "store, choose another with --db or STRIFE_DB."
        ) from exc
    return missing[-1].version if missing else version


def _version(session: Session, location: str) -> int:
    try:
        return current_version(session)
    except QueryError as exc:
        raise StoreError(f"cannot read the schema version of the store {location} ({exc.detail})") from exc


def _refuse_newer(location: str, version: int, known: int) -> None:
    if version > known:
        raise StoreError(
            f"the store {location} has schema version {version}, written by a newer strife; this strife "
            f"knows versions up to {known}. Upgrade strife (pip install -U strife) to use it."
        )
