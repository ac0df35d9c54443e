package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventReplaced;
import io.mayorsdialogue.api.problem.ApiProblem;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * An event's capacity is never below the places its delegations hold: an event replaced with a lower one is refused
 * (409, with both figures), so that delegations are cancelled or rejected first, by someone who chooses which, rather
 * than left over capacity. Checked under the event's row lock, which every writer of a place holds.
 */
@Singleton
class CapacityAbovePlacesHeld {

    private final RegistrationRepository registrations;

    CapacityAbovePlacesHeld(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    void onReplaced(@Observes EventReplaced replaced) {
        Event event = replaced.event();
        if (event.capacity == null) {
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
