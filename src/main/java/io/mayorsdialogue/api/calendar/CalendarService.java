package io.mayorsdialogue.api.calendar;

import io.mayorsdialogue.api.agenda.AgendaSession;
import io.mayorsdialogue.api.agenda.Meeting;
import io.mayorsdialogue.api.agenda.MeetingService;
import io.mayorsdialogue.api.agenda.SessionService;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;
import io.mayorsdialogue.api.security.Caller;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.time.Times;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The event and its agenda as an iCalendar file to subscribe to; with a mayor, that mayor's accepted meetings too,
 * for those who may see them. UIDs are derived from ids, so a calendar client updates entries instead of
 * duplicating them.
 */
@Singleton
@Transactional(Transactional.TxType.SUPPORTS)
public class CalendarService {

    static final String UID_DOMAIN = "@mayors-dialogue.example";

    private final EventService events;
    private final SessionService sessions;
    private final MeetingService meetings;
    private final MayorService mayors;
    private final CurrentCaller current;

    CalendarService(EventService events, SessionService sessions, MeetingService meetings, MayorService mayors,
            CurrentCaller current) {
        this.events = events;
        this.sessions = sessions;
        this.meetings = meetings;
        this.mayors = mayors;
        this.current = current;
    }

    public String calendar(String eventId, String mayorId) {
        Event event = events.find(eventId);
        List<Meeting> agenda = mayorId == null ? List.of() : meetingsVisibleTo(event, mayorId);
        Instant stamp = Times.now();
        ICalendar ics = new ICalendar().begin("VCALENDAR").raw("VERSION", "2.0").raw("PRODID", "-//Mayors Dialogue API//EN")
                .raw("CALSCALE", "GREGORIAN").raw("METHOD", "PUBLISH").text("X-WR-CALNAME", event.name)
                .text("X-WR-TIMEZONE", event.timeZone);
        ics.begin("VEVENT").raw("UID", "event-" + event.id + UID_DOMAIN).time("DTSTAMP", stamp)
                .time("DTSTART", event.startsAt).time("DTEND", event.endsAt).text("SUMMARY", event.name)
                .text("LOCATION", event.venue).text("DESCRIPTION", event.description).end("VEVENT");
        for (AgendaSession s : sessions.ofEvent(event.id)) {
            ics.begin("VEVENT").raw("UID", "session-" + s.id + UID_DOMAIN).time("DTSTAMP", stamp)
                    .time("DTSTART", s.startsAt).time("DTEND", s.endsAt).text("SUMMARY", s.title).text("LOCATION", s.room)
                    .text("DESCRIPTION", s.description).text("CATEGORIES", s.format.name()).end("VEVENT");
        }
        if (!agenda.isEmpty()) {
            Map<UUID, Mayor> names = mayors.byIds(agenda.stream()
                    .flatMap(m -> List.of(m.requesterMayorId, m.counterpartMayorId).stream()).toList());
            for (Meeting m : agenda) {
                ics.begin("VEVENT").raw("UID", "meeting-" + m.id + UID_DOMAIN).time("DTSTAMP", stamp)
                        .time("DTSTART", m.startsAt).time("DTEND", m.endsAt)
                        .text("SUMMARY", "Bilateral meeting: " + names.get(m.requesterMayorId).fullName + " and "
                                + names.get(m.counterpartMayorId).fullName)
                        .text("LOCATION", m.room).text("DESCRIPTION", m.notes).raw("CLASS", "PRIVATE").end("VEVENT");
            }
        }
        return ics.end("VCALENDAR").toString();
    }

    /** A mayor's meetings are for the organiser and the partner of the mayor's city only. */
    private List<Meeting> meetingsVisibleTo(Event event, String mayorId) {
        Caller caller = current.get();
        if (caller.role() == Caller.Role.ANONYMOUS) {
            throw caller.refusal("A mayor's meetings are for the organiser and the partner of the mayor's city;"
                    + " leave out mayorId for the public agenda.");
        }
        Mayor mayor = mayors.findById(mayorId).orElseThrow(() -> ApiProblem.notFound("mayor", mayorId));
        if (caller.isPartner() && !mayor.cityId.equals(caller.cityId())) {
            throw new ApiProblem(ProblemType.FORBIDDEN, "A partner sees the meetings of its own city's mayors only.");
        }
        return meetings.acceptedOf(event.id, mayor.id);
    }
}
