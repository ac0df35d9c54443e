package io.mayorsdialogue.api.idempotency;

import io.mayorsdialogue.api.problem.ApiProblem;
import io.mayorsdialogue.api.problem.ProblemType;

/** The two ways a keyed request is refused, worded once. */
final class IdempotencyProblems {

    private IdempotencyProblems() {
    }

    static ApiProblem inProgress() {
        return new ApiProblem(ProblemType.IDEMPOTENCY_IN_PROGRESS,
                "A request with this Idempotency-Key is still being processed; retry in a moment to get its answer.");
    }

    static ApiProblem reused() {
        return new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "This Idempotency-Key was used for a different request; use a new key for a new request.");
    }
}
