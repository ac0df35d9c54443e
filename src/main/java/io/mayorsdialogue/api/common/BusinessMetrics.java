package io.mayorsdialogue.api.common;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Counters of what happens to delegations and retries, exported at /q/metrics next to Quarkus's HTTP metrics.
 * Counters (not gauges over the database) so that a scrape never queries PostgreSQL; rates and totals per status
 * come from {@code increase()} over them.
 */
@ApplicationScoped
public class BusinessMetrics {

    private final MeterRegistry registry;

    BusinessMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** A new registration, by the status it got (PENDING or WAITLISTED). */
    public void registrationCreated(String status) {
        registry.counter("mayors.registrations.created", "status", status).increment();
    }

    /** A workflow transition, by the status reached; promotions from the waitlist count as PENDING with cause=waitlist. */
    public void registrationTransition(String to, String cause) {
        registry.counter("mayors.registrations.transitions", "to", to, "cause", cause).increment();
    }

    /** An Idempotency-Key request, by outcome: replayed, reused (422), in_progress (409). */
    public void idempotency(String outcome) {
        registry.counter("mayors.idempotency.requests", "outcome", outcome).increment();
    }
}
