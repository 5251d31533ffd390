"""strife.watch.watch against a feed served on loopback: only new items stored, failures retried, restarts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from watchkit import A, B, C, D, FakeClock, FeedServer, Item, rss

from fake_pipeline import FakePipeline
from strife.errors import StoreError, StrifeError
from strife.pipeline import Pipeline
from strife.record import RawArticle
from strife.store import Store, open_store
from strife.watch import FeedError, RoundReport, WatchStore, WatchSummary, feed_source, watch

EVERY = 900.0


class Run:
    """One watch() call with the fake clock; errors and reports collected."""

    def __init__(self, clock: FakeClock, pipeline: FakePipeline | Pipeline) -> None:
        self.clock = clock
        self.pipeline = pipeline
        self.errors: list[StrifeError] = []
        self.reports: list[RoundReport] = []
        self.after: list[int] = []
        self.hooks: list[Callable[[RoundReport], None]] = []

    def on_round(self, report: RoundReport) -> None:
        self.reports.append(report)
        for hook in self.hooks:
            hook(report)

    def __call__(self, sources: list[str], store: Store, rounds: int, **options: object) -> WatchSummary:
        def after_round(open_store: WatchStore, report: RoundReport) -> None:
            assert open_store.location == store.location
            self.after.append(report.stored)

        return watch(
            [feed_source(s) for s in sources],
            store,
            self.pipeline,
            every=EVERY,
            rounds=rounds,
            on_error=self.errors.append,
            on_round=self.on_round,
            after_round=after_round,
            sleep=self.clock.sleep,
            clock=self.clock,
            timeout=5.0,
            **options,  # type: ignore[arg-type]
        )

    def messages(self) -> list[str]:
        return [str(e) for e in self.errors]


def serve_per_pass(server: FeedServer, run: Run, bodies: list[tuple[bytes, int]]) -> None:
    """Serve ``bodies[k]`` in the k-th pass (k from 0; the last one from then on)."""
    server.serve(*bodies[0])

    def next_body(report: RoundReport) -> None:
        server.serve(*bodies[min(len(run.reports), len(bodies) - 1)])

    run.hooks.append(next_body)


def test_only_new_items_are_stored(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    run = Run(clock, fake)
    serve_per_pass(server, run, [(rss([A, B]), 200), (rss([C, A, B]), 200), (rss([C, A, B]), 200)])
    with open_store(db) as store:
        summary = run([server.url], store, rounds=3)
        assert store.counts()["articles"] == 3
    assert [(r.number, r.new, r.stored) for r in run.reports] == [(1, 2, 2), (2, 1, 1), (3, 0, 0)]
    assert summary.rounds == 3 and summary.stored == 3 and summary.polls == 3
    assert fake.read == [A.text, B.text, C.text]  # each item through the NLP once
    assert run.after == [2, 1]  # after_round only after rounds that stored something
    assert clock.sleeps == [EVERY, EVERY]
    assert run.errors == []


def test_server_error_is_reported_and_retried(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    run = Run(clock, fake)
    serve_per_pass(server, run, [(rss([A]), 200), (b"oops", 500), (b"still down", 503), (rss([A, B]), 200)])
    with open_store(db) as store:
        summary = run([server.url], store, rounds=3)
        assert store.counts()["articles"] == 2
    # round 1 ok; round 2 gets 500; retry after 30 s gets 503; retry after 60 s more recovers
    assert [(r.number, r.retry, r.stored, r.failed_feeds) for r in run.reports] == [
        (1, False, 1, 0),
        (2, False, 0, 1),
        (2, True, 0, 1),
        (2, True, 1, 0),
        (3, False, 0, 0),
    ]
    assert clock.sleeps == [EVERY, 30.0, 60.0, EVERY - 90.0]
    assert [type(e) for e in run.errors] == [FeedError, FeedError]
    assert run.messages() == [
        f"{server.url}: the server answered HTTP 500 Internal Server Error; trying again in 30 s",
        f"{server.url}: the server answered HTTP 503 Service Unavailable; trying again in 1 min",
    ]
    assert summary.rounds == 3 and summary.retries == 2 and summary.failed_polls == 2


def test_malformed_xml_is_reported_and_the_next_pass_recovers(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    run = Run(clock, fake)
    serve_per_pass(server, run, [(b"Service unavailable <<< not a feed", 200), (rss([A]), 200)])
    with open_store(db) as store:
        run([server.url], store, rounds=2)
        assert store.counts()["articles"] == 1
    assert [(r.number, r.retry, r.failed_feeds, r.stored) for r in run.reports] == [
        (1, False, 1, 0),
        (1, True, 0, 1),
        (2, False, 0, 0),
    ]
    (error,) = run.errors
    assert isinstance(error, FeedError)
    assert str(error).startswith(f"{server.url}: is not a readable RSS/Atom feed")
    assert str(error).endswith("; trying again in 30 s")


def test_a_down_feed_does_not_stop_the_others(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path, tmp_path: Path
) -> None:
    run = Run(clock, fake)
    server.serve(b"gone", 404)
    feed_file = tmp_path / "local.xml"
    feed_file.write_bytes(rss([A, B]))
    with open_store(db) as store:
        summary = run([server.url, str(feed_file)], store, rounds=1)
        assert store.counts()["articles"] == 2
    (report,) = run.reports
    assert [f.ok for f in report.feeds] == [False, True]
    assert report.feeds[0].error == "the server answered HTTP 404 Not Found"
    assert summary.failed_polls == 1 and summary.stored == 2


def test_a_restarted_watcher_stores_nothing_again(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    server.serve(rss([A, B, C]))
    with open_store(db) as store:
        Run(clock, fake)([server.url], store, rounds=1)
    fresh = FakePipeline()
    again = Run(FakeClock(), fresh)
    with open_store(db) as store:  # a new process on the same store file
        summary = again([server.url], store, rounds=2)
        assert store.counts()["articles"] == 3
    assert summary.new == 0 and summary.stored == 0
    assert fresh.read == []


def test_ledger_knows_items_stored_by_another_route(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    """An article the store got elsewhere is a duplicate: recorded in the ledger, not read by the NLP."""
    server.serve(rss([A]))
    with open_store(db) as store:
        store.add(fake.to_article_shell(RawArticle(body=A.text)))
        summary = Run(clock, fake)([server.url], store, rounds=2)
        assert store.seen_feed_items(server.url, ["wire-1"]) == {"wire-1"}
    assert summary.duplicates == 1 and summary.new == 1 and summary.stored == 0
    assert fake.read == []


@pytest.mark.parametrize(
    ("item", "key"),
    [
        (Item("With guid", "Text with a guid.", guid="g-1", link="https://example.org/1"), "g-1"),
        (Item("Link only", "Text with a link only.", link="https://example.org/2"), "https://example.org/2"),
        (Item("Neither", "Text with neither guid nor link."), None),
    ],
)
def test_item_keys_fall_back_from_guid_to_link_to_a_hash(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path, item: Item, key: str | None
) -> None:
    server.serve(rss([item]))
    run = Run(clock, fake)
    with open_store(db) as store:
        run([server.url], store, rounds=2)
        assert store.counts()["articles"] == 1
        con = store._con  # type: ignore[attr-defined]
        ((stored_key, article_id),) = con.execute("SELECT item, article_id FROM feed_items").fetchall()
    if key is None:
        assert stored_key.startswith("sha256:") and len(stored_key) == 7 + 64
    else:
        assert stored_key == key
    assert article_id is not None
    assert [r.new for r in run.reports] == [1, 0]


def test_a_bad_item_does_not_stop_the_feed(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    empty = Item("No text", "", guid="wire-empty")
    failing = Item("Fails", "This one will FAIL in the pipeline.", guid="wire-fail")
    server.serve(rss([A, empty, failing, B]))
    run = Run(clock, fake)
    with open_store(db) as store:
        summary = run([server.url], store, rounds=2)
        assert store.counts()["articles"] == 2
        assert store.seen_feed_items(server.url, ["wire-1", "wire-2", "wire-empty", "wire-fail"]) == {
            "wire-1",
            "wire-2",
        }
    assert len(run.errors) == 2  # reported once, not again in round 2
    assert sorted(type(e).__name__ for e in run.errors) == ["ExtractionError", "InputError"]
    assert any(str(e).endswith("feed item has no text") for e in run.errors)
    assert summary.failed == 2 and summary.stored == 2
    assert [r.new for r in run.reports] == [4, 0]
    restarted = Run(FakeClock(), FakePipeline())
    with open_store(db) as store:  # a restart tries the failed items again
        restarted([server.url], store, rounds=1)
    assert len(restarted.errors) == 2


def test_a_file_feed_is_watched(tmp_path: Path, clock: FakeClock, fake: FakePipeline, db: Path) -> None:
    feed = tmp_path / "feeds" / "wire.xml"
    feed.parent.mkdir()
    feed.write_bytes(rss([A, B]))
    run = Run(clock, fake)

    def publish(now: float) -> None:
        feed.write_bytes(rss([D, A, B]))

    clock.on_sleep.append(publish)
    with open_store(db) as store:
        summary = run([str(feed)], store, rounds=3)
        assert store.counts()["articles"] == 3
        assert store.seen_feed_items(str(feed.resolve()), ["wire-1", "wire-4"]) == {"wire-1", "wire-4"}
    assert [r.stored for r in run.reports] == [2, 1, 0]
    assert summary.stored == 3


def test_an_unchanged_feed_is_not_read_again(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    server.serve(rss([A]), headers={"ETag": '"v1"', "Last-Modified": "Mon, 13 Nov 2023 10:00:00 GMT"})
    run = Run(clock, fake)
    with open_store(db) as store:
        run([server.url], store, rounds=2)
    assert [r.feeds[0].unchanged for r in run.reports] == [False, True]
    assert "If-None-Match" not in server.requests[0]
    assert server.requests[1]["If-None-Match"] == '"v1"'
    assert server.requests[1]["If-Modified-Since"] == "Mon, 13 Nov 2023 10:00:00 GMT"


def test_store_opened_per_pass_and_a_busy_store_is_retried(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    server.serve(rss([A]))
    opened: list[int] = []

    def opener() -> Store:
        opened.append(1)
        if len(opened) == 1:
            raise StoreError(f"the store {db} is in use by another process")
        return open_store(db)

    errors: list[StrifeError] = []
    reports: list[RoundReport] = []
    watch(
        [feed_source(server.url)],
        opener,
        fake,
        every=EVERY,
        rounds=1,
        on_error=errors.append,
        on_round=reports.append,
        sleep=clock.sleep,
        clock=clock,
    )
    assert [type(e) for e in errors] == [StoreError]
    assert [(r.retry, r.failed_feeds, r.stored) for r in reports] == [(False, 1, 0)]
    watch([feed_source(server.url)], opener, fake, every=EVERY, rounds=1, sleep=clock.sleep, clock=clock)
    with open_store(db) as store:  # the store was closed after the pass: it opens again here
        assert store.counts()["articles"] == 1
    assert len(opened) == 2


def test_interrupt_keeps_the_summary(
    server: FeedServer, clock: FakeClock, fake: FakePipeline, db: Path
) -> None:
    server.serve(rss([A, B]))

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    summary = WatchSummary()
    with open_store(db) as store, pytest.raises(KeyboardInterrupt):
        watch(
            [feed_source(server.url)],
            store,
            fake,
            every=EVERY,
            sleep=interrupted,
            clock=clock,
            summary=summary,
        )
    assert summary.rounds == 1 and summary.stored == 2


@pytest.mark.parametrize(
    ("sources", "rounds", "every", "message"),
    [([], 1, EVERY, "at least one feed"), (["x"], 0, EVERY, "at least 1"), (["x"], 1, 0.0, "more than zero")],
)
def test_bad_arguments(tmp_path: Path, sources: list[str], rounds: int, every: float, message: str) -> None:
    feed = tmp_path / "x"
    feed.write_bytes(rss([A]))
    with open_store(":memory:") as store, pytest.raises(ValueError, match=message):
        watch(
            [feed_source(str(tmp_path / s)) for s in sources],
            store,
            FakePipeline(),
            every=every,
            rounds=rounds,
        )


def test_real_pipeline_stores_tone(tmp_path: Path, pipeline: Pipeline, db: Path) -> None:
    feed = tmp_path / "wire.xml"
    hostile = Item("Shelling", "Artillery shelled the town and killed six people, officials said.", guid="h")
    feed.write_bytes(rss([hostile]))
    with open_store(db) as store:
        summary = Run(FakeClock(), pipeline)([str(feed)], store, rounds=1)
        (row,) = store.articles()
        article = store.get(row.id)
    assert summary.stored == 1
    assert article is not None and article.tone is not None and article.tone < 0
