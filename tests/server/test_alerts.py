"""Signed alerts: published only when an alerts desk of the installed bundle signed them; the
feed carries them as signed; regions decide who hears of an alert; every change is an entry
after the cursor."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from outreach_app.protocol.signed_alerts import SignedAlert, SignedAlertFeed, verify_alert
from outreach_app.server.core.clock import today
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db import key_bundles, orgs
from outreach_app.server.db.orgs import AdminError, InvalidInputError, NotFoundError
from tests.server.support import Enrolled, World, charity, make_alert


def publish(world: World, title: str, regions: list[str], **content: Any) -> str:
    day = today(world.clock)
    defaults = {"issued_on": day.isoformat(), "expires_on": (day + timedelta(days=30)).isoformat()}
    alert = make_alert(regions, title=title, **{**defaults, **content})  # a test may set its own days
    return publish_signed(world, charity().signed_alert(alert))


def publish_signed(world: World, signed: SignedAlert) -> str:
    with world.engine.begin() as conn:
        bundle = key_bundles.current(conn)
        return alerts_db.publish_signed(conn, signed, None if bundle is None else bundle.bundle, world.clock)


def feed(
    world: World, device: Enrolled, since: str | None = None, limit: int | None = None
) -> dict[str, Any]:
    params: dict[str, Any] = {}
    if since is not None:
        params["since"] = since
    if limit is not None:
        params["limit"] = limit
    reply = world.client.get("/v2/alerts", params=params, headers=device.headers)
    assert reply.status_code == 200, reply.text
    SignedAlertFeed.model_validate(reply.json())
    body: dict[str, Any] = reply.json()
    return body


def kinds(page: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["kind"], e["alert_id"]) for e in page["entries"]]


def test_the_feed_carries_the_desks_signature_which_verifies(world: World) -> None:
    alert_id = publish(world, "north only", ["north"])
    (entry,) = feed(world, world.a)["entries"]
    signed = SignedAlert.model_validate(entry["signed"])
    assert signed.desk_id == "alerts-1"
    assert str(verify_alert(signed, charity().bundle().bundle).alert_id) == alert_id
    assert signed.alert.perpetrators[0].online_handles == ["dodgydave"]


def test_first_pull_is_a_reset(world: World) -> None:
    page = feed(world, world.a)
    assert page["reset"] is True and page["entries"] == [] and page["has_more"] is False
    assert feed(world, world.a, page["next_cursor"]) == {**page, "reset": False}


def test_alerts_reach_only_orgs_working_in_their_regions(world: World) -> None:
    north = publish(world, "north only", ["north"])
    south = publish(world, "south only", ["south"])
    both = publish(world, "north and south", ["north", "south"])
    assert kinds(feed(world, world.a)) == [("upsert", north), ("upsert", both)]
    assert kinds(feed(world, world.b)) == [("upsert", south), ("upsert", both)]


@pytest.mark.parametrize("how", ["other key", "tampered", "unsigned", "unknown desk"])
def test_an_alert_not_signed_by_an_alerts_desk_is_refused(world: World, how: str) -> None:
    alert = make_alert(["north"])
    if how == "other key":
        signed = charity().signed_alert(alert, key=Ed25519PrivateKey.generate())
    else:
        signed = charity().signed_alert(alert)
        if how == "tampered":
            changed = signed.alert.model_copy(update={"title": "Different words"})
            signed = signed.model_copy(update={"alert": changed})
        elif how == "unsigned":
            signed = signed.model_copy(update={"signature": None})
        else:
            signed = signed.model_copy(update={"desk_id": "police-1"})
    with pytest.raises(InvalidInputError):
        publish_signed(world, signed)
    assert feed(world, world.a)["entries"] == []


def test_hidden_characters_are_refused_even_when_signed(world: World) -> None:
    signed = charity().signed_alert(make_alert(["north"], title="Warning \u202e321"))
    with pytest.raises(InvalidInputError, match="U\\+202E"):
        publish_signed(world, signed)


def test_unknown_regions_and_no_bundle_are_refused(world: World) -> None:
    with pytest.raises(NotFoundError):
        publish_signed(world, charity().signed_alert(make_alert(["nowhere"])))
    with world.engine.begin() as conn, pytest.raises(AdminError, match="no key bundle"):
        alerts_db.publish_signed(conn, charity().signed_alert(make_alert()), None, world.clock)


def test_new_versions_must_be_higher_and_keep_their_regions(world: World) -> None:
    alert = make_alert(["north", "east"])
    first = charity().signed_alert(alert)
    publish_signed(world, first)
    publish_signed(world, first)  # the same signed version again: nothing changes
    assert len(feed(world, world.a)["entries"]) == 1
    with pytest.raises(AdminError, match="not above"):
        publish_signed(world, charity().signed_alert({**alert, "title": "other"}))
    with pytest.raises(AdminError, match="drops region"):
        publish_signed(world, charity().signed_alert({**alert, "version": 2, "region_ids": ["north"]}))


def test_changes_after_the_cursor_are_entries(world: World) -> None:
    first_alert = make_alert(["north"], title="first")
    first = publish_signed(world, charity().signed_alert(first_alert))
    cursor = feed(world, world.a)["next_cursor"]
    second = publish(world, "second", ["east"])
    publish_signed(world, charity().signed_alert({**first_alert, "version": 2, "title": "v2"}))
    page = feed(world, world.a, cursor)
    assert page["reset"] is False
    assert kinds(page) == [("upsert", second), ("upsert", first)]
    newest = page["entries"][1]["signed"]["alert"]
    assert newest["version"] == 2 and newest["title"] == "v2"
    cursor = page["next_cursor"]
    with world.engine.begin() as conn:
        alerts_db.set_status(conn, first, "expired", world.clock)
        alerts_db.set_status(conn, second, "withdrawn", world.clock)
    page = feed(world, world.a, cursor)
    assert kinds(page) == [("expire", first), ("withdraw", second)]
    assert all(e.get("signed") is None for e in page["entries"])
    assert feed(world, world.a, page["next_cursor"])["entries"] == []
    assert feed(world, world.enrol(world.org_a))["entries"] == []
    with pytest.raises(AdminError, match="expired"):
        publish_signed(world, charity().signed_alert({**first_alert, "version": 3}))


def test_alerts_expire_by_date_as_feed_entries(world: World) -> None:
    day = today(world.clock).isoformat()
    alert_id = publish_signed(
        world, charity().signed_alert(make_alert(["north"], issued_on=day, expires_on=day))
    )
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
        reply = world.client.get("/v2/alerts", params=params, headers=world.a.headers)
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
