"""Where a feed item's link may lead: web URLs, local pages under a feed file's folder, no private hosts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from strife.errors import InputError
from strife.readers import read_inputs
from strife.readers.links import LinkPolicy, LocalLink, WebLink, check_link, private_address
from strife.record import RawArticle

REMOTE = LinkPolicy()


@pytest.mark.parametrize(
    ("link", "refused_because"),
    [
        ("https://example.org/a", None),
        ("http://93.184.216.34/news/1", None),
        ("/etc/passwd", "names a local file"),
        ("file:///etc/passwd", "names a local file"),
        ("file://localhost/etc/passwd", "names a local file"),
        ("story.html", "names a local file"),
        ("../story.html", "names a local file"),
        ("ftp://example.org/a", "is not an http(s) URL"),
        ("javascript:alert(1)", "is not an http(s) URL"),
        ("data:text/html,<p>x</p>", "is not an http(s) URL"),
        ("http:///nohost", "is not a complete URL"),
        ("http://127.0.0.1/admin", "a loopback address"),
        ("http://localhost:8080/", "a loopback address"),
        ("http://api.localhost/", "a loopback address"),
        ("http://[::1]/", "a loopback address"),
        ("http://[::ffff:127.0.0.1]/", "a loopback address"),
        ("http://169.254.169.254/latest/meta-data/", "a link-local address"),
        ("http://10.1.2.3/", "a private address"),
        ("http://192.168.0.10/", "a private address"),
        ("http://172.16.5.4/", "a private address"),
        ("http://[fd00::1]/", "a private address"),
        ("http://0.0.0.0/", "address"),
        ("http://2130706433/", "a loopback address"),  # 127.0.0.1 written as one number
    ],
)
def test_links_of_a_feed_fetched_over_the_network(link: str, refused_because: str | None) -> None:
    found = check_link(link, REMOTE)
    if refused_because is None:
        assert found == WebLink(link)
    else:
        assert isinstance(found, str) and refused_because in found and repr(link) in found


@pytest.mark.parametrize(
    "link", ["http://127.0.0.1/admin", "http://10.1.2.3/", "http://[::1]/", "http://localhost/"]
)
def test_private_hosts_are_allowed_for_intranet_feeds(link: str) -> None:
    assert check_link(link, LinkPolicy(allow_private=True)) == WebLink(link)


def test_a_refusal_says_how_to_allow_private_hosts() -> None:
    found = check_link("http://10.0.0.1/x", REMOTE)
    assert isinstance(found, str) and "--allow-private-urls" in found and "STRIFE_ALLOW_PRIVATE_URLS" in found


@pytest.mark.parametrize(
    ("link", "inside"),
    [
        ("story.html", True),
        ("sub/story.html", True),
        ("a%20b.html", True),
        ("../outside.html", False),
        ("/etc/passwd", False),
        ("file:///etc/passwd", False),
        ("sub/../../outside.html", False),
        ("escape/story.html", False),  # a symbolic link inside the folder pointing out of it
    ],
)
def test_local_links_of_a_feed_file_stay_under_its_folder(tmp_path: Path, link: str, inside: bool) -> None:
    folder = tmp_path / "feeds"
    (folder / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (folder / "escape").symlink_to(tmp_path / "elsewhere")
    found = check_link(link, LinkPolicy(local_root=str(folder)))
    if inside:
        assert isinstance(found, LocalLink) and found.path.startswith(str(folder.resolve()))
    else:
        assert isinstance(found, str) and "outside the feed's folder" in found


def test_an_absolute_link_inside_the_folder_is_read(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    for link in (str(page), page.as_uri()):
        assert check_link(link, LinkPolicy(local_root=str(tmp_path))) == LocalLink(str(page.resolve()))


@pytest.mark.parametrize(
    ("host", "private"),
    [("127.0.0.1", True), ("8.8.8.8", False), ("LOCALHOST.", True), ("[::1]", True), ("fe80::1%eth0", True)],
)
def test_private_address(host: str, private: bool) -> None:
    assert (private_address(host) is not None) is private


def _feed(*links: str) -> bytes:
    items = "".join(
        f"<item><title>Item {i}</title><link>{link}</link><description>Text {i}.</description></item>"
        for i, link in enumerate(links, 1)
    )
    head = '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
    return f"{head}{items}</channel></rss>".encode()


def test_a_feed_on_standard_input_links_to_the_web_only(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text("<html><body><p>The secret text of a local page.</p></body></html>", encoding="utf-8")
    data = _feed(str(secret), secret.as_uri(), "https://example.org/ok")
    found = list(read_inputs(["-"], "feed", stdin=io.BytesIO(data)))
    local, url, ok = found
    assert isinstance(local, InputError) and local.origin == "<stdin>#1" and "local file" in local.reason
    assert isinstance(url, InputError) and url.origin == "<stdin>#2"
    assert isinstance(ok, RawArticle) and ok.url == "https://example.org/ok"
    assert not any(isinstance(f, RawArticle) and "secret" in f.body for f in found)


def test_a_feed_file_reads_pages_in_its_folder_but_not_outside(tmp_path: Path) -> None:
    folder = tmp_path / "feeds"
    folder.mkdir()
    page = "<html><body><article><p>{} page text, long enough to be an article.</p></article></body></html>"
    (folder / "inside.html").write_text(page.format("Inside"), encoding="utf-8")
    (tmp_path / "outside.html").write_text(page.format("Outside"), encoding="utf-8")
    feed = folder / "feed.rss"
    feed.write_bytes(_feed("inside.html", "../outside.html", str(tmp_path / "outside.html")))
    inside, up, absolute = read_inputs([str(feed)])
    assert isinstance(inside, RawArticle) and inside.body.startswith("Inside page text")
    for refused in (up, absolute):
        assert isinstance(refused, InputError) and "outside the feed's folder" in refused.reason


def test_private_item_links_in_a_feed_file_are_refused_unless_allowed(tmp_path: Path) -> None:
    feed = tmp_path / "feed.rss"
    feed.write_bytes(_feed("http://169.254.169.254/latest", "https://example.org/a"))
    refused, ok = read_inputs([str(feed)])
    assert isinstance(refused, InputError) and "link-local" in refused.reason
    assert refused.origin == f"{feed}#1" and isinstance(ok, RawArticle)
    allowed, _ = read_inputs([str(feed)], allow_private_urls=True)
    assert isinstance(allowed, RawArticle) and allowed.url == "http://169.254.169.254/latest"
