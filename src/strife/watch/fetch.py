"""Getting a watched feed's bytes: over HTTP(S) with ``urllib``, or from a file.

A URL is fetched with a timeout (for connecting and for each read, not for the whole transfer) and a
byte limit (a longer answer is refused, and read no further than the limit). The fetch is
conditional: the ``ETag`` and ``Last-Modified`` of the last answer that was read go back as
``If-None-Match``/``If-Modified-Since``, and a ``304 Not Modified`` means nothing new. A file feed
is read through :func:`strife.readers.decode.load_file` (the same size and binary checks as
``strife ingest``); its modification time and size play the part of the validators.

A redirect is followed only to another ``http(s)`` URL (never ``file:``, ``ftp:`` or any other
scheme), and, unless the source allows private addresses (the ``allow_private_urls`` setting), not
to a loopback, link-local or private address (:func:`strife.readers.links.private_address`): a
feed server cannot turn the watcher against the machine or network it runs in.

Every failure is a :class:`FeedError` (an :class:`~strife.errors.InputError` whose origin is the
feed as the user gave it).
"""

from __future__ import annotations

import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPMessage
from pathlib import Path
from typing import IO, BinaryIO, Protocol
from urllib.parse import urlparse

from strife.errors import InputError
from strife.readers.decode import human_size, load_file, read_bounded
from strife.readers.links import WEB_SCHEMES, private_address

DEFAULT_TIMEOUT_S = 30.0
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"


class FeedError(InputError):
    """A watched feed could not be fetched or read this time (down, an HTTP error, too big, malformed)."""


@dataclass(frozen=True)
class FeedSource:
    """One feed to watch: a web URL or a file.

    ``name`` is the feed as the user gave it (the origin in messages); ``ledger`` names it in the
    store's feed-item ledger: the URL, or the file's absolute path (so a restart from another folder
    finds the same items). ``allow_private``: its items (and redirects) may lead to loopback,
    link-local and private addresses.
    """

    name: str
    ledger: str
    url: str | None = None
    path: Path | None = None
    allow_private: bool = False

    @property
    def base_dir(self) -> str | None:
        """The folder item links are resolved from: a file feed's own folder; none for a web feed."""
        return str(self.path.parent) if self.path is not None else None


def feed_source(text: str, *, allow_private: bool = False) -> FeedSource:
    """The :class:`FeedSource` that ``text`` names: an ``http``/``https`` URL or an existing file.

    Raises :class:`FeedError` for another URL scheme, a missing path, or a folder.
    """
    name = text.strip()
    parsed = urlparse(name)
    if parsed.scheme.lower() in WEB_SCHEMES:
        if not parsed.netloc:
            raise FeedError(name, "is not a complete URL; give e.g. https://example.org/feed.xml")
        return FeedSource(name=name, ledger=name, url=name, allow_private=allow_private)
    if len(parsed.scheme) > 1:  # one-letter schemes are Windows drive letters
        raise FeedError(name, f"{parsed.scheme}: URLs are not supported; give an http(s) URL or a file")
    path = Path(name).expanduser()
    if path.is_dir():
        raise FeedError(name, "is a folder; give an RSS/Atom feed file or URL")
    if not path.is_file():
        raise FeedError(name, "no such file; give an RSS/Atom feed file or an http(s) URL")
    resolved = path.resolve()
    return FeedSource(name=name, ledger=str(resolved), path=resolved, allow_private=allow_private)


@dataclass(frozen=True)
class Validators:
    """What says a feed has not changed since it was last read: HTTP validators, or a file's stat."""

    etag: str | None = None
    last_modified: str | None = None
    stat: str | None = None


@dataclass(frozen=True)
class Fetched:
    """A feed's bytes (``None``: not modified since ``validators`` were taken) and its new validators."""

    data: bytes | None
    validators: Validators


class Fetcher(Protocol):
    """What the watcher calls to get a feed (:func:`fetch`, or a fake in tests)."""

    def __call__(
        self, source: FeedSource, *, timeout: float, max_bytes: int, since: Validators | None
    ) -> Fetched: ...


def fetch(source: FeedSource, *, timeout: float, max_bytes: int, since: Validators | None = None) -> Fetched:
    """The feed's bytes, unless ``since`` shows it unchanged; raises :class:`FeedError`."""
    if source.path is not None:
        return _fetch_file(source, source.path, max_bytes, since)
    assert source.url is not None
    return _fetch_url(source, source.url, timeout, max_bytes, since)


def _fetch_file(source: FeedSource, path: Path, max_bytes: int, since: Validators | None) -> Fetched:
    try:
        info = os.stat(path)
    except OSError as exc:
        raise FeedError(source.name, f"cannot be read ({exc.strerror or exc})") from None
    validators = Validators(stat=f"{info.st_mtime_ns}:{info.st_size}")
    if since is not None and since.stat == validators.stat:
        return Fetched(None, validators)
    try:
        loaded = load_file(str(path), max_bytes, origin=source.name)
    except InputError as exc:
        raise FeedError(source.name, exc.reason) from None
    return Fetched(loaded.data, validators)


def _request(url: str, since: Validators | None) -> urllib.request.Request:
    from strife.info import strife_version

    headers = {"User-Agent": f"strife/{strife_version()} (feed watcher)", "Accept": _ACCEPT}
    if since is not None and since.etag:
        headers["If-None-Match"] = since.etag
    if since is not None and since.last_modified:
        headers["If-Modified-Since"] = since.last_modified
    return urllib.request.Request(url, headers=headers)


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only, and to private addresses only when the source allows."""

    def __init__(self, source: FeedSource) -> None:
        self.source = source

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        target = urlparse(newurl)
        if target.scheme.lower() not in WEB_SCHEMES:
            raise FeedError(
                self.source.name, f"the server redirected to {newurl!r}; only http(s) is followed"
            )
        host = target.hostname or ""
        if not self.source.allow_private and (why := private_address(host)) is not None:
            raise FeedError(
                self.source.name,
                f"the server redirected to {newurl!r}, {why}; set allow_private_urls "
                "(--allow-private-urls or STRIFE_ALLOW_PRIVATE_URLS=1) to follow it",
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _fetch_url(
    source: FeedSource, url: str, timeout: float, max_bytes: int, since: Validators | None
) -> Fetched:
    name = source.name
    opener = urllib.request.build_opener(_Redirects(source))
    try:
        with opener.open(_request(url, since), timeout=timeout) as response:
            data = _read_limited(name, response, response.headers, max_bytes)
            headers: Message = response.headers
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and since is not None:
            return Fetched(None, since)
        raise FeedError(name, f"the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            raise FeedError(name, f"no answer within {timeout:g} s") from None
        raise FeedError(name, f"cannot be reached ({reason})") from None
    except TimeoutError:
        raise FeedError(name, f"no answer within {timeout:g} s") from None
    except OSError as exc:  # a connection reset or a broken answer mid-transfer
        raise FeedError(name, f"the transfer failed ({type(exc).__name__}: {exc})") from None
    return Fetched(data, Validators(etag=headers.get("ETag"), last_modified=headers.get("Last-Modified")))


def _read_limited(name: str, stream: BinaryIO, headers: Message, max_bytes: int) -> bytes:
    too_big = f"the answer is over the {human_size(max_bytes)} limit; raise max_input_bytes to read it"
    length = headers.get("Content-Length")
    if length is not None and length.isdigit() and int(length) > max_bytes:
        raise FeedError(name, too_big)
    data = read_bounded(stream, max_bytes)
    if data is None:
        raise FeedError(name, too_big)
    return data
