"""Error answers: limits validated, unrepresentable dates 422, no SQL or paths, headers on 500s,
deeply nested bodies 400, and 422 bodies shaped as /openapi.json declares them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
import pytest
from apikit import TOKEN, FakePipeline, api, fill
from fastapi.testclient import TestClient

from strife.web import create_app
from strife.web.security import SECURITY_HEADERS

AUTH = {"Authorization": f"Bearer {TOKEN}"}
FAR = "9999-12-31T23:59:59-01:00"
EARLY = "0001-01-01T00:00:00+14:00"


@pytest.fixture
def client(tmp_path: Path) -> Any:
    with api(tmp_path, token=TOKEN, pipeline_factory=FakePipeline) as client:
        yield client


def _clean(response: Any, tmp_path: Path) -> None:
    text = response.text
    for leak in (str(tmp_path), "SELECT", "OFFSET", "duckdb", "Traceback"):
        assert leak not in text, leak


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("/api/events?offset=9223372036854775808", 422),
        ("/api/articles?offset=-1", 422),
        ("/api/quotes?limit=0", 422),
        ("/api/actors?limit=1001", 422),
        ("/api/speakers?limit=1001", 422),
        ("/api/stories?offset=1000000001", 422),
        ("/api/events?offset=1000000000", 200),
    ],
)
def test_paging_is_validated(client: TestClient, tmp_path: Path, query: str, code: int) -> None:
    response = client.get(query)
    assert response.status_code == code
    _clean(response, tmp_path)
    if code == 200:
        assert response.json()["items"] == []


@pytest.mark.parametrize("path", ["/api/articles", "/api/quotes"])
@pytest.mark.parametrize("value", [FAR, EARLY])
def test_unrepresentable_since_is_422(client: TestClient, path: str, value: str) -> None:
    response = client.get(path, params={"since": value})
    assert response.status_code == 422
    assert "years 1 to 9999" in response.json()["detail"]


def test_unrepresentable_until_is_422(client: TestClient) -> None:
    assert client.get("/api/articles", params={"until": FAR}).status_code == 422


@pytest.mark.parametrize("value", [FAR, EARLY])
def test_posting_an_unrepresentable_date_is_422(client: TestClient, value: str) -> None:
    body = {"text": "Envoys met in Geneva for talks on Monday.", "published": value}
    response = client.post("/api/articles", json=body, headers=AUTH)
    assert response.status_code == 422
    assert "published" in response.json()["detail"]
    assert client.get("/api/health").json()["counts"]["articles"] > 0  # the server goes on


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deeply_nested_json_is_400(client: TestClient, depth: int) -> None:
    body = "[" * depth + "]" * depth
    response = client.post(
        "/api/articles", content=body, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code in (400, 413, 422)
    assert response.status_code != 500


def test_a_server_error_carries_the_security_headers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "strife.duckdb"
    fill(db, [])
    with TestClient(create_app(db), raise_server_exceptions=False) as client:
        store = client.app.state.strife.store  # type: ignore[attr-defined]

        def broken() -> dict[str, int]:
            raise RuntimeError(f"bug reading {db}")

        monkeypatch.setattr(store, "counts", broken)
        response = client.get("/api/health")
    assert response.status_code == 500
    assert response.json() == {"detail": "the server failed on this request; the server's log says why"}
    for name, value in SECURITY_HEADERS:
        assert response.headers[name] == value
    _clean(response, tmp_path)


def _schema_of_422(openapi: dict[str, Any], path: str, method: str = "get") -> dict[str, Any]:
    declared = openapi["paths"][path][method]["responses"]["422"]["content"]["application/json"]["schema"]
    return {**declared, "components": openapi["components"]}


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/api/events", "limit=abc"),
        ("/api/events", "root=99"),
        ("/api/articles", "since=not-a-date"),
        ("/api/quotes", f"since={FAR}"),
        ("/api/dyad", "a=RUS"),
    ],
)
def test_422_bodies_match_the_openapi_document(client: TestClient, path: str, query: str) -> None:
    openapi = client.get("/openapi.json").json()
    response = client.get(f"{path}?{query}")
    assert response.status_code == 422
    jsonschema.validate(response.json(), _schema_of_422(openapi, path))


def test_no_route_declares_fastapi_s_default_validation_error(client: TestClient) -> None:
    openapi = client.get("/openapi.json").json()
    for path, methods in openapi["paths"].items():
        for method, operation in methods.items():
            answer = operation["responses"].get("422")
            if answer is not None:
                ref = answer["content"]["application/json"]["schema"]["$ref"]
                assert ref.endswith("/ErrorBody"), (path, method)
