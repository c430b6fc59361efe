-- 0015 people.alias_key: the exact-match key of an alias (domain.aliases.alias_key), indexed,
-- so finding a person by alias is exact and complete (full-text search ranks and limits).
-- `outreach_alias_key` is the same Python function, registered on every connection
-- (storage/connection.py); the repository writes the key with every insert and update.

ALTER TABLE people ADD COLUMN alias_key TEXT NOT NULL DEFAULT '';
UPDATE people SET alias_key = outreach_alias_key(alias);
CREATE INDEX people_by_alias_key ON people(alias_key);
