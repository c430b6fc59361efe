"""Vault migration 0018 (issue 16): a link stored before device keys survives the sync_link
rebuild unchanged, and the new checks hold."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from outreach_app.storage import migrations
from outreach_app.storage.connection import open_database
from outreach_app.storage.repos import sync_state
from outreach_app.sync.device_key import new_device_key

OLD_LINK = (
    "INSERT INTO sync_link (id, server_url, device_id, organisation, credential_store, keyring_backend,"
    " keyring_entry, credential, ca_bundle, enrolled_at) VALUES (1, 'https://charity.example.org',"
    " 'd2f7c1e0-0000-4000-8000-000000000001', 'Project', 'keyring', 'keyring.backends.SecretService.Keyring',"
    " 'vault-abc', NULL, NULL, '2026-01-02T03:04:05.000000Z')"
)


def test_a_link_from_before_keys_survives_and_gets_a_key_later(
    db_path: Path, db_key: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_database(db_path, db_key, create=True)
    everything = migrations.available_migrations()
    monkeypatch.setattr(migrations, "available_migrations", lambda: [m for m in everything if m.version < 18])
    migrations.migrate(conn)
    conn.execute(OLD_LINK)
    monkeypatch.setattr(migrations, "available_migrations", lambda: everything)
    assert 18 in migrations.migrate(conn)
    link = sync_state.get_link(conn)
    assert link is not None and link.credential_store == "keyring" and link.keyring_entry == "vault-abc"
    assert link.device_key is None and link.organisation == "Project"
    with pytest.raises(dbapi2.IntegrityError):  # registered needs a key
        conn.execute(
            "UPDATE sync_link SET credential_store = 'key', keyring_backend = NULL, keyring_entry = NULL"
        )
    with pytest.raises(dbapi2.IntegrityError):  # a key is 32 bytes
        conn.execute("UPDATE sync_link SET device_key = x'00'")
    key = new_device_key()
    sync_state.set_device_key(conn, key)
    assert sync_state.mark_key_registered(conn, key)
    link = sync_state.get_link(conn)
    assert link is not None and link.credential_store == "key" and link.device_key == key
    assert link.keyring_entry is None and link.credential is None
    assert not sync_state.mark_key_registered(conn, new_device_key()), "only for the key it holds"
    conn.close()
