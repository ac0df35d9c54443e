package io.mayorsdialogue.api.protocol;

import io.mayorsdialogue.api.calendar.CalendarService;
import io.mayorsdialogue.api.generated.ProtocolAndCalendarsApi;
import io.mayorsdialogue.api.stats.StatsService;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Protocol order, the calendar file and the figures of an event: three read-only views over the dialogue. */
public class ProtocolAndCalendarsResource implements ProtocolAndCalendarsApi {

    private static final MediaType CALENDAR = MediaType.valueOf("text/calendar").withCharset("UTF-8");

    private final ProtocolService protocol;
    private final CalendarService calendar;
    private final StatsService stats;

    ProtocolAndCalendarsResource(ProtocolService protocol, CalendarService calendar, StatsService stats) {
        this.protocol = protocol;
        this.calendar = calendar;
        this.stats = stats;
    }

    @Override
    public Response getProtocolOrder(String id, String rule) {
        return Response.ok(protocol.order(id, ProtocolService.Rule.of(rule)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response getEventCalendar(String id, String mayorId) {
        return Response.ok(calendar.calendar(id, mayorId), CALENDAR)
                .header("Content-Disposition", "inline; filename=\"event-" + id + ".ics\"").build();
    }

    @Override
    public Response getEventStats(String id) {
        return Response.ok(stats.stats(id), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
