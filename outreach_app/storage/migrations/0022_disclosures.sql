-- 0022 the charity desk's disclosure log (issue 22): what went to which police force, when,
-- by whom; and the "notify <force>" tasks a later withdrawal of a disclosed report raises.
--
-- Ids, grades and names of forces and staff only: never a report's text (the export file is
-- the one place that holds it, and the desk chose to write it). The log is append-only:
-- a disclosure and its reports never change; a notice changes exactly once, when the desk
-- records that it told the force (notified_at/notified_by, from NULL to a value).
--
-- * desk_disclosure_exports: one export file sent to one force (who, when, format).
-- * desk_disclosures: one row per report in it (envelope id, purpose, the desk's 3x5x2 code);
--   the desk's queue (0021) asks this table whether a withdrawn report had been disclosed.
-- * desk_disclosure_notices: the "notify <force>" tasks a withdrawal raises.
CREATE TABLE desk_disclosure_exports (
    disclosure_id TEXT PRIMARY KEY NOT NULL,
    force         TEXT NOT NULL CHECK (length(force) BETWEEN 1 AND 200),
    disclosed_at  TEXT NOT NULL,
    disclosed_by  TEXT NOT NULL CHECK (length(disclosed_by) BETWEEN 1 AND 200),
    format        TEXT NOT NULL CHECK (format IN ('csv', 'pdf')),
    report_count  INTEGER NOT NULL CHECK (report_count >= 1)
) WITHOUT ROWID;

CREATE TABLE desk_disclosures (
    disclosure_id TEXT NOT NULL REFERENCES desk_disclosure_exports(disclosure_id),
    envelope_id   TEXT NOT NULL,
    purpose       TEXT NOT NULL CHECK (purpose IN ('police_intelligence', 'police_referral')),
    evaluation    TEXT NOT NULL,  -- the desk's 3x5x2 code, e.g. "2B P"
    PRIMARY KEY (disclosure_id, envelope_id)
) WITHOUT ROWID;
CREATE INDEX desk_disclosures_by_envelope ON desk_disclosures(envelope_id);

CREATE TABLE desk_disclosure_notices (
    notice_id     TEXT PRIMARY KEY NOT NULL,
    disclosure_id TEXT NOT NULL REFERENCES desk_disclosure_exports(disclosure_id),
    envelope_id   TEXT NOT NULL,
    force         TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason IN ('withdrawn')),
    raised_at     TEXT NOT NULL,
    notified_at   TEXT,
    notified_by   TEXT,
    CHECK ((notified_at IS NULL) = (notified_by IS NULL)),
    UNIQUE (disclosure_id, envelope_id, reason)
) WITHOUT ROWID;

CREATE TRIGGER desk_disclosure_exports_append_only_update BEFORE UPDATE ON desk_disclosure_exports BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;
CREATE TRIGGER desk_disclosure_exports_append_only_delete BEFORE DELETE ON desk_disclosure_exports BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;
CREATE TRIGGER desk_disclosures_append_only_update BEFORE UPDATE ON desk_disclosures BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;
CREATE TRIGGER desk_disclosures_append_only_delete BEFORE DELETE ON desk_disclosures BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;
CREATE TRIGGER desk_disclosure_notices_no_delete BEFORE DELETE ON desk_disclosure_notices BEGIN
    SELECT RAISE(ABORT, 'the disclosure log is append-only');
END;
CREATE TRIGGER desk_disclosure_notices_notified_once BEFORE UPDATE ON desk_disclosure_notices
WHEN OLD.notified_at IS NOT NULL
  OR NEW.notice_id IS NOT OLD.notice_id OR NEW.disclosure_id IS NOT OLD.disclosure_id
  OR NEW.envelope_id IS NOT OLD.envelope_id OR NEW.force IS NOT OLD.force
  OR NEW.reason IS NOT OLD.reason OR NEW.raised_at IS NOT OLD.raised_at
BEGIN
    SELECT RAISE(ABORT, 'a notice is marked notified once and otherwise never changes');
END;
