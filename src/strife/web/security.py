"""What keeps the web API safe to run: response headers, the ingest token, the request body limit.

- :class:`SecurityHeaders` adds a strict Content-Security-Policy (scripts, styles and everything
  else from the server itself only; no inline script or style, no frames, no plugins) and
  ``X-Content-Type-Options: nosniff`` to every response, so an article carrying ``<script>`` or
  ``onerror=`` stays inert even if some page were to put it into the DOM as markup.
- :func:`check_token` guards ``POST /api/articles``: off (403) unless a token is configured, then
  ``Authorization: Bearer <token>`` is required (401), compared in constant time.
- :func:`read_body` reads a request body up to a limit and answers 413 past it, without reading
  more than one byte beyond the limit.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from fastapi import HTTPException, Request, status
from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "SECURITY_HEADERS",
    "SecurityHeaders",
    "check_token",
    "read_body",
]

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)

#: The headers every response gets (unless the route set them itself).
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
)

INGEST_OFF = (
    "ingesting is off; start strife serve with --token TOKEN (or STRIFE_TOKEN) and send "
    "'Authorization: Bearer TOKEN'"
)


class SecurityHeaders:
    """ASGI middleware adding :data:`SECURITY_HEADERS` to every HTTP response."""

    def __init__(self, app: ASGIApp, headers: Iterable[tuple[str, str]] = SECURITY_HEADERS) -> None:
        self.app = app
        self.headers = [(k.encode("latin-1"), v.encode("latin-1")) for k, v in headers]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def check_token(request: Request, token: str | None) -> None:
    """Raise 403 when ingesting is off (no token configured), 401 when the request does not carry
    ``Authorization: Bearer <token>`` with the configured token."""
    if not token:
        raise HTTPException(status.HTTP_403_FORBIDDEN, INGEST_OFF)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode("utf-8"), token.encode("utf-8")
    ):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "a valid token is required: send 'Authorization: Bearer TOKEN' with the token strife serve "
            "was started with",
            headers={"WWW-Authenticate": "Bearer"},
        )


def _too_large(max_body: int) -> HTTPException:
    return HTTPException(
        status.HTTP_413_CONTENT_TOO_LARGE,
        f"the request body is over the limit of {max_body:,} bytes; send a shorter article",
    )


async def read_body(request: Request, max_body: int) -> bytes:
    """The request body, or 413 when it is (or says it is) longer than ``max_body`` bytes.

    A ``Content-Length`` over the limit is refused before anything is read; otherwise the body is
    read in chunks and refused as soon as it passes the limit.
    """
    declared = request.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > max_body:
        raise _too_large(max_body)
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > max_body:
            raise _too_large(max_body)
        chunks.append(chunk)
    return b"".join(chunks)
