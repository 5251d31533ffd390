"""strife.ingest: counting, error reporting, skipping stored articles before the NLP, strict mode."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from fake_pipeline import FakePipeline
from strife.errors import ExtractionError, InputError, StrifeError
from strife.ingest import IngestSummary, Progress, extract_items, ingest, ingest_items
from strife.record import Article, RawArticle
from strife.store.rows import StoredText
from strife.syndication import text_of


class MemoryStore:
    """The store methods ingest uses, in memory; ``add`` refuses a known id or fingerprint."""

    location = ":memory:"

    def __init__(self) -> None:
        self.articles: dict[str, Article] = {}

    def same_texts(self, article_id: str, fingerprint: str) -> list[StoredText]:
        text = text_of(fingerprint)
        return [
            StoredText(id=a.id, fingerprint=a.fingerprint, outlet=a.outlet, url=a.url)
            for a in self.articles.values()
            if a.id == article_id or text_of(a.fingerprint) == text
        ]

    def get(self, article_id: str) -> Article | None:
        return self.articles.get(article_id)

    def contains(self, article_id: str | None, fingerprint: str) -> bool:
        return article_id in self.articles or any(
            a.fingerprint == fingerprint for a in self.articles.values()
        )

    def add(self, article: Article) -> bool:
        if MemoryStore.contains(self, article.id, article.fingerprint):
            return False
        self.articles[article.id] = article
        return True


def raw(body: str, origin: str | None = None, **meta: str) -> RawArticle:
    return RawArticle(body=body, origin=origin or f"{body[:8]}.txt", **meta)


ITEMS: list[RawArticle | InputError] = [
    raw("First article about talks."),
    InputError("empty.txt", "the file is empty"),
    raw("Second article: FAIL here."),
    raw("Third article on sanctions."),
    raw("first   ARTICLE about talks.", origin="copy.txt"),  # same normalised text as the first
]


def test_ingest_counts_and_reports() -> None:
    store, pipeline = MemoryStore(), FakePipeline()
    errors: list[StrifeError] = []
    summary = ingest_items(ITEMS, store, pipeline, on_error=errors.append)
    assert summary == IngestSummary(read=4, failed=2, stored=2, duplicates=1, skipped_existing=0)
    assert summary.line() == "read 4, stored 2, duplicates 1, failed 2"
    assert [(getattr(e, "origin", None), type(e)) for e in errors] == [
        ("empty.txt", InputError),
        ("Second a.txt", ExtractionError),
    ]
    assert len(store.articles) == 2
    # the duplicate within the run never reached the NLP
    assert pipeline.read == [i.body for i in ITEMS[:5] if isinstance(i, RawArticle)][:3]


def test_rerun_skips_stored_articles_before_the_nlp() -> None:
    store = MemoryStore()
    ingest_items(ITEMS, store, FakePipeline())
    again = FakePipeline()
    summary = ingest_items(ITEMS, store, again)
    assert summary.stored == 0
    assert summary.skipped_existing == 2
    assert summary.duplicates == 3  # two stored before, one repeated in the run
    assert again.read == ["Second article: FAIL here."]  # only the one not stored is read again


def test_interrupted_run_is_completed_by_a_rerun() -> None:
    bodies = [f"Article number {i} about the talks." for i in range(10)]
    store = MemoryStore()
    for body in bodies[:4]:  # as if the first run died after four
        store.add(FakePipeline().to_article_shell(raw(body)))
    pipeline = FakePipeline()
    summary = ingest_items([raw(b) for b in bodies], store, pipeline, batch_size=3)
    assert (summary.stored, summary.skipped_existing) == (6, 4)
    assert pipeline.read == bodies[4:]
    assert len(store.articles) == 10


def test_store_refusing_a_write_counts_a_duplicate() -> None:
    class Racing(MemoryStore):
        def same_texts(self, article_id: str, fingerprint: str) -> list[StoredText]:
            return []  # another writer stores it between the check and the write

    store = Racing()
    store.add(FakePipeline().to_article_shell(raw("Already there.")))
    summary = ingest_items([raw("Already there.")], store, FakePipeline())
    assert (summary.stored, summary.duplicates, summary.skipped_existing) == (0, 1, 0)


def test_batches_stream_the_input() -> None:
    consumed: list[int] = []

    def items() -> Iterator[RawArticle]:
        for i in range(7):
            consumed.append(i)
            yield raw(f"Streamed article {i}.")

    pipeline = FakePipeline()
    seen_at_first_batch: list[int] = []
    original = pipeline.pipe

    def pipe(raws: Iterable[RawArticle], **kw: Callable[[ExtractionError], None] | None) -> Iterator[Article]:
        if not seen_at_first_batch:
            seen_at_first_batch.append(len(consumed))
        return original(raws, **kw)

    pipeline.pipe = pipe  # type: ignore[method-assign]
    summary = ingest_items(items(), MemoryStore(), pipeline, batch_size=3)
    assert summary.stored == 7
    assert pipeline.batches == [3, 3, 1]
    assert seen_at_first_batch == [3]  # the first batch went in before the rest was read


def test_progress_snapshots() -> None:
    seen: list[Progress] = []
    ingest_items(ITEMS, MemoryStore(), FakePipeline(), progress=seen.append)
    assert len(seen) == len(ITEMS)
    last = seen[-1].summary
    assert (last.stored, last.failed, last.duplicates) == (2, 2, 1)
    assert seen[0].summary is not last  # snapshots, not the live object
    assert all(p.origin for p in seen)


@pytest.mark.parametrize(
    ("items", "stored", "error"),
    [
        ([raw("One good."), InputError("bad.bin", "binary"), raw("Never read.")], 1, InputError),
        ([raw("One good."), raw("FAIL one."), raw("In the same batch.")], 2, ExtractionError),
    ],
)
def test_strict_stops_at_the_first_error_after_storing_the_batch(
    items: list[RawArticle | InputError], stored: int, error: type[StrifeError]
) -> None:
    store, summary = MemoryStore(), IngestSummary()
    with pytest.raises(error):
        ingest_items(items, store, FakePipeline(), strict=True, summary=summary)
    assert summary.stored == stored == len(store.articles)
    assert summary.failed == 1


def test_shell_errors_are_counted_not_raised() -> None:
    class Picky(FakePipeline):
        def to_article_shell(self, raw: RawArticle) -> Article:
            if raw.body.startswith("bad"):
                raise InputError(raw.origin or "?", "bad metadata")
            return super().to_article_shell(raw)

    errors: list[StrifeError] = []
    summary = ingest_items([raw("bad one"), raw("good one")], MemoryStore(), Picky(), on_error=errors.append)
    assert (summary.read, summary.failed, summary.stored) == (2, 1, 1)
    assert len(errors) == 1


def test_other_errors_propagate() -> None:
    from strife.errors import StoreError

    class Broken(MemoryStore):
        def add(self, article: Article) -> bool:
            raise StoreError("disk full")

    with pytest.raises(StoreError, match="disk full"):
        ingest_items([raw("Anything.")], Broken(), FakePipeline())


def test_extract_items_keeps_order_and_does_not_deduplicate() -> None:
    errors: list[StrifeError] = []
    summary = IngestSummary()
    out = list(extract_items(ITEMS, FakePipeline(), on_error=errors.append, summary=summary, batch_size=2))
    assert [a.origin for a in out] == ["First ar.txt", "Third ar.txt", "copy.txt"]
    assert (summary.read, summary.stored, summary.failed, summary.duplicates) == (4, 3, 2, 0)
    assert len(errors) == 2


def test_extract_items_is_lazy_and_strict_raises() -> None:
    it = extract_items([raw("a good one"), InputError("x", "bad")], FakePipeline(), strict=True)
    with pytest.raises(InputError):
        list(it)


def test_ingest_with_the_real_store(tmp_path: pytest.TempPathFactory) -> None:
    store_mod = pytest.importorskip("strife.store")
    with store_mod.open_store(tmp_path / "s.duckdb") as store:  # type: ignore[operator]
        first = ingest_items(ITEMS, store, FakePipeline())
        second = ingest_items(ITEMS, store, FakePipeline())
        assert (first.stored, second.stored, second.skipped_existing) == (2, 0, 2)
        assert store.counts()["articles"] == 2


def test_ingest_paths_with_the_real_readers(tmp_path: pytest.TempPathFactory) -> None:
    if not hasattr(pytest.importorskip("strife.readers"), "read_inputs"):
        pytest.skip("strife.readers.read_inputs is not there yet")
    from strife.ingest import extract_iter, ingest

    folder = tmp_path / "in"  # type: ignore[operator]
    folder.mkdir()
    (folder / "a.txt").write_text("Moscow said on Monday it would respond.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Kyiv said on Tuesday the talks had failed.\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    errors: list[StrifeError] = []
    summary = ingest([str(folder)], MemoryStore(), FakePipeline(), max_bytes=10_000, on_error=errors.append)
    assert (summary.read, summary.stored) == (2, 2)
    assert summary.failed == len(errors) >= 1
    records = list(extract_iter([str(folder / "a.txt")], FakePipeline(), max_bytes=10_000))
    assert [r.body.strip() for r in records] == ["Moscow said on Monday it would respond."]


def test_the_stores_own_files_are_not_read_as_input(tmp_path: Path) -> None:
    from strife.store import open_store

    (tmp_path / "a.txt").write_text("Officials said the border was closed.", encoding="utf-8")
    errors: list[StrifeError] = []
    with open_store(tmp_path / "news.duckdb") as store:
        summary = ingest([str(tmp_path)], store, FakePipeline(), max_bytes=10_000, on_error=errors.append)
        assert (summary.read, summary.stored, errors) == (1, 1, [])
