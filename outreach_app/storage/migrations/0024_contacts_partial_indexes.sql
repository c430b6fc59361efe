-- 0024 contacts: index only the contacts that have an area, a person or a shift (issue 20).
--
-- No query looks for contacts whose area, person or shift is missing: every use of these
-- indexes is `x = ?` or `x IN (…)` (listing filters, the search's person arm, the ON DELETE
-- SET NULL of a deleted area, person or shift), which SQLite answers from an index
-- `WHERE x IS NOT NULL` as well. Anonymous contacts, and contacts recorded outside a shift or
-- an area, then cost no entry in these indexes. That matters most to a large import: the
-- NULL entries sort by time, so a batch spread over years changed a page of each of these
-- indexes for nearly every row (adding 100,000 contacts to a vault of 1,000,000 rewrote
-- most of their pages; docs/performance.md, `outreach import`).
DROP INDEX contacts_by_area;
DROP INDEX contacts_by_person;
DROP INDEX contacts_by_shift;
CREATE INDEX contacts_by_area ON contacts(area_id, seq) WHERE area_id IS NOT NULL;
CREATE INDEX contacts_by_person ON contacts(person_id, seq) WHERE person_id IS NOT NULL;
CREATE INDEX contacts_by_shift ON contacts(shift_id) WHERE shift_id IS NOT NULL;
