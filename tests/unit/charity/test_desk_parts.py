"""The desk's parts without a server (issue 22): the key transfer file, alert drafting with the
scrubber's spans, the queue's states, withdrawals with the disclosure hook, and the desk vault."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from outreach_app.charity import desk_alerts, desk_store, desk_transfer
from outreach_app.charity.desk_keys import new_desk_keys
from outreach_app.charity.desk_store import AlertStatus, DeskStoreError, QueueState
from outreach_app.core.vault import unlock_vault
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.domain.enums import IncidentType, PartOfDay
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import desk
from outreach_app.protocol.contents import AlertContent
from outreach_app.protocol.staff import StaffRole
from outreach_app.storage.connection import Connection
from tests.unit.sharing.conftest import open_migrated

NOW = datetime(2026, 3, 4, 10, 0, tzinfo=UTC)
PASS = "copper meadow violin 77 harbour"


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[Connection]:
    connection = open_migrated(tmp_path / "desk.db", durable=False)
    try:
        yield connection
    finally:
        connection.close()


def test_the_transfer_file_opens_only_with_its_passphrase_and_holds_no_key_in_clear() -> None:
    keys = new_desk_keys(StaffRole.ALERTS, "alerts-1")
    data = desk_transfer.seal_keys(keys, "Alerts desk", "a long transfer phrase", TEST_KDF)
    assert keys.enc_private is not None and keys.sign_private is not None
    for secret in (keys.enc_private, keys.sign_private, keys.auth_private):
        assert secret.encode() not in data
    opened, label = desk_transfer.open_keys(data, "a long transfer phrase")
    assert (opened, label) == (keys, "Alerts desk")
    with pytest.raises(desk_transfer.TransferError, match="passphrase"):
        desk_transfer.open_keys(data, "another phrase entirely")
    document = json.loads(data)
    document["box"] = document["box"][:-8] + ("A" * 8 if not document["box"].endswith("A" * 8) else "B" * 8)
    with pytest.raises(desk_transfer.TransferError):
        desk_transfer.open_keys(json.dumps(document).encode(), "a long transfer phrase")
    with pytest.raises(desk_transfer.TransferError, match="not a desk key transfer file"):
        desk_transfer.open_keys(b'{"format": "something else"}', "a long transfer phrase")


def _content(summary: str) -> AlertContent:
    return AlertContent.model_validate(
        {
            "date": "2026-03-02",
            "envelope_id": str(uuid.uuid4()),
            "incident_types": ["physical_assault"],
            "part_of_day": PartOfDay.NIGHT.value,
            "perpetrators": [{"name_used": "Gaz", "phone_numbers": ["07700 900123"]}],
            "region_id": "north",
            "summary": summary,
        }
    )


def test_a_draft_keeps_the_perpetrators_identifiers_and_shows_what_else_the_scrubber_finds() -> None:
    summary = "Gaz on 07700 900123 hit her; she is on 07700 900456"
    draft = desk_alerts.draft_from_content(_content(summary), date(2026, 3, 4), title="Man called Gaz")
    assert [(s.kind, s.text) for s in draft.spans] == [("phone", "07700 900456")]
    assert "07700 900123" in draft.body and "07700 900456" not in draft.body and "Gaz" in draft.body
    alert = draft.to_alert()
    assert alert.phone_numbers() == ["+447700900123"] and alert.region_ids == ["north"]
    assert alert.incident_types == [IncidentType.PHYSICAL_ASSAULT]
    assert (alert.expires_on - alert.issued_on).days == desk_alerts.DEFAULT_DAYS
    assert desk_alerts.draft_from_json(json.loads(json.dumps(desk_alerts.draft_to_json(draft)))) == draft


def _queue_one(conn: Connection, envelope_id: str, purpose: str = "alert") -> None:
    with conn:
        added = desk_store.add_to_queue(
            conn, envelope_id=envelope_id, purpose=purpose, org_id="o", region_id="north", month="2026-03",
            header={}, content={"summary": "x"}, now=NOW,
        )  # fmt: skip
    assert added


def test_queue_states_move_as_triage_does(conn: Connection) -> None:
    _queue_one(conn, "e1")
    assert desk_store.set_state(conn, "e1", QueueState.IN_REVIEW, NOW).state is QueueState.IN_REVIEW
    assert desk_store.set_state(conn, "e1", QueueState.DONE, NOW).state is QueueState.DONE
    with pytest.raises(DeskStoreError, match="cannot become new"):
        desk_store.set_state(conn, "e1", QueueState.NEW, NOW)
    with pytest.raises(DeskStoreError, match="no report"):
        desk_store.set_state(conn, "nope", QueueState.DONE, NOW)
    assert [i.envelope_id for i in desk_store.queue(conn, state=QueueState.DONE)] == ["e1"]
    assert desk_store.queue(conn, state=QueueState.NEW) == []


def test_a_withdrawal_deletes_the_copy_says_whether_it_was_disclosed_and_flags_its_alert(
    conn: Connection,
) -> None:
    _queue_one(conn, "e1", "police_referral")
    _queue_one(conn, "e2", "alert")
    desk_store.save_alert(
        conn, alert_id="a1", source_envelope_id="e2", version=1, status=AlertStatus.PUBLISHED,
        alert={"title": "t"}, signed=None, fingerprint="f", now=NOW,
    )  # fmt: skip
    removed = desk_store.remove_withdrawn(conn, ["e2"], NOW)
    assert [(r.envelope_id, r.disclosed) for r in removed] == [("e2", False)]  # never disclosed
    assert desk_store.desk_alert(conn, "a1").flagged == desk_store.FLAG_REASON
    # The disclosure log (vault migration 0022) names the envelopes it disclosed.
    conn.execute(
        "INSERT INTO desk_disclosure_exports VALUES ('d1', 'West Yorkshire Police', ?, 'Sam', 'csv', 1)",
        (NOW.isoformat(),),
    )
    conn.execute(f"INSERT INTO {desk_store.DISCLOSURE_TABLE} VALUES ('d1', 'e1', 'police_referral', '2B P')")
    (gone,) = desk_store.remove_withdrawn(conn, ["e1", "unknown"], NOW)
    assert (gone.envelope_id, gone.disclosed) == ("e1", True)
    assert desk_store.queue(conn) == []
    assert [w.envelope_id for w in desk_store.withdrawn_items(conn)] == ["e1", "e2"]
    with conn:  # a late copy of a withdrawn envelope never comes back
        assert not desk_store.add_to_queue(
            conn, envelope_id="e1", purpose="police_referral", org_id="o", region_id="north", month="2026-03",
            header={}, content={}, now=NOW,
        )  # fmt: skip


def test_a_second_desk_gets_the_same_envelope_and_signing_keys_and_its_own_sign_in_key(
    tmp_path: Path,
) -> None:
    first, second = VaultLayout(tmp_path / "one"), VaultLayout(tmp_path / "two")
    public = desk.init_desk(first, PASS, StaffRole.ALERTS, "alerts-1", "Alerts", NOW, TEST_KDF)
    assert desk.is_desk(first) and not desk.is_desk(second)
    assert desk.desk_role(first) is StaffRole.ALERTS and desk.desk_role(second) is None
    with unlock_vault(first, PASS, clock=lambda: NOW) as session:
        data = desk.transfer_file(session, "a long transfer phrase", TEST_KDF)
        original = desk.identity(session).keys
    again = desk.import_desk(second, PASS, data, "a long transfer phrase", None, NOW, TEST_KDF)
    assert again == public
    with unlock_vault(second, PASS, clock=lambda: NOW) as session:
        copy = desk.identity(session)
    assert copy.keys.enc_private == original.enc_private and copy.keys.sign_private == original.sign_private
    assert copy.keys.auth_private != original.auth_private and copy.label == "Alerts (2)"
    assert (
        desk.init_desk(VaultLayout(tmp_path / "admin"), PASS, StaffRole.ADMIN, "admin-1", "A", NOW, TEST_KDF)
        is None
    )


def test_editing_a_published_alert_starts_its_next_version(tmp_path: Path) -> None:
    layout = VaultLayout(tmp_path / "desk")
    desk.init_desk(layout, PASS, StaffRole.ALERTS, "alerts-1", "Alerts", NOW, TEST_KDF)
    with unlock_vault(layout, PASS, clock=lambda: NOW) as session:
        with session.conn:
            desk_store.add_to_queue(
                session.conn, envelope_id="e1", purpose="alert", org_id="o", region_id="north",
                month="2026-03", header={}, content=_content("robbed").model_dump(mode="json"), now=NOW,
            )  # fmt: skip
        draft = desk.draft_alert(session, "e1", date(2026, 3, 4), NOW, title="First")
        edited = desk.edit_alert(session, draft.alert_id, NOW, title="Second")
        assert (edited.version, edited.title) == (1, "Second")  # still a draft: same version
        stored = desk_store.desk_alert(session.conn, draft.alert_id)
        desk_store.save_alert(
            session.conn, alert_id=stored.alert_id, source_envelope_id="e1", version=1,
            status=AlertStatus.PUBLISHED, alert=stored.alert, signed=None, fingerprint="f", now=NOW,
        )  # fmt: skip
        assert desk.edit_alert(session, draft.alert_id, NOW, title="Third").version == 2
        with pytest.raises(desk.DeskError, match="not valid"):
            desk.edit_alert(session, draft.alert_id, NOW, region_ids=())
        assert desk.preview_alert(session, draft.alert_id).title == "Third"
        # The stored status reads back as the enum; an ended alert is never edited again.
        assert desk_store.desk_alert(session.conn, draft.alert_id).status is AlertStatus.DRAFT
        stored = desk_store.desk_alert(session.conn, draft.alert_id)
        desk_store.save_alert(
            session.conn, alert_id=stored.alert_id, source_envelope_id="e1", version=2,
            status=AlertStatus.EXPIRED, alert=stored.alert, signed=None, fingerprint="f", now=NOW,
        )  # fmt: skip
        with pytest.raises(desk.DeskError, match="the alert is expired: draft a new one"):
            desk.edit_alert(session, draft.alert_id, NOW, title="Fourth")
        assert desk.preview_alert(session, draft.alert_id).title == "Third"


def test_each_role_is_refused_what_it_cannot_do_before_anything_changes(tmp_path: Path) -> None:
    police, admin = VaultLayout(tmp_path / "police"), VaultLayout(tmp_path / "admin")
    desk.init_desk(police, PASS, StaffRole.POLICE, "police-1", "Police", NOW, TEST_KDF)
    desk.init_desk(admin, PASS, StaffRole.ADMIN, "admin-1", "Admin", NOW, TEST_KDF)
    with unlock_vault(police, PASS, clock=lambda: NOW) as session:
        with pytest.raises(desk.DeskError, match="only an alerts desk"):
            desk.draft_alert(session, "e1", date(2026, 3, 4), NOW)
        with pytest.raises(desk.DeskError, match="not enrolled"):
            desk.pull(session, NOW)
        with pytest.raises(desk.DeskError, match="only an admin desk"):
            desk.admin(session, lambda client: client.regions())
        assert desk.public_keys(session).purposes == ["police_intelligence", "police_referral"]
    with unlock_vault(admin, PASS, clock=lambda: NOW) as session:
        with pytest.raises(desk.DeskError, match="receives no envelopes"):
            desk.pull(session, NOW)
        with pytest.raises(desk.DeskError, match="no keys for the bundle"):
            desk.public_keys(session)
        with pytest.raises(desk.DeskError, match="no private keys to hand on"):
            desk.transfer_file(session, "a long transfer phrase", TEST_KDF)
        with pytest.raises(desk.DeskError, match="https"):
            desk.enroll(session, "http://charity.example.org", "CODE")
        assert desk.identity(session).server_desk_id is None  # nothing changed
