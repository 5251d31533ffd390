"""Settings: the store is a DuckDB path or a PostgreSQL URL (other URLs refused), flags and the time
budget read from text."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.errors import ConfigError
from strife.settings import load_settings, store_path


@pytest.mark.parametrize(
    "value",
    [
        "mysql://user:secret@db.example/x",
        "duckdb:///tmp/x.duckdb",
        "s3://bucket/strife.duckdb",
        " https://example.org/store ",
    ],
)
def test_a_url_of_another_database_is_refused_as_a_store(value: str) -> None:
    with pytest.raises(ConfigError, match="URL, which strife cannot use") as caught:
        store_path(value)
    assert "secret" not in str(caught.value)
    assert "postgresql://user@host:5432/database" in str(caught.value)


@pytest.mark.parametrize(
    "value", ["postgresql://user:secret@db.example/strife", "postgres://db.example/strife"]
)
def test_a_postgresql_url_is_a_store(value: str) -> None:
    assert store_path(value) == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [("news.duckdb", Path("news.duckdb")), ("data/a:b.duckdb", Path("data/a:b.duckdb")), (":memory:", None)],
)
def test_file_paths_are_stores(value: str, expected: Path | None) -> None:
    assert store_path(value) == (expected or Path(value))


@pytest.mark.parametrize(
    ("env", "key", "expected"),
    [
        ({"STRIFE_ALLOW_PRIVATE_URLS": "1"}, "allow_private_urls", True),
        ({"STRIFE_ALLOW_PRIVATE_URLS": "yes"}, "allow_private_urls", True),
        ({"STRIFE_ALLOW_PRIVATE_URLS": "false"}, "allow_private_urls", False),
        ({}, "allow_private_urls", False),
        ({"STRIFE_ARTICLE_TIME_BUDGET": "2.5"}, "article_time_budget", 2.5),
        ({}, "article_time_budget", 120.0),
    ],
)
def test_settings_from_the_environment(
    env: dict[str, str], key: str, expected: object, tmp_path: Path
) -> None:
    settings = load_settings(tmp_path / "none.toml", env)
    assert getattr(settings, key) == expected


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"STRIFE_DB": "mysql://u:pw@h/db"}, "strife cannot use"),
        ({"STRIFE_ALLOW_PRIVATE_URLS": "maybe"}, "give true or false"),
        ({"STRIFE_ARTICLE_TIME_BUDGET": "0"}, "positive number of seconds"),
        ({"STRIFE_ARTICLE_TIME_BUDGET": "soon"}, "article_time_budget"),
    ],
)
def test_bad_settings_are_config_errors(env: dict[str, str], message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(tmp_path / "none.toml", env)


def test_config_file_keys(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('allow_private_urls = true\narticle_time_budget = 30\ndb = "x.duckdb"\n', "utf-8")
    settings = load_settings(config, {})
    assert (settings.allow_private_urls, settings.article_time_budget, settings.db) == (
        True,
        30.0,
        Path("x.duckdb"),
    )


def test_max_article_bytes(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "none.toml", {}).max_article_bytes == 1_500_000
    assert (
        load_settings(tmp_path / "none.toml", {"STRIFE_MAX_ARTICLE_BYTES": "5000"}).max_article_bytes == 5000
    )


def test_the_db_setting_shows_no_password(tmp_path: Path) -> None:
    settings = load_settings(tmp_path / "none.toml", {"STRIFE_DB": "postgresql://u:secret@db/news"})
    assert settings.db == "postgresql://u:secret@db/news"
    assert settings.as_dict()["db"] == "postgresql://u@db/news"
