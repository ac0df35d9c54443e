package io.mayorsdialogue.api.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The organiser's API keys: {@code MAYORS_ORGANISER_KEY} may list several, comma-separated, so that a key can be
 * rotated without downtime (add the new one, move the clients, drop the old one).
 */
public final class OrganiserKeys {

    static final int MIN_LENGTH = 32;
    /** Texts of templates and examples that must never be a real key. */
    private static final List<String> PLACEHOLDERS = List.of("change-me", "changeme", "replace-me", "replace_me", "your-key",
            "example", "placeholder");

    private OrganiserKeys() {
    }

    static List<String> parse(Optional<String> configured) {
        return configured.map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList())
                .orElse(List.of());
    }

    /** Why these keys may not guard production; empty when they may. */
    static Optional<String> weakness(List<String> keys) {
        if (keys.isEmpty()) {
            return Optional.of("set MAYORS_ORGANISER_KEY to the organiser's API key (" + MIN_LENGTH
                    + " characters or more, e.g. from 'openssl rand -base64 32'; several may be given, comma-separated).");
        }
        for (String key : keys) {
            if (key.length() < MIN_LENGTH) {
                return Optional.of("MAYORS_ORGANISER_KEY has a key of " + key.length() + " characters; use " + MIN_LENGTH
                        + " or more (e.g. from 'openssl rand -base64 32').");
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (PLACEHOLDERS.stream().anyMatch(lower::contains)) {
                return Optional.of("MAYORS_ORGANISER_KEY is a placeholder from a template; generate a real key "
                        + "(e.g. 'openssl rand -base64 32').");
            }
        }
        return Optional.empty();
    }
}
