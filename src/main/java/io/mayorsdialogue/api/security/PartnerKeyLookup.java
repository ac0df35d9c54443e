package io.mayorsdialogue.api.security;

import java.util.Optional;

/**
 * Who a presented partner API key belongs to. The partner feature implements it, so security depends on no feature
 * while every feature may ask security who is calling.
 */
public interface PartnerKeyLookup {

    /** Empty when the key is unknown or revoked. */
    Optional<Caller> partnerFor(String key);
}
