-- 0019 bulk load (issue 20): a large batch of contacts fills its full-text index in one
-- `INSERT … SELECT` and its statistics in one grouped pass (repos/contacts.py), instead of a
-- trigger per row (2–3× the cost of the insert itself). While a row is in `bulk_load`
-- (inserted and removed inside the batch's own transaction, like stats_freeze: a crash rolls
-- it back with the batch) the per-row full-text trigger stands aside.

CREATE TABLE bulk_load (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

DROP TRIGGER contacts_fts_insert;
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts
WHEN NOT EXISTS (SELECT 1 FROM bulk_load) BEGIN
    INSERT INTO contacts_fts(rowid, notes) VALUES (new.seq, new.notes);
END;
