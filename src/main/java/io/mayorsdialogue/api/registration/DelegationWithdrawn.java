package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.event.Event;

import java.util.UUID;

/**
 * Announced (synchronously, inside the transaction, under the event's row lock, after the change is flushed) when a
 * delegation headed by a mayor is cancelled or rejected, so that what needs the mayor at the event can let go: the
 * agenda cancels the mayor's live meetings unless the mayor still attends otherwise.
 */
public record DelegationWithdrawn(Event event, UUID headMayorId) {
}
