"""Stories, one story with its outlets, dyad series and alerts over HTTP (stories computed on the
write path; the routes only read)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from apikit import ESCALATION_DAY, api, corpus, escalation, get_json
from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with api(tmp_path_factory.mktemp("monitor"), [*corpus(), *escalation()]) as client:
        yield client


def talks_story(client: TestClient) -> dict[str, Any]:
    stories = get_json(client, "/api/stories", {"min_articles": 2})["items"]
    [story] = [s for s in stories if "talks-tass" in s["articles"]]
    found: dict[str, Any] = story
    return found


def test_get_routes_never_cluster(tmp_path: Path) -> None:
    with api(tmp_path, refresh=False) as client:
        store = client.app.state.strife.store  # type: ignore[attr-defined]
        assert store.story_backlog().articles == 6
        for url in ("/api/stories", "/api/alerts", "/api/dyad?a=RUS&b=NATO", "/api/events"):
            get_json(client, url)
        assert store.story_backlog().articles == 6
        assert get_json(client, "/api/stories")["items"] == []


def test_stories_come_from_the_write_path(tmp_path: Path) -> None:
    with api(tmp_path) as client:
        store = client.app.state.strife.store  # type: ignore[attr-defined]
        assert store.story_backlog().articles == 0
        page = get_json(client, "/api/stories")
    assert sum(len(s["articles"]) for s in page["items"]) == 6
    assert set(page["items"][0]) == {
        "story",
        "thread",
        "headline",
        "articles",
        "outlets",
        "first_seen",
        "last_seen",
    }


def test_the_two_reports_of_the_talks_are_one_story(client: TestClient) -> None:
    story = talks_story(client)
    assert sorted(story["articles"]) == ["talks-reuters", "talks-tass"]
    assert story["outlets"] == ["Reuters", "TASS"]
    assert story in get_json(client, "/api/stories", {"thread": story["thread"]})["items"]


def test_stories_page(client: TestClient) -> None:
    page = get_json(client, "/api/stories", {"limit": 2})
    assert len(page["items"]) == 2 and page["next_offset"] == 2


def test_one_story_has_members_incidents_and_outlets(client: TestClient) -> None:
    story = talks_story(client)
    detail = get_json(client, f"/api/stories/{story['story']}")
    assert detail["story"] == story
    assert sorted(m["article_id"] for m in detail["members"]) == ["talks-reuters", "talks-tass"]
    [incident] = detail["incidents"]
    assert (incident["articles"], incident["outlets"], incident["cameo"]) == (2, 2, "040")
    quoted = {view["outlet"]: [q["speaker"] for q in view["quoted"]] for view in detail["outlets"]}
    assert quoted == {"Reuters": ["Jens Stoltenberg"], "TASS": ["Alexander Grushko"]}


def test_unknown_story_is_404(client: TestClient) -> None:
    response = client.get("/api/stories/s-nope")
    assert response.status_code == 404 and "s-nope" in response.json()["detail"]


def test_events_carry_their_incident_once_stories_are_computed(client: TestClient) -> None:
    talks_story(client)
    rows = get_json(client, "/api/events", {"dyad": "IGOWSTNAT,RUS"})["items"]
    assert [r["incident_articles"] for r in rows] == [2, 2] and rows[0]["incident"] == rows[1]["incident"]


def test_dyad_series_by_bucket_with_names_resolved(client: TestClient) -> None:
    view = get_json(client, "/api/dyad", {"a": "Russia", "b": "nato", "by": "month"})
    assert (view["a"], view["b"], view["by"], view["directed"]) == ("RUS", "IGOWSTNAT", "month", False)
    assert [(r["date"], r["events"], r["verbal_coop"]) for r in view["rows"]] == [("2022-01-01", 1, 1)]
    assert view["alerts"] == []


def test_alerts_find_the_escalation(client: TestClient) -> None:
    alerts = get_json(client, "/api/alerts")["items"]
    surge = [a for a in alerts if a["dyad"] == ["RUS", "UKR"] and a["date"] == ESCALATION_DAY]
    assert surge, alerts
    assert {a["detector"] for a in surge} == {"surprise"}
    assert len(surge[0]["events"]) == 10 and surge[0]["value"] == 10
    assert get_json(client, "/api/alerts", {"until": "2022-02"})["items"] == []


def test_dyad_view_holds_the_alerts_of_its_pair(client: TestClient) -> None:
    view = get_json(client, "/api/dyad", {"a": "UKR", "b": "RUS", "since": "2022-03", "until": "2022-03"})
    assert len(view["rows"]) == 31
    assert [r["events"] for r in view["rows"] if r["date"] == ESCALATION_DAY] == [10]
    assert {(a["date"], tuple(a["dyad"])) for a in view["alerts"]} >= {(ESCALATION_DAY, ("RUS", "UKR"))}


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/api/dyad?a=Rusia&b=NATO", "first 'Rusia' is not a country, organisation or actor code"),
        ("/api/dyad?a=RUS&b=Russia", "is the same actor as the first"),
        ("/api/dyad?a=RUS&b=UKR&since=2022-3", "since '2022-3' is not an ISO date"),
        ("/api/dyad?a=RUS&b=UKR&by=year", "query parameter by:"),
        ("/api/dyad?a=RUS", "query parameter b: Field required"),
        ("/api/alerts?since=2022-05&until=2022-01", "until '2022-01' is before since 2022-05-01"),
    ],
)
def test_bad_monitoring_parameters_are_422(client: TestClient, url: str, message: str) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text
    assert message in response.json()["detail"]
