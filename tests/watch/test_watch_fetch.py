"""strife.watch.fetch: feed sources, HTTP with a timeout and a byte limit, conditional fetches, files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from watchkit import A, Answer, FeedServer, rss

from strife.watch.fetch import FeedError, Validators, feed_source, fetch


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ftp://example.org/feed.xml", "ftp: URLs are not supported"),
        ("https://", "is not a complete URL"),
        ("no/such/feed.xml", "no such file"),
    ],
)
def test_bad_sources(text: str, message: str) -> None:
    with pytest.raises(FeedError, match=message):
        feed_source(text)


def test_a_folder_is_not_a_feed(tmp_path: Path) -> None:
    with pytest.raises(FeedError, match="is a folder"):
        feed_source(str(tmp_path))


def test_file_source_is_named_by_its_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "wire.xml").write_bytes(rss([A]))
    monkeypatch.chdir(tmp_path)
    source = feed_source("wire.xml")
    assert source.name == "wire.xml"
    assert source.ledger == str((tmp_path / "wire.xml").resolve())
    assert source.base_dir == str(tmp_path.resolve())


def test_url_source() -> None:
    source = feed_source(" https://example.org/rss ")
    assert (source.name, source.ledger, source.url, source.base_dir) == (
        "https://example.org/rss",
        "https://example.org/rss",
        "https://example.org/rss",
        None,
    )


def test_fetch_over_http_sends_validators(server: FeedServer) -> None:
    body = rss([A])
    server.serve(body, headers={"ETag": '"abc"'})
    got = fetch(feed_source(server.url), timeout=5, max_bytes=1_000_000)
    assert got.data == body
    assert got.validators.etag == '"abc"'
    assert server.requests[0]["User-Agent"].startswith("strife/")
    again = fetch(feed_source(server.url), timeout=5, max_bytes=1_000_000, since=got.validators)
    assert again.data is None and again.validators == got.validators


@pytest.mark.parametrize("length_header", [True, False])
def test_an_answer_over_the_byte_limit_is_refused(server: FeedServer, length_header: bool) -> None:
    server.serve(rss([A] * 50))
    if not length_header:  # a server that does not say how long its answer is
        server.answer = Answer(server.answer.body, length=False)
    with pytest.raises(FeedError, match="the answer is over the 1 kB limit"):
        fetch(feed_source(server.url), timeout=5, max_bytes=1000)


def test_a_slow_server_times_out(server: FeedServer) -> None:
    server.answer = Answer(rss([A]), delay=1.0)
    with pytest.raises(FeedError, match=r"no answer within 0\.2 s"):
        fetch(feed_source(server.url), timeout=0.2, max_bytes=1_000_000)


def test_a_closed_port_cannot_be_reached(server: FeedServer) -> None:
    url = server.url
    server.__exit__()
    with pytest.raises(FeedError, match="cannot be reached"):
        fetch(feed_source(url), timeout=2, max_bytes=1_000_000)


def test_file_fetch_skips_an_unchanged_file(tmp_path: Path) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_bytes(rss([A]))
    source = feed_source(str(feed))
    first = fetch(source, timeout=1, max_bytes=1_000_000)
    assert first.data == rss([A])
    assert fetch(source, timeout=1, max_bytes=1_000_000, since=first.validators).data is None
    feed.write_bytes(rss([A, A]))
    os.utime(feed, ns=(1, 1))  # a new size and time: read again
    assert fetch(source, timeout=1, max_bytes=1_000_000, since=first.validators).data == rss([A, A])


@pytest.mark.parametrize(("content", "message"), [(b"", "empty"), (b"\x00\x01\x02" * 100, "binary")])
def test_file_fetch_checks_the_content(tmp_path: Path, content: bytes, message: str) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_bytes(content)
    with pytest.raises(FeedError, match=message):
        fetch(feed_source(str(feed)), timeout=1, max_bytes=1_000_000, since=Validators())


def test_a_file_that_went_away(tmp_path: Path) -> None:
    feed = tmp_path / "wire.xml"
    feed.write_bytes(rss([A]))
    source = feed_source(str(feed))
    feed.unlink()
    with pytest.raises(FeedError, match="cannot be read"):
        fetch(source, timeout=1, max_bytes=1_000_000)
