"""Monthly aggregates (a resent aggregate key replaces, no device column) and the audit-chain head."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from sqlalchemy import select

from outreach_app.protocol.aggregates import AggregateReceipt, aggregate_key
from outreach_app.server.db import orgs
from outreach_app.server.db import stats as stats_db
from outreach_app.server.db.tables import stats_contributions, stats_sums
from tests.server.support import Enrolled, World


def upload(world: World, device: Enrolled, *rows: dict[str, Any]) -> dict[str, Any]:
    reply = world.client.post("/v2/stats", json={"rows": list(rows)}, headers=device.headers)
    assert reply.status_code == 200, reply.text
    AggregateReceipt.model_validate(reply.json())
    body: dict[str, Any] = reply.json()
    return body


def combined(world: World, org_id: str | None = None) -> dict[tuple[str, str | None, str], int]:
    with world.engine.begin() as conn:
        rows = stats_db.combine(conn, org_id)
    return {(r["month"], r["region_id"], r["measure"]): r["count"] for r in rows}


def row(device: Enrolled, month: str, region: str | None, **counts: Any) -> dict[str, Any]:
    """A device's aggregate row, keyed as the device keys it (its secret: per test device)."""
    secret = hashlib.sha256(device.device_id.encode()).digest()
    return {
        "aggregate_key": aggregate_key(secret, device.org_id, region, month),
        "month": month,
        "region_id": region,
        **counts,
    }


def test_a_resent_key_replaces_its_contribution(world: World) -> None:
    march = row(
        world.a,
        "2026-03",
        "north",
        contacts=12,
        supplies={"condoms": 40},
        incidents=2,
        incident_types={"robbery_theft": 2},
        age_bands={"25_34": 1},
        weapon_used=1,
        police_told=1,
    )
    feb = row(world.a, "2026-02", "north", contacts=3)
    assert upload(world, world.a, march, feb) == {
        "aggregate_keys": [march["aggregate_key"], feb["aggregate_key"]],
        "received_on": "2026-03-04",
    }
    corrected = {
        **march,
        "contacts": 15,
        "incidents": 1,
        "incident_types": {"robbery_theft": 1},
        "age_bands": {},
        "weapon_used": 0,
        "police_told": 1,
    }
    upload(world, world.a, corrected)  # the same key again: replaces, never adds
    assert combined(world) == {
        ("2026-02", "north", "contacts"): 3,
        ("2026-03", "north", "contacts"): 15,
        ("2026-03", "north", "incidents"): 1,
        ("2026-03", "north", "incident_types.robbery_theft"): 1,
        ("2026-03", "north", "police_told"): 1,
        ("2026-03", "north", "supplies.condoms"): 40,
    }


def test_devices_are_summed_and_orgs_kept_apart(world: World) -> None:
    second = world.enrol(world.org_a, "A laptop 2")
    counts = {"contacts": 4, "referrals": {"housing": 1}}
    upload(world, world.a, row(world.a, "2026-03", "north", **counts))
    upload(world, second, row(second, "2026-03", "north", **counts))
    upload(world, world.b, row(world.b, "2026-03", "south", contacts=100))
    assert combined(world, world.org_a) == {
        ("2026-03", "north", "contacts"): 8,
        ("2026-03", "north", "referrals.housing"): 2,
    }
    assert combined(world, world.org_b) == {("2026-03", "south", "contacts"): 100}


def test_the_desk_reads_every_organisations_sums_added_per_month_and_region(world: World) -> None:
    with world.engine.begin() as conn:
        org_c = orgs.create_org(conn, "Project C", ["north"], world.clock).id
    third = world.enrol(org_c, "C laptop")
    upload(world, world.a, row(world.a, "2026-03", "north", contacts=4, supplies={"condoms": 7}))
    upload(world, third, row(third, "2026-03", "north", contacts=5, supplies={"condoms": 1}))
    upload(world, world.b, row(world.b, "2026-03", "south", contacts=100))
    upload(
        world,
        world.a,
        row(world.a, "2026-01", "north", contacts=2),
        row(world.a, "2026-04", None, contacts=1),
    )
    with world.engine.begin() as conn:
        everything = stats_db.summed_across_orgs(conn)
        march = stats_db.summed_across_orgs(conn, first_month="2026-02", last_month="2026-03")
    assert everything == [
        {"month": "2026-01", "region_id": "north", "measure": "contacts", "count": 2},
        {"month": "2026-03", "region_id": "north", "measure": "contacts", "count": 9},
        {"month": "2026-03", "region_id": "north", "measure": "supplies.condoms", "count": 8},
        {"month": "2026-03", "region_id": "south", "measure": "contacts", "count": 100},
        {"month": "2026-04", "region_id": None, "measure": "contacts", "count": 1},
    ]
    assert [r["month"] for r in march] == ["2026-03"] * 3
    assert all("org_id" not in r for r in everything)  # the desk reports across the charity


