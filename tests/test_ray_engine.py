"""strife.ray_engine: Ray's batch formats, error rows, and a local Ray (2 CPUs) against one process.

The golden comparison: the sample corpus read by Ray Data on a local Ray with two actors must leave
the store exactly as one process leaves it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from store_dump import dump_store
from strife import steps
from strife.errors import ConfigError, StrifeError
from strife.ingest import ingest
from strife.pipeline import Pipeline
from strife.ray_engine import (
    OUTPUT_COLUMNS,
    RAW_COLUMNS,
    FileReader,
    RayOptions,
    check_address,
    parquet_rows,
    ray_ingest,
    read_rows,
    to_records,
)
from strife.record import Article
from strife.steps import Step, StepContext, register_step
from strife.store import open_store

pa = pytest.importorskip("pyarrow")
pd = pytest.importorskip("pandas")
np = pytest.importorskip("numpy")
pq = pytest.importorskip("pyarrow.parquet")

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "strife" / "sample" / "corpus"
ROWS = [
    {"body": "Talks began in Geneva on Monday.", "id": "a1", "published": "2022-01-10T08:00:00+00:00"},
    {"body": "Russia said it would not attend.", "id": "a2", "published": None},
]


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda rows: pa.Table.from_pylist(rows), id="arrow"),
        pytest.param(lambda rows: pd.DataFrame(rows), id="pandas"),
        pytest.param(
            lambda rows: {k: np.array([r[k] for r in rows], dtype=object) for k in rows[0]}, id="numpy"
        ),
    ],
)
def test_every_ray_batch_format_gives_the_same_rows(make: Any) -> None:
    assert to_records(make(ROWS)) == ROWS


def test_pandas_missing_values_are_null() -> None:
    frame = pd.DataFrame({"body": ["x", "y"], "tone": [0.5, float("nan")], "id": ["1", None]})
    assert to_records(frame) == [
        {"body": "x", "tone": 0.5, "id": "1"},
        {"body": "y", "tone": None, "id": None},
    ]


def test_something_else_is_not_a_batch() -> None:
    with pytest.raises(TypeError, match="a pyarrow Table, a pandas DataFrame or a dict of arrays"):
        to_records(42)


@pytest.mark.parametrize("address", [None, "auto", "ray://head.example:10001"])
def test_addresses_strife_can_use(address: str | None) -> None:
    check_address(address)


@pytest.mark.parametrize("address", ["local", "http://head:8265", "head:6379", ""])
def test_other_addresses_are_refused_with_what_to_give(address: str) -> None:
    with pytest.raises(ConfigError, match=r"give --address auto .* or ray://HOST:PORT"):
        check_address(address)


def test_a_file_becomes_raw_rows_with_errors_for_bad_lines() -> None:
    data = (
        json.dumps({"text": "Talks began.", "id": 7, "published": "2022-01-10"}) + "\n{oops\n"
        + json.dumps({"text": ""}) + "\n"
    ).encode()  # fmt: skip
    rows = FileReader("auto", 1_000_000)({"path": "feed/day.jsonl", "bytes": data})
    assert [set(r) for r in rows] == [set(RAW_COLUMNS)] * 3
    assert rows[0]["id"] == "7" and rows[0]["origin"] == "feed/day.jsonl:1"
    assert rows[0]["published"] == "2022-01-10T00:00:00+00:00"
    assert [(r["origin"], r["error_stage"]) for r in rows[1:]] == [
        ("feed/day.jsonl:2", "read"),
        ("feed/day.jsonl:3", "read"),
    ]
    assert "not valid JSON" in rows[1]["error"]


def test_parquet_rows_take_text_or_body_and_check_them_like_json_lines() -> None:
    table = pa.table(
        {
            "path": ["in.parquet"] * 3,
            "body": ["Talks began.", "  ", "Sanctions followed."],
            "id": [1, 2, None],
            "published": [datetime(2022, 1, 10, 8), None, datetime(2022, 1, 11, tzinfo=UTC)],
        }
    )
    rows = parquet_rows(table).to_pylist()
    assert [r["origin"] for r in rows] == ["in.parquet#1", "in.parquet#2", "in.parquet"]
    assert rows[0]["published"] == "2022-01-10T08:00:00+00:00" and rows[0]["error"] is None
    assert rows[1]["error_stage"] == "read" and '"text" is empty' in rows[1]["error"]
    assert rows[2]["body"] == "Sanctions followed." and rows[2]["id"] is None


@pytest.fixture
def picky(pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch) -> Pipeline:
    """The real pipeline plus a step that fails on any article naming Moscow."""
    monkeypatch.setattr(steps, "_REGISTRY", dict(steps._REGISTRY))

    @register_step("picky", requires=("doc.actors",))
    def _picky(ctx: StepContext) -> Step:
        def read(art: Any) -> None:
            if "Moscow" in art.body:
                raise ValueError("no Moscow")

        return read

    return Pipeline(pipeline.settings, nlp=pipeline.nlp, steps=("actors", "picky"))


def test_read_rows_keeps_every_row_and_says_why_one_failed(picky: Pipeline) -> None:
    rows = [
        {"body": "Talks began in Geneva.", "id": "g", "origin": "a.txt"},
        {"origin": "b.txt", "error": "is empty; nothing to read", "error_stage": "read"},
        {"body": "Moscow said no.", "id": "m", "origin": "c.txt", "published": "2022-01-10T23:00:00-05:00"},
        {"body": "Dated badly.", "published": "not a date", "origin": "d.jsonl:4"},
    ]
    out = read_rows(picky, rows)
    assert [(r.get("origin"), r.get("error_stage"), r["date"]) for r in out] == [
        ("a.txt", None, "undated"),
        ("b.txt", "read", "undated"),
        ("c.txt", "pipeline", "2022-01-11"),  # the UTC day
        ("d.jsonl:4", "read", "undated"),
    ]
    assert out[2]["error"] == "step 'picky' failed: ValueError: no Moscow"
    assert Article.model_validate_json(out[0]["record"]).id == "g"
    assert out[0]["n_events"] == 0


# --- on a local Ray -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    """One local Ray with 2 CPUs for this module (the engine uses it and leaves it running)."""
    ray = pytest.importorskip("ray")
    ray.init(num_cpus=2, include_dashboard=False, configure_logging=False, log_to_driver=False)
    try:
        yield
    finally:
        ray.shutdown()


@pytest.mark.slow
@pytest.mark.usefixtures("local_ray")
def test_ray_leaves_the_store_as_one_process_does(pipeline: Pipeline, tmp_path: Path) -> None:
    errors: dict[str, list[str]] = {"one": [], "ray": []}

    def note(kind: str) -> Any:
        return lambda exc: errors[kind].append(f"{type(exc).__name__}: {exc}")

    with open_store(tmp_path / "one.duckdb") as store:
        alone = ingest([str(SAMPLE)], store, pipeline, max_bytes=1_000_000, on_error=note("one"))
    with open_store(tmp_path / "ray.duckdb") as store:
        on_ray = ray_ingest(
            [str(SAMPLE)], pipeline.settings, store=store, options=RayOptions(workers=2), on_error=note("ray")
        )
    assert on_ray.stored == alone.stored and on_ray.failed == alone.failed == 3
    assert on_ray.duplicates == alone.duplicates
    assert sorted(errors["ray"]) == sorted(errors["one"])
    assert dump_store(tmp_path / "ray.duckdb") == dump_store(tmp_path / "one.duckdb")


@pytest.mark.slow
@pytest.mark.usefixtures("local_ray")
def test_ray_writes_parquet_by_date_with_the_failures_as_rows(pipeline: Pipeline, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = [
        {"text": "Russia and Ukraine held talks in Istanbul.", "id": "t1", "published": "2022-03-29T10:00Z"},
        {"text": "NATO condemned the strike.", "id": "t2", "published": "2022-03-30T10:00Z"},
    ]
    (inputs / "day.jsonl").write_text("\n".join(map(json.dumps, lines)) + "\n{broken\n", encoding="utf-8")
    pq.write_table(
        pa.table({"text": ["Iran rejected the proposal.", None], "id": ["p1", "p2"]}), inputs / "more.parquet"
    )
    out = tmp_path / "out"
    reported: list[StrifeError] = []
    summary = ray_ingest(
        [str(inputs)], pipeline.settings, output=out, options=RayOptions(workers=2), on_error=reported.append
    )
    assert (summary.read, summary.stored, summary.failed) == (3, 3, 2)
    assert sorted(type(e).__name__ for e in reported) == ["InputError", "InputError"]
    assert sorted(p.name for p in out.iterdir()) == ["date=2022-03-29", "date=2022-03-30", "date=undated"]
    frame = pd.read_parquet(out)
    assert set(OUTPUT_COLUMNS) <= set(frame.columns)
    assert len(frame) == 5  # nothing vanished: three records and two error rows
    failed = frame[frame["error"].notna()]
    assert sorted(failed["origin"]) == [f"{inputs}/day.jsonl:3", f"{inputs}/more.parquet#p2"]
    assert failed["record"].isna().all()
    good = frame[frame["error"].isna()].set_index("id")
    assert Article.model_validate_json(good.loc["t1", "record"]).published is not None
    assert str(good.loc["t1", "date"]) == "2022-03-29"


@pytest.mark.usefixtures("local_ray")
def test_ray_refuses_stdin_and_a_full_output_folder(pipeline: Pipeline, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read standard input"):
        ray_ingest(["-"], pipeline.settings, output=tmp_path / "o", options=RayOptions(workers=1))
    full = tmp_path / "full"
    full.mkdir()
    (full / "x").write_text("x", encoding="utf-8")
    with pytest.raises(ConfigError, match="is not empty"):
        ray_ingest([str(SAMPLE)], pipeline.settings, output=full)


@pytest.mark.slow
@pytest.mark.usefixtures("local_ray")
def test_the_cli_ingests_on_ray_then_refreshes_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``strife ingest --engine ray`` into the store: the driver writes, then runs the refreshers once."""
    from typer.testing import CliRunner

    from strife.cli import app
    from strife.monitor import refresh as refresh_module

    lines = [
        {"text": "Russia and Ukraine held talks in Istanbul.", "id": "r1", "published": "2022-03-29T10:00Z"},
        {"text": "NATO condemned the Russian strike on Kyiv.", "id": "r2", "published": "2022-03-30T10:00Z"},
    ]
    inputs = tmp_path / "day.jsonl"
    inputs.write_text("\n".join(map(json.dumps, lines)) + "\n", encoding="utf-8")
    runs: list[int] = []
    real = refresh_module.refresh

    def counted(store: Any, **kwargs: Any) -> Any:
        runs.append(store.counts()["articles"])
        return real(store, **kwargs)

    monkeypatch.setattr(refresh_module, "refresh", counted)
    db = tmp_path / "ray.duckdb"
    result = CliRunner().invoke(
        app, ["--db", str(db), "ingest", "--engine", "ray", "--workers", "2", str(inputs)]
    )
    assert result.exit_code == 0, result.output
    assert "read 2, stored 2, duplicates 0, failed 0" in result.stderr
    assert runs == [2]
    with open_store(db) as store:
        assert store.story_backlog().articles == 0 and len(store.stories()) >= 1
