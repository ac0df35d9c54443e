package io.mayorsdialogue.api.attendee;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.inject.Singleton;

/** The mayors the organiser recorded as attending (event_attendee); who attends in all is {@link AttendanceRepository}. */
@Singleton
public class AttendeeRepository implements PanacheRepositoryBase<EventAttendee, EventAttendee.Key> {
}
