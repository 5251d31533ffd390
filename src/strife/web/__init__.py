"""strife over HTTP: a JSON API with OpenAPI, the dashboard's pages, and ``strife serve``.

:func:`create_app` builds the FastAPI app over one store; ``strife serve`` runs it with uvicorn.
The routes: :mod:`~strife.web.routes_store` (health, articles, events, quotes, actors),
:mod:`~strife.web.routes_monitor` (stories, dyad series, alerts), :mod:`~strife.web.ingest_api`
(``POST /api/articles``) and :mod:`~strife.web.pages` (pages, static files, docs UI).
"""

from __future__ import annotations

from strife.web.app import create_app

__all__ = ["create_app"]
