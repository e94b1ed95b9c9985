-- Consent per note, erasure, retention and the audit trail (docs/privacy.md, docs/adr/0010).

-- An erased note keeps its row (live screens learn of the erasure like of any change) but loses
-- its text for good.
alter table note drop constraint note_status_check;
alter table note add constraint note_status_check
    check (status in ('ACTIVE', 'WITHDRAWN', 'MODERATED', 'ERASED'));
alter table note drop constraint note_text_check;
alter table note add constraint note_text_check
    check (length(text) <= 500 and ((status = 'ERASED') = (length(text) = 0)));
-- After the retention date only the redacted text of a released note is kept.
alter table note add column redacted_only boolean not null default false;

-- The consent round the facilitator started last (its board sequence number), and which
-- participants answered it.
alter table conversation add column consent_round_seq bigint;
alter table participant add column consent_round_answered_seq bigint;
alter table participant add column erased_at timestamptz;

-- Retention: months after close (null: the global setting), and when the job removed what it must.
alter table conversation add column retention_months int check (retention_months between 1 and 120);
alter table conversation add column retained_at timestamptz;

-- Names of erased participants, kept only so that other people's released notes that mention
-- them stay redacted; deleted at the conversation's retention date (docs/privacy.md).
create table redaction_name (
    conversation_id bigint not null references conversation (id),
    name            text   not null check (length(name) between 1 and 60)
);
create index redaction_name_conversation on redaction_name (conversation_id);

-- What staff decided about the detector's findings in one note; applied again after every detection.
create table redaction_correction (
    id         bigint generated always as identity primary key,
    note_id    bigint      not null references note (id) on delete cascade,
    action     text        not null check (action in ('REDACT', 'KEEP')),
    start_at   int         not null check (start_at >= 0),
    end_at     int         not null,
    fragment   text        not null check (length(fragment) between 1 and 500),
    pii_type   text,
    created_by text        not null,
    created_at timestamptz not null default now(),
    constraint redaction_correction_range check (end_at > start_at),
    constraint redaction_correction_typed check ((action = 'REDACT') = (pii_type is not null))
);
create index redaction_correction_note on redaction_correction (note_id);

-- Who did what with personal data, never the data itself.
create table audit_event (
    id              bigint generated always as identity primary key,
    at              timestamptz not null default now(),
    actor           text        not null,
    action          text        not null,
    conversation_id bigint,
    object_id       bigint,
    note_count      int
);
create index audit_event_at on audit_event (at desc);
create index audit_event_action on audit_event (action, at desc);
