package io.mayorsdialogue.api.time;

import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * IANA time zone names (region ids such as {@code Asia/Shanghai}); fixed offsets like {@code +08:00} are refused, and
 * so are the {@code SystemV/…} ids, which the JDK still knows but the IANA database dropped in 2020 (release 2020b).
 */
public final class TimeZones {

    public static final String MESSAGE = "is not an IANA time zone name such as 'Asia/Shanghai'";
    private static final Set<String> IANA = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> !zone.startsWith("SystemV/")).collect(Collectors.toUnmodifiableSet());

    private TimeZones() {
    }

    public static boolean isIana(String zone) {
        return zone != null && IANA.contains(zone);
    }
}
