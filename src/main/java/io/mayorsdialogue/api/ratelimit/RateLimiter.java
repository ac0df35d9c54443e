package io.mayorsdialogue.api.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The buckets of this instance, one per credential (each partner, the organiser) or client address (anonymous
 * calls, failed authentications), under the policies of {@code mayors.rate-limit.*}. Per instance on purpose: a
 * shared counter would cost a database round trip on every request, more than the limit saves; N instances admit
 * up to N times the quota, which the README's scaling section accounts for.
 */
@Singleton
public class RateLimiter {

    /** A named quota per window, as the RateLimit-Policy header states it. */
    public record Policy(String name, long quota, long windowSeconds) {

        String header() {
            return "\"" + name + "\";q=" + quota + ";w=" + windowSeconds;
        }
    }

    private static final long WINDOW_SECONDS = 60;

    private final boolean enabled;
    private final Policy anonymous;
    private final Policy partner;
    private final Policy organiser;
    private final Policy failedAuthentication;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(@ConfigProperty(name = "mayors.rate-limit.enabled") boolean enabled,
            @ConfigProperty(name = "mayors.rate-limit.anonymous-per-minute") long anonymous,
            @ConfigProperty(name = "mayors.rate-limit.partner-per-minute") long partner,
            @ConfigProperty(name = "mayors.rate-limit.organiser-per-minute") long organiser,
            @ConfigProperty(name = "mayors.rate-limit.failed-authentication-per-minute") long failedAuthentication) {
        this.enabled = enabled;
        this.anonymous = new Policy("anonymous", anonymous, WINDOW_SECONDS);
        this.partner = new Policy("partner", partner, WINDOW_SECONDS);
        this.organiser = new Policy("organiser", organiser, WINDOW_SECONDS);
        this.failedAuthentication = new Policy("failed-authentication", failedAuthentication, WINDOW_SECONDS);
    }

    public boolean enabled() {
        return enabled;
    }

    // Accessors, not fields: callers hold a CDI client proxy, whose own fields are never set.
    Policy anonymous() {
        return anonymous;
    }

    Policy partner() {
        return partner;
    }

    Policy organiser() {
        return organiser;
    }

    Policy failedAuthentication() {
        return failedAuthentication;
    }

    /** Takes one request from the bucket of {@code who} under {@code policy}. */
    TokenBucket.Outcome take(Policy policy, String who) {
        long now = System.nanoTime();
        return bucket(policy, who, now).take(now);
    }

    /** Whether {@code who} may still try under {@code policy}, without spending anything. */
    boolean exhausted(Policy policy, String who) {
        TokenBucket bucket = buckets.get(policy.name() + " " + who);
        return bucket != null && bucket.peekEmpty(System.nanoTime());
    }

    private TokenBucket bucket(Policy policy, String who, long now) {
        return buckets.computeIfAbsent(policy.name() + " " + who, k -> new TokenBucket(policy.quota(), policy.windowSeconds(), now));
    }

    /** Client addresses come and go: drop the buckets that have refilled, so the map stays as small as the traffic. */
    @Scheduled(every = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetIdle() {
        long now = System.nanoTime();
        buckets.values().removeIf(b -> b.idleAndFull(now));
    }
}
