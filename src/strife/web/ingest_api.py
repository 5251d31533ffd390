"""``POST /api/articles``: read one article sent over HTTP into the store.

Off unless the server has a token (403), then the request must carry it (401; see
:func:`strife.web.security.check_token`); the body is read up to the server's limit (413). The body
is one article in one of three forms, by its ``Content-Type``:

- ``application/json``: ``{"text": ..., "headline"?, "published"?, "url"?, "outlet"?, "id"?}``;
- ``text/plain``: a dispatch as ``strife ingest`` reads text files (dateline, headline, front matter:
  :func:`strife.readers.wire.parse_wire`);
- ``text/html``: a web page, its article text found by :func:`strife.readers.html.parse_html`.

An article the store already holds (same id or same text) is not read again: the answer is 200
``{"stored": false, "id": ...}``. Otherwise the NLP pipeline (built on the first request) reads it
and the stored record comes back with 201. Reading happens in the app's ingest thread
(:mod:`strife.web.ingest_worker`), one article at a time, while the server answers other requests;
when its queue is full the answer is 503 with ``Retry-After``; an article over the time budget is a
422 naming the budget. Once the answer is sent, stories, threads and incidents are brought up to
date (:meth:`WebContext.refresh <strife.web.context.WebContext.refresh>`: the write path's refresh).
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, BackgroundTasks, HTTPException, Request, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool

from strife.errors import ExtractionError, InputError
from strife.record import Article, RawArticle, to_utc
from strife.web.context import ContextDep, WebContext
from strife.web.errors import ErrorBody
from strife.web.security import check_token, read_body

router = APIRouter(prefix="/api", tags=["articles"])

ORIGIN = "POST /api/articles"
MEDIA_TYPES = ("application/json", "text/plain", "text/html")


class ArticleInput(BaseModel):
    """An article sent as JSON: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str
    headline: str | None = None
    published: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    id: str | None = None

    @field_validator("published")
    @classmethod
    def _in_utc(cls, value: datetime | None) -> datetime | None:
        return None if value is None else to_utc(value)  # DateRangeError is a ValueError: a 422


class Duplicate(BaseModel):
    """The store already holds this article (same id or same text); nothing was stored. ``id`` is
    the id it is stored under (for the same text under another id, that other id)."""

    stored: Literal[False] = False
    id: str | None


_REQUEST_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {"schema": ArticleInput.model_json_schema()},
        "text/plain": {"schema": {"type": "string", "description": "A dispatch as plain text."}},
        "text/html": {"schema": {"type": "string", "description": "A web page holding an article."}},
    },
}


@router.post(
    "/articles",
    status_code=status.HTTP_201_CREATED,
    response_model=Article,
    responses={
        200: {"model": Duplicate, "description": "Already stored; nothing was read"},
        400: {"model": ErrorBody, "description": "The body cannot be decoded, or is not JSON"},
        401: {"model": ErrorBody, "description": "The token is missing or wrong"},
        403: {"model": ErrorBody, "description": "Ingesting is off: the server has no token"},
        413: {"model": ErrorBody, "description": "The body is over the server's limit"},
        415: {"model": ErrorBody, "description": "Not JSON, plain text or HTML"},
        422: {"model": ErrorBody, "description": "The body holds no article that can be read"},
        503: {
            "model": ErrorBody,
            "description": "Too many articles are waiting to be read; send it again later (Retry-After)",
        },
    },
    openapi_extra={"requestBody": _REQUEST_BODY},
)
async def post_article(
    request: Request, context: ContextDep, background: BackgroundTasks
) -> Article | JSONResponse:
    """Read one article (JSON, plain text or HTML) and store it; needs the server's token."""
    check_token(request, context.token)
    body = await read_body(request, context.max_body)
    content_type = request.headers.get("content-type", "")
    raw = await run_in_threadpool(raw_article, body, content_type)  # an HTML page takes a while
    answer: Article | JSONResponse = await asyncio.wrap_future(context.ingest_worker.submit(raw))
    if isinstance(answer, Article):
        background.add_task(context.refresh)
    return answer


def ingest(context: WebContext, raw: RawArticle) -> Article | JSONResponse:
    """Read ``raw`` and store it (in the ingest thread): the record, or the answer for a duplicate."""
    with context.ingest_lock:
        pipeline = context.pipeline()
        shell = pipeline.to_article_shell(raw)
        if (known := context.store.stored_id(shell.id, shell.fingerprint)) is not None:
            return _duplicate(known)
        errors: list[ExtractionError] = []
        read = list(pipeline.pipe([raw], on_error=errors.append))
        if errors or not read:
            reason = errors[0].reason if errors else "the pipeline returned no article"
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT, f"the article could not be read: {reason}"
            )
        article = read[0]
        if not context.store.add(article):  # stored meanwhile through another connection
            return _duplicate(context.store.stored_id(article.id, article.fingerprint))
    return article


def _duplicate(known: str | None) -> JSONResponse:
    """The answer for an article already stored, with the id it is stored under."""
    return JSONResponse(Duplicate(id=known).model_dump(mode="json"), status_code=status.HTTP_200_OK)


def raw_article(body: bytes, content_type: str) -> RawArticle:
    """The article in a request body of this ``Content-Type`` (see the module docs); 400 when the
    body cannot be decoded, 415 for another type, 422 when it holds no readable article."""
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    if media not in MEDIA_TYPES:
        raise HTTPException(
            status.HTTP_415_UNSUPPORTED_MEDIA_TYPE,
            f"Content-Type {media or '(none)'!r} cannot be read; send {', '.join(MEDIA_TYPES)}",
        )
    text = _decode(body, _charset(params))
    try:
        if media == "application/json":
            return _from_json(text)
        if media == "text/html":
            from strife.readers.html import parse_html

            raw = parse_html(text, ORIGIN)
        else:
            from strife.readers.wire import parse_wire

            raw = parse_wire(text, ORIGIN)
    except InputError as exc:
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, f"the body: {exc.reason}") from None
    return raw


def _charset(params: str) -> str:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return "utf-8"


def _decode(body: bytes, charset: str) -> str:
    try:
        return body.decode(charset)
    except (LookupError, UnicodeDecodeError) as exc:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, f"the body is not {charset} text ({exc}); send UTF-8"
        ) from None


def _from_json(text: str) -> RawArticle:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, f"the body is not valid JSON ({exc})") from None
    except RecursionError:
        raise HTTPException(
            status.HTTP_400_BAD_REQUEST, "the body is JSON nested too deeply; send one flat object"
        ) from None
    try:
        given = ArticleInput.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "the body"
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"{where}: {first['msg']}; send an object with 'text' and optionally headline, published, "
            "url, outlet, id",
        ) from None
    if not given.text.strip():
        raise HTTPException(status.HTTP_422_UNPROCESSABLE_CONTENT, "text is empty; send the article's text")
    record = given.model_dump(exclude_none=True)
    return RawArticle.from_record({**record, "origin": ORIGIN})
