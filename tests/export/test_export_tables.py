"""strife export: GDELT 2.0 events and mentions, ICEWS, and the labelled tables, read back with pandas
and DuckDB against the published column lists (``strife/data/export_*.tsv``).

The store is the bundled sample corpus read by the real pipeline, with its stories and incidents
(brought up to date by the write path's refresh), on both backends: a DuckDB file, and the same
records copied into a PostgreSQL database (skipped when no PostgreSQL server is installed). Every
format reads the same from both.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pg_cluster import Cluster
from strife.cli import app
from strife.export import export
from strife.export.columns import columns, names
from strife.export.labels import LABELLED_COLUMNS, LabelledEvent, cameo_label
from strife.ingest import ingest
from strife.monitor.refresh import refresh
from strife.pipeline import Pipeline
from strife.store import EventFilter, Store, open_store
from strife.store_location import StoreLocation

pd = pytest.importorskip("pandas")
BACKENDS = ("duckdb", "postgresql")
SAMPLE = Path(__file__).resolve().parents[2] / "src" / "strife" / "sample" / "corpus"
PANDAS_TYPES = {"BIGINT": "Int64", "DOUBLE": "float64", "VARCHAR": "string", "DATE": "string"}


@pytest.fixture(scope="module")
def db(pipeline: Pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "sample.duckdb"
    with open_store(path) as store:
        ingest([str(SAMPLE)], store, pipeline, max_bytes=1_000_000)
        refresh(store)
    return path


@pytest.fixture(scope="module")
def pg_db(db: Path, pg_cluster: Cluster) -> str:
    """The same records in a PostgreSQL database, refreshed there."""
    url: str = pg_cluster.new_database()
    with open_store(db) as source, open_store(url) as target:
        for row in reversed(source.articles()):
            article = source.get(row.id)
            assert article is not None and target.add(article)
        refresh(target)
    return url


@pytest.fixture(params=BACKENDS)
def location(request: pytest.FixtureRequest, db: Path) -> StoreLocation:
    return db if request.param == "duckdb" else str(request.getfixturevalue("pg_db"))


@pytest.fixture
def store(location: StoreLocation) -> Iterator[Store]:
    with open_store(location) as opened:
        yield opened


def written(store: Store, fmt: str, where: EventFilter | None = None) -> str:
    out = io.StringIO()
    export(store, fmt, out, where=where)  # type: ignore[arg-type]
    return out.getvalue()


def read_pandas(text: str, table: str, *, header: bool) -> pd.DataFrame:
    listed = columns(table)
    return pd.read_csv(
        io.StringIO(text),
        sep="\t",
        header=0 if header else None,
        names=None if header else [c.name for c in listed],
        dtype={c.name: PANDAS_TYPES[c.type] for c in listed},
        quoting=csv.QUOTE_NONE,
        keep_default_na=False,
        na_values=[""],
    )


def read_duckdb(path: Path, table: str, *, header: bool) -> duckdb.DuckDBPyRelation:
    """DuckDB reads the file with the listed names and types: a value of the wrong type fails."""
    types = {c.name: c.type for c in columns(table)}
    return duckdb.read_csv(str(path), delimiter="\t", header=header, columns=types, quotechar="")


@pytest.mark.parametrize(
    ("table", "count", "first", "last"),
    [
        ("gdelt-events", 61, "GlobalEventID", "SOURCEURL"),
        ("gdelt-mentions", 16, "GlobalEventID", "Extras"),
        ("icews", 20, "Event ID", "Longitude"),
    ],
)
def test_the_column_lists_are_the_published_ones(table: str, count: int, first: str, last: str) -> None:
    listed = names(table)
    assert (len(listed), listed[0], listed[-1]) == (count, first, last)
    assert len(set(listed)) == count
    assert {c.type for c in columns(table)} <= set(PANDAS_TYPES)


def test_gdelt_columns_are_where_the_codebook_puts_them() -> None:
    listed = names("gdelt-events")
    positions = {
        "Day": 2, "Actor1Code": 6, "Actor2Code": 16, "IsRootEvent": 26, "EventCode": 27, "QuadClass": 30,
        "NumMentions": 32, "AvgTone": 35, "Actor1Geo_Type": 36, "Actor2Geo_Type": 44, "ActionGeo_Type": 52,
        "ActionGeo_FeatureID": 59, "DATEADDED": 60,
    }  # fmt: skip
    assert {name: listed.index(name) + 1 for name in positions} == positions


def test_gdelt_events_read_back_one_row_per_incident(store: Store, tmp_path: Path) -> None:
    text = written(store, "gdelt-events")
    assert all(line.count("\t") == 60 for line in text.splitlines())
    frame = read_pandas(text, "gdelt-events", header=False)
    events = store.events()
    incidents = {e.incident or f"{e.article_id}#{e.idx}" for e in events}
    assert len(frame) == len(incidents) and frame["GlobalEventID"].is_unique
    assert frame["NumMentions"].sum() == len(events)  # every report counted once, in its incident
    assert (frame["NumArticles"] >= 1).all() and (frame["NumSources"] <= frame["NumArticles"]).all()
    assert frame["NumArticles"].max() > 1  # the corpus has an event several outlets reported
    codes = set(frame["EventCode"])
    assert any(code.startswith("0") for code in codes)  # leading zeros kept: 040, not 40
    assert (frame["EventRootCode"] == frame["EventCode"].str[:2]).all()
    assert set(frame["QuadClass"]) <= {1, 2, 3, 4}
    dated = frame[frame["Day"].notna()]  # an undated article's event has no day
    assert len(dated) > 0.9 * len(frame)
    assert dated["Day"].astype(str).str.fullmatch(r"20\d{6}").all()
    assert (dated["Year"] == dated["Day"] // 10000).all()
    assert frame["SOURCEURL"].notna().all()
    located = frame[frame["ActionGeo_FullName"].notna()]
    assert len(located) and located["ActionGeo_Lat"].between(-90, 90).all()
    countries = frame[frame["Actor1CountryCode"] == "RUS"]
    assert set(countries["Actor1Geo_CountryCode"]) == {"RS"}  # FIPS 10-4, as GDELT writes it
    path = tmp_path / "events.tsv"
    path.write_text(text, encoding="utf-8")
    relation = read_duckdb(path, "gdelt-events", header=False)
    assert relation.columns == names("gdelt-events")
    assert [str(t) for t in relation.types] == [c.type for c in columns("gdelt-events")]
    assert relation.count("*").fetchall() == [(len(frame),)]


def test_gdelt_mentions_point_at_the_events_and_into_the_text(store: Store, tmp_path: Path) -> None:
    events = read_pandas(written(store, "gdelt-events"), "gdelt-events", header=False)
    text = written(store, "gdelt-mentions")
    mentions = read_pandas(text, "gdelt-mentions", header=False)
    assert len(mentions) == len(store.events())
    assert set(mentions["GlobalEventID"]) == set(events["GlobalEventID"])
    assert (mentions["SentenceID"] >= 1).all()
    assert (mentions["ActionCharOffset"] < mentions["MentionDocLen"]).all()
    assert (mentions["Actor1CharOffset"] < mentions["MentionDocLen"]).all()
    assert set(mentions["InRawText"]) <= {0, 1} and set(mentions["MentionType"]) <= {1, 2}
    assert mentions["Confidence"].between(0, 100).all()
    added = events.set_index("GlobalEventID")["DATEADDED"]
    expected = added.loc[mentions["GlobalEventID"]].fillna(0).tolist()
    assert mentions["EventTimeDate"].fillna(0).tolist() == expected
    path = tmp_path / "mentions.tsv"
    path.write_text(text, encoding="utf-8")
    assert read_duckdb(path, "gdelt-mentions", header=False).count("*").fetchall() == [(len(mentions),)]


def test_a_mention_locates_its_sentence_and_actors(store: Store) -> None:
    mentions = read_pandas(written(store, "gdelt-mentions"), "gdelt-mentions", header=False)
    first = store.events()[0]
    article = store.get(first.article_id)
    assert article is not None
    row = mentions.iloc[0]
    assert row["ActionCharOffset"] == first.evidence_start
    event = article.events[first.idx]
    if event.source is not None and event.source.mentions:
        assert row["Actor1CharOffset"] == event.source.mentions[0].start


def test_icews_has_its_header_and_one_row_per_report(store: Store, tmp_path: Path) -> None:
    text = written(store, "icews")
    assert text.splitlines()[0].split("\t") == names("icews")
    frame = read_pandas(text, "icews", header=True)
    events = store.events()
    assert len(frame) == len(events) and frame["Event ID"].is_unique
    assert list(frame["CAMEO Code"]) == [e.cameo for e in events]
    assert list(frame["Event Text"]) == [cameo_label(e.cameo) for e in events]
    assert list(frame["Story ID"]) == [e.article_id for e in events]
    assert "Russia" in set(frame["Source Country"]) and "Government" in set(frame["Source Sectors"])
    path = tmp_path / "icews.tsv"
    path.write_text(text, encoding="utf-8")
    assert read_duckdb(path, "icews", header=True).count("*").fetchall() == [(len(frame),)]


def test_labelled_csv_jsonl_and_parquet(store: Store, tmp_path: Path) -> None:
    where = EventFilter(root="13")
    threats = store.events(where)
    assert threats
    rows = list(csv.DictReader(io.StringIO(written(store, "csv", where))))
    assert list(rows[0]) == list(LABELLED_COLUMNS)
    assert {r["cameo_label"] for r in rows} <= {cameo_label(e.cameo) for e in threats}
    assert {r["plover_label"] for r in rows} == {"threaten: warn of force or other coercion"}
    assert {r["quad_label"] for r in rows} == {"verbal conflict"}
    lines = written(store, "jsonl", where).splitlines()
    assert [LabelledEvent.model_validate_json(line).cameo for line in lines] == [e.cameo for e in threats]
    target = tmp_path / "threats.parquet"
    assert export(store, "parquet", target, where=where) == len(threats)
    frame = pd.read_parquet(target)
    assert list(frame.columns) == list(LabelledEvent.model_fields)
    assert list(frame["cameo"]) == [e.cameo for e in threats]
    assert duckdb.sql(f"SELECT count(*) FROM '{target}'").fetchall() == [(len(threats),)]


def test_filters_narrow_every_format(store: Store) -> None:
    where = EventFilter(dyad=("EST", "RUS"))
    dyad = store.events(where)
    assert 0 < len(dyad) < len(store.events())
    for fmt in ("gdelt-mentions", "icews", "jsonl"):
        lines = written(store, fmt, where).splitlines()
        assert len(lines) == len(dyad) + (1 if fmt == "icews" else 0)
    for line in written(store, "gdelt-events", where).splitlines():
        cells = line.split("\t")
        assert {cells[7], cells[17]} == {"EST", "RUS"}


#: The columns that hold when the store took an article in (they differ between the two copies).
INGEST_TIMES = {"gdelt-events": {59}, "gdelt-mentions": {1, 2}}  # 0-based


@pytest.mark.parametrize("fmt", ["gdelt-events", "gdelt-mentions", "icews", "csv", "jsonl"])
def test_both_backends_export_the_same(db: Path, pg_db: str, fmt: str) -> None:
    def cells(store: Store) -> list[list[str]]:
        times = INGEST_TIMES.get(fmt, set())
        lines = written(store, fmt).splitlines()
        return [[c for i, c in enumerate(line.split("\t")) if i not in times] for line in lines]

    with open_store(db) as duck, open_store(pg_db) as pg:
        assert cells(pg) == cells(duck)


def test_dateadded_is_when_the_store_took_the_event_in(store: Store) -> None:
    """DATEADDED: the earliest ingest time of the incident's articles; MentionTimeDate: the report's."""
    events = read_pandas(written(store, "gdelt-events"), "gdelt-events", header=False)
    mentions = read_pandas(written(store, "gdelt-mentions"), "gdelt-mentions", header=False)
    stored = {r.id: int(store.ingested(r.id).strftime("%Y%m%d%H%M%S")) for r in store.articles()}  # type: ignore[union-attr]
    assert events["DATEADDED"].between(min(stored.values()), max(stored.values())).all()
    reports = {f"{e.article_id}#{e.idx}": e for e in store.events()}
    by_url = {(store.get(i).url or f"strife:{i}"): i for i in stored}  # type: ignore[union-attr]
    assert mentions["MentionTimeDate"].tolist() == [stored[by_url[m]] for m in mentions["MentionIdentifier"]]
    incidents = {i.incident: i for i in store.incidents()}
    first = store.events()[0]
    assert first.incident is not None and len(reports) == len(mentions)
    earliest = min(stored[m.rsplit("#", 1)[0]] for m in incidents[first.incident].events)
    assert earliest in set(events["DATEADDED"])


def test_the_cli_exports_and_refuses_what_it_cannot_do(location: StoreLocation, tmp_path: Path) -> None:
    db = str(location)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "export", "--format", "gdelt-events", "--root", "13"])
    assert result.exit_code == 0, result.output
    assert all(line.split("\t")[28] == "13" for line in result.stdout.splitlines())
    assert re.search(r"^exported \d+ rows$", result.stderr, re.M)
    parquet = runner.invoke(app, ["--db", db, "export", "--format", "parquet"])
    assert parquet.exit_code == 2 and "give --output FILE" in parquet.stderr
    bad = runner.invoke(app, ["--db", db, "export", "--format", "gdelt", "-o", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "Invalid value for '--format'" in bad.stderr
    out = tmp_path / "m.tsv"
    done = runner.invoke(app, ["--db", db, "export", "--format", "gdelt-mentions", "-o", str(out)])
    assert done.exit_code == 0 and done.stdout == ""
    with open_store(location) as store:
        assert len(out.read_text(encoding="utf-8").splitlines()) == len(store.events())
    assert "in no story yet" not in done.stderr  # the write path refreshed: nothing waits
