package io.mayorsdialogue.api.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own date writer must write what Jackson's ISO_OFFSET_DATE_TIME writes, for every shape of value: the
 * contract's date-time strings, and every client that compares them as text, were written against that output.
 */
@QuarkusTest
class OffsetDateTimeWriterTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void theServicesMapperWritesDatesWithIt() throws Exception {
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(OffsetDateTime.class))
                .isInstanceOf(OffsetDateTimeWriter.class);
    }

    @Test
    void everyDateIsWrittenAsIsoOffsetDateTimeWritesIt() throws Exception {
        List<OffsetDateTime> values = new ArrayList<>(List.of(
                OffsetDateTime.of(2026, 5, 18, 9, 0, 0, 0, ZoneOffset.ofHours(8)),         // seconds are written even when 0
                OffsetDateTime.of(2026, 5, 18, 0, 0, 0, 0, ZoneOffset.UTC),                // Z
                OffsetDateTime.of(1, 1, 1, 0, 0, 0, 1, ZoneOffset.ofHoursMinutes(-3, -30)),
                OffsetDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_999, ZoneOffset.MAX),
                OffsetDateTime.of(0, 2, 29, 12, 30, 5, 120_000_000, ZoneOffset.MIN),       // a fraction without its trailing zeros
                OffsetDateTime.of(2026, 11, 29, 20, 15, 5, 123_000, ZoneOffset.ofHoursMinutesSeconds(5, 45, 30)),
                OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),               // a signed year: the formatter's own
                OffsetDateTime.of(-1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
        Random random = new Random(20261129);
        for (int i = 0; i < 5_000; i++) {
            int[] nanos = {0, random.nextInt(1_000) * 1_000_000, random.nextInt(1_000_000) * 1_000, random.nextInt(1_000_000_000)};
            values.add(OffsetDateTime.of(random.nextInt(10_000), 1 + random.nextInt(12), 1 + random.nextInt(28),
                    random.nextInt(24), random.nextInt(60), random.nextInt(60), nanos[random.nextInt(nanos.length)],
                    ZoneOffset.ofTotalSeconds((random.nextInt(144) - 72) * 15 * 60       // quarter hours, -18:00 to +17:45
                            + (random.nextInt(10) == 0 ? random.nextInt(60) : 0))));
        }
        for (OffsetDateTime value : values) {
            // an offset with seconds is not RFC 3339: such a date is written as the same instant in UTC
            OffsetDateTime written = value.getOffset().getTotalSeconds() % 60 == 0 ? value : value.withOffsetSameInstant(ZoneOffset.UTC);
            assertThat(mapper.writeValueAsString(value)).as("%s", value)
                    .isEqualTo('"' + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(written) + '"');
        }
        assertThat(mapper.writeValueAsString(OffsetDateTime.of(2026, 11, 29, 20, 15, 5, 0, ZoneOffset.ofHoursMinutesSeconds(5, 45, 30))))
                .isEqualTo("\"2026-11-29T14:29:35Z\"");
    }
}
