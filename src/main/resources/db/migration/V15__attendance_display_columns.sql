-- An attendee page shows each mayor's title, city and languages, and the city's name and country. Joined at read time
-- (V8), every row of a page cost a probe of mayor's primary key and one of city's: for a page of 20, PostgreSQL ran
-- that statement ~18,000 times a second on the bench machine, against ~46,000 for the same page read from one index
-- that carries those columns (bench/README.md). Here event_attendance keeps them, and its page index includes them, so
-- a page is one index-only walk. Triggers copy them in the transaction that changes a mayor or a city.
alter table event_attendance
    add column title        varchar(100),
    add column city_id      uuid,
    add column city_name    varchar(120),
    add column country_code varchar(2),
    add column languages    varchar(35)[];

update event_attendance a
set full_name = m.full_name, title = m.title, city_id = m.city_id, city_name = c.name, country_code = c.country_code,
    languages = m.languages
from mayor m
join city c on c.id = m.city_id
where m.id = a.mayor_id;

alter table event_attendance
    alter column title set not null,
    alter column city_id set not null,
    alter column city_name set not null,
    alter column country_code set not null,
    alter column languages set not null;

drop index event_attendance_page_idx;
create index event_attendance_page_idx on event_attendance (event_id, full_name, mayor_id)
    include (title, city_id, city_name, country_code, languages);

-- A new row copies the mayor's and the city's columns under a share lock on both rows: a rename committing meanwhile
-- either waits for this transaction, and its trigger then sees the new row, or commits first, and the lock waits
-- for it and the copy reads what it wrote. Without the lock the row could keep the name from before the rename.
create or replace function mayors_attendance_count(p_event uuid, p_mayor uuid, p_delta integer) returns void
    language plpgsql
as $$
begin
    if p_mayor is null then
        return;
    end if;
    if p_delta > 0 then
        perform 1 from mayor m join city c on c.id = m.city_id where m.id = p_mayor for share;
        insert into event_attendance (event_id, mayor_id, full_name, title, city_id, city_name, country_code, languages,
                                      sources)
        select p_event, m.id, m.full_name, m.title, m.city_id, c.name, c.country_code, m.languages, p_delta
        from mayor m
        join city c on c.id = m.city_id
        where m.id = p_mayor
        on conflict (event_id, mayor_id) do update set sources = event_attendance.sources + excluded.sources;
    else
        -- the row may already be gone with its event (on delete cascade): then neither statement finds it
        delete from event_attendance where event_id = p_event and mayor_id = p_mayor and sources + p_delta <= 0;
        if not found then
            update event_attendance set sources = sources + p_delta where event_id = p_event and mayor_id = p_mayor;
        end if;
    end if;
end $$;

-- A mayor's change: the new city's row is share-locked first, for the reason above (a rename of that city meanwhile).
drop trigger mayor_attendance_name on mayor;
drop function mayors_attendance_renamed();

create function mayors_attendance_mayor_changed() returns trigger
    language plpgsql
as $$
begin
    update event_attendance a
    set full_name = new.full_name, title = new.title, city_id = new.city_id, city_name = c.name,
        country_code = c.country_code, languages = new.languages
    from (select name, country_code from city where id = new.city_id for share) c
    where a.mayor_id = new.id;
    return null;
end $$;

create trigger mayor_attendance
    after update of full_name, title, city_id, languages on mayor
    for each row
    when (old.full_name is distinct from new.full_name or old.title is distinct from new.title
          or old.city_id is distinct from new.city_id or old.languages is distinct from new.languages)
    execute function mayors_attendance_mayor_changed();

-- A city's rename reaches its mayors' rows through mayor's (city_id, …) index and event_attendance's mayor index.
create function mayors_attendance_city_changed() returns trigger
    language plpgsql
as $$
begin
    update event_attendance a
    set city_name = new.name, country_code = new.country_code
    from mayor m
    where m.city_id = new.id and a.mayor_id = m.id;
    return null;
end $$;

create trigger city_attendance
    after update of name, country_code on city
    for each row
    when (old.name is distinct from new.name or old.country_code is distinct from new.country_code)
    execute function mayors_attendance_city_changed();