def test_published_rows_use_the_one_disclosure_rule(world: World) -> None:
    rows = [
        {"org_id": "a", "month": "2026-03", "region_id": "north", "measure": "contacts", "count": 12},
        {"org_id": "a", "month": "2026-03", "region_id": "north", "measure": "incidents", "count": 3},
        {"org_id": "b", "month": "2026-03", "region_id": None, "measure": "contacts", "count": 0},
    ]
    published = stats_db.suppress_for_publication(rows)
    assert [r["count"] for r in published] == [10, "[c]", 0]
    assert [{k: v for k, v in r.items() if k != "count"} for r in published] == [
        {k: v for k, v in r.items() if k != "count"} for r in rows
    ]


def test_contacts_without_a_region_are_kept_apart(world: World) -> None:
    upload(world, world.a, row(world.a, "2026-03", None, contacts=2))
    assert combined(world) == {("2026-03", None, "contacts"): 2}


def test_no_stored_row_names_a_device(world: World) -> None:
    device = world.a
    upload(world, device, row(device, "2026-03", "north", contacts=2))
    with world.engine.connect() as conn:
        stored = [tuple(r) for t in (stats_sums, stats_contributions) for r in conn.execute(select(t))]
    assert stored and device.device_id not in repr(stored)
    assert {c.name for c in stats_contributions.columns} == {
        "org_id",
        "aggregate_key",
        "region_id",
        "month",
        "counts",
    }


@pytest.mark.parametrize(
    ("count", "published"), [(0, 0), (1, "[c]"), (9, "[c]"), (10, 10), (12, 10), (13, 15), (101, 100)]
)
def test_publication_suppresses_small_cells(count: int, published: int | str) -> None:
    assert stats_db.suppress_cell(count) == published


def test_bad_stats_are_refused_and_change_nothing(world: World) -> None:
    good = row(world.a, "2026-03", "north", contacts=1)
    upload(world, world.a, good)
    for rows in (
        [{**good, "month": "2026-13"}],
        [{**good, "contacts": -1}],
        [{**good, "contacts": "3"}],
        [good, good],
        [{**good, "aggregate_key": "not hex"}],
        [{**good, "weapon_used": 2, "incidents": 1}],
        [{**good, "device_id": world.a.device_id}],
        [{**good, "contacts": 5}, {**row(world.a, "2026-03", "south", contacts=1)}],  # not org A's region
        [],
    ):
        reply = world.client.post("/v2/stats", json={"rows": rows}, headers=world.a.headers)
        assert reply.status_code == 422, rows
    assert combined(world) == {("2026-03", "north", "contacts"): 1}


GENESIS = "0" * 64


def _links(held_hash: str, count: int, last_hash: str) -> list[dict[str, str]]:
    """`count` links chaining from `held_hash` to `last_hash` (made-up entry hashes between)."""
    links, previous = [], held_hash
    for index in range(count):
        digest = (
            last_hash if index == count - 1 else hashlib.sha256(f"{previous}{index}".encode()).hexdigest()
        )
        links.append({"hash": digest, "prev_hash": previous})
        previous = digest
    return links


def _held(world: World, device: Enrolled) -> tuple[int, str]:
    reply = world.client.get("/v2/audit-head", headers=device.headers)
    if reply.status_code == 404:
        return 0, GENESIS
    return reply.json()["sequence"], reply.json()["chain_hash"]


def _post_head(world: World, device: Enrolled, body: dict[str, Any]) -> Any:
    return world.client.post("/v2/audit-head", json=body, headers=device.headers)


