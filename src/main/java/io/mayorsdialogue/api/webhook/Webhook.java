package io.mayorsdialogue.api.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A subscription: where to deliver which notifications, signed with its secret. */
@Entity
@Table(name = "webhook")
public class Webhook {

    public enum Status {
        ACTIVE, FAILING, DISABLED
    }

    @Id
    public UUID id;

    /** The credential that owns it: {@code organiser} or {@code partner:<id>} (see security.Caller#scope). */
    @Column(name = "owner_scope", nullable = false, length = 80)
    public String ownerScope;

    /** The partner's city; null for the organiser's subscriptions, which receive everything. */
    @Column(name = "city_id")
    public UUID cityId;

    @Column(nullable = false, length = 2000)
    public String url;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> events = new ArrayList<>();

    @Column(length = 500)
    public String description;

    /** {@code whsec_} + base64 key; stored as given so signatures can be made (it is not a login credential). */
    @Column(nullable = false, length = 100)
    public String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Status status;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Version
    public long version;
}
