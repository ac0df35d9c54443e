package io.mayorsdialogue.api.event;

/**
 * Announced (synchronously, inside the transaction and under the event's row lock) when an event's capacity or
 * status changed, so that the features holding its places can react: the registration feature hands new places to
 * its waitlist. The event feature does not know who listens.
 */
public record EventPlacesChanged(Event event) {
}
