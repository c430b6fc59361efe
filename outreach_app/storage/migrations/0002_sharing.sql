-- 0002 sharing: consent versions, the per-incident sharing state, the outbox of sealed
-- reports with every state change logged, and withdrawals waiting for the server.
--
-- * consents: one row per version; `verifier` is the withdrawal code's SHA-256 verifier
--   (protocol/verifier.py), never the code itself.
-- * sharing_state: one row per incident that has consent. `next_report_id` is reserved so
--   the preview shows the exact report id that sealing will use.
-- * outbox_items: sealed SharedReports. `payload` is the canonical JSON text that is sent and
--   `content_hash` its SHA-256; both are immutable (trigger). Incidents may be purged by
--   retention while a report is still withdrawable, so incident_id is not a foreign key.
-- * outbox_transitions: every state change of every item (sharing/outbox_states.py).
-- * outbox_withdrawals: withdrawals for the server, by report id or (a code from another
--   device) by verifier alone.

CREATE TABLE consents (
    incident_id     TEXT NOT NULL,
    version         INTEGER NOT NULL CHECK (version >= 1),
    decisions       TEXT NOT NULL,  -- JSON object {purpose: true|false} for every purpose
    recorded_at     TEXT NOT NULL,
    worker_initials TEXT NOT NULL,
    method          TEXT NOT NULL,
    change          TEXT NOT NULL,  -- given | changed | withdrawn
    verifier        TEXT NOT NULL,
    PRIMARY KEY (incident_id, version)
) WITHOUT ROWID;
CREATE INDEX consents_by_verifier ON consents(verifier);

CREATE TABLE sharing_state (
    incident_id     TEXT PRIMARY KEY NOT NULL,
    state           TEXT NOT NULL,  -- consented | sealed | withdrawn
    next_report_id  TEXT NOT NULL,
    current_item_id TEXT,
    sealed_versions INTEGER NOT NULL DEFAULT 0,
    updated_at      TEXT NOT NULL
);

CREATE TABLE outbox_items (
    id              TEXT PRIMARY KEY NOT NULL,
    incident_id     TEXT NOT NULL,
    report_id       TEXT NOT NULL UNIQUE,
    version         INTEGER NOT NULL,
    consent_version INTEGER NOT NULL,
    purposes        TEXT NOT NULL,  -- JSON sorted array of the purposes whose sections it holds
    state           TEXT NOT NULL,
    payload         TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    supersedes      TEXT,
    last_error      TEXT,
    receipt         TEXT,           -- JSON of the protocol Receipt that proved delivery
    attempts        INTEGER NOT NULL DEFAULT 0,
    ever_sending    INTEGER NOT NULL DEFAULT 0,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (incident_id, version)
);
CREATE INDEX outbox_items_by_state ON outbox_items(state, created_at);
CREATE INDEX outbox_items_by_incident ON outbox_items(incident_id, version);

CREATE TRIGGER outbox_items_sealed BEFORE UPDATE OF
    payload, content_hash, report_id, incident_id, version, consent_version, purposes, supersedes
ON outbox_items BEGIN
    SELECT RAISE(ABORT, 'sealed outbox payloads are immutable');
END;

CREATE TABLE outbox_transitions (
    seq        INTEGER PRIMARY KEY,
    item_id    TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    at         TEXT NOT NULL,
    reason     TEXT
);
CREATE INDEX outbox_transitions_by_item ON outbox_transitions(item_id, seq);

CREATE TABLE outbox_withdrawals (
    id          TEXT PRIMARY KEY NOT NULL,
    incident_id TEXT,
    report_id   TEXT,
    verifier    TEXT,
    purposes    TEXT NOT NULL,  -- JSON sorted array of purposes withdrawn
    state       TEXT NOT NULL,  -- pending | done
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    result      TEXT,           -- JSON of the protocol WithdrawalResult
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK ((report_id IS NULL) <> (verifier IS NULL))
);
CREATE INDEX outbox_withdrawals_by_state ON outbox_withdrawals(state, created_at);
CREATE INDEX outbox_withdrawals_by_report ON outbox_withdrawals(report_id);
