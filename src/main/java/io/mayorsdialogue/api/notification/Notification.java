package io.mayorsdialogue.api.notification;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Something happened that subscribers may want to hear about, announced (synchronously, inside the transaction of
 * the change) by the feature that owns it. {@code resource} is the changed resource as the API answers it.
 * {@code cityIds}: the partner cities whose data it is; null when it concerns everyone registered for
 * {@code eventId} (an event's own changes). {@code types}: what happened, in order; one change can be several things at
 * once (a registration created on the waitlist is {@code registration.created} and {@code registration.waitlisted}),
 * announced together so that their webhook deliveries are written together.
 */
public record Notification(List<String> types, Object resource, Set<UUID> cityIds, UUID eventId) {

    public static Notification aboutCities(String type, Object resource, UUID eventId, Set<UUID> cityIds) {
        return aboutCities(List.of(type), resource, eventId, cityIds);
    }

    public static Notification aboutCities(List<String> types, Object resource, UUID eventId, Set<UUID> cityIds) {
        return new Notification(List.copyOf(types), resource, Set.copyOf(cityIds), eventId);
    }

    public static Notification aboutEvent(String type, Object resource, UUID eventId) {
        return new Notification(List.of(type), resource, null, eventId);
    }
}
