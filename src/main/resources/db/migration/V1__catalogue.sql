-- The dialogue catalogue: countries, cities, mayors, topics, events, and the event's topics and attendees.
-- Every foreign key and every list filter/order has an index; lists page by (sort key, id).

create table country (
    code    varchar(2)   primary key check (code ~ '^[A-Z]{2}$'),
    name    varchar(100) not null,
    region  varchar(100),
    version bigint       not null default 0
);
create unique index country_name_uk on country (lower(name));

create table city (
    id           uuid primary key,
    name         varchar(120) not null,
    local_name   varchar(120),
    country_code varchar(2)   not null references country (code),
    admin_level  varchar(16)  not null
        check (admin_level in ('CITY', 'COUNTY', 'PREFECTURE', 'PROVINCE', 'STATE', 'DISTRICT', 'OTHER')),
    time_zone    varchar(64)  not null,
    latitude     double precision check (latitude between -90 and 90),
    longitude    double precision check (longitude between -180 and 180),
    version      bigint       not null default 0
);
create unique index city_country_name_uk on city (country_code, lower(name));
create index city_name_id_idx on city (name, id);
create index city_country_name_id_idx on city (country_code, name, id);
create index city_admin_level_name_id_idx on city (admin_level, name, id);

create table mayor (
    id         uuid primary key,
    full_name  varchar(150) not null,
    title      varchar(100) not null,
    city_id    uuid         not null references city (id),
    term_start date,
    term_end   date,
    languages  varchar(35)[] not null default '{}',
    version    bigint       not null default 0,
    check (term_end is null or term_start is null or term_end >= term_start)
);
create index mayor_full_name_id_idx on mayor (full_name, id);
create index mayor_city_full_name_id_idx on mayor (city_id, full_name, id);

create table topic (
    id          uuid primary key,
    title       varchar(200) not null,
    description varchar(2000),
    version     bigint       not null default 0
);
create unique index topic_title_uk on topic (lower(title));
create index topic_title_id_idx on topic (title, id);

create table event (
    id                    uuid primary key,
    name                  varchar(200) not null,
    host_city_id          uuid         not null references city (id),
    venue                 varchar(200),
    starts_at             timestamptz  not null,
    ends_at               timestamptz  not null,
    time_zone             varchar(64)  not null,
    status                varchar(16)  not null
        check (status in ('DRAFT', 'OPEN', 'CLOSED', 'COMPLETED', 'CANCELLED')),
    capacity              integer check (capacity > 0),
    registration_deadline timestamptz,
    description           varchar(5000),
    created_at            timestamptz  not null default now(),
    version               bigint       not null default 0,
    check (ends_at > starts_at)
);
create unique index event_name_uk on event (lower(name));
create index event_starts_at_id_idx on event (starts_at, id);
create index event_status_starts_at_id_idx on event (status, starts_at, id);
create index event_host_city_starts_at_id_idx on event (host_city_id, starts_at, id);

create table event_topic (
    event_id uuid not null references event (id) on delete cascade,
    topic_id uuid not null references topic (id),
    primary key (event_id, topic_id)
);
create index event_topic_topic_idx on event_topic (topic_id);

create table event_attendee (
    event_id uuid not null references event (id) on delete cascade,
    mayor_id uuid not null references mayor (id),
    primary key (event_id, mayor_id)
);
create index event_attendee_mayor_idx on event_attendee (mayor_id);
