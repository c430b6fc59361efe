-- 0028 contacts stored in the order they were added; `seq` (the sort key) moves from the
-- rowid to a unique index (issue 20: adding to a big vault).
--
-- Until now `seq`, which is time order (codec.py), was the table's rowid, so the rows of an
-- import dated over years interleaved with the stored ones: 100,000 contacts added to a vault
-- of 1,000,000 changed most of the table's leaf pages (each read, decrypted, re-encrypted,
-- written to the WAL and copied back; docs/performance.md, `outreach import`). With a hidden
-- rowid the table appends: an import writes its own new pages, and only the indexes (small
-- entries, far fewer pages) take entries spread over time.
--
-- Readers are unchanged: every query names `seq` (`ORDER BY r.seq`, `r.seq = fts.rowid`,
-- keyset `seq < ?`), which the unique index `contacts_by_seq` now answers, and the full-text
-- index keeps `seq` as its rowid (`content_rowid = 'seq'`), so its rows need no rebuild.
-- `contacts_by_shift` and `contacts_by_local_date` end in `seq` so that a listing filtered
-- by shift or day still reads newest first from the index without a sort, as it did when
-- their entries ended in the rowid.
--
-- SQLite cannot change a table's primary key in place: the table is rebuilt (rows copied in
-- `seq` order, so stored contacts stay together by time), and the triggers, which go with
-- the old table, are created again exactly as 0001, 0004 and 0019 left them. Nothing refers to
-- `contacts` by foreign key, so dropping it deletes nothing elsewhere. One transaction
-- (migrations.py): a crash or an error leaves the vault as it was before 0028.

CREATE TABLE contacts_0028 (
    seq         INTEGER NOT NULL,
    id          TEXT NOT NULL UNIQUE,
    occurred_at TEXT NOT NULL,
    local_date  TEXT NOT NULL,
    zone        TEXT NOT NULL,
    shift_id    TEXT REFERENCES shifts(id) ON DELETE SET NULL,
    area_id     TEXT REFERENCES areas(id) ON DELETE SET NULL,
    person_id   TEXT REFERENCES people(id) ON DELETE SET NULL,
    kind        TEXT NOT NULL,
    supplies    TEXT NOT NULL DEFAULT '{}',  -- JSON object {supply kind: count > 0}
    referrals   TEXT NOT NULL DEFAULT '[]',  -- JSON array of referral kinds, sorted
    notes       TEXT NOT NULL DEFAULT ''
);
INSERT INTO contacts_0028 (seq, id, occurred_at, local_date, zone, shift_id, area_id, person_id, kind,
                           supplies, referrals, notes)
    SELECT seq, id, occurred_at, local_date, zone, shift_id, area_id, person_id, kind,
           supplies, referrals, notes
    FROM contacts ORDER BY seq;
DROP TABLE contacts;
ALTER TABLE contacts_0028 RENAME TO contacts;

CREATE UNIQUE INDEX contacts_by_seq ON contacts(seq);
CREATE INDEX contacts_by_area ON contacts(area_id, seq) WHERE area_id IS NOT NULL;
CREATE INDEX contacts_by_person ON contacts(person_id, seq) WHERE person_id IS NOT NULL;
CREATE INDEX contacts_by_shift ON contacts(shift_id, seq) WHERE shift_id IS NOT NULL;
CREATE INDEX contacts_by_local_date ON contacts(local_date, seq);

-- The triggers as they stood before this migration (0001, 0004, 0019), unchanged.
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, notes) VALUES ('delete', old.seq, old.notes);
END;

CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts
WHEN NOT EXISTS (SELECT 1 FROM bulk_load) BEGIN
    INSERT INTO contacts_fts(rowid, notes) VALUES (new.seq, new.notes);
END;

CREATE TRIGGER contacts_fts_update AFTER UPDATE OF seq, notes ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, notes) VALUES ('delete', old.seq, old.notes);
    INSERT INTO contacts_fts(rowid, notes) VALUES (new.seq, new.notes);
END;

CREATE TRIGGER stats_contacts_delete AFTER DELETE ON contacts
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO stats_counts (period, measure, dim1, dim2, n) VALUES
        (substr(old.local_date, 1, 7), 'contacts', coalesce(old.area_id, ''), old.kind, -1),
        (strftime('%G-W%V', old.local_date), 'contacts', coalesce(old.area_id, ''), old.kind, -1),
        (substr(old.local_date, 1, 7), 'contacts_mode', coalesce(old.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = old.shift_id), 'none'), -1),
        (strftime('%G-W%V', old.local_date), 'contacts_mode', coalesce(old.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = old.shift_id), 'none'), -1)
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(old.local_date, 1, 7), 'supplies', j.key, coalesce(old.area_id, ''), -j.value FROM json_each(old.supplies) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(old.local_date, 1, 7), 'referrals', j.value, coalesce(old.area_id, ''), -1 FROM json_each(old.referrals) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    UPDATE stats_people_seen SET n = n - 1
        WHERE old.person_id IS NOT NULL AND month = substr(old.local_date, 1, 7) AND person_id = old.person_id;
    DELETE FROM stats_people_seen WHERE n <= 0;
