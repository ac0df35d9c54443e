package io.mayorsdialogue.api.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Deliveries by outcome (counters), and the outbox's backlog and oldest pending age (gauges refreshed by the worker
 * on each round, so a scrape never queries the database).
 */
@Singleton
class WebhookMetrics {

    private final MeterRegistry registry;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("mayors.webhooks.outbox.backlog", backlog, AtomicLong::get)
                .description("Notifications waiting to be delivered").register(registry);
        Gauge.builder("mayors.webhooks.outbox.oldest.pending.seconds", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest notification waiting to be delivered").register(registry);
    }

    /** An attempt's outcome: delivered, retry (failed, will be tried again), failed (given up). */
    void attempt(String outcome) {
        registry.counter("mayors.webhooks.deliveries", "outcome", outcome).increment();
    }

    void outbox(long pending, long oldestSeconds) {
        backlog.set(pending);
        oldestPendingSeconds.set(oldestSeconds);
    }
}
