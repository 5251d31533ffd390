"""The dashboard at ``/`` in Debian's headless Chromium: it loads from the server alone, draws its
charts and map, filters the events table, shows an empty state, opens an article, takes a screenshot.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from browserkit import (
    NOTHING,
    PNG,
    ROWS,
    SHELLING,
    LiveServer,
    PageLog,
    corpus,
    filter_events,
    open_dashboard,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def events_with(country: str) -> int:
    """How many stored events have ``country`` as their source's or target's country."""
    return sum(
        1
        for article in corpus()
        for event in article.events
        if country in {a.country for a in (event.source, event.target) if a is not None}
    )


def test_dashboard_loads_from_the_server_alone(page: Any, page_log: PageLog) -> None:
    open_dashboard(page)
    page.wait_for_load_state("networkidle")
    assert page_log.outside() == []
    assert page_log.errors == []
    assert page_log.failed == []
    assert len(page_log.requests) > 3  # the page, its scripts and the API calls


@pytest.mark.parametrize("region", ["#timeline", "#dyad-chart", "#map"])
def test_charts_and_map_are_drawn(page: Any, region: str) -> None:
    open_dashboard(page)
    drawn = page.locator(f"{region} svg, {region} canvas")
    expect(drawn.first).to_be_visible()
    assert page.locator(f"{region} .loading, {region} .empty, {region} .error").count() == 0
    box = drawn.first.bounding_box()
    assert box is not None and box["width"] > 100 and box["height"] > 50


def test_table_shows_every_event_with_its_evidence(page: Any) -> None:
    open_dashboard(page)
    expect(page.locator(ROWS)).to_have_count(sum(len(a.events) for a in corpus()))
    expect(page.locator("#events-table").get_by_text(SHELLING)).to_be_visible()


def test_table_opens_on_the_newest_events_with_code_names(page: Any, live_server: LiveServer) -> None:
    open_dashboard(page)
    expect(page.locator(ROWS).first).to_be_visible()
    dates = [d for d in page.locator(f"{ROWS} td:first-child").all_inner_texts() if d != "—"]
    assert dates == sorted(dates, reverse=True)
    newest = live_server.get("/api/events", sort="newest", limit=1)["items"][0]
    assert dates[0] == newest["date"]
    expect(page.locator(f"{ROWS} .cameo-name").first).to_have_text(f" {newest['cameo_label']}")


def test_the_timeline_spans_the_news_and_alerts_say_what_they_saw(page: Any, live_server: LiveServer) -> None:
    coverage = live_server.get("/api/coverage")
    open_dashboard(page)
    expect(page.locator("#timeline-note")).to_contain_text("the news stored")
    alerts = page.locator("#alerts")
    expect(alerts.locator(".loading")).to_have_count(0)
    assert coverage["first"] and coverage["last"]
    scored = [a for a in live_server.get("/api/alerts")["items"] if a["status"] == "alert"]
    expect(alerts.locator("li.alert-item:not(.unscored)")).to_have_count(len(scored))
    expect(alerts.locator(".alerts-state")).to_contain_text("when the last articles were stored")


@pytest.mark.parametrize(
    ("fields", "rows", "evidence"),
    [
        ({"actor": "UKR"}, events_with("UKR"), SHELLING),
        ({"q": "shelled"}, 1, SHELLING),
        ({"actor": "USA", "q": "froze"}, 1, "The United States froze the assets of Russia's central bank."),
    ],
)
def test_filtering_the_table_changes_its_rows(
    page: Any, fields: dict[str, str], rows: int, evidence: str
) -> None:
    open_dashboard(page)
    before = page.locator(ROWS).count()
    filter_events(page, **fields)
    expect(page.locator(ROWS)).to_have_count(rows)
    assert rows < before
    expect(page.locator("#events-table").get_by_text(evidence)).to_be_visible()


def test_a_filter_matching_nothing_shows_the_empty_state(page: Any, page_log: PageLog) -> None:
    open_dashboard(page)
    filter_events(page, q=NOTHING)
    expect(page.locator("#events-table .empty").first).to_be_visible()
    expect(page.locator(ROWS)).to_have_count(0)
    assert any(NOTHING in url for url in page_log.requests)  # the filter went to the API
    assert page_log.errors == []


def test_an_article_opens_from_the_table(page: Any, live_server: LiveServer) -> None:
    open_dashboard(page)
    filter_events(page, q="shelled")
    expect(page.locator(ROWS)).to_have_count(1)
    page.locator(f"{ROWS} a[href^='/articles/']").first.click()
    page.wait_for_url(f"{live_server.origin}/articles/shelling")
    expect(page.locator("#article-body")).to_contain_text(SHELLING)


def test_quotes_browse_by_speaker(page: Any) -> None:
    open_dashboard(page)
    quotes = page.locator("#quotes")
    expect(quotes).to_contain_text("Alexander Grushko")
    page.locator("#speaker-filter").fill("Grushko")
    expect(quotes).not_to_contain_text("Jens Stoltenberg")
    expect(quotes).to_contain_text("The alliance is making a grave mistake")
    page.locator("#speaker-filter").fill(NOTHING)
    expect(quotes.locator(".empty")).to_be_visible()


def test_speaker_chips_pick_a_person(page: Any) -> None:
    """The chips come from /api/speakers (one per person, most quoted first); a click filters the quotes."""
    open_dashboard(page)
    chips = page.locator("#speaker-chips button")
    expect(chips.first).to_have_text("Jens Stoltenberg (3)")
    expect(chips.first).to_have_attribute("title", re.compile(r"^quoted as IGOWSTNAT in \d+ articles$"))
    chips.first.click()
    expect(page.locator("#speaker-filter")).to_have_value("Jens Stoltenberg")
    expect(page.locator("#quotes")).not_to_contain_text("Alexander Grushko")


def test_dashboard_screenshot(page: Any, tmp_path: Path, screenshots: Path | None) -> None:
    open_dashboard(page)
    page.wait_for_load_state("networkidle")
    shot = page.screenshot(path=tmp_path / "dashboard.png", full_page=True)
    assert shot.startswith(PNG) and len(shot) > 10_000
    assert (tmp_path / "dashboard.png").read_bytes() == shot
    if screenshots is not None:
        (screenshots / "dashboard.png").write_bytes(shot)
