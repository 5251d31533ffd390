"""The HTML side of the server: the dashboard's pages, its static files, the API docs page.

The pages are fixed HTML shells from the static folder (``index.html``, ``article.html``,
``story.html``) with no data in them: their scripts fetch the data from ``/api/...`` and build the
DOM with text nodes. Static files are served under ``/static``. ``/docs`` is Swagger UI, vendored
in ``static/vendor/swagger-ui/`` (no CDN) and started by a script file there, because the
Content-Security-Policy allows no inline script.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, FastAPI, HTTPException, Request, status
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from strife.web.context import web_context

__all__ = ["DOCS_HTML", "PAGES", "STATIC_DIR", "SWAGGER", "mount_static", "router"]

#: The static folder shipped in the package.
STATIC_DIR = Path(__file__).resolve().parent / "static"
SWAGGER = "/static/vendor/swagger-ui"

#: Page files of the static folder, by what they show.
PAGES = {"dashboard": "index.html", "article": "article.html", "story": "story.html"}

DOCS_HTML = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>strife API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="{SWAGGER}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="{SWAGGER}/swagger-ui-bundle.js"></script>
<script src="{SWAGGER}/docs-init.js"></script>
</body>
</html>
"""

_NO_STORE = {"Cache-Control": "no-cache"}

router = APIRouter(include_in_schema=False)


def _page(request: Request, name: str) -> FileResponse:
    file = web_context(request).static_dir / PAGES[name]
    if not file.is_file():
        raise HTTPException(
            status.HTTP_404_NOT_FOUND,
            f"the page file {file.name} is missing from {file.parent}; reinstall strife",
        )
    return FileResponse(file, media_type="text/html; charset=utf-8", headers=_NO_STORE)


@router.get("/")
def dashboard(request: Request) -> FileResponse:
    """The dashboard: timeline, dyad chart, map, events table, quotes."""
    return _page(request, "dashboard")


@router.get("/articles/{article_id}")
def article_page(article_id: str, request: Request) -> FileResponse:
    """One article with its actors and quotes highlighted, and its events (its script reads the id
    from the address)."""
    return _page(request, "article")


@router.get("/stories/{story_id}")
def story_page(story_id: str, request: Request) -> FileResponse:
    """One story, its outlets side by side."""
    return _page(request, "story")


@router.get("/docs")
def docs() -> HTMLResponse:
    """Swagger UI over /openapi.json, from the package's own copy."""
    return HTMLResponse(DOCS_HTML, headers=_NO_STORE)


def mount_static(app: FastAPI, static_dir: Path) -> None:
    """Serve ``static_dir`` under ``/static`` (an absent folder answers 404, not a startup error)."""
    app.mount("/static", StaticFiles(directory=static_dir, check_dir=False), name="static")
