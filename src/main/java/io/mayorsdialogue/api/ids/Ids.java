package io.mayorsdialogue.api.ids;

import java.util.Optional;
import java.util.UUID;

/** Ids are opaque strings to clients; here they are UUIDs. A string that is no UUID names nothing (404, not 400). */
public final class Ids {

    private Ids() {
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
