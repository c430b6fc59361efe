-- 0029 outbox: a receipt the sync push stores is kept as what varies in it (issue 20).
--
-- The push stored every envelope's receipt as JSON text (~200 characters: the envelope's id
-- and content hash, which its own row already holds and the receipt must repeat to count, its
-- day and status) and every item's receipt as JSON summed from them (~250 characters: the
-- item's content hash and report id, which its row holds, the day, the status and the number
-- of envelopes). Writing that text was a third of the push's SQL, and growing every item row
-- by it at settle split the pages of a whole batch (docs/performance.md, sync).
--
-- * outbox_envelope_results.status, received_on: a receipt without a reason is kept as these
--   two; `receipt` stays NULL and is rebuilt on read from them and the envelope's own id and
--   hash (the push stores a receipt only if both matched: storage/repos/sync_outbox.py). A
--   receipt with a reason keeps its full text, as before. Where both exist, the text wins.
-- * outbox_items.receipt_status, receipt_day, receipt_envelopes: an item settled from its
--   envelopes' receipts keeps its status, latest day and envelope count; `receipt` stays NULL
--   and is rebuilt on read (code 'envelopes', 'N envelope receipts', the item's hash and report
--   id). A receipt stored as text wins.
-- Nothing is rewritten: existing receipts keep their text. One transaction
-- (storage/migrations.py): killed half-way, the vault is left as it was at 0028.
ALTER TABLE outbox_envelope_results ADD COLUMN status TEXT;
ALTER TABLE outbox_envelope_results ADD COLUMN received_on TEXT;
ALTER TABLE outbox_items ADD COLUMN receipt_status TEXT;
ALTER TABLE outbox_items ADD COLUMN receipt_day TEXT;
ALTER TABLE outbox_items ADD COLUMN receipt_envelopes INTEGER;
