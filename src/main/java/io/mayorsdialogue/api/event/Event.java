package io.mayorsdialogue.api.event;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "event")
public class Event {

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String name;

    /** Kept folded by the database (V10) for free-text search: never written from Java, never loaded (lazy, never read). */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "name_folded", insertable = false, updatable = false)
    public String nameFolded;

    /**
     * The linked topics' ids, sorted, kept by the database (V14) from event_topic: never written from Java, not loaded
     * with the entity (lazy); the API's reads of events select it ({@link EventRepository}).
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "topic_ids", insertable = false, updatable = false)
    public UUID[] topicIds;

    @Column(name = "host_city_id", nullable = false)
    public UUID hostCityId;

    @Column(length = 200)
    public String venue;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    public Instant endsAt;

    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EventStatus status;

    public Integer capacity;

    @Column(name = "registration_deadline")
    public Instant registrationDeadline;

    @Column(length = 5000)
    public String description;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "description_folded", insertable = false, updatable = false)
    public String descriptionFolded;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /**
     * This state's number, never given to another (V21: a sequence, taken again by a trigger on every update); never
     * written from Java. The answers kept by {@link EventAnswers} are keyed by it.
     */
    @Column(insertable = false, updatable = false)
    public long revision;
}
