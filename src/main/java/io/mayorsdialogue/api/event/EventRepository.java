package io.mayorsdialogue.api.event;

import io.mayorsdialogue.api.deferred.DeferredWrites;
import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;
import jakarta.persistence.TypedQuery;
import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    private final DeferredWrites writes;

    EventRepository(DeferredWrites writes) {
        this.writes = writes;
    }

    static final SortOrder<EventKey> BY_START = SortOrder.by("startsAt", e -> e.startsAt().toString(), Cursor::instantKey);
    static final SortOrder<EventKey> BY_NAME = SortOrder.by("name", EventKey::name, Cursor::key)
            .readingKeysBackBy("select x.name from Event x where x.id = :afterId");

    /**
     * Events as the API shows them, each with its topic ids, in one statement: a read of one event, or of the rows a
     * page has no kept answer for, costs one round trip, and no managed entities (a second statement for the topic
     * ids, and loading the events as entities, cost the single-event read a quarter of its CPU: bench/README.md). The topic ids are the copy the
     * database keeps on the event's row (V14), not a subquery per event, which cost PostgreSQL half of a page's time.
     */
    private static final String ROWS = "select new io.mayorsdialogue.api.event.EventRow(e.id, e.name, e.hostCityId, e.venue,"
            + " e.startsAt, e.endsAt, e.timeZone, e.status, e.capacity, e.registrationDeadline, e.description, e.version,"
            + " e.topicIds, e.revision) from Event e";

    /** A page's events as ids, revisions and sort keys: what a page needs before its kept answers ({@link EventAnswers}). */
    private static final String KEYS = "select new io.mayorsdialogue.api.event.EventKey(e.id, e.revision, e.startsAt, e.name)"
            + " from Event e";

    /** Filters left null are not applied; {@code hostCitiesInCountry} comes from the city feature. */
    record Filter(EventStatus status, UUID hostCityId, boolean publicOnly, Subquery hostCitiesInCountry, UUID topicId,
            Instant from, Instant to, String q) {
    }

    /**
     * The lock Hibernate takes for {@code PESSIMISTIC_WRITE} ({@link EventService#lock}), so both ways of locking an
     * event serialise against each other, with the columns a change's rules read.
     */
    private static final String LOCK = "select status, starts_at, registration_deadline, capacity from event where id = ? for no key update";

    /**
     * The event's lock, then the caller's read, as two statements in one {@code PreparedStatement}: the driver sends
     * them together and PostgreSQL runs them in order, so the read's snapshot still follows the lock. Hibernate sends
     * one statement per execution, hence JDBC. Empty when there is no such event (the read is then not looked at).
     */
    <T> Optional<LockedEvent<T>> lockThen(UUID id, ReadUnderLock<T> read) {
        // shown to the session's statement inspector as Hibernate shows its own SQL (the tests capture statements so)
        StatementInspector inspector = getEntityManager().unwrap(SharedSessionContractImplementor.class)
                .getJdbcSessionContext().getStatementInspector();
        String sql = LOCK + ";\n" + read.sql();
        Object[] readParameters = read.parameters(id);
        Object[] parameters = new Object[readParameters.length + 1];
        parameters[0] = id;
        System.arraycopy(readParameters, 0, parameters, 1, readParameters.length);
        // a keyed change's claim, held to go first, goes in this round trip (DeferredWrites#query)
        return getEntityManager().unwrap(Session.class).doReturningWork(connection -> writes.query(connection, inspector, sql, parameters, both -> {
            try (ResultSet event = both.getResultSet()) {
                if (!event.next()) {
                    return Optional.empty();
                }
                EventStatus status = EventStatus.valueOf(event.getString(1));
                Instant startsAt = event.getObject(2, OffsetDateTime.class).toInstant();
                OffsetDateTime deadline = event.getObject(3, OffsetDateTime.class);
                int capacity = event.getInt(4);
                Integer capacityOrNone = event.wasNull() ? null : capacity;
                both.getMoreResults();
                try (ResultSet rows = both.getResultSet()) {
                    return Optional.of(new LockedEvent<>(id, status, startsAt, deadline == null ? null : deadline.toInstant(),
                            capacityOrNone, read.read(rows)));
                }
            }
        }));
    }

    /** {@code from}/{@code to} select the events overlapping [from, to): still running at from, started before to. */
    List<EventKey> pageKeys(Filter f, SortOrder<EventKey> order, PageRequest page) {
        return where(f).after(page.after(), order, "id").fetch(getEntityManager(), KEYS, EventKey.class, order, "id", page);
    }

    /**
     * The events with these ids that still meet the page's conditions, in no order: read after {@link #pageKeys}, in
     * another statement, so an event changed in between (made a draft, moved out of the filter) is left out rather
     * than shown in a state the page's conditions exclude.
     */
    List<EventRow> rows(Filter f, List<UUID> ids) {
        Where where = where(f).and("function('mayors_has_element', :ids, id) = true", "ids", ids.toArray(UUID[]::new));
        TypedQuery<EventRow> query = getEntityManager().createQuery(ROWS + " where " + where.conditions(), EventRow.class);
        where.params().forEach(query::setParameter);
        return query.getResultList();
    }

    private static Where where(Filter f) {
        return new Where()
                .and("status = :status", "status", f.status())
                .and("status <> :draft", "draft", f.publicOnly() ? EventStatus.DRAFT : null)
                .and("hostCityId = :hostCityId", "hostCityId", f.hostCityId())
                .in("hostCityId", f.hostCitiesInCountry())
                .and("id in (select l.eventId from EventTopic l where l.topicId = :topicId)", "topicId", f.topicId())
                .and("endsAt > :from", "from", f.from())
                .and("startsAt < :to", "to", f.to())
                .matches(f.q(), "nameFolded", "descriptionFolded");
    }

    Optional<EventRow> row(UUID id) {
        return getEntityManager().createQuery(ROWS + " where e.id = ?1", EventRow.class).setParameter(1, id)
                .getResultStream().findFirst();
    }

    /** The event's id if it is not a draft, as a subquery (parameters {@code shownEvent}, {@code hiddenStatus}). */
    static Subquery idIfNotDraft(UUID id) {
        return new Subquery("select se.id from Event se where se.id = :shownEvent and se.status <> :hiddenStatus",
                Map.of("shownEvent", id, "hiddenStatus", EventStatus.DRAFT));
    }

    /** The ids of the events other than this one that are not cancelled (parameters {@code thisEvent}, {@code calledOff}). */
    static Subquery othersNotCancelled(UUID id) {
        return new Subquery("select oe.id from Event oe where oe.id <> :thisEvent and oe.status <> :calledOff",
                Map.of("thisEvent", id, "calledOff", EventStatus.CANCELLED));
    }

    /** The event's status alone, for reads that only need to know whether the caller may see the event. */
    Optional<EventStatus> status(UUID id) {
        return getEntityManager().createQuery("select e.status from Event e where e.id = ?1", EventStatus.class).setParameter(1, id)
                .getResultStream().findFirst();
    }

    boolean nameTakenByOther(String name, UUID exceptId) {
        return count("function('mayors_case_fold' as String, name) = function('mayors_case_fold' as String, ?1) and id <> ?2", name, exceptId) > 0;
    }
}
