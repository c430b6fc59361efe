-- 0021 the charity desk (issue 22): a desk vault holds the desk's keys, the decrypted queue of
-- envelopes it pulled, what withdrawals removed, and its alerts. In a worker's vault these
-- tables stay empty.
--
-- * desk_identity: one row. Private keys (raw, base64) live only here, inside the encrypted DB
--   (and in a passphrase-protected transfer file when the desk makes one for a second desk).
-- * desk_queue: one decrypted envelope per row; state new -> in_review -> done.
-- * desk_withdrawn: a withdrawal that arrived: the decrypted copy was deleted; the row keeps
--   only ids, purpose, region, month and whether the disclosure log showed it had been
--   disclosed (NULL: no disclosure log in this vault).
-- * desk_alerts: alerts drafted on this desk, by id; `alert` is the unsigned Alert's JSON,
--   `signed` the signed one last published; `flagged` when the source report was withdrawn.
CREATE TABLE desk_identity (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    role           TEXT NOT NULL,
    desk_id        TEXT NOT NULL,
    label          TEXT NOT NULL,
    auth_private   TEXT NOT NULL,
    enc_private    TEXT,
    sign_private   TEXT,
    server_url     TEXT,
    server_desk_id TEXT,
    created_at     TEXT NOT NULL
);

CREATE TABLE desk_queue (
    envelope_id TEXT PRIMARY KEY NOT NULL,
    purpose     TEXT NOT NULL,
    org_id      TEXT NOT NULL,
    region_id   TEXT NOT NULL,
    month       TEXT NOT NULL,
    header      TEXT NOT NULL,
    content     TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'in_review', 'done')),
    pulled_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX desk_queue_by_state ON desk_queue(state, purpose, region_id, month);

CREATE TABLE desk_withdrawn (
    envelope_id  TEXT PRIMARY KEY NOT NULL,
    purpose      TEXT NOT NULL,
    region_id    TEXT NOT NULL,
    month        TEXT NOT NULL,
    withdrawn_at TEXT NOT NULL,
    disclosed    INTEGER
) WITHOUT ROWID;

CREATE TABLE desk_alerts (
    alert_id           TEXT PRIMARY KEY NOT NULL,
    source_envelope_id TEXT,
    version            INTEGER NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('draft', 'published', 'expired', 'withdrawn')),
    alert              TEXT NOT NULL,
    signed             TEXT,
    fingerprint        TEXT,
    flagged            TEXT,
    updated_at         TEXT NOT NULL
) WITHOUT ROWID;
