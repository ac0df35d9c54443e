package io.mayorsdialogue.api.ratelimit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aFullBucketAdmitsTheQuotaThenRefillsAtItsRate() {
        TokenBucket bucket = new TokenBucket(60, 60, 0);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take(0).admitted()).isTrue();
        }
        TokenBucket.Outcome refused = bucket.take(0);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
        assertThat(refused.fullInSeconds()).isEqualTo(60);
        assertThat(bucket.take(SECOND / 2).admitted()).isFalse();
        assertThat(bucket.take(SECOND).admitted()).isTrue();           // one request per second comes back
        assertThat(bucket.take(SECOND).admitted()).isFalse();
        assertThat(bucket.take(61 * SECOND).remaining()).isEqualTo(59); // never more than the quota
    }

    @Test
    void aSlowPolicyTellsHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 60, 0);
        bucket.take(0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.take(0).retryAfterSeconds()).isEqualTo(20);
        assertThat(bucket.peekEmpty(19 * SECOND)).isTrue();
        assertThat(bucket.peekEmpty(20 * SECOND)).isFalse();
        assertThat(bucket.idleAndFull(59 * SECOND)).isFalse();
        assertThat(bucket.idleAndFull(60 * SECOND)).isTrue();
    }

    /** Threads read the clock before taking the lock, so an older time can arrive after a newer one. */
    @Test
    void aLateArrivalWithAnOlderClockReadingTakesNothingAway() {
        TokenBucket bucket = new TokenBucket(5, 60, 0);
        for (int i = 0; i < 5; i++) {
            assertThat(bucket.take(SECOND).admitted()).isTrue();
        }
        TokenBucket.Outcome late = bucket.take(SECOND - 1_000_000);
        assertThat(late.admitted()).isFalse();
        assertThat(late.remaining()).isZero();
    }
}
