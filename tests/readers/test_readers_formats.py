"""HTML, RSS/Atom and JSON Lines readers, and format detection."""

from __future__ import annotations

import io
import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from strife.errors import InputError
from strife.readers import read_inputs
from strife.readers.html import fragment_to_text
from strife.readers.sources import detect_format, sniff_format
from strife.record import RawArticle

FIXTURES = Path(__file__).parent / "fixtures"


def _read(*paths: str | Path, fmt: str = "auto") -> list[RawArticle | InputError]:
    return list(read_inputs([str(p) for p in paths], fmt))  # type: ignore[arg-type]


def _articles(items: list[RawArticle | InputError]) -> list[RawArticle]:
    return [item for item in items if isinstance(item, RawArticle)]


def _errors(items: list[RawArticle | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


# --- HTML -------------------------------------------------------------------------------------------


def test_html_article() -> None:
    (article,) = _read(FIXTURES / "article.html")
    assert isinstance(article, RawArticle)
    assert article.headline == "Bridge reopens after repairs"
    assert article.outlet == "Riverside Post"
    assert article.url == "https://riverside.example/news/bridge-reopens"
    assert article.published == datetime(2022, 3, 4, 8, 30, tzinfo=UTC)
    paragraphs = article.body.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("The old stone bridge")
    assert "supports and resurfaced the road" in paragraphs[1]  # <br> read as a space
    assert "Home" not in article.body and "rights reserved" not in article.body
    assert "Bridge reopens after repairs" not in article.body  # the headline stays out of the body
    assert article.origin == str(FIXTURES / "article.html")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body></body></html>",
        "<!doctype html><html><head><title>Only a title</title></head><body><div></div></body></html>",
        "<html><body><script>var a = 1;</script></body></html>",
        "<html><body><p",
    ],
)
def test_html_without_text(tmp_path: Path, html: str) -> None:
    page = tmp_path / "empty.html"
    page.write_text(html, encoding="utf-8")
    (error,) = _read(page)
    assert isinstance(error, InputError)
    assert error.origin == str(page)
    assert "no article text found in HTML" in error.reason


def test_fragment_to_text() -> None:
    fragment = (
        "<p>One &amp; two.</p><p>Three<br/>four.</p><script>x()</script>tail<ul><li>a</li><li>b</li></ul>"
    )
    assert fragment_to_text(fragment) == "One & two.\n\nThree four.\n\ntail\n\na\n\nb"


# --- feeds ------------------------------------------------------------------------------------------


def test_rss_feed() -> None:
    feed = FIXTURES / "feed.rss"
    items = _read(feed)
    assert len(items) == 4
    park, market, library, photo = items
    assert isinstance(park, RawArticle)
    assert park.headline == "Council approves new park"
    assert park.body.split("\n\n") == [
        "The council approved plans for a new park on the east side.",
        "Work starts in spring, the mayor said.",
    ]
    assert park.published == datetime(2022, 1, 13, 6, 19, tzinfo=UTC)
    assert park.outlet == "Town Crier"
    assert park.url == park.origin == "https://crier.example/park"
    assert isinstance(market, RawArticle)
    assert market.body == "The weekly market moves to Saturdays.\n\nTraders welcomed the change."
    assert market.published == datetime(2022, 1, 14, 12, 0, tzinfo=UTC)
    # A local link is read through the HTML reader; the feed's title and outlet win.
    assert isinstance(library, RawArticle)
    assert library.body.startswith("The central library will stay open")
    assert library.headline == "Library hours"
    assert library.outlet == "Town Crier"
    assert library.origin == str(FIXTURES / "linked_page.html")
    assert isinstance(photo, InputError)
    assert photo.origin == f"{feed}#4"
    assert photo.reason == "feed item has no text"


