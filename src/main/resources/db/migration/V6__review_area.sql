-- The review area (docs/adr/0011): what left the tables through the release gate, and what the
-- team adds to it (tags, insights).

-- Regulations and schemes, managed by admins like themes.
create table regulation (
    id          bigint generated always as identity primary key,
    name        text    not null unique check (length(name) between 1 and 120),
    description text    not null default '' check (length(description) <= 1000),
    active      boolean not null default true
);

insert into regulation (name, description) values
    ('Kostendelersnorm', 'Een lagere bijstandsuitkering als volwassenen een huis delen (Participatiewet).'),
    ('Wmo 2015', 'Wet maatschappelijke ondersteuning: hulp en voorzieningen om zelfstandig te wonen en mee te doen.'),
    ('Participatiewet', 'Bijstand en hulp bij werk voor wie dat zelf niet kan.'),
    ('Huurtoeslag', 'Bijdrage in de huur van de Belastingdienst/Toeslagen.'),
    ('Schuldhulpverlening', 'Hulp bij schulden door de gemeente (Wet gemeentelijke schuldhulpverlening).'),
    ('Jeugdwet', 'Jeugdhulp en jeugdbescherming door de gemeente.'),
    ('Bijzondere bijstand', 'Een bijdrage van de gemeente in noodzakelijke kosten die iemand niet zelf kan betalen.'),
    ('Wet langdurige zorg', 'Zorg voor mensen die blijvend 24 uur per dag zorg of toezicht nodig hebben.');

-- Every released note of every closed conversation, as the release gate gave it: redacted (Dutch
-- placeholders), never a name. Written only by the board's ReviewIndex; rebuilt for a conversation
-- whenever consent, redaction, erasure or retention changes what may leave its table.
create table released_note (
    note_id          bigint      primary key references note (id) on delete cascade,
    conversation_id  bigint      not null references conversation (id),
    text             text        not null,
    category         text        not null,
    table_role       text        not null,
    consent_tier     text        not null check (consent_tier in ('REPORT', 'CASE_BUNDLE')),
    theme_id         bigint      not null,
    werkteam_id      bigint      not null,
    municipality_id  bigint      not null,
    neighbourhood_id bigint,
    facilitator_id   bigint      not null,
    held_on          date        not null,
    created_seq      bigint      not null,
    created_at       timestamptz not null,
    -- Placeholders such as [naam] are not words anyone searches for.
    search           tsvector    generated always as
        (to_tsvector('dutch'::regconfig, regexp_replace(text, '\[[^]]*\]', ' ', 'g'))) stored
);
create index released_note_search on released_note using gin (search);
create index released_note_conversation on released_note (conversation_id, created_seq);
create index released_note_order on released_note (held_on desc, note_id desc);

-- Which board sequence number each closed conversation's released notes were built at, and how
-- many people sat at its table per role (counts only).
create table released_conversation (
    conversation_id bigint primary key references conversation (id),
    released_seq    bigint      not null,
    -- ReviewIndex.DETECTOR_VERSION: a newer detector redacts every closed conversation again.
    detector_version int        not null,
    released_at     timestamptz not null default now()
);
create table released_role_count (
    conversation_id bigint not null references released_conversation (conversation_id) on delete cascade,
    table_role      text   not null,
    participants    int    not null check (participants > 0),
    primary key (conversation_id, table_role)
);

-- Tags the team puts on released notes: regulations (several) and one kind of effect.
create table note_regulation (
    note_id       bigint      not null references note (id) on delete cascade,
    regulation_id bigint      not null references regulation (id),
    tagged_by     text        not null,
    tagged_at     timestamptz not null default now(),
    primary key (note_id, regulation_id)
);
create index note_regulation_regulation on note_regulation (regulation_id);

create table note_effect (
    note_id   bigint      primary key references note (id) on delete cascade,
    effect    text        not null
        check (effect in ('EXPERIENCED_BOTTLENECK', 'UNINTENDED_EFFECT', 'WORKS_WELL', 'POLICY_IDEA')),
    tagged_by text        not null,
    tagged_at timestamptz not null default now()
);
create index note_effect_effect on note_effect (effect);

-- Who tagged what and when, including what was taken off again.
create table tag_history (
    id            bigint generated always as identity primary key,
    note_id       bigint      not null references note (id) on delete cascade,
    action        text        not null
        check (action in ('REGULATION_ADDED', 'REGULATION_REMOVED', 'EFFECT_SET', 'EFFECT_CLEARED')),
    regulation_id bigint      references regulation (id),
    effect        text,
    actor         text        not null,
    at            timestamptz not null default now()
);
create index tag_history_note on tag_history (note_id, at);

-- What the team now knows, with the notes that support it.
create table insight (
    id          bigint generated always as identity primary key,
    title       text        not null check (length(title) between 1 and 200),
    body        text        not null check (length(body) between 1 and 4000),
    theme_id    bigint      not null references theme (id),
    werkteam_id bigint      not null references werkteam (id),
    status      text        not null check (status in ('CONCEPT', 'ESTABLISHED')),
    version     int         not null default 1,
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    search      tsvector    generated always as
        (to_tsvector('dutch'::regconfig, title || ' ' || body)) stored
);
create index insight_search on insight using gin (search);

create table insight_note (
    insight_id bigint not null references insight (id) on delete cascade,
    note_id    bigint not null references note (id) on delete cascade,
    primary key (insight_id, note_id)
);
create index insight_note_note on insight_note (note_id);

-- Every saved version of an insight (the edit history).
create table insight_revision (
    insight_id  bigint      not null references insight (id) on delete cascade,
    version     int         not null,
    title       text        not null,
    body        text        not null,
    theme_id    bigint      not null,
    werkteam_id bigint      not null,
    status      text        not null,
    note_ids    bigint[]    not null,
    edited_by   text        not null,
    edited_at   timestamptz not null default now(),
    primary key (insight_id, version)
);

-- Versions of what the review area counts, raised in the transaction of every change, so each
-- node's in-memory facet counts (review.FacetIndex) know when to load again. A row, not a
-- sequence: a sequence shows a change before it commits.
create table review_version (
    id    int    primary key check (id = 1),
    notes bigint not null,
    tags  bigint not null
);
insert into review_version values (1, 0, 0);

create function review_notes_changed() returns trigger language plpgsql as $$
begin
    update review_version set notes = notes + 1 where id = 1;
    return null;
end $$;

create function review_tags_changed() returns trigger language plpgsql as $$
begin
    update review_version set tags = tags + 1 where id = 1;
    return null;
end $$;

create trigger released_note_changed after insert or update or delete on released_note
    for each statement execute function review_notes_changed();
create trigger note_regulation_changed after insert or update or delete on note_regulation
    for each statement execute function review_tags_changed();
create trigger note_effect_changed after insert or update or delete on note_effect
    for each statement execute function review_tags_changed();
create trigger insight_note_changed after insert or update or delete on insight_note
    for each statement execute function review_tags_changed();
