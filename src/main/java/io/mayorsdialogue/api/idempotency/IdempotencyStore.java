package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.deferred.DeferredWrites;
import io.mayorsdialogue.api.deferred.FirstRead;
import io.mayorsdialogue.api.time.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.postgresql.util.PSQLException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Idempotency keys in PostgreSQL, so every instance of the service honours them. A keyed request claims its key in
 * the transaction that makes its change, and its answer is recorded there too: one commit, and nothing kept when the
 * change fails. While that transaction runs it holds a transaction-level advisory lock on the key, which a concurrent
 * duplicate fails to take (409) without waiting for the key (a registration's duplicate waits for the event's lock its
 * claim travels with, as any registration to that event does); the lock ends with the transaction, or with its
 * connection when an instance dies. (A claim committed in a transaction of its own cost every keyed POST a second transaction and
 * commit: bench/README.md.) Rows still {@code IN_PROGRESS} were claimed that way by the previous release: they count
 * as in progress until abandoned, so duplicates stay refused during a rolling deploy.
 */
@Singleton
public class IdempotencyStore {

    /** Expired keys removed per statement of a purge, so that no purge holds many rows' locks for long. */
    static final int PURGE_BATCH = 1000;

    /** The advisory lock a request holds on its key while it runs (parameters: scope, key). */
    static final String KEY_LOCK = "select pg_try_advisory_xact_lock(hashtextextended(? || chr(10) || ?, 0))";

    /**
     * The look-up locks the key's row only for the request that holds the key's lock (taking a lock one holds again
     * succeeds): a request refused the key that locked its row anyway, until it rolled back, hid the stored answer from
     * the next holder's {@code skip locked}, which then made the change again and met the first one's result (a 409
     * where the replay was due; {@code IdempotencyTest.concurrentDuplicatesOfARegistrationCreateExactlyOne}).
     */
    private static final String KEY_LOCK_THEN_LOOK_UP = KEY_LOCK + """
            ;
            select request_hash, state, response_status, response_body, response_location, response_etag, created_at, expires_at
            from idempotency_key where scope = ? and idem_key = ?
              and pg_try_advisory_xact_lock(hashtextextended(? || chr(10) || ?, 0)) for update skip locked""";

    private static final String COMPLETED = "COMPLETED";
    private static final String KEY_CONSTRAINT = "idempotency_key_pkey";

    public sealed interface Claim permits Claimed, Replay, InProgress, Mismatch {
    }

    /** The key is this request's; {@code stored}: a row for it exists (expired or abandoned) and is taken over. */
    public record Claimed(boolean stored) implements Claim {
    }

    public record Replay(int status, String body, String location, String etag) implements Claim {
    }

    public record InProgress() implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    /** {@code stored}: the key's stored row, when this request has the key's lock and the key has a row. */
    private record LookUp(boolean locked, StoredKey stored) {
    }

    /** A key's stored row: the request it was first used for, and that request's answer once done. */
    private record StoredKey(String requestHash, String state, Integer status, String body, String location, String etag,
            Instant createdAt, Instant expiresAt) {
    }

    private final EntityManager em;
    private final DeferredWrites writes;
    private final Duration ttl;
    /** A previous release's claim older than this whose request never finished (its instance died) may be taken over. */
    private final Duration abandonedAfter;

    IdempotencyStore(EntityManager em, DeferredWrites writes, @ConfigProperty(name = "mayors.idempotency.ttl", defaultValue = "PT24H") Duration ttl,
            @ConfigProperty(name = "mayors.idempotency.abandoned-after") Duration abandonedAfter) {
        this.em = em;
        this.writes = writes;
        this.ttl = ttl;
        this.abandonedAfter = abandonedAfter;
    }

    public Duration abandonedAfter() {
        return abandonedAfter;
    }

    /**
     * Holds the claim to go to PostgreSQL with the change's first statement ({@link DeferredWrites#holdFirst}), in the
     * transaction that will make the change (AnswerInTheChange began it): a round trip of its own cost the busiest
     * write one of its four (bench/README.md). When its answer arrives, before that statement's is looked at, a key
     * that is not this request's stops the change ({@link ClaimRefused}). {@code ahead}: a read that goes, and is
     * answered, before the claim (the caller's key, when it is still to be confirmed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HeldClaim holdClaim(String scope, String key, String requestHash, Optional<FirstRead> ahead) {
        HeldClaim claim = new HeldClaim(scope, key, requestHash);
        writes.holdFirst(ahead.map(read -> read.then(claim)).orElse(claim));
        return claim;
    }

    /** The claim now, in the transaction that will make the change before it makes it (or that decides without it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String scope, String key, String requestHash) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement both = connection.prepareStatement(KEY_LOCK_THEN_LOOK_UP)) {
                Object[] parameters = keyParameters(scope, key);
                for (int i = 0; i < parameters.length; i++) {
                    both.setObject(i + 1, parameters[i]);
                }
                both.execute();
                return decide(lookUp(both), requestHash);
            }
        });
    }

    /** Thrown where a held claim's answer arrives when the key is not this request's: the change must not be made. */
    static final class ClaimRefused extends RuntimeException {
        private final Claim claim;

        ClaimRefused(Claim claim) {
            super(null, null, false, false); // a verdict, not a failure: no stack trace to fill
            this.claim = claim;
        }

        Claim claim() {
            return claim;
        }
    }

    /** A claim held to go with the change's first statement; its answer once that has gone. */
    public final class HeldClaim implements FirstRead {
        private final String scope;
        private final String key;
        private final String requestHash;
        private Claim answer;

        private HeldClaim(String scope, String key, String requestHash) {
            this.scope = scope;
            this.key = key;
            this.requestHash = requestHash;
        }

        @Override
        public String sql() {
            return KEY_LOCK_THEN_LOOK_UP;
        }