def test_atom_feed() -> None:
    (entry,) = _read(FIXTURES / "feed.atom")
    assert isinstance(entry, RawArticle)
    assert entry.headline == "Snow closes mountain pass"
    assert entry.outlet == "Valley Radio"
    assert entry.published == datetime(2022, 2, 1, 6, 45, tzinfo=UTC)
    assert entry.body == "Heavy snow closed the mountain pass overnight.\n\nPolice advised drivers to wait."
    assert entry.id is None


def test_feed_file_url_and_missing_local_link(tmp_path: Path) -> None:
    page = tmp_path / "story.html"
    shutil.copy(FIXTURES / "linked_page.html", page)
    feed = tmp_path / "local.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Local</title>'
        f"<item><title>By URL</title><link>file://{page}</link></item>"
        "<item><title>Gone</title><link>gone.html</link><description>Summary kept.</description></item>"
        "<item><title>Bad page</title><link>bad.html</link></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "bad.html").write_bytes(b"")
    by_url, gone, bad = _read(feed)
    assert isinstance(by_url, RawArticle) and by_url.body.startswith("The central library")
    assert by_url.url == page.resolve().as_uri()
    assert isinstance(gone, RawArticle) and gone.body == "Summary kept." and gone.origin == f"{feed}#2"
    assert isinstance(bad, InputError) and bad.origin == f"{feed}#3" and "is empty" in bad.reason


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</ti', "is not a readable RSS/Atom feed"),
        (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Empty</title></channel></rss>',
            "no items",
        ),
    ],
)
def test_broken_or_empty_feeds(tmp_path: Path, content: bytes, reason: str) -> None:
    feed = tmp_path / "broken.xml"
    feed.write_bytes(content)
    (error,) = _read(feed)
    assert isinstance(error, InputError)
    assert error.origin == str(feed)
    assert reason in error.reason


def test_broken_feed_with_a_recovered_item(tmp_path: Path) -> None:
    feed = tmp_path / "broken.xml"
    feed.write_bytes(b'<?xml version="1.0"?><rss><channel><item><title>&bogus;')
    (error,) = _read(feed)
    assert isinstance(error, InputError) and error.origin == f"{feed}#1"
    assert "feed item has no text (the feed is not well-formed" in error.reason


# --- JSON Lines -------------------------------------------------------------------------------------


def test_jsonl_fixture() -> None:
    path = FIXTURES / "articles.jsonl"
    items = _read(path)
    by_origin = {item.origin: item for item in items}
    assert [item.origin for item in items] == [f"{path}:{n}" for n in (1, 3, 4, 5, 6, 7, 8)]
    first = by_origin[f"{path}:1"]
    assert isinstance(first, RawArticle)
    assert first.body == "  The first text keeps its spaces.\n\nAnd its paragraphs.  "  # unchanged
    assert (first.id, first.headline, first.url, first.outlet) == (
        "a-1",
        "First",
        "https://x.example/1",
        "X Wire",
    )
    assert first.published == datetime(2022, 1, 13, 6, 19, tzinfo=UTC)
    second = by_origin[f"{path}:3"]
    assert isinstance(second, RawArticle)
    assert second.id == "7"
    assert second.published == datetime(2022, 1, 13, tzinfo=UTC)
    reasons = {e.origin.rsplit(":", 1)[1]: e.reason for e in _errors(items)}
    assert "not valid JSON" in reasons["4"]
    assert "not a JSON object" in reasons["5"]
    assert '"text" is missing' in reasons["6"]
    assert "is not a date" in reasons["7"]
    last = by_origin[f"{path}:8"]
    assert isinstance(last, RawArticle) and last.id is None and last.published is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"text": ""}', '"text" is empty'),
        ('{"text": "   "}', '"text" is empty'),
        ('{"text": 5}', '"text" is a number'),
        ('{"text": null}', '"text" is missing'),
        ('{"text": "x", "id": 1.5}', '"id" is a number'),
        ('{"text": "x", "id": true}', '"id" is true/false'),
        ('{"text": "x", "headline": ["a"]}', '"headline" is an array'),
        ('{"text": "x", "published": 20220113}', '"published" is a number'),
        ('{"text": "x", "published": "not a date"}', "is not a date"),
        ('"just a string"', "line is a string"),
        ("{broken", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
    ],
)
def test_jsonl_bad_lines(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(line + "\n" + json.dumps({"text": "good"}) + "\n", encoding="utf-8")
    error, good = _read(path)
    assert isinstance(error, InputError) and error.origin == f"{path}:1"
    assert reason in error.reason
    assert isinstance(good, RawArticle) and good.body == "good" and good.origin == f"{path}:2"


def test_jsonl_keeps_unicode_line_separators(tmp_path: Path) -> None:
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps({"text": "a\u2028b\u0085c"}, ensure_ascii=False) + "\r\n", encoding="utf-8")
    (article,) = _read(path)
    assert isinstance(article, RawArticle) and article.body == "a\u2028b\u0085c"


