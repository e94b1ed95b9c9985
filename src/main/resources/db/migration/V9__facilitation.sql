-- Facilitation (docs/adr/0013): the shape of the conversation on the board. Every column and row
-- here is written as a board change: it takes the board's next sequence number (conversation.last_seq)
-- in the same transaction, like a note, so it reaches every screen on every node in order.

-- The phase: 'OPEN' is a board without phases (everyone writes in every category), the others
-- are the phases of the board's layout (BoardTemplate.phases()).
alter table conversation
    add column everyone_writes   boolean     not null default false,
    add column silent_categories text[]      not null default '{}',
    add column locked            boolean     not null default false,
    add column spotlight_note_id bigint      references note (id),
    add column timer_started_at  timestamptz,
    add column timer_ends_at     timestamptz,
    add column dots_per_participant int      not null default 3 check (dots_per_participant between 1 and 10),
    add column votes_revealed    boolean     not null default false,
    add constraint conversation_timer_complete check ((timer_started_at is null) = (timer_ends_at is null));

-- A named group of notes (a cluster) within one column of the board.
create table note_group (
    id              bigint generated always as identity primary key,
    conversation_id bigint      not null references conversation (id),
    category        text        not null,
    name            text        not null check (length(name) between 1 and 80),
    removed         boolean     not null default false,
    seq             bigint      not null,
    created_at      timestamptz not null default now()
);

create index note_group_conversation_seq on note_group (conversation_id, seq);

-- unrevealed: placed while its column was silent; only its author and the facilitator see it until
-- the facilitator reveals it. merged_into: the note says the same as that one and shows on its card.
alter table note
    add column unrevealed  boolean not null default false,
    add column group_id    bigint  references note_group (id),
    add column merged_into bigint  references note (id),
    add constraint note_not_merged_into_itself check (merged_into is null or merged_into <> id);

-- A participant's dot on a note or a group, anonymous to everyone else. client_id: a resend of the
-- same dot is recognised, never counted twice.
create table vote (
    id              bigint generated always as identity primary key,
    conversation_id bigint      not null references conversation (id),
    participant_id  bigint      not null references participant (id),
    client_id       uuid        not null unique,
    note_id         bigint      references note (id),
    group_id        bigint      references note_group (id),
    withdrawn       boolean     not null default false,
    seq             bigint      not null,
    created_at      timestamptz not null default now(),
    constraint vote_one_target check ((note_id is null) <> (group_id is null))
);

create index vote_conversation_seq on vote (conversation_id, seq);
create index vote_participant on vote (participant_id) where not withdrawn;

-- What the table agreed: what, who (a role at the table, a participant or an organisation), by when.
create table agreement (
    id                   bigint generated always as identity primary key,
    conversation_id      bigint      not null references conversation (id),
    client_id            uuid        not null unique,
    what                 text        not null check (length(what) between 1 and 300),
    owner_role           text,
    owner_participant_id bigint      references participant (id),
    owner_organisation   text        check (owner_organisation is null or length(owner_organisation) between 1 and 120),
    due_on               date,
    note_id              bigint      references note (id),
    removed              boolean     not null default false,
    seq                  bigint      not null,
    created_at           timestamptz not null default now(),
    constraint agreement_one_owner check (
        num_nonnulls(owner_role, owner_participant_id, owner_organisation) <= 1)
);

create index agreement_conversation_seq on agreement (conversation_id, seq);

-- The facilitator's actions that can be undone, newest last. kind names the action, note_ids the
-- notes it touched and previous what it replaced (read by FacilitationService.undo).
create table facilitation_action (
    id              bigint generated always as identity primary key,
    conversation_id bigint      not null references conversation (id),
    kind            text        not null,
    note_ids        bigint[]    not null default '{}',
    previous        text,
    seq             bigint      not null,
    undone_seq      bigint,
    created_at      timestamptz not null default now()
);

create index facilitation_action_open on facilitation_action (conversation_id, id desc) where undone_seq is null;
