package io.mayorsdialogue.api.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key this request claimed (set by IdempotencyFilter), and whether its answer is recorded yet. */
@RequestScoped
class KeyClaim {

    record Held(String scope, String key) {
    }

    private Held held;
    private boolean recorded;

    Held held() {
        return held;
    }

    void hold(Held claimed) {
        this.held = claimed;
    }

    boolean recorded() {
        return recorded;
    }

    void markRecorded() {
        this.recorded = true;
    }
}
