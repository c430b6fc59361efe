"""A vault as versions before the coordinator key left it: version-1 slots, no seal."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from outreach_app.crypto import keyfile
from outreach_app.crypto.kdf import TEST_KDF, derive_key
from outreach_app.crypto.keyfile import KeyFile, Role, Slot, new_salt, new_slot_id, write_key_file
from outreach_app.domain.layout import VaultLayout
from outreach_app.storage.connection import open_database


def legacy_slot(data_key: bytes, passphrase: str, role: Role, salt: bytes) -> Slot:
    """What version 1 wrote: the data key directly under the passphrase key."""
    slot_id = new_slot_id()
    nonce = secrets.token_bytes(keyfile.NONCE_BYTES)
    kek = derive_key(passphrase, salt, TEST_KDF)
    wrapped = AESGCM(kek).encrypt(nonce, data_key, keyfile._aad(keyfile.LEGACY_VERSION, slot_id, role))
    return Slot(id=slot_id, role=role, kdf=TEST_KDF, salt=salt, nonce=nonce, wrapped_key=wrapped)


def make_legacy(layout: VaultLayout, data_key: bytes, slots: list[tuple[str, Role]]) -> list[str]:
    """Rewrite a created vault's key file as version 1 with these slots and drop its seal."""
    salt = new_salt()
    made = [legacy_slot(data_key, passphrase, role, salt) for passphrase, role in slots]
    layout.key_file.write_bytes(
        keyfile.dumps(KeyFile(keyfile.VERSION, tuple(made))).replace(b'"version": 2', b'"version": 1')
    )
    conn = open_database(layout.db, data_key)
    with conn:
        conn.execute("DELETE FROM settings WHERE key = 'protected.seal'")
    conn.close()
    return [s.id for s in made]


__all__ = ["legacy_slot", "make_legacy", "write_key_file"]
