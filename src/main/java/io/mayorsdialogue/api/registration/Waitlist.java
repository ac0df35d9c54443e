package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.common.BusinessMetrics;
import io.mayorsdialogue.api.common.Times;
import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.model.EventStatus;
import io.mayorsdialogue.api.model.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/**
 * Moves waitlisted delegations into free places, oldest first. Callers hold the event's row lock, so the count
 * and the promotion are one step.
 */
@ApplicationScoped
public class Waitlist {

    private final RegistrationRepository registrations;
    private final BusinessMetrics metrics;

    Waitlist(RegistrationRepository registrations, BusinessMetrics metrics) {
        this.registrations = registrations;
        this.metrics = metrics;
    }

    public boolean hasPlace(Event event) {
        return event.capacity == null || registrations.countHoldingPlace(event.id) < event.capacity;
    }

    /** Only while registration is open: a closed or past event keeps its waitlist as it is. */
    public void promote(Event event) {
        if (event.status != EventStatus.OPEN) {
            return;
        }
        registrations.flush();
        while (hasPlace(event)) {
            Optional<Registration> next = registrations.oldestWaitlisted(event.id);
            if (next.isEmpty()) {
                return;
            }
            next.get().status = RegistrationStatus.PENDING;
            next.get().updatedAt = Times.now();
            registrations.flush();
            metrics.registrationTransition(RegistrationStatus.PENDING.name(), "waitlist");
        }
    }
}
