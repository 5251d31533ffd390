"""The Store interface on the DuckDB store: add, contains, get, the queries, counts, lifecycle."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from store_factories import GRUSHKO, KULEBA, STOLTENBERG, batch, make_article, minimal_article

from strife.errors import StoreError
from strife.record import Article, fingerprint
from strife.store import COUNT_KEYS, DuckDBStore, Store, latest_version, open_store

MSK = timezone(timedelta(hours=3))


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(make_article("full"), id="full"),
        pytest.param(minimal_article("minimal"), id="minimal"),
        pytest.param(make_article("naive", published=datetime(2024, 2, 3, 4, 5)), id="naive-datetime"),
        pytest.param(
            make_article("msk", published=datetime(2024, 2, 3, 4, 5, tzinfo=MSK)), id="offset-datetime"
        ),
        pytest.param(make_article("undated", published=None, outlet=None), id="undated"),
        pytest.param(make_article("nospeaker", speakers=(), n_quotes=2), id="quotes-without-speaker"),
        pytest.param(make_article("ünï “quoted” 'id'; DROP TABLE articles;--"), id="odd-id"),
    ],
)
def test_get_round_trips_the_record(tmp_path: Path, article: Article) -> None:
    path = tmp_path / "db" / "strife.duckdb"
    with open_store(path) as store:
        assert store.add(article) is True
        assert store.get(article.id) == article
    with open_store(path) as store:  # and after a reopen
        got = store.get(article.id)
        assert got == article
        assert got is not None and got.published == article.published
        assert got.model_dump_json() == article.model_dump_json()


def test_get_missing_is_none(store: Store) -> None:
    assert store.get("nope") is None


def test_ingested_is_when_the_article_was_stored_in_utc(store: Store) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    assert store.add(make_article("one", published=datetime(2001, 2, 3, tzinfo=MSK)))
    after = datetime.now(UTC) + timedelta(seconds=1)
    stored = store.ingested(make_article("one").id)
    assert stored is not None and stored.utcoffset() == timedelta(0)
    assert before <= stored <= after  # the store's clock, not the publication time
    assert store.ingested("nope") is None


@pytest.mark.parametrize(
    ("second", "stored"),
    [
        pytest.param(make_article("one"), False, id="same-article"),
        pytest.param(make_article("one", article_id="other-id"), False, id="same-fingerprint-other-id"),
        pytest.param(make_article("one", body_key="other body"), False, id="same-id-other-fingerprint"),
        pytest.param(make_article("two"), True, id="different"),
    ],
)
def test_add_stores_each_article_once(store: Store, second: Article, stored: bool) -> None:
    first = make_article("one")
    assert store.add(first) is True
    before = store.counts()
    assert store.add(second) is stored
    assert store.counts()["articles"] == 1 + stored
    if not stored:
        assert store.counts() == before
        assert store.get("one") == first


@pytest.mark.parametrize(
    ("article_id", "print_of", "expected"),
    [
        ("one", "one", True),
        ("one", "other", True),
        (None, "one", True),
        ("other", "one", True),
        ("other", "other", False),
        (None, "other", False),
    ],
)
def test_contains(store: Store, article_id: str | None, print_of: str, expected: bool) -> None:
    article = make_article("one")
    store.add(article)
    fp = article.fingerprint if print_of == "one" else fingerprint("something else")
    assert store.contains(article_id, fp) is expected


def test_articles_rows(store: Store) -> None:
    article = make_article("x", n_quotes=3, speakers=(GRUSHKO, STOLTENBERG, KULEBA))
    store.add(article)
    [row] = store.articles()
    assert row.model_dump() == {
        "id": "x",
        "published": article.published,
        "outlet": "TASS",
        "headline": "Headline x",
        "url": "https://example.org/x",
        "n_quotes": 3,
        "n_actors": 3,
        "n_events": 1,
        "origin": "tests/x.txt",
    }


def test_published_comes_back_in_utc(store: Store) -> None:
    store.add(make_article("msk", published=datetime(2024, 2, 3, 4, 5, tzinfo=MSK)))
    store.add(make_article("naive", published=datetime(2024, 2, 3, 4, 5)))
    rows = {r.id: r.published for r in store.articles()}
    assert rows["msk"] == datetime(2024, 2, 3, 1, 5, tzinfo=UTC)
    assert rows["naive"] == datetime(2024, 2, 3, 4, 5, tzinfo=UTC)
    assert all(p is not None and p.utcoffset() == timedelta(0) for p in rows.values())


def _dated_store(store: Store) -> None:
    for key, day, outlet in [
        ("d1", 1, "TASS"),
        ("d2", 2, "Reuters"),
        ("d3", 3, "TASS"),
        ("b3", 3, "Press TV"),
        ("d4", 4, "tass"),
    ]:
        store.add(make_article(key, published=datetime(2024, 5, day, 12, tzinfo=UTC), outlet=outlet))
    store.add(make_article("undated", published=None, outlet="TASS"))


@pytest.mark.parametrize(
    ("kwargs", "ids"),
    [
        ({}, ["d4", "b3", "d3", "d2", "d1", "undated"]),
        ({"limit": 2}, ["d4", "b3"]),
        ({"limit": 0}, []),
        ({"since": datetime(2024, 5, 3, 12, tzinfo=UTC)}, ["d4", "b3", "d3"]),
        ({"since": datetime(2024, 5, 3, 12)}, ["d4", "b3", "d3"]),  # naive = UTC
        ({"since": datetime(2024, 5, 3, 15, tzinfo=MSK)}, ["d4", "b3", "d3"]),
        ({"until": datetime(2024, 5, 2, 12, tzinfo=UTC)}, ["d2", "d1"]),
        (
            {"since": datetime(2024, 5, 2, tzinfo=UTC), "until": datetime(2024, 5, 3, 23, tzinfo=UTC)},
            ["b3", "d3", "d2"],
        ),
        ({"outlet": "TASS"}, ["d4", "d3", "d1", "undated"]),
        ({"outlet": "press tv", "limit": 5}, ["b3"]),
        ({"outlet": "Nobody"}, []),
        ({"q": "story D3"}, ["d3"]),  # a part of the body, any case
        ({"q": "no such words"}, []),
        ({"limit": 2, "offset": 2}, ["d3", "d2"]),
        ({"offset": 5}, ["undated"]),
        ({"offset": 9}, []),
    ],
)
def test_articles_filters_and_order(store: Store, kwargs: dict[str, object], ids: list[str]) -> None:
    _dated_store(store)
    assert [r.id for r in store.articles(**kwargs)] == ids  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", [-1, 1.5, True])
def test_bad_limit_is_refused(store: Store, limit: object) -> None:
    with pytest.raises(ValueError, match="limit"):
        store.articles(limit=limit)  # type: ignore[arg-type]


Q2 = [("q2", "Alexander Grushko"), ("q2", "Dmytro Kuleba")]


def _quote_store(store: Store) -> None:
    store.add(make_article("q2", published=datetime(2024, 5, 2, tzinfo=UTC), speakers=(GRUSHKO, KULEBA)))
    store.add(make_article("q1", published=datetime(2024, 5, 1, tzinfo=UTC), speakers=(STOLTENBERG,)))
    store.add(make_article("q0", published=None, speakers=(GRUSHKO,), n_quotes=1))
    store.add(make_article("qn", published=datetime(2024, 5, 3, tzinfo=UTC), speakers=(), n_quotes=1))


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, [*[("q1", "Jens Stoltenberg")] * 2, *Q2, ("qn", None), ("q0", "Alexander Grushko")]),
        ({"speaker": "grushko"}, [("q2", "Alexander Grushko"), ("q0", "Alexander Grushko")]),
        ({"speaker": "ALEXANDER G"}, [("q2", "Alexander Grushko"), ("q0", "Alexander Grushko")]),
        ({"speaker": "%"}, []),
        ({"speaker": "grushko", "since": datetime(2024, 5, 1, tzinfo=UTC)}, [("q2", "Alexander Grushko")]),
        (
            {"since": datetime(2024, 5, 2, tzinfo=UTC)},
            [("q2", "Alexander Grushko"), ("q2", "Dmytro Kuleba"), ("qn", None)],
        ),
        ({"limit": 1}, [("q1", "Jens Stoltenberg")]),
        ({"limit": 2, "offset": 2}, Q2),
        ({"q": "STATEMENT 1 of q2"}, [("q2", "Dmytro Kuleba")]),
        ({"q": "nothing like it"}, []),
        ({"speaker": "Grushko Alexander"}, [("q2", "Alexander Grushko"), ("q0", "Alexander Grushko")]),
        ({"speaker": "Alexander Kuleba"}, []),  # every word must match
    ],
)
def test_quotes_filters_and_order(
    store: Store, kwargs: dict[str, object], expected: list[tuple[str, str]]
) -> None:
    _quote_store(store)
    rows = store.quotes(**kwargs)  # type: ignore[arg-type]
    assert [(r.article_id, r.speaker) for r in rows] == expected
    for row in rows:  # starts ascend within an article
        same = [r.start for r in rows if r.article_id == row.article_id]
        assert same == sorted(same)


def test_quote_row_fields(store: Store) -> None:
    article = make_article("x", speakers=(GRUSHKO,), n_quotes=1)
    store.add(article)
    [row] = store.quotes()
    quote = article.quotes[0]
    assert row.model_dump() == {
        "article_id": "x",
        "published": article.published,
        "outlet": "TASS",
        "speaker": "Alexander Grushko",
        "speaker_code": "RUSGOV",
        "speaker_mention": quote.speaker.mention.text if quote.speaker and quote.speaker.mention else None,
        "kind": "direct",
        "cue": "said",
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
    }
    assert article.body[row.start : row.end] == row.text


def test_actors_aggregate_across_articles(store: Store) -> None:
    store.add(make_article("a1", speakers=(GRUSHKO, STOLTENBERG), n_quotes=3))  # G, S, G
    store.add(make_article("a2", speakers=(GRUSHKO,), n_quotes=1))
    store.add(make_article("a3", speakers=(KULEBA,), n_quotes=0))
    rows = store.actors()
    assert [(r.name, r.code, r.articles, r.mentions, r.quotes) for r in rows] == [
        ("Alexander Grushko", "RUSGOV", 2, 3 + 2, 2 + 1),
        ("Jens Stoltenberg", "NATO", 1, 2, 1),
        ("Dmytro Kuleba", "UKRGOV", 1, 1, 0),
    ]
    grushko = rows[0]
    assert (grushko.country, grushko.sector, grushko.type) == ("RUS", "GOV", "person")
    assert [r.name for r in store.actors(limit=1)] == ["Alexander Grushko"]


def test_actors_with_same_name_but_other_code_are_apart(store: Store) -> None:
    store.add(make_article("a1", speakers=(("John Smith", "USAGOV", None),), n_quotes=1))
    store.add(make_article("a2", speakers=(("John Smith", None, None),), n_quotes=2))
    rows = {(r.name, r.code): (r.articles, r.quotes) for r in store.actors()}
    assert rows == {("John Smith", "USAGOV"): (1, 1), ("John Smith", None): (1, 2)}


def test_counts(store: Store) -> None:
    assert store.counts() == dict.fromkeys(COUNT_KEYS, 0)
    articles = batch(12)
    for article in articles:
        store.add(article)
    assert store.counts() == {
        "articles": 12,
        "actors": sum(len(a.actors) for a in articles),
        "quotes": sum(len(a.quotes) for a in articles),
        "mentions": sum(len(x.mentions) for a in articles for x in a.actors),
        "attributed_sources": sum(len(a.attributed_sources) for a in articles),
        "places": sum(len(a.places) for a in articles),
        "events": sum(len(a.events) for a in articles),
    }


def test_memory_store() -> None:
    with open_store(":memory:") as store:
        assert store.location == ":memory:"
        assert store.add(make_article("m")) is True
        assert store.counts()["articles"] == 1
    with open_store(":memory:") as store:  # a fresh one each time
        assert store.counts()["articles"] == 0


def test_location_schema_version_and_protocol(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "s.duckdb"
    with open_store(path) as store:
        assert isinstance(store, Store) and isinstance(store, DuckDBStore)
        assert store.location == str(path)
        assert store.schema_version() == latest_version() >= 1
    assert path.is_file()


def test_closed_store_refuses_work(tmp_path: Path) -> None:
    store = open_store(tmp_path / "s.duckdb")
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match=r"s\.duckdb is closed"):
        store.add(make_article("late"))
    with pytest.raises(StoreError, match="closed"):
        store.articles()


def test_close_releases_the_file(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        store.add(make_article("one"))
    with open_store(path) as again:
        assert again.counts()["articles"] == 1


def test_unreachable_postgresql_is_one_clear_error_without_the_password() -> None:
    with pytest.raises(
        StoreError, match=r"cannot open the store postgresql://user@db\.invalid/strife"
    ) as info:
        open_store("postgresql://user:secret@db.invalid/strife")
    assert "secret" not in str(info.value)
    assert "check that the server is up" in str(info.value)


@pytest.mark.parametrize(
    "location",
    ["mysql://user:secret@db.example/strife", "sqlite:///tmp/x.db", "https://example.org/store",
     Path("postgresql://user:secret@db.example/strife")],
    ids=["mysql", "sqlite", "https", "postgresql-url-as-path"],
)  # fmt: skip
def test_other_urls_are_refused_not_read_as_files(location: str | Path, tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="URL") as info:
        open_store(location)
    assert "secret" not in str(info.value)
    assert "postgresql://user@host:5432/database" in str(info.value)


def test_stored_id_finds_the_article_by_id_or_by_text(store: Store) -> None:
    article = make_article("s1", published=None)
    store.add(article)
    assert store.stored_id("s1", "no such print") == "s1"
    assert store.stored_id("other", article.fingerprint) == "s1"
    assert store.stored_id(None, article.fingerprint) == "s1"
    assert store.stored_id("other", "no such print") is None


@pytest.mark.parametrize("text", ["%", "_", "\\", "%Story%", "S_ory"])
def test_searches_take_pattern_characters_literally(store: Store, text: str) -> None:
    store.add(make_article("one"))
    assert store.articles(q=text) == []
    assert store.quotes(q=text) == [] and store.quotes(speaker=text) == []
    assert [a.id for a in store.articles(q="story one")] == ["one"]
