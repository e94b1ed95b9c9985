-- Reports (docs/adr/0012): the kenniscafé verslag and the casuïstiekbundel, made from released notes
-- only. They hold the team's own texts and which notes they quote; the notes' words are read from
-- released_note at every export, so a withdrawn note is never printed again.

create table report (
    id               bigint generated always as identity primary key,
    title            text        not null check (length(title) between 1 and 200),
    cafe_date        date        not null,
    place            text        not null default '' check (length(place) <= 200),
    introduction     text        not null default '' check (length(introduction) <= 8000),
    language         text        not null check (language in ('nl', 'en')),
    -- The conversations the report is about, and the review-area filters they were chosen with.
    conversation_ids bigint[]    not null,
    filters          text        not null default '',
    -- The team's own text per section (only where it replaced the drafted text).
    texts            jsonb       not null default '{}'::jsonb,
    -- Notes the team left out of the quotes.
    left_out         bigint[]    not null default '{}',
    -- Words the detector found in the team's texts that the team said are not personal details.
    dismissed        text[]      not null default '{}',
    status           text        not null check (status in ('CONCEPT', 'PUBLISHED')),
    version          int         not null default 1,
    created_by       text        not null,
    created_at       timestamptz not null default now(),
    updated_by       text        not null,
    updated_at       timestamptz not null default now()
);

-- Every published version, frozen: its texts, figures and which notes it quotes (as JSON).
create table report_version (
    report_id    bigint      not null references report (id) on delete cascade,
    number       int         not null,
    content      jsonb       not null,
    quoted_notes bigint[]    not null,
    published_by text        not null,
    published_at timestamptz not null default now(),
    primary key (report_id, number)
);

create table case_bundle (
    id           bigint generated always as identity primary key,
    title        text        not null check (length(title) between 1 and 200),
    subtitle     text        not null default '' check (length(subtitle) <= 200),
    introduction text        not null default '' check (length(introduction) <= 8000),
    language     text        not null check (language in ('nl', 'en')),
    dismissed    text[]      not null default '{}',
    version      int         not null default 1,
    created_by   text        not null,
    created_at   timestamptz not null default now(),
    updated_by   text        not null,
    updated_at   timestamptz not null default now()
);

-- One case for education: notes with case-bundle consent, the insights it draws on, and the
-- author's own texts.
create table bundle_case (
    id            bigint generated always as identity primary key,
    bundle_id     bigint      not null references case_bundle (id) on delete cascade,
    position      int         not null,
    title         text        not null check (length(title) between 1 and 200),
    what_happened text        not null default '' check (length(what_happened) <= 8000),
    questions     text        not null default '' check (length(questions) <= 4000),
    note_ids      bigint[]    not null,
    insight_ids   bigint[]    not null default '{}',
    dismissed     text[]      not null default '{}'
);
create index bundle_case_bundle on bundle_case (bundle_id, position);

-- What was exported, in words: the selection or the report and version.
alter table audit_event add column detail text check (length(detail) <= 1000);
