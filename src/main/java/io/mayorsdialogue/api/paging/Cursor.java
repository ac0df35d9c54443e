package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page for keyset paging: the sort key of that item and its id as tie-breaker.
 * Opaque to clients (base64url); anything that does not decode is the client's error (400), never a 500.
 */
public record Cursor(String sort, String key, String id) {

    private static final char SEP = '\u001f';

    public String encode() {
        String raw = sort + SEP + key + SEP + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int first = raw.indexOf(SEP);
            int last = raw.lastIndexOf(SEP);
            if (first < 0 || first == last) {
                throw invalid();
            }
            return new Cursor(raw.substring(0, first), raw.substring(first + 1, last), raw.substring(last + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The id part as a UUID, for the tables keyed by UUID. */
    public UUID uuid() {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The key part as an instant, for lists ordered by time. */
    public Instant instantKey() {
        try {
            return Instant.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /** The key part as a date, for lists ordered by day. */
    public LocalDate dateKey() {
        try {
            return LocalDate.parse(key);
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    public static ApiProblem invalid() {
        return ApiProblem.badRequest("cursor", "is not a cursor this API issued; pass back the 'next' value unchanged, or omit it to start again");
    }
}
