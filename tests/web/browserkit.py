"""Helpers for the browser tests: Debian's Chromium, a live server over a hand-built store, a page log.

The store holds a few articles built by hand (no NLP): NATO–Russia talks reported by two outlets
(one story, two speakers quoted), shelling, aid and sanctions with located events on several days,
and :data:`HOSTILE_ID`, an article whose headline, body, actor mention, quote and event evidence
carry markup that must stay text. :func:`serve` runs ``strife.web.create_app`` under uvicorn on a
free loopback port in a thread. Chromium is Debian's (``STRIFE_CHROMIUM`` or ``chromium`` on the
``PATH``); Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from apikit import ARMY as RUSSIAN_ARMY
from apikit import NATO, RUSSIA, UKRAINE, USA
from playwright.sync_api import expect

from strife.record import Actor, Article, Event, EventLocation, Mention, Quote, Speaker, fingerprint

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERVER_START_S = 20.0

SCRIPT_TAG = "<script>window.__pwned=1</script>"
IMG_TAG = '<img src=x onerror="window.__pwned=1">'
HOSTILE_ID = "hostile"
NOTHING = "zzqx-matches-nothing"

GRUSHKO = Actor(name="Alexander Grushko", code="RUSGOV", country="RUS", sector="GOV", type="person")
STOLTENBERG = Actor(name="Jens Stoltenberg", code="IGOWSTNAT", country=None, sector=None, type="person")
HOSTILE_GROUP = Actor(name="Hostile Group", code=None, country=None, sector=None, type="group")

BRUSSELS = EventLocation(name="Brussels", country="BEL", lat=50.85, lon=4.35)
KHARKIV = EventLocation(name="Kharkiv", country="UKR", lat=49.99, lon=36.23)
KYIV = EventLocation(name="Kyiv", country="UKR", lat=50.45, lon=30.52)
MOSCOW = EventLocation(name="Moscow", country="RUS", lat=55.76, lon=37.62)

TALKS = (
    "Diplomats from NATO and Russia met in Brussels for four hours of talks on missile deployments, "
    "the first such meeting of the council in two years, and agreed to meet again. "
)
#: The evidence sentence the filter tests look for (one event of the shelling article).
SHELLING = "The Russian army shelled Kharkiv overnight, hitting a school and two apartment blocks."


def find_chromium() -> str | None:
    """Debian's Chromium: ``STRIFE_CHROMIUM`` if set, else ``chromium`` on the ``PATH``."""
    return os.environ.get("STRIFE_CHROMIUM") or shutil.which("chromium")


# --- the store --------------------------------------------------------------------------------


def span(body: str, text: str, after: int = 0) -> Mention:
    """The first ``text`` in ``body`` at or after ``after``, as a mention."""
    start = body.index(text, after)
    return Mention(text=text, start=start, end=start + len(text))


def mentioned(actor: Actor, body: str, *names: str) -> Actor:
    """``actor`` with a mention for every occurrence of each of ``names`` in ``body``."""
    mentions = [
        Mention(text=name, start=m.start(), end=m.end())
        for name in names
        for m in re.finditer(rf"\b{re.escape(name)}\b", body)
    ]
    return actor.model_copy(update={"mentions": sorted(mentions, key=lambda m: m.start)})


def quote(body: str, text: str, who: Actor) -> Quote:
    """A direct quote of ``text``, said by ``who`` (named after it in ``body``)."""
    where = span(body, text)
    speaker = Speaker(name=who.name, code=who.code, country=who.country, mention=span(body, who.name))
    return Quote(text=text, start=where.start, end=where.end, kind="direct", cue="said", speaker=speaker)


def event(
    body: str,
    sentence: str,
    code: tuple[str, int, float],
    source: Actor | None,
    target: Actor | None,
    location: EventLocation | None = None,
) -> Event:
    """An event coded ``code`` = (CAMEO, quad class, Goldstein) from ``sentence`` of ``body``."""
    cameo, quad, goldstein = code
    return Event(
        cameo=cameo, cameo_root=cameo[:2], quad_class=quad, goldstein=goldstein, source=source,
        target=target, location=location, evidence=span(body, sentence), confidence=0.8,
    )  # fmt: skip


