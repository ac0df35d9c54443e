package io.mayorsdialogue.api.paging;

import io.mayorsdialogue.api.problem.ApiProblem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Position after the last item of a page for keyset paging: the sort key of that item and its id as tie-breaker.
 * Opaque to clients (base64url); anything that does not decode is the client's error (400), never a 500.
 *
 * <p>The contract bounds a cursor at {@value #MAX_LENGTH} characters, which a long name in a script of three or four
 * bytes a character outgrows (200 characters of Chinese are 600 bytes). Such a cursor carries a hash of the key
 * instead of the key ({@code keyHash}): the next page reads the item's key back by its id and goes on from it only if
 * it still has that hash ({@link Where#after}); an item renamed or deleted since cannot be continued from exactly, and
 * the client is asked to start again rather than shown a page that skips or repeats items.
 */
public record Cursor(String sort, String key, String id, String keyHash) {

    /** {@code cursor}'s and {@code next}'s maxLength in openapi.yaml. */
    static final int MAX_LENGTH = 512;
    private static final char SEP = '\u001f';
    /** Ends the sort token instead of {@link #SEP} when a hash of the key follows instead of the key. */
    private static final char HASHED = '\u001e';

    public Cursor(String sort, String key, String id) {
        this(sort, key, id, null);
    }

    /** Whether this cursor carries only a hash of its key, which the next page reads back by the id. */
    public boolean keyCut() {
        return keyHash != null;
    }

    public String encode() {
        String whole = keyCut() ? null : base64(sort + SEP + key + SEP + id);
        return whole != null && whole.length() <= MAX_LENGTH ? whole
                : base64(sort + HASHED + (keyCut() ? keyHash : hashOf(key)) + SEP + id);
    }

    public static Cursor decode(String token) {
        if (token == null || token.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int first = firstSeparator(raw);
            int last = raw.lastIndexOf(SEP);
            if (first < 0 || first >= last) {
                throw invalid();
            }
            String sort = raw.substring(0, first);
            String middle = raw.substring(first + 1, last);
            String id = raw.substring(last + 1);
            return raw.charAt(first) == HASHED ? new Cursor(sort, null, id, middle) : new Cursor(sort, middle, id, null);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** The hash a cursor carries for a key too long to carry (96 bits of SHA-256, base64url). */
    public static String hashOf(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(utf8(key));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sort tokens are letters and '-', so the first separator of either kind ends the token. */
    private static int firstSeparator(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == SEP || raw.charAt(i) == HASHED) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String base64(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(utf8(raw));
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

    /** The item a cut cursor continues after was renamed or deleted since the page that issued it. */
    static ApiProblem changedSince() {
        return ApiProblem.badRequest("cursor", "continues after an item that has been renamed or deleted since; omit the cursor to start again");
    }

    public static ApiProblem invalid() {
        return ApiProblem.badRequest("cursor", "is not a cursor this API issued; pass back the 'next' value unchanged, or omit it to start again");
    }
}
