package io.mayorsdialogue.api.ids;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IdsTest {

    @Test
    void aNewIdIsVersionSevenWithItsMillisecondFirstAndTheRandomBitsAfter() {
        UUID random = UUID.randomUUID();
        long millis = 1_795_000_000_123L; // 2026-11-18
        UUID id = Ids.newId(millis, random);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(id.getMostSignificantBits() & 0xFFFL).isEqualTo(random.getMostSignificantBits() & 0xFFFL);
        assertThat(id.getLeastSignificantBits()).isEqualTo(random.getLeastSignificantBits());
    }

    /** PostgreSQL orders uuids by their bytes, as their lower-case text sorts; Java's UUID.compareTo does not (signed). */
    @Test
    void idsMadeLaterSortAfterAsPostgresqlOrdersThem() {
        List<String> made = new ArrayList<>();
        for (long millis = 1_700_000_000_000L; millis < 1_700_000_000_000L + 10_000; millis += 97) {
            made.add(Ids.newId(millis, UUID.randomUUID()).toString());
        }
        made.add(Ids.newId(0x7FFF_FFFF_FFFFL, UUID.randomUUID()).toString());
        made.add(Ids.newId(0x8000_0000_0000L, UUID.randomUUID()).toString()); // the 48 bits' top bit set
        assertThat(made).isSorted();
    }

    @Test
    void newIdsCarryTheClockAndDoNotRepeat() {
        long before = System.currentTimeMillis();
        HashSet<UUID> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            UUID id = Ids.newId();
            assertThat(id.version()).isEqualTo(7);
            seen.add(id);
        }
        long after = System.currentTimeMillis();
        assertThat(seen).hasSize(10_000);
        assertThat(seen).allSatisfy(id -> assertThat(id.getMostSignificantBits() >>> 16).isBetween(before, after));
    }
}
