"""RSS and Atom feeds (through feedparser): one article per item.

Each item's body is its full content (``content``) when the feed carries it, else its summary; HTML
is reduced to paragraph text, plain text keeps its blank-line paragraphs. The item title is the
headline, its published (else updated) time ``published`` in UTC, its link the url and the feed's
title the outlet. Where an item's link may lead is :mod:`strife.readers.links`'s rule: for a feed
fetched over the network or read from standard input (no ``base_dir``), only ``http(s)`` URLs; for
a feed file, also local pages under its own folder; web links to loopback, link-local or private
addresses only with ``allow_private``. An item whose link breaks the rule is an :class:`InputError`
for that item. An item whose link is an allowed local file (a path, relative to the feed's folder,
or a ``file://`` URL) that exists is read from that page through the HTML reader instead; the item's
own title, date and feed title still win over the page's, and the url is the page's canonical URL
(else the page's ``file://`` URL).

:func:`feed_items` gives each item with its key, for a reader that polls the same feed again and
again (``strife watch``): the item's id (RSS ``guid``, Atom ``id``), else its link, else a hash of
its title and text (``sha256:…``).

``origin`` of an item is its link when that is a web URL, the local page's path when the page was
read, else ``path#N`` (N counts items from 1). The feed's item ids (``guid``) are not used as
article ids: they are the feed's, not strife's.

A feed that does not parse and yields no items is one :class:`InputError` with feedparser's reason;
an item with no text, or with a date no calendar holds (``9999-12-31T23:59:59-01:00`` is in year
10000 in UTC), is an :class:`InputError` for that item and the other items go on.
"""

from __future__ import annotations

import hashlib
import io
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import feedparser

from strife.errors import DateRangeError, InputError
from strife.readers.dates import parse_datetime
from strife.readers.decode import load_file
from strife.readers.html import fragment_to_text, looks_like_html, parse_html
from strife.readers.links import LinkPolicy, LocalLink, check_link
from strife.readers.wire import join_paragraphs, split_lines
from strife.record import RawArticle

_HTML_TYPES = {"text/html", "application/xhtml+xml", "html", "xhtml"}
_WEB_SCHEMES = {"http", "https"}


def _str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _as_text(detail: Any) -> str:
    """Paragraph text of a feedparser text construct (a dict with ``value`` and ``type``)."""
    if not isinstance(detail, dict):
        return ""
    value = detail.get("value")
    if not isinstance(value, str) or not value.strip():
        return ""
    kind = str(detail.get("type") or "").lower()
    if kind in _HTML_TYPES and looks_like_html(value):
        return fragment_to_text(value)
    return join_paragraphs(split_lines(value))


def _entry_text(entry: Any) -> str:
    for content in entry.get("content") or []:
        text = _as_text(content)
        if text:
            return text
    summary = entry.get("summary_detail") or {"value": entry.get("summary"), "type": "text/html"}
    return _as_text(summary)


