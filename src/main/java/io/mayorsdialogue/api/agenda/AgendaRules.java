package io.mayorsdialogue.api.agenda;

import io.mayorsdialogue.api.attendee.AttendeeService;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventService;
import io.mayorsdialogue.api.ids.Ids;
import io.mayorsdialogue.api.problem.Violations;
import jakarta.inject.Singleton;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The checks sessions and meetings share: inside the event, on one of its topics, between attending mayors. */
@Singleton
class AgendaRules {

    private final EventService events;
    private final AttendeeService attendees;

    AgendaRules(EventService events, AttendeeService attendees) {
        this.events = events;
        this.attendees = attendees;
    }

    void checkWithinEvent(Event event, OffsetDateTime startsAt, OffsetDateTime endsAt, Violations v) {
        ZoneId zone = ZoneId.of(event.timeZone);
        String window = event.startsAt.atZone(zone).toOffsetDateTime() + " – " + event.endsAt.atZone(zone).toOffsetDateTime();
        v.check(endsAt.isAfter(startsAt), "endsAt", "must be after startsAt")
                .check(!startsAt.toInstant().isBefore(event.startsAt), "startsAt", "is before the event starts (" + window + ")")
                .check(!endsAt.toInstant().isAfter(event.endsAt), "endsAt", "is after the event ends (" + window + ")");
    }

    /** The topic's id when it is on the event's agenda; null (and a violation when one was named) otherwise. */
    UUID topicOfEvent(Event event, String topicId, Violations v) {
        if (topicId == null) {
            return null;
        }
        UUID topic = Ids.parse(topicId).filter(t -> events.topicIdsOf(event.id).contains(t)).orElse(null);
        v.check(topic != null, "topicId", "names no topic of this event ('" + topicId + "')");
        return topic;
    }

    /** The id a field names, or null with a violation when it is no id at all. */
    static UUID mayorId(String field, String id, Violations v) {
        UUID parsed = Ids.parse(id).orElse(null);
        v.check(parsed != null, field, "names no mayor ('" + id + "')");
        return parsed;
    }

    /** Each named mayor must attend the event (recorded by the organiser, or heading a confirmed delegation). */
    boolean attends(Event event, UUID mayor) {
        return attendees.attendingAmong(event.id, List.of(mayor)).contains(mayor);
    }

    void checkAttending(Event event, Map<String, UUID> mayorsByField, Violations v) {
        Set<UUID> attending = attendees.attendingAmong(event.id, mayorsByField.values());
        mayorsByField.forEach((field, mayor) -> v.check(attending.contains(mayor), field,
                "names a mayor who does not attend this event ('" + mayor + "'); record them as an attendee first"));
    }
}
