package io.mayorsdialogue.api.partner;

import java.util.UUID;

/**
 * Announced (synchronously, inside the revoking transaction) when a partner's key is revoked, so that what the
 * credential set up stops working with it: its webhook subscriptions stop receiving its city's data. The partner
 * feature does not know who listens.
 */
public record PartnerRevoked(UUID partnerId) {
}
