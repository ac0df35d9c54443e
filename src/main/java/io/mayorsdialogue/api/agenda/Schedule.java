package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.mayor.Mayor;
import io.mayorsdialogue.api.mayor.MayorService;
import io.mayorsdialogue.api.paging.Subquery;
import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.FieldViolation;
import io.mayorsdialogue.api.problem.ProblemType;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The scheduling rule of the dialogue: no room, and no mayor, is in two places at once, across agenda sessions and
 * accepted meetings alike; a mayor not even in two events at once, unless one is cancelled (a room belongs to its
 * event's venue). Callers hold the event's row lock (EventService.lock) and this takes a lock on each mayor's agenda,
 * so two writes that race for the same slot on any instance, in one event or in two, are serialised and the second
 * one sees the first.
 */
@Singleton
class Schedule {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final SessionRepository sessions;
    private final MeetingRepository meetings;
    private final MayorService mayors;
    private final EventService events;

    Schedule(SessionRepository sessions, MeetingRepository meetings, MayorService mayors, EventService events) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.mayors = mayors;
        this.events = events;
    }

    /** What is to be booked: when, where, who (by the request field that names each mayor), and what it replaces. */
    record Booking(Instant startsAt, Instant endsAt, String room, Map<String, UUID> mayorsByField, UUID sessionId,
            UUID meetingId) {
    }

    /** 409 naming, for each clashing field, the session or accepted meeting it clashes with. */
    void checkFree(Event event, Booking booking) {
        ZoneId zone = ZoneId.of(event.timeZone);
        List<FieldViolation> clashes = new ArrayList<>();
        // names for the messages, read only when there is a clash to describe
        Map<UUID, Mayor> names = new HashMap<>();
        Function<UUID, String> name = mayor -> {
            if (names.isEmpty()) {
                names.putAll(mayors.byIds(booking.mayorsByField().values()));
            }
            Mayor m = names.get(mayor);
            return m == null ? "mayor " + mayor : m.fullName;
        };
        for (AgendaSession s : sessions.overlapping(event.id, booking.startsAt(), booking.endsAt(), booking.sessionId())) {
            String what = "session '" + s.title + "' (" + s.id + ", " + span(s.startsAt, s.endsAt, zone) + ")";
            if (sameRoom(booking.room(), s.room)) {
                clashes.add(new FieldViolation("room", "'" + booking.room() + "' is booked for " + what));
            }
            booking.mayorsByField().forEach((field, mayor) -> {
                if (s.speakers().contains(mayor)) {
                    clashes.add(new FieldViolation(field, name.apply(mayor) + " speaks in " + what + " at that time"));
                }
            });
        }
        for (Meeting m : meetings.acceptedOverlapping(event.id, booking.startsAt(), booking.endsAt(), booking.meetingId())) {
            String what = "accepted meeting " + m.id + " (" + span(m.startsAt, m.endsAt, zone) + ")";
            if (sameRoom(booking.room(), m.room)) {
                clashes.add(new FieldViolation("room", "'" + booking.room() + "' is booked for " + what));
            }
            booking.mayorsByField().forEach((field, mayor) -> {
                if (m.involves(mayor)) {
                    clashes.add(new FieldViolation(field, name.apply(mayor) + " has an " + what + " at that time"));
                }
            });
        }
        Collection<UUID> who = booking.mayorsByField().values();
        if (!who.isEmpty()) {
            sessions.lockAgendasOf(who);
            Subquery elsewhere = events.othersNotCancelled(event.id);
            // another event's session or meeting is named by its time only: that event may be a draft, which only
            // the organiser may see, and the caller may be a partner
            for (AgendaSession s : sessions.ofSpeakersIn(elsewhere, who, booking.startsAt(), booking.endsAt())) {
                booking.mayorsByField().forEach((field, mayor) -> {
                    if (s.speakers().contains(mayor)) {
                        clashes.add(new FieldViolation(field, name.apply(mayor) + " speaks in another event at that time ("
                                + span(s.startsAt, s.endsAt, zone) + ")"));
                    }
                });
            }
            for (Meeting m : meetings.acceptedOfIn(elsewhere, who, booking.startsAt(), booking.endsAt())) {
                booking.mayorsByField().forEach((field, mayor) -> {
                    if (m.involves(mayor)) {
                        clashes.add(new FieldViolation(field, name.apply(mayor) + " has a meeting in another event at that time ("
                                + span(m.startsAt, m.endsAt, zone) + ")"));
                    }
                });
            }
        }
        if (!clashes.isEmpty()) {
            throw new ApiProblem(ProblemType.CONFLICT, clashes.size() == 1
                    ? "Field '" + clashes.get(0).field() + "': " + clashes.get(0).message() + "."
                    : clashes.size() + " clashes with the agenda; see errors.", clashes);
        }
    }

    /**
     * Whether any of these mayors speaks or has an accepted meeting in another event, not cancelled, during [from, to)
     * (for an event being reopened: AgendaInsideItsEvent, which first locks the agendas of all of its mayors at once,
     * in id order, as {@link #checkFree} does).
     */
    boolean bookedElsewhere(UUID eventId, Collection<UUID> mayors, Instant from, Instant to) {
        if (mayors.isEmpty()) {
            return false;
        }
        Subquery elsewhere = events.othersNotCancelled(eventId);
        return !sessions.ofSpeakersIn(elsewhere, mayors, from, to).isEmpty()
                || !meetings.acceptedOfIn(elsewhere, mayors, from, to).isEmpty();
    }

    private static boolean sameRoom(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }

    static String span(Instant from, Instant to, ZoneId zone) {
        return CLOCK.format(from.atZone(zone)) + "–" + CLOCK.format(to.atZone(zone));
    }
}
