package io.mayorsdialogue.api.notification;

import java.util.Set;
import java.util.UUID;

/**
 * Something happened that subscribers may want to hear about, announced (synchronously, inside the transaction of
 * the change) by the feature that owns it. {@code resource} is the changed resource as the API answers it.
 * {@code cityIds}: the partner cities whose data it is; null when it concerns everyone registered for
 * {@code eventId} (an event's own changes).
 */
public record Notification(String type, Object resource, Set<UUID> cityIds, UUID eventId) {

    public static Notification aboutCities(String type, Object resource, UUID eventId, Set<UUID> cityIds) {
        return new Notification(type, resource, Set.copyOf(cityIds), eventId);
    }

    public static Notification aboutEvent(String type, Object resource, UUID eventId) {
        return new Notification(type, resource, null, eventId);
    }
}
