"""Error answers: one JSON shape, declared in the OpenAPI document, never a leak of the server's inside.

Every error is ``{"detail": "<what is wrong and what to give instead>"}`` (:class:`ErrorBody`); a
request FastAPI rejects (a parameter of the wrong type or out of range) also carries ``errors``, the
validation errors themselves. :data:`ERROR_RESPONSES` declares that shape for 422 on every route, so
the bodies match ``/openapi.json``.

- 422 for a parameter that cannot be used: one FastAPI rejects, or one the store rejects (an
  unknown CAMEO root, a malformed date, an actor name strife does not know);
- 503 when the store or the NLP model cannot be used. Its detail never holds the store's path, SQL
  or the model's location: those go to the server's log (logger ``strife.web``), the answer says
  only what failed;
- 500 for a bug: a fixed detail, the traceback in the log, and the same security headers as every
  other answer (Starlette sends a 500 outside the middleware, so this handler sets them itself).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request, status
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from strife.errors import ConfigError, StoreError, StrifeError
from strife.monitor.series import SeriesError
from strife.store.event_filter import EventFilterError
from strife.web.security import SECURITY_HEADERS

__all__ = ["ERROR_RESPONSES", "ErrorBody", "ValidationIssue", "add_error_handlers"]

log = logging.getLogger("strife.web")

STORE_UNAVAILABLE = "the store cannot answer right now; try again later (the server's log says why)"
MODEL_UNAVAILABLE = "the NLP model or a data file cannot be used; the server's log says why"
INTERNAL = "the server failed on this request; the server's log says why"


class ValidationIssue(BaseModel):
    """One validation error: its kind, where it is (``["query", "limit"]``), the message, the input."""

    type: str
    loc: list[str | int]
    msg: str
    input: Any = None


class ErrorBody(BaseModel):
    """An error answer."""

    detail: str
    errors: list[ValidationIssue] | None = None


#: The 422 answer every route declares (FastAPI's default declares another shape).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "A parameter or the body cannot be used; detail says why"},
}


def add_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _invalid_request)
    app.add_exception_handler(StrifeError, _strife_error)
    app.add_exception_handler(Exception, _server_error)


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
    given = f" (got {_short(error['input'])})" if "input" in error and error["input"] is not None else ""
    return f"{where}: {error.get('msg', 'invalid')}{given}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:199] + "…"


def _plain(errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The errors as :class:`ValidationIssue` fields: no ``ctx``/``url`` (exception objects, links)."""
    return [
        ValidationIssue(
            type=str(e.get("type", "invalid")),
            loc=[p if isinstance(p, int) else str(p) for p in e.get("loc", ())],
            msg=str(e.get("msg", "invalid")),
            input=_jsonable(e.get("input")),
        ).model_dump(mode="json")
        for e in errors
    ]


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value if not isinstance(value, str) or len(value) <= 1000 else value[:1000]
    return _short(value)


async def _strife_error(request: Request, exc: Exception) -> JSONResponse:
    """A strife error as JSON: bad filter values 422, store or model trouble 503, others 400."""
    if isinstance(exc, EventFilterError | SeriesError):
        return _detail(status.HTTP_422_UNPROCESSABLE_CONTENT, str(exc) or type(exc).__name__)
    if isinstance(exc, StoreError):
        log.error("%s %s: store error: %s", request.method, request.url.path, exc)
        return _detail(status.HTTP_503_SERVICE_UNAVAILABLE, STORE_UNAVAILABLE)
    if isinstance(exc, ConfigError):
        log.error("%s %s: setup error: %s", request.method, request.url.path, exc)
        return _detail(status.HTTP_503_SERVICE_UNAVAILABLE, MODEL_UNAVAILABLE)
    return _detail(status.HTTP_400_BAD_REQUEST, str(exc) or type(exc).__name__)


async def _server_error(request: Request, exc: Exception) -> JSONResponse:
    """A bug: logged with its traceback, answered 500 with the security headers of every answer."""
    log.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    response = _detail(status.HTTP_500_INTERNAL_SERVER_ERROR, INTERNAL)
    for name, value in SECURITY_HEADERS:
        response.headers.setdefault(name, value)
    return response
