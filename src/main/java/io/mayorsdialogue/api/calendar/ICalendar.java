package io.mayorsdialogue.api.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes RFC 5545 text: CRLF line ends, content lines folded at 75 octets (never inside a UTF-8 character), TEXT
 * values escaped (backslash, semicolon, comma, newline), date-times in UTC.
 */
final class ICalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    ICalendar begin(String component) {
        return line("BEGIN:" + component);
    }

    ICalendar end(String component) {
        return line("END:" + component);
    }

    /** A property whose value is written as it is (no escaping): for identifiers and fixed values. */
    ICalendar raw(String name, String value) {
        return line(name + ":" + value);
    }

    /** A TEXT property, escaped; left out when the value is null or blank. */
    ICalendar text(String name, String value) {
        return value == null || value.isBlank() ? this : line(name + ":" + escape(value));
    }

    ICalendar time(String name, Instant instant) {
        return line(name + ":" + UTC.format(instant.truncatedTo(ChronoUnit.SECONDS)));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Folds the content line: each physical line at most 75 octets, continuations start with one space. */
    private ICalendar line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1; // the leading space counts
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
        return this;
    }
}
