"""The web app: :func:`create_app` puts the API, the pages and the safeguards together.

>>> app = create_app(Path("strife.duckdb"))  # doctest: +SKIP

The store (a DuckDB file or a PostgreSQL URL) is opened when the app starts (its lifespan) and
closed when it stops; nothing is kept outside the app. A DuckDB store is opened ``shared``: it holds
the file only while it answers, so ``strife ingest`` or ``watch`` can write between requests.
Errors are JSON ``{"detail": "<what is wrong and what to give instead>"}`` (:mod:`strife.web.errors`):
422 for a parameter that cannot be used, 404 for an unknown article or story,
400/401/403/413/415/429/422 from ``POST /api/articles``, 503 when the store or the NLP model cannot
be used, 500 for a bug; none of them carries a path, SQL or a traceback.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel

from strife.errors import ConfigError
from strife.info import strife_version
from strife.ingest import PipelineLike
from strife.settings import Settings
from strife.store import open_store
from strife.store_location import StoreLocation
from strife.web import ingest_api, pages, routes_monitor, routes_store
from strife.web.context import DEFAULT_MAX_BODY, PipelineFactory, WebContext, default_pipeline
from strife.web.errors import ERROR_RESPONSES, add_error_handlers
from strife.web.ingest_worker import DEFAULT_QUEUE
from strife.web.security import SecurityHeaders

__all__ = ["SERVE_CONFIG_VAR", "ServeConfig", "app_from_environment", "create_app"]

#: The environment variable through which ``strife serve --workers N`` hands its settings to each
#: worker process (JSON of :class:`ServeConfig`).
SERVE_CONFIG_VAR = "STRIFE_SERVE_CONFIG"

DESCRIPTION = (
    "Structured news events (actors with CAMEO codes, quotes, CAMEO and PLOVER events), stories across "
    "outlets and escalation alerts, read from a strife store. Lists are paged (`limit`, `offset`, "
    "`next_offset`) and download as CSV or Parquet with `format=csv|parquet`."
)


def create_app(
    store_path: StoreLocation,
    *,
    token: str | None = None,
    cors_origins: Sequence[str] = (),
    max_body: int = DEFAULT_MAX_BODY,
    pipeline_factory: PipelineFactory | None = None,
    static_dir: Path | None = None,
    ingest_queue: int = DEFAULT_QUEUE,
) -> FastAPI:
    """The app over the store at ``store_path`` (a file or a PostgreSQL URL; opened when the app
    starts, a file created if absent).

    ``token``: ``POST /api/articles`` is off without one and requires it with one. ``cors_origins``:
    the browser origins allowed to call the API from other sites (none by default). ``max_body``:
    the largest request body in bytes. ``pipeline_factory`` builds the NLP pipeline on the first
    POST (default: :class:`strife.pipeline.Pipeline` with the configured settings). ``static_dir``:
    where the pages and their files are (default: the package's). ``ingest_queue``: how many posted
    articles may wait to be read (past that a POST is answered 503).
    """
    if max_body < 1:
        raise ValueError(f"max_body must be a positive number of bytes, not {max_body!r}")
    static = static_dir or pages.STATIC_DIR

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(store_path, shared=True)
        context = WebContext(
            store=store,
            static_dir=static,
            token=token or None,
            max_body=max_body,
            pipeline_factory=pipeline_factory or default_pipeline,
            ingest_queue=ingest_queue,
        )
        app.state.strife = context
        try:
            yield
        finally:
            context.close()
            store.close()

    app = FastAPI(
        title="strife",
        version=strife_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
        responses=ERROR_RESPONSES,
    )
    for router in (routes_store.router, routes_monitor.router, ingest_api.router, pages.router):
        app.include_router(router)
    pages.mount_static(app, static)
    add_error_handlers(app)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(SecurityHeaders)
    return app


class ServeConfig(BaseModel):
    """What a server worker process needs to build the app: the store, the HTTP options, and the
    settings its NLP pipeline is built with."""

    db: str
    token: str | None = None
    cors_origins: list[str] = []
    max_body: int = DEFAULT_MAX_BODY
    settings: dict[str, Any] = {}

    @classmethod
    def of(
        cls, settings: Settings, *, token: str | None, cors_origins: Sequence[str] | None, max_body: int
    ) -> ServeConfig:
        given = settings.as_dict()
        given["db"] = str(settings.db)  # with its password: the workers must log in
        return cls(db=given.pop("db"), token=token or None, cors_origins=list(cors_origins or ()),
                   max_body=max_body, settings=given)  # fmt: skip


def app_from_environment() -> FastAPI:
    """The app of one ``strife serve --workers N`` worker process, from :data:`SERVE_CONFIG_VAR`."""
    text = os.environ.get(SERVE_CONFIG_VAR)
    if not text:
        raise ConfigError(f"{SERVE_CONFIG_VAR} is not set; start the server with `strife serve`")
    config = ServeConfig.model_validate_json(text)
    settings = Settings().with_overrides(db=config.db, **config.settings)

    def pipeline() -> PipelineLike:
        from strife.pipeline import Pipeline

        return Pipeline(settings)

    return create_app(settings.db, token=config.token, cors_origins=config.cors_origins,
                      max_body=config.max_body, pipeline_factory=pipeline)  # fmt: skip
