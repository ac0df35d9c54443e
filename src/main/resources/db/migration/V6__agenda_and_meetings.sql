-- The dialogue itself: an event's agenda sessions (with their panelists) and bilateral meetings between mayors.
-- Scheduling rules (no room, moderator or panelist in two places at once) are checked by the agenda feature under
-- the event's row lock, so racing writes on any instance are serialised; the indexes serve those checks.

create table agenda_session (
    id                 uuid primary key,
    event_id           uuid          not null references event (id) on delete cascade,
    title              varchar(200)  not null,
    topic_id           uuid references topic (id),
    format             varchar(20)   not null
        check (format in ('PLENARY', 'PANEL', 'ROUNDTABLE', 'SIGNING_CEREMONY', 'SITE_VISIT', 'RECEPTION', 'OTHER')),
    starts_at          timestamptz   not null,
    ends_at            timestamptz   not null,
    room               varchar(100),
    moderator_mayor_id uuid references mayor (id),
    languages          varchar(35)[] not null default '{}',
    description        varchar(2000),
    version            bigint        not null default 0,
    check (ends_at > starts_at)
);
create index agenda_session_event_starts_at_id_idx on agenda_session (event_id, starts_at, id);
create index agenda_session_topic_idx on agenda_session (topic_id);
create index agenda_session_moderator_idx on agenda_session (moderator_mayor_id);

create table agenda_session_panelist (
    session_id uuid    not null references agenda_session (id) on delete cascade,
    seq        integer not null,
    mayor_id   uuid    not null references mayor (id),
    primary key (session_id, seq)
);
create index agenda_session_panelist_mayor_idx on agenda_session_panelist (mayor_id);

create table meeting (
    id                   uuid primary key,
    event_id             uuid          not null references event (id) on delete cascade,
    requester_mayor_id   uuid          not null references mayor (id),
    counterpart_mayor_id uuid          not null references mayor (id),
    status               varchar(16)   not null check (status in ('REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED')),
    starts_at            timestamptz   not null,
    ends_at              timestamptz   not null,
    topic_id             uuid references topic (id),
    room                 varchar(100),
    languages            varchar(35)[] not null default '{}',
    notes                varchar(2000),
    created_at           timestamptz   not null,
    version              bigint        not null default 0,
    check (ends_at > starts_at),
    check (requester_mayor_id <> counterpart_mayor_id)
);
create index meeting_event_starts_at_id_idx on meeting (event_id, starts_at, id);
create index meeting_requester_idx on meeting (requester_mayor_id);
create index meeting_counterpart_idx on meeting (counterpart_mayor_id);
create index meeting_topic_idx on meeting (topic_id);
