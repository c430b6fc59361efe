-- 0026: an envelope's result goes with it.
--
-- 0025 keeps an envelope's result (sent, parked) in outbox_envelope_results, keyed by the
-- envelope's number, and a new envelope takes max(seq) + 1. If an envelope were deleted and
-- its result row left behind, the next envelope sealed could take the freed number and read as
-- already sent: it would never leave. The one path that deletes envelopes today (erasing an
-- item that was never sent) deletes their results first; this trigger makes it hold for any
-- path, present or future.
CREATE TRIGGER outbox_envelope_results_follow AFTER DELETE ON outbox_envelopes BEGIN
    DELETE FROM outbox_envelope_results WHERE envelope_seq = old.seq;
END;
