package io.mayorsdialogue.api.attendee;

import io.mayorsdialogue.api.paging.Subquery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AttendeeRepository implements PanacheRepositoryBase<EventAttendee, EventAttendee.Key> {

    /** The mayors the organiser recorded as attending the event. */
    static Subquery recordedFor(UUID eventId) {
        return new Subquery("select a.mayorId from EventAttendee a where a.eventId = :attendeeEventId",
                Map.of("attendeeEventId", eventId));
    }
}
