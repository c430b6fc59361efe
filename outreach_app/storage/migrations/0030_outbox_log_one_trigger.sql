-- 0030 outbox: one trigger on the transition log instead of two (issue 20).
--
-- Every row inserted into outbox_transitions ran two triggers: 0004's audit trigger (shares
-- and withdrawals enter the audit log) and 0025's numbering (a row inserted without its item's
-- number gets it). SQLite runs a trigger's program for every row, WHEN clause included, so a
-- sync pass, which logs two moves per report, paid both programs per row: more than half the
-- CPU of its log inserts (docs/performance.md, sync). This is the same two actions, under the
-- same conditions, in one trigger; what the log and the audit log receive does not change.
-- One transaction (storage/migrations.py): killed half-way, the vault keeps its two triggers.
DROP TRIGGER audit_outbox_transitions;
DROP TRIGGER outbox_transitions_numbered;
CREATE TRIGGER outbox_transitions_logged AFTER INSERT ON outbox_transitions
WHEN new.item_seq IS NULL
    OR (new.from_state = 'consented' AND new.to_state IN ('queued', 'awaiting_review'))
    OR new.to_state IN ('withdrawal_pending', 'withdrawn')
BEGIN
    -- 0025: the item's number, for a row inserted without it
    UPDATE outbox_transitions SET item_seq = (SELECT seq FROM outbox_items WHERE id = new.item_id)
    WHERE new.item_seq IS NULL AND seq = new.seq;
    -- 0004: shares and withdrawals wait in audit_pending for the next audit write
    INSERT INTO audit_pending (at, kind, detail)
    SELECT new.at,
        CASE WHEN new.to_state IN ('withdrawal_pending', 'withdrawn') THEN 'withdrawal' ELSE 'share' END,
        json_object('item', new.item_id, 'state', new.to_state)
    WHERE (new.from_state = 'consented' AND new.to_state IN ('queued', 'awaiting_review'))
        OR new.to_state IN ('withdrawal_pending', 'withdrawn');
END;
