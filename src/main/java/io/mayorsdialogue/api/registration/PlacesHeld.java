package io.mayorsdialogue.api.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Synchronize;

import java.util.UUID;

/**
 * How many places an event's delegations hold, kept by the database (V12__places_held.sql) as registrations are
 * written. Read-only here. It is derived from registration rows, so a query for it first flushes pending registration
 * changes ({@code @Synchronize}), as a count over them would.
 */
@Entity
@Immutable
@Synchronize("registration")
@Table(name = "event_places_held")
class PlacesHeld {

    @Id
    @Column(name = "event_id")
    UUID eventId;

    @Column(nullable = false)
    int held;
}
