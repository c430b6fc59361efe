-- 0025 outbox: what a sync pass writes goes to the end of narrow tables (issue 20).
--
-- Two layout changes, both about the pages a pass writes per report (docs/performance.md,
-- sync): the transition log keyed by a number instead of a random id, and an envelope's
-- result (sent or parked, its receipt) kept apart from its sealed text.
--
-- The log was indexed by (item_id, seq), and item ids are random UUIDs: every batch the sync
-- pass moved (queued -> sending, then sending -> sent) put its 500 log entries on nearly as
-- many index pages spread over the whole index, which were then written to disk (about 40 %
-- of the pages a pass wrote per report; docs/performance.md, sync). Items now get a number in
-- the order they were shared (`seq`), and the log is indexed by that number: the entries of
-- one batch, shared one after the other, sit side by side on a few pages at the index's end.
--
-- * outbox_items.seq: a number per item, in sharing order, never reused while the item is
--   kept; existing items are numbered in queue order. `storage/repos/outbox.insert_item`
--   gives it; the trigger numbers an item inserted without one.
-- * outbox_transitions.item_seq: the item's number; the repositories write it, the trigger
--   fills it for a row inserted without one. `item_id` stays (the audit trigger and the
--   statistics read it).
-- * outbox_envelopes keeps only what is sealed (immutable), numbered like items (`seq`).
--   Marking an envelope sent rewrote its whole ~1 KB row (header and ciphertext inline), four
--   envelopes a page, every page of the batch. Its result now goes into
--   outbox_envelope_results, one narrow row by the envelope's number, appended in the order
--   envelopes were sealed: no row means pending; `sent` (a valid receipt came back) or
--   `parked` (refused: a person decides). Existing results move there.
-- One transaction (storage/migrations.py): killed half-way, the vault is left as it was at
-- 0024, and the migration runs again at the next unlock.
ALTER TABLE outbox_items ADD COLUMN seq INTEGER;
UPDATE outbox_items SET seq = numbered.n
FROM (SELECT id, row_number() OVER (ORDER BY created_at, version, id) AS n FROM outbox_items) AS numbered
WHERE numbered.id = outbox_items.id;
CREATE UNIQUE INDEX outbox_items_by_seq ON outbox_items(seq);
CREATE TRIGGER outbox_items_numbered AFTER INSERT ON outbox_items WHEN new.seq IS NULL BEGIN
    UPDATE outbox_items SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM outbox_items) WHERE id = new.id;
END;

ALTER TABLE outbox_transitions ADD COLUMN item_seq INTEGER;
UPDATE outbox_transitions SET item_seq = o.seq FROM outbox_items AS o WHERE o.id = outbox_transitions.item_id;
DROP INDEX outbox_transitions_by_item;
CREATE INDEX outbox_transitions_by_item_seq ON outbox_transitions(item_seq, seq);
CREATE TRIGGER outbox_transitions_numbered AFTER INSERT ON outbox_transitions WHEN new.item_seq IS NULL
BEGIN
    UPDATE outbox_transitions SET item_seq = (SELECT seq FROM outbox_items WHERE id = new.item_id)
    WHERE seq = new.seq;
END;

ALTER TABLE outbox_envelopes ADD COLUMN seq INTEGER;
UPDATE outbox_envelopes SET seq = numbered.n
FROM (SELECT envelope_id, row_number() OVER (ORDER BY created_at, rowid) AS n FROM outbox_envelopes) AS numbered
WHERE numbered.envelope_id = outbox_envelopes.envelope_id;
CREATE UNIQUE INDEX outbox_envelopes_by_seq ON outbox_envelopes(seq);
CREATE TRIGGER outbox_envelopes_numbered AFTER INSERT ON outbox_envelopes WHEN new.seq IS NULL BEGIN
    UPDATE outbox_envelopes SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM outbox_envelopes)
    WHERE envelope_id = new.envelope_id;
END;

CREATE TABLE outbox_envelope_results (
    envelope_seq INTEGER PRIMARY KEY NOT NULL,  -- outbox_envelopes.seq
    state        TEXT NOT NULL CHECK (state IN ('sent', 'parked')),
    receipt      TEXT,  -- the EnvelopeReceipt as the server's reply encoded it
    last_error   TEXT,
    updated_at   TEXT NOT NULL
);
INSERT INTO outbox_envelope_results (envelope_seq, state, receipt, last_error, updated_at)
SELECT seq, state, receipt, last_error, updated_at FROM outbox_envelopes WHERE state IN ('sent', 'parked');

DROP INDEX outbox_envelopes_by_state;
ALTER TABLE outbox_envelopes DROP COLUMN state;
ALTER TABLE outbox_envelopes DROP COLUMN receipt;
ALTER TABLE outbox_envelopes DROP COLUMN last_error;
ALTER TABLE outbox_envelopes DROP COLUMN updated_at;
