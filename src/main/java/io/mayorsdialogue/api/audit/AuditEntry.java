package io.mayorsdialogue.api.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** One recorded change. Written by AuditInterceptor in the changing transaction; read-only to everyone else. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false, length = 80)
    public String actor;

    @Column(name = "resource_type", nullable = false, length = 40)
    public String resourceType;

    @Column(name = "resource_id", nullable = false, length = 100)
    public String resourceId;

    @Column(nullable = false, length = 12)
    public String action;

    /** JSON array of {field, before, after}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String changes;
}
