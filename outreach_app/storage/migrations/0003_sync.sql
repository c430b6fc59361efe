-- 0003 sync: the link to the charity server, its regions, the alerts it published (kept here,
-- inside the encrypted DB, for offline reading and matching), and the sync bookkeeping.
--
-- * sync_link: at most one row. The credential lives in the OS keyring (credential_store
--   'keyring': keyring_backend names the backend class, keyring_entry the entry) or, when no
--   allowlisted OS keyring exists, here (credential_store 'vault'): the DB is encrypted, so the
--   credential is never in plaintext on disk. The server address is here for the same reason:
--   it says who the user works with.
-- * server_regions: the organisation's regions from enrolment (areas.region_id points at them).
-- * alerts: the full Alert JSON by alert_id; alert_identifiers: normalised phone numbers
--   (E.164 without '+', or digits), plates and handles for offline matching.
-- * sync_state: one row: the alert feed cursor, last success, last error, next retry,
--   parked count, re-enrolment needed, and the digest of the statistics last accepted.

CREATE TABLE sync_link (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    server_url       TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    organisation     TEXT,
    credential_store TEXT NOT NULL CHECK (credential_store IN ('keyring', 'vault')),
    keyring_backend  TEXT,
    keyring_entry    TEXT,
    credential       TEXT,
    ca_bundle        TEXT,
    enrolled_at      TEXT NOT NULL,
    CHECK ((credential_store = 'vault') = (credential IS NOT NULL)),
    CHECK ((credential_store = 'keyring') = (keyring_entry IS NOT NULL AND keyring_backend IS NOT NULL))
);

CREATE TABLE server_regions (
    id   TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE alerts (
    alert_id    TEXT PRIMARY KEY NOT NULL,
    version     INTEGER NOT NULL,
    issued_on   TEXT NOT NULL,
    expires_on  TEXT NOT NULL,
    alert       TEXT NOT NULL,  -- the protocol Alert as JSON
    received_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX alerts_by_expiry ON alerts(expires_on);

CREATE TABLE alert_identifiers (
    kind     TEXT NOT NULL CHECK (kind IN ('phone', 'plate', 'handle')),
    value    TEXT NOT NULL,
    alert_id TEXT NOT NULL REFERENCES alerts(alert_id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value, alert_id)
) WITHOUT ROWID;
CREATE INDEX alert_identifiers_by_alert ON alert_identifiers(alert_id);

CREATE TABLE sync_state (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    feed_cursor          TEXT,
    last_attempt_at      TEXT,
    last_success_at      TEXT,
    last_alert_sync_at   TEXT,
    last_error           TEXT,
    next_retry_at        TEXT,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    parked_count         INTEGER NOT NULL DEFAULT 0,
    needs_reenrol        TEXT,   -- why the device must be enrolled again (NULL: it need not)
    stats_digest         TEXT,   -- SHA-256 of the statistics uploads the server last accepted
    audit_status         TEXT    -- the server's answer to the last audit head sent
);
INSERT INTO sync_state(id) VALUES (1);
