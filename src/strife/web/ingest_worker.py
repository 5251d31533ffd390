"""The thread that reads posted articles, so that reading one never holds up other requests.

``POST /api/articles`` hands its article to :class:`IngestWorker` and waits for the answer without
holding the event loop or a request thread: the worker reads articles one at a time, in the order
they came, in a thread of its own (spaCy is not shared between threads), and the server goes on
answering every other request meanwhile. Its queue is bounded (``ingest_queue`` articles waiting,
16 by default): a POST that finds it full is answered 503 at once with ``Retry-After``, rather than
piling up. Each article also has the pipeline's time budget (the ``article_time_budget`` setting),
so pathological text is stopped with an error naming it.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from fastapi import HTTPException, status

from strife.record import RawArticle

__all__ = ["DEFAULT_QUEUE", "RETRY_AFTER_S", "IngestWorker"]

DEFAULT_QUEUE = 16
RETRY_AFTER_S = 10

Job = tuple[RawArticle, "Future[Any]"]


class IngestWorker:
    """One thread running ``read(raw)`` for each submitted article, from a queue of ``size``."""

    def __init__(self, read: Callable[[RawArticle], Any], size: int = DEFAULT_QUEUE) -> None:
        if size < 1:
            raise ValueError(f"the ingest queue needs room for at least one article, not {size}")
        self._read = read
        self._jobs: queue.Queue[Job | None] = queue.Queue(maxsize=size)
        self._thread: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def submit(self, raw: RawArticle) -> Future[Any]:
        """The answer to come for ``raw``; a 503 :class:`HTTPException` when the queue is full."""
        self._start()
        future: Future[Any] = Future()
        try:
            self._jobs.put_nowait((raw, future))
        except queue.Full:
            raise HTTPException(
                status.HTTP_503_SERVICE_UNAVAILABLE,
                f"{self._jobs.maxsize} articles are already waiting to be read; send this one again later",
                headers={"Retry-After": str(RETRY_AFTER_S)},
            ) from None
        return future

    def close(self, timeout: float = 30.0) -> None:
        """Stop after the article in hand (waiting ones are cancelled)."""
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job[1].cancel()
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join(timeout)

    def _start(self) -> None:
        with self._start_lock:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="strife-ingest", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            raw, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(self._read(raw))
            except BaseException as exc:  # handed to the request that waits for it
                future.set_exception(exc)
