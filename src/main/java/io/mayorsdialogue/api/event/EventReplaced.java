package io.mayorsdialogue.api.event;

import java.util.Set;
import java.util.UUID;

/**
 * Announced (synchronously, inside the transaction and under the event's row lock) when the organiser replaced an
 * event or took a topic off it, with its new dates, capacity and status in {@code event}, its topics now, and its
 * capacity and status before, so that the features keeping things inside it can refuse a change that would leave
 * them outside: the agenda's sessions and meetings (and its mayors' bookings elsewhere, once the event is no longer
 * cancelled), the delegations' places. A refusal rolls the change back.
 */
public record EventReplaced(Event event, Set<UUID> topicIds, Integer capacityBefore, EventStatus statusBefore) {
}
