"""``strife serve``: loopback by default, the token from the option or STRIFE_TOKEN, the URL on stderr.

uvicorn is replaced by a recorder, so nothing listens; the app it would run is checked in process.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from apikit import TOKEN
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from strife.cli.app import app as cli
from strife.cli.serve import is_loopback, server_url
from strife.errors import ConfigError
from strife.web.app import SERVE_CONFIG_VAR, app_from_environment


@pytest.fixture
def runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Each ``uvicorn.run`` call's app and options; no STRIFE_* settings from the machine."""
    for name in list(os.environ):
        if name.startswith("STRIFE_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("STRIFE_DB", str(tmp_path / "data" / "strife.duckdb"))
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **options: calls.append({"app": app, **options}))
    monkeypatch.setenv(SERVE_CONFIG_VAR, "")  # unset again after the test, whatever serve sets
    return calls


def serve(*args: str, env: dict[str, str] | None = None) -> Any:
    return CliRunner().invoke(cli, ["serve", *args], env=env)


def test_serves_on_loopback_by_default(runs: list[dict[str, Any]], tmp_path: Path) -> None:
    result = serve()
    assert result.exit_code == 0, result.output
    [run] = runs
    assert (run["host"], run["port"]) == ("127.0.0.1", 8000)
    assert "http://127.0.0.1:8000/" in result.stderr and "warning" not in result.stderr
    assert (tmp_path / "data" / "strife.duckdb").is_file()
    assert isinstance(run["app"], FastAPI)


def test_another_host_is_taken_when_given_with_a_warning(runs: list[dict[str, Any]]) -> None:
    result = serve("--host", "0.0.0.0", "--port", "8123")
    assert result.exit_code == 0, result.output
    assert (runs[0]["host"], runs[0]["port"]) == ("0.0.0.0", 8123)
    assert "warning: listening on 0.0.0.0: other machines can read the store" in result.stderr


def post_status(app: FastAPI, headers: dict[str, str]) -> int:
    with TestClient(app) as client:
        code: int = client.post("/api/articles", content=b"", headers=headers).status_code
    return code


@pytest.mark.parametrize(
    ("args", "env", "expected"),
    [
        ((), None, 403),
        (("--token", TOKEN), None, 415),  # past the token check: the empty body has no type
        ((), {"STRIFE_TOKEN": TOKEN}, 415),
        (("--token", "other"), None, 401),
    ],
)
def test_token_from_option_or_environment(
    runs: list[dict[str, Any]], args: tuple[str, ...], env: dict[str, str] | None, expected: int
) -> None:
    result = serve(*args, env=env)
    assert result.exit_code == 0, result.output
    assert post_status(runs[0]["app"], {"Authorization": f"Bearer {TOKEN}"}) == expected


def test_cors_origins_reach_the_app(runs: list[dict[str, Any]]) -> None:
    origin = "https://analysts.example"
    assert serve("--cors-origin", origin, "--cors-origin", "https://b.example").exit_code == 0
    with TestClient(runs[0]["app"]) as client:
        response = client.get("/api/health", headers={"Origin": origin})
    assert response.headers["access-control-allow-origin"] == origin


def test_a_store_that_cannot_be_opened_is_a_clear_error(runs: list[dict[str, Any]], tmp_path: Path) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    result = serve(env={"STRIFE_DB": str(folder)})
    assert result.exit_code == 2 and "error: the store path" in result.stderr and runs == []


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True), ("::1", True), ("[::1]", True),
        ("0.0.0.0", False), ("::", False), ("192.168.1.4", False), ("example.org", False),
    ],
)  # fmt: skip
def test_is_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:8000/"),
        ("0.0.0.0", "http://127.0.0.1:8000/"),
        ("::1", "http://[::1]:8000/"),
    ],
)
def test_server_url(host: str, url: str) -> None:
    assert server_url(host, 8000) == url


def test_workers_get_their_settings_through_the_environment(
    runs: list[dict[str, Any]], tmp_path: Path
) -> None:
    result = serve("--workers", "3", "--token", TOKEN, "--cors-origin", "https://b.example")
    assert result.exit_code == 0, result.output
    [run] = runs
    assert run["app"] == "strife.web.app:app_from_environment"
    assert (run["factory"], run["workers"], run["port"]) == (True, 3, 8000)
    assert "(3 workers)" in result.stderr
    config = json.loads(os.environ[SERVE_CONFIG_VAR])
    assert config["db"] == str(tmp_path / "data" / "strife.duckdb") and config["token"] == TOKEN
    app = app_from_environment()  # what each worker process builds
    assert post_status(app, {"Authorization": f"Bearer {TOKEN}"}) == 415
    with TestClient(app) as client:
        assert client.get("/api/health").json()["counts"]["articles"] == 0


def test_a_worker_without_its_settings_says_how_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(SERVE_CONFIG_VAR, "")
    with pytest.raises(ConfigError, match="strife serve"):
        app_from_environment()