def _when(month: int, day: int) -> datetime:
    return datetime(2022, month, day, 9, 0, tzinfo=UTC)


def talks(aid: str, outlet: str, day: int) -> Article:
    """One outlet's report of the talks: two speakers quoted, two events in Brussels."""
    grushko = "The alliance is making a grave mistake"
    stoltenberg = "Our door remains open to dialogue"
    body = (
        f"{TALKS * 3}"
        f'"{grushko}," Alexander Grushko said after the meeting. '
        f'"{stoltenberg}," Jens Stoltenberg said. '
        "Russia warned NATO of consequences if troops moved east. "
        f"{outlet} reported that officials expect more talks next month."
    )
    return Article(
        id=aid, fingerprint=fingerprint(body), outlet=outlet, published=_when(1, day),
        headline=f"NATO and Russia talk in Brussels ({outlet})", body=body,
        actors=[mentioned(NATO, body, "NATO"), mentioned(RUSSIA, body, "Russia"),
                mentioned(GRUSHKO, body, "Alexander Grushko"),
                mentioned(STOLTENBERG, body, "Jens Stoltenberg")],
        quotes=[quote(body, grushko, GRUSHKO), quote(body, stoltenberg, STOLTENBERG)],
        events=[event(body, TALKS.split(",")[0], ("036", 1, 4.0), NATO, RUSSIA, BRUSSELS),
                event(body, "Russia warned NATO of consequences if troops moved east.",
                      ("138", 3, -7.0), RUSSIA, NATO, MOSCOW)],
    )  # fmt: skip


def war(aid: str, outlet: str, month: int, day: int, sentences: list[tuple[str, Any]]) -> Article:
    """An article of ``sentences``, each with its event's (code, source, target, location) or None."""
    body = " ".join(text for text, _ in sentences)
    events = [event(body, text, *coded) for text, coded in sentences if coded is not None]
    actors = [
        mentioned(a, body, a.name)
        for a in (RUSSIAN_ARMY, UKRAINE, USA, RUSSIA)
        if re.search(rf"\b{a.name}\b", body)
    ]
    headline = sentences[0][0].rstrip(".")
    return Article(
        id=aid, fingerprint=fingerprint(body), outlet=outlet, published=_when(month, day),
        headline=headline, body=body, actors=actors, events=events,
    )  # fmt: skip


def hostile() -> Article:
    """An article whose headline, body, actor mention, quote and event evidence carry markup."""
    said = f"We are {IMG_TAG} everywhere"
    evidence = f"Ukraine accused the {SCRIPT_TAG} group of hacking the ministry."
    body = (
        f"{SCRIPT_TAG} claimed the attack. {evidence} "
        f'"{said}," Jens Stoltenberg said, reading the message aloud. {IMG_TAG}'
    )
    group = HOSTILE_GROUP.model_copy(update={"mentions": [span(body, SCRIPT_TAG)]})
    return Article(
        id=HOSTILE_ID, fingerprint=fingerprint(body), outlet="Hostile Wire", published=_when(2, 10),
        headline=f"{SCRIPT_TAG} Hackers strike {IMG_TAG}", body=body,
        actors=[group, mentioned(UKRAINE, body, "Ukraine"), mentioned(STOLTENBERG, body, "Jens Stoltenberg")],
        quotes=[quote(body, said, STOLTENBERG)],
        events=[event(body, evidence, ("112", 3, -2.0), UKRAINE, group, KYIV)],
    )  # fmt: skip


