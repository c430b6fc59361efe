"""Report intake: a receipt per item, what is stored, and what is not."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import inspect, select

from outreach_app.domain.enums import Purpose
from outreach_app.protocol.canonical import canonical_json, content_hash
from outreach_app.protocol.receipts import SENT_STATUSES, BatchReceipts, ReceiptStatus
from outreach_app.protocol.reports import SharedReport
from outreach_app.server.db.reports import ReportRow, export_purpose, list_reports
from outreach_app.server.db.tables import metadata, reports
from tests.server.support import Enrolled, World, make_report


def post(world: World, device: Enrolled, *items: dict[str, Any]) -> list[dict[str, Any]]:
    reply = world.client.post("/v1/reports/batch", json={"reports": list(items)}, headers=device.headers)
    assert reply.status_code == 200, reply.text
    BatchReceipts.model_validate(reply.json())
    receipts: list[dict[str, Any]] = reply.json()["receipts"]
    return receipts


def test_receipts_in_order_with_the_protocols_content_hash(world: World) -> None:
    items = [make_report(), make_report("east"), make_report()]
    receipts = post(world, world.a, *items)
    assert [r["report_id"] for r in receipts] == [i["report_id"] for i in items]
    for item, receipt in zip(items, receipts, strict=True):
        assert receipt["status"] == "accepted"
        assert receipt["content_hash"] == content_hash(SharedReport.model_validate(item))
        assert receipt["received_on"] == "2026-03-04"
        assert "reason" not in receipt


def test_server_keeps_org_day_payload_and_hash_but_not_device_or_time(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    with world.engine.begin() as conn:
        row = conn.execute(select(reports)).one()
    assert row.org_id == world.org_a
    assert row.received_on.isoformat() == "2026-03-04"
    assert row.payload.encode() == canonical_json(SharedReport.model_validate(item))
    assert row.content_hash == content_hash(SharedReport.model_validate(item))
    assert world.a.device_id not in repr(tuple(row))
    columns = {c.name for c in reports.columns}
    assert not {"device_id", "received_at", "created_at", "ip", "client_ip"} & columns
    # No table anywhere has a column for a client address.
    for table in metadata.sorted_tables:
        assert not [c.name for c in table.columns if "ip" in c.name.split("_") or "addr" in c.name]
    assert inspect(world.engine).get_table_names()  # the schema is the migrated one


def test_duplicate_repeats_the_original_receipt_day(world: World) -> None:
    item = make_report()
    first = post(world, world.a, item)[0]
    world.clock.advance(days=3)
    again = post(world, world.a, item)[0]
    assert again["status"] == "duplicate"
    assert again["received_on"] == first["received_on"] == "2026-03-04"
    assert again["content_hash"] == first["content_hash"]
    with world.engine.begin() as conn:
        assert len(conn.execute(select(reports)).all()) == 1


def test_duplicate_from_another_device_of_the_same_org(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    second_device = world.enrol(world.org_a, "A laptop 2")
    assert post(world, second_device, item)[0]["status"] == "duplicate"


def test_same_id_other_content_is_a_conflict_and_changes_nothing(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    changed = {**item, "part_of_day": "morning"}
    receipt = post(world, world.a, changed)[0]
    assert receipt["status"] == "conflict"
    assert receipt["reason"]["code"] == "id_conflict"
    assert receipt["content_hash"] == content_hash(SharedReport.model_validate(changed))
    with world.engine.begin() as conn:
        stored = conn.execute(select(reports.c.payload)).scalar_one()
    assert json.loads(stored)["part_of_day"] == "night"


def test_rejections_with_reasons(world: World) -> None:
    outside = make_report("south")  # org B's region
    future = make_report(date="2026-03-06")
    tomorrow = make_report(date="2026-03-05")  # zones ahead of UTC are a day ahead
    year_one = make_report(date="0001-01-01")
    too_old = make_report(date="1989-12-31")
    earliest = make_report(date="1990-01-01")  # limits.EARLIEST_INCIDENT_DATE
    receipts = post(world, world.a, outside, future, tomorrow, year_one, too_old, earliest)
    assert [(r["status"], (r.get("reason") or {}).get("code")) for r in receipts] == [
        ("rejected", "unknown_region"),
        ("rejected", "date_in_future"),
        ("accepted", None),
        ("rejected", "date_too_old"),
        ("rejected", "date_too_old"),
        ("accepted", None),
    ]
    for receipt in (receipts[0], receipts[1], receipts[3]):
        assert receipt["reason"]["message"]
    with world.engine.begin() as conn:
        stored = set(conn.execute(select(reports.c.report_id)).scalars())
    assert stored == {tomorrow["report_id"], earliest["report_id"]}


def test_supersedes_a_stored_report_or_one_earlier_in_the_batch(world: World) -> None:
    first = make_report()
    post(world, world.a, first)
    second = make_report(supersedes=first["report_id"])
    third = make_report(supersedes=second["report_id"])
    receipts = post(world, world.a, second, third)
    assert [r["status"] for r in receipts] == ["accepted", "accepted"]
    # All three stay stored; only the last is live.
    states = {r.report_id: r.state for r in _listed(world)}
    assert states == {
        first["report_id"]: "superseded",
        second["report_id"]: "superseded",
        third["report_id"]: "stored",
    }
    exported = _exported_ids(world)
    assert exported == [third["report_id"]]


def _listed(world: World) -> list[ReportRow]:
    with world.engine.begin() as conn:
        return list_reports(conn)


def _exported_ids(world: World, org_id: str | None = None) -> list[str]:
    with world.engine.begin() as conn:
        return [row["report_id"] for row in export_purpose(conn, Purpose.ALERT, org_id)]


def test_supersedes_an_unknown_report_is_accepted(world: World) -> None:
    """The device lost the connection sending v1 and cannot know whether it arrived: v2 must
    still reach the charity (review H1: it used to be parked as supersedes_unknown)."""
    v1 = make_report()
    v2 = make_report(supersedes=v1["report_id"])
    receipt = post(world, world.a, v2)[0]
    assert (receipt["status"], receipt.get("reason")) == ("accepted", None)
    assert _exported_ids(world) == [v2["report_id"]]


def test_a_late_superseded_version_is_never_live(world: World) -> None:
    v1 = make_report()
    v2 = make_report(supersedes=v1["report_id"])
    post(world, world.a, v2)
    world.clock.advance(days=2)
    late = post(world, world.a, v1)[0]
    # `withdrawn` is a status the device counts as sent: the late copy is done, not parked.
    assert late["status"] == "withdrawn" and late["reason"]["code"] == "superseded"
    assert late["content_hash"] == content_hash(SharedReport.model_validate(v1))
    assert ReceiptStatus(late["status"]) in SENT_STATUSES
    with world.engine.begin() as conn:
        assert conn.execute(select(reports.c.report_id)).scalars().all() == [v2["report_id"]]
    assert _exported_ids(world) == [v2["report_id"]]
    # A resend of the late copy gets the same answer and still stores nothing.
    again = post(world, world.a, v1)[0]
    assert (again["status"], again["reason"]["code"]) == ("withdrawn", "superseded")
    assert [r.report_id for r in _listed(world)] == [v2["report_id"]]


def test_a_late_version_carries_its_own_supersedes(world: World) -> None:
    """v1 and v2 both lost, v3 arrives, then v2 and v1 late: neither becomes live."""
    v1 = make_report()
    v2 = make_report(supersedes=v1["report_id"])
    v3 = make_report(supersedes=v2["report_id"])
    assert post(world, world.a, v3)[0]["status"] == "accepted"
    assert post(world, world.a, v2)[0]["status"] == "withdrawn"
    assert post(world, world.a, v1)[0]["status"] == "withdrawn"
    assert _exported_ids(world) == [v3["report_id"]]


def test_a_superseding_version_earlier_in_the_same_batch(world: World) -> None:
    v1 = make_report()
    v2 = make_report(supersedes=v1["report_id"])
    receipts = post(world, world.a, v2, v1)
    assert [(r["status"], (r.get("reason") or {}).get("code")) for r in receipts] == [
        ("accepted", None),
        ("withdrawn", "superseded"),
    ]
    assert _exported_ids(world) == [v2["report_id"]]


def test_supersession_markers_stay_in_their_organisation(world: World) -> None:
    """Org B superseding an id org A uses changes nothing for A, and the reverse."""
    theirs = make_report()
    post(world, world.a, theirs)
    mine = make_report("south", supersedes=theirs["report_id"])
    assert post(world, world.b, mine)[0]["status"] == "accepted"
    assert _exported_ids(world, world.org_a) == [theirs["report_id"]]
    # B's marker names an id A has not sent yet: A's copy still arrives live.
    unsent = make_report()
    post(world, world.b, make_report("south", supersedes=unsent["report_id"]))
    receipt = post(world, world.a, unsent)[0]
    assert receipt["status"] == "accepted"
    assert unsent["report_id"] in _exported_ids(world, world.org_a)
    # And B's late copy of the id it superseded is not live for B.
    late_b = {**unsent, "region_id": "south"}
    assert post(world, world.b, late_b)[0]["status"] == "withdrawn"
    assert unsent["report_id"] not in _exported_ids(world, world.org_b)


def test_a_bad_item_fails_the_whole_batch_and_stores_nothing(world: World) -> None:
    good, bad = make_report(), make_report(region_id="NOT A REGION")
    reply = world.client.post("/v1/reports/batch", json={"reports": [good, bad]}, headers=world.a.headers)
    assert reply.status_code == 422
    assert reply.json()["code"] == "validation_failed"
    with world.engine.begin() as conn:
        assert conn.execute(select(reports)).all() == []


def test_repeated_ids_in_one_batch_are_refused(world: World) -> None:
    item = make_report()
    reply = world.client.post("/v1/reports/batch", json={"reports": [item, item]}, headers=world.a.headers)
    assert reply.status_code == 422


def test_wrong_schema_version_is_unsupported_version(world: World) -> None:
    reply = world.client.post(
        "/v1/reports/batch", json={"reports": [make_report(schema_version=2)]}, headers=world.a.headers
    )
    assert reply.status_code == 422 and reply.json()["code"] == "unsupported_version"


def test_more_than_the_maximum_batch_is_413(world: World) -> None:
    items = [make_report() for _ in range(1001)]
    reply = world.client.post("/v1/reports/batch", json={"reports": items}, headers=world.a.headers)
    assert reply.status_code == 413 and reply.json()["code"] == "payload_too_large"


def test_a_full_batch_of_1000_is_accepted(world: World) -> None:
    items = [make_report() for _ in range(1000)]
    receipts = post(world, world.a, *items)
    assert {r["status"] for r in receipts} == {"accepted"}
    assert {r["status"] for r in post(world, world.a, *items)} == {"duplicate"}


def test_other_orgs_cannot_detect_a_report_id(world: World) -> None:
    """Org B sending org A's report id gets `accepted` in its own namespace, never conflict/duplicate."""
    item = make_report()
    post(world, world.a, item)
    theirs = {**item, "region_id": "south", "part_of_day": "evening"}
    receipt = post(world, world.b, theirs)[0]
    assert receipt["status"] == "accepted"
    with world.engine.begin() as conn:
        rows = conn.execute(select(reports.c.org_id, reports.c.payload)).all()
    by_org = {r.org_id: json.loads(r.payload) for r in rows}
    assert len(rows) == 2 and set(by_org) == {world.org_a, world.org_b}
    assert by_org[world.org_a]["part_of_day"] == "night"


