"""Withdrawals: by id or verifier, per purpose or whole, tombstones against late resends."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import Engine, select

from outreach_app.protocol.canonical import canonical_json
from outreach_app.protocol.reports import SharedReport
from outreach_app.protocol.verifier import new_withdrawal_code, withdrawal_verifier
from outreach_app.protocol.withdrawals import WithdrawalResults
from outreach_app.server.core.config import RateLimit
from outreach_app.server.db import alerts as alerts_db
from outreach_app.server.db.tables import alerts, reports
from tests.server.asgi_client import asgi_client
from tests.server.support import Enrolled, FakeClock, World, build_world, make_report
from tests.server.test_reports import post

ALL = ["alert", "police_intelligence", "police_referral", "statistics"]


def withdraw(
    world: World, device: Enrolled, *items: dict[str, Any], status: int = 200
) -> list[dict[str, Any]]:
    reply = world.client.post("/v1/withdrawals", json={"withdrawals": list(items)}, headers=device.headers)
    assert reply.status_code == status, reply.text
    if status != 200:
        return []
    WithdrawalResults.model_validate(reply.json())
    results: list[dict[str, Any]] = reply.json()["results"]
    return results


def stored(world: World, report_id: str) -> Any:
    with world.engine.begin() as conn:
        return conn.execute(select(reports).where(reports.c.report_id == report_id)).one()


def test_whole_withdrawal_drops_the_payload_and_a_late_resend_is_withdrawn(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    result = withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ALL})[0]
    assert result == {
        "report_id": item["report_id"],
        "status": "withdrawn",
        "purposes": ALL,
        "verifier": None,
    }
    row = stored(world, item["report_id"])
    assert row.payload is None and row.withdrawn_purposes == ",".join(ALL)
    late = post(world, world.a, item)[0]
    assert late["status"] == "withdrawn" and late["reason"]["code"] == "tombstone"
    changed = post(world, world.a, {**item, "part_of_day": "evening"})[0]
    assert changed["status"] == "withdrawn"
    assert stored(world, item["report_id"]).payload is None


def test_withdrawing_again_is_idempotent(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    first = withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ALL})
    again = withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ALL})
    assert first[0]["status"] == "withdrawn" and again[0]["status"] == "already_withdrawn"
    assert again[0]["purposes"] == ALL


def test_partial_withdrawal_keeps_the_other_sections(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    result = withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ["alert"]})[0]
    assert result["status"] == "withdrawn" and result["purposes"] == ["alert"]
    payload = json.loads(stored(world, item["report_id"]).payload)
    assert "alert" not in payload
    assert payload["statistics"] == SharedReport.model_validate(item).model_dump(mode="json")["statistics"]
    assert post(world, world.a, item)[0]["status"] == "duplicate"  # stays partial; nothing comes back
    assert "alert" not in json.loads(stored(world, item["report_id"]).payload)
    rest = withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ["statistics"]})[0]
    assert rest["purposes"] == ["alert", "statistics"]
    assert stored(world, item["report_id"]).payload is None


def test_unknown_id_succeeds_and_a_report_arriving_later_is_withdrawn(world: World) -> None:
    item = make_report()
    result = withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ALL})[0]
    assert result["status"] == "unknown"
    receipt = post(world, world.a, item)[0]
    assert receipt["status"] == "withdrawn"
    with world.engine.begin() as conn:
        assert conn.execute(select(reports)).all() == []


def test_partial_tombstone_applies_on_arrival(world: World) -> None:
    item = make_report()
    withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ["alert"]})
    assert post(world, world.a, item)[0]["status"] == "accepted"
    row = stored(world, item["report_id"])
    assert "alert" not in json.loads(row.payload) and row.withdrawn_purposes == "alert"


def test_by_verifier_from_another_device_withdraws_every_version(world: World) -> None:
    code = new_withdrawal_code()
    v1 = make_report(code=code)
    v2 = make_report(code=code, supersedes=v1["report_id"])
    other = make_report()
    post(world, world.a, v1, v2, other)
    second_device = world.enrol(world.org_a, "A laptop 2")
    verifier = withdrawal_verifier(code)
    result = withdraw(world, second_device, {"verifier": verifier, "purposes": ALL})[0]
    assert result == {"verifier": verifier, "status": "withdrawn", "purposes": ALL, "report_id": None}
    assert stored(world, v1["report_id"]).payload is None
    assert stored(world, v2["report_id"]).payload is None
    assert stored(world, other["report_id"]).payload is not None
    # A third version sealed under the same consent, arriving later, is withdrawn on arrival.
    v3 = make_report(code=code, supersedes=v2["report_id"])
    assert post(world, world.a, v3)[0]["status"] == "withdrawn"


def test_by_report_id_reaches_other_versions_with_the_same_verifier(world: World) -> None:
    code = new_withdrawal_code()
    v1 = make_report(code=code)
    v2 = make_report(code=code, supersedes=v1["report_id"])
    post(world, world.a, v1, v2)
    withdraw(world, world.a, {"report_id": v2["report_id"], "purposes": ["alert"]})
    for item in (v1, v2):
        assert "alert" not in json.loads(stored(world, item["report_id"]).payload)


def test_unknown_verifier_then_arrival(world: World) -> None:
    code = new_withdrawal_code()
    assert withdraw(world, world.a, {"verifier": withdrawal_verifier(code), "purposes": ALL})[0][
        "status"
    ] == ("unknown")
    assert post(world, world.a, make_report(code=code))[0]["status"] == "withdrawn"


def test_alert_drafted_from_a_withdrawn_report_is_flagged(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    with world.engine.begin() as conn:
        alert_id = alerts_db.draft_from_report(conn, item["report_id"], world.clock)
    withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ["statistics"]})
    with world.engine.begin() as conn:
        assert (
            conn.execute(select(alerts.c.source_withdrawn).where(alerts.c.id == alert_id)).scalar_one()
            is False
        )
    withdraw(world, world.a, {"report_id": item["report_id"], "purposes": ["alert"]})
    with world.engine.begin() as conn:
        assert (
            conn.execute(select(alerts.c.source_withdrawn).where(alerts.c.id == alert_id)).scalar_one()
            is True
        )
        listed = alerts_db.list_alerts(conn)
    assert listed[0].source_withdrawn


def test_another_orgs_report_id_is_unknown_and_its_tombstone_stays_in_that_org(world: World) -> None:
    item = make_report()
    post(world, world.a, item)
    by_id = withdraw(world, world.b, {"report_id": item["report_id"], "purposes": ALL})[0]
    never_sent = withdraw(world, world.b, {"report_id": str(uuid.uuid4()), "purposes": ALL})[0]
    assert by_id["status"] == never_sent["status"] == "unknown"
    row = stored(world, item["report_id"])
    assert row.payload.encode() == canonical_json(SharedReport.model_validate(item))
    assert row.withdrawn_purposes == ""
    # Org A's own later resend is unaffected by B's tombstone of that id.
    assert post(world, world.a, item)[0]["status"] == "duplicate"


def test_a_verifier_withdraws_the_report_whichever_org_holds_it(world: World) -> None:
    """Helped by project A, the person asks project B: A's report loses its sections,
    an alert drafted from it is flagged, and B's answer names no organisation."""
    code = new_withdrawal_code()
    item = make_report(code=code)
    post(world, world.a, item)
    with world.engine.begin() as conn:
        alert_id = alerts_db.draft_from_report(conn, item["report_id"], world.clock)
    verifier = withdrawal_verifier(code)
    body = {"withdrawals": [{"verifier": verifier, "purposes": ALL}]}
    reply = world.client.post("/v1/withdrawals", json=body, headers=world.b.headers)
    assert reply.json() == {
        "results": [{"verifier": verifier, "status": "withdrawn", "purposes": ALL, "report_id": None}]
    }
    assert world.org_a not in reply.text and world.org_b not in reply.text
    assert stored(world, item["report_id"]).payload is None
    with world.engine.begin() as conn:
        assert conn.execute(select(alerts.c.source_withdrawn).where(alerts.c.id == alert_id)).scalar_one()
    # Asked again (a device retrying): found, nothing left.
    again = withdraw(world, world.b, {"verifier": verifier, "purposes": ALL})[0]
    assert again["status"] == "already_withdrawn"
    # A's late resend stays withdrawn.
    assert post(world, world.a, item)[0]["status"] == "withdrawn"


