-- Staff accounts: admins, facilitators and team members. Residents never get an account.
create table staff_account (
    id            bigint generated always as identity primary key,
    username      text        not null,
    display_name  text        not null,
    password_hash text        not null,
    roles         text[]      not null,
    enabled       boolean     not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    constraint staff_account_username_format check (username ~ '^[a-z0-9._-]{3,64}$'),
    constraint staff_account_roles_known check (
        cardinality(roles) > 0 and roles <@ array['ADMIN', 'FACILITATOR', 'TEAM_MEMBER']::text[])
);

create unique index staff_account_username_key on staff_account (username);
