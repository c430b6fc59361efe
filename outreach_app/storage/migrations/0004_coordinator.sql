-- 0004 coordinator: statistics kept by triggers, the audit log, and what retention needs.
--
-- * stats_counts holds exact counts per period ('YYYY-MM' month or 'YYYY-Www' ISO week of the
--   record's local shift day), measure and up to two dimensions (dim2 of supplies, referrals
--   and incident types is the area id, '' for none, so counts can be mapped to server regions). Triggers on the core tables
--   keep it current as records are written, edited or deleted by a user, so statistics never
--   scan the records and survive retention.
-- * While retention purges, a row in stats_freeze (inserted and removed inside the purge's
--   own transaction) switches the triggers off: purging old records never changes a past month.
-- * stats_people_seen keeps, per month, which person ids had contacts (ids only, no alias), so
--   "unique people seen" survives the people themselves being purged.
-- * record_changes stamps the last change of incidents and people: retention counts from it.
-- * audit_log is the hash chain (storage/repos/audit.py); never purged.

CREATE TABLE stats_counts (
    period  TEXT NOT NULL,
    measure TEXT NOT NULL,
    dim1    TEXT NOT NULL DEFAULT '',
    dim2    TEXT NOT NULL DEFAULT '',
    n       INTEGER NOT NULL,
    PRIMARY KEY (period, measure, dim1, dim2)
) WITHOUT ROWID;
CREATE INDEX stats_counts_by_measure ON stats_counts(measure, period);

CREATE TABLE stats_people_seen (
    month     TEXT NOT NULL,
    person_id TEXT NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (month, person_id)
) WITHOUT ROWID;

CREATE TABLE stats_freeze (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

CREATE TABLE record_changes (
    record_kind TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL,
    role      TEXT,
    detail    TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);

-- Contacts -------------------------------------------------------------------------------------
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

-- An edit that moves a contact between cells: take it out of the old ones, put it in the new.
-- A person deleted under the contact (ON DELETE SET NULL) is not an edit of the contact: the
-- people-seen count stays, as it does when retention purges people.
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

-- Incidents ------------------------------------------------------------------------------------
CREATE TRIGGER stats_incidents_insert AFTER INSERT ON incidents
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO stats_counts (period, measure, dim1, dim2, n) VALUES
        (substr(new.local_date, 1, 7), 'incidents', coalesce(new.area_id, ''), '', 1)
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(new.local_date, 1, 7), 'incident_types', j.value, coalesce(new.area_id, ''), 1 FROM json_each(new.types) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stats_incidents_delete AFTER DELETE ON incidents
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO stats_counts (period, measure, dim1, dim2, n) VALUES
        (substr(old.local_date, 1, 7), 'incidents', coalesce(old.area_id, ''), '', -1)
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(old.local_date, 1, 7), 'incident_types', j.value, coalesce(old.area_id, ''), -1 FROM json_each(old.types) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER stats_incidents_update AFTER UPDATE OF local_date, area_id, types ON incidents
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze)
    AND (old.local_date IS NOT new.local_date OR old.area_id IS NOT new.area_id OR old.types IS NOT new.types)
BEGIN
    INSERT INTO stats_counts (period, measure, dim1, dim2, n) VALUES
        (substr(old.local_date, 1, 7), 'incidents', coalesce(old.area_id, ''), '', -1),
        (substr(new.local_date, 1, 7), 'incidents', coalesce(new.area_id, ''), '', 1)
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(old.local_date, 1, 7), 'incident_types', j.value, coalesce(old.area_id, ''), -1 FROM json_each(old.types) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
    INSERT INTO stats_counts (period, measure, dim1, dim2, n)
        SELECT substr(new.local_date, 1, 7), 'incident_types', j.value, coalesce(new.area_id, ''), 1 FROM json_each(new.types) AS j
        WHERE true
    ON CONFLICT (period, measure, dim1, dim2) DO UPDATE SET n = n + excluded.n;
END;

