"""Outbox items sealed into envelopes in the vault (protocol v2), on a real SQLCipher database."""

from __future__ import annotations

import base64
from datetime import UTC, datetime
from uuid import UUID

import pytest
import sqlcipher3

from outreach_app.crypto.sealing import open_sealed
from outreach_app.domain.enums import ConsentMethod, Purpose
from outreach_app.protocol.envelopes import EnvelopeHeader
from outreach_app.protocol.verifier import purpose_verifiers
from outreach_app.sharing import charity_keys
from outreach_app.sharing.envelope_outbox import CannotSealError, ensure_envelopes, withdrawal_verifiers
from outreach_app.sharing.seal import seal_incident
from outreach_app.sharing.workflow import record_consent, withdraw_with_code
from outreach_app.storage.connection import Connection
from outreach_app.storage.repos import envelopes as repo
from outreach_app.storage.repos import outbox as outbox_repo
from tests.unit.sharing.test_pipeline import make_incident
from tests.unit.sharing.v2_keys import make_charity, shared_charity

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
ORG = UUID("6a1f0b9e-2c3d-4e5f-8a7b-9c0d1e2f3a4b")
ALL = [Purpose.ALERT, Purpose.STATISTICS, Purpose.POLICE_INTELLIGENCE, Purpose.POLICE_REFERRAL]
SEALED = ["alert", "police_intelligence", "police_referral"]


def _shared(conn: Connection, purposes: list[Purpose]) -> tuple[outbox_repo.OutboxRow, str]:
    incident = make_incident(conn, summary="MARKER-4471 robbed by Gaz")
    outcome = record_consent(
        conn, incident.id, purposes, worker_initials="JK", method=ConsentMethod.VERBAL, now=NOW
    )
    assert outcome.code is not None
    return seal_incident(conn, incident.id, now=NOW), outcome.code


def test_items_are_sealed_per_purpose_with_the_codes_verifiers(conn: Connection) -> None:
    charity = shared_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    item, code = _shared(conn, ALL)
    rows = ensure_envelopes(conn, item, NOW)
    assert [row.purpose for row in rows] == SEALED
    assert ensure_envelopes(conn, item, NOW) == repo.envelopes_for_item(conn, item.id)  # sealed once
    verifiers = purpose_verifiers(code, SEALED)
    for row in rows:
        header = EnvelopeHeader.model_validate_json(row.header)
        assert header.verifier == verifiers[row.purpose] and header.org == ORG
        assert header.month == "2025-04" and "MARKER" not in row.header
        plain = open_sealed(base64.b64decode(row.ciphertext), charity.private_for(row.desk_id))
        assert (b"MARKER-4471" in plain) == (row.purpose in {"alert", "police_intelligence"})
    assert withdrawal_verifiers(conn, item, {"alert", "statistics"}) == [verifiers["alert"]]


def test_sealed_envelopes_are_immutable(conn: Connection) -> None:
    charity_keys.pin(conn, shared_charity().root_public, ORG, shared_charity().signed)
    item, _ = _shared(conn, [Purpose.ALERT])
    (row,) = ensure_envelopes(conn, item, NOW)
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="immutable"):
        conn.execute(
            "UPDATE outbox_envelopes SET ciphertext = 'x' WHERE envelope_id = ?", (str(row.envelope_id),)
        )


def test_without_a_pinned_bundle_nothing_is_sealed(conn: Connection) -> None:
    item, _ = _shared(conn, [Purpose.ALERT])
    with pytest.raises(CannotSealError, match="enrol"):
        ensure_envelopes(conn, item, NOW)
    assert repo.envelopes_for_item(conn, item.id) == []


def test_a_statistics_only_item_has_no_envelope(conn: Connection) -> None:
    item, _ = _shared(conn, [Purpose.STATISTICS])
    assert ensure_envelopes(conn, item, NOW) == []


def test_a_code_from_another_device_queues_one_verifier_per_sealed_purpose(conn: Connection) -> None:
    code = "7KQ2-MX9D-4HTB-0WZR"
    outcome = withdraw_with_code(conn, code, ALL, now=NOW, other_device=True)
    assert outcome.remote_only
    rows = conn.execute("SELECT verifier, purposes FROM outbox_withdrawals ORDER BY verifier").fetchall()
    expected = purpose_verifiers(code, SEALED)
    assert sorted(row[0] for row in rows) == sorted(expected.values())
    assert all(row[1] in ('["alert"]', '["police_intelligence"]', '["police_referral"]') for row in rows)


def test_rotation_needs_the_pinned_root_and_a_higher_version(conn: Connection) -> None:
    charity = shared_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    stranger = make_charity(version=5)
    with pytest.raises(charity_keys.KeyBundleError, match="another root"):
        charity_keys.install_rotation(conn, stranger.signed)
    assert not charity_keys.install_rotation(conn, charity.signed)  # same version: nothing
    keys = charity_keys.charity_keys(conn)
    assert keys is not None and keys.bundle == charity.bundle


def test_sharing_seals_the_envelopes_once_the_keys_are_pinned(conn: Connection) -> None:
    """Sealed at share time (no sync pass pays for it); before the keys, left for the pass."""
    unpinned, _ = _shared(conn, [Purpose.ALERT])
    assert repo.envelopes_for_item(conn, unpinned.id) == []
    charity = shared_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    item, _ = _shared(conn, ALL)
    rows = repo.envelopes_for_item(conn, item.id)
    assert [row.purpose for row in rows] == SEALED and {row.state for row in rows} == {"pending"}
    assert ensure_envelopes(conn, item, NOW) == rows  # the pass sends these, never seals again


def test_erasing_a_never_sent_item_erases_the_envelopes_sealed_when_it_was_shared(conn: Connection) -> None:
    from outreach_app.sharing import outbox

    charity = shared_charity()
    charity_keys.pin(conn, charity.root_public, ORG, charity.signed)
    unsent, _ = _shared(conn, [Purpose.ALERT])
    claimed, _ = _shared(conn, [Purpose.ALERT])
    outbox.mark_sending(conn, [claimed.id], now=NOW)  # may be on the server: kept
    assert repo.envelopes_for_item(conn, unsent.id) and repo.envelopes_for_item(conn, claimed.id)
    outbox_repo.erase_local_sharing(conn, unsent.incident_id)
    outbox_repo.erase_local_sharing(conn, claimed.incident_id)
    assert outbox_repo.get_item(conn, unsent.id) is None
    assert repo.envelopes_for_item(conn, unsent.id) == []
    assert len(repo.envelopes_for_item(conn, claimed.id)) == 1