END;

CREATE TRIGGER stats_contacts_insert AFTER INSERT ON contacts
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO stats_counts (period, measure, dim1, dim2, n) VALUES
        (substr(new.local_date, 1, 7), 'contacts', coalesce(new.area_id, ''), new.kind, 1),
        (strftime('%G-W%V', new.local_date), 'contacts', coalesce(new.area_id, ''), new.kind, 1),
        (substr(new.local_date, 1, 7), 'contacts_mode', coalesce(new.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = new.shift_id), 'none'), 1),
        (strftime('%G-W%V', new.local_date), 'contacts_mode', coalesce(new.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = new.shift_id), 'none'), 1)
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(new.local_date, 1, 7), 'supplies', j.key, coalesce(new.area_id, ''), j.value FROM json_each(new.supplies) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(new.local_date, 1, 7), 'referrals', j.value, coalesce(new.area_id, ''), 1 FROM json_each(new.referrals) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_people_seen (month, person_id, n)
        SELECT substr(new.local_date, 1, 7), new.person_id, 1 WHERE new.person_id IS NOT NULL
    ON CONFLICT (month, person_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER stats_contacts_update AFTER UPDATE OF local_date, area_id, kind, shift_id, supplies, referrals, person_id
ON contacts
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze)
    AND (old.local_date IS NOT new.local_date OR old.area_id IS NOT new.area_id OR old.kind IS NOT new.kind
         OR old.shift_id IS NOT new.shift_id OR old.supplies IS NOT new.supplies
         OR old.referrals IS NOT new.referrals OR old.person_id IS NOT new.person_id)
BEGIN
    INSERT INTO stats_counts (period, measure, dim1, dim2, n) VALUES
        (substr(old.local_date, 1, 7), 'contacts', coalesce(old.area_id, ''), old.kind, -1),
        (strftime('%G-W%V', old.local_date), 'contacts', coalesce(old.area_id, ''), old.kind, -1),
        (substr(new.local_date, 1, 7), 'contacts', coalesce(new.area_id, ''), new.kind, 1),
        (strftime('%G-W%V', new.local_date), 'contacts', coalesce(new.area_id, ''), new.kind, 1)
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    -- The shift's mode is looked up now for both sides; a shift deleted under the contact
    -- (SET NULL) therefore moves the contact to 'none' consistently.
    INSERT INTO stats_counts (period, measure, dim1, dim2, n) VALUES
        (substr(old.local_date, 1, 7), 'contacts_mode', coalesce(old.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = old.shift_id), 'none'), -1),
        (strftime('%G-W%V', old.local_date), 'contacts_mode', coalesce(old.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = old.shift_id), 'none'), -1),
        (substr(new.local_date, 1, 7), 'contacts_mode', coalesce(new.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = new.shift_id), 'none'), 1),
        (strftime('%G-W%V', new.local_date), 'contacts_mode', coalesce(new.area_id, ''),
            coalesce((SELECT mode FROM shifts WHERE id = new.shift_id), 'none'), 1)
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(old.local_date, 1, 7), 'supplies', j.key, coalesce(old.area_id, ''), -j.value FROM json_each(old.supplies) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(new.local_date, 1, 7), 'supplies', j.key, coalesce(new.area_id, ''), j.value FROM json_each(new.supplies) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(old.local_date, 1, 7), 'referrals', j.value, coalesce(old.area_id, ''), -1 FROM json_each(old.referrals) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(new.local_date, 1, 7), 'referrals', j.value, coalesce(new.area_id, ''), 1 FROM json_each(new.referrals) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    UPDATE stats_people_seen SET n = n - 1
        WHERE old.person_id IS NOT NULL AND month = substr(old.local_date, 1, 7) AND person_id = old.person_id
          AND (new.person_id IS NOT NULL OR EXISTS (SELECT 1 FROM people WHERE id = old.person_id));
    INSERT INTO stats_people_seen (month, person_id, n)
        SELECT substr(new.local_date, 1, 7), new.person_id, 1 WHERE new.person_id IS NOT NULL
    ON CONFLICT (month, person_id) DO UPDATE SET n = n + 1;
    DELETE FROM stats_people_seen WHERE n <= 0;
END;

