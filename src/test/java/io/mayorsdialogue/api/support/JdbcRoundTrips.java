package io.mayorsdialogue.api.support;

import org.hibernate.SessionEventListener;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the statements Hibernate executes for requests (tests only; registered for every session by
 * {@code hibernate.session.events.auto} in the test profile): each statement executed, and each batch, which carries
 * many rows' statements in one round trip. Hibernate's statistics count statements prepared, which a statement run
 * for many rows, one round trip each, prepares once. Sessions opened outside a request (the scheduled purges, every
 * minute) are not counted, so that one landing during a test is not counted as the request's.
 */
public class JdbcRoundTrips implements SessionEventListener {

    private static final AtomicLong COUNT = new AtomicLong();

    private final boolean forRequest = Requests.serving();

    @Override
    public void jdbcExecuteStatementStart() {
        if (forRequest) {
            COUNT.incrementAndGet();
        }
    }

    @Override
    public void jdbcExecuteBatchStart() {
        if (forRequest) {
            COUNT.incrementAndGet();
        }
    }

    public static long count() {
        return COUNT.get();
    }
}
