-- The facilitator can take a participant away from the table (docs/adr/0006): they keep their
-- rights to their notes (consent, download, erasure), but write nothing more, and their notes are
-- set aside at the same moment.
alter table participant add column removed_at timestamptz;
