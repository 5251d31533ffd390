"""``strife serve``: the HTTP API and the dashboard over the store, with uvicorn.

The server listens on the loopback interface (127.0.0.1) unless ``--host`` says otherwise; another
host is taken only when given explicitly, and then a warning says the store is reachable from
other machines. ``POST /api/articles`` is off unless a token is given (``--token`` or
``STRIFE_TOKEN``). The address is printed on stderr.

``--workers N`` runs N server processes (uvicorn's workers) on the one port, each with its own store
connection; they get their settings from the serve command through the environment
(:func:`strife.web.app.app_from_environment`). Many workers suit a PostgreSQL store; with a DuckDB
file they take turns with it.
"""

from __future__ import annotations

import ipaddress
import os
from typing import Annotated

import typer

from strife.cli import common

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """Whether ``host`` names this machine only: ``localhost`` or a loopback address."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def server_url(host: str, port: int) -> str:
    """The address to open in a browser (a wildcard host is shown as the loopback one)."""
    name = host.strip().strip("[]")
    if name in ("0.0.0.0", "::", ""):
        name = DEFAULT_HOST
    return f"http://[{name}]:{port}/" if ":" in name else f"http://{name}:{port}/"


def serve(
    ctx: typer.Context,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Interface to listen on. The default is loopback only; give another (0.0.0.0) "
            "explicitly to serve other machines.",
        ),
    ] = DEFAULT_HOST,
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = DEFAULT_PORT,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="STRIFE_TOKEN",
            show_envvar=True,
            help="Turns on POST /api/articles, which then requires 'Authorization: Bearer TOKEN'.",
        ),
    ] = None,
    cors_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--cors-origin",
            metavar="URL",
            help="A web origin (https://example.org) allowed to call the API from its pages (repeatable; "
            "none by default).",
        ),
    ] = None,
    max_body: Annotated[
        int, typer.Option("--max-body", min=1, metavar="BYTES", help="Largest request body accepted.")
    ] = 2_000_000,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            min=1,
            help="Server processes (for many users at once; best with a PostgreSQL store, which they "
            "share without waiting — with a DuckDB file they take turns).",
        ),
    ] = 1,
) -> None:
    """Serve the HTTP API (/api, OpenAPI docs at /docs) and the dashboard (/) over the store.

    Ctrl-C stops the server.
    """
    import uvicorn

    from strife.store_location import shown
    from strife.web import create_app
    from strife.web.app import SERVE_CONFIG_VAR, ServeConfig

    state = common.get_state(ctx)
    with common.handle_errors():
        db = state.settings.db
        common.open_store(db, create=True).close()  # a clear error now, not a traceback at startup
    if not is_loopback(host):
        _warn_public(host)
    where = server_url(host, port) + (f" ({workers} workers)" if workers > 1 else "")
    common.note(state, f"strife: serving {shown(db)} at {where} (API docs at /docs); Ctrl-C stops")
    log_level = "warning" if state.quiet else "info"
    if workers > 1:
        config = ServeConfig.of(state.settings, token=token, cors_origins=cors_origin, max_body=max_body)
        os.environ[SERVE_CONFIG_VAR] = config.model_dump_json()  # read by each worker process
        uvicorn.run("strife.web.app:app_from_environment", factory=True, workers=workers, host=host,
                    port=port, log_level=log_level, server_header=False, proxy_headers=False)  # fmt: skip
        return
    app = create_app(
        db,
        token=token or None,
        cors_origins=tuple(cors_origin or ()),
        max_body=max_body,
        pipeline_factory=lambda: common.make_pipeline(state.settings),
    )
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False)


def _warn_public(host: str) -> None:
    print(
        f"warning: listening on {host}: other machines can read the store; "
        f"use --host {DEFAULT_HOST} to keep it to this one",
        file=common.stderr(),
        flush=True,
    )
