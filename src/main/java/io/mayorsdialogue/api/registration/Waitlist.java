package io.mayorsdialogue.api.registration;

import io.mayorsdialogue.api.event.Event;
import io.mayorsdialogue.api.event.EventPlacesChanged;
import io.mayorsdialogue.api.event.EventStatus;
import io.mayorsdialogue.api.notification.Notification;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.mayorsdialogue.api.time.Times;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Optional;
import java.util.Set;

/**
 * The capacity rule and the waitlist: whether an event has a free place, and moving waitlisted delegations into
 * free places, oldest first. Callers hold the event's row lock, so the count and the promotion are one step.
 */
@Singleton
public class Waitlist {

    private final RegistrationRepository registrations;
    private final RegistrationMetrics metrics;
    private final jakarta.enterprise.event.Event<Notification> notifications;

    private final CurrentCaller caller;

    Waitlist(RegistrationRepository registrations, RegistrationMetrics metrics, jakarta.enterprise.event.Event<Notification> notifications,
            CurrentCaller caller) {
        this.registrations = registrations;
        this.metrics = metrics;
        this.notifications = notifications;
        this.caller = caller;
    }

    boolean hasPlace(Event event) {
        return event.capacity == null || hasPlace(event.capacity, registrations.placesHeld(event.id));
    }

    /** With the places held already read (a new registration reads them with its city's registrations under the lock). */
    boolean hasPlace(Integer capacity, int placesHeld) {
        return capacity == null || placesHeld < capacity;
    }

    /** The organiser changed the event (e.g. raised its capacity or opened it): fill what is free. */
    void onPlacesChanged(@Observes EventPlacesChanged changed) {
        promote(changed.event());
    }

    /**
     * Only while registration is open: a closed or past event keeps its waitlist as it is. The promotions are the
     * service's doing, not the caller's who freed the place (a partner may not see another city's partner's id).
     */
    void promote(Event event) {
        if (event.status != EventStatus.OPEN) {
            return;
        }
        registrations.flush();
        caller.onTheServicesAccount(() -> fill(event));
    }

    private void fill(Event event) {
        while (hasPlace(event)) {
            Optional<Registration> next = registrations.oldestWaitlisted(event.id);
            if (next.isEmpty()) {
                return;
            }
            next.get().status = RegistrationStatus.PENDING;
            next.get().updatedAt = Times.now();
            registrations.flush();
            metrics.registrationTransition(RegistrationStatus.PENDING.name(), "waitlist");
            notifications.fire(Notification.aboutCities("registration.promoted", RegistrationMapper.toApi(next.get()), event.id,
                    Set.of(next.get().cityId)));
        }
    }
}
