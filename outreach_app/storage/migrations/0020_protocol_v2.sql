-- 0020 protocol v2 (issue 21): each consented purpose leaves as its own sealed envelope.
--
-- * purpose_verifiers: the per-purpose withdrawal verifiers of a withdrawal code
--   (protocol/verifier.purpose_verifiers), written when the code is issued, keyed by the v1
--   verifier that consents already carry. The code itself is never stored.
-- * outbox_envelopes: the envelopes sealed from an outbox item, one per envelope purpose.
--   `header` is the canonical JSON of the clear EnvelopeHeader, `ciphertext` the base64 sealed
--   box (only the desk can open it), both immutable. `state`: pending (to send), sent (a
--   valid receipt came back), parked (refused: a person decides). The item is sent when all
--   of its envelopes are.
CREATE TABLE purpose_verifiers (
    verifier   TEXT PRIMARY KEY NOT NULL,
    by_purpose TEXT NOT NULL  -- JSON object {purpose: verifier}
) WITHOUT ROWID;

CREATE TABLE outbox_envelopes (
    envelope_id    TEXT PRIMARY KEY NOT NULL,
    item_id        TEXT NOT NULL,
    purpose        TEXT NOT NULL,
    desk_id        TEXT NOT NULL,
    bundle_version INTEGER NOT NULL,
    header         TEXT NOT NULL,
    ciphertext     TEXT NOT NULL,
    content_hash   TEXT NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending',
    receipt        TEXT,
    last_error     TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (item_id, purpose)
);
CREATE INDEX outbox_envelopes_by_state ON outbox_envelopes(state, created_at);

CREATE TRIGGER outbox_envelopes_sealed BEFORE UPDATE OF
    envelope_id, item_id, purpose, desk_id, bundle_version, header, ciphertext, content_hash
ON outbox_envelopes BEGIN
    SELECT RAISE(ABORT, 'sealed envelopes are immutable');
END;
