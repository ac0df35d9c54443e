package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventReplaced;
import io.mayorsdialogue.api.problem.ApiProblem;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * An event's capacity is not lowered below the places its delegations hold: such a replacement is refused (409, with
 * both figures), so that delegations are cancelled or rejected first, by someone who chooses which, rather than left
 * over capacity. Only a lowered capacity is checked: an event already over it (from before this rule) can still be
 * edited otherwise, or cancelled. Checked under the event's row lock, which every writer of a place holds.
 */
@Singleton
class CapacityAbovePlacesHeld {

    private final RegistrationRepository registrations;

    CapacityAbovePlacesHeld(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    void onReplaced(@Observes EventReplaced replaced) {
        Event event = replaced.event();
        Integer before = replaced.capacityBefore();
        boolean lowered = event.capacity != null && (before == null || event.capacity < before);
        if (!lowered) {
            return;
        }
        int held = registrations.placesHeld(event.id);
        if (event.capacity < held) {
            throw ApiProblem.conflict("The event's delegations hold " + held + " places, more than the capacity of "
                    + event.capacity + " asked for. Cancel or reject delegations first, or keep the capacity at " + held
                    + " or more.");
        }
    }
}