-- Last change of incidents and people, for retention ------------------------------------------
CREATE TRIGGER changes_incidents_insert AFTER INSERT ON incidents
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO record_changes (record_kind, record_id, changed_at)
        VALUES ('incident', new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (record_kind, record_id) DO UPDATE SET changed_at = excluded.changed_at;
END;
CREATE TRIGGER changes_incidents_update AFTER UPDATE ON incidents
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO record_changes (record_kind, record_id, changed_at)
        VALUES ('incident', new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (record_kind, record_id) DO UPDATE SET changed_at = excluded.changed_at;
END;
CREATE TRIGGER changes_incidents_delete AFTER DELETE ON incidents BEGIN
    DELETE FROM record_changes WHERE record_kind = 'incident' AND record_id = old.id;
END;
CREATE TRIGGER changes_people_insert AFTER INSERT ON people
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO record_changes (record_kind, record_id, changed_at)
        VALUES ('person', new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (record_kind, record_id) DO UPDATE SET changed_at = excluded.changed_at;
END;
CREATE TRIGGER changes_people_update AFTER UPDATE ON people
WHEN NOT EXISTS (SELECT 1 FROM stats_freeze) BEGIN
    INSERT INTO record_changes (record_kind, record_id, changed_at)
        VALUES ('person', new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    ON CONFLICT (record_kind, record_id) DO UPDATE SET changed_at = excluded.changed_at;
END;
CREATE TRIGGER changes_people_delete AFTER DELETE ON people BEGIN
    DELETE FROM record_changes WHERE record_kind = 'person' AND record_id = old.id;
END;

-- Retention may blank the payload of a report the server confirmed long ago (the report id,
-- content hash and withdrawal verifier stay, so the person can still withdraw). 0002 makes
-- sealed columns immutable; this keeps that rule and allows exactly that one change.
DROP TRIGGER IF EXISTS outbox_items_sealed;
CREATE TRIGGER outbox_items_sealed BEFORE UPDATE OF
    payload, content_hash, report_id, incident_id, version, consent_version, purposes, supersedes
ON outbox_items
WHEN NOT (
    new.payload = '' AND old.state IN ('sent', 'superseded', 'withdrawn')
    AND new.content_hash IS old.content_hash AND new.report_id IS old.report_id
    AND new.incident_id IS old.incident_id AND new.version IS old.version
    AND new.consent_version IS old.consent_version AND new.purposes IS old.purposes
    AND new.supersedes IS old.supersedes
)
BEGIN
    SELECT RAISE(ABORT, 'sealed outbox payloads are immutable');
END;

-- Sharing and withdrawals enter the audit log by trigger, so no code path can skip them:
-- each relevant outbox state change (ids only) waits in audit_pending until the next audit
-- write folds it into the hash chain (storage/repos/audit.py, in the same transaction).
-- Review decisions are audited by the coordinator service, with the reviewer's role.
CREATE TABLE audit_pending (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    kind   TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TRIGGER audit_outbox_transitions AFTER INSERT ON outbox_transitions
WHEN (new.from_state = 'consented' AND new.to_state IN ('queued', 'awaiting_review'))
    OR new.to_state IN ('withdrawal_pending', 'withdrawn')
BEGIN
    INSERT INTO audit_pending (at, kind, detail) VALUES (
        new.at,
        CASE WHEN new.to_state IN ('withdrawal_pending', 'withdrawn') THEN 'withdrawal' ELSE 'share' END,
        json_object('item', new.item_id, 'state', new.to_state)
    );
END;
CREATE TRIGGER audit_outbox_withdrawals AFTER INSERT ON outbox_withdrawals
WHEN new.report_id IS NULL
BEGIN
    INSERT INTO audit_pending (at, kind, detail) VALUES (
        new.created_at, 'withdrawal', json_object('withdrawal', new.id, 'by', 'code')
    );
END;

-- Every sync pass the sync state records (a success, or one more consecutive failure)
-- becomes an audit entry too, folded into the chain like the outbox events above.
CREATE TRIGGER audit_sync_success AFTER UPDATE OF last_success_at ON sync_state
WHEN new.last_success_at IS NOT NULL AND new.last_success_at IS NOT old.last_success_at
BEGIN
    INSERT INTO audit_pending (at, kind, detail) VALUES (
        new.last_success_at, 'sync', json_object('ok', 1, 'parked', new.parked_count)
    );
END;
CREATE TRIGGER audit_sync_failure AFTER UPDATE OF consecutive_failures ON sync_state
WHEN new.consecutive_failures > old.consecutive_failures
BEGIN
    INSERT INTO audit_pending (at, kind, detail) VALUES (
        coalesce(new.last_attempt_at, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')), 'sync',
        json_object('ok', 0, 'failures', new.consecutive_failures)
    );
END;