def test_a_verifier_tombstone_of_one_org_withdraws_a_report_arriving_at_another(world: World) -> None:
    code = new_withdrawal_code()
    verifier = withdrawal_verifier(code)
    assert withdraw(world, world.b, {"verifier": verifier, "purposes": ALL})[0]["status"] == "unknown"
    whole = make_report(code=code)
    assert post(world, world.a, whole)[0]["status"] == "withdrawn"
    with world.engine.begin() as conn:
        assert conn.execute(select(reports).where(reports.c.report_id == whole["report_id"])).first() is None
    # Nothing of it was stored, yet B's retry learns it was found and withdrawn.
    again = withdraw(world, world.b, {"verifier": verifier, "purposes": ALL})[0]
    assert again["status"] == "already_withdrawn"


def test_a_partial_verifier_tombstone_applies_at_another_org(world: World) -> None:
    code = new_withdrawal_code()
    verifier = withdrawal_verifier(code)
    withdraw(world, world.b, {"verifier": verifier, "purposes": ["alert"]})
    item = make_report(code=code)
    assert post(world, world.a, item)[0]["status"] == "accepted"
    row = stored(world, item["report_id"])
    assert "alert" not in json.loads(row.payload) and row.withdrawn_purposes == "alert"
    result = withdraw(world, world.b, {"verifier": verifier, "purposes": ["alert"]})[0]
    assert result["status"] == "already_withdrawn" and result["purposes"] == ["alert"]


