package io.mayorsdialogue.api.attendee;

import io.mayorsdialogue.api.mayor.Mayor;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.UUID;

/**
 * A mayor attending an event, recorded or heading a confirmed delegation, with the name the attendee list sorts by.
 * The database keeps these rows (triggers in V8__event_attendance.sql); the service only reads them.
 */
@Entity
@Immutable
@Table(name = "event_attendance")
@IdClass(EventAttendee.Key.class)
public class EventAttendance {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    @Column(name = "mayor_id")
    public UUID mayorId;

    @Column(name = "full_name")
    public String fullName;

    /** Joined by the page's projection: the list shows the mayor's title, city and languages too. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mayor_id", insertable = false, updatable = false)
    public Mayor mayor;
}
