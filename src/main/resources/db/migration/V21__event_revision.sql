-- Every stored state of an event has a number no other state of any event ever had: its revision, taken from a
-- sequence when the row is written, by this trigger on every update (Hibernate's writes, the topic-ids copy of V14,
-- and any statement that forgets the version). The service keeps each event's JSON by its revision
-- (event.EventAnswers) and reads the revisions with each page, so no instance can answer with a state that has
-- changed since; unlike the version, a revision is never reused, not even by an event deleted and created again with
-- the same id (the demo data's events).
create sequence event_revision_seq;

-- A volatile default is evaluated for each existing row, so every event starts with a revision of its own.
alter table event add column revision bigint not null default nextval('event_revision_seq');

create function mayors_event_revised() returns trigger
    language plpgsql
as $$
begin
    new.revision := nextval('event_revision_seq');
    return new;
end $$;

create trigger event_revised before update on event
    for each row execute function mayors_event_revised();
