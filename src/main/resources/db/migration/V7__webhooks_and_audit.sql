-- Webhook subscriptions and their transactional outbox (one delivery row per notification and subscription, written
-- in the same transaction as the change it announces), and the audit trail.

create table webhook (
    id                   uuid primary key,
    owner_scope          varchar(80)   not null,
    city_id              uuid references city (id),
    url                  varchar(2000) not null,
    events               varchar(40)[] not null,
    description          varchar(500),
    secret               varchar(100)  not null,
    status               varchar(12)   not null check (status in ('ACTIVE', 'FAILING', 'DISABLED')),
    consecutive_failures integer       not null default 0,
    created_at           timestamptz   not null,
    version              bigint        not null default 0
);
create index webhook_owner_created_at_id_idx on webhook (owner_scope, created_at, id);
create index webhook_city_idx on webhook (city_id);

create table webhook_delivery (
    id                 uuid primary key,
    webhook_id         uuid         not null references webhook (id) on delete cascade,
    event_type         varchar(40)  not null,
    payload            text         not null,
    status             varchar(12)  not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts           integer      not null default 0,
    next_attempt_at    timestamptz,
    last_response_code integer,
    last_error         varchar(500),
    created_at         timestamptz  not null,
    delivered_at       timestamptz
);
-- The worker's queue: due pending rows, oldest due first; claimed with FOR UPDATE SKIP LOCKED.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_webhook_created_at_id_idx on webhook_delivery (webhook_id, created_at, id);

create table audit_entry (
    id            uuid primary key,
    at            timestamptz  not null,
    actor         varchar(80)  not null,
    resource_type varchar(40)  not null,
    resource_id   varchar(100) not null,
    action        varchar(12)  not null check (action in ('CREATE', 'UPDATE', 'DELETE')),
    changes       jsonb        not null default '[]'
);
create index audit_entry_at_id_idx on audit_entry (at, id);
create index audit_entry_resource_idx on audit_entry (resource_type, resource_id, at, id);
create index audit_entry_actor_idx on audit_entry (actor, at, id);
