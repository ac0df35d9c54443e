package io.mayorsdialogue.api.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One Idempotency-Key of one credential: the request it was first used for, and that request's answer once done. */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyRecord.Key.class)
class IdempotencyRecord {

    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String COMPLETED = "COMPLETED";

    @Id
    @Column(length = 80)
    String scope;

    @Id
    @Column(name = "idem_key", length = 100)
    String idemKey;

    @Column(name = "request_hash", nullable = false, length = 64)
    String requestHash;

    @Column(nullable = false, length = 12)
    String state;

    @Column(name = "response_status")
    Integer responseStatus;

    @Column(name = "response_body", columnDefinition = "text")
    String responseBody;

    @Column(name = "response_location", columnDefinition = "text")
    String responseLocation;

    @Column(name = "response_etag", length = 64)
    String responseEtag;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    Instant expiresAt;

    static class Key implements Serializable {
        String scope;
        String idemKey;

        Key() {
        }

        Key(String scope, String idemKey) {
            this.scope = scope;
            this.idemKey = idemKey;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(scope, k.scope) && Objects.equals(idemKey, k.idemKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, idemKey);
        }
    }
}
