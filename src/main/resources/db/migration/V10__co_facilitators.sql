-- Colleagues who run a conversation together with its facilitator (docs/adr/0006): it shows in
-- their list and they run its board as the facilitator does. Only the facilitator who prepared it
-- (or an admin) changes who, and only while it is prepared or live.
create table co_facilitator (
    conversation_id  bigint      not null references conversation (id) on delete cascade,
    staff_account_id bigint      not null references staff_account (id),
    added_at         timestamptz not null default now(),
    primary key (conversation_id, staff_account_id)
);

-- A facilitator's own list and review scope look up the conversations they co-facilitate.
create index co_facilitator_staff on co_facilitator (staff_account_id);
