"""Roles that hold: each attack written as a worker would run it, then what the next unlock does.

The worker holds the data key (any passphrase does) and can run SQL on the opened vault and
edit the key file; what they lack is the coordinator key. Every change they make to the
protected settings or the slot table is found at the next coordinator unlock, put back, and
written to the audit log as an alarm, while the hash chain itself stays intact.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from typing import Any

import pytest

from outreach_app.core.permissions import PermissionDeniedError
from outreach_app.core.vault import (
    KeyFileDamagedError,
    WrongPassphraseError,
    add_slot,
    list_slots,
    unlock_vault,
)
from outreach_app.core.vault_roles import SEAL_SETTING, RoleCheck, _mac
from outreach_app.core.vault_session import VaultSession
from outreach_app.crypto.kdf import TEST_KDF
from outreach_app.crypto.keyfile import read_key_file, wrap_slot, write_key_file
from outreach_app.domain.layout import VaultLayout
from outreach_app.ops import coordinator
from outreach_app.reports.audit_chain import verify_chain
from outreach_app.reports.retention import POLICY_SETTING, load_policy
from outreach_app.sharing.seal import REVIEW_REQUIRED_SETTING
from outreach_app.storage.repos import audit
from outreach_app.storage.repos.settings import get_setting, set_setting
from tests.unit.core.conftest import OTHER_PASSPHRASE, PASSPHRASE, THIRD_PASSPHRASE
from tests.unit.core.legacy import make_legacy
from tests.vault_templates import built_vault, created_vault

WORKER = OTHER_PASSPHRASE
FORGED = "midnight quarry ladder forty"
NOW = datetime(2026, 3, 1, 22, 0, tzinfo=UTC)


def _team(vault: VaultLayout) -> None:
    created_vault(vault, PASSPHRASE, kdf=TEST_KDF)
    with unlock_vault(vault, PASSPHRASE) as session:
        add_slot(session, WORKER, "worker", kdf=TEST_KDF)
        coordinator.set_review_required(session, True, now=NOW)
        coordinator.change_retention_policy(session, {"aliases_months": 6}, now=NOW)


@pytest.fixture
def team(layout: VaultLayout) -> VaultLayout:
    """A coordinator who turned review on and set retention, and a worker: a copy of one built
    once per process (tests/vault_templates.py)."""
    return built_vault(layout, f"{__name__}: team", _team)


def _check(session: VaultSession) -> RoleCheck:
    assert isinstance(session.role_check, RoleCheck)
    return session.role_check


def _alarms(session: VaultSession) -> list[dict[str, Any]]:
    return [dict(e.detail) for e in audit.list_entries(session.conn) if e.kind == "alarm"]


def _chain_ok(session: VaultSession) -> bool:
    return verify_chain(audit.list_entries(session.conn), None).ok


def test_the_coordinators_own_changes_verify(team: VaultLayout) -> None:
    with unlock_vault(team, PASSPHRASE) as session:
        assert _check(session).status == "verified" and _check(session).alarms == ()
        assert session.role == "coordinator" and session.coordinator_key is not None
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True
        assert load_policy(session.conn).aliases_months == 6
        assert _alarms(session) == []
    with unlock_vault(team, WORKER) as worker:
        assert _check(worker).status == "worker" and worker.coordinator_key is None


def test_a_worker_turning_review_off_with_sql_is_put_back_and_alarmed(team: VaultLayout) -> None:
    with unlock_vault(team, WORKER) as worker:
        worker.conn.execute("UPDATE settings SET value = 'false' WHERE key = ?", (REVIEW_REQUIRED_SETTING,))
        worker.conn.commit()
        assert _chain_ok(worker)  # the audit chain alone does not show it
    with unlock_vault(team, PASSPHRASE) as session:
        check = _check(session)
        assert check.status == "verified"
        assert check.alarms == ("protected_settings_changed",)
        assert check.message is not None and REVIEW_REQUIRED_SETTING in check.message
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True
        assert _alarms(session) == [
            {"alarm": "protected_settings_changed", "settings": [REVIEW_REQUIRED_SETTING]}
        ]
        assert _chain_ok(session)
    with unlock_vault(team, PASSPHRASE) as session:  # repaired once, then quiet
        assert _check(session).alarms == ()


def test_a_worker_setting_retention_to_240_months_is_put_back(team: VaultLayout) -> None:
    with unlock_vault(team, WORKER) as worker:
        # "A few lines of Python": the repository call the app itself uses.
        policy = {**load_policy(worker.conn).model_dump(), "aliases_months": 240, "contact_notes_months": 240}
        set_setting(worker.conn, POLICY_SETTING, policy)
        assert load_policy(worker.conn).aliases_months == 240
    with unlock_vault(team, PASSPHRASE) as session:
        assert _check(session).alarms == ("protected_settings_changed",)
        restored = load_policy(session.conn)
        assert (restored.aliases_months, restored.contact_notes_months) == (6, 12)


def test_a_worker_editing_the_seal_too_gets_the_safe_defaults_back(team: VaultLayout) -> None:
    with unlock_vault(team, WORKER) as worker:
        set_setting(worker.conn, REVIEW_REQUIRED_SETTING, False)
        seal = get_setting(worker.conn, SEAL_SETTING)
        seal["values"][REVIEW_REQUIRED_SETTING] = False  # no key: the MAC cannot follow
        set_setting(worker.conn, SEAL_SETTING, seal)
    with unlock_vault(team, PASSPHRASE) as session:
        check = _check(session)
        assert (check.status, check.alarms) == ("verified", ("seal_invalid",))
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True  # safe default: review on
        assert load_policy(session.conn).aliases_months == 12  # documented default
        assert _alarms(session)[0]["alarm"] == "seal_invalid"
    with unlock_vault(team, PASSPHRASE) as session:
        assert _check(session).alarms == ()  # re-sealed


def test_a_worker_deleting_the_seal_is_found(team: VaultLayout) -> None:
    with unlock_vault(team, WORKER) as worker:
        worker.conn.execute("DELETE FROM settings WHERE key = ?", (SEAL_SETTING,))
        worker.conn.execute("DELETE FROM settings WHERE key = ?", (REVIEW_REQUIRED_SETTING,))
        worker.conn.commit()
    with unlock_vault(team, PASSPHRASE) as session:
        assert _check(session).alarms == ("seal_missing",)
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True


def _forge_slot(layout: VaultLayout, worker: VaultSession, **wrap: Any) -> str:
    """What a worker can do to the key file: add a coordinator slot wrapping the data key."""
    forged = wrap_slot(worker.data_key(), FORGED, role="coordinator", kdf=TEST_KDF, **wrap)
    write_key_file(layout.key_file, read_key_file(layout.key_file).with_slot(forged))
    return forged.id


def test_a_forged_coordinator_slot_without_the_key_acts_as_a_worker_and_is_removed(team: VaultLayout) -> None:
    with unlock_vault(team, WORKER) as worker:
        forged = _forge_slot(team, worker)
    with unlock_vault(team, FORGED) as session:
        check = _check(session)
        assert (check.status, check.alarms) == ("unverified", ("coordinator_slot_without_key",))
        assert session.role == "worker"
        with pytest.raises(PermissionDeniedError):
            coordinator.set_review_required(session, False, now=NOW)
        with pytest.raises(PermissionDeniedError):
            coordinator.slots(session)
    with unlock_vault(team, PASSPHRASE) as session:
        check = _check(session)
        assert check.alarms == ("slot_added_without_coordinator",) and check.removed_slots == (forged,)
        assert {"alarm": "slot_added_without_coordinator", "slots": [forged]} in _alarms(session)
    assert forged not in [s for s, _ in list_slots(team)]
    with pytest.raises(WrongPassphraseError):
        unlock_vault(team, FORGED)


def test_a_forged_slot_with_a_key_of_its_own_is_contested_and_then_removed(team: VaultLayout) -> None:
    with unlock_vault(team, WORKER) as worker:
        forged = _forge_slot(team, worker, coordinator_key=secrets.token_bytes(32))
    with unlock_vault(team, FORGED) as session:
        check = _check(session)
        assert check.status == "contested" and session.role == "worker"
        assert forged not in check.suspect_slots and len(check.suspect_slots) == 2  # the real ones
        with pytest.raises(PermissionDeniedError):
            coordinator.change_retention_policy(session, {"aliases_months": 240}, now=NOW)
    with unlock_vault(team, PASSPHRASE) as session:
        check = _check(session)
        assert check.status == "verified" and session.role == "coordinator"
        assert "slot_added_without_coordinator" in check.alarms
        assert load_policy(session.conn).aliases_months == 6  # the sealed value, not a default
    assert forged not in [s for s, _ in list_slots(team)]


def test_a_forger_who_also_reseals_is_contested_and_the_coordinator_removes_the_slot(
    team: VaultLayout,
) -> None:
    fake_key = secrets.token_bytes(32)
    with unlock_vault(team, WORKER) as worker:
        forged = _forge_slot(team, worker, coordinator_key=fake_key)
        # A complete seal, written with the forged slot's key, turning review off.
        set_setting(worker.conn, REVIEW_REQUIRED_SETTING, False)
        values = {REVIEW_REQUIRED_SETTING: False, POLICY_SETTING: get_setting(worker.conn, POLICY_SETTING)}
        slots = sorted([s.id, s.role] for s in read_key_file(team.key_file).slots)
        set_setting(
            worker.conn,
            SEAL_SETTING,
            {"values": values, "slots": slots, "mac": _mac(fake_key, values, slots)},
        )
    with unlock_vault(team, FORGED) as session:  # the real slots' escrows betray the forged key
        assert _check(session).status == "contested" and session.role == "worker"
        assert _check(session).alarms == ("seal_key_mismatch",)
    with unlock_vault(team, PASSPHRASE) as session:
        check = _check(session)
        assert check.status == "contested" and check.suspect_slots == (forged,)
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True
        with pytest.raises(PermissionDeniedError):  # nothing but the repair
            coordinator.change_retention_policy(session, {"aliases_months": 3}, now=NOW)
        coordinator.remove_role(session, forged, now=NOW)
    with unlock_vault(team, PASSPHRASE) as session:
        assert _check(session).status == "verified" and _check(session).alarms == ()
        assert session.role == "coordinator"
    with pytest.raises(WrongPassphraseError):
        unlock_vault(team, FORGED)


def test_an_older_vault_gets_its_coordinator_key_at_the_first_coordinator_unlock(vault: VaultLayout) -> None:
    with unlock_vault(vault, PASSPHRASE) as session:
        data_key = bytes(session.data_key())  # the session zeroes its own buffer at close
    second = "granite pelican obey mitten"
    make_legacy(vault, data_key, [(PASSPHRASE, "coordinator"), (WORKER, "worker"), (second, "coordinator")])
    with unlock_vault(vault, WORKER) as worker:  # a worker cannot make it, and is told so
        assert _check(worker).status == "worker"
        assert "not sealed" in str(_check(worker).message)
        assert get_setting(worker.conn, SEAL_SETTING) is None
    with unlock_vault(vault, PASSPHRASE) as session:
        check = _check(session)
        assert check.status == "created" and session.coordinator_key is not None
        assert check.message is not None and "act as workers" in check.message
        assert [e.kind for e in audit.list_entries(session.conn)] == ["coordinator_key_created"]
        coordinator.set_review_required(session, True, now=NOW)
    with unlock_vault(vault, PASSPHRASE) as session:
        assert _check(session).status == "verified"
    with unlock_vault(vault, second) as other:  # an older coordinator slot: sealed, but keyless
        assert _check(other).status == "unverified" and other.role == "worker"
        assert _check(other).alarms == ()  # listed in the seal: a plain notice, not an alarm
    body = json.loads(vault.key_file.read_bytes())
    assert body["version"] == 2


def test_the_protected_setting_keys_match_their_owners() -> None:
    from outreach_app.core import vault_roles

    assert vault_roles.RETENTION_POLICY_SETTING == POLICY_SETTING
    assert REVIEW_REQUIRED_SETTING in vault_roles.SAFE_DEFAULTS


def test_a_repair_that_does_not_fit_on_a_full_disk_waits_for_the_next_unlock(
    team: VaultLayout, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlcipher3 import dbapi2

    from outreach_app.core import vault_roles

    with unlock_vault(team, WORKER) as worker:
        set_setting(worker.conn, REVIEW_REQUIRED_SETTING, False)

    def full(*_args: object, **_kwargs: object) -> None:
        raise dbapi2.OperationalError("database or disk is full")

    monkeypatch.setattr(vault_roles, "_alarm", full)
    with unlock_vault(team, PASSPHRASE) as session:
        assert _check(session).status == "unverified" and session.role == "worker"
        assert "disk is full" in str(_check(session).message)
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is False  # rolled back, not half-done
    monkeypatch.undo()
    with unlock_vault(team, PASSPHRASE) as session:
        assert _check(session).alarms == ("protected_settings_changed",)
        assert get_setting(session.conn, REVIEW_REQUIRED_SETTING) is True


def test_stripping_the_coordinator_key_to_fake_an_older_vault_does_not_reseal_quietly(
    team: VaultLayout,
) -> None:
    """The downgrade: delete the seal and strip every escrow and coordinator key from the key file,
    so the next coordinator unlock would take the vault for one from before the key and seal the
    worker's settings. The coordinator slot's data-key wrapping names the key it carries: it stops opening."""
    from dataclasses import replace

    from outreach_app.crypto.keyfile import KeyFile

    with unlock_vault(team, WORKER) as worker:
        set_setting(worker.conn, REVIEW_REQUIRED_SETTING, False)
        worker.conn.execute("DELETE FROM settings WHERE key = ?", (SEAL_SETTING,))
        worker.conn.commit()
    stripped = read_key_file(team.key_file)
    slots = tuple(replace(s, escrow=None, coordinator_key=None) for s in stripped.slots)
    write_key_file(team.key_file, KeyFile(stripped.version, slots))
    with pytest.raises(KeyFileDamagedError, match="edited"):
        unlock_vault(team, PASSPHRASE)


def test_a_deleted_seal_names_the_slots_nothing_vouches_for(team: VaultLayout) -> None:
    """Deleting the seal and adding an old-format coordinator slot (no escrow to check): the
    alarm names that slot, and it still gets no coordinator powers."""
    from tests.unit.core.legacy import legacy_slot

    with unlock_vault(team, WORKER) as worker:
        worker.conn.execute("DELETE FROM settings WHERE key = ?", (SEAL_SETTING,))
        worker.conn.commit()
        old_style = legacy_slot(
            worker.data_key(), FORGED, "coordinator", read_key_file(team.key_file).slots[0].salt
        )
    key_file = read_key_file(team.key_file)
    write_key_file(team.key_file, key_file.with_slot(old_style))
    with unlock_vault(team, PASSPHRASE) as session:
        check = _check(session)
        assert check.alarms == ("seal_missing",) and old_style.id in str(check.message)
        assert _alarms(session)[-1]["unvouched_slots"] == [old_style.id]
    with unlock_vault(team, FORGED) as forged:
        assert forged.role == "worker"
        with pytest.raises(PermissionDeniedError):
            coordinator.set_review_required(forged, False, now=NOW)


def test_a_version_2_coordinator_slot_without_the_key_gets_it_at_the_first_unlock(vault: VaultLayout) -> None:
    from outreach_app.crypto.keyfile import KeyFile

    with unlock_vault(vault, PASSPHRASE) as session:
        data_key = bytes(session.data_key())  # the session zeroes its own buffer at close
        session.conn.execute("DELETE FROM settings WHERE key = ?", (SEAL_SETTING,))
        session.conn.commit()
    keyless = wrap_slot(data_key, THIRD_PASSPHRASE, role="coordinator", kdf=TEST_KDF)  # no coordinator key
    write_key_file(vault.key_file, KeyFile(2, (keyless,)))
    with unlock_vault(vault, THIRD_PASSPHRASE) as session:
        assert _check(session).status == "created" and session.coordinator_key is not None
    with unlock_vault(vault, THIRD_PASSPHRASE) as session:
        assert _check(session).status == "verified" and session.role == "coordinator"
