-- Reference data managed by admins: work teams, themes, municipalities and neighbourhoods.
-- Rows are deactivated rather than deleted, because conversations keep referring to them.
create table werkteam (
    id          bigint generated always as identity primary key,
    name        text    not null unique check (length(name) between 1 and 120),
    description text    not null default '' check (length(description) <= 1000),
    active      boolean not null default true
);

create table theme (
    id          bigint generated always as identity primary key,
    name        text    not null unique check (length(name) between 1 and 120),
    description text    not null default '' check (length(description) <= 1000),
    werkteam_id bigint references werkteam (id),
    active      boolean not null default true
);

create table municipality (
    id     bigint generated always as identity primary key,
    name   text    not null unique check (length(name) between 1 and 120),
    active boolean not null default true
);

create table neighbourhood (
    id              bigint generated always as identity primary key,
    municipality_id bigint  not null references municipality (id),
    name            text    not null check (length(name) between 1 and 120),
    active          boolean not null default true,
    unique (municipality_id, name)
);

-- The work teams of 2017-2019 and their themes (see DOMAIN.md).
insert into werkteam (name, description) values
    ('Intergenerationele overdracht', 'Destructieve patronen doorbreken die door generaties heen lopen; handvatten voor wijkteams.'),
    ('Samenspel informeel-formeel', 'Vanuit een concrete bewonersvraag de ervaren effecten van beleid in de praktijk zoeken: informeel vóór formeel.'),
    ('Verbondenheid en veerkracht', 'Eenzaamheid positief benaderd: verbinding, veerkracht en zingeving, met Design Thinking.'),
    ('Ontmoeting en innovatie', 'Nieuwe vormen van ontmoeting tussen bewoners, wijkteams en beleidsmakers in de wijk.');

insert into theme (name, description, werkteam_id) values
    ('Mantelzorgboete (kostendelersnorm)', 'Een lagere uitkering als een mantelzorger een huis deelt.',
        (select id from werkteam where name = 'Samenspel informeel-formeel')),
    ('Voorkomen huisuitzetting', 'Huisuitzettingen voorkomen, vanuit de ervaring van bewoners.',
        (select id from werkteam where name = 'Samenspel informeel-formeel')),
    ('Patronen doorbreken tussen generaties', 'Wat gaat er van ouder op kind over, en wat helpt om het te doorbreken.',
        (select id from werkteam where name = 'Intergenerationele overdracht')),
    ('Eenzaamheid', 'Verbinding, veerkracht en zingeving.',
        (select id from werkteam where name = 'Verbondenheid en veerkracht')),
    ('Ontmoeting in de wijk', 'Bewoners, wijkteams en beleidsmakers ontmoeten elkaar in de wijk.',
        (select id from werkteam where name = 'Ontmoeting en innovatie'));

insert into municipality (name) values ('Rotterdam'), ('Schiedam'), ('Vlaardingen'), ('Barendrecht');

insert into neighbourhood (municipality_id, name) values
    ((select id from municipality where name = 'Rotterdam'), 'Coolhaveneiland');
