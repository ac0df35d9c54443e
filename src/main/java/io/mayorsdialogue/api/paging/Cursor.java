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
 *
 * <p>The contract bounds a cursor at {@value #MAX_LENGTH} characters, which a long name in a script of three or four
 * bytes a character outgrows (200 characters of Chinese are 600 bytes). Such a key is cut to fit, and {@code keyCut}
 * says so: the next page then reads the whole key back by the id ({@link Where#after}), and the start kept here only
 * matters if that item has been deleted since.
 */
public record Cursor(String sort, String key, String id, boolean keyCut) {

    /** {@code cursor}'s and {@code next}'s maxLength in openapi.yaml. */
    static final int MAX_LENGTH = 512;
    private static final char SEP = '\u001f';
    /** Ends the sort token instead of {@link #SEP} when the key that follows is cut. */
    private static final char CUT = '\u001e';

    public Cursor(String sort, String key, String id) {
        this(sort, key, id, false);
    }

    public String encode() {
        String whole = base64(sort + (keyCut ? CUT : SEP) + key + SEP + id);
        if (whole.length() <= MAX_LENGTH) {
            return whole;
        }
        int keyBytes = MAX_LENGTH / 4 * 3 - utf8(sort + CUT + SEP + id).length;
        return base64(sort + CUT + startOf(key, keyBytes) + SEP + id);
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
            return new Cursor(raw.substring(0, first), raw.substring(first + 1, last), raw.substring(last + 1),
                    raw.charAt(first) == CUT);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** Sort tokens are letters and '-', so the first separator of either kind ends the token. */
    private static int firstSeparator(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) == SEP || raw.charAt(i) == CUT) {
                return i;
            }
        }
        return -1;
    }

    /** The longest start of {@code key} within {@code maxBytes} of UTF-8, never splitting a character. */
    private static String startOf(String key, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < key.length()) {
            int codePoint = key.codePointAt(end);
            bytes += utf8(Character.toString(codePoint)).length;
            if (bytes > maxBytes) {
                break;
            }
            end += Character.charCount(codePoint);
        }
        return key.substring(0, end);
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

    public static ApiProblem invalid() {
        return ApiProblem.badRequest("cursor", "is not a cursor this API issued; pass back the 'next' value unchanged, or omit it to start again");
    }
}
