-- Moderation's status is MODERATED, so that it shares no word with the visibility
-- HIDDEN_UNTIL_REVEAL that facilitation adds (docs/adr/0009).
alter table note drop constraint note_status_check;
update note set status = 'MODERATED' where status = 'HIDDEN';
alter table note add constraint note_status_check check (status in ('ACTIVE', 'WITHDRAWN', 'MODERATED'));
