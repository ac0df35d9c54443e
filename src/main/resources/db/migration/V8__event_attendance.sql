-- Who attends an event, kept by the database itself so that a page of attendees is one walk of one index.
--
-- An event's attendees are the mayors the organiser recorded (event_attendee) and the heads of its confirmed or
-- checked-in delegations (registration), in name order. Computed at read time that is a union of both, a join to
-- every mayor and a sort of all of them for every page: about 6 ms of database time per page at 2,000 delegations
-- (bench/README.md). Here each attending mayor is one row carrying the name it sorts by, indexed in page order.
-- Triggers keep it exact in the same transaction as the change, on every instance of the service, so no reader can
-- see it disagree with the tables it summarises.
create table event_attendance (
    event_id  uuid         not null references event (id) on delete cascade,
    -- no foreign key to mayor: a row exists only while an event_attendee or registration row names the mayor, and
    -- their foreign keys are the ones that refuse the mayor's deletion, with their own messages
    mayor_id  uuid         not null,
    full_name varchar(150) not null,
    -- how many facts make the mayor attend (a recorded attendance, each attending delegation the mayor heads):
    -- the row goes when the last of them does
    sources   integer      not null check (sources > 0),
    primary key (event_id, mayor_id)
);
create index event_attendance_page_idx on event_attendance (event_id, full_name, mayor_id);
create index event_attendance_mayor_idx on event_attendance (mayor_id);

create function mayors_attendance_count(p_event uuid, p_mayor uuid, p_delta integer) returns void
    language plpgsql
as $$
begin
    if p_mayor is null then
        return;
    end if;
    if p_delta > 0 then
        insert into event_attendance (event_id, mayor_id, full_name, sources)
        select p_event, m.id, m.full_name, p_delta from mayor m where m.id = p_mayor
        on conflict (event_id, mayor_id) do update set sources = event_attendance.sources + excluded.sources;
    else
        -- the row may already be gone with its event (on delete cascade): then neither statement finds it
        delete from event_attendance where event_id = p_event and mayor_id = p_mayor and sources + p_delta <= 0;
        if not found then
            update event_attendance set sources = sources + p_delta where event_id = p_event and mayor_id = p_mayor;
        end if;
    end if;
end $$;

create function mayors_attendance_recorded() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform mayors_attendance_count(old.event_id, old.mayor_id, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        perform mayors_attendance_count(new.event_id, new.mayor_id, 1);
    end if;
    return null;
end $$;

create trigger event_attendee_attendance
    after insert or update or delete on event_attendee
    for each row execute function mayors_attendance_recorded();

-- The statuses are Registration.ATTENDING.
create function mayors_attendance_delegation() returns trigger
    language plpgsql
as $$
declare
    was_attending boolean := tg_op in ('UPDATE', 'DELETE') and old.status in ('CONFIRMED', 'CHECKED_IN');
    is_attending  boolean := tg_op in ('INSERT', 'UPDATE') and new.status in ('CONFIRMED', 'CHECKED_IN');
begin
    if was_attending and is_attending and old.event_id = new.event_id
            and old.head_mayor_id is not distinct from new.head_mayor_id then
        return null;
    end if;
    if was_attending then
        perform mayors_attendance_count(old.event_id, old.head_mayor_id, -1);
    end if;
    if is_attending then
        perform mayors_attendance_count(new.event_id, new.head_mayor_id, 1);
    end if;
    return null;
end $$;

create trigger registration_attendance
    after insert or update of status, event_id, head_mayor_id or delete on registration
    for each row execute function mayors_attendance_delegation();

create function mayors_attendance_renamed() returns trigger
    language plpgsql
as $$
begin
    update event_attendance set full_name = new.full_name where mayor_id = new.id;
    return null;
end $$;

create trigger mayor_attendance_name
    after update of full_name on mayor
    for each row when (old.full_name is distinct from new.full_name)
    execute function mayors_attendance_renamed();

insert into event_attendance (event_id, mayor_id, full_name, sources)
select a.event_id, a.mayor_id, m.full_name, count(*)
from (select event_id, mayor_id from event_attendee
      union all
      select event_id, head_mayor_id from registration
      where status in ('CONFIRMED', 'CHECKED_IN') and head_mayor_id is not null) a
join mayor m on m.id = a.mayor_id
group by a.event_id, a.mayor_id, m.full_name;