        @Override
        public Object[] parameters() {
            return keyParameters(scope, key);
        }

        @Override
        public void read(Statement statement) throws SQLException {
            answer = decide(lookUp(statement), requestHash);
            if (!(answer instanceof Claimed)) {
                throw new ClaimRefused(answer);
            }
        }

        /**
         * The key, this request's: sent now if nothing has carried it yet (the change has sent no statement).
         * Throws {@link ClaimRefused} when the key is not this request's.
         */
        Claimed settle() {
            if (answer == null) {
                writes.sendFirst();
            }
            if (answer instanceof Claimed mine) {
                return mine;
            }
            if (answer == null) {
                throw new IllegalStateException("The claim of an Idempotency-Key was sent but not answered");
            }
            throw new ClaimRefused(answer);
        }

        boolean answered() {
            return answer != null;
        }
    }

    private Claim decide(LookUp lookUp, String requestHash) {
        if (!lookUp.locked()) {
            return new InProgress();
        }
        StoredKey stored = lookUp.stored();
        if (stored == null) {
            return new Claimed(false);
        }
        Instant now = Times.now();
        if (stored.expiresAt().isBefore(now)) {
            return new Claimed(true); // forgotten, though not yet purged: the key is new again
        }
        if (!requestHash.equals(stored.requestHash())) {
            return new Mismatch();
        }
        if (COMPLETED.equals(stored.state())) {
            return new Replay(stored.status(), stored.body(), stored.location(), stored.etag());
        }
        if (stored.createdAt().isBefore(now.minus(abandonedAfter))) {
            return new Claimed(true); // its instance died mid-request: this retry takes the claim over
        }
        return new InProgress();
    }

    /** The parameters of {@link #KEY_LOCK_THEN_LOOK_UP}: the key's lock, its row, its lock again. */
    private static Object[] keyParameters(String scope, String key) {
        return new Object[] {scope, key, scope, key, scope, key};
    }

    /**
     * The answer of the key's lock, then its stored row, sent together in one round trip: two statements, because the
     * look-up's snapshot must be taken after the lock, when a request that held it has committed (one statement's
     * snapshot is taken before its lock, and would miss that request's answer, so its change would be made twice);
     * one round trip, because PostgreSQL runs them in the order sent, so the second one's snapshot still follows the
     * lock. Hibernate sends one statement per execution, hence JDBC here. The row is locked against the purge; one the
     * purge holds is expiring and is skipped, and the claim's insert waits for the purge instead. {@code both} stands at
     * the lock's result and is left at the row's.
     */
    private static LookUp lookUp(Statement both) throws SQLException {
        boolean locked;
        try (ResultSet lock = both.getResultSet()) {
            locked = lock.next() && lock.getBoolean(1);
        }
        both.getMoreResults();
        try (ResultSet row = both.getResultSet()) {
            if (!locked || !row.next()) {
                return new LookUp(locked, null);
            }
            int status = row.getInt(3);
            return new LookUp(true, new StoredKey(row.getString(1), row.getString(2), row.wasNull() ? null : status,
                    row.getString(4), row.getString(5), row.getString(6),
                    row.getObject(7, OffsetDateTime.class).toInstant(), row.getObject(8, OffsetDateTime.class).toInstant()));
        }
    }

    /**
     * Removes expired keys in the background, so that the table stays at its TTL's size. Once a minute rather than
     * with every claim: a claim's purge was one more statement in every keyed write. Batches skip the rows another
     * instance is purging; a claim treats an expired key that is still there as new.
     */
    @Scheduled(every = "1m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        int purged;
        do {
            purged = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    delete from idempotency_key where ctid = any (array(
                        select ctid from idempotency_key where expires_at < ?1 limit ?2 for update skip locked))""")
                    .setParameter(1, Times.now()).setParameter(2, PURGE_BATCH).executeUpdate());
        } while (purged == PURGE_BATCH);
    }

    /**
     * Keeps the answer, in the transaction that claimed the key and made the change, in one round trip with the
     * change's held writes (its audit entries, its webhook deliveries) and, when {@code commits} (the caller began the
     * transaction and ends it with this), the commit. A key claimed by an instance of the previous release since this
     * request looked (a rolling deploy) is that instance's: the answer's insert fails on it, so this change is rolled
     * back, commit and all, and the client told to retry (409), as a duplicate would be. A key this request took over
     * is locked by its look-up, so its update finds it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(Claimed claim, String scope, String key, String requestHash, int status, String body, String location,
            String etag, boolean commits) {
        Instant now = Times.now();
        em.flush(); // the change's own statements go first; the writes they held travel with the answer
        String sql = claim.stored() ? """
                update idempotency_key set request_hash = ?, state = 'COMPLETED', response_status = ?, response_body = ?,
                       response_location = ?, response_etag = ?, created_at = ?, expires_at = ?
                where scope = ? and idem_key = ?""" : """
                insert into idempotency_key (request_hash, state, response_status, response_body,
                                             response_location, response_etag, created_at, expires_at, scope, idem_key)
                values (?, 'COMPLETED', ?, ?, ?, ?, ?, ?, ?, ?)""";
        Object[] parameters = {requestHash, status, body, location, etag, now, now.plus(ttl), scope, key};
        int kept;
        try {
            kept = commits ? writes.sendWithAndCommit(sql, parameters) : writes.sendWith(sql, parameters);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof PSQLException refused && refused.getServerErrorMessage() != null
                    && KEY_CONSTRAINT.equals(refused.getServerErrorMessage().getConstraint())) {
                throw IdempotencyProblems.inProgress();
            }
            throw e;
        }
        if (kept != 1) {
            throw new IllegalStateException("The answer to keep for an Idempotency-Key was not stored");
        }
    }
}