def _entry_published(entry: Any) -> datetime | None:
    """The item's date in UTC; :class:`DateRangeError` for one no calendar holds in UTC."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if isinstance(parsed, time.struct_time):
            try:
                return datetime(*parsed[:6], tzinfo=UTC)
            except ValueError:
                continue
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if isinstance(raw, str) and (found := parse_datetime(raw)) is not None:
            return found
    return None


def _from_page(page: str, item: str, max_bytes: int) -> RawArticle | InputError:
    try:
        return parse_html(load_file(page, max_bytes).text, page)
    except InputError as exc:
        return InputError(item, f"linked page {exc}")


def _read_entry(
    entry: Any,
    number: int,
    origin: str,
    outlet: str | None,
    policy: LinkPolicy,
    max_bytes: int,
    broken: str,
) -> RawArticle | InputError:
    item = f"{origin}#{number}"
    link = _str(entry.get("link"))
    headline = _str(entry.get("title"))
    try:
        published = _entry_published(entry)
    except DateRangeError as exc:
        return InputError(item, f"the item's date {exc}")
    page = None
    if link:
        checked = check_link(link, policy)
        if isinstance(checked, str):
            return InputError(item, checked)
        if isinstance(checked, LocalLink) and os.path.isfile(checked.path):
            page = checked.path
    if page is not None:
        found = _from_page(page, item, max_bytes)
        if isinstance(found, InputError):
            return found
        return found.model_copy(
            update={
                "headline": headline or found.headline,
                "published": published or found.published,
                "outlet": outlet or found.outlet,
                "url": found.url or Path(page).resolve().as_uri(),
            }
        )
    body = _entry_text(entry)
    if not body:
        return InputError(item, "feed item has no text" + broken)
    web = link is not None and urlparse(link).scheme in _WEB_SCHEMES
    return RawArticle(
        body=body,
        url=link,
        outlet=outlet,
        published=published,
        headline=headline,
        origin=link if web else item,
    )


@dataclass(frozen=True)
class FeedItem:
    """One feed item as read, with the key that names it within its feed."""

    key: str
    item: RawArticle | InputError


def item_key(entry: Any) -> str:
    """The item's id (``guid``/``id``), else its link, else ``sha256:`` of its title and text."""
    for field in ("id", "link"):
        value = _str(entry.get(field))
        if value:
            return value
    title = _str(entry.get("title")) or ""
    digest = hashlib.sha256(f"{title}\n{_entry_text(entry)}".encode()).hexdigest()
    return f"sha256:{digest}"


def _parse(data: bytes, origin: str) -> Any:
    try:
        # A stream, never bytes or str: feedparser would try those as a file name or URL first.
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except Exception as exc:  # feedparser is lenient, but hostile XML can still raise
        raise InputError(origin, f"is not a readable RSS/Atom feed ({type(exc).__name__}: {exc})") from None
    if not parsed.get("entries") and parsed.get("bozo"):
        reason = parsed.get("bozo_exception") or "not well-formed"
        raise InputError(
            origin, f"is not a readable RSS/Atom feed ({reason}); check that it is well-formed XML"
        )
    return parsed


def feed_items(
    data: bytes,
    origin: str,
    *,
    base_dir: str | None = None,
    max_bytes: int = 20_000_000,
    allow_private: bool = False,
) -> Iterator[FeedItem]:
    """The items of one RSS/Atom document, each with its :func:`item_key`; an empty feed gives none.

    ``base_dir``: the folder of a feed file given on the command line, under which item links may
    name local pages; ``None`` for a feed fetched over the network or read from standard input.
    ``allow_private``: accept item links to loopback, link-local and private addresses.
    Raises :class:`InputError` at once (not when iterated) when the document does not parse into a
    feed with items; a single item that cannot be read is an :class:`InputError` in its ``item``.
    """
    policy = LinkPolicy(local_root=base_dir, allow_private=allow_private)
    parsed = _parse(data, origin)
    entries = list(parsed.get("entries") or [])
    outlet = _str((parsed.get("feed") or {}).get("title"))
    broken = f" (the feed is not well-formed: {parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
    return (
        FeedItem(item_key(entry), _read_entry(entry, number, origin, outlet, policy, max_bytes, broken))
        for number, entry in enumerate(entries, start=1)
    )


def read_feed(
    data: bytes,
    origin: str,
    *,
    base_dir: str | None = None,
    max_bytes: int = 20_000_000,
    allow_private: bool = False,
) -> Iterator[RawArticle | InputError]:
    """Articles (and per-item errors) of one RSS/Atom document given as bytes (see :func:`feed_items`)."""
    try:
        items = feed_items(data, origin, base_dir=base_dir, max_bytes=max_bytes, allow_private=allow_private)
    except InputError as exc:
        yield exc
        return
    empty = True
    for found in items:
        empty = False
        yield found.item
    if empty:
        yield InputError(origin, "feed has no items; nothing to read")
