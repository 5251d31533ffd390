"""POST /api/articles reads in a thread of its own with a bounded queue: other requests go on."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from apikit import TOKEN, FakePipeline, api

from strife.errors import ExtractionError
from strife.record import Article, RawArticle
from strife.web.ingest_worker import IngestWorker

AUTH = {"Authorization": f"Bearer {TOKEN}"}


class BlockingPipeline(FakePipeline):
    """Reads an article only once ``go`` is set; ``started`` is set when it begins."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.go = threading.Event()

    def pipe(
        self, raws: Iterable[RawArticle], *, on_error: Callable[[ExtractionError], None] | None = None
    ) -> Iterator[Article]:
        self.started.set()
        assert self.go.wait(20)
        yield from super().pipe(raws, on_error=on_error)


def _post(client: Any, text: str, out: dict[str, Any]) -> None:
    out[text] = client.post("/api/articles", json={"text": text}, headers=AUTH)


def test_other_requests_are_answered_while_an_article_is_read(tmp_path: Path) -> None:
    slow = BlockingPipeline()
    with api(tmp_path, token=TOKEN, pipeline_factory=lambda: slow, ingest_queue=1) as client:
        answers: dict[str, Any] = {}
        first = threading.Thread(target=_post, args=(client, "Envoys met in Geneva on Monday.", answers))
        first.start()
        assert slow.started.wait(20)  # the first article is being read …
        begun = time.monotonic()
        assert client.get("/api/health").status_code == 200  # … and GETs are answered meanwhile
        assert client.get("/api/articles").status_code == 200
        assert time.monotonic() - begun < 10
        second = threading.Thread(target=_post, args=(client, "The ceasefire held for a day.", answers))
        second.start()
        deadline = time.monotonic() + 10
        while client.app.state.strife.ingest_worker._jobs.qsize() < 1 and time.monotonic() < deadline:  # type: ignore[attr-defined]
            time.sleep(0.01)
        full = client.post("/api/articles", json={"text": "Ministers agreed on a plan."}, headers=AUTH)
        assert full.status_code == 503 and full.headers["Retry-After"] == "10"
        assert "send this one again later" in full.json()["detail"]
        slow.go.set()
        first.join(20)
        second.join(20)
        assert [answers[t].status_code for t in sorted(answers)] == [201, 201]


def test_the_worker_reads_in_order_and_hands_errors_back() -> None:
    seen: list[str] = []

    def read(raw: RawArticle) -> str:
        if "FAIL" in raw.body:
            raise ValueError("cannot read")
        seen.append(raw.body)
        return raw.body.upper()

    worker = IngestWorker(read, size=4)
    futures = [worker.submit(RawArticle(body=b)) for b in ("a", "FAIL", "c")]
    assert futures[0].result(5) == "A" and futures[2].result(5) == "C"
    with pytest.raises(ValueError, match="cannot read"):
        futures[1].result(5)
    assert seen == ["a", "c"]
    worker.close()


def test_an_article_over_the_time_budget_is_422(tmp_path: Path) -> None:
    class OverBudget(FakePipeline):
        def pipe(
            self, raws: Iterable[RawArticle], *, on_error: Callable[[ExtractionError], None] | None = None
        ) -> Iterator[Article]:
            for raw in raws:
                assert on_error is not None
                on_error(
                    ExtractionError(raw.origin or "?", "reading stopped after 121.0 s, over the time budget")
                )
            return iter(())

    with api(tmp_path, token=TOKEN, pipeline_factory=OverBudget) as client:
        response = client.post("/api/articles", json={"text": "A pathological text."}, headers=AUTH)
    assert response.status_code == 422
    assert "time budget" in response.json()["detail"]
