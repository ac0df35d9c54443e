package io.mayorsdialogue.api.support;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Counts the round trips to PostgreSQL made while serving requests (tests only): the Sync messages the driver sends,
 * one for each time it waits for the database's answers, however many statements went before it. So it counts what
 * Hibernate's statistics cannot see: statements sent with JDBC beside Hibernate (the audit entry, the
 * Idempotency-Key's lock and look-up, sent together), rows sent as one batch, and the commit. The driver reports each
 * message it sends at its finest log level; that level is switched on only while a count runs, and those records go
 * to this counter alone. Work outside a request (the scheduled purges) is not counted.
 */
public final class PostgresRoundTrips {

    private static final Logger DRIVER = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
    private static final AtomicLong SYNCS = new AtomicLong();
    private static final AtomicLong EXECUTES = new AtomicLong();
    private static final Handler COUNTER = new Handler() {
        @Override
        public void publish(LogRecord message) {
            if (!Requests.serving()) {
                return;
            }
            if (" FE=> Sync".equals(message.getMessage())) {
                SYNCS.incrementAndGet();
            } else if (message.getMessage().startsWith(" FE=> Execute(")) {
                EXECUTES.incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private PostgresRoundTrips() {
    }

    /** The round trips made by the requests {@code requests} sends (and waits for). */
    public static synchronized long of(Runnable requests) {
        return counted(requests, SYNCS);
    }

    /**
     * The statements executed for the requests {@code requests} sends: one per Execute message, so each row of a
     * batch counts, and so do {@code BEGIN} and {@code COMMIT}.
     */
    public static synchronized long statementsOf(Runnable requests) {
        return counted(requests, EXECUTES);
    }

    private static long counted(Runnable requests, AtomicLong count) {
        Level level = DRIVER.getLevel();
        boolean parents = DRIVER.getUseParentHandlers();
        DRIVER.addHandler(COUNTER);
        DRIVER.setUseParentHandlers(false);
        DRIVER.setLevel(Level.FINEST);
        long before = count.get();
        try {
            requests.run();
            return count.get() - before;
        } finally {
            DRIVER.setLevel(level);
            DRIVER.setUseParentHandlers(parents);
            DRIVER.removeHandler(COUNTER);
        }
    }

    /**
     * The writes to PostgreSQL's socket made by the requests {@code requests} sends: as many as their round trips when
     * nothing is sent on its own ahead of a statement ({@link CountingSockets}).
     */
    public static synchronized long writesOf(Runnable requests) {
        long before = CountingSockets.WRITES.get();
        CountingSockets.counting = true;
        try {
            requests.run();
            return CountingSockets.WRITES.get() - before;
        } finally {
            CountingSockets.counting = false;
        }
    }
}
