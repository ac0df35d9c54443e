package io.mayorsdialogue.api.security;

import java.util.Optional;

/**
 * Who a presented partner API key belongs to. The partner feature implements it, so security depends on no feature
 * while every feature may ask security who is calling.
 */
public interface PartnerKeyLookup {

    /** Asks the database. Empty when the key is unknown or revoked. */
    Optional<Caller> partnerFor(String key);

    /**
     * The partner the key belonged to when this instance last asked, without asking again; empty when it has not asked
     * (or forgot). Not an answer by itself: it must be confirmed ({@link #confirmation}) before anything is changed or
     * answered for the caller, since the key may have been revoked since, on any instance.
     */
    Optional<Caller> remembered(String key);

    /** The statement that answers one row when {@code key} is still valid and {@code caller}'s, and none otherwise. */
    Confirmation confirmation(String key, Caller caller);

    /** Forgets a remembered key that was found no longer valid. */
    void forget(String key);

    record Confirmation(String sql, Object[] parameters) {
    }
}
