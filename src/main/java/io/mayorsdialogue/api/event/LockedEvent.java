package io.mayorsdialogue.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as the rules of a change under its lock read it ({@link EventService#lockThen}): its columns, not a managed
 * entity, so the lock and the read that follows it can travel in one round trip. {@code read}: what the caller read
 * under the lock.
 */
public record LockedEvent<T>(UUID id, EventStatus status, Instant startsAt, Instant registrationDeadline, Integer capacity,
        T read) {
}
