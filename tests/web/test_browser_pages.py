"""The article page, the story page and the API docs UI in Debian's headless Chromium."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from browserkit import PNG, LiveServer, PageLog
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

#: What a highlight's colour is made of, whichever of these the stylesheet sets.
COLOUR = """el => { const s = getComputedStyle(el);
    return [s.backgroundColor, s.borderBottomColor, s.textDecorationColor, s.color].join(" "); }"""


def open_article(page: Any, article_id: str) -> None:
    page.goto(f"/articles/{article_id}")
    expect(page.locator("#article-body")).not_to_be_empty()
    expect(page.locator(".loading")).to_have_count(0)


def test_article_shows_its_text_with_actors_and_quotes_highlighted(page: Any, page_log: PageLog) -> None:
    open_article(page, "talks-tass")
    body = page.locator("#article-body")
    expect(body).to_contain_text("Diplomats from NATO and Russia met in Brussels")
    expect(body).to_contain_text("TASS reported that officials expect more talks next month.")
    marks = body.locator(".quote-mark")
    expect(marks.first).to_be_visible()
    colours: dict[str, set[str]] = defaultdict(set)
    for i in range(marks.count()):
        colours[marks.nth(i).get_attribute("data-speaker") or ""].add(marks.nth(i).evaluate(COLOUR))
    assert len(colours) == 2 and "" not in colours, colours
    assert all(len(c) == 1 for c in colours.values()), colours  # one colour per speaker
    assert len(set.union(*colours.values())) == 2, colours  # and not the same one
    expect(body.locator(".actor-mark").first).to_be_visible()
    assert "Alexander Grushko" in body.locator(".actor-mark").all_text_contents()
    assert page_log.errors == [] and page_log.outside() == []


def test_article_lists_its_events(page: Any) -> None:
    open_article(page, "talks-tass")
    events = page.locator("#article-events")
    expect(events).to_contain_text("Russia warned NATO of consequences if troops moved east.")
    expect(events).to_contain_text("138")


def test_unknown_article_says_so(page: Any) -> None:
    page.goto("/articles/no-such-article")
    expect(page.locator(".loading")).to_have_count(0)
    expect(page.locator("body")).to_contain_text("no-such-article")


def test_story_page_compares_outlets(page: Any, live_server: LiveServer, page_log: PageLog) -> None:
    stories = live_server.get("/api/stories")["items"]
    [story] = [s for s in stories if sorted(s["articles"]) == ["talks-reuters", "talks-tass"]]
    page.goto(f"/stories/{story['story']}")
    outlets = page.locator("#story-outlets")
    expect(outlets).to_contain_text("TASS")
    expect(outlets).to_contain_text("Reuters")
    expect(page.locator(".loading")).to_have_count(0)
    listed = page.locator("#story-articles .story-article")
    expect(listed).to_have_count(2)  # each article with its headline and outlet, from one request
    for article in ("talks-reuters", "talks-tass"):
        record = live_server.get(f"/api/articles/{article}")
        item = page.locator(f'#story-articles [data-article="{article}"]')
        expect(item.locator("a")).to_have_text(record["headline"])
        expect(item.locator(".meta")).to_contain_text(record["outlet"])
    assert page_log.errors == [] and page_log.outside() == []


def test_docs_ui_is_served_from_the_package(page: Any, page_log: PageLog, live_server: LiveServer) -> None:
    page.goto("/docs")
    expect(page.locator(".swagger-ui .opblock").first).to_be_visible()
    expect(page.locator(".swagger-ui")).to_contain_text("/api/events")
    page.wait_for_load_state("networkidle")
    assert page_log.outside() == []
    assert any(url.startswith(f"{live_server.origin}/static/") for url in page_log.requests)
    assert f"{live_server.origin}/openapi.json" in page_log.requests
    assert page_log.errors == []


def test_article_screenshot(page: Any, tmp_path: Path, screenshots: Path | None) -> None:
    open_article(page, "talks-tass")
    shot = page.screenshot(path=tmp_path / "article.png", full_page=True)
    assert shot.startswith(PNG) and len(shot) > 10_000
    if screenshots is not None:
        (screenshots / "article.png").write_bytes(shot)
