package io.mayorsdialogue.api.attendee;

import io.mayorsdialogue.api.paging.Cursor;
import io.mayorsdialogue.api.paging.PageRequest;
import io.mayorsdialogue.api.paging.SortOrder;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.paging.Where;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who attends each event, as the database keeps it (see {@link EventAttendance}); read only. */
@Singleton
public class AttendanceRepository implements PanacheRepositoryBase<EventAttendance, EventAttendee.Key> {

    /** The attendee list's order; its cursor token is the one the list has always issued. */
    static final SortOrder<AttendeeRow> BY_FULL_NAME = SortOrder.on("fullName", "a.fullName", AttendeeRow::fullName, Cursor::key)
            .readingKeysBackBy("select max(x.fullName) from EventAttendance x where x.mayorId = :afterId");

    /**
     * A page of an event's attendees with their mayors and cities, in one statement: an index-only walk of the (event,
     * name, mayor) index, which carries the columns the list shows, read as rows rather than managed entities.
     * {@code visibleEvent} (the event's condition that the caller may see it) and {@code mayors} narrow when given.
     */
    List<AttendeeRow> page(UUID eventId, Subquery visibleEvent, Subquery mayors, PageRequest page) {
        return new Where()
                .and("a.eventId = :eventId", "eventId", eventId)
                .in("a.eventId", visibleEvent)
                .in("a.mayorId", mayors)
                .after(page.after(), BY_FULL_NAME, "a.mayorId")
                .fetch(getEntityManager(), "select new io.mayorsdialogue.api.attendee.AttendeeRow(a.mayorId, a.fullName, a.title,"
                        + " a.cityId, a.cityName, a.countryCode, a.languages) from EventAttendance a",
                        AttendeeRow.class, BY_FULL_NAME, "a.mayorId", page);
    }

    /** The mayors attending the event, as a subquery. */
    static Subquery attending(UUID eventId) {
        return new Subquery("select a.mayorId from EventAttendance a where a.eventId = :attendingEventId",
                Map.of("attendingEventId", eventId));
    }
}
