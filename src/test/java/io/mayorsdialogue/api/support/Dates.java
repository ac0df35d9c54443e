package io.mayorsdialogue.api.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** "The future" for tests, from the clock: a fixed date would turn the suite red by itself once it passes. */
public final class Dates {

    private static final ZoneOffset QINGDAO = ZoneOffset.ofHours(8);
    /**
     * Today, read once when the class loads. Read on every call, a run that passed midnight in Qingdao (16:00 UTC)
     * between making an event and its session put the session on the next day, outside the event (a 422 in
     * QueryCountTest's set-up).
     */
    private static final LocalDate TODAY = LocalDate.now(QINGDAO);

    private Dates() {
    }

    /** {@code days} from today at {@code time} in Qingdao's offset, as RFC 3339 text. */
    public static String inDays(int days, String time) {
        OffsetDateTime at = OffsetDateTime.of(TODAY.plusDays(days), LocalTime.parse(time), QINGDAO);
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The same instant in UTC ({@code Z}), as clients in other zones send it. */
    public static String inDaysUtc(int days, String time) {
        return OffsetDateTime.parse(inDays(days, time)).withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
