package io.mayorsdialogue.api.event;

import java.util.Set;
import java.util.UUID;

/**
 * Announced (synchronously, inside the transaction and under the event's row lock) when the organiser replaced an
 * event, with its new dates and capacity in {@code event}, its topics now and its capacity before, so that the
 * features keeping things inside it can refuse a change that would leave them outside: the agenda's sessions and
 * meetings, the delegations' places. A refusal rolls the change back.
 */
public record EventReplaced(Event event, Set<UUID> topicIds, Integer capacityBefore) {
}
