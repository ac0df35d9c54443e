package io.mayorsdialogue.api.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.function.UnaryOperator;

/** Keeps a successful answer for replays: what features let be kept of its body (ReplayRedaction), as JSON. */
@Singleton
class Answers {

    private final IdempotencyStore store;
    private final ObjectMapper json;
    private final Instance<ReplayRedaction> redactions;

    Answers(IdempotencyStore store, ObjectMapper json, Instance<ReplayRedaction> redactions) {
        this.store = store;
        this.json = json;
        this.redactions = redactions;
    }

    /**
     * Records the answer in the caller's transaction, the one that claimed the key; {@code commits}: with the
     * transaction's commit, when the caller ends it right after.
     */
    void record(KeyClaim.Held held, IdempotencyStore.Claimed claim, int status, Object entity, UnaryOperator<String> header,
            boolean commits) {
        store.complete(claim, held.scope(), held.key(), held.requestHash(), status, serialise(redacted(entity)),
                header.apply(HttpHeaders.LOCATION), header.apply(HttpHeaders.ETAG), commits);
    }

    private Object redacted(Object entity) {
        Object kept = entity;
        for (ReplayRedaction redaction : redactions) {
            kept = redaction.redact(kept);
        }
        return kept;
    }

    private String serialise(Object entity) {
        try {
            return entity == null ? null : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A response body that was just written could not be written again", e);
        }
    }
}
