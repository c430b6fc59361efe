-- 0014 perpetrators' e-mail addresses (issue 14): looked up like numbers and plates, and
-- matched by the offline alert check (number / plate / e-mail / handle).
--
-- * email_index: the lower-case addresses of records (domain.normalise.check_email_input),
--   exact lookup; kept by incidents.py like phone_index and plate_index, dropped with the
--   record by a trigger. No stored incident has an address before this migration (the field
--   is new), so there is nothing to back-fill.
-- * alert_identifiers gains the kind 'email'. A CHECK constraint cannot be altered in
--   SQLite, so the table is rebuilt with its rows; nothing else refers to it.

CREATE TABLE email_index (
    email       TEXT NOT NULL,
    record_kind TEXT NOT NULL,
    record_id   TEXT NOT NULL,
    PRIMARY KEY (record_kind, record_id, email)
) WITHOUT ROWID;
CREATE INDEX email_index_by_email ON email_index(email);

CREATE TRIGGER incidents_drop_emails AFTER DELETE ON incidents BEGIN
    DELETE FROM email_index WHERE record_kind = 'incident' AND record_id = old.id;
END;

CREATE TABLE alert_identifiers_0014 (
    kind     TEXT NOT NULL CHECK (kind IN ('phone', 'plate', 'handle', 'email')),
    value    TEXT NOT NULL,
    alert_id TEXT NOT NULL REFERENCES alerts(alert_id) ON DELETE CASCADE,
    PRIMARY KEY (kind, value, alert_id)
) WITHOUT ROWID;
INSERT INTO alert_identifiers_0014(kind, value, alert_id) SELECT kind, value, alert_id FROM alert_identifiers;
DROP TABLE alert_identifiers;
ALTER TABLE alert_identifiers_0014 RENAME TO alert_identifiers;
CREATE INDEX alert_identifiers_by_alert ON alert_identifiers(alert_id);
