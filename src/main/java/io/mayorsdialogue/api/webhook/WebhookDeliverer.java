package io.mayorsdialogue.api.webhook;

import io.mayorsdialogue.api.time.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Sends the outbox: claims due deliveries (FOR UPDATE SKIP LOCKED, then a lease), so several workers — threads or
 * service instances on one database — never send the same row at once; posts each with a bounded timeout and no
 * redirects; retries with exponential backoff and jitter up to a limit. A subscription that keeps failing turns
 * FAILING, then DISABLED (no longer tried; a successful ping makes it ACTIVE again). At least once: a worker that
 * dies after sending but before recording leaves the row to be sent again when its lease ends; receivers
 * de-duplicate by {@code webhook-id}.
 */
@Singleton
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);
    private static final int BATCH = 20;
    private static final int MAX_ERROR = 500;
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    /**
     * Decides whether the scheduled rounds run (tests drive {@link #deliverDue()} themselves). A bean, so that its
     * setting is injected: as a plain class Quarkus makes it with {@code new}, the field stays false, and no round
     * ever ran (ScheduledWorkerTest).
     */
    @Singleton
    public static class WorkerOff implements Scheduled.SkipPredicate {
        @ConfigProperty(name = "mayors.webhooks.worker.enabled", defaultValue = "true")
        boolean enabled;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !enabled;
        }
    }

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final TargetPolicy targets;
    private final WebhookMetrics metrics;
    private final Duration timeout;
    private final Duration retryBase;
    private final Duration lease;
    private final int maxAttempts;
    private final int failingAfter;
    private final int disableAfter;
    private final HttpClient http;
    /** Rounds hold it shared; shutdown takes it alone for a moment, to know that no round is under way any more. */
    private final ReadWriteLock rounds = new ReentrantReadWriteLock();
    private volatile boolean stopping;

    WebhookDeliverer(DeliveryRepository deliveries, WebhookRepository webhooks, TargetPolicy targets, WebhookMetrics metrics,
            @ConfigProperty(name = "mayors.webhooks.timeout", defaultValue = "PT5S") Duration timeout,
            @ConfigProperty(name = "mayors.webhooks.retry-base", defaultValue = "PT10S") Duration retryBase,
            @ConfigProperty(name = "mayors.webhooks.max-attempts", defaultValue = "10") int maxAttempts,
            @ConfigProperty(name = "mayors.webhooks.failing-after", defaultValue = "3") int failingAfter,
            @ConfigProperty(name = "mayors.webhooks.disable-after", defaultValue = "20") int disableAfter) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.targets = targets;
        this.metrics = metrics;
        this.timeout = timeout;
        this.retryBase = retryBase;
        this.maxAttempts = maxAttempts;
        this.failingAfter = failingAfter;
        this.disableAfter = disableAfter;
        // a claimed row is this worker's until it surely finished with it (or died)
        this.lease = timeout.multipliedBy(2).plusSeconds(30);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${mayors.webhooks.poll-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WorkerOff.class)
    void scheduledRound() {
        deliverDue();
    }

    /** One round: delivers everything due now, batch by batch; returns how many attempts it made. */
    public int deliverDue() {
        rounds.readLock().lock();
        try {
            return stopping ? 0 : deliverWhileRunning();
        } finally {
            rounds.readLock().unlock();
        }
    }

    /** Whether shutdown has begun (for tests, which cannot watch a ShutdownEvent's observer block). */
    boolean stopping() {
        return stopping;
    }

    private int deliverWhileRunning() {
        int attempts = 0;
        List<UUID> batch;
        do {
            Instant now = Times.now();
            batch = QuarkusTransaction.requiringNew().call(() -> deliveries.claimDue(now, now.plus(lease), BATCH));
            for (int i = 0; i < batch.size(); i++) {
                if (stopping) {
                    List<UUID> unattempted = batch.subList(i, batch.size());
                    QuarkusTransaction.requiringNew().run(() -> deliveries.releaseLease(unattempted, Times.now()));
                    return attempts;
                }
                attempt(batch.get(i));
                attempts++;
            }
        } while (batch.size() == BATCH);
        QuarkusTransaction.requiringNew().run(() -> {
            Instant oldest = deliveries.oldestPending();
            metrics.outbox(deliveries.countPending(), oldest == null ? 0 : Duration.between(oldest, Times.now()).toSeconds());
        });
        return attempts;
    }

    /**
     * Observed while the database is still open, before Hibernate closes: no round starts any more, a round under way
     * stops after the attempt it is making and hands its other claimed rows back at once, and shutdown waits for it.
     * Otherwise a round that ran into shutdown met a closed EntityManagerFactory, logged an error and left its rows
     * leased until the lease ran out.
     */
    void stop(@Observes(notifyObserver = Reception.IF_EXISTS) ShutdownEvent event) {
        stopping = true;
        try {
            // one attempt's timeout plus its two short transactions; past that the lease still keeps the rows safe
            if (rounds.writeLock().tryLock(timeout.plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
                rounds.writeLock().unlock(); // rounds that start from now on see 'stopping' and do nothing
            } else {
                LOG.warnf("A webhook round was still under way at shutdown; its rows are sent again when their lease ends");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Target(String url, String secret, Webhook.Status status, String eventType, String payload) {
    }

    private record Outcome(Integer code, String error) {
        boolean delivered() {
            return code != null && code >= 200 && code < 300;
        }
    }

    private void attempt(UUID id) {
        Optional<Target> target = QuarkusTransaction.requiringNew().call(() -> deliveries.findByIdOptional(id)
                .flatMap(d -> webhooks.findByIdOptional(d.webhookId)
                        .map(w -> new Target(w.url, w.secret, w.status, d.eventType, d.payload))));
        if (target.isEmpty()) {
            return; // unsubscribed meanwhile: its deliveries went with it
        }
        Target t = target.get();
        Outcome outcome = t.status() == Webhook.Status.DISABLED && !t.eventType().equals(WebhookService.PING)
                ? new Outcome(null, "the subscription is disabled after repeated failures; ping it to try again")
                : send(id, t);
        QuarkusTransaction.requiringNew().run(() -> record(id, outcome));
    }

    private Outcome send(UUID id, Target t) {
        Optional<String> refused = targets.refusal(t.url());
        if (refused.isPresent()) {
            return new Outcome(null, "target refused: the URL " + refused.get());
        }
        long timestamp = Times.now().getEpochSecond();
        String webhookId = "msg_" + id;
        HttpRequest request = HttpRequest.newBuilder(URI.create(t.url())).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "MayorsDialogueAPI-Webhooks/1")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", Signature.sign(t.secret(), webhookId, timestamp, t.payload()))
                .POST(HttpRequest.BodyPublishers.ofString(t.payload()))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), response.statusCode() < 300 ? null : "answered HTTP " + response.statusCode());
        } catch (java.net.http.HttpTimeoutException e) {
            return new Outcome(null, "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Outcome(null, "could not connect: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        }
    }

    private void record(UUID id, Outcome outcome) {
        WebhookDelivery d = deliveries.findById(id);
        Webhook w = d == null ? null : webhooks.findById(d.webhookId);
        if (d == null || w == null) {
            return;
        }
        Instant now = Times.now();
        d.attempts++;
        d.lastResponseCode = outcome.code();
        d.lastError = outcome.error() == null ? null : outcome.error().substring(0, Math.min(MAX_ERROR, outcome.error().length()));
        if (outcome.delivered()) {
            d.status = WebhookDelivery.Status.DELIVERED;
            d.deliveredAt = now;
            d.nextAttemptAt = null;
            w.consecutiveFailures = 0;
            w.status = Webhook.Status.ACTIVE;
            metrics.attempt("delivered");
            return;
        }
        w.consecutiveFailures++;
        if (w.consecutiveFailures >= disableAfter) {
            w.status = Webhook.Status.DISABLED;
        } else if (w.consecutiveFailures >= failingAfter) {
            w.status = Webhook.Status.FAILING;
        }
        if (d.attempts >= maxAttempts || w.status == Webhook.Status.DISABLED && !d.eventType.equals(WebhookService.PING)) {
            d.status = WebhookDelivery.Status.FAILED;
            d.nextAttemptAt = null;
            metrics.attempt("failed");
            LOG.warnf("Webhook delivery %s to subscription %s given up after %d attempts: %s", d.id, w.id, d.attempts, d.lastError);
        } else {
            d.nextAttemptAt = now.plus(backoff(d.attempts));
            metrics.attempt("retry");
        }
    }

    /** base × 2^(attempts−1), capped, with ±20 % jitter so that many failing receivers are not retried in lockstep. */
    Duration backoff(int attempts) {
        Duration exponential = retryBase.multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration capped = exponential.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : exponential;
        double jitter = 0.8 + ThreadLocalRandom.current().nextDouble() * 0.4;
        return Duration.ofMillis(Math.max(1, (long) (capped.toMillis() * jitter)));
    }
}
