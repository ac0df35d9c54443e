-- An event's topic ids, sorted, kept on the event's row by a trigger in the transaction that links or unlinks a topic.
-- Reads of an event or of a page of events selected them with a subquery per event: 21 probes of event_topic for a
-- page of 20, which cut PostgreSQL's rate for that statement from ~47,000 to ~20,000 a second on the bench machine
-- (bench/README.md). Links change rarely (an organiser's edit); events are read on every page.
alter table event add column topic_ids uuid[] not null default '{}';

-- OLD is null on insert and NEW on delete; a link moved to another event (no writer does) refreshes both.
create function mayors_event_topic_ids() returns trigger
    language plpgsql
as $$
declare
    linked_event uuid;
begin
    for linked_event in select distinct e from unnest(array[old.event_id, new.event_id]) e where e is not null loop
        update event set topic_ids = coalesce((select array_agg(l.topic_id order by l.topic_id) from event_topic l
                                               where l.event_id = linked_event), '{}')
        where id = linked_event;
    end loop;
    return null;
end $$;

create trigger event_topic_ids
    after insert or update or delete on event_topic
    for each row execute function mayors_event_topic_ids();

update event e set topic_ids = l.ids
from (select event_id, array_agg(topic_id order by topic_id) ids from event_topic group by event_id) l
where l.event_id = e.id;
