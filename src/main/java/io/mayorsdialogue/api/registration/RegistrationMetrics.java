package io.mayorsdialogue.api.registration;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/**
 * Counters of what happens to delegations, exported at /q/metrics next to Quarkus's HTTP metrics. Counters (not
 * gauges over the database) so that a scrape never queries PostgreSQL; rates and totals per status come from
 * {@code increase()} over them.
 */
@Singleton
class RegistrationMetrics {

    private final MeterRegistry registry;

    RegistrationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A new registration, by the status it got (PENDING or WAITLISTED). */
    void registrationCreated(String status) {
        registry.counter("mayors.registrations.created", "status", status).increment();
    }

    /** A workflow transition, by the status reached; promotions from the waitlist count as PENDING with cause=waitlist. */
    void registrationTransition(String to, String cause) {
        registry.counter("mayors.registrations.transitions", "to", to, "cause", cause).increment();
    }
}
