-- Realistic bulk data for the benchmark, generated inside PostgreSQL (INSERT … SELECT over generate_series: no
-- round trips). Deterministic: ids come from md5 of a name, random() is seeded by the caller (setseed).
-- Expects the schema (Flyway) in place and an empty catalogue. Sizes: psql variables, see generate.sh.
\set ON_ERROR_STOP on
\timing off

\echo countries
insert into country (code, name, region, names)
select chr(65 + i / 26) || chr(65 + i % 26), 'Country ' || chr(65 + i / 26) || chr(65 + i % 26), 'Region ' || (i % 12), '{}'
from generate_series(0, :countries - 1) i;

\echo cities
insert into city (id, name, local_name, country_code, admin_level, time_zone, latitude, longitude, names)
select md5('city' || i)::uuid,
       initcap(s1.syl || s2.syl || s3.syl) || ' ' || i,
       null,
       chr(65 + (i % :countries) / 26) || chr(65 + (i % :countries) % 26),
       (array['CITY','CITY','CITY','COUNTY','PREFECTURE','PROVINCE','DISTRICT'])[1 + (i % 7)],
       (array['Asia/Shanghai','Asia/Tokyo','Asia/Seoul','Europe/Athens','Asia/Phnom_Penh','Europe/Budapest'])[1 + (i % 6)],
       -60 + random() * 120, -180 + random() * 360, '{}'
from generate_series(1, :cities) i
cross join lateral (select (array['qing','dao','shi','mo','no','se','ki','so','gy','pei','rae','us','siem','reap','dae','gu','ka','pos','var','ha','ne','lo'])[1 + floor(random() * 22 + 0 * i)::int] syl) s1
cross join lateral (select (array['an','ber','cas','del','fen','gor','hal','ist','jor','kel','lin','mar','nor','ost','pra','rig','sal','tor','ulm','vid'])[1 + floor(random() * 20 + 0 * i)::int] syl) s2
cross join lateral (select (array['a','ia','burg','polis','ville','stad','shan','ton','ama','ec'])[1 + floor(random() * 10 + 0 * i)::int] syl) s3;

\echo mayors
insert into mayor (id, full_name, title, city_id, languages)
select md5('mayor' || i)::uuid,
       initcap(f.n) || ' ' || initcap(l.n) || ' ' || i,
       (array['Mayor','Mayor','Deputy Mayor','Governor','President of the County Assembly'])[1 + (i % 5)],
       md5('city' || i)::uuid,
       string_to_array((array['zh,en', 'ja,en', 'ko,en', 'el,en', 'km,fr', 'hu,de'])[1 + (i % 6)], ',')::varchar[]
from generate_series(1, :cities) i
-- "+ 0 * i" ties each draw to its row: an uncorrelated lateral subquery is evaluated once, and every mayor had the
-- same name (the search scenario then found nothing to page through)
cross join lateral (select (array['ren','haruka','ji-woo','nikos','dara','reka','gang','kenji','eleni','sokha','zsofia','min','yui','petros','chan','anna'])[1 + floor(random() * 16 + 0 * i)::int] n) f
cross join lateral (select (array['wang','mori','han','andreou','sok','szabo','li','tanaka','papadopoulou','chea','kovacs','park','sato','nagy','kim','zhang'])[1 + floor(random() * 16 + 0 * i)::int] n) l;

\echo topics
insert into topic (id, title, description, titles)
select md5('topic' || i)::uuid, 'Topic ' || i || ' ' || (array['marine tourism','historic districts','international tourism','ports','heritage','youth exchange'])[1 + i % 6],
       'Generated topic ' || i, '{}'
from generate_series(1, :topics) i;

\echo events
insert into event (id, name, host_city_id, venue, starts_at, ends_at, time_zone, status, capacity, registration_deadline,
                   description, created_at)