# --- detection --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("a.txt", "<html><body><p>x</p></body></html>", "text"),
        ("a.TEXT", "x", "text"),
        ("a.htm", "plain", "html"),
        ("a.rss", "x", "feed"),
        ("a.atom", "x", "feed"),
        ("a.xml", "x", "feed"),
        ("a.ndjson", "x", "jsonl"),
        ("a.jsonl", "x", "jsonl"),
        ("noext", '<?xml version="1.0"?>\n<rss version="2.0"></rss>', "feed"),
        ("noext", '<?xml version="1.0"?><!-- c --><feed xmlns="x"></feed>', "feed"),
        ("noext", '<?xml version="1.0"?><!DOCTYPE html><html></html>', "html"),
        ("noext", "  <!DOCTYPE html>\n<html>", "html"),
        ("noext", "<html lang=en>", "html"),
        ("noext", "\ufeff<rss>", "feed"),
        ("data.dat", '\n\n{"text": "x"}\n', "jsonl"),
        ("data.dat", "{not json}\n", "text"),
        ("data.dat", "[1, 2]\n", "text"),
        ("-", "Jan 13, 2022\n\nBody.", "text"),
        ("notes.md", "<b>bold</b> text", "text"),
    ],
)
def test_detect_format(name: str, content: str, expected: str) -> None:
    assert detect_format(name, content) == expected


def test_forced_format_overrides_extension(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text('{"text": "From JSON."}\n', encoding="utf-8")
    (article,) = _read(path, fmt="jsonl")
    assert isinstance(article, RawArticle) and article.body == "From JSON." and article.origin == f"{path}:1"
    (as_text,) = _read(path)
    assert isinstance(as_text, RawArticle) and as_text.body == '{"text": "From JSON."}'


@pytest.mark.parametrize(
    ("fixture", "fmt"),
    [
        ("wire_front_matter.txt", "text"),
        ("article.html", "html"),
        ("feed.atom", "feed"),
        ("articles.jsonl", "jsonl"),
    ],
)
def test_sniffing_without_extension_matches_extension(tmp_path: Path, fixture: str, fmt: str) -> None:
    data = (FIXTURES / fixture).read_bytes()
    assert sniff_format(data.decode("utf-8")) == fmt
    from_stdin = list(read_inputs(["-"], stdin=io.BytesIO(data)))
    from_file = _read(FIXTURES / fixture)
    assert [type(x) for x in from_stdin] == [type(x) for x in from_file]
    assert [x.body for x in _articles(from_stdin)] == [x.body for x in _articles(from_file)]
    assert all(x.origin and x.origin.startswith(("<stdin>", "http")) for x in _articles(from_stdin))


def test_unknown_format_raises_at_call() -> None:
    with pytest.raises(ValueError, match="unknown input format"):
        read_inputs(["x"], "pdf")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="max_bytes"):
        read_inputs(["x"], max_bytes=0)
