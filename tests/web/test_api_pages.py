"""Pages, static files, the docs UI, OpenAPI, security headers and CORS."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from apikit import api
from fastapi.testclient import TestClient

from strife.web.pages import STATIC_DIR
from strife.web.security import CONTENT_SECURITY_POLICY

SHELLS = {"index.html": "dashboard", "article.html": "article", "story.html": "story"}


@pytest.fixture(scope="module")
def static(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A static folder of its own, so these tests do not depend on the dashboard's files."""
    folder = tmp_path_factory.mktemp("static")
    for name, page in SHELLS.items():
        (folder / name).write_text(
            f'<!doctype html><title>{page}</title><script src="/static/x.js"></script>'
        )
    (folder / "x.js").write_text("console.log('x');\n")
    return folder


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, static: Path) -> Iterator[TestClient]:
    with api(tmp_path_factory.mktemp("pages"), static_dir=static) as client:
        yield client


@pytest.mark.parametrize(
    ("url", "page"), [("/", "dashboard"), ("/articles/talks-tass", "article"), ("/stories/s-123", "story")]
)
def test_pages_are_the_static_shells_with_a_strict_csp(client: TestClient, url: str, page: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert f"<title>{page}</title>" in response.text
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self';" in CONTENT_SECURITY_POLICY and "unsafe-inline" not in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize(
    "url", ["/api/health", "/api/articles/nope", "/static/x.js", "/openapi.json", "/docs"]
)
def test_every_response_has_the_security_headers(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"


def test_static_files_are_served(client: TestClient) -> None:
    response = client.get("/static/x.js")
    assert response.status_code == 200 and "console.log" in response.text
    assert client.get("/static/missing.js").status_code == 404
    assert client.get("/static/../apikit.py").status_code == 404


def test_a_missing_page_file_is_404(tmp_path: Path) -> None:
    with api(tmp_path, [], static_dir=tmp_path / "empty") as client:
        response = client.get("/")
    assert response.status_code == 404 and "index.html is missing" in response.json()["detail"]


def test_docs_page_loads_swagger_from_the_package_with_no_inline_script(client: TestClient) -> None:
    html = client.get("/docs").text
    urls = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert urls and all(u.startswith("/static/vendor/swagger-ui/") or u == "data:," for u in urls)
    assert re.search(r"<script>|<script [^>]*>[^<]+</script>|<style", html) is None
    for url in urls[1:]:
        file = STATIC_DIR / url.removeprefix("/static/")
        assert file.is_file() and file.stat().st_size > 0, url
    assert "/openapi.json" in (STATIC_DIR / "vendor/swagger-ui/docs-init.js").read_text()


def test_swagger_files_are_served_from_the_package(tmp_path: Path) -> None:
    with api(tmp_path, []) as client:
        for name in ("swagger-ui-bundle.js", "swagger-ui.css", "docs-init.js"):
            response = client.get(f"/static/vendor/swagger-ui/{name}")
            assert response.status_code == 200 and len(response.content) > 100, name


def test_openapi_lists_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    operations = {(method, path) for path, item in spec["paths"].items() for method in item}
    assert operations == {
        ("get", "/api/health"),
        ("get", "/api/articles"),
        ("post", "/api/articles"),
        ("get", "/api/articles/{article_id}"),
        ("get", "/api/events"),
        ("get", "/api/quotes"),
        ("get", "/api/speakers"),
        ("get", "/api/actors"),
        ("get", "/api/stories"),
        ("get", "/api/stories/{story_id}"),
        ("get", "/api/dyad"),
        ("get", "/api/coverage"),
        ("get", "/api/alerts"),
    }
    events = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "actor",
        "dyad",
        "directed",
        "root",
        "quad",
        "place",
        "since",
        "until",
        "q",
        "limit",
        "offset",
    } <= events
    body = spec["paths"]["/api/articles"]["post"]["requestBody"]["content"]
    assert set(body) == {"application/json", "text/plain", "text/html"}


def test_cors_is_off_by_default(client: TestClient) -> None:
    response = client.get("/api/health", headers={"Origin": "https://elsewhere.example"})
    assert "access-control-allow-origin" not in response.headers
    preflight = client.options(
        "/api/events", headers={"Origin": "https://elsewhere.example", "Access-Control-Request-Method": "GET"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_allows_the_configured_origins_only(tmp_path: Path) -> None:
    allowed = "https://analysts.example"
    with api(tmp_path, [], cors_origins=[allowed]) as client:
        ok = client.get("/api/health", headers={"Origin": allowed})
        other = client.get("/api/health", headers={"Origin": "https://elsewhere.example"})
        preflight = client.options(
            "/api/articles",
            headers={"Origin": allowed, "Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "authorization, content-type"},
        )  # fmt: skip
    assert ok.headers["access-control-allow-origin"] == allowed
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 200 and preflight.headers["access-control-allow-origin"] == allowed
    assert "POST" in preflight.headers["access-control-allow-methods"]


def test_max_body_must_be_positive(tmp_path: Path) -> None:
    from strife.web import create_app

    with pytest.raises(ValueError, match="max_body"):
        create_app(tmp_path / "x.duckdb", max_body=0)
