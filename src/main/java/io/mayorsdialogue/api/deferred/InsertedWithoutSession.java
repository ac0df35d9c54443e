package io.mayorsdialogue.api.deferred;

/**
 * An entity's new row, written as held SQL ({@link DeferredWrites}) instead of persisted: Hibernate never sees it, so
 * its interceptor cannot record it, and whatever records entity changes (the audit trail) observes this instead.
 * Fired by the feature that writes the row, in the writing transaction.
 */
public record InsertedWithoutSession(Object entity, Object id) {
}
