"""The web app: :func:`create_app` puts the API, the pages and the safeguards together.

>>> app = create_app(Path("strife.duckdb"))  # doctest: +SKIP

The store (a DuckDB file or a PostgreSQL URL) is opened when the app starts (its lifespan) and
closed when it stops; nothing is kept outside the app. A DuckDB store is opened ``shared``: it holds
the file only while it answers, so ``strife ingest`` or ``watch`` can write between requests.

Errors are JSON ``{"detail": "<what is wrong and what to give instead>"}``:

- 422 for a parameter that cannot be used: one FastAPI rejects (type, range: ``limit=5000``; the
  validation errors are kept in ``errors``) or one the store rejects (an unknown CAMEO root, a
  malformed date, an actor name strife does not know);
- 404 for an unknown article or story, 401/403/413/415 from ``POST /api/articles``;
- 503 when the store or the NLP model cannot be used.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from strife.errors import ConfigError, StoreError, StrifeError
from strife.info import strife_version
from strife.ingest import PipelineLike
from strife.monitor.series import SeriesError
from strife.settings import Settings
from strife.store import open_store
from strife.store.event_filter import EventFilterError
from strife.store_location import StoreLocation
from strife.web import ingest_api, pages, routes_monitor, routes_store
from strife.web.context import DEFAULT_MAX_BODY, PipelineFactory, WebContext, default_pipeline
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
) -> FastAPI:
    """The app over the store at ``store_path`` (a file or a PostgreSQL URL; opened when the app
    starts, a file created if absent).

    ``token``: ``POST /api/articles`` is off without one and requires it with one. ``cors_origins``:
    the browser origins allowed to call the API from other sites (none by default). ``max_body``:
    the largest request body in bytes. ``pipeline_factory`` builds the NLP pipeline on the first
    POST (default: :class:`strife.pipeline.Pipeline` with the configured settings). ``static_dir``:
    where the pages and their files are (default: the package's).
    """
    if max_body < 1:
        raise ValueError(f"max_body must be a positive number of bytes, not {max_body!r}")
    static = static_dir or pages.STATIC_DIR

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = open_store(store_path, shared=True)
        app.state.strife = WebContext(
            store=store,
            static_dir=static,
            token=token or None,
            max_body=max_body,
            pipeline_factory=pipeline_factory or default_pipeline,
        )
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="strife",
        version=strife_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    for router in (routes_store.router, routes_monitor.router, ingest_api.router, pages.router):
        app.include_router(router)
    pages.mount_static(app, static)
    _add_error_handlers(app)
    if cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    app.add_middleware(SecurityHeaders)
    return app


def _add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StrifeError, _strife_error)


def _detail(code: int, detail: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"detail": detail, **extra}, status_code=code)


async def _invalid_request(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's validation errors as one readable ``detail`` line, the errors themselves kept."""
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    lines = [_error_line(e) for e in errors]
    return _detail(status.HTTP_422_UNPROCESSABLE_CONTENT, "; ".join(lines), errors=_plain(errors))


def _error_line(error: dict[str, Any]) -> str:
    loc = [str(p) for p in error.get("loc", ())]
    where = f"{loc[0]} parameter {'.'.join(loc[1:])}" if len(loc) > 1 else ".".join(loc) or "request"
    given = f" (got {error['input']!r})" if "input" in error and error["input"] is not None else ""
    return f"{where}: {error.get('msg', 'invalid')}{given}"


def _plain(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The errors without their ``ctx``/``url`` (exception objects, links): JSON-safe."""
    return [{k: v for k, v in e.items() if k in ("type", "loc", "msg", "input")} for e in errors]


async def _strife_error(request: Request, exc: Exception) -> JSONResponse:
    """A strife error as JSON: bad filter values 422, store or model trouble 503, others 400."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, EventFilterError | SeriesError):
        return _detail(status.HTTP_422_UNPROCESSABLE_CONTENT, message)
    if isinstance(exc, StoreError | ConfigError):
        return _detail(status.HTTP_503_SERVICE_UNAVAILABLE, message)
    return _detail(status.HTTP_400_BAD_REQUEST, message)


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
