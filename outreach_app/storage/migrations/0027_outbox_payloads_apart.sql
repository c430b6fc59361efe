-- 0027 outbox: an item's sealed payload apart from its state (issue 20).
--
-- A sync pass moves every item it sends twice (queued -> sending before the batch leaves,
-- sending -> sent on its receipt), and each move rewrote the whole item row with its sealed
-- payload inline (~460 characters of canonical JSON): about two thirds of the item pages a
-- pass wrote were payload bytes that never change (docs/performance.md, sync). The payload
-- now lives in outbox_payloads, one row by the item's number (`seq`, 0025), written once when
-- the item is sealed and appended in sharing order; the item row keeps only what moves.
--
-- * outbox_payloads(item_seq, payload): every existing item's payload moves there, blanked
--   ones ('' after retention) included, so every item has exactly one payload row.
-- * Sealed stays sealed: the payload may only be blanked, and only once its item is sent,
--   superseded or withdrawn (the rule 0004 gave the column); an item's other sealed columns
--   keep 0004's trigger, without the column that left.
-- * A payload goes with its item (trigger on delete): a number is never reused while the
--   item is kept, and a deleted item takes its payload with it, so a later item cannot meet
--   an orphan under its number.
-- One transaction (storage/migrations.py): killed half-way, the vault is left as it was at
-- 0026 and the migration runs again at the next unlock.
CREATE TABLE outbox_payloads (
    item_seq INTEGER PRIMARY KEY NOT NULL,  -- outbox_items.seq
    payload  TEXT NOT NULL                  -- the canonical JSON sent (0002); '' once retention blanked it
);
INSERT INTO outbox_payloads (item_seq, payload) SELECT seq, payload FROM outbox_items ORDER BY seq;

DROP TRIGGER IF EXISTS outbox_items_sealed;
ALTER TABLE outbox_items DROP COLUMN payload;
CREATE TRIGGER outbox_items_sealed BEFORE UPDATE OF
    content_hash, report_id, incident_id, version, consent_version, purposes, supersedes
ON outbox_items BEGIN
    SELECT RAISE(ABORT, 'sealed outbox payloads are immutable');
END;

CREATE TRIGGER outbox_payloads_sealed BEFORE UPDATE ON outbox_payloads
WHEN NOT (
    new.payload = '' AND new.item_seq IS old.item_seq
    AND (SELECT state FROM outbox_items WHERE seq = old.item_seq) IN ('sent', 'superseded', 'withdrawn')
)
BEGIN
    SELECT RAISE(ABORT, 'sealed outbox payloads are immutable');
END;

CREATE TRIGGER outbox_payloads_follow AFTER DELETE ON outbox_items BEGIN
    DELETE FROM outbox_payloads WHERE item_seq = old.seq;
END;
