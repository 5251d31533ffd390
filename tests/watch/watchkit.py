"""Test kit for strife.watch: feeds written on the fly, a loopback server, a fake clock (the fake
pipeline is the shared one in ``tests/fake_pipeline.py``)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    title: str
    text: str
    guid: str | None = None
    link: str | None = None


def rss(items: Iterable[Item], title: str = "Loopback Wire") -> bytes:
    """An RSS 2.0 document holding ``items``."""
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{escape(title)}</title>'
    ]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title)}</title>")
        if item.guid is not None:
            parts.append(f'<guid isPermaLink="false">{escape(item.guid)}</guid>')
        if item.link is not None:
            parts.append(f"<link>{escape(item.link)}</link>")
        parts.append(f"<description>{escape(item.text)}</description>")
        parts.append(f"<pubDate>{formatdate(1_700_000_000, usegmt=True)}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>\n")
    return "".join(parts).encode("utf-8")


A = Item("Talks open in Geneva", "Envoys of both countries met in Geneva on Monday for talks.", guid="wire-1")
B = Item(
    "Border crossing closed", "The border crossing at Narva was closed on Tuesday evening.", guid="wire-2"
)
C = Item(
    "Ministers agree on a plan",
    "The foreign ministers agreed on a plan for prisoner exchanges.",
    guid="wire-3",
)
D = Item("Ceasefire holds", "The ceasefire in the eastern region held for a third day.", guid="wire-4")


@dataclass
class Answer:
    """What the server answers: a status, a body, extra headers, an optional delay."""

    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    length: bool = True  # send Content-Length (else the body ends when the connection closes)


class FeedServer:
    """An HTTP server on 127.0.0.1 (a free port) in a thread; set ``answer`` to change what it serves.

    Answers 304 when the request's ``If-None-Match`` equals the answer's ``ETag``. ``requests`` keeps
    the headers of each request; ``paths`` answers other paths than the feed's (``/other.xml``).
    """

    def __init__(self) -> None:
        self.answer = Answer(rss([]))
        self.paths: dict[str, Answer] = {}
        self.requests: list[dict[str, str]] = []
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(dict(self.headers.items()))
                answer = owner.paths.get(self.path, owner.answer)
                if answer.delay:
                    time.sleep(answer.delay)
                etag = answer.headers.get("ETag")
                if etag is not None and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                if answer.length:
                    self.send_header("Content-Length", str(len(answer.body)))
                for name, value in answer.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(answer.body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return self.url_of("/feed.xml")

    def url_of(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host!s}:{port}{path}"

    def serve(self, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        self.answer = Answer(body, status, dict(headers or {}))

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


class FakeClock:
    """``clock()`` gives the fake time; ``sleep(s)`` moves it on and calls ``on_sleep`` hooks."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []
        self.on_sleep: list[Callable[[float], None]] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        for hook in self.on_sleep:
            hook(self.now)
