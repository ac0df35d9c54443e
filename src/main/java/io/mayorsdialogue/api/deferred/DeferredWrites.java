package io.mayorsdialogue.api.deferred;

import jakarta.inject.Singleton;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.resource.jdbc.spi.StatementInspector;
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
 * <p>
 * One read may be held too, to go ahead of everything else the transaction sends ({@link #holdFirst}): an
 * Idempotency-Key's claim, which must reach PostgreSQL before the change's first statement but whose answer can wait
 * until that statement's. It travels in that statement's round trip when the statement is sent here or through
 * {@link #query}, and alone just before it otherwise (Hibernate's statements: {@link FirstReadBeforeHibernate}).
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

    /** Reads a statement's results, from the first of them. */
    @FunctionalInterface
    public interface Results<T> {
        T read(PreparedStatement statement) throws SQLException;
    }

    /**
     * The read held to go first in this thread's transaction. A thread-local rather than a resource of the transaction,
     * so that every statement Hibernate prepares can ask for it at the cost of a field's read
     * ({@link FirstReadBeforeHibernate}).
     */
    private static final ThreadLocal<HeldFirst> FIRST = new ThreadLocal<>();

    /** {@code transaction}: the key of the transaction it was held in; a transaction begun inside it does not carry it. */
    private record HeldFirst(DeferredWrites writes, Object transaction, FirstRead read) {
    }

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
            FIRST.remove();
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

    /**
     * Holds a read to go to PostgreSQL ahead of the current transaction's first statement, in that statement's round
     * trip where it can. Its {@link FirstRead#read} runs when its answer arrives, before the statement's own answer is
     * looked at, and may throw to stop the change.
     */
    public void holdFirst(FirstRead read) {
        held(); // in a transaction, and cleared at its end
        FIRST.set(new HeldFirst(this, transactions.getTransactionKey(), read));
    }

    /** Sends the read held to go first now, alone, if it has not gone yet. */
    public void sendFirst() {
        if (heldHere(FIRST.get())) {
            send(List.of());
        }
    }

    /** Forgets a read held to go first that has not gone (its transaction ends without a statement). */
    public void dropFirst() {
        FIRST.remove();
    }

    /** For a statement Hibernate is about to prepare, which cannot carry the read: it goes alone, first. */
    static void sendFirstBeforeHibernate() {
        HeldFirst first = FIRST.get();
        if (first != null) {
            first.writes().sendFirst();
        }
    }

    /**
     * Runs statements of the caller's own on the transaction's connection, in one round trip with the read held to go
     * first, if any, ahead of them; {@code results} reads theirs. {@code inspector}: the session's, shown the caller's
     * SQL as Hibernate shows its own (null: none); shown once the held read is taken, so it does not send it alone.
     */
    public <T> T query(Connection connection, StatementInspector inspector, String sql, Object[] parameters, Results<T> results)
            throws SQLException {
        FirstRead first = takeFirst();
        String own = inspector == null ? sql : inspector.inspect(sql);
        try (PreparedStatement statement = connection.prepareStatement(first == null ? own : first.sql() + ";\n" + own)) {
            int index = 1;
            if (first != null) {
                for (Object parameter : first.parameters()) {
                    bind(connection, statement, index++, parameter);
                }
            }
            for (Object parameter : parameters) {
                bind(connection, statement, index++, parameter);
            }
            statement.execute();
            if (first != null) {
                first.read(statement);
                statement.getMoreResults();
            }
            return results.read(statement);
        }
    }

    private FirstRead takeFirst() {
        HeldFirst first = FIRST.get();
        if (!heldHere(first)) {
            return null;
        }
        FIRST.remove();
        return first.read();
    }

    /** Whether a read held to go first belongs to the current transaction (not one it suspended). */
    private boolean heldHere(HeldFirst first) {
        return first != null && first.transaction().equals(transactions.getTransactionKey());
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
        FirstRead first = takeFirst();
        if (first != null) {
            writes = new ArrayList<>(writes);
            writes.add(0, new Write(first.sql(), first.parameters()));
        }
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
            if (first != null) {
                first.read(statement);
                writes = writes.subList(1, writes.size());
                isResultSet = statement.getMoreResults();
            }
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
