"""The alert feed: regions decide who hears of an alert; every change is an entry after the cursor."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from outreach_app.protocol.alerts import AlertFeed
from outreach_app.server.core.clock import today
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import orgs
from tests.server.support import Enrolled, World, make_report
from tests.server.test_reports import post


def publish(world: World, title: str, regions: list[str], **content: Any) -> str:
    day = today(world.clock)
    base = {
        "title": title,
        "body": "Be careful.",
        "incident_types": ["robbery_theft"],
        "perpetrators": [{"phone_numbers": ["+447700900123"], "online_handles": ["dodgydave"]}],
        "vehicles": [{"registration": "AB12CDE"}],
        "issued_on": day.isoformat(),
        "expires_on": (day + timedelta(days=30)).isoformat(),
    }
    with world.engine.begin() as conn:
        alert_id = alerts_db.create_draft(conn, {**base, **content}, world.clock)
        alerts_db.publish(conn, alert_id, regions, world.clock)
    return alert_id


def feed(
    world: World, device: Enrolled, since: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if since is not None:
        params["since"] = since
    if limit is not None:
        params["limit"] = limit
    reply = world.client.get("/v1/alerts", params=params, headers=device.headers)
    assert reply.status_code == 200, reply.text
    AlertFeed.model_validate(reply.json())
    body: dict[str, Any] = reply.json()
    return body


def kinds(page: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["kind"], e["alert_id"]) for e in page["entries"]]


def test_first_pull_is_a_reset_and_drafts_are_never_sent(world: World) -> None:
    with world.engine.begin() as conn:
        alerts_db.create_draft(
            conn,
            {"title": "draft", "issued_on": "2026-03-04", "expires_on": "2026-04-04"},
            world.clock,
        )
    page = feed(world, world.a)
    assert page["reset"] is True and page["entries"] == [] and page["has_more"] is False
    assert feed(world, world.a, page["next_cursor"]) == {**page, "reset": False}


def test_alerts_reach_only_orgs_working_in_their_regions(world: World) -> None:
    north = publish(world, "north only", ["north"])
    south = publish(world, "south only", ["south"])
    both = publish(world, "north and south", ["north", "south"])
    page_a, page_b = feed(world, world.a), feed(world, world.b)
    assert kinds(page_a) == [("upsert", north), ("upsert", both)]
    assert kinds(page_b) == [("upsert", south), ("upsert", both)]
    # A device sees only its own org's regions on an alert, never where else it went.
    shared_a = next(e["alert"] for e in page_a["entries"] if e["alert_id"] == both)
    assert shared_a["region_ids"] == ["north"]
    alert = page_a["entries"][0]["alert"]
    assert alert["perpetrators"][0]["phone_numbers"] == ["+447700900123"]
    assert alert["vehicles"][0]["registration"] == "AB12CDE"


def test_changes_after_the_cursor_are_entries(world: World) -> None:
    first = publish(world, "first", ["north"])
    cursor = feed(world, world.a)["next_cursor"]
    second = publish(world, "second", ["east"])
    with world.engine.begin() as conn:
        alerts_db.update_content(
            conn, first, {**alerts_db.get_draft_content(conn, first), "title": "v2"}, world.clock
        )
    page = feed(world, world.a, cursor)
    assert page["reset"] is False
    assert kinds(page) == [("upsert", second), ("upsert", first)]
    assert page["entries"][1]["alert"]["version"] == 2 and page["entries"][1]["alert"]["title"] == "v2"
    cursor = page["next_cursor"]
    with world.engine.begin() as conn:
        alerts_db.set_status(conn, first, "expired", world.clock)
        alerts_db.set_status(conn, second, "withdrawn", world.clock)
    page = feed(world, world.a, cursor)
    assert kinds(page) == [("expire", first), ("withdraw", second)]
    assert all("alert" not in e or e["alert"] is None for e in page["entries"])
    assert feed(world, world.a, page["next_cursor"])["entries"] == []
    # A fresh device gets a snapshot of what is current: nothing here.
    assert feed(world, world.enrol(world.org_a))["entries"] == []


def test_alerts_expire_by_date_as_feed_entries(world: World) -> None:
    alert_id = publish(world, "short", ["north"], expires_on=today(world.clock).isoformat())
    cursor = feed(world, world.a)["next_cursor"]
    world.clock.advance(days=1)
    assert kinds(feed(world, world.a, cursor)) == [("expire", alert_id)]


def test_pages_with_has_more(world: World) -> None:
    ids = [publish(world, f"alert {n}", ["north"]) for n in range(5)]
    seen: list[str] = []
    page = feed(world, world.a, limit=2)
    seen += [e["alert_id"] for e in page["entries"]]
    assert page["has_more"] is True and page["reset"] is True
    while page["has_more"]:
        page = feed(world, world.a, page["next_cursor"], limit=2)
        seen += [e["alert_id"] for e in page["entries"]]
    assert seen == ids


def test_an_unknown_cursor_gives_a_reset(world: World) -> None:
    alert_id = publish(world, "x", ["north"])
    for cursor in ("s999999", "garbage", "s"):
        page = feed(world, world.a, cursor)
        assert page["reset"] is True and kinds(page) == [("upsert", alert_id)]


def test_bad_query_parameters_are_400(world: World) -> None:
    for params in (
        {"limit": "0"},
        {"limit": "lots"},
        {"since": "has space"},
        {"limit": "100000"},
        {"x": "1"},
    ):
        reply = world.client.get("/v1/alerts", params=params, headers=world.a.headers)
        assert reply.status_code == 400 and reply.json()["code"] == "bad_request"


def test_a_change_of_the_orgs_regions_resets_its_feed(world: World) -> None:
    south = publish(world, "south", ["south"])
    north = publish(world, "north", ["north"])
    cursor = feed(world, world.a)["next_cursor"]
    cursor_b = feed(world, world.b)["next_cursor"]
    with world.engine.begin() as conn:
        orgs.set_org_regions(conn, world.org_a, ["east", "south"])
    page = feed(world, world.a, cursor)
    assert page["reset"] is True and kinds(page) == [("upsert", south)]  # north's alert is dropped
    assert feed(world, world.a, page["next_cursor"])["reset"] is False
    assert feed(world, world.b, cursor_b) == {**feed(world, world.b, cursor_b), "reset": False}
    assert north


def test_draft_from_report_uses_the_alert_section_and_the_week_only(world: World) -> None:
    item = make_report(date="2026-03-05")  # a Thursday
    post(world, world.a, item)
    with world.engine.begin() as conn:
        alert_id = alerts_db.draft_from_report(conn, item["report_id"], world.clock)
        content = alerts_db.get_draft_content(conn, alert_id)
        listed = alerts_db.list_alerts(conn)
    assert "week beginning 2026-03-02" in content["body"]
    assert "2026-03-05" not in str(content) and "night" not in str(content)
    assert "A weapon was used." in content["body"] and item["alert"]["summary"] in content["body"]
    assert content["perpetrators"][0]["online_handles"] == ["dodgydave"]
    assert content["vehicles"][0]["registration"] == "AB12CDE"
    text = str(content)
    for victim_side in ("25_34", "woman", "age_band", "injured", "statistics", item["withdrawal_verifier"]):
        assert victim_side not in text
    assert listed[0].status == "draft" and listed[0].region_ids == ("north",)
    assert feed(world, world.a)["entries"] == []  # a draft is not sent
