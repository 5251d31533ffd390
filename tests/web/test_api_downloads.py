"""``format=csv|parquet``: the whole filtered list as a file, read back with csv and DuckDB."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

import duckdb
import pytest
from apikit import ONERROR, SCRIPT, api
from fastapi.testclient import TestClient

from strife.store.rows import EventRow
from strife.web import downloads


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with api(tmp_path_factory.mktemp("downloads")) as client:
        yield client


def csv_rows(client: TestClient, url: str) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    return list(csv.DictReader(io.StringIO(response.text)))


def parquet_rows(client: TestClient, url: str, tmp_path: Path) -> list[dict[str, Any]]:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/vnd.apache.parquet"
    file = tmp_path / "download.parquet"
    file.write_bytes(response.content)
    con = duckdb.connect()
    try:
        con.execute("SET TimeZone = 'UTC'")
        cursor = con.execute("SELECT * FROM read_parquet(?)", [str(file)])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    finally:
        con.close()


@pytest.mark.parametrize(
    ("name", "fmt"), [("events", "csv"), ("articles", "parquet"), ("quotes", "csv"), ("actors", "parquet")]
)
def test_downloads_are_attachments_named_after_the_list(
    client: TestClient, name: str, fmt: Literal["csv", "parquet"]
) -> None:
    response = client.get(f"/api/{name}", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-disposition"] == f'attachment; filename="{name}.{fmt}"'
    assert response.headers["x-strife-truncated"] == "false"
    assert response.headers["x-content-type-options"] == "nosniff"


def test_csv_holds_the_whole_filtered_list_whatever_the_page(client: TestClient) -> None:
    rows = csv_rows(client, "/api/events?format=csv&actor=RUS&limit=1&offset=3")
    assert [(r["article_id"], r["idx"]) for r in rows] == [
        ("talks-reuters", "0"), ("talks-tass", "0"), ("sanctions", "0"), ("shelling", "0"),
    ]  # fmt: skip
    assert list(rows[0]) == list(EventRow.model_fields)


def test_csv_cells_missing_values_dates_and_markup(client: TestClient) -> None:
    [row] = csv_rows(client, "/api/events?format=csv&q=ceasefire")
    assert row["plover_type"] == "" and row["location_lat"] == ""
    assert row["published"] == "2022-03-01T00:00:00Z"
    assert SCRIPT in row["evidence"] and ONERROR in row["evidence"]  # quoted, kept as written


def test_parquet_keeps_types_and_nested_values_as_json_text(client: TestClient, tmp_path: Path) -> None:
    rows = parquet_rows(client, "/api/events?format=parquet&place=kharkiv", tmp_path)
    [row] = rows
    assert list(row) == list(EventRow.model_fields)
    assert row["location_lat"] == pytest.approx(49.99) and row["quad_class"] == 4
    assert row["published"] == datetime(2022, 2, 24, 6, tzinfo=UTC)
    assert row["plover_context"] is None and row["modality"] == "asserted"


def test_parquet_of_stories_has_article_lists_as_json(client: TestClient, tmp_path: Path) -> None:
    rows = parquet_rows(client, "/api/stories?format=parquet&min_articles=2", tmp_path)
    [story] = rows
    assert sorted(json.loads(story["articles"])) == ["talks-reuters", "talks-tass"]
    assert json.loads(story["outlets"]) == ["Reuters", "TASS"]


def test_an_empty_list_downloads_with_its_header_only(client: TestClient, tmp_path: Path) -> None:
    assert client.get("/api/events?format=csv&q=nothing-like-this").text.strip() == ",".join(
        EventRow.model_fields
    )
    assert parquet_rows(client, "/api/events?format=parquet&q=nothing-like-this", tmp_path) == []


def test_downloads_stop_at_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("strife.web.listing.DOWNLOAD_CAP", 2)
    with api(tmp_path) as client:
        response = client.get("/api/articles?format=csv")
    assert response.headers["x-strife-truncated"] == "true"
    assert len(list(csv.DictReader(io.StringIO(response.text)))) == 2


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (str, "VARCHAR"),
        (int | None, "BIGINT"),
        (float, "DOUBLE"),
        (bool, "BOOLEAN"),
        (datetime | None, "TIMESTAMPTZ"),
        (date, "DATE"),
        (Literal["a", "b"] | None, "VARCHAR"),
        (Literal[1, 2], "BIGINT"),
        (list[str] | None, "VARCHAR"),
        (tuple[str, str], "VARCHAR"),
        (int | str, "VARCHAR"),
    ],
)
def test_duckdb_column_types(annotation: Any, expected: str) -> None:
    assert downloads.duckdb_type(annotation) == expected


@pytest.mark.parametrize(
    ("headline", "written"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ('+HYPERLINK("http://x.example","click")', '\'+HYPERLINK("http://x.example","click")'),
        ("@SUM(1+1)", "'@SUM(1+1)"),
        ("-1+1", "'-1+1"),
        ("\t=1", "'\t=1"),
        ("Talks resume", "Talks resume"),
    ],
)
def test_csv_download_neutralises_formulas(tmp_path: Path, headline: str, written: str) -> None:
    from apikit import single

    article = single("f1", "Envoys met again in Geneva.", datetime(2022, 1, 3, tzinfo=UTC))
    article.headline = headline
    with api(tmp_path, [article]) as client:
        (row,) = csv_rows(client, "/api/articles?format=csv")
    assert row["headline"] == written
