package io.mayorsdialogue.api.idempotency;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;

/**
 * Runs a keyed request's resource method in one transaction with the recording of its answer. Recorded in a
 * transaction of its own after the change had committed, an answer could be lost to a crash in between: the retry
 * then took the abandoned claim over, ran the change again and met its own first result (a 409, never the 201). A
 * request without a claimed key passes straight through.
 */
@RecordsIdempotentAnswers
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
class AnswerInTheChange {

    private final KeyClaim claim;
    private final Answers answers;

    AnswerInTheChange(KeyClaim claim, Answers answers) {
        this.claim = claim;
        this.answers = answers;
    }

    @AroundInvoke
    Object inOneTransaction(InvocationContext invocation) throws Exception {
        KeyClaim.Held held = claim.held();
        if (held == null) {
            return invocation.proceed();
        }
        return QuarkusTransaction.joiningExisting().call(() -> {
            Object result = invocation.proceed();
            if (result instanceof Response answer && answer.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
                answers.record(held, answer.getStatus(), answer.getEntity(), answer::getHeaderString);
                claim.markRecorded();
            }
            return result;
        });
    }
}
