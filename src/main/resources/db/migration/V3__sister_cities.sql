-- Links between cities (sister, friendship, cooperation). Symmetric: stored once per pair with city_a < city_b,
-- so a pair cannot be linked twice whichever side records it. Ordinals are derived at read time, never stored.

create table city_link (
    id             uuid primary key,
    city_a         uuid        not null references city (id),
    city_b         uuid        not null references city (id),
    kind           varchar(16) not null check (kind in ('SISTER', 'FRIENDSHIP', 'COOPERATION')),
    established_on date        not null,
    note           varchar(500),
    created_at     timestamptz not null,
    check (city_a < city_b)
);
create unique index city_link_pair_uk on city_link (city_a, city_b);
create index city_link_a_established_idx on city_link (city_a, established_on, id);
create index city_link_b_established_idx on city_link (city_b, established_on, id);
