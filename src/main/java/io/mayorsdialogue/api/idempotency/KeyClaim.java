package io.mayorsdialogue.api.idempotency;

import jakarta.enterprise.context.RequestScoped;

/**
 * The Idempotency-Key this request carries and what it was sent with (set by IdempotencyFilter), for the claim that
 * AnswerInTheChange makes in the change's transaction.
 */
@RequestScoped
class KeyClaim {

    record Held(String scope, String key, String requestHash) {
    }

    private Held held;

    Held held() {
        return held;
    }

    void hold(Held keyed) {
        this.held = keyed;
    }
}
