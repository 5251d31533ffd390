"""The store's tables over HTTP: health, articles, one article, events, quotes, actors; paging and limits."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from apikit import HOSTILE_ID, ONERROR, SCRIPT, api, get_json, ids
from fastapi.testclient import TestClient

from strife.store.migrations import latest_version


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with api(tmp_path_factory.mktemp("lists")) as client:
        yield client


def test_health_reports_version_schema_and_counts(client: TestClient) -> None:
    health = get_json(client, "/api/health")
    assert health["status"] == "ok" and health["schema_version"] == latest_version() and health["version"]
    assert health["counts"]["articles"] == 6 and health["counts"]["events"] == 5


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["hostile", "shelling", "sanctions", "talks-reuters", "talks-tass", "undated"]),
        ({"q": "KHARKIV"}, ["shelling"]),
        ({"q": "missile placements"}, ["talks-reuters", "talks-tass"]),
        ({"outlet": "tass"}, ["talks-tass"]),
        ({"since": "2022-02"}, ["hostile", "shelling", "sanctions"]),
        ({"until": "2022-02-01"}, ["sanctions", "talks-reuters", "talks-tass"]),
        ({"since": "2022-02-24T06:00:00Z", "until": "2022-02-24T06:00:00Z"}, ["shelling"]),
        (
            {"q": "", "outlet": " "},
            ["hostile", "shelling", "sanctions", "talks-reuters", "talks-tass", "undated"],
        ),
    ],
)
def test_articles_filter(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert ids(get_json(client, "/api/articles", params)) == expected


def test_article_rows_have_the_spec_fields(client: TestClient) -> None:
    [row] = get_json(client, "/api/articles", {"outlet": "TASS"})["items"]
    assert set(row) == {
        "id",
        "published",
        "outlet",
        "headline",
        "url",
        "n_quotes",
        "n_actors",
        "n_events",
        "origin",
    }
    assert (row["n_quotes"], row["n_actors"], row["n_events"]) == (1, 1, 1)


def test_one_article_is_the_whole_record(client: TestClient) -> None:
    record = get_json(client, "/api/articles/talks-tass")
    assert record["id"] == "talks-tass" and record["quotes"][0]["speaker"]["name"] == "Alexander Grushko"
    start, end = record["quotes"][0]["start"], record["quotes"][0]["end"]
    assert record["body"][start:end] == record["quotes"][0]["text"]


def test_unknown_article_is_404_with_a_message(client: TestClient) -> None:
    response = client.get("/api/articles/nope")
    assert response.status_code == 404
    assert response.json() == {"detail": "no article with id 'nope'; list them at /api/articles"}


def event_keys(page: dict[str, Any]) -> list[str]:
    return [f"{row['article_id']}#{row['idx']}" for row in page["items"]]


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["talks-reuters#0", "talks-tass#0", "sanctions#0", "shelling#0", "hostile#0"]),
        ({"actor": "RUSMIL"}, ["shelling#0"]),
        ({"actor": "rus"}, ["talks-reuters#0", "talks-tass#0", "sanctions#0", "shelling#0"]),
        ({"dyad": "IGOWSTNAT,RUS"}, ["talks-reuters#0", "talks-tass#0"]),
        ({"dyad": "RUS, IGOWSTNAT", "directed": "true"}, []),
        ({"dyad": "IGOWSTNAT,RUS", "directed": "true"}, ["talks-reuters#0", "talks-tass#0"]),
        ({"root": "19"}, ["shelling#0"]),
        ({"quad": 3}, ["sanctions#0"]),
        ({"place": "kharkiv"}, ["shelling#0"]),
        ({"place": "UKR"}, ["shelling#0"]),
        ({"since": "2022-02-10", "until": "2022-02-28"}, ["sanctions#0", "shelling#0"]),
        ({"q": "ceasefire"}, ["hostile#0"]),
        ({"actor": "Russia"}, ["talks-reuters#0", "talks-tass#0", "sanctions#0", "shelling#0"]),
        ({"dyad": "nato,Russia"}, ["talks-reuters#0", "talks-tass#0"]),
        ({"outlet": "tass"}, ["talks-tass#0"]),
        ({"published_since": "2022-02-01", "published_until": "2022-02-28"}, ["sanctions#0", "shelling#0"]),
        ({"sort": "newest"}, ["hostile#0", "shelling#0", "sanctions#0", "talks-reuters#0", "talks-tass#0"]),
        ({"min_confidence": 0.99}, []),
        (
            {"actor": "", "q": " "},
            ["talks-reuters#0", "talks-tass#0", "sanctions#0", "shelling#0", "hostile#0"],
        ),
    ],
)
def test_events_filter(client: TestClient, params: dict[str, Any], expected: list[str]) -> None:
    assert event_keys(get_json(client, "/api/events", params)) == expected


def test_event_rows_carry_labels_beside_the_codes(client: TestClient) -> None:
    [row] = get_json(client, "/api/events", {"place": "Kharkiv"})["items"]
    assert (row["cameo"], row["cameo_label"]) == ("190", "Use conventional military force")
    assert row["quad_label"] == "material conflict"


def test_event_rows_carry_evidence_and_location(client: TestClient) -> None:
    [row] = get_json(client, "/api/events", {"place": "Kharkiv"})["items"]
    assert row["evidence"].startswith("Artillery of the Russian army")
    assert (row["location_lat"], row["location_lon"], row["location_country"]) == (49.99, 36.23, "UKR")
    assert {"incident", "incident_articles", "incident_outlets", "evidence_start", "evidence_end"} <= set(row)


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["Jens Stoltenberg", "Alexander Grushko"]),
        ({"speaker": "grushko"}, ["Alexander Grushko"]),
        ({"q": "READY"}, ["Jens Stoltenberg"]),
        ({"since": "2022-02"}, []),
    ],
)
def test_quotes_filter(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    assert ids(get_json(client, "/api/quotes", params), "speaker") == expected


def test_actors_are_aggregated(client: TestClient) -> None:
    rows = get_json(client, "/api/actors")["items"]
    assert {(r["name"], r["code"], r["quotes"]) for r in rows} == {
        ("Alexander Grushko", "RUSGOV", 1),
        ("Jens Stoltenberg", "IGOWSTNAT", 1),
    }


def test_pages_follow_next_offset_to_the_end(client: TestClient) -> None:
    seen, offset, pages = [], 0, 0
    while offset is not None:
        page = get_json(client, "/api/articles", {"limit": 4, "offset": offset})
        assert (page["limit"], page["offset"]) == (4, offset)
        seen += ids(page)
        offset, pages = page["next_offset"], pages + 1
    assert pages == 2 and len(seen) == 6 == len(set(seen))
    assert get_json(client, "/api/articles", {"limit": 6})["next_offset"] is None
    assert get_json(client, "/api/articles", {"offset": 100})["items"] == []


@pytest.mark.parametrize(
    ("url", "field"),
    [
        ("/api/events?limit=5000", "limit"),
        ("/api/articles?limit=0", "limit"),
        ("/api/quotes?offset=-1", "offset"),
        ("/api/actors?format=xml", "format"),
        ("/api/speakers?offset=-1", "offset"),
        ("/api/events?quad=5", "quad"),
        ("/api/events?quad=two", "quad"),
    ],
)
def test_parameters_out_of_range_are_422_naming_them(client: TestClient, url: str, field: str) -> None:
    response = client.get(url)
    assert response.status_code == 422
    body = response.json()
    assert body["detail"].startswith(f"query parameter {field}:")
    assert body["errors"][0]["loc"] == ["query", field]


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/api/events?root=99", "root '99': a CAMEO root is 01 to 20"),
        ("/api/events?since=2022-13", "since '2022-13': give an ISO date"),
        ("/api/events?since=2022-03&until=2022-01", "until '2022-01': is before since '2022-03'"),
        ("/api/events?actor=RUS%20GOV", "an actor is a code or code prefix"),
        ("/api/events?dyad=NATO", "dyad 'NATO': give two actors separated by a comma"),
        ("/api/events?directed=true", "directed True: only means something with a dyad"),
        ("/api/events?modality=maybe", "modality 'maybe': choose one of asserted"),
        ("/api/events?sort=random", "sort"),
        ("/api/events?min_confidence=3", "min_confidence"),
        ("/api/events?published_since=yesterday", "published_since 'yesterday' is not"),
        ("/api/articles?since=yesterday", "since 'yesterday' is not an ISO date"),
        ("/api/articles?until=2022-01-01T25:00", "until '2022-01-01T25:00' is not a date"),
        ("/api/articles?since=2022-03&until=2022-01", "until '2022-01' is before since '2022-03'"),
        ("/api/quotes?since=2022-02-30", "since '2022-02-30' is not an ISO date"),
    ],
)
def test_filter_values_the_store_rejects_are_422_with_its_message(
    client: TestClient, url: str, message: str
) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]


def test_hostile_article_comes_back_as_plain_json_strings(client: TestClient) -> None:
    response = client.get(f"/api/articles/{HOSTILE_ID}")
    assert response.headers["content-type"] == "application/json"
    record = response.json()
    assert record["headline"] == f"Breaking {SCRIPT}{ONERROR}"
    assert SCRIPT in record["body"] and ONERROR in record["body"]
    [event] = get_json(client, "/api/events", {"q": "ceasefire"})["items"]
    assert SCRIPT in event["evidence"] and ONERROR in event["evidence"]
    [row] = get_json(client, "/api/articles", {"outlet": "Nowhere"})["items"]
    assert row["headline"] == record["headline"]


def test_a_closed_store_is_503(tmp_path: Path) -> None:
    with api(tmp_path) as client:
        client.app.state.strife.store.close()  # type: ignore[attr-defined]
        response = client.get("/api/health")
    assert response.status_code == 503 and "store cannot answer" in response.json()["detail"]
    assert str(tmp_path) not in response.text  # the store's path stays in the server's log
