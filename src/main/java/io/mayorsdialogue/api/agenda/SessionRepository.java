package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.counts.KeyCount;
import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
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

    /** The first key of the two-key advisory locks on mayors' agendas (two-key locks never meet one-key ones). */
    private static final int AGENDA_LOCKS = 1;

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

    /** Sessions of the {@code events} overlapping [from, to) in which any of these mayors moderates or sits on the panel. */
    List<AgendaSession> ofSpeakersIn(Subquery events, Collection<UUID> mayorIds, Instant from, Instant to) {
        Where where = new Where().in("eventId", events)
                .and("startsAt < :to", "to", to).and("endsAt > :from", "from", from)
                .and("(moderatorMayorId in :mayors or id in (select s.id from AgendaSession s join s.panelists p where p in :mayors))",
                        "mayors", mayorIds);
        return list(where.conditions(), Sort.by("startsAt").and("id"), where.params());
    }

    /**
     * Takes, in the order of their ids, a lock on each of these mayors' agendas across events, held to the end of the
     * transaction: bookings of one mayor in two events at once (each under its own event's lock) then take turns, and
     * the second sees the first. Deadlock-free: every booking takes its event's lock first, then its mayors' in order.
     */
    void lockAgendasOf(Collection<UUID> mayorIds) {
        if (mayorIds.isEmpty()) {
            return;
        }
        getEntityManager().createNativeQuery("select count(pg_advisory_xact_lock(" + AGENDA_LOCKS
                + ", hashtext(cast(m as text)))) from (select m from unnest(cast(?1 as uuid[])) m order by m) ordered")
                .setParameter(1, mayorIds.stream().distinct().sorted().toArray(UUID[]::new)).getSingleResult();
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
