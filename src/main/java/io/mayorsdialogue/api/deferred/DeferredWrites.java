package io.mayorsdialogue.api.deferred;

import jakarta.inject.Singleton;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes whose only result is that they succeed (an audit entry, a notification's webhook deliveries), held back in
 * their transaction and sent to PostgreSQL with its next statement whose answer is needed ({@link #sendWith}), or
 * just before it commits: each cost the busiest write a round trip of its own, 6–7 % of its JVM CPU apiece
 * (bench/README.md). They commit or roll back with the transaction as before, and one that fails fails the
 * transaction, at the latest its commit (which answers 500, as a failed write did). Held writes travel as one
 * {@code PreparedStatement} of several statements: PostgreSQL runs them in the order sent and stops at the first
 * that fails. A write made after the transaction's held ones were sent at its end (a flush that runs later in the
 * commit) goes at once. The last write of a transaction can carry its commit too ({@link #sendWithAndCommit}).
 */
@Singleton
public class DeferredWrites {

    private final TransactionSynchronizationRegistry transactions;
    private final DataSource dataSource;

    DeferredWrites(TransactionSynchronizationRegistry transactions, DataSource dataSource) {
        this.transactions = transactions;
        this.dataSource = dataSource;
    }

    private record Write(String sql, Object[] parameters) {
    }

    private static final Write COMMIT = new Write("commit", new Object[0]);

    /**
     * One transaction's held writes; {@code sent} once its commit has begun; {@code committed} once its last writes
     * carried its commit.
     */
    private final class Held implements Synchronization {
        private final List<Write> writes = new ArrayList<>();
        private boolean sent;
        private boolean committed;

        @Override
        public void beforeCompletion() {
            sent = true;
            if (committed) {
                requireNothingSentSince();
            } else if (!writes.isEmpty()) {
                send(takeAll());
            }
        }

        @Override
        public void afterCompletion(int status) {
            writes.clear();
        }

        List<Write> takeAll() {
            List<Write> taken = List.copyOf(writes);
            writes.clear();
            return taken;
        }
    }

    /**
     * Holds a write for the current transaction. Parameters: strings, numbers, UUIDs, instants, arrays of strings or
     * UUIDs, nulls.
     */
    public void add(String sql, Object... parameters) {
        Held held = held();
        Write write = new Write(sql, parameters);
        if (held.committed) {
            throw new IllegalStateException("A write after its transaction committed with its last writes: " + sql);
        }
        if (held.sent) {
            send(List.of(write));
        } else {
            held.writes.add(write);
        }
    }

    /** Sends the transaction's held writes, then this statement, in one round trip; returns this statement's update count. */
    public int sendWith(String sql, Object... parameters) {
        List<Write> writes = new ArrayList<>(held().takeAll());
        writes.add(new Write(sql, parameters));
        List<Integer> counts = send(writes);
        return counts.get(counts.size() - 1);
    }

    /**
     * Sends the transaction's held writes, then this statement, then the transaction's commit, in one round trip;
     * returns this statement's update count. For the last statement of a transaction whose caller began it and ends
     * it as soon as this returns (a keyed request's answer kept): the commit then finds nothing left to send, which
     * saves the busiest write its last round trip. Nothing may write in the transaction afterwards: a held write
     * fails, and a statement that reached PostgreSQL anyway (a flush at commit) is rolled back, failing the commit.
     * When a statement fails, PostgreSQL skips the rest, the commit too, and the transaction rolls back.
     */
    public int sendWithAndCommit(String sql, Object... parameters) {
        Held held = held();
        List<Write> writes = new ArrayList<>(held.takeAll());
        writes.add(new Write(sql, parameters));
        writes.add(COMMIT);
        List<Integer> counts = send(writes);
        held.committed = true;
        return counts.get(counts.size() - 2);
    }

    private Held held() {
        Object key = Held.class;
        Held held = (Held) transactions.getResource(key); // IllegalStateException outside a transaction
        if (held == null) {
            held = new Held();
            transactions.putResource(key, held);
            // Interposed synchronizations run after the others, so Hibernate's flush at commit usually comes first
            transactions.registerInterposedSynchronization(held);
        }
        return held;
    }

    /**
     * After a commit sent with the last writes, the transaction's connection has no transaction open; one that is open
     * began with a statement sent since, which the transaction manager would commit apart from the change.
     */
    private void requireNothingSentSince() {
        try (Connection c = dataSource.getConnection()) {
            if (c.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE) {
                throw new IllegalStateException("Statements were sent after the transaction committed with its last writes; they are rolled back");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the connection of a committed change", e);
        }
    }

    /** The update count of each statement ({@code -1} for one that returned rows), in order. */
    private List<Integer> send(List<Write> writes) {
        String sql = writes.stream().map(Write::sql).collect(Collectors.joining(";\n"));
        // Inside a transaction Agroal hands out the transaction's own connection: the writes commit or roll back with it.
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            int index = 1;
            for (Write write : writes) {
                for (Object parameter : write.parameters()) {
                    bind(c, statement, index++, parameter);
                }
            }
            boolean isResultSet = statement.execute();
            List<Integer> counts = new ArrayList<>(writes.size());
            while (true) {
                int count = isResultSet ? -1 : statement.getUpdateCount();
                if (!isResultSet && count == -1) {
                    return counts;
                }
                counts.add(count);
                isResultSet = statement.getMoreResults();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write " + writes.size() + " statement(s) of a change; the change is not made", e);
        }
    }

    private static void bind(Connection c, PreparedStatement statement, int index, Object parameter) throws SQLException {
        if (parameter == null) {
            statement.setNull(index, Types.OTHER); // its type is the column's
        } else if (parameter instanceof Instant at) {
            statement.setObject(index, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        } else if (parameter instanceof String[] texts) {
            statement.setArray(index, c.createArrayOf("varchar", texts));
        } else if (parameter instanceof UUID[] ids) {
            statement.setArray(index, c.createArrayOf("uuid", ids));
        } else {
            statement.setObject(index, parameter);
        }
    }
}