def test_an_unused_verifier_stays_unknown_everywhere(world: World) -> None:
    post(world, world.a, make_report())
    verifier = withdrawal_verifier(new_withdrawal_code())
    for device in (world.a, world.b, world.b):
        assert withdraw(world, device, {"verifier": verifier, "purposes": ALL})[0]["status"] == "unknown"


def test_malformed_withdrawals_are_refused(world: World) -> None:
    both = {"report_id": str(uuid.uuid4()), "verifier": "0" * 64, "purposes": ALL}
    withdraw(world, world.a, both, status=422)
    withdraw(world, world.a, {"report_id": str(uuid.uuid4()), "purposes": []}, status=422)
    withdraw(world, world.a, {"verifier": "A" * 64, "purposes": ALL}, status=422)


def _world_with_limits(db_url: str, engine: Engine, clock: FakeClock, **limits: RateLimit) -> Iterator[World]:
    w = build_world(db_url, engine, clock, **limits)
    with asgi_client(w.app) as client:
        w.client = client
        yield w


@pytest.fixture
def limited_world(db_url: str, engine: Engine, clock: FakeClock) -> Iterator[World]:
    yield from _world_with_limits(
        db_url,
        engine,
        clock,
        verifier_device_limit=RateLimit(burst=2, per_minute=2),
        verifier_ip_limit=RateLimit(burst=3, per_minute=2),
    )