def test_the_batch_body_is_parsed_only_for_an_authenticated_device(world: World) -> None:
    """The route validates the raw bytes itself (pydantic's JSON parser), after auth."""
    garbage = b'{"reports": [' * 3
    reply = world.client.post(
        "/v1/reports/batch", content=garbage, headers={"content-type": "application/json"}
    )
    assert reply.status_code == 401
    authed = {**world.a.headers, "content-type": "application/json"}
    assert world.client.post("/v1/reports/batch", content=garbage, headers=authed).status_code == 400
    empty = world.client.post("/v1/reports/batch", content=b"", headers=authed)
    assert (empty.status_code, empty.json()["code"]) == (422, "validation_failed")


def test_the_openapi_document_declares_the_batch_body(world: World) -> None:
    """FastAPI does not parse this body, so a documentation twin must still describe it."""
    document = world.app.openapi()
    operation = document["paths"]["/v1/reports/batch"]["post"]
    assert operation["operationId"] == "post_reports_v1_reports_batch_post"
    assert operation["requestBody"] == {
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReportBatch"}}},
        "required": True,
    }
    schemas = document["components"]["schemas"]
    assert schemas["ReportBatch"]["properties"]["reports"]["maxItems"] == 1000
    assert {"SharedReport", "AlertSection", "SharedPerpetrator"} <= set(schemas)
