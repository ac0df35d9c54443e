package io.mayorsdialogue.api.idempotency;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** How retries with an Idempotency-Key end, as a counter on /q/metrics. */
@Singleton
class IdempotencyMetrics {

    private final MeterRegistry registry;

    IdempotencyMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** By outcome: replayed, reused (422), in_progress (409). */
    void request(String outcome) {
        registry.counter("mayors.idempotency.requests", "outcome", outcome).increment();
    }
}
