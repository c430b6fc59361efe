"""The server takes a perpetrator's e-mail address where it takes phones and plates: in a
report (normalised to lower case, hashed as the device hashes it), in the alert drafted from
it, and in the feed; a malformed address fails the batch as a malformed phone does."""

from __future__ import annotations

import copy

from sqlalchemy import select

from outreach_app.protocol.canonical import content_hash
from outreach_app.protocol.reports import SharedReport
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db.tables import reports
from tests.server.support import World, make_report
from tests.server.test_alerts import feed
from tests.server.test_reports import post


def _with_emails(*emails: str) -> dict[str, object]:
    item = make_report()
    alert = copy.deepcopy(item["alert"])
    alert["perpetrators"][0]["email_addresses"] = list(emails)
    item["alert"] = alert
    return item


def test_a_report_with_an_address_is_accepted_drafted_and_published(world: World) -> None:
    item = _with_emails("Kev.B@Example.com")
    (receipt,) = post(world, world.a, item)
    assert receipt["status"] == "accepted"
    parsed = SharedReport.model_validate(item)
    assert parsed.alert is not None and parsed.alert.perpetrators[0].email_addresses == ["kev.b@example.com"]
    assert receipt["content_hash"] == content_hash(parsed)
    with world.engine.begin() as conn:
        alert_id = alerts_db.draft_from_report(conn, item["report_id"], world.clock)
        assert alerts_db.get_draft_content(conn, alert_id)["perpetrators"][0]["email_addresses"] == [
            "kev.b@example.com"
        ]
        alerts_db.publish(conn, alert_id, ["north"], world.clock)
    (entry,) = feed(world, world.a)["entries"]
    assert entry["alert"]["perpetrators"][0]["email_addresses"] == ["kev.b@example.com"]


def test_a_malformed_address_fails_the_batch_like_a_malformed_phone(world: World) -> None:
    for item in (_with_emails("kev at example dot com"), _with_emails("kev@example")):
        reply = world.client.post("/v1/reports/batch", json={"reports": [item]}, headers=world.a.headers)
        assert (reply.status_code, reply.json()["code"]) == (422, "validation_failed")
        assert "kev" not in reply.text  # never echoed
    with world.engine.begin() as conn:
        assert conn.execute(select(reports)).all() == []
