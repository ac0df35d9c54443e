package io.mayorsdialogue.api.time;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZonesTest {

    @Test
    void onlyNamesOfTheIanaDatabaseAreTimeZones() {
        assertThat(TimeZones.isIana("Asia/Shanghai")).isTrue();
        assertThat(TimeZones.isIana("Europe/Budapest")).isTrue();
        assertThat(TimeZones.isIana("UTC")).isTrue();
        // the JDK parses these, but they are not IANA names: an offset, and ids the IANA database dropped in 2020b
        assertThat(TimeZones.isIana("+08:00")).isFalse();
        assertThat(TimeZones.isIana("SystemV/EST5")).isFalse();
        assertThat(TimeZones.isIana("asia/shanghai")).isFalse();
        assertThat(TimeZones.isIana(null)).isFalse();
    }
}
