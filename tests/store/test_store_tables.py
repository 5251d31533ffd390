"""The normalised tables hold every part of the record, so later queries need not read the JSON."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import duckdb
import pytest
from store_factories import GRUSHKO, STOLTENBERG, expected_children, make_article

from strife.record import Article
from strife.store import open_store

ARTICLE = make_article("t1", speakers=(GRUSHKO, STOLTENBERG), n_quotes=3)


@pytest.fixture(scope="module")
def con(tmp_path_factory: pytest.TempPathFactory) -> Iterator[duckdb.DuckDBPyConnection]:
    path = tmp_path_factory.mktemp("tables") / "s.duckdb"
    with open_store(path) as store:
        store.add(ARTICLE)
        store.add(make_article("t2", speakers=(), n_quotes=1, place=None, source=None, events=False))
    connection = duckdb.connect(str(path), read_only=True)
    connection.execute("SET TimeZone = 'UTC'")
    yield connection
    connection.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str, *params: Any) -> list[dict[str, Any]]:
    cursor = con.execute(sql, list(params))
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def test_article_row(con: duckdb.DuckDBPyConnection) -> None:
    [row] = rows(con, "SELECT * EXCLUDE (ingested_at) FROM articles WHERE id = ?", "t1")
    assert json.loads(row.pop("record")) == json.loads(ARTICLE.model_dump_json())
    assert row == {
        "id": "t1",
        "fingerprint": ARTICLE.fingerprint,
        "url": ARTICLE.url,
        "outlet": "TASS",
        "published": ARTICLE.published,
        "headline": ARTICLE.headline,
        "body": ARTICLE.body,
        "origin": ARTICLE.origin,
        "tone": ARTICLE.tone,
    }


@pytest.mark.parametrize(("table", "count"), sorted(expected_children(ARTICLE).items()))
def test_child_row_counts(con: duckdb.DuckDBPyConnection, table: str, count: int) -> None:
    assert count > 0, "the fixture article should exercise every table"
    assert rows(con, f"SELECT count(*) AS n FROM {table} WHERE article_id = 't1'") == [{"n": count}]


def test_actors_and_mentions(con: duckdb.DuckDBPyConnection) -> None:
    actors = rows(con, "SELECT * FROM actors WHERE article_id = 't1' ORDER BY idx")
    assert actors[0] == {
        "article_id": "t1",
        "idx": 0,
        "name": "Alexander Grushko",
        "code": "RUSGOV",
        "country": "RUS",
        "sector": "GOV",
        "type": "person",
        "title": "Deputy Foreign Minister",
    }
    for actor_idx, actor in enumerate(ARTICLE.actors):
        got = rows(
            con,
            'SELECT text, "start", "end" FROM mentions WHERE article_id = ? AND actor_idx = ? ORDER BY idx',
            "t1",
            actor_idx,
        )
        assert got == [m.model_dump() for m in actor.mentions]


def test_quotes_with_speaker_mention(con: duckdb.DuckDBPyConnection) -> None:
    got = rows(con, "SELECT * EXCLUDE (article_id) FROM quotes WHERE article_id = 't1' ORDER BY idx")
    want = []
    for i, q in enumerate(ARTICLE.quotes):
        assert q.speaker is not None and q.speaker.mention is not None
        want.append(
            {
                "idx": i,
                "text": q.text,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "cue": q.cue,
                "speaker_name": q.speaker.name,
                "speaker_code": q.speaker.code,
                "speaker_country": q.speaker.country,
                "speaker_mention_text": q.speaker.mention.text,
                "speaker_mention_start": q.speaker.mention.start,
                "speaker_mention_end": q.speaker.mention.end,
                "tone": q.tone,
            }
        )
    assert got == want


def test_quote_without_speaker_has_null_speaker_columns(con: duckdb.DuckDBPyConnection) -> None:
    [row] = rows(con, "SELECT * FROM quotes WHERE article_id = 't2'")
    speaker_columns = {k: v for k, v in row.items() if k.startswith("speaker")}
    assert len(speaker_columns) == 6 and set(speaker_columns.values()) == {None}


def test_sources_places_events(con: duckdb.DuckDBPyConnection) -> None:
    source = ARTICLE.attributed_sources[0]
    assert rows(
        con, "SELECT * EXCLUDE (article_id, idx) FROM attributed_sources WHERE article_id = 't1'"
    ) == [
        {
            "name": source.name,
            "cue": source.cue,
            "mention_text": source.mention.text,
            "mention_start": source.mention.start,
            "mention_end": source.mention.end,
        }
    ]
    assert rows(con, "SELECT name, country, type FROM places WHERE article_id = 't1'") == [
        {"name": "Moscow", "country": "RUS", "type": "city"}
    ]
    assert rows(con, 'SELECT place_idx, idx, text, "start", "end" FROM place_mentions') == [
        {"place_idx": 0, "idx": 0, **ARTICLE.places[0].mentions[0].model_dump()}
    ]
    event = ARTICLE.events[0]
    [row] = rows(con, "SELECT * EXCLUDE (article_id) FROM events")
    assert row == {
        "idx": 0,
        "cameo": "012",
        "cameo_root": "01",
        "quad_class": 1,
        "goldstein": -0.4,
        "plover_type": "AGREE",
        "plover_mode": "verbal",
        "plover_context": ["diplomacy", "military"],
        "source_name": "Alexander Grushko",
        "source_code": "RUSGOV",
        "source_country": "RUS",
        "source_sector": "GOV",
        "source_type": "person",
        "target_name": "Jens Stoltenberg",
        "target_code": "NATO",
        "target_country": None,
        "target_sector": None,
        "target_type": "person",
        "date": "2024-05-01",
        "location_name": "Moscow",
        "location_country": "RUS",
        "location_lat": 55.75,
        "location_lon": 37.62,
        "modality": "asserted",
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "quote_idx": 0,
        "confidence": 0.8,
        "day": "2024-05-01",
        "dated_by": None,
        "historical": False,
        "coded": True,
    }


def test_offsets_in_tables_point_into_the_body(con: duckdb.DuckDBPyConnection) -> None:
    body = Article.model_validate_json(
        rows(con, "SELECT record FROM articles WHERE id = 't1'")[0]["record"]
    ).body
    spans = rows(
        con,
        'SELECT text, "start", "end" FROM mentions WHERE article_id = \'t1\' UNION ALL '
        'SELECT text, "start", "end" FROM quotes WHERE article_id = \'t1\' UNION ALL '
        "SELECT evidence_text, evidence_start, evidence_end FROM events WHERE article_id = 't1'",
    )
    assert spans and all(body[s["start"] : s["end"]] == s["text"] for s in spans)


def test_ingested_at_is_set(con: duckdb.DuckDBPyConnection) -> None:
    assert rows(con, "SELECT count(*) AS n FROM articles WHERE ingested_at IS NULL") == [{"n": 0}]
