-- Partner credentials, delegation registrations with their members, and idempotency keys.

create table partner (
    id         uuid primary key,
    city_id    uuid         not null references city (id),
    name       varchar(200) not null,
    key_hash   varchar(64)  not null,
    key_prefix varchar(16)  not null,
    created_at timestamptz  not null,
    revoked_at timestamptz
);
create unique index partner_key_hash_uk on partner (key_hash);
create index partner_city_idx on partner (city_id);
create index partner_created_at_id_idx on partner (created_at, id);

create table registration (
    id                   uuid primary key,
    event_id             uuid         not null references event (id),
    city_id              uuid         not null references city (id),
    partner_id           uuid references partner (id),
    status               varchar(16)  not null
        check (status in ('PENDING', 'CONFIRMED', 'WAITLISTED', 'REJECTED', 'CANCELLED', 'CHECKED_IN')),
    head_mayor_id        uuid references mayor (id),
    representative_name  varchar(150),
    representative_title varchar(100),
    notes                varchar(2000),
    created_at           timestamptz  not null,
    updated_at           timestamptz  not null,
    version              bigint       not null default 0,
    check (head_mayor_id is not null or representative_name is not null),
    check ((representative_name is null) = (representative_title is null))
);
-- One active registration per city and event; cancelled and rejected ones do not block a new one.
create unique index registration_active_city_uk on registration (event_id, city_id)
    where status in ('PENDING', 'CONFIRMED', 'WAITLISTED', 'CHECKED_IN');
create index registration_event_created_at_id_idx on registration (event_id, created_at, id);
create index registration_event_status_created_at_id_idx on registration (event_id, status, created_at, id);
create index registration_city_idx on registration (city_id);
create index registration_partner_idx on registration (partner_id);
create index registration_head_mayor_idx on registration (head_mayor_id);

create table registration_delegate (
    registration_id uuid          not null references registration (id) on delete cascade,
    seq             integer       not null,
    full_name       varchar(150)  not null,
    role            varchar(16)   not null,
    email           varchar(254),
    languages       varchar(35)[] not null default '{}',
    primary key (registration_id, seq)
);

create table idempotency_key (
    scope             varchar(80)  not null,
    idem_key          varchar(100) not null,
    request_hash      varchar(64)  not null,
    state             varchar(12)  not null check (state in ('IN_PROGRESS', 'COMPLETED')),
    response_status   integer,
    response_body     text,
    response_location text,
    response_etag     varchar(64),
    created_at        timestamptz  not null,
    expires_at        timestamptz  not null,
    primary key (scope, idem_key)
);
create index idempotency_key_expires_at_idx on idempotency_key (expires_at);
