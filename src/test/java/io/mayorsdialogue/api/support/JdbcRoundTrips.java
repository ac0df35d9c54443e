package io.mayorsdialogue.api.support;

import org.hibernate.SessionEventListener;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the round trips Hibernate makes to PostgreSQL (tests only; registered for every session by
 * {@code hibernate.session.events.auto} in the test profile): each statement executed, and each batch, which carries
 * many rows' statements at once. Hibernate's statistics count statements prepared, which a statement run for many
 * rows, one round trip each, prepares once.
 */
public class JdbcRoundTrips implements SessionEventListener {

    private static final AtomicLong COUNT = new AtomicLong();

    @Override
    public void jdbcExecuteStatementStart() {
        COUNT.incrementAndGet();
    }

    @Override
    public void jdbcExecuteBatchStart() {
        COUNT.incrementAndGet();
    }

    public static long count() {
        return COUNT.get();
    }
}