select md5('event' || i)::uuid, 'Dialogue ' || i, md5('city' || (1 + (i * 7919) % :cities))::uuid, 'Venue ' || i,
       timestamptz '2030-01-01' + (i || ' hours')::interval, timestamptz '2030-01-01' + (i || ' hours')::interval + interval '8 hours',
       'Asia/Shanghai', case when i <= :post_events + 1 then 'OPEN' else (array['OPEN','OPEN','OPEN','DRAFT','CLOSED','COMPLETED'])[1 + i % 6] end,
       case when i <= :post_events then 20 else 2500 end,
       timestamptz '2029-12-01', 'Generated event ' || i, now()
from generate_series(1, :events) i;

insert into event_topic (event_id, topic_id)
select distinct md5('event' || e)::uuid, md5('topic' || (1 + (e * k * 31) % :topics))::uuid
from generate_series(1, :events) e, generate_series(1, 3) k;

\echo partners
insert into partner (id, city_id, name, key_hash, key_prefix, created_at)
select md5('partner' || i)::uuid, md5('city' || i)::uuid, 'Partner ' || i,
       encode(sha256(convert_to('mdk_bench_' || i, 'UTF8')), 'hex'), 'mdk_bench', now()
from generate_series(1, :cities) i;

-- Registrations: event k (beyond the POST-benchmark events) gets cities in a stride, so (event, city) pairs never
-- repeat; the first of them, the "big" event, gets 2,000 confirmed delegations (attendees page 100 vs page 1).
\echo registrations
insert into registration (id, event_id, city_id, partner_id, status, head_mayor_id, notes, created_at, updated_at)
select md5('registration' || r)::uuid, md5('event' || ev)::uuid, md5('city' || c)::uuid, md5('partner' || c)::uuid,
       case when ev = :post_events + 1 then 'CONFIRMED'
            else (array['PENDING','CONFIRMED','CONFIRMED','CHECKED_IN','WAITLISTED','CANCELLED'])[1 + r % 6] end,
       md5('mayor' || c)::uuid, null,
       timestamptz '2029-06-01' + (r || ' seconds')::interval, now()
from (
    select r,
           case when r <= 2000 then :post_events + 1 else :post_events + 2 + (r - 2001) % (:events - :post_events - 1) end as ev,
           case when r <= 2000 then r
                else 1 + (((r - 2001) / (:events - :post_events - 1)) * 389 + ((r - 2001) % (:events - :post_events - 1)) * 7) % :cities
           end as c
    from generate_series(1, :registrations) r) g;

\echo delegates
insert into registration_delegate (registration_id, seq, full_name, role, email, languages)
select md5('registration' || r)::uuid, d, 'Delegate ' || r || '-' || d,
       (array['DEPUTY_MAYOR','DIRECTOR','OFFICIAL','INTERPRETER','PROTOCOL','STAFF','PRESS','ADVISER'])[1 + (r + d) % 8],
       'delegate' || r || '.' || d || '@example.org', array['en']::varchar[]
from generate_series(1, :registrations) r, generate_series(0, :delegates_per_registration - 1) d;

\echo sister-city links
insert into city_link (id, city_a, city_b, kind, established_on, created_at)
select md5('link' || least(a, b) || '-' || greatest(a, b))::uuid,
       case when md5('city' || a)::uuid < md5('city' || b)::uuid then md5('city' || a)::uuid else md5('city' || b)::uuid end,
       case when md5('city' || a)::uuid < md5('city' || b)::uuid then md5('city' || b)::uuid else md5('city' || a)::uuid end,
       (array['SISTER','FRIENDSHIP','COOPERATION'])[1 + (i % 3)],
       date '1975-01-01' + (i % 18000), now()
from (select i, 1 + (i * 7) % :cities as a, 1 + (i * 7 + 1 + i % 13) % :cities as b from generate_series(1, :links) i) p
where a <> b
on conflict do nothing;

-- What autovacuum does soon after a bulk load: statistics, and the visibility map that lets index-only scans skip the
-- table (the mayor search walks the index of its names' pieces that way, an attendee page its page index), so the run
-- measures a settled database. event_attendance and mayor_name_gram are filled by triggers as the rows above are
-- inserted.
vacuum analyze country, city, mayor, mayor_name_gram, topic, event, event_topic, partner, registration,
    registration_delegate, city_link, event_attendance;
