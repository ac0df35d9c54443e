package io.mayorsdialogue.api.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A row lock held from outside the service, so that concurrent writers of that row all read it, pass their checks
 * and then queue at their UPDATE: the race a test wants, every time, instead of whenever threads happen to
 * interleave. Reads are not blocked (PostgreSQL's MVCC), only writes.
 */
public final class HeldRowLock implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection connection;
    private final int pid;

    private HeldRowLock(DataSource dataSource, Connection connection, int pid) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.pid = pid;
    }

    /** Locks {@code table}'s row with this id until {@link #close()}. */
    public static HeldRowLock on(DataSource dataSource, String table, UUID id) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement lock = c.prepareStatement("select 1 from " + table + " where id = ? for update")) {
            lock.setObject(1, id);
            try (ResultSet r = lock.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalArgumentException("no row " + id + " in " + table);
                }
            }
        }
        return held(dataSource, c);
    }

    /**
     * Sets {@code column} of {@code table}'s row with this id to {@code value} and holds the change uncommitted until
     * {@link #close()}: the row is locked as by any writer, and the change's triggers have run in its transaction.
     */
    public static HeldRowLock changing(DataSource dataSource, String table, UUID id, String column, Object value)
            throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement change = c.prepareStatement("update " + table + " set " + column + " = ? where id = ?")) {
            change.setObject(1, value);
            change.setObject(2, id);
            if (change.executeUpdate() != 1) {
                throw new IllegalArgumentException("no row " + id + " in " + table);
            }
        }
        return held(dataSource, c);
    }

    /**
     * Deletes {@code table}'s rows whose {@code column} is {@code value} (at least one) and holds the deletion
     * uncommitted until {@link #close()}, as a purge does while it runs.
     */
    public static HeldRowLock deleting(DataSource dataSource, String table, String column, Object value) throws SQLException {
        Connection c = dataSource.getConnection();
        c.setAutoCommit(false);
        try (PreparedStatement delete = c.prepareStatement("delete from " + table + " where " + column + " = ?")) {
            delete.setObject(1, value);
            if (delete.executeUpdate() == 0) {
                throw new IllegalArgumentException("no row of " + table + " with " + column + " " + value);
            }
        }
        return held(dataSource, c);
    }

    private static HeldRowLock held(DataSource dataSource, Connection c) throws SQLException {
        try (PreparedStatement me = c.prepareStatement("select pg_backend_pid()"); ResultSet r = me.executeQuery()) {
            r.next();
            return new HeldRowLock(dataSource, c, r.getInt(1));
        }
    }

    /**
     * Runs a statement in the lock's transaction, committed with it at {@link #close()}: a change the lock's holder
     * makes while the others wait for it.
     */
    public HeldRowLock alsoRunning(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
        return this;
    }

    /**
     * Waits (at most {@code timeout}) until {@code count} other sessions are blocked. PostgreSQL queues row-lock
     * waiters behind each other (the second waits for the first waiter, not for this lock), so this counts every
     * blocked session rather than only those blocked by this one; tests run one at a time, so they are ours.
     */
    public void awaitBlocked(int count, Duration timeout) throws SQLException, InterruptedException {
        Instant until = Instant.now().plus(timeout);
        try (Connection probe = dataSource.getConnection();
             PreparedStatement blocked = probe.prepareStatement(
                     "select count(*) from pg_stat_activity where pid <> ? and cardinality(pg_blocking_pids(pid)) > 0")) {
            blocked.setInt(1, pid);
            while (true) {
                try (ResultSet r = blocked.executeQuery()) {
                    r.next();
                    if (r.getInt(1) >= count) {
                        return;
                    }
                }
                if (Instant.now().isAfter(until)) {
                    throw new AssertionError(count + " writers never queued behind the lock within " + timeout);
                }
                Thread.sleep(10);
            }
        }
    }

    /** Releases the lock: the queued writers proceed, one at a time. */
    @Override
    public void close() throws SQLException {
        try {
            connection.commit();
        } finally {
            connection.close();
        }
    }
}
