"""HTML pages (through trafilatura) and HTML fragments (feed summaries) into article text.

:func:`parse_html` keeps the main text of a page — boilerplate (menus, footers, comments) is left out
— with one paragraph per block (paragraph, list item, quote, heading, table row) joined by a blank
line. The page's title becomes the headline (and a first heading repeating it is not kept in the
body), its publication date ``published`` (UTC), its site name the outlet, its canonical URL the url.

:func:`fragment_to_text` turns the small HTML of a feed item into the same paragraph text without
trafilatura, which drops short fragments as boilerplate.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import trafilatura

from strife.errors import DateRangeError, InputError
from strife.readers.dates import parse_datetime
from strife.record import RawArticle

_SPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[a-zA-Z/!][^<>]{0,2000}>")
_DATE_PARAMS = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
}  # fmt: skip
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "title", "svg"}
_CONTAINER_TAGS = {"list", "table", "row"}
_BREAK_TAGS = {"lb", "br"}


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _same(a: str, b: str) -> bool:
    return _squash(a).casefold() == _squash(b).casefold()


class _FragmentText(HTMLParser):
    """Collects the text of an HTML fragment, one paragraph per block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self._current: list[str] = []
        self._skipping = 0

    def _flush(self) -> None:
        text = _squash("".join(self._current))
        if text:
            self.paragraphs.append(text)
        self._current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skipping += 1
        elif tag in _BLOCK_TAGS:
            self._flush()
        elif tag in _BREAK_TAGS:
            self._current.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BREAK_TAGS:
            self._current.append(" ")
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self._current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def looks_like_html(text: str) -> bool:
    """Whether a string holds tags (a feed summary may be HTML or plain text)."""
    return _TAG.search(text) is not None


def fragment_to_text(fragment: str) -> str:
    """The text of an HTML fragment: one paragraph per block, joined by a blank line."""
    parser = _FragmentText()
    parser.feed(fragment)
    parser.close()
    return "\n\n".join(parser.paragraphs)


def _element_text(element: Any) -> str:
    """The text of an extracted element, with line breaks read as spaces."""
    parts: list[str] = [element.text or ""]
    for child in element:
        parts.append(" " if child.tag in _BREAK_TAGS else _element_text(child))
        parts.append(child.tail or "")
    return _squash("".join(parts))


def _paragraphs(body: Any) -> list[str]:
    """One paragraph per block of trafilatura's extracted body tree."""
    out: list[str] = []
    for element in body:
        if element.tag in _CONTAINER_TAGS and len(element):
            out.extend(_paragraphs(element))
        elif element.tag == "cell":
            continue  # a loose cell; rows are handled below
        else:
            text = _element_text(element)
            if text:
                out.append(text)
    return out


def _table_rows(body: Any) -> None:
    """Rewrite each table row into one paragraph of its cells, separated by ' | '."""
    for row in body.iter("row"):
        cells = [_element_text(cell) for cell in row if cell.tag == "cell"]
        for cell in list(row):
            row.remove(cell)
        row.text = " | ".join(cell for cell in cells if cell)


def _text_of(document: Any) -> list[str]:
    body = getattr(document, "body", None)
    if body is not None and len(body):
        _table_rows(body)
        return _paragraphs(body)
    text = getattr(document, "text", None) or ""
    return [line for line in (_squash(part) for part in text.split("\n")) if line]


def _str_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_html(html: str, origin: str, url: str | None = None) -> RawArticle:
    """Read one HTML page; :class:`InputError` when it holds no article text."""
    try:
        document = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=_DATE_PARAMS
        )
    except Exception as exc:  # trafilatura and lxml raise many kinds on hostile markup
        raise InputError(origin, f"HTML could not be parsed ({type(exc).__name__}: {exc})") from exc
    if document is None:
        raise InputError(origin, "no article text found in HTML")
    paragraphs = _text_of(document)
    headline = _str_or_none(getattr(document, "title", None))
    if paragraphs and headline and _same(paragraphs[0], headline):
        paragraphs = paragraphs[1:]
    if not paragraphs:
        raise InputError(origin, "no article text found in HTML")
    date = _str_or_none(getattr(document, "date", None))
    try:
        published = parse_datetime(date) if date else None
    except DateRangeError as exc:
        raise InputError(origin, f"the page's date {exc}") from None
    return RawArticle(
        body="\n\n".join(paragraphs),
        headline=headline,
        published=published,
        outlet=_str_or_none(getattr(document, "sitename", None)),
        url=_str_or_none(getattr(document, "url", None)) or url,
        origin=origin,
    )
