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
 * Idempotency keys in PostgreSQL, so every instance of the service honours them. The claim and the release run in
 * transactions of their own: a claim must be visible to a concurrent duplicate before the change commits. The answer
 * is recorded in the change's own transaction.
 */
@Singleton
public class IdempotencyStore {

    /** Expired keys removed per statement of a purge, so that no purge holds many rows' locks for long. */
    static final int PURGE_BATCH = 1000;

    public sealed interface Claim permits Claimed, Replay, InProgress, Mismatch {
    }

    public record Claimed() implements Claim {
    }

    public record Replay(int status, String body, String location, String etag) implements Claim {
    }

    public record InProgress() implements Claim {
    }

    public record Mismatch() implements Claim {
    }

    private final EntityManager em;
    private final Duration ttl;
    /** A claim older than this whose request never finished (its instance died) may be taken over. */
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

    public Claim claim(String scope, String key, String requestHash) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Times.now();
            int inserted = em.createNativeQuery("""
                    insert into idempotency_key (scope, idem_key, request_hash, state, created_at, expires_at)
                    values (?1, ?2, ?3, 'IN_PROGRESS', ?4, ?5) on conflict (scope, idem_key) do nothing""")
                    .setParameter(1, scope).setParameter(2, key).setParameter(3, requestHash)
                    .setParameter(4, now).setParameter(5, now.plus(ttl))
                    .executeUpdate();
            if (inserted == 1) {
                return new Claimed();
            }
            IdempotencyRecord held = em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(scope, key),
                    LockModeType.PESSIMISTIC_WRITE);
            if (held == null) {
                return new InProgress(); // released between our insert and select; the client may simply retry
            }
            if (held.expiresAt.isBefore(now)) {
                // forgotten, though not yet purged: the key is new again
                held.requestHash = requestHash;
                held.state = IdempotencyRecord.IN_PROGRESS;
                held.responseStatus = null;
                held.responseBody = null;
                held.responseLocation = null;
                held.responseEtag = null;
                held.createdAt = now;
                held.expiresAt = now.plus(ttl);
                return new Claimed();
            }
            if (!requestHash.equals(held.requestHash)) {
                return new Mismatch();
            }
            if (IdempotencyRecord.COMPLETED.equals(held.state)) {
                return new Replay(held.responseStatus, held.responseBody, held.responseLocation, held.responseEtag);
            }
            if (held.createdAt.isBefore(now.minus(abandonedAfter))) {
                held.createdAt = now; // its instance died mid-request: this retry takes the claim over
                return new Claimed();
            }
            return new InProgress();
        });
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

    /** Keeps the answer, in the caller's transaction: the one that made the change (AnswerInTheChange). */
    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String scope, String key, int status, String body, String location, String etag) {
        em.createNativeQuery("""
                update idempotency_key set state = 'COMPLETED', response_status = ?3, response_body = ?4,
                       response_location = ?5, response_etag = ?6
                where scope = ?1 and idem_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, status).setParameter(4, body)
                .setParameter(5, location).setParameter(6, etag)
                .executeUpdate();
    }

    /** The request failed and created nothing: forget the key so that a corrected retry can use it. */
    public void release(String scope, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "delete from idempotency_key where scope = ?1 and idem_key = ?2 and state = 'IN_PROGRESS'")
                .setParameter(1, scope).setParameter(2, key).executeUpdate());
    }
}
