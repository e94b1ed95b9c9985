-- The agreements of closed conversations as they may leave the table (docs/adr/0013): redacted,
-- the owner as a role or an organisation, never a participant's name. Rebuilt with the
-- conversation's released notes by the review index (docs/adr/0011).
create table released_agreement (
    agreement_id       bigint primary key references agreement (id),
    conversation_id    bigint not null references conversation (id),
    what               text   not null,
    owner_role         text,
    owner_organisation text,
    due_on             date
);

create index released_agreement_conversation on released_agreement (conversation_id, agreement_id);

-- The newest board change that touched facilitation rows (groups, dots, agreements, the undo
-- list): a refresh of a live copy reads those tables only when it is newer than the copy, so a
-- note costs no extra query (docs/adr/0013).
alter table conversation add column stage_seq bigint not null default 0;
