"""Fixtures for the browser tests: one live server and one Chromium for the session, a page per test.

The API tests keep their own fixtures in ``apikit.py``; nothing here runs unless a test asks for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browserkit import CHROMIUM_ARGS, LiveServer, PageLog, fill_store, find_chromium, serve

VIEWPORT = {"width": 1366, "height": 768}  # a laptop screen
TIMEOUT_MS = 10_000


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """Debian's Chromium (``STRIFE_CHROMIUM``, else ``chromium`` on the PATH), or skip."""
    path = find_chromium()
    if path is None:
        pytest.skip(
            "no Chromium: install Debian's chromium (apt-get install chromium) or set STRIFE_CHROMIUM"
        )
    return path


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """``strife.web.create_app`` over the hand-built store of :mod:`browserkit`, on a loopback port."""
    db = tmp_path_factory.mktemp("web") / "strife.duckdb"
    fill_store(db)
    with serve(db) as server:
        yield server


@pytest.fixture(scope="session")
def browser(chromium_path: str) -> Iterator[Any]:
    """Headless Chromium driven by Playwright (its own browser downloads are never used)."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=chromium_path, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page_log(live_server: LiveServer) -> PageLog:
    return PageLog(live_server.origin)


@pytest.fixture
def page(browser: Any, live_server: LiveServer, page_log: PageLog) -> Iterator[Any]:
    """A fresh page (its own context) on the live server, logged in ``page_log``."""
    context = browser.new_context(base_url=live_server.origin, viewport=VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page_log.attach(page)
    yield page
    context.close()


@pytest.fixture(scope="session")
def screenshots() -> Path | None:
    """``STRIFE_SCREENSHOTS``: a folder to keep the screenshots in, besides the test's tmp_path."""
    folder = os.environ.get("STRIFE_SCREENSHOTS")
    if not folder:
        return None
    Path(folder).mkdir(parents=True, exist_ok=True)
    return Path(folder)
