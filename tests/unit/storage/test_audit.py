"""The hash-chained audit log: edits, removals and truncation are all detected."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from outreach_app.crypto.failures import FailureCounter
from outreach_app.domain.layout import layout_for
from outreach_app.reports.audit_chain import ProblemKind, verify_chain
from outreach_app.reports.audit_events import read_failed_unlocks, record_unlock
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import audit

T = datetime(2026, 5, 1, 9, 0, tzinfo=UTC)


def _fill(conn: Connection, n: int = 6) -> None:
    kinds = [audit.AuditKind.UNLOCK, audit.AuditKind.EXPORT, audit.AuditKind.SHARE, audit.AuditKind.SYNC]
    for i in range(n):
        audit.append_event(
            conn,
            kinds[i % len(kinds)],
            at=T + timedelta(minutes=i),
            role="worker",
            detail={"count": i, "report_id": f"r-{i}"},
        )


def _kinds(problems: list[object]) -> set[ProblemKind]:
    return {p.kind for p in problems}  # type: ignore[attr-defined]


def test_an_untouched_chain_verifies(conn: Connection) -> None:
    _fill(conn)
    entries = audit.list_entries(conn)
    report = verify_chain(entries, audit.head(conn))
    assert report.ok and report.entries == 6 and report.server_checked
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5, 6]
    assert entries[0].prev_hash == audit.GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))


@pytest.mark.parametrize(
    "column, value",
    [
        ("detail", '{"count": 99, "report_id": "r-2"}'),
        ("kind", "sync"),
        ("at", "2020-01-01T00:00:00+00:00"),
        ("role", "coordinator"),
    ],
)
def test_an_edited_entry_is_reported(conn: Connection, column: str, value: str) -> None:
    _fill(conn)
    conn.execute(f"UPDATE audit_log SET {column} = ? WHERE seq = 3", (value,))
    report = verify_chain(audit.list_entries(conn))
    assert not report.ok
    assert [(p.kind, p.seq) for p in report.problems] == [(ProblemKind.EDITED, 3)]


def test_an_edit_that_recomputes_the_hash_still_breaks_the_next_link(conn: Connection) -> None:
    _fill(conn)
    e = audit.list_entries(conn)[2]
    detail = {"count": 99, "report_id": "r-2"}
    forged = audit.entry_hash(e.seq, e.at, e.kind, e.role, detail, e.prev_hash)
    conn.execute(
        "UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 3",
        ('{"count": 99, "report_id": "r-2"}', forged),
    )
    report = verify_chain(audit.list_entries(conn))
    assert [(p.kind, p.seq) for p in report.problems] == [(ProblemKind.REMOVED, 4)]


@pytest.mark.parametrize("seq", [1, 4])
def test_a_removed_entry_is_reported(conn: Connection, seq: int) -> None:
    _fill(conn)
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (seq,))
    report = verify_chain(audit.list_entries(conn))
    assert ProblemKind.REMOVED in _kinds(report.problems)
    assert any(p.seq == seq + 1 for p in report.problems)


def test_truncation_is_caught_only_with_the_servers_head(conn: Connection) -> None:
    _fill(conn)
    server_head = audit.head(conn)
    assert server_head is not None
    audit.save_server_head(conn, server_head)
    conn.execute("DELETE FROM audit_log WHERE seq >= 5")
    entries = audit.list_entries(conn)
    # Cut at the end, the chain is still internally valid ...
    assert verify_chain(entries).ok
    # ... but not against the head the server saw.
    report = verify_chain(entries, audit.load_server_head(conn))
    assert [(p.kind, p.seq) for p in report.problems] == [(ProblemKind.TRUNCATED, 6)]


def test_a_rewritten_history_diverges_from_the_servers_head(conn: Connection) -> None:
    _fill(conn, 3)
    server_head = audit.head(conn)
    assert server_head is not None
    conn.execute("DELETE FROM audit_log")
    for i in range(4):  # a fresh, valid chain of a different history
        audit.append_event(conn, audit.AuditKind.SYNC, at=T + timedelta(hours=i), detail={"sent": i})
    report = verify_chain(audit.list_entries(conn), server_head)
    assert _kinds(report.problems) == {ProblemKind.DIVERGED}


def test_entries_hold_ids_and_counts_never_text(conn: Connection, canary: str) -> None:
    with pytest.raises(audit.AuditDetailError):
        audit.append_event(conn, audit.AuditKind.EXPORT, at=T, detail={"note": f"met {canary} at the park"})
    with pytest.raises(audit.AuditDetailError):
        audit.append_event(conn, audit.AuditKind.EXPORT, at=T, detail={"n": 1.5})
    with pytest.raises(ValueError):
        audit.append_event(conn, "made-up-kind", at=T)
    assert audit.count_entries(conn) == 0


def test_failed_unlocks_are_folded_in_at_the_next_unlock(conn: Connection, tmp_path: Path) -> None:
    layout = layout_for(tmp_path / "vault-files")
    layout.data_dir.mkdir(parents=True)
    counter = FailureCounter(layout.failures, lambda: T)
    for _ in range(3):
        counter.record_failure()
    pending = read_failed_unlocks(layout, lambda: T)
    counter.reset()  # what a successful unlock does
    record_unlock(conn, pending, role="worker", slot_id="abc123", now=T)
    entries = audit.list_entries(conn)
    assert [(e.kind, dict(e.detail)) for e in entries] == [
        ("unlock_failed", {"attempts": 3}),
        ("unlock", {"slot": "abc123"}),
    ]
    record_unlock(conn, read_failed_unlocks(layout, lambda: T), role="worker", slot_id="abc123", now=T)
    assert [e.kind for e in audit.list_entries(conn)][-1] == "unlock"
    assert audit.count_entries(conn) == 3


def test_the_head_travels_in_protocol_form_and_the_servers_answer_is_kept(conn: Connection) -> None:
    from outreach_app.protocol.audit import AuditHeadReceipt, AuditHeadStatus

    assert audit.head_for_sync(conn) is None
    _fill(conn, 2)
    body = audit.head_for_sync(conn)
    assert body is not None and body.sequence == 2 and body.chain_hash == audit.list_entries(conn)[-1].hash
    receipt = AuditHeadReceipt(
        status=AuditHeadStatus.STORED,
        sequence=body.sequence,
        chain_hash=body.chain_hash,
        received_on="2026-05-01",
    )
    audit.store_server_receipt(conn, receipt)
    assert audit.load_server_head(conn) == audit.ChainHead(2, body.chain_hash)
    assert verify_chain(audit.list_entries(conn), audit.load_server_head(conn)).ok


def test_sharing_and_withdrawals_enter_the_chain_by_trigger(conn: Connection) -> None:
    log = "INSERT INTO outbox_transitions (item_id, from_state, to_state, at) VALUES (?, ?, ?, ?)"
    conn.execute(log, ("item-1", "consented", "awaiting_review", "2026-05-01T10:00:00.000000Z"))
    conn.execute(
        log, ("item-1", "awaiting_review", "queued", "2026-05-01T11:00:00.000000Z")
    )  # review: service
    conn.execute(log, ("item-1", "sent", "withdrawal_pending", "2026-05-02T10:00:00.000000Z"))
    conn.execute(
        "INSERT INTO outbox_withdrawals (id, verifier, purposes, state, created_at, updated_at)"
        " VALUES ('w-1', ?, '[]', 'pending', '2026-05-03T00:00:00.000000Z', '2026-05-03T00:00:00.000000Z')",
        ("ab" * 32,),
    )
    assert audit.count_entries(conn) == 0  # queued, not yet chained
    audit.append_event(conn, audit.AuditKind.UNLOCK, at=T, role="worker")
    entries = audit.list_entries(conn)
    assert [(e.kind, dict(e.detail)) for e in entries] == [
        ("share", {"item": "item-1", "state": "awaiting_review"}),
        ("withdrawal", {"item": "item-1", "state": "withdrawal_pending"}),
        ("withdrawal", {"by": "code", "withdrawal": "w-1"}),
        ("unlock", {}),
    ]
    assert entries[0].at == "2026-05-01T10:00:00+00:00"
    assert conn.execute("SELECT count(*) FROM audit_pending").fetchone()[0] == 0
    assert verify_chain(entries).ok


def test_sync_passes_enter_the_chain_by_trigger(conn: Connection) -> None:
    from outreach_app.storage.repos import sync_state

    sync_state.record_failure(conn, T, "server unreachable", T + timedelta(minutes=1), 0)
    sync_state.record_success(conn, T + timedelta(minutes=2), parked=1)
    audit.fold_pending(conn)
    entries = audit.list_entries(conn)
    assert [(e.kind, dict(e.detail)) for e in entries] == [
        ("sync", {"ok": 0, "failures": 1}),
        ("sync", {"ok": 1, "parked": 1}),
    ]
    assert "unreachable" not in repr(entries)  # the error text stays out of the log
