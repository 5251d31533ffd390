"""What one running app holds: its store, the ingest settings, the pipeline built on first use.

An app made by :func:`strife.web.app.create_app` keeps one :class:`WebContext` in
``app.state.strife``; the routes reach it through the :func:`web_context` and :func:`get_store`
dependencies. Nothing is global, so two apps (two tests) never share a store.

The store is opened once for the app's life and is safe to share between the server's worker
threads (a DuckDB store serialises its calls and holds its file only while it works, so ``strife
ingest`` can write meanwhile; a PostgreSQL store gives each call a pooled connection). The routes
only read: stories and the alerts of the whole store are brought up to date on the write path —
after ``POST /api/articles`` stored something (:meth:`WebContext.refresh`, run after the answer is
sent, with the app's ``settings`` for the alert thresholds), by ``strife ingest``/``watch`` or
``strife refresh`` — and the routes read the stored alerts. The NLP pipeline is built on the first
``POST /api/articles`` and reads one article at a time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from strife.ingest import PipelineLike
from strife.speaker_identity import SpeakerIdentity
from strife.store import Store
from strife.web.ingest_worker import DEFAULT_QUEUE, IngestWorker

if TYPE_CHECKING:
    from strife.settings import Settings

__all__ = [
    "DEFAULT_MAX_BODY",
    "ContextDep",
    "PipelineFactory",
    "StoreDep",
    "WebContext",
    "default_pipeline",
    "get_store",
    "web_context",
]

DEFAULT_MAX_BODY = 2_000_000

PipelineFactory = Callable[[], PipelineLike]
IdentityFactory = Callable[[], "SpeakerIdentity"]


def default_pipeline() -> PipelineLike:
    """The NLP pipeline with the settings of the config file and environment (loads spaCy)."""
    from strife.pipeline import Pipeline
    from strife.settings import load_settings

    return Pipeline(load_settings())


def default_identity() -> SpeakerIdentity:
    """Speaker names read through the dictionaries of the config file and environment."""
    from strife.dictionaries import Dictionaries
    from strife.settings import load_settings
    from strife.speaker_identity import SpeakerIdentity

    return SpeakerIdentity(Dictionaries.load(load_settings().dictionaries))


@dataclass
class WebContext:
    """The store of one app and what ingesting through it needs."""

    store: Store
    static_dir: Path
    token: str | None = None
    max_body: int = DEFAULT_MAX_BODY
    pipeline_factory: PipelineFactory = default_pipeline
    ingest_queue: int = DEFAULT_QUEUE
    settings: Settings | None = None
    identity_factory: IdentityFactory = default_identity
    _pipeline: PipelineLike | None = field(default=None, repr=False)
    _identity: SpeakerIdentity | None = field(default=None, repr=False)
    _identity_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _worker: IngestWorker | None = field(default=None, repr=False)
    _pipeline_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ingest_lock(self) -> threading.Lock:
        """Held while one article goes through the pipeline (spaCy is not shared between threads)."""
        return self._pipeline_lock

    @property
    def ingest_worker(self) -> IngestWorker:
        """The thread posted articles are read in, started on first use."""
        if self._worker is None:
            from strife.web.ingest_api import ingest

            self._worker = IngestWorker(lambda raw: ingest(self, raw), self.ingest_queue)
        return self._worker

    def close(self) -> None:
        """Stop the ingest thread (after the article in hand)."""
        if self._worker is not None:
            self._worker.close()

    def pipeline(self) -> PipelineLike:
        """The pipeline, built on the first call; call it holding :attr:`ingest_lock`."""
        if self._pipeline is None:
            self._pipeline = self.pipeline_factory()
        return self._pipeline

    def identity(self) -> SpeakerIdentity:
        """Who speakers are across articles (the dictionaries, loaded on first use)."""
        with self._identity_lock:
            if self._identity is None:
                self._identity = self.identity_factory()
            return self._identity

    def refresh(self) -> None:
        """The write path's last step after an article came in over HTTP: stories, threads,
        incidents and the alerts brought up to date (:func:`strife.monitor.refresh.refresh`, with
        the app's settings; one at a time)."""
        from strife.monitor.refresh import refresh

        refresh(self.store, settings=self.settings)


def web_context(request: Request) -> WebContext:
    """The :class:`WebContext` of the app serving ``request``."""
    context: WebContext = request.app.state.strife
    return context


def get_store(request: Request) -> Store:
    """The app's store."""
    return web_context(request).store


StoreDep = Annotated[Store, Depends(get_store)]
ContextDep = Annotated[WebContext, Depends(web_context)]
