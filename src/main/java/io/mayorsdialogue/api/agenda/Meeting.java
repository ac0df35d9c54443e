package io.mayorsdialogue.api.agenda;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A bilateral meeting between two mayors attending an event. Its status changes only through MeetingService. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "requester_mayor_id", nullable = false)
    public UUID requesterMayorId;

    @Column(name = "counterpart_mayor_id", nullable = false)
    public UUID counterpartMayorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public MeetingStatus status;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "topic_id")
    public UUID topicId;

    @Column(length = 100)
    public String room;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> languages = new ArrayList<>();

    @Column(length = 2000)
    public String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    public boolean involves(UUID mayorId) {
        return requesterMayorId.equals(mayorId) || counterpartMayorId.equals(mayorId);
    }
}
