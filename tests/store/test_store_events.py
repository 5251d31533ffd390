"""Events in the store: written with their article, each filter of :meth:`Store.events`, the order,
the rows, filter checking, and the schema step that gave events their actors' country."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import duckdb
import pytest
from backends import BACKENDS, new_location
from event_factories import ALL_EVENTS, EVENT_ARTICLES, GRUSHKO, NATO, Spec, article_with_events

from strife.errors import StrifeError
from strife.store import EventFilter, EventFilterError, EventRow, Store, open_store
from strife.store.article_rows import CHILD_TABLES, child_rows
from strife.store.duckdb_store import DuckDBSession
from strife.store.migrations import latest_version, migrate


@pytest.fixture(scope="module", params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """The event articles in a store of each backend (one per module and backend: the tests only read)."""
    location = new_location(request, request.param, tmp_path_factory.mktemp("events"))
    with open_store(location) as s:
        for article in EVENT_ARTICLES:
            assert s.add(article)
        yield s


def keys(rows: list[EventRow]) -> list[str]:
    return [f"{r.article_id}#{r.idx}" for r in rows]


def test_events_are_stored_with_their_article(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        for article in EVENT_ARTICLES:
            s.add(article)
    with open_store(path) as s:
        for article in EVENT_ARTICLES:
            assert s.get(article.id) == article
        assert s.counts()["events"] == sum(len(a.events) for a in EVENT_ARTICLES) == 6
        assert {r.id: r.n_events for r in s.articles()} == {"e1": 2, "e2": 2, "e3": 2, "plain": 0}


def test_child_rows_cover_every_event_field() -> None:
    article = EVENT_ARTICLES[1]
    [row, _] = child_rows(article)["events"]
    stored = dict(zip(CHILD_TABLES["events"], row, strict=True))
    event = article.events[0]
    assert event.source is not None and event.target is not None and event.plover is not None
    assert event.location is not None
    assert stored == {
        "article_id": "e2",
        "idx": 0,
        "cameo": "190",
        "cameo_root": "19",
        "quad_class": 4,
        "goldstein": -5.0,
        "plover_type": "ASSAULT",
        "plover_mode": None,
        "plover_context": ["military"],
        **{f"source_{k}": v for k, v in event.source.model_dump(exclude={"title", "mentions"}).items()},
        **{f"target_{k}": v for k, v in event.target.model_dump(exclude={"title", "mentions"}).items()},
        "date": "2022-02-24",
        **{f"location_{k}": v for k, v in event.location.model_dump().items()},
        "modality": "asserted",
        "evidence_text": event.evidence.text,
        "evidence_start": event.evidence.start,
        "evidence_end": event.evidence.end,
        "quote_idx": None,
        "confidence": 0.5,
        "day": "2022-02-24",  # its own date; else its article's publication day
        "dated_by": None,
        "historical": False,
        "coded": True,
    }


BOTH_WAYS = ["e1#0", "e1#1"]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        pytest.param(EventFilter(), ALL_EVENTS, id="none"),
        pytest.param(EventFilter(actor="RUS"), ["e3#0", "e1#0", "e1#1", "e2#1", "e2#0"], id="actor-prefix"),
        pytest.param(EventFilter(actor="rusgov"), BOTH_WAYS, id="actor-full-code"),
        pytest.param(EventFilter(actor="RUSMIL"), ["e2#0"], id="actor-sector"),
        pytest.param(EventFilter(actor="NATO"), ["e1#0", "e1#1", "e3#1"], id="actor-igo"),
        pytest.param(EventFilter(actor="UKR"), ["e3#0", "e2#0"], id="actor-target-only"),
        pytest.param(EventFilter(actor="R_S"), [], id="actor-underscore-is-literal"),
        pytest.param(EventFilter(actor="CHN"), [], id="actor-absent"),
        pytest.param(EventFilter(dyad=("NATO", "RUS")), BOTH_WAYS, id="dyad"),
        pytest.param(EventFilter(dyad=("RUS", "NATO")), BOTH_WAYS, id="dyad-reversed"),
        pytest.param(EventFilter(dyad=("NATO", "RUS"), directed=True), ["e1#1"], id="dyad-directed"),
        pytest.param(EventFilter(dyad=("RUS", "NATO"), directed=True), ["e1#0"], id="dyad-directed-back"),
        pytest.param(EventFilter(dyad=("RUS", "UKR")), ["e3#0", "e2#0"], id="dyad-by-country"),
        pytest.param(EventFilter(dyad=("USA", "RUS"), directed=True), ["e2#1"], id="dyad-state"),
        pytest.param(EventFilter(dyad=("RUS", "USA"), directed=True), [], id="dyad-wrong-way"),
        pytest.param(EventFilter(dyad=("RUS", "RUS")), [], id="dyad-same"),
        pytest.param(EventFilter(root="13"), ["e1#0"], id="root"),
        pytest.param(EventFilter(root="1"), ["e3#1"], id="root-one-digit"),
        pytest.param(EventFilter(root="19"), ["e2#0"], id="root-19"),
        pytest.param(EventFilter(code="1"), ["e3#0", "e1#0", "e2#1", "e2#0"], id="code-1"),
        pytest.param(EventFilter(code="13"), ["e1#0"], id="code-13"),
        pytest.param(EventFilter(code="138"), ["e1#0"], id="code-138"),
        pytest.param(EventFilter(code="1381"), [], id="code-1381"),
        pytest.param(EventFilter(code="01"), ["e3#1"], id="code-leading-zero"),
        pytest.param(EventFilter(plover="threaten"), ["e1#0"], id="plover"),
        pytest.param(EventFilter(quad_class=3), ["e3#0", "e1#0", "e2#1"], id="quad"),
        pytest.param(EventFilter(modality="conditional"), ["e2#1"], id="modality"),
        pytest.param(EventFilter(modality="NEGATED"), ["e3#0"], id="modality-case"),
        pytest.param(EventFilter(since="2022-01-13"), ["e1#0", "e1#1", "e2#1", "e2#0"], id="since"),
        pytest.param(EventFilter(since="2022-02-15"), ["e2#1", "e2#0"], id="since-keeps-month"),
        pytest.param(EventFilter(since=date(2022, 2, 15)), ["e2#1", "e2#0"], id="since-date-object"),
        pytest.param(EventFilter(until="2022-02-10"), ["e3#0", "e1#0", "e1#1", "e2#1"], id="until"),
        pytest.param(EventFilter(until="2021-06"), ["e3#0"], id="until-keeps-year"),
        pytest.param(EventFilter(since="2022-03"), [], id="since-after-all"),
        pytest.param(EventFilter(since="2022", until="2022"), ["e1#0", "e1#1", "e2#1", "e2#0"], id="year"),
        pytest.param(EventFilter(since="2022-01-14", until="2022-02-23"), ["e2#1"], id="between"),
        pytest.param(EventFilter(until="2022-01-13"), ["e3#0", "e1#0", "e1#1"], id="until-inclusive"),
        pytest.param(EventFilter(article="e2"), ["e2#1", "e2#0"], id="article"),
        pytest.param(EventFilter(article="plain"), [], id="article-without-events"),
        pytest.param(EventFilter(actor="RUS", quad_class=4), ["e2#0"], id="combined"),
        pytest.param(EventFilter(dyad=("NATO", "RUS"), modality="future"), ["e1#1"], id="dyad-modality"),
    ],
)
def test_filters(store: Store, where: EventFilter, expected: list[str]) -> None:
    assert keys(store.events(where)) == expected


@pytest.mark.parametrize(("limit", "expected"), [(None, ALL_EVENTS), (2, ALL_EVENTS[:2]), (0, [])])
def test_limit(store: Store, limit: int | None, expected: list[str]) -> None:
    assert keys(store.events(limit=limit)) == expected


@pytest.mark.parametrize("limit", [-1, 2.5, True])
def test_bad_limit_is_refused(store: Store, limit: object) -> None:
    with pytest.raises(ValueError, match="limit"):
        store.events(limit=limit)  # type: ignore[arg-type]


def test_row_fields(store: Store) -> None:
    [row] = store.events(EventFilter(article="e2", code="19"))
    article = EVENT_ARTICLES[1]
    assert row.model_dump() == {
        "article_id": "e2",
        "idx": 0,
        "date": "2022-02-24",
        "dated_by": "event",
        "historical": False,
        "coded": True,
        "published": article.published,
        "outlet": "Reuters",
        "cameo": "190",
        "cameo_root": "19",
        "quad_class": 4,
        "goldstein": -5.0,
        "plover_type": "ASSAULT",
        "plover_mode": None,
        "plover_context": ["military"],
        "source_name": "Russian army",
        "source_code": "RUSMIL",
        "source_country": "RUS",
        "source_sector": "MIL",
        "source_type": "group",
        "target_name": "Ukrainian government",
        "target_code": "UKRGOV",
        "target_country": "UKR",
        "target_sector": "GOV",
        "target_type": "organization",
        "location_name": "Kyiv",
        "location_country": "UKR",
        "location_lat": 50.45,
        "location_lon": 30.52,
        "modality": "asserted",
        "evidence": article.events[0].evidence.text,
        "evidence_start": article.events[0].evidence.start,
        "evidence_end": article.events[0].evidence.end,
        "quote_idx": None,
        "confidence": 0.5,
        "incident": None,  # stories not computed yet
        "incident_articles": None,
        "incident_outlets": None,
    }
    assert article.body[row.evidence_start : row.evidence_end] == row.evidence


def test_dated_by(store: Store) -> None:
    got = {f"{r.article_id}#{r.idx}": (r.date, r.dated_by) for r in store.events()}
    assert got["e1#1"] == ("2022-01-13", "article")
    assert got["e3#0"] == ("2021", "event")
    assert got["e3#1"] == (None, None)


@pytest.mark.parametrize(
    ("published", "day"),
    [
        (datetime(2022, 1, 13, 23, 30, tzinfo=timezone(timedelta(hours=-5))), "2022-01-14"),
        (datetime(2022, 1, 14, 1, 30, tzinfo=timezone(timedelta(hours=3))), "2022-01-13"),
        (datetime(2022, 1, 13, 23, 30), "2022-01-13"),  # naive: UTC
    ],
)
def test_article_date_is_the_utc_day(tmp_path: Path, published: datetime, day: str) -> None:
    with open_store(tmp_path / "s.duckdb") as s:
        s.add(article_with_events("z", published, [Spec(GRUSHKO, NATO, "036", 1, "CONSULT")]))
        [row] = s.events()
        assert (row.date, row.dated_by) == (day, "article")
        assert keys(s.events(EventFilter(since=day, until=day))) == ["z#0"]


def test_hostile_values_are_only_parameters(store: Store) -> None:
    for text in ("RUS' OR 1=1 --", "%", "_"):
        assert store.events(EventFilter(article=text)) == []
        assert store.events(EventFilter(plover=text)) == []


@pytest.mark.parametrize(
    ("kwargs", "normal"),
    [
        ({"actor": " rus "}, {"actor": "RUS"}),
        ({"dyad": ["nato", "Rus"]}, {"dyad": ("NATO", "RUS")}),
        ({"root": "4"}, {"root": "04"}),
        ({"root": "04"}, {"root": "04"}),
        ({"plover": "threaten"}, {"plover": "THREATEN"}),
        ({"modality": "Future"}, {"modality": "future"}),
        ({"since": date(2022, 1, 2)}, {"since": "2022-01-02"}),
        ({"until": datetime(2022, 1, 2, 23, tzinfo=UTC)}, {"until": "2022-01-02"}),
        ({"since": "2022-01", "until": "2022-01-05"}, {"since": "2022-01", "until": "2022-01-05"}),
    ],
)
def test_filter_values_are_normalised(kwargs: dict[str, Any], normal: dict[str, object]) -> None:
    where = EventFilter(**kwargs)
    assert {k: getattr(where, k) for k in normal} == normal


@pytest.mark.parametrize(
    ("kwargs", "field", "reason"),
    [
        ({"actor": ""}, "actor", "non-empty"),
        ({"actor": "RUS GOV"}, "actor", "code"),
        ({"dyad": ("RUS",)}, "dyad", "two actors"),
        ({"dyad": ("RUS", "")}, "dyad", "non-empty"),
        ({"dyad": "RUS,NATO"}, "dyad", "two actors"),
        ({"directed": True}, "directed", "dyad"),
        ({"root": "130"}, "root", "01 to 20"),
        ({"root": "21"}, "root", "01 to 20"),
        ({"root": "00"}, "root", "01 to 20"),
        ({"root": "ab"}, "root", "01 to 20"),
        ({"code": "13a"}, "code", "digits"),
        ({"code": "13811"}, "code", "digits"),
        ({"plover": " "}, "plover", "non-empty"),
        ({"quad_class": 7}, "quad_class", "material conflict"),
        ({"quad_class": 0}, "quad_class", "1 \\(verbal"),
        ({"quad_class": True}, "quad_class", "quad class"),
        ({"modality": "likely"}, "modality", "asserted, negated"),
        ({"since": "2022-13"}, "since", "YYYY-MM-DD"),
        ({"since": "2022-02-30"}, "since", "YYYY-MM-DD"),
        ({"since": "13/01/2022"}, "since", "YYYY-MM-DD"),
        ({"until": "22"}, "until", "YYYY"),
        ({"since": "2022-02", "until": "2022-01-31"}, "until", "before since"),
    ],
)
def test_bad_filter_values(kwargs: dict[str, Any], field: str, reason: str) -> None:
    with pytest.raises(EventFilterError, match=reason) as info:
        EventFilter(**kwargs)
    assert info.value.field == field
    assert isinstance(info.value, StrifeError) and isinstance(info.value, ValueError)
    assert str(info.value).startswith(f"{field} ")


NEW_IN_V2 = {f"{side}_{x}" for side in ("source", "target") for x in ("country", "sector", "type")}
NEW_IN_V3 = {"tone", "day"}
NEW_IN_V4 = {"dated_by", "historical", "coded"}


def make_v1_store(path: Path) -> None:
    """A store as strife at schema version 1 left it, holding the event articles."""
    con = duckdb.connect(str(path))
    try:
        session = DuckDBSession(con)
        assert migrate(session, str(path), target=1) == 1
        for a in EVENT_ARTICLES:
            insert = session.insert
            row = (a.id, a.fingerprint, a.outlet, a.published, a.body, a.model_dump_json())
            insert("articles", ("id", "fingerprint", "outlet", "published", "body", "record"), [row])
            for table, rows in child_rows(a).items():
                keep = [
                    i for i, c in enumerate(CHILD_TABLES[table]) if c not in NEW_IN_V2 | NEW_IN_V3 | NEW_IN_V4
                ]
                columns = [CHILD_TABLES[table][i] for i in keep]
                insert(table, columns, [tuple(r[i] for i in keep) for r in rows])
    finally:
        con.close()


def test_version_1_store_gets_event_actor_columns(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    make_v1_store(path)
    con = duckdb.connect(str(path), read_only=True)
    columns = {name for (name,) in con.execute("SELECT column_name FROM duckdb_columns() "
                                               "WHERE table_name = 'events'").fetchall()}  # fmt: skip
    con.close()
    assert "source_country" not in columns and "source_code" in columns
    with open_store(path) as s:
        assert s.schema_version() == latest_version()
        assert keys(s.events(EventFilter(actor="RUS"))) == ["e3#0", "e1#0", "e1#1", "e2#1", "e2#0"]
        [row] = s.events(EventFilter(article="e3", code="111"))
        assert (row.source_code, row.source_country, row.source_type) == (None, "RUS", "person")
        assert (row.target_country, row.target_sector, row.target_type) == ("UKR", "GOV", "organization")
        [nobody] = s.events(EventFilter(article="e3", code="010"))
        assert (nobody.source_name, nobody.source_country, nobody.source_type) == (None, None, None)
        assert nobody.target_type == "igo"
    with open_store(path) as s, open_store(tmp_path / "fresh.duckdb") as fresh:
        for article in EVENT_ARTICLES:
            fresh.add(article)
        assert s.events() == fresh.events()  # migrated rows equal freshly written ones


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (EventFilter(place="kyiv"), ["e2#0"]),
        (EventFilter(place="UKR"), ["e2#0"]),
        (EventFilter(place="ukr"), ["e2#0"]),
        (EventFilter(place="Lviv"), []),
        (EventFilter(text="CODE 138"), ["e1#0"]),
        (EventFilter(text="did thing 1", actor="USA"), ["e2#1"]),
    ],
)
def test_place_and_text(store: Store, where: EventFilter, expected: list[str]) -> None:
    assert keys(store.events(where)) == expected


@pytest.mark.parametrize(("limit", "offset"), [(2, 0), (2, 2), (2, 4), (10, 5), (None, 3)])
def test_offset_pages_through_the_same_order(store: Store, limit: int | None, offset: int) -> None:
    end = None if limit is None else offset + limit
    assert keys(store.events(limit=limit, offset=offset)) == ALL_EVENTS[offset:end]


@pytest.mark.parametrize("offset", [-1, 1.5, True])
def test_bad_offset(store: Store, offset: object) -> None:
    with pytest.raises(ValueError, match="offset"):
        store.events(offset=offset)  # type: ignore[arg-type]


def test_day_is_stored_with_the_event_and_filled_in_by_the_migration(tmp_path: Path) -> None:
    """The day a page of events is chosen by: the event's date, else its article's UTC day."""
    path = tmp_path / "v1.duckdb"
    make_v1_store(path)
    for fresh in (False, True):
        if fresh:
            path.unlink()
            with open_store(path) as s:
                for article in EVENT_ARTICLES:
                    s.add(article)
        with open_store(path) as s:
            s.close()
        con = duckdb.connect(str(path), read_only=True)
        days = dict(con.execute("SELECT article_id || '#' || idx, day FROM events").fetchall())
        con.close()
        assert days == {
            "e1#0": "2022-01-13", "e1#1": "2022-01-13", "e2#0": "2022-02-24", "e2#1": "2022-02",
            "e3#0": "2021", "e3#1": None,
        }  # fmt: skip
