package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.counts.KeyCount;
import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@Singleton
public class SessionRepository implements PanacheRepositoryBase<AgendaSession, UUID> {

    static final SortOrder<AgendaSession> BY_START = SortOrder.by("startsAt", s -> s.startsAt.toString(), Cursor::instantKey);

    /** Filters left null are not applied; {@code dayStart}/{@code dayEnd} bound a day in the event's zone. */
    record Filter(UUID eventId, UUID topicId, String room, UUID mayorId, Instant dayStart, Instant dayEnd) {
    }

    List<AgendaSession> page(Filter f, PageRequest page) {
        return where(f).after(page.after(), BY_START, "id").fetch(this, BY_START.sort("id"), page);
    }

    List<AgendaSession> all(Filter f) {
        Where where = where(f);
        return find(where.conditions(), BY_START.sort("id"), where.params()).list();
    }

    private static Where where(Filter f) {
        return new Where()
                .and("eventId = :eventId", "eventId", f.eventId())
                .and("topicId = :topicId", "topicId", f.topicId())
                .and("room = :room", "room", f.room())
                .and("(moderatorMayorId = :mayorId or :mayorId member of panelists)", "mayorId", f.mayorId())
                .and("startsAt >= :dayStart", "dayStart", f.dayStart())
                .and("startsAt < :dayEnd", "dayEnd", f.dayEnd());
    }

    /** All the event's sessions. */
    List<AgendaSession> ofEvent(UUID eventId) {
        return list("eventId = ?1", Sort.by("startsAt").and("id"), eventId);
    }

    /** The event's sessions that overlap [from, to), but {@code except} (null: none). */
    List<AgendaSession> overlapping(UUID eventId, Instant from, Instant to, UUID except) {
        return list("eventId = ?1 and startsAt < ?3 and endsAt > ?2 and id <> ?4", Sort.by("startsAt").and("id"),
                eventId, from, to, except == null ? new UUID(0, 0) : except);
    }

    /** The event's sessions in which any of these mayors moderates or sits on the panel. */
    List<AgendaSession> ofSpeakers(UUID eventId, Collection<UUID> mayorIds) {
        return list("eventId = ?1 and (moderatorMayorId in ?2 or id in (select s.id from AgendaSession s join s.panelists p"
                + " where p in ?2))", Sort.by("startsAt").and("id"), eventId, mayorIds);
    }

    /** How many sessions each topic has (null topic: none), counted by the database. */
    List<KeyCount> countByTopic(UUID eventId) {
        return getEntityManager().createQuery("select new io.mayorsdialogue.api.counts.KeyCount(cast(s.topicId as String), count(s))"
                + " from AgendaSession s where s.eventId = :eventId group by s.topicId", KeyCount.class)
                .setParameter("eventId", eventId).getResultList();
    }
}
