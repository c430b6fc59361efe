-- 0018 device key (issue 16): the device's long-term secret is an Ed25519 private key kept
-- here, inside the encrypted DB, and nowhere else; the server holds its public key and gives
-- out bearer tokens of at most an hour against a signed challenge (kept in memory only).
-- * device_key: the 32-byte private key (raw seed). Made at enrolment, or at the first sync
--   of a link enrolled before keys, before the public key is sent.
-- * credential_store 'key': the key is registered; no bearer credential is kept anywhere.
--   'vault' / 'keyring' with a device_key: registration still to do with the one-time (or
--   old long-lived) credential kept there; it is dropped once the server has the key.
-- SQLite cannot change a CHECK in place, so the table is rebuilt (at most one row).

CREATE TABLE sync_link_0018 (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    server_url       TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    organisation     TEXT,
    credential_store TEXT NOT NULL CHECK (credential_store IN ('keyring', 'vault', 'key')),
    keyring_backend  TEXT,
    keyring_entry    TEXT,
    credential       TEXT,
    ca_bundle        TEXT,
    enrolled_at      TEXT NOT NULL,
    device_key       BLOB CHECK (device_key IS NULL OR length(device_key) = 32),
    CHECK ((credential_store = 'vault') = (credential IS NOT NULL)),
    CHECK ((credential_store = 'keyring') = (keyring_entry IS NOT NULL AND keyring_backend IS NOT NULL)),
    CHECK (credential_store != 'key' OR device_key IS NOT NULL)
);

INSERT INTO sync_link_0018 (
    id, server_url, device_id, organisation, credential_store, keyring_backend, keyring_entry,
    credential, ca_bundle, enrolled_at
)
SELECT id, server_url, device_id, organisation, credential_store, keyring_backend, keyring_entry,
       credential, ca_bundle, enrolled_at
FROM sync_link;

DROP TABLE sync_link;
ALTER TABLE sync_link_0018 RENAME TO sync_link;