def corpus() -> list[Article]:
    """Every article of the test store."""
    assault, aid, sanction = ("190", 4, -10.0), ("070", 2, 7.0), ("163", 4, -8.0)
    meet, withdraw = ("036", 1, 4.0), ("087", 2, 9.0)
    return [
        talks("talks-tass", "TASS", 12),
        talks("talks-reuters", "Reuters", 12),
        war("shelling", "AP", 2, 24, [
            (SHELLING, (assault, RUSSIAN_ARMY, UKRAINE, KHARKIV)),
            ("Ukraine said the Russian army also struck near Kyiv.", (assault, RUSSIAN_ARMY, UKRAINE, KYIV)),
        ]),
        war("aid", "Reuters", 3, 1, [
            ("The United States sent air defence systems to Ukraine.", (aid, USA, UKRAINE, KYIV)),
            ("Ukraine thanked the United States for the help.", (("051", 1, 3.4), UKRAINE, USA, KYIV)),
        ]),
        war("sanctions", "AP", 2, 26, [
            ("The United States froze the assets of Russia's central bank.", (sanction, USA, RUSSIA, None)),
            ("Russia called the sanctions economic war.", (("111", 3, -2.0), RUSSIA, USA, MOSCOW)),
        ]),
        war("ceasefire", "TASS", 3, 14, [
            ("Russia and Ukraine held talks on a ceasefire in Belarus.", (meet, RUSSIA, UKRAINE, None)),
            ("The Russian army left positions north of Kyiv.", (withdraw, RUSSIAN_ARMY, UKRAINE, KYIV)),
        ]),
        hostile(),
    ]  # fmt: skip


def fill_store(path: Path) -> None:
    """Write :func:`corpus` to a new store at ``path`` and compute its stories (the write path)."""
    from strife.monitor.refresh import refresh
    from strife.store import open_store

    with open_store(path) as store:
        for article in corpus():
            store.add(article)
        refresh(store)


# --- the server -------------------------------------------------------------------------------


@dataclass
class LiveServer:
    """A running uvicorn server: ``origin`` is ``http://127.0.0.1:<port>``."""

    origin: str
    server: uvicorn.Server
    thread: threading.Thread

    def get(self, path: str, **params: Any) -> Any:
        """``GET path`` as JSON (the tests use it to learn ids, e.g. a story's)."""
        response = httpx.get(self.origin + path, params=params, timeout=10)
        response.raise_for_status()
        return response.json()


@contextmanager
def serve(db: Path) -> Iterator[LiveServer]:
    """``create_app(db)`` served on a free loopback port until the block ends."""
    from strife.web import create_app

    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    origin = f"http://127.0.0.1:{sock.getsockname()[1]}"
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        _wait_healthy(origin, thread)
        yield LiveServer(origin, server, thread)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def _wait_healthy(origin: str, thread: threading.Thread) -> None:
    deadline = time.monotonic() + SERVER_START_S
    while time.monotonic() < deadline:
        if not thread.is_alive():
            raise RuntimeError("the server thread ended before it answered /api/health")
        try:
            if httpx.get(f"{origin}/api/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"{origin}/api/health did not answer 200 within {SERVER_START_S:.0f} s")


# --- the page log -----------------------------------------------------------------------------


@dataclass
class PageLog:
    """What a page did: console errors, uncaught exceptions, every request, failed ones."""

    origin: str
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"uncaught: {e}"))
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        page.on("response", lambda r: self.failed.append(f"{r.url}: {r.status}") if r.status >= 400 else None)

    def outside(self) -> list[str]:
        """Requests to anything but the server (``data:`` and ``blob:`` URLs stay in the page)."""
        local = (self.origin + "/", "data:", "blob:")
        return [url for url in self.requests if not url.startswith(local)]


# --- the dashboard ---------------------------------------------------------------------------

#: The events table's data rows (not its loading, empty or error rows).
ROWS = "#events-table tbody tr:not(.loading, .empty, .error):not(:has(.loading, .empty, .error))"
PNG = b"\x89PNG\r\n\x1a\n"


def open_dashboard(page: Any) -> None:
    """Go to ``/`` and wait until nothing is loading any more."""
    page.goto("/")
    expect(page.locator("#events-table")).to_be_visible()
    expect(page.locator(".loading")).to_have_count(0)


def filter_events(page: Any, **fields: str) -> None:
    """Fill the events filter with ``fields`` and submit it as a user would."""
    form = page.locator("#events-filter")
    for name, value in fields.items():
        form.locator(f"[name={name}]").fill(value)
    submit = form.locator("button[type=submit], input[type=submit], button:not([type])")
    if submit.count():
        submit.first.click()
    else:
        form.locator(f"[name={next(iter(fields))}]").press("Enter")
