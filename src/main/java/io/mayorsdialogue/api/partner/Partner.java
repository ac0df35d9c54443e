package io.mayorsdialogue.api.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A partner city's credential. Only the key's hash is kept. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public UUID id;

    @Column(name = "city_id", nullable = false)
    public UUID cityId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    public String keyHash;

    @Column(name = "key_prefix", nullable = false, length = 16)
    public String keyPrefix;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
