-- 0001 core schema: areas, shifts, people, contacts, incidents, their full-text
-- indexes and normalised phone/plate tables, settings and drafts.
--
-- Conventions (docs/storage.md has the full table):
-- * `id` is the record's UUID as text (36 chars, lower case); foreign keys use it.
-- * Times are UTC ISO 8601 text `YYYY-MM-DDTHH:MM:SS.ffffffZ`; `zone` is the device's
--   zone when recorded; `local_date` is the shift day in that zone (a night 22:00-06:00
--   belongs to the date it began), so monthly counts need no time-zone maths in SQL.
-- * contacts and incidents have `seq INTEGER PRIMARY KEY` = a sort key derived from
--   occurred_at (epoch ms * 8192 + a tie-breaker). Newest-first listing is rowid order
--   and the FTS rowid is the same key, so a word query newest-first stops after N hits.
-- * FTS5 tables are external-content (no second copy of the text), kept by triggers,
--   with secure-delete on so deleted words leave the index pages.

CREATE TABLE areas (
    id        TEXT PRIMARY KEY NOT NULL,
    name      TEXT NOT NULL,
    region_id TEXT
);

CREATE TABLE shifts (
    id             TEXT PRIMARY KEY NOT NULL,
    started_at     TEXT NOT NULL,
    ended_at       TEXT,
    local_date     TEXT NOT NULL,
    area_id        TEXT REFERENCES areas(id) ON DELETE SET NULL,
    mode           TEXT NOT NULL,
    staff_initials TEXT NOT NULL,
    zone           TEXT NOT NULL
);
CREATE INDEX shifts_by_start ON shifts(started_at);
CREATE INDEX shifts_by_area ON shifts(area_id);

CREATE TABLE people (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    alias              TEXT NOT NULL,
    age_band           TEXT NOT NULL,
    gender             TEXT NOT NULL,
    preferred_language TEXT NOT NULL DEFAULT '',
    notes              TEXT NOT NULL DEFAULT ''
);

-- person_id: deleting a person keeps their contacts/incidents, unlinked (ON DELETE SET NULL).
-- Erasure on request (`forget`) deletes those records explicitly first (storage/forget.py).
CREATE TABLE contacts (
    seq         INTEGER PRIMARY KEY,
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
CREATE INDEX contacts_by_area ON contacts(area_id, seq);
CREATE INDEX contacts_by_person ON contacts(person_id, seq);
CREATE INDEX contacts_by_shift ON contacts(shift_id);
CREATE INDEX contacts_by_local_date ON contacts(local_date);

CREATE TABLE incidents (
    seq                INTEGER PRIMARY KEY,
    id                 TEXT NOT NULL UNIQUE,
    person_id          TEXT REFERENCES people(id) ON DELETE SET NULL,
    worker_initials    TEXT NOT NULL,
    reported_at        TEXT NOT NULL,
    occurred_at        TEXT NOT NULL,
    occurred_precision TEXT NOT NULL,
    local_date         TEXT NOT NULL,
    zone               TEXT NOT NULL,
    area_id            TEXT REFERENCES areas(id) ON DELETE SET NULL,
    location_note      TEXT NOT NULL DEFAULT '',
    types              TEXT NOT NULL,               -- JSON array of incident types, sorted
    injury_severity    TEXT NOT NULL,
    injury_notes       TEXT NOT NULL DEFAULT '',
    weapon_used        INTEGER NOT NULL DEFAULT 0,
    weapon_description TEXT NOT NULL DEFAULT '',
    perpetrators       TEXT NOT NULL DEFAULT '[]',  -- JSON array of Perpetrator objects
    vehicles           TEXT NOT NULL DEFAULT '[]',  -- JSON array of Vehicle objects
    narrative          TEXT NOT NULL DEFAULT '',
    alert_summary      TEXT NOT NULL DEFAULT '',
    police_told        INTEGER NOT NULL DEFAULT 0,
    search_text        TEXT NOT NULL DEFAULT ''     -- words indexed by incidents_fts (repo-built)
);
CREATE INDEX incidents_by_area ON incidents(area_id, seq);
CREATE INDEX incidents_by_person ON incidents(person_id, seq);
CREATE INDEX incidents_by_local_date ON incidents(local_date);

-- Normalised numbers and plates (domain/normalise.py) of records, for exact/partial lookup.
-- `digits_reversed` turns "ends with" into an indexed prefix range.
CREATE TABLE phone_index (
    number          TEXT NOT NULL,
    digits_reversed TEXT NOT NULL,
    record_kind     TEXT NOT NULL,
    record_id       TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, number)
) WITHOUT ROWID;
CREATE INDEX phone_index_by_digits ON phone_index(digits_reversed);

CREATE TABLE plate_index (
    plate       TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, plate)
) WITHOUT ROWID;
CREATE INDEX plate_index_by_plate ON plate_index(plate);

CREATE TRIGGER incidents_drop_numbers AFTER DELETE ON incidents BEGIN
    DELETE FROM phone_index WHERE record_kind = 'incident' AND record_id = old.id;
    DELETE FROM plate_index WHERE record_kind = 'incident' AND record_id = old.id;
END;

-- Full-text search ------------------------------------------------------------------------
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    notes, content = 'contacts', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO contacts_fts(contacts_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts(rowid, notes) VALUES (new.seq, new.notes);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, notes) VALUES ('delete', old.seq, old.notes);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF seq, notes ON contacts BEGIN
    INSERT INTO contacts_fts(contacts_fts, rowid, notes) VALUES ('delete', old.seq, old.notes);
    INSERT INTO contacts_fts(rowid, notes) VALUES (new.seq, new.notes);
END;

CREATE VIRTUAL TABLE people_fts USING fts5(
    alias, notes, content = 'people', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO people_fts(people_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_fts(rowid, alias, notes) VALUES (new.seq, new.alias, new.notes);
END;
CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    INSERT INTO people_fts(people_fts, rowid, alias, notes) VALUES ('delete', old.seq, old.alias, old.notes);
END;
CREATE TRIGGER people_fts_update AFTER UPDATE OF seq, alias, notes ON people BEGIN
    INSERT INTO people_fts(people_fts, rowid, alias, notes) VALUES ('delete', old.seq, old.alias, old.notes);
    INSERT INTO people_fts(rowid, alias, notes) VALUES (new.seq, new.alias, new.notes);
END;

CREATE VIRTUAL TABLE incidents_fts USING fts5(
    search_text, content = 'incidents', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO incidents_fts(incidents_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER incidents_fts_insert AFTER INSERT ON incidents BEGIN
    INSERT INTO incidents_fts(rowid, search_text) VALUES (new.seq, new.search_text);
END;
CREATE TRIGGER incidents_fts_delete AFTER DELETE ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;
CREATE TRIGGER incidents_fts_update AFTER UPDATE OF seq, search_text ON incidents BEGIN
    INSERT INTO incidents_fts(incidents_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
    INSERT INTO incidents_fts(rowid, search_text) VALUES (new.seq, new.search_text);
END;

-- Settings (JSON values) and drafts (half-filled forms saved on lock) ----------------------
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE drafts (
    id         TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
