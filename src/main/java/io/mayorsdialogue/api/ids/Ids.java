package io.mayorsdialogue.api.ids;

import java.util.Optional;
import java.util.UUID;

/** Ids are opaque strings to clients; here they are UUIDs. A string that is no UUID names nothing (404, not 400). */
public final class Ids {

    private Ids() {
    }

    /**
     * A new id: a time-ordered UUID (RFC 9562 version 7), the millisecond of its making in its first 48 bits and 74
     * random bits from {@code UUID.randomUUID}'s {@code SecureRandom} after it. Ids made one after another sit side by
     * side in a primary key's index (and in every index that starts with a column holding them), so an insert writes
     * to the index's last pages, which stay in memory, where a random id wrote to any page of it: reading it back from
     * disk, and a full page image in the WAL after each checkpoint (bench/README.md has the A/B).
     */
    public static UUID newId() {
        return newId(System.currentTimeMillis(), UUID.randomUUID());
    }

    static UUID newId(long epochMillis, UUID random) {
        long high = epochMillis << 16 | 0x7000L | random.getMostSignificantBits() & 0x0FFFL;
        return new UUID(high, random.getLeastSignificantBits()); // a version 4 UUID's low half has the same variant
    }

    public static Optional<UUID> parse(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
