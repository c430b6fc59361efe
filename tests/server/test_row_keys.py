"""Report rows say nothing about batches (review L4): random keys, shuffled insertion."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from sqlalchemy import select, text

from outreach_app.server.db.reports import KEY_RANDOM_BITS, new_row_keys
from outreach_app.server.db.tables import reports
from tests.server.support import World, make_report

BATCH = 40


def _post(world: World, items: list[dict[str, Any]]) -> None:
    reply = world.client.post("/v1/reports/batch", json={"reports": items}, headers=world.a.headers)
    assert reply.status_code == 200
    assert {r["status"] for r in reply.json()["receipts"]} == {"accepted"}


def test_row_keys_are_random_and_rows_are_not_in_batch_order(world: World) -> None:
    first = [make_report() for _ in range(BATCH)]
    second = [make_report() for _ in range(BATCH)]
    _post(world, first)
    _post(world, second)
    sent = [item["report_id"] for item in first + second]
    with world.engine.begin() as conn:
        keyed = conn.execute(select(reports.c.pk, reports.c.report_id).order_by(reports.c.pk)).all()
        # The order the database keeps the rows in, without ORDER BY (SQLite: the rowid
        # tree; PostgreSQL: the heap).
        stored_order = conn.execute(text("SELECT report_id FROM reports")).scalars().all()
    keys = [row.pk for row in keyed]
    assert len(set(keys)) == 2 * BATCH and all(0 < k < 2**63 for k in keys)
    # The day received (which the row holds anyway) above random bits.
    day = world.clock().date()
    assert {k >> KEY_RANDOM_BITS for k in keys} == {day.toordinal()}
    # Not a counter: consecutive keys would differ by 1; random 43-bit keys are far apart.
    assert max(keys) - min(keys) > 2**35
    assert min(b - a for a, b in pairwise(keys)) > 1
    # Ordered by key the two batches are mixed (with 80 random keys, all of one batch before
    # all of the other happens with probability 2 / C(80, 40) ~ 1e-23).
    by_key = [row.report_id for row in keyed]
    first_ids = {item["report_id"] for item in first}
    assert by_key != sent
    assert {r in first_ids for r in by_key[:BATCH]} == {True, False}
    # Even where the database keeps rows in insertion order, a batch went in shuffled.
    assert stored_order != sent
    assert sorted(stored_order) == sorted(sent)


def test_keys_drawn_together_have_the_day_above_random_bits() -> None:
    day = date(2026, 3, 4)
    keys = new_row_keys(day, 2000)
    assert len(keys) == 2000 and len(set(keys)) == 2000
    assert {k >> KEY_RANDOM_BITS for k in keys} == {day.toordinal()}
    assert all(0 < k < 2**63 for k in keys)
    low = [k & ((1 << KEY_RANDOM_BITS) - 1) for k in keys]
    # Every one of the 43 random bits is used: each is set in some key and clear in another.
    assert all(0 < sum((v >> bit) & 1 for v in low) < len(low) for bit in range(KEY_RANDOM_BITS))
    assert new_row_keys(day, 0) == ()
