package io.mayorsdialogue.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An event as the API shows it, read with its topic ids (sorted; empty: none) in one statement, and the revision of
 * this state of it (V21).
 */
record EventRow(UUID id, String name, UUID hostCityId, String venue, Instant startsAt, Instant endsAt, String timeZone,
        EventStatus status, Integer capacity, Instant registrationDeadline, String description, long version, UUID[] topicIds,
        long revision) {
}
