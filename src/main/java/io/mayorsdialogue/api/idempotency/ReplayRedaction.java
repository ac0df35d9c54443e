package io.mayorsdialogue.api.idempotency;

/**
 * What a feature removes from an answer before it is kept for replays: a secret shown once (a partner's API key)
 * must not be stored, nor sent again. Features implement it as a CDI bean; idempotency knows none of them.
 */
public interface ReplayRedaction {

    /** The entity as it may be stored and replayed; the same instance when there is nothing to remove. */
    Object redact(Object entity);
}
