package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventReplaced;
import io.mayorsdialogue.api.problem.ApiProblem;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A session or a live meeting lies within its event and on one of its topics; an event replaced with dates or topics
 * that would leave one outside is refused (409, naming what is in the way), so the agenda is moved first and never
 * silently left on dates the event no longer has.
 */
@Singleton
class AgendaInsideItsEvent {

    private static final int NAMED = 5;

    private final SessionRepository sessions;
    private final MeetingRepository meetings;

    AgendaInsideItsEvent(SessionRepository sessions, MeetingRepository meetings) {
        this.sessions = sessions;
        this.meetings = meetings;
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
            String named = String.join("; ", outside.subList(0, Math.min(NAMED, outside.size())))
                    + (outside.size() > NAMED ? "; and " + (outside.size() - NAMED) + " more" : "");
            throw ApiProblem.conflict("The event's new dates or topics would leave its agenda outside it: " + named
                    + ". Move or delete those first.");
        }
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
