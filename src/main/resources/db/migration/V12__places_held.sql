-- How many of an event's places its delegations hold (PENDING, CONFIRMED, CHECKED_IN: Registration.HOLDS_PLACE),
-- kept by a trigger in the transaction that writes the registration. The capacity check of every registration POST
-- counted them instead: once an event had 1,000 delegations that count read ~340 buffers and took 0.64 ms of the
-- database's ~3 ms per POST (bench/README.md). Writers that can change the figure hold the event's row lock, as the
-- capacity check's callers do, so this row adds no wait of its own.
create table event_places_held (
    event_id uuid primary key references event (id) on delete cascade,
    held     integer not null check (held >= 0)
);

create function mayors_places_held() returns trigger
    language plpgsql
as $$
declare
    was_holding boolean := tg_op in ('UPDATE', 'DELETE') and old.status in ('PENDING', 'CONFIRMED', 'CHECKED_IN');
    is_holding  boolean := tg_op in ('INSERT', 'UPDATE') and new.status in ('PENDING', 'CONFIRMED', 'CHECKED_IN');
begin
    if was_holding and is_holding and old.event_id = new.event_id then
        return null;
    end if;
    if was_holding then
        update event_places_held set held = held - 1 where event_id = old.event_id;
    end if;
    if is_holding then
        insert into event_places_held (event_id, held) values (new.event_id, 1)
        on conflict (event_id) do update set held = event_places_held.held + 1;
    end if;
    return null;
end $$;

create trigger registration_places_held
    after insert or update of status, event_id or delete on registration
    for each row execute function mayors_places_held();

insert into event_places_held (event_id, held)
select event_id, count(*) from registration where status in ('PENDING', 'CONFIRMED', 'CHECKED_IN') group by event_id;
