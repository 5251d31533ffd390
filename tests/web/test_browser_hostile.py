"""An article carrying ``<script>`` and ``onerror=`` in its headline, body, actor mention, quote and
event evidence stays inert text on every page that shows it."""

from __future__ import annotations

from typing import Any

import pytest
from browserkit import HOSTILE_ID, IMG_TAG, SCRIPT_TAG, LiveServer, PageLog, filter_events, open_dashboard
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

#: Elements the content could have smuggled in: inline scripts, inline handlers, its image.
INJECTED = "document.querySelectorAll('script:not([src]), [onerror], img[src=x], img[src$=\"/x\"]').length"


def assert_inert(page: Any, page_log: PageLog, live_server: LiveServer) -> None:
    """Nothing ran, nothing was built from the markup, nothing was fetched for it."""
    page.wait_for_load_state("networkidle")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate(INJECTED) == 0
    scripts = page.evaluate("[...document.scripts].map(s => s.src)")
    assert all(src.startswith(f"{live_server.origin}/static/") for src in scripts), scripts
    assert f"{live_server.origin}/x" not in page_log.requests
    assert page_log.outside() == []
    assert not [e for e in page_log.errors if "Content Security Policy" in e]


def test_hostile_article_page_shows_the_markup_as_text(
    page: Any, page_log: PageLog, live_server: LiveServer
) -> None:
    page.goto(f"/articles/{HOSTILE_ID}")
    body = page.locator("#article-body")
    expect(body).to_contain_text(f"{SCRIPT_TAG} claimed the attack.")
    expect(body).to_contain_text(IMG_TAG)
    assert body.locator("script, img, iframe, object").count() == 0
    expect(body.locator(".actor-mark", has_text=SCRIPT_TAG).first).to_be_visible()
    expect(body.locator(".quote-mark", has_text=IMG_TAG).first).to_be_visible()
    expect(page.locator("body")).to_contain_text(f"{SCRIPT_TAG} Hackers strike {IMG_TAG}")  # the headline
    expect(page.locator("#article-events")).to_contain_text(f"the {SCRIPT_TAG} group")
    assert_inert(page, page_log, live_server)


def test_hostile_evidence_in_the_dashboard_table_is_text(
    page: Any, page_log: PageLog, live_server: LiveServer
) -> None:
    open_dashboard(page)
    filter_events(page, q="hacking")
    table = page.locator("#events-table")
    expect(table).to_contain_text(f"Ukraine accused the {SCRIPT_TAG} group of hacking the ministry.")
    assert table.locator("script, img").count() == 0
    assert_inert(page, page_log, live_server)


def test_hostile_story_page_is_inert(page: Any, page_log: PageLog, live_server: LiveServer) -> None:
    stories = live_server.get("/api/stories")["items"]
    [story] = [s for s in stories if s["articles"] == [HOSTILE_ID]]
    page.goto(f"/stories/{story['story']}")
    expect(page.locator("#story-outlets")).to_contain_text("Hostile Wire")
    expect(page.locator(".loading")).to_have_count(0)
    assert_inert(page, page_log, live_server)
