"""strife.workers: reading in worker processes gives what one process gives, in the same order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from fake_pipeline import FakePipeline
from store_dump import dump_store
from strife.errors import ExtractionError, InputError, ModelError, StrifeError, WorkerError
from strife.ingest import IngestSummary, ingest, ingest_items
from strife.pipeline import Pipeline
from strife.record import Article, RawArticle
from strife.store import open_store
from strife.workers import PipelineSpec, WorkerPool, available_cores
from test_ingest import MemoryStore, raw

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "strife" / "sample" / "corpus"


def items() -> list[RawArticle | InputError]:
    """Eleven articles over six batches of two: failures, a bad input and a repeat among them."""
    out: list[RawArticle | InputError] = [raw(f"Article {i} on the talks in Geneva.") for i in range(8)]
    out[3] = raw("This one will FAIL in the pipeline.")
    out.insert(5, InputError("broken.txt", "is empty; nothing to read"))
    out.append(raw("article 1 ON the talks in Geneva.", origin="copy.txt"))  # the same text as article 1
    out.append(raw("The last article, on sanctions."))
    return out


def run(reader: object, store: MemoryStore) -> tuple[IngestSummary, list[str]]:
    errors: list[StrifeError] = []
    summary = ingest_items(items(), store, reader, batch_size=2, on_error=errors.append)  # type: ignore[arg-type]
    return summary, sorted(str(e) for e in errors)  # read-ahead may report a bad input sooner


def test_two_workers_store_what_one_process_stores_in_the_same_order() -> None:
    alone, pooled = MemoryStore(), MemoryStore()
    expected = run(FakePipeline(), alone)
    with WorkerPool(FakePipeline, 2) as pool:
        got = run(pool, pooled)
        assert len(pool.peak_rss) in (1, 2)
    assert got == expected
    assert expected[0] == IngestSummary(read=10, failed=2, stored=8, duplicates=1)
    assert list(pooled.articles) == list(alone.articles)  # input order
    assert pooled.articles == alone.articles


class BrokenFactory:
    """A factory whose pipeline cannot be built (picklable: a module-level class)."""

    def __call__(self) -> FakePipeline:
        raise ModelError("spaCy model 'nosuch' is not installed")


def test_a_worker_that_cannot_build_its_pipeline_raises_that_error() -> None:
    with WorkerPool(BrokenFactory(), 2) as pool, pytest.raises(ModelError, match="'nosuch' is not"):
        run(pool, MemoryStore())


class DyingPipeline(FakePipeline):
    """Kills its own process on a body holding DIE (as the kernel's OOM killer would)."""

    def pipe(
        self, raws: Iterable[RawArticle], *, on_error: Callable[[ExtractionError], None] | None = None
    ) -> Iterator[Article]:
        batch = list(raws)
        if any("DIE" in r.body for r in batch):
            os._exit(9)
        return super().pipe(batch, on_error=on_error)


def test_a_worker_that_dies_is_an_error_naming_the_batch() -> None:
    store = MemoryStore()
    texts = [raw("First article."), raw("Second article."), raw("Here we DIE.", origin="fatal.txt")]
    with WorkerPool(DyingPipeline, 1) as pool, pytest.raises(WorkerError, match=r"fatal\.txt"):
        ingest_items(texts, store, pool, batch_size=2)
    assert len(store.articles) == 2  # the batch before it is stored


def test_available_cores_and_a_bad_count() -> None:
    assert 1 <= available_cores() <= (os.cpu_count() or 1)
    with pytest.raises(ValueError, match="at least 1"):
        WorkerPool(FakePipeline, 0)


@pytest.mark.slow
def test_one_and_two_workers_give_identical_stores_on_the_sample(pipeline: Pipeline, tmp_path: Path) -> None:
    """The real pipeline: the sample corpus in batches of 4, in this process and in two workers."""
    stores = {}
    for name, reader in (("one", pipeline), ("two", WorkerPool(PipelineSpec(pipeline.settings), 2))):
        path = tmp_path / f"{name}.duckdb"
        with open_store(path) as store:
            summary = ingest([str(SAMPLE)], store, reader, max_bytes=1_000_000, batch_size=4)
        if isinstance(reader, WorkerPool):
            assert len(reader.peak_rss) == 2  # both worked
            reader.close()
        assert summary.stored >= 30 and summary.failed == 3
        stores[name] = dump_store(path)
    assert stores["one"] == stores["two"]
    assert stores["one"][0]["events"] > 100
