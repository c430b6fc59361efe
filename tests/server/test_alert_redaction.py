"""The charity's redaction step (issue 14 point 6): an alert drafted from a report has every
free text scrubbed by the same function as the device's, while the perpetrator's own
identifiers (name used, phones, e-mails, handles, plates) stay. On the real app and database:
the report is posted over HTTP, the draft made as `outreach-server alert draft` makes it."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx

from outreach_app.domain.scrubbing.scrubber import scrub
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db.alert_redaction import redacted_section
from tests.server.device_keys import signed_in_headers
from tests.server.support import World, make_report
from tests.server.test_reports import post
from tests.server_harness import running_server


def _leaky_report() -> dict[str, Any]:
    item = make_report()
    alert = copy.deepcopy(item["alert"])
    perpetrator = alert["perpetrators"][0]
    perpetrator.update(
        name_used="Big Kev",
        phone_numbers=["+447700900555"],
        distinguishing_features="knows Candy lives at 42 Cardigan Road, 07700 900123 is HER number",
        clothing="hi-vis from the Oasis Sauna, seen at 23:47",
        hair="ginger beard",
        website_or_app="his AW profile is kingkev515",
    )
    alert["vehicles"] = [
        {"make": "Ford", "model": "Focus LS7 3AB", "colour": "blue", "registration": "AB12CDE"}
    ]
    alert["summary"] = "Big Kev rang from 07700 900555 and said he'd find her at flat 3, 9 Elm Grove."
    item["alert"] = alert
    return item


def test_a_draft_scrubs_every_free_text_and_keeps_the_perpetrators_identifiers(world: World) -> None:
    item = _leaky_report()
    (receipt,) = post(world, world.a, item)
    assert receipt["status"] == "accepted"
    with world.engine.begin() as conn:
        alert_id = alerts_db.draft_from_report(conn, item["report_id"], world.clock)
        content = alerts_db.get_draft_content(conn, alert_id)
    (perpetrator,) = content["perpetrators"]
    assert perpetrator["distinguishing_features"] == "knows [name] lives at [address], [phone] is HER number"
    assert perpetrator["clothing"] == "hi-vis from [place], seen at [night]"
    assert perpetrator["hair"] == "ginger beard"  # a description stays
    assert perpetrator["website_or_app"] == "his AW profile is [handle]"
    assert perpetrator["name_used"] == "Big Kev"  # his identifiers stay: warning others is the point
    assert perpetrator["phone_numbers"] == ["+447700900555"]
    assert perpetrator["online_handles"] == ["dodgydave"]
    assert content["vehicles"] == [
        {"make": "Ford", "model": "Focus [postcode]", "colour": "blue", "registration": "AB12CDE"}
    ]
    body = content["body"]
    assert "Big Kev rang from 07700 900555 and said he'd find her at [address]." in body
    for leaked in ("Candy", "Cardigan", "900123", "Oasis", "23:47", "kingkev515", "Elm Grove", "LS7"):
        assert leaked not in str(content)


def test_the_server_uses_the_devices_scrub_function() -> None:
    section = _leaky_report()["alert"]
    redacted = redacted_section(section)
    text = section["perpetrators"][0]["distinguishing_features"]
    assert redacted["perpetrators"][0]["distinguishing_features"] == scrub(text).text
    assert section["perpetrators"][0]["distinguishing_features"] == text  # the report itself is not changed


def test_a_draft_from_a_clean_report_is_unchanged_by_the_redaction(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    with world.engine.begin() as conn:
        content = alerts_db.get_draft_content(
            conn, alerts_db.draft_from_report(conn, item["report_id"], world.clock)
        )
    assert content["perpetrators"][0]["hair"] == "bald"
    assert content["vehicles"] == item["alert"]["vehicles"]
    assert "Took money back with a knife" in content["body"]


def test_on_the_real_server_over_loopback_the_draft_is_redacted(tmp_path: Path) -> None:
    """uvicorn on 127.0.0.1, a device enrolled and posting over HTTP, the draft made with the
    function the `outreach-server alert draft --from-report` command calls."""
    item = _leaky_report()
    with running_server(tmp_path) as server, httpx.Client(base_url=server.url) as client:
        enrolled = client.post(
            "/v1/enroll", json={"code": server.make_enroll_code(), "device_label": "Laptop"}
        )
        assert enrolled.status_code == 200, enrolled.text
        headers = signed_in_headers(client, enrolled.json())
        reply = client.post("/v1/reports/batch", json={"reports": [item]}, headers=headers)
        assert reply.status_code == 200 and reply.json()["receipts"][0]["status"] == "accepted"
        with server.engine.begin() as conn:
            content = alerts_db.get_draft_content(
                conn, alerts_db.draft_from_report(conn, item["report_id"], server.clock)
            )
    features = content["perpetrators"][0]["distinguishing_features"]
    assert features == "knows [name] lives at [address], [phone] is HER number"
    assert content["perpetrators"][0]["name_used"] == "Big Kev"
    assert "Cardigan" not in json.dumps(content) and "23:47" not in json.dumps(content)
