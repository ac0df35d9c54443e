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
import java.util.Set;
import java.util.UUID;

@Singleton
public class MeetingRepository implements PanacheRepositoryBase<Meeting, UUID> {

    static final SortOrder<Meeting> BY_START = SortOrder.by("startsAt", m -> m.startsAt.toString(), Cursor::instantKey);

    /** Filters left null are not applied; {@code mayorsOfCity} limits to meetings with a mayor of a partner's city. */
    record Filter(UUID eventId, MeetingStatus status, UUID mayorId, Subquery mayorsOfCity) {
    }

    List<Meeting> page(Filter f, PageRequest page) {
        return where(f).after(page.after(), BY_START, "id").fetch(this, BY_START.sort("id"), page);
    }

    List<Meeting> all(Filter f) {
        Where where = where(f);
        return find(where.conditions(), BY_START.sort("id"), where.params()).list();
    }

    private static Where where(Filter f) {
        return new Where()
                .and("eventId = :eventId", "eventId", f.eventId())
                .and("status = :status", "status", f.status())
                .and("(requesterMayorId = :mayorId or counterpartMayorId = :mayorId)", "mayorId", f.mayorId())
                .inEither("requesterMayorId", "counterpartMayorId", f.mayorsOfCity());
    }

    /** The event's meetings still to happen: requested or accepted. */
    List<Meeting> liveOf(UUID eventId) {
        return list("eventId = ?1 and status in ?2", Sort.by("startsAt").and("id"), eventId,
                Set.of(MeetingStatus.REQUESTED, MeetingStatus.ACCEPTED));
    }

    /** The event's accepted meetings that overlap [from, to), but {@code except} (null: none). */
    List<Meeting> acceptedOverlapping(UUID eventId, Instant from, Instant to, UUID except) {
        return list("eventId = ?1 and status = ?5 and startsAt < ?3 and endsAt > ?2 and id <> ?4", Sort.by("startsAt").and("id"),
                eventId, from, to, except == null ? new UUID(0, 0) : except, MeetingStatus.ACCEPTED);
    }

    /** Accepted meetings of the {@code events} overlapping [from, to) of any of these mayors. */
    List<Meeting> acceptedOfIn(Subquery events, Collection<UUID> mayorIds, Instant from, Instant to) {
        Where where = new Where().in("eventId", events).and("status = :accepted", "accepted", MeetingStatus.ACCEPTED)
                .and("startsAt < :to", "to", to).and("endsAt > :from", "from", from)
                .and("(requesterMayorId in :mayors or counterpartMayorId in :mayors)", "mayors", mayorIds);
        return list(where.conditions(), Sort.by("startsAt").and("id"), where.params());
    }

    /** The event's accepted meetings of any of these mayors. */
    List<Meeting> acceptedOf(UUID eventId, Collection<UUID> mayorIds) {
        return list("eventId = ?1 and status = ?2 and (requesterMayorId in ?3 or counterpartMayorId in ?3)",
                Sort.by("startsAt").and("id"), eventId, MeetingStatus.ACCEPTED, mayorIds);
    }

    /** How many meetings are in each status, counted by the database. */
    List<KeyCount> countByStatus(UUID eventId) {
        return getEntityManager().createQuery("select new io.mayorsdialogue.api.counts.KeyCount(cast(m.status as String), count(m))"
                + " from Meeting m where m.eventId = :eventId group by m.status", KeyCount.class)
                .setParameter("eventId", eventId).getResultList();
    }
}
