"""``POST /api/articles``: off without a token, then the token, body limits, three body types, duplicates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from apikit import ONERROR, SCRIPT, TOKEN, FakePipeline, api
from fastapi.testclient import TestClient

AUTH = {"Authorization": f"Bearer {TOKEN}"}
ARTICLE = {
    "text": "Negotiators from both capitals agreed on a prisoner exchange after a week of talks.",
    "headline": "Prisoner exchange agreed",
    "published": "2022-04-02T10:00:00Z",
    "outlet": "Wire",
    "id": "exchange-1",
}


@pytest.fixture
def built() -> list[FakePipeline]:
    return []


@pytest.fixture
def client(tmp_path: Path, built: list[FakePipeline]) -> Iterator[TestClient]:
    def factory() -> FakePipeline:
        built.append(FakePipeline())
        return built[-1]

    with api(tmp_path, [], token=TOKEN, max_body=2000, pipeline_factory=factory) as client:
        yield client


def post(client: TestClient, body: Any, headers: dict[str, str] | None = None, **kw: Any) -> Any:
    return client.post("/api/articles", json=body, headers={**AUTH, **(headers or {})}, **kw)


def test_ingesting_is_off_without_a_token(tmp_path: Path) -> None:
    with api(tmp_path, [], pipeline_factory=FakePipeline) as client:
        response = client.post("/api/articles", json=ARTICLE, headers=AUTH)
    assert response.status_code == 403
    assert response.json()["detail"].startswith("ingesting is off; start strife serve with --token")


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}, {"Authorization": f"Basic {TOKEN}"}],
)
def test_a_missing_or_wrong_token_is_401(
    client: TestClient, built: list[FakePipeline], headers: dict[str, str]
) -> None:
    response = client.post("/api/articles", json=ARTICLE, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer TOKEN" in response.json()["detail"]
    assert built == []  # nothing was read


def test_json_article_is_stored_then_a_duplicate(client: TestClient, built: list[FakePipeline]) -> None:
    first = post(client, ARTICLE)
    assert first.status_code == 201, first.text
    record = first.json()
    assert (record["id"], record["headline"], record["outlet"]) == (
        "exchange-1",
        "Prisoner exchange agreed",
        "Wire",
    )
    assert record["origin"] == "POST /api/articles" and record["published"] == "2022-04-02T10:00:00Z"
    assert client.get("/api/articles/exchange-1").json() == record
    again = post(client, ARTICLE)
    assert again.status_code == 200 and again.json() == {"stored": False, "id": "exchange-1"}
    same_text = post(client, {**ARTICLE, "id": "another-id"})
    assert same_text.status_code == 200 and same_text.json() == {"stored": False, "id": "exchange-1"}
    assert len(built) == 1 and len(built[0].read) == 1  # built once; the duplicates never reached it


def test_a_posted_article_joins_the_stories(client: TestClient) -> None:
    assert post(client, ARTICLE).status_code == 201
    stories = client.get("/api/stories").json()["items"]
    assert [s["articles"] for s in stories] == [["exchange-1"]]


def test_plain_text_dispatch(client: TestClient) -> None:
    text = (
        "Ceasefire holds in the east\n\nThe truce agreed on Sunday held through the night, monitors said.\n"
    )
    response = client.post(
        "/api/articles", content=text.encode(), headers={**AUTH, "Content-Type": "text/plain"}
    )
    assert response.status_code == 201, response.text
    assert "truce agreed on Sunday" in response.json()["body"]


def test_html_page(client: TestClient) -> None:
    paragraph = (
        "The foreign ministers of the two countries met in Geneva on Monday to discuss the grain corridor."
    )
    html = (
        "<html><head><title>Ministers meet in Geneva</title></head><body><article>"
        f"<h1>Ministers meet in Geneva</h1><p>{paragraph}</p><p>{paragraph} They will meet again.</p>"
        "</article></body></html>"
    )
    response = client.post(
        "/api/articles", content=html.encode(), headers={**AUTH, "Content-Type": "text/html; charset=utf-8"}
    )
    assert response.status_code == 201, response.text
    assert paragraph in response.json()["body"] and "<p>" not in response.json()["body"]


def test_hostile_markup_comes_back_as_text(client: TestClient) -> None:
    body = {"text": f"Rebels {SCRIPT} claimed {ONERROR} the town.", "headline": f"Claim {SCRIPT}"}
    response = post(client, body)
    assert response.status_code == 201 and response.headers["content-type"] == "application/json"
    assert response.json()["headline"] == f"Claim {SCRIPT}" and ONERROR in response.json()["body"]


def test_a_body_over_the_limit_is_413(client: TestClient, built: list[FakePipeline]) -> None:
    response = post(client, {"text": "word " * 1000})
    assert response.status_code == 413
    assert "over the limit of 2,000 bytes" in response.json()["detail"]
    assert built == []


def test_a_streamed_body_over_the_limit_is_413(client: TestClient) -> None:
    chunks = iter([b'{"text": "', b"x" * 1500, b"y" * 1500, b'"}'])
    response = client.post(
        "/api/articles", content=chunks, headers={**AUTH, "Content-Type": "application/json"}
    )
    assert response.status_code == 413


@pytest.mark.parametrize(
    ("content", "content_type", "code", "message"),
    [
        (b"{not json", "application/json", 400, "the body is not valid JSON"),
        (b"\xff\xfe\x00bad", "text/plain", 400, "is not utf-8 text"),
        (b"[1, 2]", "application/json", 422, "send an object with 'text'"),
        (b'{"headline": "no text"}', "application/json", 422, "text: Field required"),
        (
            b'{"text": "x", "colour": "red"}',
            "application/json",
            422,
            "colour: Extra inputs are not permitted",
        ),
        (b'{"text": "  "}', "application/json", 422, "text is empty"),
        (b"   \n", "text/plain", 422, "the body: has no text"),
        (b"<html><body></body></html>", "text/html", 422, "the body: no article text found in HTML"),
        (
            b'{"text": "FAIL please"}',
            "application/json",
            422,
            "could not be read: the fake pipeline was told",
        ),
        (b"text", "application/xml", 415, "Content-Type 'application/xml' cannot be read"),
        (b"text", "", 415, "Content-Type '(none)' cannot be read"),
    ],
)
def test_bad_bodies(client: TestClient, content: bytes, content_type: str, code: int, message: str) -> None:
    headers = {**AUTH, "Content-Type": content_type} if content_type else AUTH
    response = client.post("/api/articles", content=content, headers=headers)
    assert response.status_code == code, response.text
    assert message in response.json()["detail"]
