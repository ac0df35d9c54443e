package io.mayorsdialogue.api.attendee;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/**
 * A mayor attending an event, recorded or heading a confirmed delegation, with the name the attendee list sorts by and
 * the mayor's and city's columns the list shows. The database keeps these rows (triggers in V8__event_attendance.sql
 * and V15__attendance_display_columns.sql); the service only reads them.
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

    public String title;

    @Column(name = "city_id")
    public UUID cityId;

    @Column(name = "city_name")
    public String cityName;

    @Column(name = "country_code")
    public String countryCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> languages;
}
