package io.mayorsdialogue.api.time;

import java.time.ZoneId;
import java.util.Set;

/** IANA time zone names (region ids such as {@code Asia/Shanghai}); fixed offsets like {@code +08:00} are refused. */
public final class TimeZones {

    public static final String MESSAGE = "is not an IANA time zone name such as 'Asia/Shanghai'";
    private static final Set<String> IANA = ZoneId.getAvailableZoneIds();

    private TimeZones() {
    }

    public static boolean isIana(String zone) {
        return zone != null && IANA.contains(zone);
    }
}
