"""Monthly statistics (idempotent per device and month) and the audit-chain head."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from outreach_app.protocol.stats import StatsReceipt
from outreach_app.server.db import stats as stats_db
from tests.server.support import Enrolled, World


def upload(world: World, device: Enrolled, *rows: dict[str, Any]) -> dict[str, Any]:
    reply = world.client.post("/v2/stats", json={"rows": list(rows)}, headers=device.headers)
    assert reply.status_code == 200, reply.text
    StatsReceipt.model_validate(reply.json())
    body: dict[str, Any] = reply.json()
    return body


def combined(world: World, org_id: str | None = None) -> dict[tuple[str, str | None, str], int]:
    with world.engine.begin() as conn:
        rows = stats_db.combine(conn, org_id)
    return {(r["month"], r["region_id"], r["measure"]): r["count"] for r in rows}


def test_stats_are_replaced_per_device_and_month(world: World) -> None:
    march = {"month": "2026-03", "region_id": "north", "contacts": 12, "supplies": {"condoms": 40}}
    feb = {"month": "2026-02", "region_id": "north", "contacts": 3}
    assert upload(world, world.a, march, feb) == {
        "months": ["2026-02", "2026-03"],
        "received_on": "2026-03-04",
    }
    upload(world, world.a, {**march, "contacts": 15})  # resend March whole: replaces, does not add
    assert combined(world) == {
        ("2026-02", "north", "contacts"): 3,
        ("2026-03", "north", "contacts"): 15,
        ("2026-03", "north", "supplies.condoms"): 40,
    }


def test_a_month_resent_without_a_region_row_drops_that_row(world: World) -> None:
    upload(
        world,
        world.a,
        {"month": "2026-03", "region_id": "north", "contacts": 5},
        {"month": "2026-03", "region_id": "east", "contacts": 2},
    )
    upload(world, world.a, {"month": "2026-03", "region_id": "north", "contacts": 5})
    assert combined(world) == {("2026-03", "north", "contacts"): 5}


def test_devices_are_combined_and_orgs_kept_apart(world: World) -> None:
    second = world.enrol(world.org_a, "A laptop 2")
    row = {"month": "2026-03", "region_id": "north", "contacts": 4, "referrals": {"housing": 1}}
    upload(world, world.a, row)
    upload(world, second, row)
    upload(world, world.b, {"month": "2026-03", "region_id": "south", "contacts": 100})
    assert combined(world, world.org_a) == {
        ("2026-03", "north", "contacts"): 8,
        ("2026-03", "north", "referrals.housing"): 2,
    }
    assert combined(world, world.org_b) == {("2026-03", "south", "contacts"): 100}


@pytest.mark.parametrize(
    ("count", "published"), [(0, 0), (1, "<10"), (9, "<10"), (10, 10), (12, 10), (13, 15), (101, 100)]
)
def test_publication_suppresses_small_cells(count: int, published: int | str) -> None:
    assert stats_db.suppress_cell(count) == published


def test_bad_stats_are_refused(world: World) -> None:
    for rows in (
        [{"month": "2026-13", "contacts": 1}],
        [{"month": "2026-03", "contacts": -1}],
        [{"month": "2026-03", "contacts": "3"}],
        [{"month": "2026-03", "contacts": 1}, {"month": "2026-03", "contacts": 2}],
        [],
    ):
        reply = world.client.post("/v2/stats", json={"rows": rows}, headers=world.a.headers)
        assert reply.status_code == 422, rows


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
