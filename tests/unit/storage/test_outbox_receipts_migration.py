"""Migration 0029: receipts the sync push stores kept as what varies in them.

Tried on a vault at 0028 holding a sent item and its envelope with their receipts as text:
after it both read back unchanged, and a receipt kept the new way (status, day, envelope
count) reads back exactly as the text the push wrote before.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from outreach_app.storage.codec import to_db_time
from outreach_app.storage.connection import Connection
from outreach_app.storage.migrations import migrate, schema_version
from outreach_app.storage.repos import envelopes as envelope_repo
from outreach_app.storage.repos import outbox as repo
from outreach_app.storage.repos import sync_outbox
from tests.unit.storage.old_vaults import vault_before

RECEIPTS_MIGRATION = 29


@pytest.fixture
def old_conn(db_path: Path, db_key: bytes) -> Iterator[Connection]:
    """A vault migrated up to 0028 only."""
    connection = vault_before(db_path, db_key, RECEIPTS_MIGRATION)
    assert schema_version(connection) == RECEIPTS_MIGRATION - 1
    yield connection
    connection.close()


def _item(conn: Connection, state: str, seq: int, at: str, receipt: str | None) -> tuple[str, str]:
    """An item as 0028 stores it, with one envelope; returns (item id, envelope id)."""
    item_id, envelope_id = str(uuid.uuid4()), str(uuid.uuid4())
    conn.execute(
        "INSERT INTO outbox_items (id, incident_id, report_id, version, consent_version, purposes,"
        " state, content_hash, receipt, attempts, ever_sending, created_at, updated_at, seq)"
        " VALUES (?, ?, ?, 1, 1, '[\"alerts\"]', ?, ?, ?, 1, 1, ?, ?, ?)",
        (item_id, str(uuid.uuid4()), str(uuid.uuid4()), state, f"{seq:064d}", receipt, at, at, seq),
    )
    conn.execute("INSERT INTO outbox_payloads (item_seq, payload) VALUES (?, '{}')", (seq,))
    conn.execute(
        "INSERT INTO outbox_envelopes (envelope_id, item_id, purpose, desk_id, bundle_version, header,"
        " ciphertext, content_hash, created_at, seq)"
        " VALUES (?, ?, 'alerts', 'desk', 1, '{}', 'c2Vh', ?, ?, ?)",
        (envelope_id, item_id, f"{seq + 100:064d}", at, seq),
    )
    return item_id, envelope_id


def test_receipts_stored_as_text_read_back_unchanged_and_new_ones_read_as_the_text_did(
    old_conn: Connection, t0: datetime
) -> None:
    at = to_db_time(t0)
    with old_conn:
        old_item, old_envelope = _item(old_conn, "sent", 1, at, None)
        new_item, new_envelope = _item(old_conn, "sending", 2, at, None)
        # as the push wrote them before 0029 (json_object text; the reply element's text)
        old_conn.execute(
            "UPDATE outbox_items SET receipt = json_object('content_hash', content_hash, 'reason',"
            " json_object('code', 'envelopes', 'message', '1 envelope receipts'),"
            " 'received_on', '2026-03-10',"
            " 'report_id', report_id, 'status', 'duplicate') WHERE id = ?",
            (old_item,),
        )
        envelope_text = json.dumps(
            {
                "content_hash": f"{101:064d}",
                "envelope_id": old_envelope,
                "received_on": "2026-03-10",
                "status": "duplicate",
            },
            separators=(",", ":"),
        )
        old_conn.execute(
            "INSERT INTO outbox_envelope_results (envelope_seq, state, receipt, updated_at)"
            " VALUES (1, 'sent', ?, ?)",
            (envelope_text, at),
        )
    item_text = old_conn.execute("SELECT receipt FROM outbox_items WHERE id = ?", (old_item,)).fetchone()[0]
    assert RECEIPTS_MIGRATION in migrate(old_conn)

    old = repo.get_item(old_conn, uuid.UUID(old_item))
    assert old is not None and old.receipt == json.loads(item_text)
    (envelope,) = envelope_repo.envelopes_for_item(old_conn, uuid.UUID(old_item))
    assert envelope.receipt == json.loads(envelope_text)

    # the same receipts for the other item, kept the new way: the same text comes back
    proof = (new_envelope, f"{102:064d}", "duplicate", "2026-03-10", None)
    assert sync_outbox.store_envelope_receipts(old_conn, [proof], t0) == 1
    assert sync_outbox.settle_items(old_conn, [new_item], t0).sent == [(new_item, "duplicate")]
    assert old_conn.execute("SELECT receipt FROM outbox_items WHERE id = ?", (new_item,)).fetchone() == (
        None,
    )
    rebuilt = old_conn.execute(
        f"SELECT {repo.ITEM_RECEIPT} FROM outbox_items AS o WHERE o.id = ?", (new_item,)
    ).fetchone()[0]
    new = repo.get_item(old_conn, uuid.UUID(new_item))
    assert new is not None
    assert rebuilt == item_text.replace(old.content_hash, new.content_hash).replace(
        str(old.report_id), str(new.report_id)
    )
    (sent,) = envelope_repo.envelopes_for_item(old_conn, uuid.UUID(new_item))
    assert sent.receipt == {
        **json.loads(envelope_text),
        "content_hash": f"{102:064d}",
        "envelope_id": new_envelope,
    }
    # a receipt given as text later (a per-item path) wins over one kept as status and day
    envelope_repo.mark(old_conn, sent.envelope_id, envelope_repo.SENT, t0, receipt={"status": "accepted"})
    assert envelope_repo.envelopes_for_item(old_conn, uuid.UUID(new_item))[0].receipt == {
        "status": "accepted"
    }
    assert old_conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
