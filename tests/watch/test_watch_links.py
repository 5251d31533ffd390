"""A feed served over HTTP cannot make the watcher read local files or follow it inside the network."""

from __future__ import annotations

from pathlib import Path

import pytest
from watchkit import A, Answer, FakeClock, FeedServer, Item, rss

from fake_pipeline import FakePipeline
from strife.errors import InputError, StrifeError
from strife.store import open_store
from strife.watch import FeedError, feed_source, watch
from strife.watch.fetch import fetch

SECRET = "The secret text of a local file that no feed may lead the watcher to."


def _watch(url: str, db: Path, clock: FakeClock, *, allow_private: bool = False) -> list[StrifeError]:
    errors: list[StrifeError] = []
    with open_store(db) as store:
        watch(
            [feed_source(url, allow_private=allow_private)],
            store,
            FakePipeline(),
            every=900.0,
            rounds=1,
            on_error=errors.append,
            sleep=clock.sleep,
            clock=clock,
            timeout=5.0,
        )
    return errors


def _stored(db: Path) -> list[tuple[str, str | None]]:
    with open_store(db) as store:
        return [(row.id, row.url) for row in store.articles(limit=100)]


def test_items_linking_to_local_files_are_refused_and_reported(
    server: FeedServer, clock: FakeClock, db: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text(f"<html><body><article><p>{SECRET}</p></article></body></html>", encoding="utf-8")
    server.serve(
        rss(
            [
                Item("By path", "Summary one.", guid="p", link=str(secret)),
                Item("By file URL", "Summary two.", guid="f", link=secret.as_uri()),
                Item(
                    "On the web",
                    "A plain web item with its own text.",
                    guid="w",
                    link="https://example.org/w",
                ),
            ]
        )
    )
    errors = _watch(server.url, db, clock)
    refused = [e for e in errors if isinstance(e, InputError)]
    assert [e.origin for e in refused] == [f"{server.url}#1", f"{server.url}#2"]
    assert all("names a local file" in e.reason for e in refused)
    stored = _stored(db)
    assert [url for _, url in stored] == ["https://example.org/w"]
    with open_store(db) as store:
        article = store.get(stored[0][0])
        assert article is not None and SECRET not in article.body


def test_items_linking_to_private_addresses_are_refused_unless_allowed(
    server: FeedServer, clock: FakeClock, db: Path
) -> None:
    inside = server.url_of("/internal/admin")  # the loopback server itself: a private address
    server.serve(rss([Item("Intranet page", "Text of an intranet page.", guid="i", link=inside)]))
    errors = _watch(server.url, db, clock)
    (error,) = errors
    assert "a loopback address" in str(error) and "--allow-private-urls" in str(error)
    assert _stored(db) == []
    assert _watch(server.url, db, clock, allow_private=True) == []  # a restart tries the failed item again
    assert [url for _, url in _stored(db)] == [inside]


@pytest.mark.parametrize(
    ("location", "message"),
    [
        ("file:///etc/passwd", "is not allowed"),
        ("ftp://example.org/feed.xml", r"only http\(s\) is followed"),
        ("http://169.254.169.254/latest/meta-data/", "a link-local address"),
        ("http://10.0.0.7/feed.xml", "a private address"),
    ],
)
def test_redirects_to_other_schemes_or_private_addresses_are_refused(
    server: FeedServer, location: str, message: str
) -> None:
    server.serve(b"", status=302, headers={"Location": location})
    with pytest.raises(FeedError, match=message):
        fetch(feed_source(server.url), timeout=5, max_bytes=1_000_000)


def test_a_redirect_inside_an_intranet_is_followed_when_allowed(server: FeedServer) -> None:
    server.serve(b"", status=301, headers={"Location": server.url_of("/moved.xml")})
    server.paths["/moved.xml"] = Answer(rss([A]))
    with pytest.raises(FeedError, match="a loopback address"):
        fetch(feed_source(server.url), timeout=5, max_bytes=1_000_000)
    got = fetch(feed_source(server.url, allow_private=True), timeout=5, max_bytes=1_000_000)
    assert got.data == rss([A])
