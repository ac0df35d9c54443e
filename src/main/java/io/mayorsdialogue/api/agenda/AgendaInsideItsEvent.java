package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventReplaced;
import io.mayorsdialogue.api.event.EventStatus;
import io.mayorsdialogue.api.problem.ApiProblem;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A session or a live meeting lies within its event and on one of its topics; an event replaced with dates or topics
 * that would leave one outside, or a topic taken off it, is refused (409, naming what is in the way), so the agenda is
 * moved first and never silently left on dates the event no longer has. A cancelled event reopened must not put its
 * mayors in two events at once.
 */
@Singleton
class AgendaInsideItsEvent {

    private static final int NAMED = 5;

    private final SessionRepository sessions;
    private final MeetingRepository meetings;
    private final Schedule schedule;

    AgendaInsideItsEvent(SessionRepository sessions, MeetingRepository meetings, Schedule schedule) {
        this.sessions = sessions;
        this.meetings = meetings;
        this.schedule = schedule;
    }

    void onReplaced(@Observes EventReplaced replaced) {
        Event event = replaced.event();
        List<String> outside = new ArrayList<>();
        for (AgendaSession s : sessions.ofEvent(event.id)) {
            check("session '" + s.title + "'", s.startsAt, s.endsAt, s.topicId, replaced, outside);
        }
        for (Meeting m : meetings.liveOf(event.id)) {
            check("meeting " + m.id, m.startsAt, m.endsAt, m.topicId, replaced, outside);
        }
        if (!outside.isEmpty()) {
            throw ApiProblem.conflict("The event's new dates or topics would leave its agenda outside it: " + named(outside)
                    + ". Move or delete those first.");
        }
        if (replaced.statusBefore() == EventStatus.CANCELLED && event.status != EventStatus.CANCELLED) {
            refuseDoubleBookingsOnReopening(event);
        }
    }

    /**
     * While the event was cancelled its mayors could be booked elsewhere at the times of its sessions and meetings
     * (Schedule ignores cancelled events); reopening it must not put them in two places at once.
     */
    private void refuseDoubleBookingsOnReopening(Event event) {
        List<AgendaSession> agenda = sessions.ofEvent(event.id);
        List<Meeting> accepted = meetings.liveOf(event.id).stream().filter(m -> m.status == MeetingStatus.ACCEPTED).toList();
        // all of its mayors' agendas at once, in one order, so that this cannot deadlock with a booking elsewhere
        sessions.lockAgendasOf(Stream.concat(agenda.stream().flatMap(s -> s.speakers().stream()),
                accepted.stream().flatMap(m -> Stream.of(m.requesterMayorId, m.counterpartMayorId))).toList());
        List<String> clashes = new ArrayList<>();
        for (AgendaSession s : agenda) {
            if (schedule.bookedElsewhere(event.id, s.speakers(), s.startsAt, s.endsAt)) {
                clashes.add("session '" + s.title + "' has a speaker booked in another event at that time");
            }
        }
        for (Meeting m : accepted) {
            if (schedule.bookedElsewhere(event.id, List.of(m.requesterMayorId, m.counterpartMayorId), m.startsAt, m.endsAt)) {
                clashes.add("meeting " + m.id + " has a mayor booked in another event at that time");
            }
        }
        if (!clashes.isEmpty()) {
            throw ApiProblem.conflict("Reopening the event would put mayors in two events at once: " + named(clashes)
                    + ". Move or cancel those first.");
        }
    }

    private static String named(List<String> what) {
        return String.join("; ", what.subList(0, Math.min(NAMED, what.size())))
                + (what.size() > NAMED ? "; and " + (what.size() - NAMED) + " more" : "");
    }

    private static void check(String what, Instant startsAt, Instant endsAt, UUID topicId, EventReplaced replaced, List<String> outside) {
        Event event = replaced.event();
        if (startsAt.isBefore(event.startsAt) || endsAt.isAfter(event.endsAt)) {
            outside.add(what + " is outside the new dates");
        } else if (topicId != null && !replaced.topicIds().contains(topicId)) {
            outside.add(what + " is on a topic the event no longer has");
        }
    }
}