def _head(world: World, device: Enrolled, sequence: int, chain_hash: str) -> dict[str, Any]:
    """Post a head as a device does: with the links since the held head when it is newer."""
    held_sequence, held_hash = _held(world, device)
    body: dict[str, Any] = {"sequence": sequence, "chain_hash": chain_hash}
    if sequence > held_sequence:
        body["links"] = _links(held_hash, sequence - held_sequence, chain_hash)
    reply = _post_head(world, device, body)
    assert reply.status_code == 200, reply.text
    result: dict[str, Any] = reply.json()
    return result


def test_a_newer_head_must_extend_the_held_one(world: World) -> None:
    """A jump without links, or with links that do not chain or count right, is refused with a
    clear error and changes nothing; a valid extension is kept (issue 16)."""
    assert _head(world, world.a, 3, "a" * 64)["status"] == "stored"
    jump = {"sequence": 2**53 - 1, "chain_hash": "f" * 64}
    refusals = [
        jump,
        {"sequence": 5, "chain_hash": "b" * 64},
        {**jump, "links": _links("a" * 64, 2, "f" * 64)},  # too few links for the jump
        {"sequence": 5, "chain_hash": "b" * 64, "links": _links("c" * 64, 2, "b" * 64)},  # wrong start
        {"sequence": 5, "chain_hash": "b" * 64, "links": _links("a" * 64, 3, "b" * 64)},  # one too many
        {"sequence": 5, "chain_hash": "b" * 64, "links": _links("a" * 64, 2, "e" * 64)},  # other end
        {
            "sequence": 5,
            "chain_hash": "b" * 64,
            "links": [{"hash": "d" * 64, "prev_hash": "a" * 64}, {"hash": "b" * 64, "prev_hash": "c" * 64}],
        },  # a broken link in the middle
    ]
    for body in refusals:
        reply = _post_head(world, world.a, body)
        assert reply.status_code == 422, body
        assert reply.json()["code"] == "audit_head_not_extended"
        assert _held(world, world.a) == (3, "a" * 64)
    extension = {"sequence": 5, "chain_hash": "b" * 64, "links": _links("a" * 64, 2, "b" * 64)}
    assert _post_head(world, world.a, extension).json()["status"] == "stored"
    assert _held(world, world.a) == (5, "b" * 64)
    # An honest head still compares as before against the held one.
    assert _head(world, world.a, 4, "c" * 64)["status"] == "regressed"


def test_the_first_head_chains_from_genesis(world: World) -> None:
    first = {"sequence": 2, "chain_hash": "b" * 64, "links": _links("a" * 64, 2, "b" * 64)}
    assert _post_head(world, world.a, first).status_code == 422
    first["links"] = _links(GENESIS, 2, "b" * 64)
    assert _post_head(world, world.a, first).json()["status"] == "stored"


def test_audit_head_keeps_the_newest_per_device(world: World) -> None:
    assert world.client.get("/v2/audit-head", headers=world.a.headers).status_code == 404
    assert _head(world, world.a, 5, "a" * 64)["status"] == "stored"
    assert _head(world, world.a, 5, "a" * 64)["status"] == "unchanged"
    assert _head(world, world.a, 5, "b" * 64) == {
        "status": "forked",
        "sequence": 5,
        "chain_hash": "a" * 64,
        "received_on": "2026-03-04",
    }
    assert _head(world, world.a, 3, "c" * 64)["status"] == "regressed"
    world.clock.advance(days=1)
    assert _head(world, world.a, 9, "d" * 64)["status"] == "stored"
    held = world.client.get("/v2/audit-head", headers=world.a.headers).json()
    assert held == {"status": "unchanged", "sequence": 9, "chain_hash": "d" * 64, "received_on": "2026-03-05"}


def test_audit_heads_are_per_device(world: World) -> None:
    _head(world, world.a, 5, "a" * 64)
    assert world.client.get("/v2/audit-head", headers=world.b.headers).status_code == 404
    second_in_a = world.enrol(world.org_a, "A laptop 2")
    assert world.client.get("/v2/audit-head", headers=second_in_a.headers).status_code == 404
    assert _head(world, world.b, 1, "e" * 64)["status"] == "stored"