def test_withdrawal_by_verifier_is_rate_limited_per_device_and_address(limited_world: World) -> None:
    world = limited_world
    item = {"verifier": withdrawal_verifier(new_withdrawal_code()), "purposes": ALL}
    withdraw(world, world.a, item)
    withdraw(world, world.a, item)
    reply = world.client.post("/v1/withdrawals", json={"withdrawals": [item]}, headers=world.a.headers)
    assert reply.status_code == 429 and int(reply.headers["retry-after"]) == 30
    # By report id is not limited (the device holds the report; nothing is guessed).
    withdraw(world, world.a, {"report_id": str(uuid.uuid4()), "purposes": ALL})
    # Another device from the same address has its own device bucket but shares the address bucket.
    withdraw(world, world.b, item)
    assert (
        world.client.post(
            "/v1/withdrawals", json={"withdrawals": [item]}, headers=world.b.headers
        ).status_code
        == 429
    )
    world.clock.advance(seconds=30)
    withdraw(world, world.a, item)


@pytest.fixture
def org_limited_world(db_url: str, engine: Engine, clock: FakeClock) -> Iterator[World]:
    yield from _world_with_limits(db_url, engine, clock, verifier_org_limit=RateLimit(burst=2, per_minute=1))


def test_withdrawal_by_verifier_is_rate_limited_per_organisation(org_limited_world: World) -> None:
    world = org_limited_world
    item = {"verifier": withdrawal_verifier(new_withdrawal_code()), "purposes": ALL}
    second = world.enrol(world.org_a, "A laptop 2")
    withdraw(world, world.a, item)
    withdraw(world, second, item)
    assert (
        world.client.post(
            "/v1/withdrawals", json={"withdrawals": [item]}, headers=world.a.headers
        ).status_code
        == 429
    )
    withdraw(world, world.b, item)  # another organisation has its own bucket


def _post_items(world: World, items: list[dict[str, Any]]) -> Any:
    return world.client.post("/v1/withdrawals", json={"withdrawals": items}, headers=world.a.headers)


def _verifier_items(count: int) -> list[dict[str, Any]]:
    return [{"verifier": withdrawal_verifier(new_withdrawal_code()), "purposes": ALL} for _ in range(count)]


def test_the_verifier_rate_limit_counts_verifiers_not_requests(limited_world: World) -> None:
    world = limited_world  # two verifiers per device at once, then two a minute

    # More verifiers in one batch than the bucket can ever hold: too large, split it.
    too_many = _post_items(world, _verifier_items(3))
    assert too_many.status_code == 413 and too_many.json()["code"] == "payload_too_large"
    assert _post_items(world, _verifier_items(2)).status_code == 200  # spends both tokens
    refused = _post_items(world, _verifier_items(1))
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) == 30
    world.clock.advance(seconds=30)
    assert _post_items(world, _verifier_items(2)).status_code == 429  # one token back, two needed
    assert int(_post_items(world, _verifier_items(2)).headers["retry-after"]) == 30
    world.clock.advance(seconds=30)
    assert _post_items(world, _verifier_items(2)).status_code == 200
    # Withdrawals by report id in the same batch cost nothing.
    world.clock.advance(seconds=60)
    by_id = [{"report_id": str(uuid.uuid4()), "purposes": ALL} for _ in range(50)]
    assert _post_items(world, by_id + _verifier_items(2)).status_code == 200


@pytest.fixture
def device_and_org_limited_world(db_url: str, engine: Engine, clock: FakeClock) -> Iterator[World]:
    yield from _world_with_limits(
        db_url,
        engine,
        clock,
        verifier_device_limit=RateLimit(burst=4, per_minute=0.01),  # hardly refills
        verifier_org_limit=RateLimit(burst=2, per_minute=2),
    )


def test_a_batch_one_limit_refuses_costs_nothing_elsewhere(device_and_org_limited_world: World) -> None:
    world = device_and_org_limited_world

    assert _post_items(world, _verifier_items(2)).status_code == 200  # device 2 left, organisation 0
    for _ in range(3):  # refused by the organisation's bucket: the device's tokens come back
        assert _post_items(world, _verifier_items(2)).status_code == 429
    world.clock.advance(seconds=60)  # the organisation refills; the device would not have
    assert _post_items(world, _verifier_items(2)).status_code == 200
