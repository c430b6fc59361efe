-- 0016 outside files (issue 16): every file the app writes outside the vault (exports,
-- statistics PDFs, backups, handouts and slips saved as PDF), so that quick delete can
-- destroy them too. Kept here, inside the encrypted DB: the paths themselves say what was
-- exported and when. `kind` says how to destroy it (a backup's key member goes first).

CREATE TABLE outside_files (
    path       TEXT PRIMARY KEY NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('export', 'statistics', 'backup', 'handout', 'print')),
    written_at TEXT NOT NULL
) WITHOUT ROWID;
