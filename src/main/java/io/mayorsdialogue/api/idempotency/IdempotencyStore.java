package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.time.Times;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Idempotency keys in PostgreSQL, so every instance of the service honours them. A keyed request claims its key in
 * the transaction that makes its change, and its answer is recorded there too: one commit, and nothing kept when the
 * change fails. While that transaction runs it holds a transaction-level advisory lock on the key, which a concurrent
 * duplicate fails to take (409) without waiting; the lock ends with the transaction, or with its connection when an
 * instance dies. (A claim committed in a transaction of its own cost every keyed POST a second transaction and
 * commit: bench/README.md.) Rows still {@code IN_PROGRESS} were claimed that way by the previous release: they count
 * as in progress until abandoned, so duplicates stay refused during a rolling deploy.
 */
@Singleton
public class IdempotencyStore {

    /** Expired keys removed per statement of a purge, so that no purge holds many rows' locks for long. */
    static final int PURGE_BATCH = 1000;

    /** The advisory lock a request holds on its key while it runs (parameters: scope, key). */
    static final String KEY_LOCK = "select pg_try_advisory_xact_lock(hashtextextended(?1 || chr(10) || ?2, 0))";

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

    private final EntityManager em;
    private final Duration ttl;
    /** A previous release's claim older than this whose request never finished (its instance died) may be taken over. */
    private final Duration abandonedAfter;

    IdempotencyStore(EntityManager em, @ConfigProperty(name = "mayors.idempotency.ttl", defaultValue = "PT24H") Duration ttl,
            @ConfigProperty(name = "mayors.idempotency.abandoned-after") Duration abandonedAfter) {
        this.em = em;
        this.ttl = ttl;
        this.abandonedAfter = abandonedAfter;
    }

    public Duration abandonedAfter() {
        return abandonedAfter;
    }

    /** In the transaction that will make the change (AnswerInTheChange), before it makes it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Claim claim(String scope, String key, String requestHash) {
        // the lock first, in a statement of its own: the look-up's snapshot must be taken after a request that held
        // the lock has committed, or its answer would be missed and its change made twice
        boolean locked = (Boolean) em.createNativeQuery(KEY_LOCK).setParameter(1, scope).setParameter(2, key).getSingleResult();
        if (!locked) {
            return new InProgress();
        }
        IdempotencyRecord held = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key),
                LockModeType.PESSIMISTIC_WRITE);
        Instant now = Times.now();
        if (held == null) {
            return new Claimed(false);
        }
        if (held.expiresAt.isBefore(now)) {
            return new Claimed(true); // forgotten, though not yet purged: the key is new again
        }
        if (!requestHash.equals(held.requestHash)) {
            return new Mismatch();
        }
        if (IdempotencyRecord.COMPLETED.equals(held.state)) {
            return new Replay(held.responseStatus, held.responseBody, held.responseLocation, held.responseEtag);
        }
        if (held.createdAt.isBefore(now.minus(abandonedAfter))) {
            return new Claimed(true); // its instance died mid-request: this retry takes the claim over
        }
        return new InProgress();
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
     * Keeps the answer, in the transaction that claimed the key and made the change. A key claimed by an instance of
     * the previous release since this request looked (a rolling deploy) is that instance's: this change is rolled
     * back, and the client told to retry (409), as a duplicate would be.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(Claimed claim, String scope, String key, String requestHash, int status, String body, String location,
            String etag) {
        Instant now = Times.now();
        int kept = em.createNativeQuery(claim.stored() ? """
                update idempotency_key set request_hash = ?3, state = 'COMPLETED', response_status = ?4, response_body = ?5,
                       response_location = ?6, response_etag = ?7, created_at = ?8, expires_at = ?9
                where scope = ?1 and idem_key = ?2""" : """
                insert into idempotency_key (scope, idem_key, request_hash, state, response_status, response_body,
                                             response_location, response_etag, created_at, expires_at)
                values (?1, ?2, ?3, 'COMPLETED', ?4, ?5, ?6, ?7, ?8, ?9) on conflict (scope, idem_key) do nothing""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash).setParameter(4, status)
                .setParameter(5, body).setParameter(6, location).setParameter(7, etag).setParameter(8, now)
                .setParameter(9, now.plus(ttl))
                .executeUpdate();
        if (kept != 1) {
            throw IdempotencyProblems.inProgress();
        }
    }
}
