package io.mayorsdialogue.api.ratelimit;

/**
 * {@code quota} requests per {@code windowSeconds}, refilled continuously: a full bucket admits a burst of the
 * whole quota, then one request per {@code windowSeconds / quota}. Time comes from the caller, so it is tested
 * without waiting.
 */
final class TokenBucket {

    /** What one request learnt: admitted or not, requests left, and seconds until the next one / a full bucket. */
    record Outcome(boolean admitted, long remaining, long retryAfterSeconds, long fullInSeconds) {
    }

    private final long quota;
    private final double tokensPerNano;
    private double tokens;
    private long updatedAt;

    TokenBucket(long quota, long windowSeconds, long now) {
        this.quota = quota;
        this.tokensPerNano = quota / (windowSeconds * 1e9);
        this.tokens = quota;
        this.updatedAt = now;
    }

    synchronized Outcome take(long now) {
        refill(now);
        boolean admitted = tokens >= 1;
        if (admitted) {
            tokens -= 1;
        }
        long retryAfter = admitted ? 0 : seconds((1 - tokens) / tokensPerNano);
        return new Outcome(admitted, (long) Math.floor(tokens), Math.max(retryAfter, admitted ? 0 : 1),
                seconds((quota - tokens) / tokensPerNano));
    }

    /** No whole request left, without taking one. */
    synchronized boolean peekEmpty(long now) {
        refill(now);
        return tokens < 1;
    }

    /** Full and untouched for a while: forgetting it loses nothing, as a new bucket starts full. */
    synchronized boolean idleAndFull(long now) {
        refill(now);
        return tokens >= quota;
    }

    /**
     * Callers read the clock before they get the lock, so a thread may arrive with an older {@code now} than the
     * last one: time never runs backwards here (it would take tokens away, below zero).
     */
    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(quota, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }

    private static long seconds(double nanos) {
        return (long) Math.ceil(nanos / 1e9);
    }
}
