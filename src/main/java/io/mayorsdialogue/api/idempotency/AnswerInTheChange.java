package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.deferred.DeferredWrites;
import io.mayorsdialogue.api.security.CurrentCaller;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Runs a keyed request's resource method in one transaction with the claim of its key and the recording of its
 * answer (IdempotencyStore). Recorded in a transaction of its own after the change had committed, an answer could be
 * lost to a crash in between: the retry then ran the change again and met its own first result (a 409, never the
 * 201). When this interceptor began the transaction, the claim goes with the change's first statement and the
 * answer's round trip carries its commit (nothing is written after the answer). A request without a key passes
 * straight through.
 */
@RecordsIdempotentAnswers
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class AnswerInTheChange {

    private final KeyClaim claim;
    private final IdempotencyStore store;
    private final Answers answers;
    private final IdempotencyMetrics metrics;
    private final DeferredWrites writes;
    private final CurrentCaller caller;

    AnswerInTheChange(KeyClaim claim, IdempotencyStore store, Answers answers, IdempotencyMetrics metrics, DeferredWrites writes,
            CurrentCaller caller) {
        this.claim = claim;
        this.caller = caller;
        this.writes = writes;
        this.store = store;
        this.answers = answers;
        this.metrics = metrics;
    }

    @AroundInvoke
    Object inOneTransaction(InvocationContext invocation) throws Exception {
        KeyClaim.Held held = claim.held();
        if (held == null) {
            caller.confirm(); // owed only when the request's Idempotency-Key was not one to claim
            return invocation.proceed();
        }
        if (QuarkusTransaction.isActive()) {
            return inTheirTransaction(invocation, held);
        }
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                IdempotencyStore.HeldClaim claimed = store.holdClaim(held.scope(), held.key(), held.requestHash(),
                        caller.owedConfirmation());
                Object result;
                try {
                    result = invocation.proceed();
                } catch (RuntimeException e) {
                    if (!claimed.answered()) {
                        settleApart(held);
                    }
                    throw e;
                }
                record(held, claimed.settle(), result, true);
                return result;
            });
        } catch (IdempotencyStore.ClaimRefused refused) {
            return answerWithoutChange(refused.claim()); // the change, if begun, is rolled back
        } finally {
            writes.dropFirst();
        }
    }

    /**
     * A change refused before it sent anything (its input, an id that is no id) must still answer a used key as the
     * claim says, as when the claim went first. Its transaction may send nothing more (the refusal marked it for
     * rollback), so the claim goes in one of its own: it only reads, and the change is not made either way.
     */
    private void settleApart(KeyClaim.Held held) {
        writes.dropFirst();
        // A key still to be confirmed is looked up first, in the new transaction (the refused one may send nothing
        // more); one whose confirmation went with the claim and failed fails again at once, without a claim that the
        // suspended transaction holds.
        IdempotencyStore.Claim claimed = QuarkusTransaction.requiringNew().call(() -> {
            caller.confirm();
            return store.claim(held.scope(), held.key(), held.requestHash());
        });
        if (!(claimed instanceof IdempotencyStore.Claimed)) {
            throw new IdempotencyStore.ClaimRefused(claimed);
        }
    }

    /** A transaction the caller began: the claim goes at once, and the answer's round trip leaves the commit to it. */
    private Object inTheirTransaction(InvocationContext invocation, KeyClaim.Held held) throws Exception {
        caller.confirm();
        IdempotencyStore.Claim claimed = store.claim(held.scope(), held.key(), held.requestHash());
        if (!(claimed instanceof IdempotencyStore.Claimed mine)) {
            return answerWithoutChange(claimed);
        }
        Object result = invocation.proceed();
        record(held, mine, result, false);
        return result;
    }

    private void record(KeyClaim.Held held, IdempotencyStore.Claimed mine, Object result, boolean commits) {
        if (result instanceof Response answer && answer.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            answers.record(held, mine, answer.getStatus(), answer.getEntity(), answer::getHeaderString, commits);
        }
    }

    /** The first request's answer again, or why this one is refused. */
    private Response answerWithoutChange(IdempotencyStore.Claim claim) {
        if (claim instanceof IdempotencyStore.Replay r) {
            metrics.request("replayed");
            Response.ResponseBuilder replay = Response.status(r.status()).entity(r.body())
                    .type(MediaType.APPLICATION_JSON_TYPE).header(IdempotencyFilter.REPLAYED, "true")
                    // the stored answer may hold personal data or a secret (a registration's delegates), as its first
                    // sending did; the store keeps no record of which, so no replay may be kept by a cache
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            if (r.location() != null) {
                replay.header(HttpHeaders.LOCATION, r.location());
            }
            if (r.etag() != null) {
                replay.header(HttpHeaders.ETAG, r.etag());
            }
            return replay.build();
        }
        if (claim instanceof IdempotencyStore.Mismatch) {
            metrics.request("reused");
            throw IdempotencyProblems.reused();
        }
        metrics.request("in_progress");
        throw IdempotencyProblems.inProgress();
    }
}
