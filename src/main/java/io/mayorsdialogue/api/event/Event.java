package io.mayorsdialogue.api.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
