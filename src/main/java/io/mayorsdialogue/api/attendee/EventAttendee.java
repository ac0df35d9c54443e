package io.mayorsdialogue.api.attendee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** A mayor recorded by the organiser as attending an event (e.g. the host city's own mayor). */
@Entity
@Table(name = "event_attendee")
@IdClass(EventAttendee.Key.class)
public class EventAttendee {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "mayor_id")
    public UUID mayorId;

    public static EventAttendee of(UUID eventId, UUID mayorId) {
        EventAttendee a = new EventAttendee();
        a.eventId = eventId;
        a.mayorId = mayorId;
        return a;
    }

    public static class Key implements Serializable {
        public UUID eventId;
        public UUID mayorId;

        public Key() {
        }

        public Key(UUID eventId, UUID mayorId) {
            this.eventId = eventId;
            this.mayorId = mayorId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(eventId, k.eventId) && Objects.equals(mayorId, k.mayorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(eventId, mayorId);
        }

        /** As the audit trail names the record: event, then mayor. */
        @Override
        public String toString() {
            return eventId + "/" + mayorId;
        }
    }
}
