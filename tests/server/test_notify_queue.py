"""The delivery queue's claim (db/deliveries.py): the oldest due rows of one channel, in
queue order, marked in one statement, read through the index made for it (migration 0024)
on both databases."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, event, insert, select

from outreach_app.server.db import deliveries as deliveries_db
from outreach_app.server.db.tables import deliveries, subscribers


def _queue(engine: Engine, rows: list[tuple[str, str, int]]) -> list[int]:
    """One subscriber and a confirmation per (channel, status, next_at); returns their pks."""
    with engine.begin() as conn:
        conn.execute(
            insert(subscribers).values(
                id="s1", stop_lookup="x" * 64, sealed="-", confirmed=True, created_at=0
            )
        )
        pks = []
        for n, (channel, status, next_at) in enumerate(rows):
            values = {
                "message_key": f"c:{n}",
                "subscriber_id": "s1",
                "kind": "confirm",
                "channel": channel,
                "status": status,
                "attempts": 0,
                "next_at": next_at,
            }
            conn.execute(insert(deliveries).values(**values))
            pks.append(
                conn.execute(select(deliveries.c.pk).where(deliveries.c.message_key == f"c:{n}")).scalar_one()
            )
    return pks


def test_a_claim_takes_the_oldest_due_rows_of_its_channel_in_queue_order(engine: Engine) -> None:
    pks = _queue(
        engine,
        [
            ("sms", "pending", 50),  # 0: due, second oldest
            ("sms", "pending", 10),  # 1: due, oldest
            ("email", "pending", 5),  # 2: another channel
            ("sms", "sent", 1),  # 3: done already
            ("sms", "pending", 50),  # 4: due, same time as 0, later pk
            ("sms", "pending", 99),  # 5: due, youngest: over the limit
            ("sms", "pending", 101),  # 6: not due yet
            ("sms", "sending", 2),  # 7: claimed by another worker
        ],
    )
    with engine.begin() as conn:
        claimed = deliveries_db.claim(conn, "sms", 3, 100, worker_id=7)
    assert [row.pk for row in claimed] == [pks[1], pks[0], pks[4]]
    assert {row.channel for row in claimed} == {"sms"}
    with engine.connect() as conn:
        states = dict(conn.execute(select(deliveries.c.pk, deliveries.c.status)).all())
        owners = dict(conn.execute(select(deliveries.c.pk, deliveries.c.claimed_by)).all())
    assert [states[pk] for pk in pks] == [
        "sending", "sending", "pending", "sent", "sending", "pending", "pending", "sending"
    ]  # fmt: skip
    assert [owners[pk] for pk in (pks[0], pks[1], pks[4])] == [7, 7, 7]
    with engine.begin() as conn:
        assert [row.pk for row in deliveries_db.claim(conn, "sms", 10, 100, worker_id=7)] == [pks[5]]
        assert deliveries_db.claim(conn, "sms", 10, 100, worker_id=7) == []


def test_a_claim_reads_the_pending_rows_through_their_own_index(engine: Engine) -> None:
    """Without ix_deliveries_pending_claim a claim sorted every pending row of its channel
    (docs/performance.md: 15-34 ms of PostgreSQL per claim with 12,500 queued)."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn: object, _cursor: object, statement: str, parameters: Any, *_: object) -> None:
        sent.append((statement, parameters))

    with engine.connect() as conn:
        event.listen(conn, "before_cursor_execute", keep)
        deliveries_db.claim(conn, "sms", 5, 100, worker_id=1)
        event.remove(conn, "before_cursor_execute", keep)
        conn.rollback()
        (statement, parameters), *_ = [s for s in sent if s[0].lstrip().upper().startswith("UPDATE")]
        if conn.dialect.name == "sqlite":
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
        else:
            conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table: force the choice
            conn.exec_driver_sql("SET enable_bitmapscan = off")
            plan = conn.exec_driver_sql(f"EXPLAIN {statement}", parameters).all()
        conn.rollback()
    assert "ix_deliveries_pending_claim" in " ".join(str(row) for row in plan)
