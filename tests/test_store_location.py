"""Store locations: file paths, PostgreSQL URLs kept as given, other URLs refused, passwords hidden."""

from __future__ import annotations

from pathlib import Path

import pytest

from strife.store_location import is_url, refusal, shown, store_location


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u@db.example:5432/news", "postgresql://u@db.example:5432/news"),
        ("postgres://u:secret@db/news", "postgres://u:secret@db/news"),
        ("  postgresql://u@db/news  ", "postgresql://u@db/news"),
        ("news.duckdb", Path("news.duckdb")),
        ("C:/data/news.duckdb", Path("C:/data/news.duckdb")),  # a drive letter is no scheme
        ("/tmp/a:b@c.duckdb", Path("/tmp/a:b@c.duckdb")),
    ],
)
def test_locations(given: str, expected: str | Path) -> None:
    assert store_location(given) == expected
    assert is_url(store_location(given)) == isinstance(expected, str)


def test_a_home_path_is_expanded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert store_location("~/news.duckdb") == tmp_path / "news.duckdb"


@pytest.mark.parametrize(
    ("given", "says"),
    [
        ("mysql://u:secret@db/news", "is a mysql:// URL, which strife cannot use"),
        ("sqlite:///news.db", "is a sqlite:// URL"),
        ("HTTPS://example.org/news", "is a https:// URL"),
        (Path("postgresql://u:secret@db/news"), "whose '//' was lost"),
    ],
)
def test_urls_strife_cannot_use_are_refused(given: str | Path, says: str) -> None:
    message = refusal(given)
    assert message is not None and says in message and "secret" not in message
    with pytest.raises(ValueError, match="postgresql://user@host:5432/database"):
        store_location(given)


@pytest.mark.parametrize(
    ("url", "printed"),
    [
        ("postgresql://u:secret@db:5432/news", "postgresql://u@db:5432/news"),
        ("postgresql://u@db/news?password=secret&sslmode=require", "postgresql://u@db/news?sslmode=require"),
        ("postgresql://db/news?password=secret", "postgresql://db/news"),
        ("postgresql:/u:secret@db/news", "postgresql:/u@db/news"),
        ("/tmp/u:secret@x.duckdb", "/tmp/u:secret@x.duckdb"),  # a file name is shown as it is
    ],
)
def test_shown_hides_the_password(url: str, printed: str) -> None:
    assert shown(url) == printed
